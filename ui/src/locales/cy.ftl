# Rhyngwyneb Design Lab, Cymraeg.
# Enwau swyddogol y pecyn cymorth "Llais y gweithwyr wrth gaffael systemau digidol a
# deallusrwydd artiffisial" yw enwau'r camau.

app-title = Design Lab
app-tagline = Labordai dylunio cyfranogol, o'r ystafell i'r adroddiad
skip-link = Neidio i'r prif gynnwys
language-label = Iaith
language-en = English
language-cy = Cymraeg
language-chosen = Mae'r ap yn Gymraeg nawr.

## Gweithredoedd cyffredin

form-cancel = Canslo
form-required = gofynnol
action-delete = Dileu
action-edit = Golygu
action-save = Cadw
dialog-keep = Ei gadw

## Rhestr labordai

labs-heading = Labordai dylunio
labs-intro = Cynlluniwch labordy, cofnodwch beth mae pob rôl rhanddeiliad yn ei ddweud, a'i gadw'n ddiogel ar y cyfrifiadur hwn.
labs-empty = Dim labordai eto. Crëwch un i ychwanegu heriau a dechrau cofnodi mewnbwn.
labs-new = Labordy newydd
labs-count = { $count ->
    [zero] Dim labordai
    [one] Un labordy
    [two] Dau labordy
   *[other] { $count } labordy
}
labs-open = Agor { $title }
labs-rename = Ailenwi
labs-rename-label = Teitl newydd ar gyfer “{ $title }”
labs-delete-title = Dileu “{ $title }”?
labs-delete-body = Mae hyn yn dileu'r labordy gyda'i holl heriau a'r mewnbwn a gofnodwyd.
labs-created = Crëwyd y labordy “{ $title }”.
labs-renamed = Enw newydd y labordy yw “{ $title }”.
labs-deleted = Dilëwyd y labordy “{ $title }”.
labs-undated = Dim dyddiad
labs-duplicate = Dyblygu
labs-copy-title = { $title } (copi)
labs-duplicated = Dyblygwyd y labordy fel “{ $title }”, gyda'i rolau, ei heriau, ei agenda a'i grwpiau trafod, ond heb ddim o'i fewnbwn.

## Ffurflen labordy

lab-form-heading-new = Labordy newydd
lab-form-title = Teitl
lab-form-date = Dyddiad
lab-form-start = Dechrau
lab-form-end = Gorffen
lab-form-venue = Lleoliad
lab-form-description = Disgrifiad
lab-form-when-where = Pryd a ble
lab-form-website = Ar gyfer y wefan
lab-form-room = Yn yr ystafell
lab-form-address = Cyfeiriad
lab-form-organisers = Trefnwyr
lab-form-author = Awdur yr adroddiad
lab-form-category = Categori
lab-form-category-none = Dim
lab-form-partner-projects = Prosiectau partner
lab-form-topics = Pynciau
lab-form-one-per-line = Un ar bob llinell.
lab-form-ground-rules = Rheolau sylfaenol
lab-languages = Ieithoedd yn yr ystafell
lab-form-languages = Yr ieithoedd y bydd yr ystafell yn eu defnyddio
lab-invitation-heading = Gwahodd pobl
lab-invitation-hint = Mae Safonau'r Gymraeg yn gofyn bod pawb a wahoddir i gyfarfod yn cael eu holi a ydynt yn dymuno defnyddio'r Gymraeg. Gludwch hwn yn y gwahoddiad, yn y ddwy iaith.
lab-invitation-copy = Copïo'r cwestiwn
lab-invitation-copied = Mae'r cwestiwn wedi'i gopïo.
lab-invitation-selected = Mae'r cwestiwn wedi'i ddewis: pwyswch Ctrl+C i'w gopïo.
lab-invitation-question = Hoffech chi ddefnyddio'r Gymraeg yn y labordy dylunio “{ $title }”? Rhowch wybod i ni wrth ateb, er mwyn i ni allu trefnu cyfieithu ar y pryd. Mae croeso i chi gymryd rhan yn Gymraeg neu yn Saesneg.
category-organising = Trefnu
category-speaking = Siarad
category-attending = Mynychu
lab-form-create = Creu labordy
lab-form-save = Cadw'r manylion

## Tudalen labordy

lab-back = Pob labordy
lab-details = Manylion
lab-edit = Golygu'r manylion
lab-saved = Cadwyd y manylion.
lab-when = Pryd
lab-where = Ble
lab-about = Ynghylch
lab-address = Cyfeiriad
lab-organisers = Trefnwyr
lab-author = Awdur
lab-category = Categori
lab-partner-projects = Prosiectau partner
lab-topics = Pynciau
lab-ground-rules = Rheolau sylfaenol
lab-not-set = Heb ei osod
lab-time-range = { $start }–{ $end }

challenges-heading = Heriau
challenges-empty = Dim heriau eto. Ychwanegwch y broblem bendant gyntaf y bydd y labordy hwn yn mynd i'r afael â hi.
challenge-add = Ychwanegu her
challenge-form-heading-new = Her newydd
challenge-form-heading-edit = Golygu'r her
challenge-form-title = Her
challenge-form-stage = Prif gam caffael
challenge-form-description = Disgrifiad
challenge-form-save = Cadw'r her
challenge-form-prompts = Anogaethau arweiniol
challenge-prompts = Awgrymiadau ar gyfer trafodaeth
challenge-capture = Cofnodi mewnbwn
challenge-remove = Tynnu
challenge-remove-title = Tynnu “{ $title }”?
challenge-remove-body = Caiff y mewnbwn a gofnodwyd ar yr her hon ei dynnu hefyd.
challenge-added = Ychwanegwyd yr her “{ $title }”.
challenge-saved = Cadwyd yr her.
challenge-removed = Tynnwyd yr her “{ $title }”.

roles-heading = Rolau rhanddeiliaid
roles-intro = Priodolir mewnbwn i'r rolau hyn, byth i enwau.

## Rolau

roles-add = Ychwanegu rôl
roles-new-label = Rôl newydd
roles-rename-label = Enw newydd ar gyfer “{ $name }”
roles-move-up = Symud “{ $name }” i fyny
roles-move-down = Symud “{ $name }” i lawr
roles-moved = Mae “{ $name }” bellach yn { $position } o { $count }.
roles-retire = Ymddeol
roles-restore = Dod â hi'n ôl
roles-retired-badge = Wedi ymddeol
roles-uses = { $count ->
    [0] Heb ei defnyddio eto
    [one] Defnyddiwyd unwaith
    [two] Defnyddiwyd ddwywaith
   *[other] Defnyddiwyd { $count } gwaith
}
roles-listed = { $count ->
    [one] 1 ar y rhestr gyfranogwyr
   *[other] { $count } ar y rhestr gyfranogwyr
}
roles-added = Ychwanegwyd y rôl “{ $name }”.
roles-renamed = Enw newydd y rôl yw “{ $name }”.
roles-retired = Mae “{ $name }” wedi ymddeol: ni chaiff ei chynnig ar gyfer mewnbwn newydd, ond mae'n aros ar fewnbwn blaenorol.
roles-restored = Caiff “{ $name }” ei chynnig ar gyfer mewnbwn eto.
roles-removed = Tynnwyd y rôl “{ $name }”.

## Camau caffael

stage-planning = Cynllunio
stage-tender_award = Tendro a dyfarnu
stage-development_customisation = Datblygu ac addasu
stage-deployment_contract_management = Rhoi ar waith a rheoli contractau
stage-oversight = Goruchwyliaeth

## Mathau o fewnbwn

kind-concern = Pryder
kind-idea = Syniad
kind-question = Cwestiwn
kind-evidence = Tystiolaeth
kind-action = Cam gweithredu

## Agenda

