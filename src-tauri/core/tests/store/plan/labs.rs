use chrono::NaiveDate;
use designlab_core::{ErrorCode, Field, LabFields, Language};

use crate::Fixture;

fn cardiff() -> LabFields {
    LabFields {
        title: "  Worker voice in procurement  ".into(),
        date: NaiveDate::from_ymd_opt(2024, 10, 15),
        start_time: Some("13:30".into()),
        end_time: Some("16:30:00".into()),
        venue: "Transport House, 1 Cathedral Road, Cardiff".into(),
        description: "Design lab with the Wales TUC.".into(),
        ..LabFields::default()
    }
}

#[test]
fn a_lab_is_created_trimmed_and_read_back() {
    let fixture = Fixture::open();
    let lab = fixture.store.create_lab(&cardiff(), Language::En).unwrap();
    assert_eq!(lab.title, "Worker voice in procurement");
    assert_eq!(lab.end_time.as_deref(), Some("16:30"));
    assert_eq!(lab.id.to_string().parse::<uuid::Uuid>().unwrap().get_version_num(), 7);
    assert_eq!(fixture.store.get_lab(lab.id).unwrap(), lab);
    assert_eq!(fixture.store.list_labs().unwrap(), vec![lab]);
}

#[test]
fn a_new_lab_has_the_toolkit_roles_in_the_chosen_language() {
    let fixture = Fixture::open();
    let english = fixture.store.create_lab(&cardiff(), Language::En).unwrap();
    let welsh = fixture.store.create_lab(&cardiff(), Language::Cy).unwrap();
    let names = |id| fixture.store.list_roles(id).unwrap().into_iter().map(|r| r.name).collect::<Vec<_>>();
    assert_eq!(names(english.id).len(), 8);
    assert_eq!(names(english.id)[0], "Trade union representative");
    assert_eq!(names(welsh.id)[0], "Cynrychiolydd undeb llafur");
}

#[test]
fn labs_are_listed_latest_date_first_and_undated_last() {
    let fixture = Fixture::open();
    let mut fields = cardiff();
    fields.title = "Undated".into();
    fields.date = None;
    fixture.store.create_lab(&fields, Language::En).unwrap();
    fields.title = "Older".into();
    fields.date = NaiveDate::from_ymd_opt(2023, 5, 1);
    fixture.store.create_lab(&fields, Language::En).unwrap();
    fields.title = "Newer".into();
    fields.date = NaiveDate::from_ymd_opt(2025, 2, 1);
    fixture.store.create_lab(&fields, Language::En).unwrap();
    let titles: Vec<_> = fixture.store.list_labs().unwrap().into_iter().map(|l| l.fields.title).collect();
    assert_eq!(titles, ["Newer", "Older", "Undated"]);
}

#[test]
fn a_lab_is_renamed_and_its_details_replaced() {
    let fixture = Fixture::open();
    let lab = fixture.store.create_lab(&cardiff(), Language::En).unwrap();
    let mut fields = cardiff();
    fields.title = "Renamed".into();
    fields.venue = String::new();
    let updated = fixture.store.update_lab(lab.id, &fields).unwrap();
    assert_eq!(updated.title, "Renamed");
    assert_eq!(updated.venue, "");
    assert_eq!(updated.created_at, lab.created_at);
    assert!(updated.updated_at >= lab.updated_at);
    assert_eq!(fixture.store.get_lab(lab.id).unwrap(), updated);
}

#[test]
fn invalid_details_are_refused_with_the_field_named() {
    let fixture = Fixture::open();
    let mut fields = cardiff();
    fields.title = "   ".into();
    let error = fixture.store.create_lab(&fields, Language::En).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Title)));

    let mut fields = cardiff();
    fields.description = "é".repeat(10_001);
    let error = fixture.store.create_lab(&fields, Language::En).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::TooLong, Some(Field::Description)));

    let mut fields = cardiff();
    fields.start_time = Some("25:00".into());
    assert_eq!(fixture.store.create_lab(&fields, Language::En).unwrap_err().code(), ErrorCode::InvalidTime);
    assert!(fixture.store.list_labs().unwrap().is_empty(), "nothing was saved");
}

#[test]
fn exactly_ten_thousand_characters_of_description_are_accepted() {
    let fixture = Fixture::open();
    let mut fields = cardiff();
    fields.description = "ŵ".repeat(10_000);
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    assert_eq!(fixture.store.get_lab(lab.id).unwrap().description.chars().count(), 10_000);
}

