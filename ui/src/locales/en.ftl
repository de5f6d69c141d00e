# Design Lab interface, English.
# Stage names are the official ones of the toolkit "Worker voice in the procurement of digital
# and AI systems".

app-title = Design Lab
app-tagline = Participatory design labs, from the room to the report
skip-link = Skip to main content
language-label = Language
language-en = English
language-cy = Cymraeg
language-chosen = The app is in English now.

## Common actions

form-cancel = Cancel
form-required = required
action-delete = Delete
action-edit = Edit
action-save = Save
dialog-keep = Keep it

## Labs list

labs-heading = Design labs
labs-intro = Plan a lab, capture what each stakeholder role says, and keep it safe on this computer.
labs-empty = No labs yet. Create one to add challenges and start capturing input.
labs-new = New lab
labs-count = { $count ->
    [one] One lab
   *[other] { $count } labs
}
labs-open = Open { $title }
labs-rename = Rename
labs-rename-label = New title for “{ $title }”
labs-delete-title = Delete “{ $title }”?
labs-delete-body = This removes the lab with all its challenges and captured input.
labs-created = Lab “{ $title }” created.
labs-renamed = Lab renamed to “{ $title }”.
labs-deleted = Lab “{ $title }” deleted.
labs-undated = No date set
labs-duplicate = Duplicate
labs-copy-title = { $title } (copy)
labs-duplicated = Lab duplicated as “{ $title }”, with its roles, challenges, agenda and breakout groups, but none of its input.

## Lab form

lab-form-heading-new = New lab
lab-form-title = Title
lab-form-date = Date
lab-form-start = Starts
lab-form-end = Ends
lab-form-venue = Venue
lab-form-description = Description
lab-form-when-where = When and where
lab-form-website = For the website
lab-form-room = In the room
lab-form-address = Address
lab-form-organisers = Organisers
lab-form-author = Author of the write-up
lab-form-category = Category
lab-form-category-none = None
lab-form-partner-projects = Partner projects
lab-form-topics = Topics
lab-form-one-per-line = One per line.
lab-form-ground-rules = Ground rules
lab-languages = Languages in the room
lab-form-languages = Languages the room will use
lab-invitation-heading = Inviting people
lab-invitation-hint = The Welsh Language Standards ask that everyone invited to a meeting is asked whether they wish to use Welsh. Paste this into the invitation, in both languages.
lab-invitation-copy = Copy the question
lab-invitation-copied = The question is copied.
lab-invitation-selected = The question is selected: press Ctrl+C to copy it.
lab-invitation-question = Would you like to use Welsh at the design lab “{ $title }”? Please tell us when you reply, so that we can arrange simultaneous interpretation. You are welcome to take part in Welsh or in English.
category-organising = Organising
category-speaking = Speaking
category-attending = Attending
lab-form-create = Create lab
lab-form-save = Save details

## Lab page

lab-back = All labs
lab-details = Details
lab-edit = Edit details
lab-saved = Details saved.
lab-when = When
lab-where = Where
lab-about = About
lab-address = Address
lab-organisers = Organisers
lab-author = Author
lab-category = Category
lab-partner-projects = Partner projects
lab-topics = Topics
lab-ground-rules = Ground rules
lab-not-set = Not set
lab-time-range = { $start }–{ $end }

challenges-heading = Challenges
challenges-empty = No challenges yet. Add the first concrete problem this lab will work through.
challenge-add = Add challenge
challenge-form-heading-new = New challenge
challenge-form-heading-edit = Edit challenge
challenge-form-title = Challenge
challenge-form-stage = Main procurement stage
challenge-form-description = Description
challenge-form-save = Save challenge
challenge-form-prompts = Guiding prompts
challenge-prompts = Prompts for discussion
challenge-capture = Capture input
challenge-remove = Remove
challenge-remove-title = Remove “{ $title }”?
challenge-remove-body = The input captured on this challenge is removed with it.
challenge-added = Challenge “{ $title }” added.
challenge-saved = Challenge saved.
challenge-removed = Challenge “{ $title }” removed.

roles-heading = Stakeholder roles
roles-intro = Input is attributed to these roles, never to names.

## Roles

roles-add = Add role
roles-new-label = New role
roles-rename-label = New name for “{ $name }”
roles-move-up = Move “{ $name }” up
roles-move-down = Move “{ $name }” down
roles-moved = “{ $name }” is now { $position } of { $count }.
roles-retire = Retire
roles-restore = Bring back
roles-retired-badge = Retired
roles-uses = { $count ->
    [0] Not used yet
    [one] Used once
   *[other] Used { $count } times
}
roles-listed = { $count ->
    [one] 1 on the participant list
   *[other] { $count } on the participant list
}
roles-added = Role “{ $name }” added.
roles-renamed = Role renamed to “{ $name }”.
roles-retired = “{ $name }” retired: no longer offered for new input, kept on past input.
roles-restored = “{ $name }” is offered for input again.
roles-removed = Role “{ $name }” removed.

## Procurement stages

stage-planning = Planning
stage-tender_award = Tender & award
stage-development_customisation = Development and customisation
stage-deployment_contract_management = Deployment and contract management
stage-oversight = Oversight

## Kinds of input

kind-concern = Concern
kind-idea = Idea
kind-question = Question
kind-evidence = Evidence
kind-action = Action

## Agenda

