use std::ops::Not;

use designlab_core::{ErrorCode, NewNote, NoteKind, Stage};

use crate::Fixture;

#[test]
fn roles_are_added_at_the_end_and_renamed() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let added = fixture.store.add_role(lab.id, " Councillor ").unwrap();
    assert_eq!(added.name, "Councillor");
    let roles = fixture.store.list_roles(lab.id).unwrap();
    assert_eq!(roles.len(), 9);
    assert_eq!(roles.last().unwrap().id, added.id);

    let renamed = fixture.store.rename_role(added.id, "Elected member").unwrap();
    assert_eq!(renamed.name, "Elected member");
    assert_eq!(fixture.store.rename_role(added.id, "").unwrap_err().code(), ErrorCode::Empty);
}

#[test]
fn a_role_in_use_cannot_be_removed_but_an_unused_one_can() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "C", Stage::Planning);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    fixture
        .store
        .create_note(&NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: roles[0].id,
            kind: NoteKind::Concern,
            stage: None,
            confidential: false,
            text: "Concern".into(),
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    let error = fixture.store.remove_role(roles[0].id).unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoleInUse);
    assert_eq!(fixture.store.list_roles(lab.id).unwrap()[0].note_count, 1);

    fixture.store.remove_role(roles[1].id).unwrap();
    assert_eq!(fixture.store.list_roles(lab.id).unwrap().len(), 7);
}

#[test]
fn roles_are_reordered_and_a_used_role_is_retired_not_lost() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "C", Stage::Planning);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    let supplier = roles.iter().find(|r| r.name == "Supplier").unwrap().clone();

    let moved = fixture.store.move_role(supplier.id, 0).unwrap();
    assert_eq!(moved[0].id, supplier.id);
    assert_eq!(moved.len(), 8);
    assert_eq!(fixture.store.list_roles(lab.id).unwrap(), moved, "the order was saved");

    let input = fixture
        .store
        .create_note(&NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: supplier.id,
            kind: NoteKind::Evidence,
            stage: None,
            confidential: false,
            text: "Our bid showed worker engagement.".into(),
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    let retired = fixture.store.set_role_retired(supplier.id, true).unwrap();
    assert!(retired.retired);
    assert_eq!(fixture.store.get_note(input.id).unwrap().role_id, supplier.id, "past input keeps its role");
    assert!(fixture.store.set_role_retired(supplier.id, false).unwrap().retired.not());
}

/// A role's note count is read from an index alone. Counting through each note's row read a
/// 10,000-note report's pages back some forty thousand times (six role lists of random lookups
/// through a 2 MB page cache).
#[test]
fn a_roles_note_count_is_read_from_the_index_alone() {
    let fixture = Fixture::open();
    let raw = rusqlite::Connection::open(&fixture.db_path).unwrap();
    let plan: Vec<String> = raw
        .prepare(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM input i
             WHERE i.lab_id = ?1 AND i.role_id = ?2 AND i.deleted_at IS NULL",
        )
        .unwrap()
        .query_map(["lab", "role"], |row| row.get(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(plan.iter().any(|step| step.contains("COVERING INDEX input_by_role")), "{plan:?}");
}
