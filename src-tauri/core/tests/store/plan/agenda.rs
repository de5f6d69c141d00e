use designlab_core::{ErrorCode, Field, LabFields, Language, SegmentFields, SegmentKind, Stage, Store};

use crate::Fixture;

fn segment(kind: SegmentKind, title: &str, minutes: u32) -> SegmentFields {
    SegmentFields { kind, title: title.into(), minutes, notes: String::new(), challenge_ids: Vec::new() }
}

fn timed_lab(fixture: &Fixture) -> designlab_core::Lab {
    let fields = LabFields {
        title: "Timed".into(),
        start_time: Some("13:30".into()),
        end_time: Some("16:30".into()),
        ..LabFields::default()
    };
    fixture.store.create_lab(&fields, Language::En).unwrap()
}

#[test]
fn segments_are_timed_from_the_labs_start() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    fixture.store.add_segment(lab.id, &segment(SegmentKind::Welcome, "Welcome and ground rules", 15)).unwrap();
    fixture.store.add_segment(lab.id, &segment(SegmentKind::Breakout, "Breakouts", 90)).unwrap();
    fixture.store.add_segment(lab.id, &segment(SegmentKind::Plenary, "Report back", 90)).unwrap();
    let agenda = fixture.store.agenda(lab.id).unwrap();
    let titles: Vec<_> = agenda.segments.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Welcome and ground rules", "Breakouts", "Report back"]);
    let starts: Vec<_> = agenda.timing.slots.iter().map(|s| s.starts.as_str()).collect();
    assert_eq!(starts, ["13:30", "13:45", "15:15"]);
    assert_eq!(agenda.timing.overrun_minutes, Some(15), "195 minutes planned in 180");
}

#[test]
fn moving_a_segment_reorders_and_retimes_the_agenda() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    let welcome = fixture.store.add_segment(lab.id, &segment(SegmentKind::Welcome, "Welcome", 10)).unwrap();
    let talk = fixture.store.add_segment(lab.id, &segment(SegmentKind::Talk, "Context", 30)).unwrap();
    let close = fixture.store.add_segment(lab.id, &segment(SegmentKind::Close, "Close", 5)).unwrap();

    let agenda = fixture.store.move_segment(talk.id, 0).unwrap();
    assert_eq!(agenda.segments.iter().map(|s| s.id).collect::<Vec<_>>(), [talk.id, welcome.id, close.id]);
    assert_eq!(agenda.timing.slots[1].starts, "14:00");

    let agenda = fixture.store.move_segment(talk.id, 99).unwrap();
    assert_eq!(agenda.segments.iter().map(|s| s.id).collect::<Vec<_>>(), [welcome.id, close.id, talk.id]);
    assert_eq!(fixture.store.agenda(lab.id).unwrap(), agenda, "the order was saved");
}

#[test]
fn removing_a_segment_closes_the_gap() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    let first = fixture.store.add_segment(lab.id, &segment(SegmentKind::Welcome, "One", 10)).unwrap();
    let second = fixture.store.add_segment(lab.id, &segment(SegmentKind::Talk, "Two", 10)).unwrap();
    fixture.store.remove_segment(first.id).unwrap();
    let third = fixture.store.add_segment(lab.id, &segment(SegmentKind::Close, "Three", 10)).unwrap();
    let agenda = fixture.store.agenda(lab.id).unwrap();
    assert_eq!(agenda.segments.iter().map(|s| s.id).collect::<Vec<_>>(), [second.id, third.id]);
    assert_eq!(fixture.store.remove_segment(first.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_segment_works_on_challenges_of_its_own_lab_only() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    let tender = fixture.challenge(&lab, "Tender", Stage::TenderAward);
    let planning = fixture.challenge(&lab, "Planning", Stage::Planning);
    let other = fixture.lab("Other");
    let foreign = fixture.challenge(&other, "Elsewhere", Stage::Oversight);

    let mut fields = segment(SegmentKind::Breakout, "Breakouts", 60);
    fields.challenge_ids = vec![planning.id, tender.id, planning.id];
    let breakout = fixture.store.add_segment(lab.id, &fields).unwrap();
    assert_eq!(breakout.challenge_ids, [tender.id, planning.id], "in the lab's order, once each");

    fields.challenge_ids = vec![foreign.id];
    assert_eq!(fixture.store.update_segment(breakout.id, &fields).unwrap_err().code(), ErrorCode::ChallengeNotInLab);
    assert_eq!(
        fixture.store.agenda(lab.id).unwrap().segments[0].challenge_ids.len(),
        2,
        "a refused edit changes nothing"
    );

    fixture.store.remove_challenge(tender.id).unwrap();
    assert_eq!(fixture.store.agenda(lab.id).unwrap().segments[0].challenge_ids, [planning.id]);
}

#[test]
fn invalid_segments_are_refused() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    let error = fixture.store.add_segment(lab.id, &segment(SegmentKind::Talk, " ", 10)).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Title)));
    let error = fixture.store.add_segment(lab.id, &segment(SegmentKind::Talk, "Too long", 24 * 60 + 1)).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, Some(Field::Minutes)));
    let mut fields = segment(SegmentKind::Talk, "Notes", 10);
    fields.notes = "n".repeat(10_001);
    assert_eq!(fixture.store.add_segment(lab.id, &fields).unwrap_err().field(), Some(Field::Notes));
    let error = fixture
        .store
        .add_segment(designlab_core::LabId::generate(), &segment(SegmentKind::Talk, "Nowhere", 10))
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::NotFound);
    assert!(fixture.store.agenda(lab.id).unwrap().segments.is_empty());
}