agenda-heading = Agenda
agenda-empty = No segments yet. Build the session: welcome, talks, breakouts, report-back, next steps.
agenda-add = Add segment
agenda-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
agenda-total = { $total } of { $available } minutes planned.
agenda-total-open = { $total } minutes planned. Set an end time to check it fits.
agenda-overrun = Runs { $minutes } min past the end time.
agenda-early = Finishes { $minutes } min before the end time.
agenda-on-time = Fits exactly.
agenda-no-start = Set a start time in the lab's details to see clock times.
agenda-move-up = Move “{ $title }” up
agenda-move-down = Move “{ $title }” down
agenda-moved = “{ $title }” is now { $position } of { $count }.
agenda-added = Segment “{ $title }” added.
agenda-saved = Segment saved.
agenda-removed = Segment “{ $title }” removed.
agenda-remove-title = Remove “{ $title }” from the agenda?
agenda-remove-body = Its notes for the facilitator are removed with it.
segment-form-heading-new = New segment
segment-form-heading-edit = Edit segment
segment-form-kind = Kind
segment-form-title = Title
segment-form-minutes = Minutes
segment-form-notes = Prompt or notes for the facilitator
segment-form-challenges = Challenges it works on
segment-form-save = Save segment

## Kinds of agenda segment

segment-welcome = Welcome
segment-talk = Talk
segment-breakout = Breakout
segment-plenary = Plenary
segment-break = Break
segment-voting = Voting
segment-close = Close

## Capture

capture-back = Back to { $lab }
capture-form-heading = Capture input
capture-text = What was said
capture-text-hint = Enter saves. Shift+Enter starts a new line.
capture-role = Role
capture-kind = Kind
capture-stage = Stage
capture-save = Save input
capture-saved = Saved.
capture-chars-left = { $count ->
    [one] One character left
   *[other] { $count } characters left
}
capture-chars-over = { $count ->
    [one] One character over the limit
   *[other] { $count } characters over the limit
}
capture-list-heading = Captured input
capture-list-count = { $count ->
    [0] Nothing captured yet.
    [one] One input, newest first.
   *[other] { $count } inputs, newest first.
}
input-edit-label = Edit input
input-updated = Input updated.
input-deleted = Input deleted.
input-undo = Undo
input-undone = Undone.
input-history = { $count ->
    [one] History: 1 change
   *[other] History: { $count } changes
}
input-change-created = written
input-change-edited = edited
input-change-deleted = deleted
input-change-restored = brought back

## Errors: the UI picks one by the error's code

