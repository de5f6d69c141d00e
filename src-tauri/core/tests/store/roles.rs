use designlab_core::{ErrorCode, InputKind, NewInput, Stage};

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
        .create_input(&NewInput {
            challenge_id: challenge.id,
            role_id: roles[0].id,
            kind: InputKind::Concern,
            stage: None,
            text: "Concern".into(),
        })
        .unwrap();
    let error = fixture.store.remove_role(roles[0].id).unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoleInUse);
    assert_eq!(fixture.store.list_roles(lab.id).unwrap()[0].input_count, 1);

    fixture.store.remove_role(roles[1].id).unwrap();
    assert_eq!(fixture.store.list_roles(lab.id).unwrap().len(), 7);
}
