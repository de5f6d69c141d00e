use chrono::NaiveDate;
use designlab_core::{
    BreakoutGroupFields, ErrorCode, InputKind, LabFields, Language, NewInput, ParticipantFields, RoleCount,
    SegmentFields, SegmentKind, Stage,
};
use uuid::Uuid;

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
        .create_input(&NewInput {
            challenge_id: tender.id,
            group_id: None,
            role_id: roles[0].id,
            kind: InputKind::Idea,
            stage: None,
            confidential: false,
            text: "Said in October".into(),
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
    assert!(copied_roles.iter().all(|r| r.input_count == 0 && !roles.iter().any(|o| o.id == r.id)));

    let challenges = fixture.store.list_challenges(copy.id).unwrap();
    assert_eq!(challenges.len(), 1);
    assert_ne!(challenges[0].id, tender.id);
    assert!(fixture.store.list_inputs(challenges[0].id).unwrap().is_empty(), "nothing said is copied");

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

    assert_eq!(fixture.store.list_inputs(tender.id).unwrap().len(), 1, "the original is untouched");
}

#[test]
fn duplicating_needs_a_title_and_a_lab() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Original");
    assert_eq!(fixture.store.duplicate_lab(lab.id, " ").unwrap_err().code(), ErrorCode::Empty);
    assert_eq!(fixture.store.duplicate_lab(Uuid::now_v7(), "Copy").unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(fixture.store.list_labs().unwrap().len(), 1);
}