# $field is the key of the field concerned: title, venue, description, text or name.
error-empty = { $field ->
    [title] The title
    [venue] The venue
    [description] The description
    [name] The name
    [notes] The notes
    [minutes] The length
    [address] The address
    [organisers] The organisers
    [author] The author
    [partner_projects] A partner project
    [topics] A topic
    [ground_rules] The ground rules
    [prompts] A prompt
    [stages] The procurement stage
    [location] The table or room
    [note_taker] The note-taker's name
    [organisation] The organisation
    [participants] The number of participants
    [summary] The summary
    [budget] The budget
    [rating] The rating
   *[text] The text
} cannot be empty.
error-too_long = { $field ->
    [title] The title
    [venue] The venue
    [description] The description
    [name] The name
    [notes] The notes
    [minutes] The length
    [address] The address
    [organisers] The organisers
    [author] The author
    [partner_projects] A partner project
    [topics] A topic
    [ground_rules] The ground rules
    [prompts] A prompt
    [stages] The procurement stage
    [location] The table or room
    [note_taker] The note-taker's name
    [organisation] The organisation
    [participants] The number of participants
    [summary] The summary
    [budget] The budget
    [rating] The rating
   *[text] The text
} is too long. Shorten it and try again; nothing was lost.
error-not_found = This item no longer exists. It may have been deleted.
error-role_not_in_lab = That role does not belong to this lab. Choose one of the lab’s roles.
error-role_in_use = This role has input attributed to it, so it cannot be removed.
error-role_has_participants = Someone on the participant list has this role, so it cannot be removed. Change their role first.
error-challenge_not_in_lab = That challenge does not belong to this lab.
error-group_not_in_lab = That breakout group does not belong to this lab.
error-theme_not_in_challenge = That theme or note belongs to another challenge.
error-ambiguous_lab = Several labs have that name. Use the lab's id instead.
error-budget_below_given = That budget is smaller than the dots already given. Take some dots back first; nothing was changed.
error-over_budget = That is more dots than the group has left. Take dots back from something else first; nothing was changed.
error-out_of_range = { $field ->
    [minutes] A segment can last a day at most.
    [partner_projects] That is too many partner projects: 30 at most.
    [topics] That is too many topics: 30 at most.
    [prompts] That is too many prompts: 30 at most.
    [participants] A group can hold 1,000 people of one role at most.
    [budget] A budget can hold 1,000 dots at most.
    [rating] A rating must be from 1 to 5.
   *[other] That number is too large.
}
error-unknown_stage = That procurement stage is not one the toolkit knows.
error-invalid_time = Enter a time as hours and minutes, such as 13:30.
error-schema_too_new = This database was made by a newer version of Design Lab. Update the app to open it. Nothing was changed.
error-database_corrupt = The database file is damaged or is not a Design Lab database. Nothing was changed. Verified backups are in the “backups” folder beside it.
error-disk_full = The disk is full, so nothing was saved. Free some space and try again; your text is still here.
error-busy = Another program is using the database (another Design Lab, or its command line, in the middle of a long import), so nothing was saved. Wait for it to finish or close it, then try again; your text is still here.
error-storage = The database refused the change, so nothing was saved.
error-io = A file could not be read or written.
error-backup_failed = A backup could not be made.
error-invalid_file = This file cannot be used: there is a problem at “{ $location }”. Nothing was imported.
error-reader-said = The file reader said:
file-place-line = line { $line }, column { $column }
file-place-byte = byte { $byte }
error-invalid_csv = This spreadsheet cannot be imported. { $where }: { $problem } Nothing was imported.
csv-at-row = Row { $row }
csv-at-column = Row { $row }, column { $column }
csv-at-heading = Row { $row }, column “{ $heading }”
csv-problem-not_utf8 = the file is not saved as UTF-8 text, so its accents would be garbled. Save it from the spreadsheet as “CSV UTF-8”.
csv-problem-unreadable = the file cannot be read as CSV ({ $detail }).
csv-problem-heading_twice = “{ $heading }” is the same column as column { $first }.
csv-problem-unknown_heading = “{ $heading }” is not a heading Design Lab reads. Use “{ report-column-challenge }”, “{ report-column-role }”, “{ report-column-kind }”, “{ report-column-stage }”, “{ report-column-text }”, “{ report-column-tags }”, “{ report-column-goals }” or “{ report-column-group }”.
csv-problem-no_text_column = there is no “{ report-column-text }” column for the text of the notes.
csv-problem-no_role_column = there is no “{ report-column-role }” column. Every note needs a stakeholder role.
csv-problem-no_challenge_column = there is no “{ report-column-challenge }” column, and this lab has more than one challenge.
csv-problem-no_challenges = this lab has no challenges yet. Add one first.
csv-problem-too_many_cells = this row has { $cells } cells, but there are only { $headings } headings.
csv-problem-missing = { $what ->
    [challenge] this row has no challenge. Every note needs one.
    [role] this row has no stakeholder role. Every note needs one.
   *[group] this row has no breakout group.
}
csv-problem-no_such = { $what ->
    [challenge] this lab has no challenge called “{ $name }”.
    [role] this lab has no stakeholder role called “{ $name }”.
   *[group] this lab has no breakout group called “{ $name }”.
}
csv-problem-several_called = { $what ->
    [challenge] this lab has more than one challenge called “{ $name }”. Rename one first.
    [role] this lab has more than one stakeholder role called “{ $name }”. Rename one first.
   *[group] this lab has more than one breakout group called “{ $name }”. Rename one first.
}
csv-problem-role_retired = “{ $name }” is retired, so it takes no new notes.
csv-problem-not_a_kind = “{ $name }” is not a kind of note. Use “{ kind-idea }”, “{ kind-concern }”, “{ kind-question }”, “{ kind-evidence }” or “{ kind-action }”.
csv-problem-not_a_stage = “{ $name }” is not a procurement stage. Use “{ stage-planning }”, “{ stage-tender_award }”, “{ stage-development_customisation }”, “{ stage-deployment_contract_management }” or “{ stage-oversight }”.
csv-problem-text_empty = the note has no text.
csv-problem-text_too_long = the note is { $length } characters long; the limit is { $max }.
error-not_a_template = This file is not a Design Lab template. Nothing was imported.
error-template_too_new = This template was made by a newer version of Design Lab. Update the app to import it. Nothing was imported.
error-not_an_archive = This file is not a Design Lab archive. Nothing was imported.
error-archive_too_new = This archive was made by a newer version of Design Lab. Update the app to import it. Nothing was imported.
error-file_too_large = This file is too large to import. Nothing was imported.
error-agenda_empty = The agenda has no segments, so there is nothing to run yet.
error-run_not_started = The lab has not been started yet.
error-window = The projector window could not be opened.
error-unauthorized = This device is not joined to the lab, or the lab was closed and opened again.
error-wrong_code = That code is not right. Check the PIN on the facilitator’s screen, or scan the QR code again.
error-revoked = The facilitator removed this device from the lab. The notes it sent are kept.
error-not_yours = Another device took this note, so only that device can change it.
error-locked_out = Too many wrong codes from this device. Wait a minute, then try again.
error-too_large = That is too much to send at once. Shorten the note and try again.
error-bad_host = The laptop refused this address. Open the page from the QR code or the address on the facilitator’s screen.
error-bad_request = The laptop could not read what this page sent. Reload the page and try again.
error-unexpected = Something unexpected went wrong: { $detail }
error-cannot-open = Design Lab cannot open its database

## Challenges on several stages, and the toolkit's prompts

challenge-form-stage-hint = Notes take this stage unless the note-taker picks another.
challenge-form-other-stages = Other stages it concerns
challenge-stages = Procurement stages
challenge-guide-heading = The toolkit on { $stage }
challenge-guide-add = { $count ->
    [one] Add this prompt
   *[other] Add these { $count } prompts
}
challenge-guide-added = { $count ->
    [0] No prompts added: they are all there already.
    [one] One prompt for { $stage } added.
   *[other] { $count } prompts for { $stage } added.
}
challenge-guide-all-added = Its prompts are all in this challenge.
challenge-guide-approaches = Ways to involve workers at this stage
challenge-guide-credit = Stage guidance is written in our own words after the toolkit “Worker voice in public sector procurement of digital and AI systems in Wales” (Connected by Data and Wales TUC).

## Agenda: undo and drag

