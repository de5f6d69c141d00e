//! Notes taken per breakout group: each group's notes, drafts and filter, on one laptop.

use designlab_core::search::NoteFilter;
use designlab_core::{ErrorCode, Stage};

use crate::Fixture;

#[test]
fn a_note_carries_its_group_and_the_group_filter_finds_it() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let (a, b) = (fixture.group(&lab, "Group A", 4), fixture.group(&lab, "Group B", 0));
    let in_a = fixture.note(&challenge, Some(a.id), "Said at table A");
    let in_b = fixture.note(&challenge, Some(b.id), "Said at table B");
    let room = fixture.note(&challenge, None, "Said to the room");
    assert_eq!((in_a.group_id, in_b.group_id, room.group_id), (Some(a.id), Some(b.id), None));
    assert_eq!(fixture.store.get_note(in_a.id).unwrap().group_id, Some(a.id), "read back as saved");

    let of = |group: designlab_core::GroupId| {
        let filter = NoteFilter { group_id: Some(group), ..NoteFilter::default() };
        fixture.store.search_notes(lab.id, &filter).unwrap().into_iter().map(|i| i.id).collect::<Vec<_>>()
    };
    assert_eq!(of(a.id), [in_a.id]);
    assert_eq!(of(b.id), [in_b.id]);
    assert_eq!(fixture.store.search_notes(lab.id, &NoteFilter::default()).unwrap().len(), 3);

    // Removing a group keeps what was said in it.
    fixture.store.remove_group(a.id).unwrap();
    assert_eq!(fixture.store.get_note(in_a.id).unwrap().group_id, None);
}

#[test]
fn a_group_of_another_lab_is_refused_and_nothing_is_saved() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let other = fixture.lab("Other lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let foreign = fixture.group(&other, "Elsewhere", 0);
    let role_id = fixture.store.list_roles(lab.id).unwrap()[0].id;
    for group in [foreign.id, designlab_core::GroupId::generate()] {
        let note = designlab_core::NewNote {
            challenge_id: challenge.id,
            group_id: Some(group),
            role_id,
            kind: designlab_core::NoteKind::Concern,
            stage: None,
            text: "Lost?".into(),
            confidential: false,
            goals: Vec::new(),
            language: None,
        };
        assert_eq!(fixture.store.create_note(&note).unwrap_err().code(), ErrorCode::GroupNotInLab);
        assert_eq!(
            fixture.store.save_draft(challenge.id, Some(group), "x").unwrap_err().code(),
            ErrorCode::GroupNotInLab
        );
    }
    assert!(fixture.store.list_notes(challenge.id).unwrap().is_empty());
}

#[test]
fn each_group_keeps_its_own_draft_and_saving_clears_only_that_one() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let (a, b) = (fixture.group(&lab, "Group A", 0), fixture.group(&lab, "Group B", 0));
    fixture.store.save_draft(challenge.id, Some(a.id), "Half of A").unwrap();
    fixture.store.save_draft(challenge.id, Some(b.id), "Half of B").unwrap();
    fixture.store.save_draft(challenge.id, None, "Half of the room").unwrap();
    fixture.store.save_draft(challenge.id, Some(a.id), "Half of A, more").unwrap();

    fixture.note(&challenge, Some(a.id), "Half of A, more, done");
    assert_eq!(fixture.store.draft(challenge.id, Some(a.id)).unwrap(), "");
    assert_eq!(fixture.store.draft(challenge.id, Some(b.id)).unwrap(), "Half of B");
    assert_eq!(fixture.store.draft(challenge.id, None).unwrap(), "Half of the room");

    // Removing a group takes its draft with it; no one is left to finish it.
    fixture.store.remove_group(b.id).unwrap();
    let reopened = designlab_core::Store::open(&fixture.db_path).unwrap();
    assert_eq!(reopened.draft(challenge.id, None).unwrap(), "Half of the room");
    let rows: i64 = rusqlite::Connection::open(&fixture.db_path)
        .unwrap()
        .query_row("SELECT count(*) FROM capture_draft", [], |row| row.get(0))
        .unwrap();
    assert_eq!(rows, 1);
}

#[test]
fn a_draft_from_before_groups_is_carried_over_by_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.sqlite3");
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        include_str!("../../../migrations/0001_initial.sql"),
        include_str!("../../../migrations/0002_planning.sql"),
        include_str!("../../../migrations/0003_groups_templates.sql"),
        include_str!("../../../migrations/0004_run.sql"),
        include_str!("../../../migrations/0005_capture.sql"),
        include_str!("../../../migrations/0006_search.sql"),
        include_str!("../../../migrations/0007_history.sql"),
    ] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "INSERT INTO lab (id, title, created_at, updated_at)
             VALUES ('0193a000-0000-7000-8000-000000000001', 'Lab', '2024-10-01T10:00:00.000Z', '2024-10-01T10:00:00.000Z');
         INSERT INTO challenge (id, lab_id, title, stage, position, created_at, updated_at)
             VALUES ('0193a000-0000-7000-8000-000000000002', '0193a000-0000-7000-8000-000000000001', 'Tenders',
                     'tender_award', 0, '2024-10-01T10:00:00.000Z', '2024-10-01T10:00:00.000Z');
         INSERT INTO input_draft (challenge_id, text, updated_at)
             VALUES ('0193a000-0000-7000-8000-000000000002', 'Typed before the upgrade', '2024-10-01T10:00:00.000Z');",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", 7).unwrap();
    drop(conn);

    let store = designlab_core::Store::open(&path).unwrap();
    let challenge: designlab_core::ChallengeId = "0193a000-0000-7000-8000-000000000002".parse().unwrap();
    assert_eq!(store.draft(challenge, None).unwrap(), "Typed before the upgrade");
}
