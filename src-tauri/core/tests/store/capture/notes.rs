use designlab_core::{ErrorCode, Field, NewNote, NoteEdit, NoteId, NoteKind, Stage};

use crate::Fixture;

struct Scene {
    fixture: Fixture,
    challenge: designlab_core::Challenge,
    roles: Vec<designlab_core::StakeholderRole>,
}

fn scene() -> Scene {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Contract management", Stage::DeploymentContractManagement);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    Scene { fixture, challenge, roles }
}

fn new_note(scene: &Scene, text: &str) -> NewNote {
    NewNote {
        challenge_id: scene.challenge.id,
        group_id: None,
        role_id: scene.roles[0].id,
        kind: NoteKind::Concern,
        stage: None,
        confidential: false,
        text: text.into(),
        goals: Vec::new(),
        language: None,
    }
}

#[test]
fn an_input_takes_its_challenges_stage_unless_one_is_given() {
    let scene = scene();
    let store = &scene.fixture.store;
    let plain = store.create_note(&new_note(&scene, "Who fixes bugs workers find?")).unwrap();
    assert_eq!(plain.stage, Stage::DeploymentContractManagement);
    let staged = store.create_note(&NewNote { stage: Some(Stage::Oversight), ..new_note(&scene, "Audit") }).unwrap();
    assert_eq!(staged.stage, Stage::Oversight);
    assert_eq!(store.get_note(plain.id).unwrap(), plain);
}

#[test]
fn inputs_are_listed_newest_first() {
    let scene = scene();
    let store = &scene.fixture.store;
    let ids: Vec<NoteId> =
        (0..5).map(|n| store.create_note(&new_note(&scene, &format!("Note {n}"))).unwrap().id).collect();
    let listed: Vec<NoteId> = store.list_notes(scene.challenge.id).unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(listed, ids.into_iter().rev().collect::<Vec<_>>());
}

#[test]
fn empty_and_oversized_text_is_refused_and_nothing_is_saved() {
    let scene = scene();
    let store = &scene.fixture.store;
    let error = store.create_note(&new_note(&scene, "  \n ")).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Text)));
    let error = store.create_note(&new_note(&scene, &"w".repeat(10_001))).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::TooLong, Some(Field::Text)));
    assert!(error.to_string().contains("10001"), "{error}");
    assert!(store.list_notes(scene.challenge.id).unwrap().is_empty());
    store.create_note(&new_note(&scene, &"w".repeat(10_000))).unwrap();
}

#[test]
fn a_role_from_another_lab_is_refused() {
    let scene = scene();
    let store = &scene.fixture.store;
    let other = scene.fixture.lab("Other");
    let foreign_role = store.list_roles(other.id).unwrap()[0].id;
    let error = store.create_note(&NewNote { role_id: foreign_role, ..new_note(&scene, "x") }).unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoleNotInLab);
    let error = store
        .create_note(&NewNote { role_id: designlab_core::RoleId::generate(), ..new_note(&scene, "x") })
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::RoleNotInLab);
}

#[test]
fn an_unknown_challenge_is_not_found() {
    let scene = scene();
    let error = scene
        .fixture
        .store
        .create_note(&NewNote { challenge_id: designlab_core::ChallengeId::generate(), ..new_note(&scene, "x") })
        .unwrap_err();
    assert_eq!(error.code(), ErrorCode::NotFound);
}