agenda-undo = Undo
agenda-redo = Redo
agenda-undo-hint = Undo the last change to the agenda (Ctrl+Z)
agenda-redo-hint = Redo the change just undone (Ctrl+Shift+Z)
agenda-undone = Agenda change undone.
agenda-redone = Agenda change redone.
agenda-drag-hint = Drag to move; or use the arrow buttons

## Breakout groups

groups-heading = Breakout groups
groups-add = Add group
groups-empty = No breakout groups yet. Add one per table, with the challenge it takes.
groups-added = Group “{ $name }” added.
groups-saved = Group “{ $name }” saved.
groups-removed = Group “{ $name }” removed.
groups-remove-title = Remove group “{ $name }”?
groups-remove-body = The group's plan is removed, with its votes, dot budgets and any half-typed note. Notes already captured are kept, without a group.
groups-note-taker = Note-taker: { $name }
groups-people = { $count ->
    [0] No participants counted yet
    [one] 1 participant
   *[other] { $count } participants
}
group-form-heading-new = New breakout group
group-form-heading-edit = Edit breakout group
group-form-name = Group name
group-form-location = Table or room
group-form-challenge = Challenge
group-form-no-challenge = No challenge chosen yet
group-form-note-taker = Note-taker's first name
group-form-note-taker-hint = Optional. Only a first name is needed.
group-form-counts = Participants by role
group-form-counts-hint = How many people of each role sit in this group. Numbers only; no names.
group-form-save = Save group

## Participants

participants-heading = Participants
participants-add = Add participants
participants-hint = Optional. Only people who agree are named in the report; everyone else appears by role alone.
participants-form-heading-new = Add a participant
participants-form-heading-edit = Edit participant
participants-name = Name
participants-organisation = Organisation
participants-role = Role
participants-consent = Agrees to be named in the report
participants-done = Done
participants-save = Save participant
participants-in-report = In the report
participants-actions = Actions
participants-shown-named = Named, with organisation
participants-shown-role = As “{ $role }” only
participants-empty = No participants listed.
participants-added = { $name } added.
participants-saved = { $name } saved.
participants-removed = { $name } removed from the list.
participants-remove-title = Remove { $name } from the list?
participants-remove-body = Their name and organisation are deleted from this lab.

## Templates

templates-heading = Templates
templates-intro = A template is a lab's plan without anything said in it: details, roles, challenges with their prompts, and the agenda.
templates-import = Import template…
templates-builtin = Built in
templates-contents = { $challenges ->
    [one] 1 challenge
   *[other] { $challenges } challenges
}, { $segments ->
    [one] 1 agenda segment
   *[other] { $segments } agenda segments
}
templates-length = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
templates-start = Start a lab from this
templates-start-title = Title of the new lab
templates-start-create = Create lab
templates-export = Export…
templates-export-title = Export “{ $name }”
templates-file-kind = Design Lab template
templates-exported = Template “{ $name }” saved to { $path }.
templates-imported = Template “{ $name }” imported.
templates-delete = Delete
templates-deleted = Template “{ $name }” deleted.
templates-delete-title = Delete the template “{ $name }”?
templates-delete-body = Labs already started from it are not affected.
template-save-heading = Save as a template
template-save-intro = Keep this lab's plan (details, roles, challenges, prompts and agenda, but nothing that was said) to start future labs from.
template-name = Template name
template-save = Save as template
template-saved = Saved as the template “{ $name }”.

lab-contents = On this page
labs-sample-added = A sample lab, “{ $title }”, is ready to explore. Delete it whenever you like.

## Running the lab

lab-run = Run the lab
run-back = Back to the plan
run-heading = Running “{ $title }”
run-not-started = The lab has not started yet
run-not-started-hint = { $count ->
    [0] Add segments to the agenda first.
    [one] Its one segment is ready. The clock starts when you press Start.
   *[other] Its { $count } segments are ready. The clock starts when you press Start.
}
run-start = Start the lab
run-started = The lab has started.
run-now = Now
run-status-paused = Paused
run-finished = The lab has finished
run-timer-label = Time left in this segment
run-left = left
run-over = over
run-overrun = “{ $title }” has run over its time. The rest of the agenda has moved.
run-segment-removed = This segment was removed from the agenda
run-segment-removed-hint = Press → or “Next segment” to go on to the first segment not yet done.
run-time-up = Time is up for “{ $title }”.
run-challenges = Challenges in this segment
run-controls = Run controls
run-pause = Pause
run-resume = Resume
run-key-space = Space
run-paused = Paused.
run-resumed = Running again.
run-extend = +{ $minutes } min
run-extended = { $minutes ->
    [one] One more minute for this segment.
   *[other] { $minutes } more minutes for this segment.
}
run-previous = Back
run-next = Next segment
run-end = End the lab
run-moved-on = Moved on.
run-moved-back = Went back one segment.
run-restart = Start again
run-restart-title = Start the lab again from the first segment?
run-restart-body = The times recorded so far are forgotten. Notes are kept.
run-outlook = What comes next
run-up-next = Next: { $title } at { $time }
run-ended-at = The lab ended at { $time }:
run-projected-end = At this rate the lab ends at { $time }:
run-projected-late = { $minutes } min after the planned { $planned }.
run-projected-early = { $minutes } min early.
run-projected-on-time = on time.
run-agenda = The agenda today
run-took = Took { $minutes } of { $planned } min
run-phase-current = Now
run-projector = Projector
run-projector-hint = A second window for the room: the segment, its challenge and the timer in large type. Put it on the other screen and press F for full screen. Hiding it does not stop the timer.
run-projector-show = Show on projector
run-projector-hide = Hide projector
run-projector-shown = Projector window shown.
run-projector-hidden = Projector window hidden; the timer goes on.
run-sound = Sound a signal when time is up
run-keys-hint = Keys: Space pauses and resumes, 1 and 5 add minutes, → moves on, ← goes back, P shows the projector.
projector-window-title = { $title } – projector
projector-title = Design Lab projector
projector-waiting = Waiting for the lab to start…
projector-finished = Thank you
projector-time-up = Time is up

