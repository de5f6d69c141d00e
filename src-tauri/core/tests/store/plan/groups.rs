use designlab_core::{BreakoutGroupFields, ErrorCode, Field, RoleCount, Stage};

use crate::Fixture;

fn fields(name: &str) -> BreakoutGroupFields {
    BreakoutGroupFields {
        name: name.into(),
        location: String::new(),
        challenge_id: None,
        note_taker: String::new(),
        role_counts: Vec::new(),
    }
}

#[test]
fn a_group_keeps_its_table_challenge_note_taker_and_counts_per_role() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Specifying tenders", Stage::TenderAward);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    let group = fixture
        .store
        .add_group(
            lab.id,
            &BreakoutGroupFields {
                name: "  Group A ".into(),
                location: "Table 3".into(),
                challenge_id: Some(challenge.id),
                note_taker: "Sam".into(),
                // Out of the lab's order, with a zero that is dropped.
                role_counts: vec![
                    RoleCount { role_id: roles[4].id, participants: 1 },
                    RoleCount { role_id: roles[0].id, participants: 3 },
                    RoleCount { role_id: roles[2].id, participants: 0 },
                ],
            },
        )
        .unwrap();
    assert_eq!(
        (group.name.as_str(), group.location.as_str(), group.note_taker.as_str()),
        ("Group A", "Table 3", "Sam")
    );
    assert_eq!(group.challenge_id, Some(challenge.id));
    assert_eq!(
        group.role_counts,
        [RoleCount { role_id: roles[0].id, participants: 3 }, RoleCount { role_id: roles[4].id, participants: 1 }]
    );

    let edited = fixture
        .store
        .update_group(
            group.id,
            &BreakoutGroupFields {
                role_counts: vec![RoleCount { role_id: roles[1].id, participants: 2 }],
                ..fields("Group B")
            },
        )
        .unwrap();
    assert_eq!(edited.challenge_id, None);
    assert_eq!(edited.role_counts, [RoleCount { role_id: roles[1].id, participants: 2 }]);
    assert_eq!(fixture.store.list_groups(lab.id).unwrap(), [edited]);

    fixture.store.remove_group(group.id).unwrap();
    assert!(fixture.store.list_groups(lab.id).unwrap().is_empty());
    assert_eq!(fixture.store.remove_group(group.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_group_refuses_another_labs_challenge_or_role_and_implausible_counts() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let other = fixture.lab("Other");
    let foreign_challenge = fixture.challenge(&other, "Elsewhere", Stage::Planning);
    let foreign_role = fixture.store.list_roles(other.id).unwrap()[0].id;
    let own_role = fixture.store.list_roles(lab.id).unwrap()[0].id;

    let error = fixture
        .store
        .add_group(lab.id, &BreakoutGroupFields { challenge_id: Some(foreign_challenge.id), ..fields("A") })
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::ChallengeNotInLab);
    let error = fixture
        .store
        .add_group(
            lab.id,
            &BreakoutGroupFields {
                role_counts: vec![RoleCount { role_id: foreign_role, participants: 1 }],
                ..fields("A")
            },
        )
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoleNotInLab);
    let error = fixture
        .store
        .add_group(
            lab.id,
            &BreakoutGroupFields {
                role_counts: vec![RoleCount { role_id: own_role, participants: 1001 }],
                ..fields("A")
            },
        )
        .unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, Some(Field::Participants)));
    let error = fixture.store.add_group(lab.id, &fields("  ")).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Name)));
    assert!(fixture.store.list_groups(lab.id).unwrap().is_empty(), "nothing refused was saved");
}

#[test]
fn removing_a_challenge_leaves_its_group_without_one() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Pilots", Stage::DeploymentContractManagement);
    let group = fixture
        .store
        .add_group(lab.id, &BreakoutGroupFields { challenge_id: Some(challenge.id), ..fields("A") })
        .unwrap();
    fixture.store.remove_challenge(challenge.id).unwrap();
    assert_eq!(fixture.store.list_groups(lab.id).unwrap()[0].id, group.id);
    assert_eq!(fixture.store.list_groups(lab.id).unwrap()[0].challenge_id, None);
}

#[test]
fn a_role_given_twice_counts_once_and_its_total_is_checked() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let role = fixture.store.list_roles(lab.id).unwrap()[0].id;
    let twice = |a, b| BreakoutGroupFields {
        role_counts: vec![RoleCount { role_id: role, participants: a }, RoleCount { role_id: role, participants: b }],
        ..fields("A")
    };
    let group = fixture.store.add_group(lab.id, &twice(2, 3)).unwrap();
    assert_eq!(group.role_counts, [RoleCount { role_id: role, participants: 5 }]);
    let error = fixture.store.add_group(lab.id, &twice(600, 600)).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, Some(Field::Participants)));
}