#[test]
fn deleting_a_lab_removes_it_and_everything_in_it() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Doomed");
    let keep = fixture.lab("Kept");
    fixture.challenge(&lab, "A challenge", designlab_core::Stage::Oversight);
    fixture.store.delete_lab(lab.id).unwrap();
    assert_eq!(fixture.store.list_labs().unwrap(), vec![keep]);
    assert_eq!(fixture.store.list_roles(lab.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn unknown_lab_ids_are_not_found() {
    let fixture = Fixture::open();
    let nobody = designlab_core::LabId::generate();
    assert_eq!(fixture.store.get_lab(nobody).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(fixture.store.update_lab(nobody, &cardiff()).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(fixture.store.delete_lab(nobody).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn the_details_the_website_uses_are_kept() {
    let fixture = Fixture::open();
    let fields = LabFields {
        address: "1 Cathedral Road, Cardiff CF11 9SD".into(),
        organisers: "Wales TUC and Connected by Data".into(),
        author: "Adam".into(),
        partner_projects: vec![" TUC Cymru ".into(), "".into(), "Giving communities a powerful say".into()],
        topics: vec!["Public sector".into()],
        category: Some(designlab_core::Category::Organising),
        ground_rules: "Roles, never names.".into(),
        ..cardiff()
    };
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    assert_eq!(lab.partner_projects, ["TUC Cymru", "Giving communities a powerful say"], "trimmed, blanks dropped");
    assert_eq!(lab.topics, ["Public sector"]);
    assert_eq!(lab.category, Some(designlab_core::Category::Organising));
    assert_eq!(fixture.store.get_lab(lab.id).unwrap(), lab);

    let cleared = LabFields { partner_projects: Vec::new(), category: None, ..fields };
    let updated = fixture.store.update_lab(lab.id, &cleared).unwrap();
    assert!(updated.partner_projects.is_empty());
    assert_eq!(updated.category, None);
}

#[test]
fn overlong_lists_and_entries_are_refused() {
    let fixture = Fixture::open();
    let topics = LabFields { topics: (0..31).map(|n| format!("Topic {n}")).collect(), ..cardiff() };
    let error = fixture.store.create_lab(&topics, Language::En).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, Some(Field::Topics)));
    let project = LabFields { partner_projects: vec!["p".repeat(201)], ..cardiff() };
    let error = fixture.store.create_lab(&project, Language::En).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::TooLong, Some(Field::PartnerProjects)));
}

#[test]
fn a_new_lab_starts_with_ground_rules_in_the_chosen_language() {
    let fixture = Fixture::open();
    let english = fixture.store.new_lab_defaults(Language::En);
    let welsh = fixture.store.new_lab_defaults(Language::Cy);
    assert!(english.ground_rules.contains("never names"), "{}", english.ground_rules);
    assert!(welsh.ground_rules.contains("byth enwau"), "{}", welsh.ground_rules);
    assert_eq!(english.category, Some(designlab_core::Category::Organising));
    assert!(english.title.is_empty(), "the facilitator names the lab");
}

/// Issue 17: a lab records the languages its room used, each once, in the order given; they
/// reach the report's details in its language and carry over in a saved template.
#[test]
fn a_lab_records_the_languages_of_its_room_for_the_report_and_its_templates() {
    use designlab_core::export::ExportFormat;
    use designlab_core::templates::TemplateSource;
    let fixture = Fixture::open();
    let fields = LabFields { languages: vec![Language::Cy, Language::En, Language::Cy], ..cardiff() };
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    assert_eq!(lab.languages, [Language::Cy, Language::En]);
    assert_eq!(fixture.store.get_lab(lab.id).unwrap().languages, [Language::Cy, Language::En]);

    let markdown = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Md, Language::Cy).unwrap()).unwrap();
    assert!(markdown.contains("**Ieithoedd yn yr ystafell:** Cymraeg, English"), "{markdown}");
    let markdown = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Md, Language::En).unwrap()).unwrap();
    assert!(markdown.contains("**Languages in the room:** Cymraeg, English"), "{markdown}");

    let saved = fixture.store.save_lab_as_template(lab.id, "Bilingual labs", Language::En).unwrap();
    let from_template = fixture.store.create_lab_from_template(saved.source, "The next one", Language::En).unwrap();
    assert_eq!(from_template.languages, [Language::Cy, Language::En]);
    let builtin = fixture.store.create_lab_from_template(TemplateSource::Builtin, "Plain", Language::En).unwrap();
    assert!(builtin.languages.is_empty(), "not said: none assumed");

    let english_only =
        fixture.store.update_lab(lab.id, &LabFields { languages: vec![Language::En], ..fields }).unwrap();
    assert_eq!(english_only.languages, [Language::En]);
}

/// Issue 17: the Welsh Language Standards' question for invitations, naming the lab, in Welsh
/// and then English, whatever the app's language.
#[test]
fn the_invitation_asks_in_welsh_then_english_whether_people_wish_to_use_welsh() {
    let fixture = Fixture::open();
    let lab = fixture.store.create_lab(&cardiff(), Language::En).unwrap();
    let question = fixture.store.invitation_question(lab.id).unwrap();
    let languages: Vec<Language> = question.iter().map(|q| q.language).collect();
    assert_eq!(languages, [Language::Cy, Language::En], "Welsh first");
    assert!(question[0].text.starts_with("Hoffech chi ddefnyddio'r Gymraeg"), "{question:?}");
    assert!(question[1].text.starts_with("Would you like to use Welsh"), "{question:?}");
    for paragraph in question.iter().map(|q| q.text.as_str()) {
        assert!(paragraph.contains("“Worker voice in procurement”"), "named, trimmed: {paragraph}");
        assert!(!paragraph.contains('{'), "every placeable filled: {paragraph}");
    }
    assert_eq!(
        fixture.store.invitation_question(designlab_core::LabId::generate()).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

/// A room's languages as stored are read whatever they hold: a key this build does not know, or
/// an entry that is not a key (an archive from elsewhere), is skipped, so every lab still lists;
/// what is not a list at all is refused by the database.
#[test]
fn a_labs_stored_languages_are_read_leniently_and_checked_strictly() {
    let fixture = Fixture::open();
    let lab = fixture.store.create_lab(&cardiff(), Language::En).unwrap();
    let db = rusqlite::Connection::open(&fixture.db_path).unwrap();
    let set = |value: &str| db.execute("UPDATE lab SET languages = ?1 WHERE id = ?2", (value, lab.id.to_string()));
    set(r#"["xx", "cy", 7, {"a": 1}, "cy", "en"]"#).unwrap();
    assert_eq!(fixture.store.get_lab(lab.id).unwrap().languages, [Language::Cy, Language::En]);
    assert_eq!(fixture.store.list_labs().unwrap().len(), 1);
    for refused in ["\"cy\"", "{}", "not json"] {
        assert!(set(refused).is_err(), "{refused} is refused");
    }
}