## Capture: short keys, tags, confidential

capture-confidential = Confidential: keep this note out of every export
capture-confidential-badge = Confidential
capture-keys-hint = Keys that keep you typing: Alt+1–9 role, Alt+C, I, Q, E or A kind, Alt+Shift+1–5 stage, Alt+X confidential, Alt+W then Alt+1–7 well-being goal, Alt+Z undo. Type #words to tag a note.
capture-key-role = Role: { $role }
capture-key-kind = Kind: { $kind }
capture-key-stage = Stage: { $stage }
capture-key-confidential-on = This note will be confidential.
capture-key-confidential-off = This note will not be confidential.

## Finding notes

lab-notes = All notes
notes-back = Back to { $lab }
notes-heading = Notes of “{ $title }”
notes-filters = Find notes
notes-text = Words
notes-challenge = Challenge
notes-tag = Tag
notes-any = Any
notes-count = { $count ->
    [0] No notes match.
    [one] One note matches.
   *[other] { $count } notes match.
}
notes-list = Notes found
notes-keys-hint = In the list: ↑ and ↓ move, Page Up and Page Down jump, Home and End go to the ends, Enter opens the note's challenge.

## Capture per group

notes-group = Group
capture-groups = Capturing for
capture-whole-room = Whole room
capture-groups-key = Alt+G: next group
capture-for-group = Group: { $group }
groups-capture = Capture for this group

## Themes, prioritising and actions

challenge-synthesis = Themes and votes
synthesis-heading = Themes and priorities: { $title }
synthesis-challenge = Challenge
synthesis-open = Open
themes-heading = Themes
themes-hint = Drag a note by its ⠿ grip onto a theme, or choose its theme in the list under it. Everything is saved as you go.
themes-add = Add theme
themes-title = Theme title
themes-summary = Summary
themes-none = Not in a theme
themes-no-notes = No notes on this challenge yet.
themes-drop-here = Drop notes here, or choose this theme under a note.
themes-drag-hint = Drag onto a theme
themes-move-label = Theme of the note “{ $note }”
themes-added = Theme “{ $title }” added.
themes-saved = Theme “{ $title }” saved.
themes-removed = Theme “{ $title }” removed. Its notes are no longer in a theme.
themes-moved = Moved to “{ $title }”.
themes-moved-out = Taken out of its theme.
themes-remove-title = Remove the theme “{ $title }”?
themes-remove-body = Its notes are kept, but no longer in a theme. Votes given to the theme are removed with it.
themes-suggest-heading = Suggested themes
themes-suggest-hint = Groups the notes not yet in a theme by the words they share, on this laptop. Nothing changes until you accept a suggestion.
themes-suggest = Suggest themes
themes-suggest-again = Suggest again
themes-suggest-none = No suggestions: no notes outside a theme share enough words.
themes-suggest-count = { $count ->
    [one] One suggestion.
   *[other] { $count } suggestions.
}
themes-suggestion-label = Suggestion { $number }
themes-suggestion-name = Theme name
themes-suggestion-why = Shared words:
themes-suggestion-word = { $word } ({ $notes })
themes-suggestion-notes = Notes in this suggestion ({ $chosen } of { $count } ticked)
themes-suggestion-add = Add a note not in a theme
themes-suggestion-add-none = Choose a note…
themes-suggestion-accept = Accept as theme
themes-suggestion-dismiss = Dismiss
themes-suggestion-accepted = Theme “{ $title }” made with { $count ->
    [one] one note
   *[other] { $count } notes
}.
themes-suggestion-dismissed = Suggestion dismissed.

voting-heading = Prioritise
voting-method = How the room prioritises
voting-dots = Dot voting
voting-rating = Rating from 1 to 5
voting-method-dots = Dot voting: each group has a budget of dots.
voting-method-rating = Rating: each group rates each theme or note from 1 to 5.
voting-dots-hint = Each group spreads its dots over the themes and notes it cares about most. Set a group's budget under its name: it starts at three dots per person.
voting-rating-hint = Each group rates each theme or note from 1 (least) to 5 (most). Results are ranked by the average rating.
voting-nothing = Add themes or capture notes first: there is nothing to vote on yet.
voting-table = Votes by group
voting-choice = Theme or note
voting-theme = Theme
voting-budget = Budget
voting-budget-label = Dot budget for { $voter }
voting-left = { $count ->
    [one] 1 dot left
   *[other] { $count } dots left
}
voting-cell-label = { $voter }: “{ $choice }”
voting-results = Results
voting-no-results = No votes yet.
voting-rank = Rank { $rank }
voting-result-dots = { $count ->
    [one] 1 dot
   *[other] { $count } dots
} from { $voters ->
    [one] 1 group
   *[other] { $voters } groups
}
voting-result-dots-room = { $count ->
    [one] 1 dot
   *[other] { $count } dots
}
voting-result-rating-room = Average { $mean }
voting-result-rating = Average { $mean } from { $voters ->
    [one] 1 rating
   *[other] { $voters } ratings
}