agenda-heading = Agenda
agenda-empty = Dim rhannau eto. Adeiladwch y sesiwn: croeso, sgyrsiau, grwpiau trafod, adrodd yn ôl, camau nesaf.
agenda-add = Ychwanegu rhan
agenda-minutes = { $minutes ->
    [one] 1 munud
   *[other] { $minutes } munud
}
agenda-total = { $total } o { $available } munud wedi'u cynllunio.
agenda-total-open = { $total } munud wedi'u cynllunio. Gosodwch amser gorffen i wirio ei fod yn ffitio.
agenda-overrun = Yn rhedeg { $minutes } munud dros yr amser gorffen.
agenda-early = Yn gorffen { $minutes } munud cyn yr amser gorffen.
agenda-on-time = Yn ffitio'n union.
agenda-no-start = Gosodwch amser dechrau ym manylion y labordy i weld yr amseroedd.
agenda-move-up = Symud “{ $title }” i fyny
agenda-move-down = Symud “{ $title }” i lawr
agenda-moved = Mae “{ $title }” bellach yn { $position } o { $count }.
agenda-added = Ychwanegwyd y rhan “{ $title }”.
agenda-saved = Cadwyd y rhan.
agenda-removed = Tynnwyd y rhan “{ $title }”.
agenda-remove-title = Tynnu “{ $title }” o'r agenda?
agenda-remove-body = Caiff ei nodiadau i'r hwylusydd eu tynnu hefyd.
segment-form-heading-new = Rhan newydd
segment-form-heading-edit = Golygu'r rhan
segment-form-kind = Math
segment-form-title = Teitl
segment-form-minutes = Munudau
segment-form-notes = Anogaeth neu nodiadau i'r hwylusydd
segment-form-challenges = Yr heriau y mae'n gweithio arnynt
segment-form-save = Cadw'r rhan

## Mathau o ran o'r agenda

segment-welcome = Croeso
segment-talk = Sgwrs
segment-breakout = Grwpiau trafod
segment-plenary = Sesiwn lawn
segment-break = Egwyl
segment-voting = Pleidleisio
segment-close = Cloi

## Cofnodi

capture-back = Yn ôl i'r labordy “{ $lab }”
capture-form-heading = Cofnodi mewnbwn
capture-text = Beth a ddywedwyd
capture-text-hint = Mae Enter yn cadw. Mae Shift+Enter yn dechrau llinell newydd.
capture-role = Rôl
capture-kind = Math
capture-stage = Cam
capture-save = Cadw'r mewnbwn
capture-saved = Wedi'i gadw.
capture-chars-left = { $count ->
    [one] Un nod ar ôl
   *[other] { $count } nod ar ôl
}
capture-chars-over = { $count ->
    [one] Un nod dros y terfyn
   *[other] { $count } nod dros y terfyn
}
capture-list-heading = Mewnbwn a gofnodwyd
capture-list-count = { $count ->
    [0] Dim wedi'i gofnodi eto.
    [one] Un mewnbwn, y diweddaraf yn gyntaf.
   *[other] { $count } mewnbwn, y diweddaraf yn gyntaf.
}
input-edit-label = Golygu'r mewnbwn
input-updated = Diweddarwyd y mewnbwn.
input-deleted = Dilëwyd y mewnbwn.
input-undo = Dadwneud
input-undone = Wedi dadwneud.
input-history = { $count ->
    [one] Hanes: 1 newid
    [two] Hanes: 2 newid
   *[other] Hanes: { $count } newid
}
input-change-created = ysgrifennwyd
input-change-edited = golygwyd
input-change-deleted = dilëwyd
input-change-restored = adferwyd

## Gwallau

