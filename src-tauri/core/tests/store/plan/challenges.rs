use designlab_core::{ChallengeFields, ErrorCode, Field, Stage};
use strum::VariantArray;

use crate::Fixture;

#[test]
fn challenges_are_listed_in_the_order_they_were_added() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let first = fixture.challenge(&lab, "First", Stage::Planning);
    let second = fixture.challenge(&lab, "Second", Stage::Oversight);
    let other = fixture.lab("Other lab");
    fixture.challenge(&other, "Elsewhere", Stage::Planning);
    assert_eq!(fixture.store.list_challenges(lab.id).unwrap(), vec![first, second]);
}

#[test]
fn a_challenge_is_edited() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Draft", Stage::Planning);
    let fields = ChallengeFields {
        title: "Specifying tender questions with workers".into(),
        description: "Who writes the weightings?".into(),
        stages: vec![Stage::TenderAward],
        prompts: vec![" Who writes the weightings? ".into(), "".into(), "What evidence counts?".into()],
    };
    let edited = fixture.store.update_challenge(challenge.id, &fields).unwrap();
    assert_eq!(
        (edited.title.as_str(), edited.stages[0]),
        ("Specifying tender questions with workers", Stage::TenderAward)
    );
    assert_eq!(edited.prompts, ["Who writes the weightings?", "What evidence counts?"], "trimmed, blanks dropped");
    assert_eq!(fixture.store.get_challenge(challenge.id).unwrap(), edited);
}

#[test]
fn invalid_challenges_are_refused() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let empty = ChallengeFields {
        title: "\n\t".into(),
        description: String::new(),
        stages: vec![Stage::Planning],
        prompts: Vec::new(),
    };
    let error = fixture.store.add_challenge(lab.id, &empty).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Title)));
    let long = ChallengeFields {
        title: "t".repeat(201),
        description: String::new(),
        stages: vec![Stage::Planning],
        prompts: Vec::new(),
    };
    assert_eq!(fixture.store.add_challenge(lab.id, &long).unwrap_err().code(), ErrorCode::TooLong);
    let fields = ChallengeFields {
        title: "Fine".into(),
        description: String::new(),
        stages: vec![Stage::Planning],
        prompts: Vec::new(),
    };
    assert_eq!(
        fixture.store.add_challenge(designlab_core::LabId::generate(), &fields).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert!(fixture.store.list_challenges(lab.id).unwrap().is_empty());
}

#[test]
fn removing_a_challenge_removes_its_inputs() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Gone", Stage::Planning);
    let role = fixture.store.list_roles(lab.id).unwrap()[0].id;
    let input = fixture
        .store
        .create_note(&designlab_core::NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: role,
            kind: designlab_core::NoteKind::Idea,
            stage: None,
            confidential: false,
            text: "An idea".into(),
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    fixture.store.remove_challenge(challenge.id).unwrap();
    assert_eq!(fixture.store.get_note(input.id).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(fixture.store.remove_challenge(challenge.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn stage_keys_round_trip_and_unknown_ones_are_refused() {
    for &stage in Stage::VARIANTS {
        assert_eq!(stage.key().parse::<Stage>().unwrap(), stage);
    }
    let error = "implementation".parse::<Stage>().unwrap_err();
    assert_eq!(error.code(), ErrorCode::UnknownStage);
}

#[test]
fn too_many_or_too_long_prompts_are_refused() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let many = ChallengeFields {
        title: "Many".into(),
        description: String::new(),
        stages: vec![Stage::Planning],
        prompts: (0..31).map(|n| format!("Prompt {n}?")).collect(),
    };
    let error = fixture.store.add_challenge(lab.id, &many).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::OutOfRange, Some(Field::Prompts)));
    let long = ChallengeFields { prompts: vec!["p".repeat(501)], ..many };
    assert_eq!(fixture.store.add_challenge(lab.id, &long).unwrap_err().code(), ErrorCode::TooLong);
}

#[test]
fn a_challenge_concerns_one_or_more_stages_and_input_takes_the_first() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let store = &fixture.store;
    let fields = ChallengeFields {
        title: "Contract terms for worker data".into(),
        description: String::new(),
        stages: vec![Stage::TenderAward, Stage::DeploymentContractManagement, Stage::TenderAward],
        prompts: Vec::new(),
    };
    let challenge = store.add_challenge(lab.id, &fields).unwrap();
    assert_eq!(challenge.stages, [Stage::TenderAward, Stage::DeploymentContractManagement], "duplicates dropped");
    assert_eq!(store.list_challenges(lab.id).unwrap()[0].stages, challenge.stages);

    let edited = store
        .update_challenge(
            challenge.id,
            &ChallengeFields { stages: vec![Stage::Oversight, Stage::Planning, Stage::TenderAward], ..fields.clone() },
        )
        .unwrap();
    assert_eq!(edited.stages, [Stage::Oversight, Stage::Planning, Stage::TenderAward]);
    let role = store.list_roles(lab.id).unwrap()[0].id;
    let input = store
        .create_note(&designlab_core::NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: role,
            kind: designlab_core::NoteKind::Concern,
            stage: None,
            confidential: false,
            text: "Who owns the data?".into(),
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    assert_eq!(input.stage, Stage::Oversight);

    let error = store.update_challenge(challenge.id, &ChallengeFields { stages: Vec::new(), ..fields }).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Stages)));
    assert_eq!(store.get_challenge(challenge.id).unwrap().stages, edited.stages, "a refused edit changes nothing");
}
