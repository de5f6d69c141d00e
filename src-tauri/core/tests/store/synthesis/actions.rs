//! Actions: agreed next steps with an owner role, a due date and the theme they come from.

use chrono::NaiveDate;
use designlab_core::actions::{ActionFields, ActionStatus};
use designlab_core::themes::ThemeFields;
use designlab_core::{ErrorCode, Field, Stage};

use crate::Fixture;

#[test]
fn an_action_keeps_its_owner_role_due_date_and_theme() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    let theme =
        fixture.store.add_theme(challenge.id, &ThemeFields { title: "Skills".into(), ..Default::default() }).unwrap();
    let due = NaiveDate::from_ymd_opt(2026, 12, 18).unwrap();
    let fields = ActionFields {
        text: "  Draft a training clause for tenders ".into(),
        owner_role_id: Some(roles[1].id),
        due_date: Some(due),
        theme_id: Some(theme.id),
    };
    let action = fixture.store.add_action(challenge.id, &fields).unwrap();
    assert_eq!(action.text, "Draft a training clause for tenders");
    assert_eq!(
        (action.owner_role_id, action.due_date, action.theme_id),
        (Some(roles[1].id), Some(due), Some(theme.id))
    );
    let second = fixture
        .store
        .add_action(challenge.id, &ActionFields { text: "Report back".into(), ..Default::default() })
        .unwrap();
    assert_eq!(fixture.store.list_actions(challenge.id).unwrap(), [action.clone(), second.clone()]);

    let edited = fixture
        .store
        .update_action(
            second.id,
            &ActionFields {
                text: "Report back to the TUC".into(),
                owner_role_id: Some(roles[0].id),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!((edited.text.as_str(), edited.owner_role_id), ("Report back to the TUC", Some(roles[0].id)));

    // Removing the theme it came from keeps the action, without a theme.
    fixture.store.remove_theme(theme.id).unwrap();
    let reopened = designlab_core::Store::open(&fixture.db_path).unwrap();
    let kept = &reopened.list_actions(challenge.id).unwrap()[0];
    assert_eq!((kept.theme_id, kept.due_date), (None, Some(due)));

    reopened.remove_action(second.id).unwrap();
    assert_eq!(reopened.list_actions(challenge.id).unwrap().len(), 1);
    assert_eq!(reopened.remove_action(second.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn an_owner_from_another_lab_a_theme_from_another_challenge_and_empty_text_are_refused() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let other = fixture.lab("Other");
    let tenders = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let oversight = fixture.challenge(&lab, "Oversight", Stage::Oversight);
    let foreign_role = fixture.store.list_roles(other.id).unwrap()[0].id;
    let their_theme =
        fixture.store.add_theme(oversight.id, &ThemeFields { title: "Audits".into(), ..Default::default() }).unwrap();
    let action = |fields: ActionFields| fixture.store.add_action(tenders.id, &fields).unwrap_err();

    let error = action(ActionFields { text: "x".into(), owner_role_id: Some(foreign_role), ..Default::default() });
    assert_eq!(error.code(), ErrorCode::RoleNotInLab);
    let error = action(ActionFields { text: "x".into(), theme_id: Some(their_theme.id), ..Default::default() });
    assert_eq!(error.code(), ErrorCode::ThemeNotInChallenge);
    let error = action(ActionFields { text: "\n ".into(), ..Default::default() });
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Text)));
    let error = action(ActionFields { text: "a".repeat(2_001), ..Default::default() });
    assert_eq!((error.code(), error.field()), (ErrorCode::TooLong, Some(Field::Text)));
    assert!(fixture.store.list_actions(tenders.id).unwrap().is_empty());
}

#[test]
fn what_became_of_an_action_is_kept_with_a_note_and_the_day_it_was_said() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let action = fixture
        .store
        .add_action(challenge.id, &ActionFields { text: "Write the clause".into(), ..Default::default() })
        .unwrap();
    assert_eq!((action.status, action.status_note.as_str(), action.status_on), (ActionStatus::Open, "", None));

    // The fixture's clock: 15 October 2024 at the venue.
    let done = fixture.store.set_action_status(action.id, ActionStatus::Done, "  In the tender since March. ").unwrap();
    assert_eq!(
        (done.status, done.status_note.as_str(), done.status_on),
        (ActionStatus::Done, "In the tender since March.", NaiveDate::from_ymd_opt(2024, 10, 15))
    );
    let reopened = designlab_core::Store::open(&fixture.db_path).unwrap();
    assert_eq!(reopened.list_actions(challenge.id).unwrap(), [done]);
    // Editing what the action says keeps what became of it.
    let edited = reopened
        .update_action(action.id, &ActionFields { text: "Write the training clause".into(), ..Default::default() })
        .unwrap();
    assert_eq!((edited.status, edited.status_note.as_str()), (ActionStatus::Done, "In the tender since March."));

    let too_long = "n".repeat(2_001);
    let error = reopened.set_action_status(action.id, ActionStatus::Dropped, &too_long).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::TooLong, Some(Field::Notes)));
    assert_eq!(reopened.list_actions(challenge.id).unwrap()[0].status, ActionStatus::Done, "nothing refused is kept");
    reopened.remove_action(action.id).unwrap();
    let gone = reopened.set_action_status(action.id, ActionStatus::Open, "").unwrap_err();
    assert_eq!(gone.code(), ErrorCode::NotFound);
}