# $field yw allwedd y maes: title, venue, description, text neu name.
error-empty = Ni all { $field ->
    [title] y teitl
    [venue] y lleoliad
    [description] y disgrifiad
    [name] yr enw
    [notes] y nodiadau
    [minutes] yr hyd
    [address] y cyfeiriad
    [organisers] y trefnwyr
    [author] yr awdur
    [partner_projects] prosiect partner
    [topics] pwnc
    [ground_rules] y rheolau sylfaenol
    [prompts] anogaeth
    [stages] y cam caffael
    [location] y bwrdd neu'r ystafell
    [note_taker] enw'r cofnodwr
    [organisation] y sefydliad
    [participants] nifer y cyfranogwyr
    [summary] y crynodeb
    [budget] y gyllideb
    [rating] y sgôr
   *[text] y testun
} fod yn wag.
error-too_long = { $field ->
    [title] Mae'r teitl
    [venue] Mae'r lleoliad
    [description] Mae'r disgrifiad
    [name] Mae'r enw
    [notes] Mae'r nodiadau
    [minutes] Mae'r hyd
    [address] Mae'r cyfeiriad
    [organisers] Mae'r trefnwyr
    [author] Mae'r awdur
    [partner_projects] Mae prosiect partner
    [topics] Mae pwnc
    [ground_rules] Mae'r rheolau sylfaenol
    [prompts] Mae anogaeth
    [stages] Mae'r cam caffael
    [location] Mae'r bwrdd neu'r ystafell
    [note_taker] Mae enw'r cofnodwr
    [organisation] Mae'r sefydliad
    [participants] Mae nifer y cyfranogwyr
    [summary] Mae'r crynodeb
    [budget] Mae'r gyllideb
    [rating] Mae'r sgôr
   *[text] Mae'r testun
} yn rhy hir. Byrhewch ef a rhoi cynnig arall arni; ni chollwyd dim.
error-not_found = Nid yw'r eitem hon yn bodoli mwyach. Efallai iddi gael ei dileu.
error-role_not_in_lab = Nid yw'r rôl honno'n perthyn i'r labordy hwn. Dewiswch un o rolau'r labordy.
error-role_in_use = Mae mewnbwn wedi'i briodoli i'r rôl hon, felly ni ellir ei thynnu.
error-role_has_participants = Mae gan rywun ar y rhestr gyfranogwyr y rôl hon, felly ni ellir ei thynnu. Newidiwch eu rôl yn gyntaf.
error-challenge_not_in_lab = Nid yw'r her honno'n perthyn i'r labordy hwn.
error-group_not_in_lab = Nid yw'r grŵp trafod hwnnw'n perthyn i'r labordy hwn.
error-theme_not_in_challenge = Mae'r thema honno neu'r nodyn hwnnw'n perthyn i her arall.
error-ambiguous_lab = Mae gan sawl labordy yr enw hwnnw. Defnyddiwch ddynodydd y labordy yn lle hynny.
error-budget_below_given = Mae'r gyllideb honno'n llai na'r dotiau a roddwyd eisoes. Tynnwch rai dotiau yn ôl yn gyntaf; ni newidiwyd dim.
error-over_budget = Mae hynny'n fwy o ddotiau nag sydd gan y grŵp ar ôl. Tynnwch ddotiau oddi ar rywbeth arall yn gyntaf; ni newidiwyd dim.
error-out_of_range = { $field ->
    [minutes] Gall rhan o'r agenda bara diwrnod ar y mwyaf.
    [partner_projects] Mae hynny'n ormod o brosiectau partner: 30 ar y mwyaf.
    [topics] Mae hynny'n ormod o bynciau: 30 ar y mwyaf.
    [prompts] Mae hynny'n ormod o anogaethau: 30 ar y mwyaf.
    [participants] Gall grŵp gynnwys hyd at 1,000 o bobl o'r un rôl.
    [budget] Gall cyllideb ddal hyd at 1,000 o ddotiau.
    [rating] Rhaid i sgôr fod rhwng 1 a 5.
   *[other] Mae'r rhif hwnnw'n rhy fawr.
}
error-unknown_stage = Nid yw'r pecyn cymorth yn adnabod y cam caffael hwnnw.
error-invalid_time = Rhowch amser fel oriau a munudau, er enghraifft 13:30.
error-schema_too_new = Gwnaed y gronfa ddata hon gan fersiwn mwy newydd o Design Lab. Diweddarwch yr ap i'w hagor. Ni newidiwyd dim.
error-database_corrupt = Mae ffeil y gronfa ddata wedi'i difrodi neu nid yw'n gronfa ddata Design Lab. Ni newidiwyd dim. Mae copïau wrth gefn wedi'u gwirio yn y ffolder “backups” wrth ei hymyl.
error-disk_full = Mae'r ddisg yn llawn, felly ni chadwyd dim. Rhyddhewch le a rhoi cynnig arall arni; mae eich testun yma o hyd.
error-busy = Mae rhaglen arall yn defnyddio'r gronfa ddata (Design Lab arall, neu ei linell orchymyn, ar ganol mewnforio hir), felly ni chadwyd dim. Arhoswch iddi orffen neu caewch hi, yna rhowch gynnig arall arni; mae eich testun yma o hyd.
error-storage = Gwrthododd y gronfa ddata y newid, felly ni chadwyd dim.
error-io = Ni ellid darllen nac ysgrifennu ffeil.
error-backup_failed = Ni ellid gwneud copi wrth gefn.
error-invalid_file = Ni ellir defnyddio'r ffeil hon: mae problem yn “{ $location }”. Ni fewnforiwyd dim.
error-reader-said = Yr hyn a ddywedodd darllenydd y ffeil (yn Saesneg):
file-place-line = llinell { $line }, colofn { $column }
file-place-byte = beit { $byte }
error-invalid_csv = Ni ellir mewnforio'r daenlen hon. { $where }: { $problem } Ni fewnforiwyd dim.
csv-at-row = Rhes { $row }
csv-at-column = Rhes { $row }, colofn { $column }
csv-at-heading = Rhes { $row }, colofn “{ $heading }”
csv-problem-not_utf8 = nid yw'r ffeil wedi'i chadw fel testun UTF-8, felly byddai ei hacenion yn cael eu difetha. Cadwch hi eto o'r rhaglen daenlen fel “CSV UTF-8”.
csv-problem-unreadable = ni ellir darllen y ffeil fel CSV ({ $detail }).
csv-problem-heading_twice = mae “{ $heading }” yr un golofn â cholofn { $first }.
csv-problem-unknown_heading = nid yw “{ $heading }” yn bennawd y mae Design Lab yn ei ddarllen. Defnyddiwch “{ report-column-challenge }”, “{ report-column-role }”, “{ report-column-kind }”, “{ report-column-stage }”, “{ report-column-text }”, “{ report-column-tags }”, “{ report-column-goals }” neu “{ report-column-group }”.
csv-problem-no_text_column = nid oes colofn “{ report-column-text }” ar gyfer testun y nodiadau.
csv-problem-no_role_column = nid oes colofn “{ report-column-role }”. Mae angen rôl rhanddeiliad ar bob nodyn.
csv-problem-no_challenge_column = nid oes colofn “{ report-column-challenge }”, ac mae gan y labordy hwn fwy nag un her.
csv-problem-no_challenges = nid oes heriau gan y labordy hwn eto. Ychwanegwch un yn gyntaf.
csv-problem-too_many_cells = mae { $cells } cell yn y rhes hon, ond dim ond { $headings } pennawd sydd.
csv-problem-missing = { $what ->
    [challenge] nid oes her yn y rhes hon. Mae angen un ar bob nodyn.
    [role] nid oes rôl rhanddeiliad yn y rhes hon. Mae angen un ar bob nodyn.
   *[group] nid oes grŵp trafod yn y rhes hon.
}
csv-problem-no_such = { $what ->
    [challenge] nid oes her o'r enw “{ $name }” yn y labordy hwn.
    [role] nid oes rôl rhanddeiliad o'r enw “{ $name }” yn y labordy hwn.
   *[group] nid oes grŵp trafod o'r enw “{ $name }” yn y labordy hwn.
}
csv-problem-several_called = { $what ->
    [challenge] mae mwy nag un her o'r enw “{ $name }” yn y labordy hwn. Ailenwch un ohonynt yn gyntaf.
    [role] mae mwy nag un rôl rhanddeiliad o'r enw “{ $name }” yn y labordy hwn. Ailenwch un ohonynt yn gyntaf.
   *[group] mae mwy nag un grŵp trafod o'r enw “{ $name }” yn y labordy hwn. Ailenwch un ohonynt yn gyntaf.
}
csv-problem-role_retired = mae “{ $name }” wedi ymddeol, felly ni chaiff nodiadau newydd.
csv-problem-not_a_kind = nid yw “{ $name }” yn fath o nodyn. Defnyddiwch “{ kind-idea }”, “{ kind-concern }”, “{ kind-question }”, “{ kind-evidence }” neu “{ kind-action }”.
csv-problem-not_a_stage = nid yw “{ $name }” yn gam caffael. Defnyddiwch “{ stage-planning }”, “{ stage-tender_award }”, “{ stage-development_customisation }”, “{ stage-deployment_contract_management }” neu “{ stage-oversight }”.
csv-problem-text_empty = nid oes testun yn y nodyn.
csv-problem-text_too_long = mae'r nodyn yn { $length } nod o hyd; y terfyn yw { $max }.
error-not_a_template = Nid templed Design Lab yw'r ffeil hon. Ni fewnforiwyd dim.
error-template_too_new = Gwnaed y templed hwn gan fersiwn mwy newydd o Design Lab. Diweddarwch yr ap i'w fewnforio. Ni fewnforiwyd dim.
error-not_an_archive = Nid archif Design Lab yw'r ffeil hon. Ni fewnforiwyd dim.
error-archive_too_new = Gwnaed yr archif hon gan fersiwn mwy newydd o Design Lab. Diweddarwch yr ap i'w mewnforio. Ni fewnforiwyd dim.
error-file_too_large = Mae'r ffeil hon yn rhy fawr i'w mewnforio. Ni fewnforiwyd dim.
error-agenda_empty = Nid oes rhannau yn yr agenda, felly nid oes dim i'w redeg eto.
error-run_not_started = Nid yw'r labordy wedi cael ei ddechrau eto.
error-window = Ni ellid agor ffenestr y taflunydd.
error-unauthorized = Nid yw'r ddyfais hon wedi ymuno â'r labordy, neu cafodd y labordy ei gau a'i agor eto.
error-wrong_code = Nid yw'r cod hwnnw'n gywir. Gwiriwch y PIN ar sgrin yr hwylusydd, neu sganiwch y cod QR eto.
error-revoked = Mae'r hwylusydd wedi tynnu'r ddyfais hon o'r labordy. Caiff y nodiadau a anfonodd eu cadw.
error-not_yours = Dyfais arall a gofnododd y nodyn hwn, felly dim ond y ddyfais honno all ei newid.
error-locked_out = Gormod o godau anghywir o'r ddyfais hon. Arhoswch funud, yna rhowch gynnig arall arni.
error-too_large = Mae hynny'n ormod i'w anfon ar unwaith. Byrhewch y nodyn a rhowch gynnig arall arni.
error-bad_host = Gwrthododd y gliniadur y cyfeiriad hwn. Agorwch y dudalen o'r cod QR neu o'r cyfeiriad ar sgrin yr hwylusydd.
error-bad_request = Nid oedd y gliniadur yn gallu darllen yr hyn a anfonodd y dudalen hon. Ail-lwythwch y dudalen a rhowch gynnig arall arni.
error-unexpected = Aeth rhywbeth o'i le yn annisgwyl: { $detail }
error-cannot-open = Ni all Design Lab agor ei gronfa ddata

## Heriau ar sawl cam, ac anogaethau'r pecyn cymorth

challenge-form-stage-hint = Caiff nodiadau eu cofnodi dan y cam hwn oni bai bod y cofnodwr yn dewis un arall.
challenge-form-other-stages = Camau eraill y mae'n ymwneud â nhw
challenge-stages = Camau caffael
challenge-guide-heading = Y pecyn cymorth ar y cam { $stage }
challenge-guide-add = { $count ->
    [one] Ychwanegu'r anogaeth hon
    [two] Ychwanegu'r ddwy anogaeth hyn
   *[other] Ychwanegu'r { $count } anogaeth hyn
}
challenge-guide-added = { $count ->
    [0] Ni ychwanegwyd dim anogaethau: maen nhw i gyd yno'n barod.
    [one] Ychwanegwyd un anogaeth ar gyfer { $stage }.
    [two] Ychwanegwyd dwy anogaeth ar gyfer { $stage }.
   *[other] Ychwanegwyd { $count } anogaeth ar gyfer { $stage }.
}
challenge-guide-approaches = Ffyrdd o gynnwys gweithwyr ar y cam hwn
challenge-guide-all-added = Mae ei anogaethau i gyd yn yr her hon.
challenge-guide-credit = Mae'r arweiniad ar y camau wedi'i ysgrifennu yn ein geiriau ein hunain ar sail y pecyn cymorth “Llais y gweithwyr ym maes caffael systemau digidol a deallusrwydd artiffisial yn y sector cyhoeddus yng Nghymru” (Connected by Data a TUC Cymru).

## Agenda: dadwneud a llusgo

agenda-undo = Dadwneud
agenda-redo = Ailwneud
agenda-undo-hint = Dadwneud y newid diwethaf i'r agenda (Ctrl+Z)
agenda-redo-hint = Ailwneud y newid a ddadwnaed (Ctrl+Shift+Z)
agenda-undone = Dadwnaed y newid i'r agenda.
agenda-redone = Ailwnaed y newid i'r agenda.
agenda-drag-hint = Llusgwch i symud; neu defnyddiwch y botymau saeth

## Grwpiau trafod