#[test]
fn an_edit_replaces_the_segment_and_deleting_the_lab_removes_its_agenda() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    let added = fixture.store.add_segment(lab.id, &segment(SegmentKind::Break, "Tea", 15)).unwrap();
    let mut fields = segment(SegmentKind::Voting, "Dot voting", 20);
    fields.notes = "Three dots each.".into();
    let edited = fixture.store.update_segment(added.id, &fields).unwrap();
    assert_eq!((edited.kind, edited.title.as_str(), edited.minutes), (SegmentKind::Voting, "Dot voting", 20));
    fixture.store.delete_lab(lab.id).unwrap();
    assert_eq!(fixture.store.agenda(lab.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn every_agenda_edit_can_be_undone_and_redone() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    let store = &fixture.store;
    let titles = |agenda: &designlab_core::Agenda| agenda.segments.iter().map(|s| s.title.clone()).collect::<Vec<_>>();
    assert!(!store.agenda(lab.id).unwrap().can_undo);

    let welcome = store.add_segment(lab.id, &segment(SegmentKind::Welcome, "Welcome", 10)).unwrap();
    let talk = store.add_segment(lab.id, &segment(SegmentKind::Talk, "Context", 30)).unwrap();
    store.update_segment(talk.id, &segment(SegmentKind::Talk, "Context talk", 25)).unwrap();
    store.move_segment(talk.id, 0).unwrap();
    store.remove_segment(welcome.id).unwrap();
    assert_eq!(titles(&store.agenda(lab.id).unwrap()), ["Context talk"]);

    let undone = store.undo_agenda(lab.id).unwrap();
    assert_eq!(titles(&undone), ["Context talk", "Welcome"], "the removal is undone");
    assert_eq!(undone.segments[1].id, welcome.id, "a segment brought back keeps its id");
    assert_eq!(titles(&store.undo_agenda(lab.id).unwrap()), ["Welcome", "Context talk"], "the move");
    let before_edit = store.undo_agenda(lab.id).unwrap();
    assert_eq!(titles(&before_edit), ["Welcome", "Context"], "the edit");
    assert_eq!(before_edit.timing.slots[1].ends, "14:10", "re-timed: 10 + 30 minutes from 13:30");
    assert!(before_edit.can_redo);

    // Undo survives closing and reopening the database.
    drop(fixture.store);
    let store = Store::open(&fixture.db_path).unwrap();
    assert_eq!(titles(&store.redo_agenda(lab.id).unwrap()), ["Welcome", "Context talk"]);
    assert_eq!(titles(&store.undo_agenda(lab.id).unwrap()), ["Welcome", "Context"]);
    assert_eq!(titles(&store.undo_agenda(lab.id).unwrap()), ["Welcome"]);
    let empty = store.undo_agenda(lab.id).unwrap();
    assert!(empty.segments.is_empty() && !empty.can_undo && empty.can_redo);
    assert!(store.undo_agenda(lab.id).unwrap().segments.is_empty(), "nothing more to undo changes nothing");

    // A new edit forgets what could be redone.
    store.add_segment(lab.id, &segment(SegmentKind::Close, "Close", 5)).unwrap();
    let agenda = store.redo_agenda(lab.id).unwrap();
    assert_eq!(titles(&agenda), ["Close"]);
    assert!(!agenda.can_redo);
}

#[test]
fn a_move_to_the_same_place_is_not_an_edit_and_undo_skips_removed_challenges() {
    let fixture = Fixture::open();
    let lab = timed_lab(&fixture);
    let store = &fixture.store;
    let challenge = fixture.challenge(&lab, "Pilots", Stage::DeploymentContractManagement);
    let breakout = store
        .add_segment(
            lab.id,
            &SegmentFields { challenge_ids: vec![challenge.id], ..segment(SegmentKind::Breakout, "Breakouts", 40) },
        )
        .unwrap();
    store.update_segment(breakout.id, &segment(SegmentKind::Breakout, "Breakout groups", 40)).unwrap();
    store.move_segment(breakout.id, 0).unwrap();
    store.remove_challenge(challenge.id).unwrap();
    let undone = store.undo_agenda(lab.id).unwrap();
    assert_eq!(undone.segments[0].title, "Breakouts", "one undo takes back the edit, not the no-op move");
    assert!(undone.segments[0].challenge_ids.is_empty(), "the removed challenge is not linked again");
}