actions-heading = Actions
actions-add = Add action
actions-edit = Edit action
actions-text = What will be done
actions-owner = Owner (role)
actions-no-owner = No owner yet
actions-due = Due date
actions-theme = From theme
actions-no-theme = No theme
actions-empty = No actions agreed yet.
actions-added = Action added.
actions-saved = Action saved.
actions-removed = Action removed.
actions-remove-title = Remove this action?
actions-owned-by = Owner: { $role }
actions-due-on = Due { $date }
actions-from-theme = From theme “{ $theme }”
actions-status = What became of it
actions-status-open = Open
actions-status-done = Done
actions-status-dropped = Dropped
actions-status-note = Note on its status
actions-status-save = Save status
actions-status-saved = Status saved: { $status }.
actions-status-done-on = Done, { $date }
actions-status-dropped-on = Dropped, { $date }

## Reports (the exported files)

report-contents = Contents
report-numbers = The lab in numbers
report-people-by-role = People in the room, by role
report-notes-by-challenge = Notes by challenge
report-notes-by-stage = Notes by procurement stage
report-notes-by-kind = Notes by kind
report-notes-by-role = Notes by role
report-column-role = Role
report-column-people = People
report-column-notes = Notes
report-column-challenge = Challenge
report-column-stage = Stage
report-column-kind = Kind
report-column-text = Note
report-column-tags = Tags
report-column-group = Group
report-column-theme = Theme
report-column-dots = Dots
report-named = Participants who agreed to be named
report-agenda = The agenda
report-agenda-segment = Segment
report-agenda-planned = Planned
report-agenda-actual = On the day
report-agenda-minutes = { $minutes } min
report-agenda-not-run = The lab was not run in the app, so only the planned times are known.
report-prompts = Prompts
report-themes = Themes
report-priorities-dots = Priorities: dot voting
report-priorities-rating = Priorities: rating from 1 to 5
report-actions = Actions
report-appendix = Appendix: every note
report-note-by = { $role }, { $kind }
# A date in one form everywhere, in the app and in reports: "Tuesday 15 October 2024".
date-long = { $weekday } { $day } { $month } { $year }
# A moment: the date, then the clock time on the 24-hour clock, to the second.
date-time = { $date } at { $time }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Report and exports (the lab page)

report-heading = Report and exports
report-hint = The report says who said what by role only, names only those who agreed to be named, and leaves out confidential and deleted notes.
report-summary = Summary for the report
report-summary-hint = A few sentences for the top of the write-up. Left empty, the lab's description is used.
report-sections = Sections to include
report-section-numbers = The lab in numbers
report-section-agenda = The agenda, planned and as run
report-section-challenges = Challenges: themes, priorities and actions
report-section-appendix = Appendix with every note
report-language = Language of the report
report-language-both = Both, Welsh and English
report-bilingual-first = First language
report-bilingual-layout = Bilingual layout
report-side-by-side = Side by side
report-one-after-other = One after the other
report-bilingual-hint = Welsh public bodies publish Welsh first. Markdown always has one language after the other. What people typed is never translated.
report-save = Save report settings
report-setup-saved = Report settings saved.
report-export-html = Export as a web page…
report-export-title-html = Export the report as a web page
report-file-kind-html = Web page
report-preview = Preview
report-preview-hint = The report as it will read, with the settings above once saved. Confidential and deleted notes are not in it.
report-export-docx = Export as a Word document…
report-export-title-docx = Export the report as a Word document
report-file-kind-docx = Word document
report-export-md = Export Markdown for the website…
report-export-csv = Export notes as CSV…
report-export-title-md = Export the report as Markdown
report-export-title-csv = Export the notes as CSV
report-file-kind-md = Markdown
report-file-kind-csv = CSV spreadsheet
report-export-pdf = Export as PDF…
report-export-title-pdf = Export the report as a PDF
report-file-kind-pdf = PDF document
report-export-qdpx = Export for qualitative research tools (REFI-QDA)…
report-export-title-qdpx = Export the lab as a REFI-QDA project
report-file-kind-qdpx = REFI-QDA project
qdpx-themes = Themes
qdpx-tags = Tags
report-export-json = Export the lab archive…
report-export-title-json = Export the lab archive
report-file-kind-json = Design Lab archive
archive-heading = Archive and import
archive-hint = The archive holds the whole lab, confidential notes included, so that Design Lab on another laptop can merge it into its copy of this lab. Share it only with the lab's team.
archive-merge = Merge an archive into this lab…
archive-merge-title = Merge a lab archive into this lab
notes-import = Import notes from a spreadsheet (CSV)…
notes-import-title = Import notes from a CSV file
notes-import-hint = Columns are matched by their headings: challenge, role, kind, stage, note, tags, group. Every row is checked first; if one is wrong, nothing is imported and the message says which.
import-done = Imported into “{ $title }”. New notes: { $notes }. Items added: { $added }, updated: { $updated }, already here: { $unchanged }.
labs-import = Import a lab archive…
labs-import-title = Import a lab archive
report-exported = Exported to { $path }

## Capture from devices (facilitator)