groups-heading = Grwpiau trafod
groups-add = Ychwanegu grŵp
groups-empty = Dim grwpiau trafod eto. Ychwanegwch un ar gyfer pob bwrdd, gyda'r her y mae'n ei chymryd.
groups-added = Ychwanegwyd y grŵp “{ $name }”.
groups-saved = Cadwyd y grŵp “{ $name }”.
groups-removed = Tynnwyd y grŵp “{ $name }”.
groups-remove-title = Tynnu'r grŵp “{ $name }”?
groups-remove-body = Caiff cynllun y grŵp ei dynnu, gyda'i bleidleisiau, ei gyllidebau dotiau ac unrhyw nodyn hanner-teipiedig. Caiff y nodiadau a gofnodwyd eisoes eu cadw, heb grŵp.
groups-note-taker = Cofnodwr: { $name }
groups-people = { $count ->
    [0] Dim cyfranogwyr wedi'u cyfrif eto
    [one] 1 cyfranogwr
    [two] 2 gyfranogwr
    [few] 3 chyfranogwr
    [many] 6 chyfranogwr
   *[other] { $count } cyfranogwr
}
group-form-heading-new = Grŵp trafod newydd
group-form-heading-edit = Golygu'r grŵp trafod
group-form-name = Enw'r grŵp
group-form-location = Bwrdd neu ystafell
group-form-challenge = Her
group-form-no-challenge = Dim her wedi'i dewis eto
group-form-note-taker = Enw cyntaf y cofnodwr
group-form-note-taker-hint = Dewisol. Dim ond enw cyntaf sydd ei angen.
group-form-counts = Cyfranogwyr fesul rôl
group-form-counts-hint = Faint o bobl o bob rôl sy'n eistedd yn y grŵp hwn. Rhifau yn unig; dim enwau.
group-form-save = Cadw'r grŵp

## Cyfranogwyr

participants-heading = Cyfranogwyr
participants-add = Ychwanegu cyfranogwyr
participants-hint = Dewisol. Dim ond pobl sy'n cytuno sy'n cael eu henwi yn yr adroddiad; mae pawb arall yn ymddangos yn ôl eu rôl yn unig.
participants-form-heading-new = Ychwanegu cyfranogwr
participants-form-heading-edit = Golygu'r cyfranogwr
participants-name = Enw
participants-organisation = Sefydliad
participants-role = Rôl
participants-consent = Yn cytuno i gael eu henwi yn yr adroddiad
participants-done = Gorffen
participants-save = Cadw'r cyfranogwr
participants-in-report = Yn yr adroddiad
participants-actions = Gweithredoedd
participants-shown-named = Wedi'u henwi, gyda'u sefydliad
participants-shown-role = Fel “{ $role }” yn unig
participants-empty = Dim cyfranogwyr ar y rhestr.
participants-added = Ychwanegwyd { $name }.
participants-saved = Cadwyd { $name }.
participants-removed = Tynnwyd { $name } oddi ar y rhestr.
participants-remove-title = Tynnu { $name } oddi ar y rhestr?
participants-remove-body = Caiff eu henw a'u sefydliad eu dileu o'r labordy hwn.

## Templedi

templates-heading = Templedi
templates-intro = Cynllun labordy heb ddim a ddywedwyd ynddo yw templed: y manylion, y rolau, yr heriau gyda'u hanogaethau, a'r agenda.
templates-import = Mewnforio templed…
templates-builtin = Wedi'i gynnwys
templates-contents = { $challenges ->
    [one] 1 her
    [two] 2 her
   *[other] { $challenges } her
}, { $segments ->
    [one] 1 rhan o'r agenda
    [two] 2 ran o'r agenda
   *[other] { $segments } rhan o'r agenda
}
templates-length = { $hours ->
    [0] { $minutes } mun
   *[other] { $minutes ->
        [0] { $hours } awr
       *[other] { $hours } awr { $minutes } mun
    }
}
templates-start = Dechrau labordy o hwn
templates-start-title = Teitl y labordy newydd
templates-start-create = Creu'r labordy
templates-export = Allforio…
templates-export-title = Allforio “{ $name }”
templates-file-kind = Templed Design Lab
templates-exported = Cadwyd y templed “{ $name }” yn { $path }.
templates-imported = Mewnforiwyd y templed “{ $name }”.
templates-delete = Dileu
templates-deleted = Dilëwyd y templed “{ $name }”.
templates-delete-title = Dileu'r templed “{ $name }”?
templates-delete-body = Nid effeithir ar labordai a ddechreuwyd ohono eisoes.
template-save-heading = Cadw fel templed
template-save-intro = Cadwch gynllun y labordy hwn (manylion, rolau, heriau, anogaethau ac agenda, ond dim a ddywedwyd) i ddechrau labordai yn y dyfodol ohono.
template-name = Enw'r templed
template-save = Cadw fel templed
template-saved = Cadwyd fel y templed “{ $name }”.

lab-contents = Ar y dudalen hon
labs-sample-added = Mae labordy enghreifftiol, “{ $title }”, yn barod i'w archwilio. Dilëwch ef pryd bynnag y mynnwch.

## Rhedeg y labordy

lab-run = Rhedeg y labordy
run-back = Yn ôl i'r cynllun
run-heading = Yn rhedeg “{ $title }”
run-not-started = Nid yw'r labordy wedi dechrau eto
run-not-started-hint = { $count ->
    [0] Ychwanegwch rannau at yr agenda yn gyntaf.
    [one] Mae ei unig ran yn barod. Mae'r cloc yn dechrau pan fyddwch yn pwyso Dechrau.
   *[other] Mae ei { $count } rhan yn barod. Mae'r cloc yn dechrau pan fyddwch yn pwyso Dechrau.
}
run-start = Dechrau'r labordy
run-started = Mae'r labordy wedi dechrau.
run-now = Nawr
run-status-paused = Wedi oedi
run-finished = Mae'r labordy wedi gorffen
run-timer-label = Yr amser sydd ar ôl yn y rhan hon
run-left = ar ôl
run-over = dros amser
run-overrun = Mae “{ $title }” wedi mynd dros ei amser. Mae gweddill yr agenda wedi symud.
run-segment-removed = Tynnwyd y rhan hon o'r agenda
run-segment-removed-hint = Pwyswch → neu “Y rhan nesaf” i fynd ymlaen i'r rhan gyntaf sydd heb ei gwneud eto.
run-time-up = Mae'r amser ar ben ar gyfer “{ $title }”.
run-challenges = Heriau yn y rhan hon
run-controls = Rheolyddion rhedeg
run-pause = Oedi
run-resume = Ailddechrau
run-key-space = Bylchwr
run-paused = Wedi oedi.
run-resumed = Yn rhedeg eto.
run-extend = +{ $minutes } mun
run-extended = { $minutes ->
    [one] Munud arall i'r rhan hon.
    [two] Dau funud arall i'r rhan hon.
   *[other] { $minutes } munud arall i'r rhan hon.
}
run-previous = Yn ôl
run-next = Y rhan nesaf
run-end = Gorffen y labordy
run-moved-on = Symud ymlaen.
run-moved-back = Yn ôl un rhan.
run-restart = Dechrau eto
run-restart-title = Dechrau'r labordy eto o'r rhan gyntaf?
run-restart-body = Bydd yr amseroedd a gofnodwyd hyd yma yn cael eu hanghofio. Caiff y nodiadau eu cadw.
run-outlook = Beth sy'n dod nesaf
run-up-next = Nesaf: { $title } am { $time }
run-ended-at = Daeth y labordy i ben am { $time }:
run-projected-end = Ar y cyflymder hwn bydd y labordy'n gorffen am { $time }:
run-projected-late = { $minutes } mun ar ôl yr amser a gynlluniwyd, { $planned }.
run-projected-early = { $minutes } mun yn gynnar.
run-projected-on-time = ar amser.
run-agenda = Yr agenda heddiw
run-took = Cymerodd { $minutes } o { $planned } mun
run-phase-current = Nawr
run-projector = Taflunydd
run-projector-hint = Ail ffenestr i'r ystafell: y rhan, ei her a'r amserydd mewn teip mawr. Rhowch hi ar y sgrin arall a phwyso F i'w gwneud yn sgrin lawn. Nid yw ei chuddio yn atal yr amserydd.
run-projector-show = Dangos ar y taflunydd
run-projector-hide = Cuddio'r taflunydd
run-projector-shown = Mae ffenestr y taflunydd yn cael ei dangos.
run-projector-hidden = Mae ffenestr y taflunydd wedi'i chuddio; mae'r amserydd yn dal i fynd.
run-sound = Seinio signal pan fydd yr amser ar ben
run-keys-hint = Bysellau: mae'r Bylchwr yn oedi ac yn ailddechrau, mae 1 a 5 yn ychwanegu munudau, mae → yn symud ymlaen, mae ← yn mynd yn ôl, mae P yn dangos y taflunydd.
projector-window-title = { $title } – taflunydd
projector-title = Taflunydd Design Lab
projector-waiting = Yn aros i'r labordy ddechrau…
projector-finished = Diolch
projector-time-up = Mae'r amser ar ben

