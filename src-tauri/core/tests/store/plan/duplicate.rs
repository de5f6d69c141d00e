use chrono::NaiveDate;
use designlab_core::{
    BreakoutGroupFields, ErrorCode, LabFields, Language, NewNote, NoteKind, ParticipantFields, RoleCount,
    SegmentFields, SegmentKind, Stage,
};

use crate::Fixture;

#[test]
fn a_duplicate_copies_the_plan_but_not_the_date_or_what_was_said() {
    let fixture = Fixture::open();
    let fields = LabFields {
        title: "October lab".into(),
        date: NaiveDate::from_ymd_opt(2024, 10, 15),
        start_time: Some("13:30".into()),
        end_time: Some("16:30".into()),
        topics: vec!["Public sector".into()],
        ..LabFields::default()
    };
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    let tender = fixture.challenge(&lab, "Tender questions", Stage::TenderAward);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    fixture.store.set_role_retired(roles[4].id, true).unwrap();
    let breakout = SegmentFields {
        kind: SegmentKind::Breakout,
        title: "Breakouts".into(),
        minutes: 60,
        notes: "One table per challenge.".into(),
        challenge_ids: vec![tender.id],
    };
    fixture.store.add_segment(lab.id, &breakout).unwrap();
    fixture
        .store
        .add_group(
            lab.id,
            &BreakoutGroupFields {
                name: "Group A".into(),
                location: "Table 2".into(),
                challenge_id: Some(tender.id),
                note_taker: "Sam".into(),
                role_counts: vec![RoleCount { role_id: roles[0].id, participants: 4 }],
            },
        )
        .unwrap();
    fixture
        .store
        .add_participant(
            lab.id,
            &ParticipantFields {
                name: "Aled".into(),
                organisation: String::new(),
                role_id: roles[0].id,
                consent_to_be_named: true,
            },
        )
        .unwrap();
    fixture
        .store
        .create_note(&NewNote {
            challenge_id: tender.id,
            group_id: None,
            role_id: roles[0].id,
            kind: NoteKind::Idea,
            stage: None,
            confidential: false,
            text: "Said in October".into(),
            goals: Vec::new(),
            language: None,
        })
        .unwrap();

    let copy = fixture.store.duplicate_lab(lab.id, "  November lab ").unwrap();
    assert_ne!(copy.id, lab.id);
    assert_eq!(copy.title, "November lab");
    assert_eq!(copy.date, None, "the next lab has its own date");
    assert_eq!((copy.start_time.as_deref(), copy.topics.clone()), (Some("13:30"), vec!["Public sector".to_string()]));

    let copied_roles = fixture.store.list_roles(copy.id).unwrap();
    assert_eq!(
        copied_roles.iter().map(|r| &r.name).collect::<Vec<_>>(),
        roles.iter().map(|r| &r.name).collect::<Vec<_>>()
    );
    assert!(copied_roles[4].retired);
    assert!(copied_roles.iter().all(|r| r.note_count == 0 && !roles.iter().any(|o| o.id == r.id)));

    let challenges = fixture.store.list_challenges(copy.id).unwrap();
    assert_eq!(challenges.len(), 1);
    assert_ne!(challenges[0].id, tender.id);
    assert!(fixture.store.list_notes(challenges[0].id).unwrap().is_empty(), "nothing said is copied");

    let agenda = fixture.store.agenda(copy.id).unwrap();
    assert_eq!(agenda.segments[0].challenge_ids, [challenges[0].id], "linked to the copy's challenge");
    assert_eq!(agenda.segments[0].notes, "One table per challenge.");
    assert_eq!(agenda.timing.slots[0].starts, "13:30");

    let groups = fixture.store.list_groups(copy.id).unwrap();
    assert_eq!((groups[0].name.as_str(), groups[0].location.as_str()), ("Group A", "Table 2"));
    assert_eq!(groups[0].challenge_id, Some(challenges[0].id));
    assert!(
        groups[0].note_taker.is_empty() && groups[0].role_counts.is_empty(),
        "who came is the day's, not the plan's"
    );
    assert!(fixture.store.list_participants(copy.id).unwrap().is_empty());

    assert_eq!(fixture.store.list_notes(tender.id).unwrap().len(), 1, "the original is untouched");
}

#[test]
fn duplicating_needs_a_title_and_a_lab() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Original");
    assert_eq!(fixture.store.duplicate_lab(lab.id, " ").unwrap_err().code(), ErrorCode::Empty);
    assert_eq!(
        fixture.store.duplicate_lab(designlab_core::LabId::generate(), "Copy").unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(fixture.store.list_labs().unwrap().len(), 1);
}

/// Every column of a lab reaches its duplicate, but for the few that make it a new lab: a
/// column added to `lab` and forgotten in `carried_columns!` fails here.
#[test]
fn a_duplicate_keeps_every_column_of_the_lab_but_its_identity() {
    let fixture = Fixture::open();
    let fields = LabFields {
        title: "Every field".into(),
        date: NaiveDate::from_ymd_opt(2024, 10, 15),
        start_time: Some("13:30".into()),
        end_time: Some("16:30".into()),
        venue: "Y Senedd".into(),
        address: "Cardiff Bay".into(),
        organisers: "Wales TUC".into(),
        author: "Connected by Data".into(),
        partner_projects: vec!["Worker voice".into()],
        topics: vec!["Public sector".into()],
        category: Some(designlab_core::Category::Speaking),
        description: "Disgrifiad.".into(),
        ground_rules: "Chatham House.".into(),
        languages: vec![Language::Cy, Language::En],
    };
    let lab = fixture.store.create_lab(&fields, Language::Cy).unwrap();
    let copy = fixture.store.duplicate_lab(lab.id, "The copy").unwrap();

    let db = rusqlite::Connection::open(&fixture.db_path).unwrap();
    let row = |id: designlab_core::LabId| -> Vec<(String, rusqlite::types::Value)> {
        let mut statement = db.prepare("SELECT * FROM lab WHERE id = ?1").unwrap();
        let names: Vec<String> = statement.column_names().into_iter().map(str::to_owned).collect();
        statement
            .query_row([id.to_string()], |row| {
                Ok(names.iter().enumerate().map(|(i, name)| (name.clone(), row.get(i).unwrap())).collect())
            })
            .unwrap()
    };
    let (original, duplicate) = (row(lab.id), row(copy.id));
    let identity = ["id", "title", "date", "created_at", "updated_at", "follows_lab_id"];
    let compared: Vec<&str> =
        original.iter().map(|(name, _)| name.as_str()).filter(|name| !identity.contains(name)).collect();
    assert!(compared.len() >= 11, "{compared:?}");
    for ((name, before), (_, after)) in original.iter().zip(&duplicate) {
        if !identity.contains(&name.as_str()) {
            assert_eq!(before, after, "duplicating a lab dropped its {name}");
            assert_ne!(*before, rusqlite::types::Value::Null, "the test lab leaves {name} empty");
        }
    }
}