hub-heading = Capture from devices
hub-intro = Note-takers capture on their own phones or laptops, in a browser, over this network: nothing to install, and nothing goes over the internet. Their notes appear here as they are saved.
hub-security = Anyone on this network who is shown the code or the PIN can join until you stop. Notes travel over the network unencrypted, so use a network you trust, or this laptop's own hotspot.
hub-address = Network to capture on
hub-address-option = { $interface }: { $address }
hub-address-hint = The address the devices will use. The first is the likeliest; choose another if this laptop is on more than one network.
hub-no-address = This laptop is not on a network. Connect it to the venue's Wi-Fi or to a hotspot, then look again.
hub-look-again = Look again
hub-addresses-found = { $count ->
    [0] No network address found.
    [one] One network address found.
   *[other] { $count } network addresses found.
}
hub-open = Start capture from devices
hub-opened = Capture from devices started. Address { $address }, PIN { $pin }.
hub-close = Stop capture from devices
hub-closed = Capture from devices stopped. Devices that joined stay joined for next time.
hub-other-lab = Another lab is capturing from devices. Stop it to capture for this lab.
hub-join-heading = Join from a phone or laptop
hub-join-how = Scan the code with a phone's camera, or open the address in a browser and type the PIN.
hub-qr-label = QR code to join: { $address }
hub-address-label = Address
hub-pin-label = PIN
hub-projector = Show the code on the projector
hub-projector-shown = The code is on the projector.
hub-projector-hidden = The code is no longer on the projector.
hub-projector-heading = Take notes on your phone
hub-projector-how = Scan the code, or open the address in a browser and type the PIN.
hub-devices-heading = Devices
hub-devices-empty = No device has joined yet.
hub-device-name = Device
hub-device-group = Group
hub-device-notes = Notes received
hub-device-seen = Last seen
hub-device-state = State
hub-device-no-group = Whole room
hub-device-active = Joined
hub-device-revoked = Revoked
hub-revoke = Revoke
hub-revoke-title = Revoke “{ $name }”?
hub-revoke-body = This device can no longer send notes or see the lab: its next request is refused. The notes it has sent stay in the lab.
hub-revoked = “{ $name }” revoked. Its notes stay in the lab.
hub-seen-now = just now
hub-seen-minutes = { $count } min ago
hub-seen-hours = { $count ->
    [one] 1 hour ago
   *[other] { $count } hours ago
}
hub-seen-days = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}
error-address_in_use = Another program is already using that address and port, so capture from devices could not start. Try again, or choose another network.
error-hub = Capture from devices could not start on that address. Check that this laptop is still on that network, then try again.
error-not_a_file = “{ $path }” is a folder or a device, not a file. Choose a file; nothing was read or written.
error-no_such_folder = There is no folder “{ $path }”, so nothing was saved. Choose another place.
error-would_overwrite_database = “{ $path }” is Design Lab’s own database or one of its backups. Choose another name or place; nothing was written.
error-read_only = The database is in a place that can only be read, so nothing can be changed. Lists and exports still work.

## Device capture page
# The page the device hub serves to note-takers' phones and laptops (ui/capture.html).

device-loading = Opening the lab…
device-unreachable = Cannot reach the facilitator’s laptop. Your notes are kept on this device and sent as soon as it answers.
device-retry = Try again now
device-join-heading = Join the lab
device-join-intro-link = Give this device a name, so that the facilitator can tell it apart, and choose your language.
device-join-intro-pin = Type the 6-digit PIN shown on the facilitator’s screen, give this device a name and choose your language.
device-pin = PIN
device-pin-hint = 6 digits, shown beside the QR code.
device-name = Name for this device
device-name-hint = For example “Group 2 phone”. The facilitator sees it in their list of devices.
device-language = Language
device-join = Join
device-join-again = Join again to go on capturing.
device-join-waiting = { $count ->
    [one] One note is waiting on this device. It is sent once the device has joined again.
   *[other] { $count } notes are waiting on this device. They are sent once the device has joined again.
}
device-waiting-here = { $count ->
    [one] One note is waiting on this device. It is sent as soon as the laptop answers.
   *[other] { $count } notes are waiting on this device. They are sent as soon as the laptop answers.
}
device-joined = Joined “{ $lab }”.
device-group-heading = Your breakout group
device-group-intro = Choose the group you are taking notes for. You will see that group’s notes, and yours go to it.
device-group = Breakout group
device-group-hint = You can change it later.
device-group-save = Start capturing
device-settings-open = Group and language
device-settings-heading = This device
device-settings-save = Save
device-settings-saved = Saved.
device-challenge = Challenge
device-no-challenges = This lab has no challenges yet, so there is nothing to take notes on. Ask the facilitator.
device-segment-left = { $minutes ->
    [one] 1 min left
   *[other] { $minutes } min left
}
device-segment-over = { $minutes ->
    [0] time is up
    [one] 1 min over
   *[other] { $minutes } min over
}
device-outbox-heading = Sending to the laptop
device-outbox-count = { $count ->
    [one] 1 note waiting to send
   *[other] { $count } notes waiting to send
}
device-refused-count = { $count ->
    [one] The laptop refused 1 note. It says why below: change the note, or discard the change.
   *[other] The laptop refused { $count } notes. Each says why below: change the note, or discard the change.
}
device-note-kept = Kept on this device.
device-note-saved = Saved on the laptop
device-note-waiting = Waiting to send
device-note-refused = Refused by the laptop
device-discard = Discard this change
device-delete-title = Delete this note?
device-delete-body = It is deleted from the lab. A deletion cannot be undone from this device.

## About Design Lab, its backups, and recovering a damaged database