## Cofnodi: bysellau byr, tagiau, cyfrinachol

capture-confidential = Cyfrinachol: cadw'r nodyn hwn allan o bob allforyn
capture-confidential-badge = Cyfrinachol
capture-keys-hint = Bysellau sy'n gadael i chi ddal ati i deipio: Alt+1–9 rôl, Alt+C, I, Q, E neu A math, Alt+Shift+1–5 cam, Alt+X cyfrinachol, Alt+W ac yna Alt+1–7 nod llesiant, Alt+Z dadwneud. Teipiwch #geiriau i dagio nodyn.
capture-key-role = Rôl: { $role }
capture-key-kind = Math: { $kind }
capture-key-stage = Cam: { $stage }
capture-key-confidential-on = Bydd y nodyn hwn yn gyfrinachol.
capture-key-confidential-off = Ni fydd y nodyn hwn yn gyfrinachol.

## Dod o hyd i nodiadau

lab-notes = Pob nodyn
notes-back = Yn ôl i'r labordy “{ $lab }”
notes-heading = Nodiadau “{ $title }”
notes-filters = Dod o hyd i nodiadau
notes-text = Geiriau
notes-challenge = Her
notes-tag = Tag
notes-any = Unrhyw
notes-count = { $count ->
    [0] Nid oes nodyn yn cyfateb.
    [one] Mae un nodyn yn cyfateb.
    [two] Mae dau nodyn yn cyfateb.
   *[other] Mae { $count } nodyn yn cyfateb.
}
notes-list = Nodiadau a ganfuwyd
notes-keys-hint = Yn y rhestr: mae ↑ a ↓ yn symud, mae Page Up a Page Down yn neidio, mae Home ac End yn mynd i'r pennau, mae Enter yn agor her y nodyn.

## Cofnodi fesul grŵp

notes-group = Grŵp
capture-groups = Cofnodi ar gyfer
capture-whole-room = Yr ystafell gyfan
capture-groups-key = Alt+G: y grŵp nesaf
capture-for-group = Grŵp: { $group }
groups-capture = Cofnodi ar gyfer y grŵp hwn

## Themâu, blaenoriaethu a chamau gweithredu

