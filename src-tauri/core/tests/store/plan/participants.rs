use designlab_core::{ErrorCode, ParticipantFields, PublicParticipant};

use crate::Fixture;

#[test]
fn without_consent_a_participant_is_shown_by_role_only() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let roles = fixture.store.list_roles(lab.id).unwrap();
    let named = fixture
        .store
        .add_participant(
            lab.id,
            &ParticipantFields {
                name: "Aled Jones".into(),
                organisation: "Unison Cymru".into(),
                role_id: roles[0].id,
                consent_to_be_named: true,
            },
        )
        .unwrap();
    let unnamed = fixture
        .store
        .add_participant(
            lab.id,
            &ParticipantFields {
                name: "Rhian Evans".into(),
                organisation: "A council".into(),
                role_id: roles[2].id,
                consent_to_be_named: false,
            },
        )
        .unwrap();
    assert_eq!(fixture.store.list_participants(lab.id).unwrap(), [named.clone(), unnamed.clone()]);
    assert_eq!(
        fixture.store.public_participants(lab.id).unwrap(),
        [
            PublicParticipant {
                role: roles[0].name.clone(),
                name: Some("Aled Jones".into()),
                organisation: Some("Unison Cymru".into())
            },
            PublicParticipant { role: roles[2].name.clone(), name: None, organisation: None },
        ]
    );

    // Withdrawing consent hides the name everywhere from then on.
    fixture
        .store
        .update_participant(named.id, &ParticipantFields { consent_to_be_named: false, ..fields(&named) })
        .unwrap();
    assert!(fixture.store.public_participants(lab.id).unwrap().iter().all(|p| p.name.is_none()));
}

fn fields(p: &designlab_core::Participant) -> ParticipantFields {
    ParticipantFields {
        name: p.name.clone(),
        organisation: p.organisation.clone(),
        role_id: p.role_id,
        consent_to_be_named: p.consent_to_be_named,
    }
}

#[test]
fn a_role_with_participants_cannot_be_removed_and_a_foreign_role_is_refused() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let other = fixture.lab("Other");
    let role = fixture.store.list_roles(lab.id).unwrap()[5].id;
    let person = ParticipantFields {
        name: "Someone".into(),
        organisation: String::new(),
        role_id: fixture.store.list_roles(other.id).unwrap()[0].id,
        consent_to_be_named: false,
    };
    let error = fixture.store.add_participant(lab.id, &person).unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoleNotInLab);

    let added = fixture.store.add_participant(lab.id, &ParticipantFields { role_id: role, ..person }).unwrap();
    assert_eq!(fixture.store.list_roles(lab.id).unwrap()[5].participant_count, 1);
    assert_eq!(fixture.store.remove_role(role).unwrap_err().code(), ErrorCode::RoleHasParticipants);
    fixture.store.remove_participant(added.id).unwrap();
    fixture.store.remove_role(role).unwrap();
}