about-open = About
about-title = About Design Lab
about-version = Version { $version }
about-licence = Free software under the { $licence } licence: you may share and change it.
about-database = Database
about-backups-folder = Backups folder
about-open-folder = Open the data folder
about-read-only = This database is open read-only, because its folder cannot be written. Labs can be read and exported, not changed.
about-close = Close
backups-heading = Backups
backups-intro = Design Lab keeps a checked copy of everything moments after it opens, then every five minutes while anything changes, and keeps the latest { $keep }.
backups-none = No backups yet.
backups-taken = { $time } ({ $ago })
backups-restore = Restore
backups-restore-label = Restore the backup from { $time }
backups-restore-title = Restore the backup from { $time }?
backups-restore-body = What Design Lab holds now is kept first as a new backup, so you can come back to it. Anything saved after { $time } will not be in what is restored.
backups-restoring = Restoring…
backups-restored = Restored the backup from { $time }: { backups-holds }. What it replaced is kept as { $kept }.
backups-holds = { $labs ->
    [one] 1 lab
   *[other] { $labs } labs
} and { $notes ->
    [one] 1 note
   *[other] { $notes } notes
}
recovery-title = Design Lab's database is damaged
recovery-body = Its file could not be read as it should be. Design Lab can set the damaged file aside (it is kept, never deleted) and restore the latest backup that passes its check.
recovery-backup = Latest sound backup: { $time } ({ $ago }), holding { backups-holds }.
recovery-missing = Anything saved after { $time } may be missing.
recovery-restore = Set the damaged file aside and restore this backup
recovery-none = No backup passes its check. The damaged file is { $path }: keep it, and ask for help before deleting anything.
recovery-restored = Restored the backup from { $time }. The damaged file is kept as { $kept }.

## The Well-being of Future Generations (Wales) Act 2015's goals (s.4, Table 1) and ways of
## working (s.5(2), named as the statutory guidance names them), and the duties of the Social
## Partnership and Public Procurement (Wales) Act 2023 (ss.16, 20, 24), by their official names.
goal-family-wellbeing_goal = The well-being goals
goal-family-way_of_working = The five ways of working
goal-family-procurement_duty = Social partnership and procurement duties
goal-prosperous = A prosperous Wales
goal-resilient = A resilient Wales
goal-healthier = A healthier Wales
goal-more_equal = A more equal Wales
goal-cohesive_communities = A Wales of cohesive communities
goal-vibrant_culture = A Wales of vibrant culture and thriving Welsh language
goal-globally_responsible = A globally responsible Wales
goal-long_term = Long term
goal-integration = Integration
goal-involvement = Involvement
goal-collaboration = Collaboration
goal-prevention = Prevention
goal-social_partnership = Social partnership duty
goal-fair_work = Fair work
goal-socially_responsible_procurement = Socially responsible procurement duty
goals-button = Well-being goals
goals-button-count = Well-being goals ({ $count })
goals-picker = Well-being goals, ways of working and duties
goals-saved = Goals saved.
capture-key-goal-on = Well-being goal: { $goal }
capture-key-goal-off = No longer tagged: { $goal }
goals-capture-armed = Well-being goal: Alt+1–7, or Escape.
report-goals = How this lab speaks to the well-being goals
report-goals-intro = What the notes, themes and actions were tagged with: the well-being goals and ways of working of the Well-being of Future Generations (Wales) Act 2015, and the duties of the Social Partnership and Public Procurement (Wales) Act 2023.
report-goal-notes = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
report-goal-themes = { $count ->
    [one] 1 theme
   *[other] { $count } themes
}
report-goal-actions = { $count ->
    [one] 1 action
   *[other] { $count } actions
}
report-goal-theme = Theme: { $theme }
report-goal-action = Action: { $action }
report-section-goals = How the lab speaks to the well-being goals
report-column-goals = Well-being goals
csv-problem-not_a_goal = “{ $name }” is not a well-being goal, way of working or procurement duty. Use their names as the report writes them, such as “{ goal-fair_work }”, separated by semicolons.

## A series of labs: a lab follows an earlier one, whose open actions come forward.
series-heading = Series
series-hint = A lab can follow an earlier one: one lab per procurement stage, or the same challenge revisited. Following a lab brings its open actions forward, each into the challenge of the same title.
series-follows = Follows
series-follows-none = No earlier lab
series-save = Follow this lab
series-start-next = Start the next lab in this series
series-next-title = { $title }: next lab
series-carried = { $carried ->
    [0] No open actions to bring forward.
    [one] One open action brought forward.
   *[other] { $carried } open actions brought forward.
}
series-left-behind = No challenge here is called { $titles }, so its open actions stayed behind.
series-unlinked = This lab follows no earlier lab now. The actions brought forward stay.
series-started = { $title } started, following this lab.
series-agreed-last-time = Agreed last time
series-agreed-last-time-hint = Actions brought forward from the earlier lab for this challenge. Mark what became of them under Actions.
series-carried-badge = Agreed last time
error-series_loop = A lab cannot follow itself, nor a lab that follows it.
report-carried = Actions carried forward
report-carried-intro = Agreed at { $lab }, brought forward to this lab, and what became of them.
report-carried-intro-dated = Agreed at { $lab } ({ $date }), brought forward to this lab, and what became of them.
report-carried-intro-unknown = Agreed at the earlier lab in this series, brought forward to this lab, and what became of them.
report-section-carried = Actions carried forward from the earlier lab

## The language a note was said in.
capture-language = Said in
capture-language-guess = Tell from the words