challenge-synthesis = Themâu a phleidleisio
synthesis-heading = Themâu a blaenoriaethau: { $title }
synthesis-challenge = Her
synthesis-open = Agor
themes-heading = Themâu
themes-hint = Llusgwch nodyn wrth y symbol ⠿ i thema, neu dewiswch ei thema yn y rhestr oddi tano. Caiff popeth ei gadw wrth fynd.
themes-add = Ychwanegu thema
themes-title = Teitl y thema
themes-summary = Crynodeb
themes-none = Heb thema
themes-no-notes = Dim nodiadau ar yr her hon eto.
themes-drop-here = Gollyngwch nodiadau yma, neu dewiswch y thema hon o dan nodyn.
themes-drag-hint = Llusgwch i thema
themes-move-label = Thema'r nodyn “{ $note }”
themes-added = Ychwanegwyd y thema “{ $title }”.
themes-saved = Cadwyd y thema “{ $title }”.
themes-removed = Tynnwyd y thema “{ $title }”. Nid yw ei nodiadau mewn thema bellach.
themes-moved = Symudwyd i'r thema “{ $title }”.
themes-moved-out = Tynnwyd o'i thema.
themes-remove-title = Tynnu'r thema “{ $title }”?
themes-remove-body = Caiff ei nodiadau eu cadw, ond heb thema. Caiff y pleidleisiau a roddwyd i'r thema eu tynnu hefyd.
themes-suggest-heading = Themâu a awgrymir
themes-suggest-hint = Mae'n grwpio'r nodiadau sydd heb thema eto yn ôl y geiriau sydd ganddynt yn gyffredin, ar y gliniadur hwn. Does dim yn newid nes i chi dderbyn awgrym.
themes-suggest = Awgrymu themâu
themes-suggest-again = Awgrymu eto
themes-suggest-none = Dim awgrymiadau: nid oes gan y nodiadau heb thema ddigon o eiriau yn gyffredin.
themes-suggest-count = { $count ->
    [one] Un awgrym.
   *[other] { $count } awgrym.
}
themes-suggestion-label = Awgrym { $number }
themes-suggestion-name = Enw'r thema
themes-suggestion-why = Geiriau cyffredin:
themes-suggestion-word = { $word } ({ $notes })
themes-suggestion-notes = Nodiadau yn yr awgrym hwn ({ $chosen } o { $count } wedi'u ticio)
themes-suggestion-add = Ychwanegu nodyn sydd heb thema
themes-suggestion-add-none = Dewiswch nodyn…
themes-suggestion-accept = Derbyn fel thema
themes-suggestion-dismiss = Gwrthod
themes-suggestion-accepted = Gwnaed y thema “{ $title }” { $count ->
    [one] gydag un nodyn
   *[other] gyda { $count } nodyn
}.
themes-suggestion-dismissed = Gwrthodwyd yr awgrym.

voting-heading = Blaenoriaethu
voting-method = Sut mae'r ystafell yn blaenoriaethu
voting-dots = Pleidleisio â dotiau
voting-rating = Sgôr o 1 i 5
voting-method-dots = Pleidleisio â dotiau: mae gan bob grŵp gyllideb o ddotiau.
voting-method-rating = Sgôr: mae pob grŵp yn rhoi sgôr o 1 i 5 i bob thema neu nodyn.
voting-dots-hint = Mae pob grŵp yn rhannu ei ddotiau rhwng y themâu a'r nodiadau sydd bwysicaf iddo. Gosodwch gyllideb grŵp o dan ei enw: mae'n dechrau ar dri dot y pen.
voting-rating-hint = Mae pob grŵp yn rhoi sgôr i bob thema neu nodyn o 1 (lleiaf) i 5 (mwyaf). Caiff y canlyniadau eu trefnu yn ôl y sgôr gyfartalog.
voting-nothing = Ychwanegwch themâu neu cofnodwch nodiadau yn gyntaf: nid oes dim i bleidleisio arno eto.
voting-table = Pleidleisiau fesul grŵp
voting-choice = Thema neu nodyn
voting-theme = Thema
voting-budget = Cyllideb
voting-budget-label = Cyllideb dotiau { $voter }
voting-left = { $count ->
    [zero] Dim dotiau ar ôl
    [one] 1 dot ar ôl
    [two] 2 ddot ar ôl
   *[other] { $count } dot ar ôl
}
voting-cell-label = { $voter }: “{ $choice }”
voting-results = Canlyniadau
voting-no-results = Dim pleidleisiau eto.
voting-rank = Safle { $rank }
voting-result-dots = { $count ->
    [one] 1 dot
    [two] 2 ddot
   *[other] { $count } dot
} gan { $voters ->
    [one] 1 grŵp
    [two] 2 rŵp
   *[other] { $voters } grŵp
}
voting-result-dots-room = { $count ->
    [zero] Dim dotiau
    [one] 1 dot
    [two] 2 ddot
   *[other] { $count } dot
}
voting-result-rating-room = Cyfartaledd { $mean }
voting-result-rating = Cyfartaledd { $mean } ar sail { $voters ->
    [one] 1 sgôr
    [two] 2 sgôr
   *[other] { $voters } sgôr
}

actions-heading = Camau gweithredu
actions-add = Ychwanegu cam gweithredu
actions-edit = Golygu cam gweithredu
actions-text = Beth fydd yn cael ei wneud
actions-owner = Perchennog (rôl)
actions-no-owner = Dim perchennog eto
actions-due = Erbyn pryd
actions-theme = O'r thema
actions-no-theme = Dim thema
actions-empty = Dim camau gweithredu wedi'u cytuno eto.
actions-added = Ychwanegwyd cam gweithredu.
actions-saved = Cadwyd y cam gweithredu.
actions-removed = Tynnwyd y cam gweithredu.
actions-remove-title = Tynnu'r cam gweithredu hwn?
actions-owned-by = Perchennog: { $role }
actions-due-on = Erbyn { $date }
actions-from-theme = O'r thema “{ $theme }”
actions-status = Beth ddaeth ohono
actions-status-open = Ar agor
actions-status-done = Wedi'i wneud
actions-status-dropped = Wedi'i ollwng
actions-status-note = Nodyn ar ei statws
actions-status-save = Cadw'r statws
actions-status-saved = Cadwyd y statws: { $status }.
actions-status-done-on = Wedi'i wneud, { $date }
actions-status-dropped-on = Wedi'i ollwng, { $date }

## Adroddiadau (y ffeiliau a allforir)

report-contents = Cynnwys
report-numbers = Y labordy mewn ffigurau
report-people-by-role = Pobl yn yr ystafell, fesul rôl
report-notes-by-challenge = Nodiadau fesul her
report-notes-by-stage = Nodiadau fesul cam caffael
report-notes-by-kind = Nodiadau fesul math
report-notes-by-role = Nodiadau fesul rôl
report-column-role = Rôl
report-column-people = Pobl
report-column-notes = Nodiadau
report-column-challenge = Her
report-column-stage = Cam
report-column-kind = Math
report-column-text = Nodyn
report-column-tags = Tagiau
report-column-group = Grŵp
report-column-theme = Thema
report-column-dots = Dotiau
report-named = Cyfranogwyr a gytunodd i gael eu henwi
report-agenda = Yr agenda
report-agenda-segment = Rhan
report-agenda-planned = Y cynllun
report-agenda-actual = Ar y diwrnod
report-agenda-minutes = { $minutes } munud
report-agenda-not-run = Ni chafodd y labordy ei redeg yn yr ap, felly dim ond yr amseroedd a gynlluniwyd sy'n hysbys.
report-prompts = Anogaethau
report-themes = Themâu
report-priorities-dots = Blaenoriaethau: pleidleisio â dotiau
report-priorities-rating = Blaenoriaethau: sgôr o 1 i 5
report-actions = Camau gweithredu
report-appendix = Atodiad: pob nodyn
report-note-by = { $role }, { $kind }
# A date in one form everywhere, in the app and in reports: "Tuesday 15 October 2024".
date-long = { $weekday } { $day } { $month } { $year }
# A moment: the date, then the clock time on the 24-hour clock, to the second.
date-time = { $date } am { $time }
weekday-1 = dydd Llun
weekday-2 = dydd Mawrth
weekday-3 = dydd Mercher
weekday-4 = dydd Iau
weekday-5 = dydd Gwener
weekday-6 = dydd Sadwrn
weekday-7 = dydd Sul
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr

## Adroddiad ac allforio (tudalen y labordy)

report-heading = Adroddiad ac allforio
report-hint = Mae'r adroddiad yn dweud pwy ddywedodd beth yn ôl rôl yn unig, yn enwi dim ond y rhai a gytunodd i gael eu henwi, ac yn gadael nodiadau cyfrinachol a nodiadau a ddilëwyd allan.
report-summary = Crynodeb ar gyfer yr adroddiad
report-summary-hint = Ychydig frawddegau ar gyfer dechrau'r adroddiad. Os yw'n wag, defnyddir disgrifiad y labordy.
report-sections = Adrannau i'w cynnwys
report-section-numbers = Y labordy mewn ffigurau
report-section-agenda = Yr agenda, fel y'i cynlluniwyd ac fel y bu
report-section-challenges = Heriau: themâu, blaenoriaethau a chamau gweithredu
report-section-appendix = Atodiad gyda phob nodyn
report-language = Iaith yr adroddiad
report-language-both = Y ddwy, Cymraeg a Saesneg
report-bilingual-first = Yr iaith gyntaf
report-bilingual-layout = Gosodiad dwyieithog
report-side-by-side = Ochr yn ochr
report-one-after-other = Y naill ar ôl y llall
report-bilingual-hint = Mae cyrff cyhoeddus Cymru yn cyhoeddi'r Gymraeg yn gyntaf. Mae Markdown bob amser yn rhoi un iaith ar ôl y llall. Ni chaiff yr hyn a deipiodd pobl fyth ei gyfieithu.
report-save = Cadw gosodiadau'r adroddiad
report-setup-saved = Cadwyd gosodiadau'r adroddiad.
report-export-html = Allforio fel tudalen we…
report-export-title-html = Allforio'r adroddiad fel tudalen we
report-file-kind-html = Tudalen we
report-preview = Rhagolwg
report-preview-hint = Yr adroddiad fel y bydd yn darllen, gyda'r gosodiadau uchod ar ôl eu cadw. Nid yw nodiadau cyfrinachol na nodiadau a ddilëwyd ynddo.
report-export-docx = Allforio fel dogfen Word…
report-export-title-docx = Allforio'r adroddiad fel dogfen Word
report-file-kind-docx = Dogfen Word
report-export-md = Allforio Markdown ar gyfer y wefan…
report-export-csv = Allforio nodiadau fel CSV…
report-export-title-md = Allforio'r adroddiad fel Markdown
report-export-title-csv = Allforio'r nodiadau fel CSV
report-file-kind-md = Markdown
report-file-kind-csv = Taenlen CSV
report-export-pdf = Allforio fel PDF…
report-export-title-pdf = Allforio'r adroddiad fel PDF
report-file-kind-pdf = Dogfen PDF
report-export-qdpx = Allforio ar gyfer offer ymchwil ansoddol (REFI-QDA)…
report-export-title-qdpx = Allforio'r labordy fel prosiect REFI-QDA
report-file-kind-qdpx = Prosiect REFI-QDA
qdpx-themes = Themâu
qdpx-tags = Tagiau
report-export-json = Allforio archif y labordy…
report-export-title-json = Allforio archif y labordy
report-file-kind-json = Archif Design Lab
archive-heading = Archifo a mewnforio
archive-hint = Mae'r archif yn dal y labordy cyfan, gan gynnwys nodiadau cyfrinachol, fel y gall Design Lab ar liniadur arall ei chyfuno â'i gopi o'r labordy hwn. Rhannwch hi gyda thîm y labordy yn unig.
archive-merge = Cyfuno archif â'r labordy hwn…
archive-merge-title = Cyfuno archif labordy â'r labordy hwn
notes-import = Mewnforio nodiadau o daenlen (CSV)…
notes-import-title = Mewnforio nodiadau o ffeil CSV
notes-import-hint = Caiff y colofnau eu hadnabod wrth eu penawdau: her, rôl, math, cam, nodyn, tagiau, grŵp. Caiff pob rhes ei gwirio yn gyntaf; os oes un yn anghywir, ni chaiff dim ei fewnforio a bydd y neges yn dweud pa un.
import-done = Mewnforiwyd i'r labordy “{ $title }”. Nodiadau newydd: { $notes }. Eitemau newydd: { $added }, wedi'u diweddaru: { $updated }, yma eisoes: { $unchanged }.
labs-import = Mewnforio archif labordy…
labs-import-title = Mewnforio archif labordy
report-exported = Allforiwyd i { $path }

## Capture from devices (facilitator)

hub-heading = Cofnodi o ddyfeisiau
hub-intro = Mae cofnodwyr yn cofnodi ar eu ffonau neu eu gliniaduron eu hunain, mewn porwr, dros y rhwydwaith hwn: does dim i'w osod, a does dim yn mynd dros y rhyngrwyd. Mae eu nodiadau'n ymddangos yma wrth iddynt gael eu cadw.
hub-security = Gall unrhyw un ar y rhwydwaith hwn sy'n gweld y cod neu'r PIN ymuno nes i chi stopio. Mae'r nodiadau'n teithio dros y rhwydwaith heb eu hamgryptio, felly defnyddiwch rwydwaith rydych chi'n ymddiried ynddo, neu fan problemus y gliniadur hwn ei hun.
hub-address = Y rhwydwaith i gofnodi arno
hub-address-option = { $interface }: { $address }
hub-address-hint = Y cyfeiriad y bydd y dyfeisiau'n ei ddefnyddio. Y cyntaf yw'r mwyaf tebygol; dewiswch un arall os yw'r gliniadur hwn ar fwy nag un rhwydwaith.
hub-no-address = Nid yw'r gliniadur hwn ar rwydwaith. Cysylltwch ef â Wi-Fi y lleoliad neu â man problemus, yna edrychwch eto.
hub-look-again = Edrych eto
hub-addresses-found = { $count ->
    [0] Ni chafwyd hyd i gyfeiriad rhwydwaith.
    [one] Cafwyd hyd i un cyfeiriad rhwydwaith.
    [two] Cafwyd hyd i ddau gyfeiriad rhwydwaith.
   *[other] Cafwyd hyd i { $count } cyfeiriad rhwydwaith.
}
hub-open = Dechrau cofnodi o ddyfeisiau
hub-opened = Dechreuodd cofnodi o ddyfeisiau. Cyfeiriad { $address }, PIN { $pin }.
hub-close = Stopio cofnodi o ddyfeisiau
hub-closed = Daeth cofnodi o ddyfeisiau i ben. Mae'r dyfeisiau a ymunodd yn aros wedi ymuno ar gyfer y tro nesaf.
hub-other-lab = Mae labordy arall yn cofnodi o ddyfeisiau. Stopiwch ef i gofnodi ar gyfer y labordy hwn.
hub-join-heading = Ymuno o ffôn neu liniadur
hub-join-how = Sganiwch y cod â chamera ffôn, neu agorwch y cyfeiriad mewn porwr a theipio'r PIN.
hub-qr-label = Cod QR i ymuno: { $address }
hub-address-label = Cyfeiriad
hub-pin-label = PIN
hub-projector = Dangos y cod ar y taflunydd
hub-projector-shown = Mae'r cod ar y taflunydd.
hub-projector-hidden = Nid yw'r cod ar y taflunydd mwyach.
hub-projector-heading = Cymerwch nodiadau ar eich ffôn
hub-projector-how = Sganiwch y cod, neu agorwch y cyfeiriad mewn porwr a theipio'r PIN.
hub-devices-heading = Dyfeisiau
hub-devices-empty = Nid oes dyfais wedi ymuno eto.
hub-device-name = Dyfais
hub-device-group = Grŵp
hub-device-notes = Nodiadau a dderbyniwyd
hub-device-seen = Gwelwyd ddiwethaf
hub-device-state = Statws
hub-device-no-group = Yr ystafell gyfan
hub-device-active = Wedi ymuno
hub-device-revoked = Wedi'i dirymu
hub-revoke = Dirymu
hub-revoke-title = Dirymu “{ $name }”?
hub-revoke-body = Ni all y ddyfais hon anfon nodiadau na gweld y labordy mwyach: caiff ei chais nesaf ei wrthod. Mae'r nodiadau a anfonodd yn aros yn y labordy.
hub-revoked = Dirymwyd “{ $name }”. Mae ei nodiadau'n aros yn y labordy.
hub-seen-now = eiliadau yn ôl
hub-seen-minutes = { $count ->
    [two] { $count } funud yn ôl
   *[other] { $count } munud yn ôl
}
hub-seen-hours = { $count } awr yn ôl
hub-seen-days = { $count ->
    [two] { $count } ddiwrnod yn ôl
   *[other] { $count } diwrnod yn ôl
}
error-address_in_use = Mae rhaglen arall eisoes yn defnyddio'r cyfeiriad a'r porth hwnnw, felly ni allai cofnodi o ddyfeisiau ddechrau. Rhowch gynnig arall arni, neu dewiswch rwydwaith arall.
error-hub = Ni allai cofnodi o ddyfeisiau ddechrau ar y cyfeiriad hwnnw. Gwiriwch fod y gliniadur hwn yn dal ar y rhwydwaith hwnnw, yna rhowch gynnig arall arni.
error-not_a_file = Mae “{ $path }” yn ffolder neu'n ddyfais, nid yn ffeil. Dewiswch ffeil; ni ddarllenwyd nac ysgrifennwyd dim.
error-no_such_folder = Nid oes ffolder “{ $path }”, felly ni chadwyd dim. Dewiswch le arall.
error-would_overwrite_database = Cronfa ddata Design Lab ei hun, neu un o'i chopïau wrth gefn, yw “{ $path }”. Dewiswch enw neu le arall; ni ysgrifennwyd dim.
error-read_only = Mae'r gronfa ddata mewn lle na ellir ond ei ddarllen, felly ni ellir newid dim. Mae rhestrau ac allforion yn dal i weithio.

## Device capture page
# Y dudalen y mae hyb y dyfeisiau yn ei rhoi i ffonau a gliniaduron y rhai sy'n cymryd nodiadau (ui/capture.html).

device-loading = Yn agor y labordy…
device-unreachable = Methu cyrraedd gliniadur yr hwylusydd. Caiff eich nodiadau eu cadw ar y ddyfais hon a'u hanfon cyn gynted ag y bydd yn ateb.
device-retry = Rhoi cynnig arall arni nawr
device-join-heading = Ymuno â'r labordy
device-join-intro-link = Rhowch enw i'r ddyfais hon, fel y gall yr hwylusydd ei hadnabod, a dewiswch eich iaith.
device-join-intro-pin = Teipiwch y PIN 6 digid sydd ar sgrin yr hwylusydd, rhowch enw i'r ddyfais hon a dewiswch eich iaith.
device-pin = PIN
device-pin-hint = 6 digid, wrth ymyl y cod QR.
device-name = Enw'r ddyfais hon
device-name-hint = Er enghraifft “Ffôn grŵp 2”. Mae'r hwylusydd yn ei weld yn ei restr o ddyfeisiau.
device-language = Iaith
device-join = Ymuno
device-join-again = Ymunwch eto i barhau i gofnodi.
device-join-waiting = { $count ->
    [one] Mae un nodyn yn aros ar y ddyfais hon. Caiff ei anfon pan fydd y ddyfais wedi ymuno eto.
   *[other] Mae { $count } nodyn yn aros ar y ddyfais hon. Cânt eu hanfon pan fydd y ddyfais wedi ymuno eto.
}
device-waiting-here = { $count ->
    [one] Mae un nodyn yn aros ar y ddyfais hon. Caiff ei anfon cyn gynted ag y bydd y gliniadur yn ateb.
   *[other] Mae { $count } nodyn yn aros ar y ddyfais hon. Cânt eu hanfon cyn gynted ag y bydd y gliniadur yn ateb.
}
device-joined = Wedi ymuno â'r labordy “{ $lab }”.
device-group-heading = Eich grŵp trafod
device-group-intro = Dewiswch y grŵp rydych yn cymryd nodiadau ar ei gyfer. Byddwch yn gweld nodiadau'r grŵp hwnnw, ac mae eich rhai chi yn mynd iddo.
device-group = Grŵp trafod
device-group-hint = Gallwch ei newid yn nes ymlaen.
device-group-save = Dechrau cofnodi
device-settings-open = Grŵp ac iaith
device-settings-heading = Y ddyfais hon
device-settings-save = Cadw
device-settings-saved = Wedi'i gadw.
device-challenge = Her
device-no-challenges = Nid oes heriau yn y labordy hwn eto, felly nid oes dim i gymryd nodiadau arno. Gofynnwch i'r hwylusydd.
device-segment-left = { $minutes ->
    [one] 1 munud ar ôl
   *[other] { $minutes } munud ar ôl
}
device-segment-over = { $minutes ->
    [0] mae'r amser ar ben
    [one] 1 munud dros amser
   *[other] { $minutes } munud dros amser
}
device-outbox-heading = Yn anfon i'r gliniadur
device-outbox-count = { $count ->
    [one] 1 nodyn yn aros i'w anfon
   *[other] { $count } nodyn yn aros i'w hanfon
}
device-refused-count = { $count ->
    [one] Gwrthododd y gliniadur 1 nodyn. Mae'r rheswm isod: newidiwch y nodyn, neu rhowch y gorau i'r newid.
   *[other] Gwrthododd y gliniadur { $count } nodyn. Mae'r rheswm gyda phob un isod: newidiwch y nodyn, neu rhowch y gorau i'r newid.
}
device-note-kept = Wedi'i gadw ar y ddyfais hon.
device-note-saved = Wedi'i gadw ar y gliniadur
device-note-waiting = Yn aros i'w anfon
device-note-refused = Gwrthodwyd gan y gliniadur
device-discard = Rhoi'r gorau i'r newid hwn
device-delete-title = Dileu'r nodyn hwn?
device-delete-body = Caiff ei ddileu o'r labordy. Ni ellir dadwneud dileu o'r ddyfais hon.

## Ynghylch Design Lab, ei gopïau wrth gefn, ac adfer cronfa ddata sydd wedi'i difrodi

about-open = Ynghylch
about-title = Ynghylch Design Lab
about-version = Fersiwn { $version }
about-licence = Meddalwedd rydd dan drwydded { $licence }: cewch ei rhannu a'i newid.
about-database = Cronfa ddata
about-backups-folder = Ffolder copïau wrth gefn
about-open-folder = Agor y ffolder data
about-read-only = Mae'r gronfa ddata hon ar agor i'w darllen yn unig, am na ellir ysgrifennu i'w ffolder. Gellir darllen ac allforio labordai, nid eu newid.
about-close = Cau
backups-heading = Copïau wrth gefn
backups-intro = Mae Design Lab yn cadw copi wedi'i wirio o bopeth eiliadau ar ôl agor, yna bob pum munud tra bo rhywbeth yn newid, ac yn cadw'r { $keep } diweddaraf.
backups-none = Dim copïau wrth gefn eto.
backups-taken = { $time } ({ $ago })
backups-restore = Adfer
backups-restore-label = Adfer y copi wrth gefn ({ $time })
backups-restore-title = Adfer y copi wrth gefn ({ $time })?
backups-restore-body = Caiff yr hyn sydd yn Design Lab nawr ei gadw yn gyntaf fel copi wrth gefn newydd, er mwyn i chi allu dychwelyd ato. Ni fydd unrhyw beth a gadwyd ar ôl { $time } yn yr hyn a adferir.
backups-restoring = Wrthi'n adfer…
backups-restored = Adferwyd y copi wrth gefn ({ $time }): { backups-holds }. Cedwir yr hyn a ddisodlwyd fel { $kept }.
backups-holds = { $labs ->
    [zero] dim labordai
    [one] 1 labordy
   *[other] { $labs } labordy
} { $notes ->
    [zero] a dim nodiadau
    [one] ac 1 nodyn
   *[other] a { $notes } nodyn
}
recovery-title = Mae cronfa ddata Design Lab wedi'i difrodi
recovery-body = Ni ellid darllen ei ffeil fel y dylid. Gall Design Lab roi'r ffeil sydd wedi'i difrodi o'r neilltu (caiff ei chadw, byth ei dileu) ac adfer y copi wrth gefn diweddaraf sy'n pasio ei wiriad.
recovery-backup = Y copi wrth gefn cadarn diweddaraf: { $time } ({ $ago }), yn dal { backups-holds }.
recovery-missing = Efallai fod unrhyw beth a gadwyd ar ôl { $time } ar goll.
recovery-restore = Rhoi'r ffeil sydd wedi'i difrodi o'r neilltu ac adfer y copi hwn
recovery-none = Nid oes copi wrth gefn sy'n pasio ei wiriad. Y ffeil sydd wedi'i difrodi yw { $path }: cadwch hi, a gofynnwch am gymorth cyn dileu dim.
recovery-restored = Adferwyd y copi wrth gefn ({ $time }). Cedwir y ffeil sydd wedi'i difrodi fel { $kept }.

## Nodau Deddf Llesiant Cenedlaethau’r Dyfodol (Cymru) 2015 (a.4, Tabl 1) a'i ffyrdd o weithio
## (a.5(2), wrth yr enwau a roddir iddynt yn y canllawiau statudol), a dyletswyddau Deddf
## Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023 (a.16, 20, 24), wrth eu henwau swyddogol.
goal-family-wellbeing_goal = Y nodau llesiant
goal-family-way_of_working = Y pum ffordd o weithio
goal-family-procurement_duty = Dyletswyddau partneriaeth gymdeithasol a chaffael
goal-prosperous = Cymru lewyrchus
goal-resilient = Cymru gydnerth
goal-healthier = Cymru iachach
goal-more_equal = Cymru sy’n fwy cyfartal
goal-cohesive_communities = Cymru o gymunedau cydlynus
goal-vibrant_culture = Cymru â diwylliant bywiog lle mae’r Gymraeg yn ffynnu
goal-globally_responsible = Cymru sy’n gyfrifol ar lefel fyd-eang
goal-long_term = Hirdymor
goal-integration = Integreiddio
goal-involvement = Cynnwys
goal-collaboration = Cydweithio
goal-prevention = Atal
goal-social_partnership = Dyletswydd partneriaeth gymdeithasol
goal-fair_work = Gwaith teg
goal-socially_responsible_procurement = Dyletswydd caffael cymdeithasol gyfrifol
goals-button = Nodau llesiant
goals-button-count = Nodau llesiant ({ $count })
goals-picker = Nodau llesiant, ffyrdd o weithio a dyletswyddau
goals-saved = Cadwyd y nodau.
capture-key-goal-on = Nod llesiant: { $goal }
capture-key-goal-off = Dim tag mwyach: { $goal }
goals-capture-armed = Nod llesiant: Alt+1–7, neu Escape.
report-goals = Sut mae'r labordy hwn yn cyfrannu at y nodau llesiant
report-goals-intro = Yr hyn y tagiwyd y nodiadau, y themâu a'r camau gweithredu ag ef: nodau llesiant a ffyrdd o weithio Deddf Llesiant Cenedlaethau’r Dyfodol (Cymru) 2015, a dyletswyddau Deddf Partneriaeth Gymdeithasol a Chaffael Cyhoeddus (Cymru) 2023.
report-goal-notes = { $count } nodyn
report-goal-themes = { $count } thema
report-goal-actions = { $count } cam gweithredu
report-goal-theme = Thema: { $theme }
report-goal-action = Cam gweithredu: { $action }
report-section-goals = Sut mae'r labordy'n cyfrannu at y nodau llesiant
report-column-goals = Nodau llesiant
csv-problem-not_a_goal = nid yw “{ $name }” yn nod llesiant, yn ffordd o weithio nac yn ddyletswydd caffael. Defnyddiwch eu henwau fel y mae'r adroddiad yn eu hysgrifennu, fel “{ goal-fair_work }”, wedi'u gwahanu gan hanner colon.

## Cyfres o labordai: mae labordy'n dilyn un cynharach, a daw ei gamau gweithredu agored ymlaen.
series-heading = Cyfres
series-hint = Gall labordy ddilyn un cynharach: un labordy i bob cam caffael, neu ddychwelyd at yr un her. Mae dilyn labordy yn dod â'i gamau gweithredu agored ymlaen, pob un i'r her sydd â'r un teitl.
series-follows = Yn dilyn
series-follows-none = Dim labordy cynharach
series-save = Dilyn y labordy hwn
series-start-next = Dechrau'r labordy nesaf yn y gyfres hon
series-next-title = { $title }: y labordy nesaf
series-carried = { $carried ->
    [0] Dim camau gweithredu agored i'w dwyn ymlaen.
    [one] Daethpwyd ag un cam gweithredu agored ymlaen.
   *[other] Dygwyd { $carried } cam gweithredu agored ymlaen.
}
series-left-behind = Nid oes her yma o'r enw { $titles }, felly arhosodd ei chamau gweithredu agored ar ôl.
series-unlinked = Nid yw'r labordy hwn yn dilyn labordy cynharach bellach. Mae'r camau gweithredu a ddygwyd ymlaen yn aros.
series-started = Dechreuwyd { $title }, yn dilyn y labordy hwn.
series-agreed-last-time = Cytunwyd y tro diwethaf
series-agreed-last-time-hint = Camau gweithredu a ddygwyd ymlaen o'r labordy cynharach ar gyfer yr her hon. Nodwch beth ddaeth ohonynt o dan Camau gweithredu.
series-carried-badge = Cytunwyd y tro diwethaf
error-series_loop = Ni all labordy ddilyn ei hun, na labordy sy'n ei ddilyn.
report-carried = Camau gweithredu a ddygwyd ymlaen
report-carried-intro = Cytunwyd yn y labordy “{ $lab }”, dygwyd ymlaen i'r labordy hwn, a dyma beth ddaeth ohonynt.
report-carried-intro-dated = Cytunwyd yn y labordy “{ $lab }” ({ $date }), dygwyd ymlaen i'r labordy hwn, a dyma beth ddaeth ohonynt.
report-carried-intro-unknown = Cytunwyd yn y labordy cynharach yn y gyfres hon, dygwyd ymlaen i'r labordy hwn, a dyma beth ddaeth ohonynt.
report-section-carried = Camau gweithredu a ddygwyd ymlaen o'r labordy cynharach

## The language a note was said in.
capture-language = Iaith
capture-language-guess = Yn ôl y geiriau