#[test]
fn an_input_is_edited_and_deleted() {
    let scene = scene();
    let store = &scene.fixture.store;
    let input = store.create_note(&new_note(&scene, "Frist draft")).unwrap();
    let edit = NoteEdit {
        role_id: scene.roles[3].id,
        kind: NoteKind::Idea,
        stage: Stage::Planning,
        text: "First draft".into(),
        confidential: false,
    };
    let edited = store.update_note(input.id, &edit).unwrap();
    assert_eq!((edited.text.as_str(), edited.kind, edited.role_id), ("First draft", NoteKind::Idea, scene.roles[3].id));
    assert_eq!(edited.created_at, input.created_at);

    let error = store.update_note(input.id, &NoteEdit { text: String::new(), ..edit.clone() }).unwrap_err();
    assert_eq!(error.code(), ErrorCode::Empty);
    assert_eq!(store.get_note(input.id).unwrap().text, "First draft", "a refused edit changes nothing");

    store.delete_note(input.id).unwrap();
    assert_eq!(store.get_note(input.id).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(store.delete_note(input.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn text_that_looks_like_markup_is_stored_exactly() {
    let scene = scene();
    let text = "<script>alert('x')</script> & \"quotes\" — Ŵ ŷ";
    let input = scene.fixture.store.create_note(&new_note(&scene, text)).unwrap();
    assert_eq!(scene.fixture.store.get_note(input.id).unwrap().text, text);
}

#[test]
fn inline_tags_are_kept_and_follow_edits_and_confidential_is_kept() {
    let scene = scene();
    let store = &scene.fixture.store;
    let input = store
        .create_note(&NewNote { confidential: true, ..new_note(&scene, "Who sees the #Data? #privacy #data") })
        .unwrap();
    assert_eq!(input.tags, ["data", "privacy"]);
    assert!(input.confidential);
    assert_eq!(input.text, "Who sees the #Data? #privacy #data", "the text keeps what was typed");

    let edit = NoteEdit {
        role_id: input.role_id,
        kind: input.kind,
        stage: input.stage,
        text: "Who sees it? #training".into(),
        confidential: false,
    };
    let edited = store.update_note(input.id, &edit).unwrap();
    assert_eq!((edited.tags.clone(), edited.confidential), (vec!["training".to_string()], false));
    assert_eq!(store.list_notes(scene.challenge.id).unwrap()[0].tags, ["training"]);
}

#[test]
fn a_draft_is_kept_as_typed_and_goes_when_its_note_is_saved() {
    let scene = scene();
    let store = &scene.fixture.store;
    assert_eq!(store.draft(scene.challenge.id, None).unwrap(), "");
    store.save_draft(scene.challenge.id, None, "Half a thou").unwrap();
    store.save_draft(scene.challenge.id, None, "Half a thought").unwrap();
    drop(scene.fixture.store);
    let reopened = designlab_core::Store::open(&scene.fixture.db_path).unwrap();
    assert_eq!(reopened.draft(scene.challenge.id, None).unwrap(), "Half a thought", "a draft survives a restart");

    let note = NewNote {
        challenge_id: scene.challenge.id,
        group_id: None,
        role_id: scene.roles[0].id,
        kind: NoteKind::Idea,
        stage: None,
        confidential: false,
        text: "Half a thought, finished".into(),
        goals: Vec::new(),
        language: None,
    };
    reopened.create_note(&note).unwrap();
    assert_eq!(reopened.draft(scene.challenge.id, None).unwrap(), "", "saving the note cleared its draft");

    reopened.save_draft(scene.challenge.id, None, "Another").unwrap();
    reopened.save_draft(scene.challenge.id, None, "   ").unwrap();
    assert_eq!(reopened.draft(scene.challenge.id, None).unwrap(), "");
    let error = reopened.save_draft(scene.challenge.id, None, &"x".repeat(20_001)).unwrap_err();
    assert_eq!(error.code(), ErrorCode::TooLong);
    assert_eq!(
        reopened.save_draft(designlab_core::ChallengeId::generate(), None, "x").unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_deletion_can_be_undone_and_every_change_is_in_the_history() {
    let scene = scene();
    let store = &scene.fixture.store;
    let input = store.create_note(&new_note(&scene, "First words #pilot")).unwrap();
    let edit = NoteEdit {
        role_id: scene.roles[1].id,
        kind: NoteKind::Idea,
        stage: Stage::Oversight,
        text: "Better words".into(),
        confidential: true,
    };
    store.update_note(input.id, &edit).unwrap();
    store.delete_note(input.id).unwrap();
    assert!(store.list_notes(scene.challenge.id).unwrap().is_empty(), "out of the list");
    assert_eq!(store.get_note(input.id).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(store.update_note(input.id, &edit).unwrap_err().code(), ErrorCode::NotFound, "not editable");
    assert_eq!(store.delete_note(input.id).unwrap_err().code(), ErrorCode::NotFound, "not deleted twice");
    let lab_id = scene.challenge.lab_id;
    assert!(store.search_notes(lab_id, &Default::default()).unwrap().is_empty(), "out of search");
    assert_eq!(store.list_roles(lab_id).unwrap()[1].note_count, 0);

    let restored = store.restore_note(input.id).unwrap();
    assert_eq!((restored.text.as_str(), restored.confidential), ("Better words", true));
    assert_eq!(store.list_notes(scene.challenge.id).unwrap(), [restored]);
    assert_eq!(store.restore_note(input.id).unwrap_err().code(), ErrorCode::NotFound, "only a deleted note");

    let history = store.note_history(input.id).unwrap();
    let changes: Vec<_> = history.iter().map(|r| r.change).collect();
    use designlab_core::RevisionChange::*;
    assert_eq!(changes, [Created, Edited, Deleted, Restored]);
    assert_eq!(history[0].text, "First words #pilot");
    assert_eq!(
        (history[1].text.as_str(), history[1].kind, history[1].stage),
        ("Better words", NoteKind::Idea, Stage::Oversight)
    );
}

#[test]
fn a_role_used_only_by_deleted_notes_can_be_removed_and_takes_them_along() {
    let scene = scene();
    let store = &scene.fixture.store;
    let role = scene.roles[6].id;
    let input = store.create_note(&NewNote { role_id: role, ..new_note(&scene, "Gone soon") }).unwrap();
    assert_eq!(store.remove_role(role).unwrap_err().code(), ErrorCode::RoleInUse);
    store.delete_note(input.id).unwrap();
    store.remove_role(role).unwrap();
    assert_eq!(store.note_history(input.id).unwrap_err().code(), ErrorCode::NotFound, "gone for good");
}
