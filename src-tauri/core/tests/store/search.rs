use designlab_core::search::InputFilter;
use designlab_core::{InputKind, NewInput, Stage};

use crate::Fixture;

#[test]
fn notes_are_found_by_words_and_by_every_filter_together() {
    let fixture = Fixture::open();
    let store = &fixture.store;
    let lab = fixture.lab("Lab");
    let other_lab = fixture.lab("Other");
    let tender = fixture.challenge(&lab, "Tender", Stage::TenderAward);
    let pilots = fixture.challenge(&lab, "Pilots", Stage::DeploymentContractManagement);
    let elsewhere = fixture.challenge(&other_lab, "Elsewhere", Stage::Planning);
    let roles = store.list_roles(lab.id).unwrap();
    let note = |challenge: &designlab_core::Challenge, role: usize, kind: InputKind, text: &str| {
        let role_id = store.list_roles(challenge.lab_id).unwrap()[role].id;
        store
            .create_input(&NewInput {
                challenge_id: challenge.id,
                group_id: None,
                role_id,
                kind,
                stage: None,
                confidential: false,
                text: text.into(),
            })
            .unwrap()
    };
    let a = note(&tender, 0, InputKind::Concern, "Who owns the workforce data? #privacy");
    let b = note(&tender, 2, InputKind::Idea, "Ask suppliers for evidence of worker engagement");
    let c = note(&pilots, 0, InputKind::Question, "Does the pilot work in Welsh? Gweithwŷr #cymraeg");
    note(&elsewhere, 0, InputKind::Concern, "Data in another lab");

    assert_eq!(store.lab_tags(lab.id).unwrap(), ["cymraeg", "privacy"]);
    let find = |filter: InputFilter| -> Vec<uuid::Uuid> {
        store.search_inputs(lab.id, &filter).unwrap().into_iter().map(|i| i.id).collect()
    };
    assert_eq!(find(InputFilter::default()), [c.id, b.id, a.id], "everything in the lab, newest first");
    assert_eq!(find(InputFilter { text: "data".into(), ..InputFilter::default() }), [a.id], "not the other lab's");
    assert_eq!(find(InputFilter { text: "work".into(), ..InputFilter::default() }), [c.id, b.id, a.id], "prefixes");
    assert_eq!(find(InputFilter { text: "gweithwyr".into(), ..InputFilter::default() }), [c.id], "diacritics fold");
    assert_eq!(find(InputFilter { text: "pilot welsh".into(), ..InputFilter::default() }), [c.id], "all words");
    assert_eq!(
        find(InputFilter { text: "\"unbalanced OR (".into(), ..InputFilter::default() }),
        Vec::<uuid::Uuid>::new()
    );
    assert_eq!(find(InputFilter { role_id: Some(roles[0].id), ..InputFilter::default() }), [c.id, a.id]);
    assert_eq!(find(InputFilter { kind: Some(InputKind::Idea), ..InputFilter::default() }), [b.id]);
    assert_eq!(
        find(InputFilter { stage: Some(Stage::DeploymentContractManagement), ..InputFilter::default() }),
        [c.id]
    );
    assert_eq!(find(InputFilter { challenge_id: Some(tender.id), ..InputFilter::default() }), [b.id, a.id]);
    assert_eq!(find(InputFilter { tag: Some("#Privacy".into()), ..InputFilter::default() }), [a.id]);
    let all = InputFilter {
        text: "data".into(),
        challenge_id: Some(tender.id),
        group_id: None,
        role_id: Some(roles[0].id),
        kind: Some(InputKind::Concern),
        stage: Some(Stage::TenderAward),
        tag: Some("privacy".into()),
    };
    assert_eq!(find(all), [a.id]);

    // An edit is found by its new words, not its old ones.
    let edit = designlab_core::InputEdit {
        role_id: a.role_id,
        kind: a.kind,
        stage: a.stage,
        text: "Who owns the records?".into(),
        confidential: false,
    };
    store.update_input(a.id, &edit).unwrap();
    assert!(find(InputFilter { text: "data".into(), ..InputFilter::default() }).is_empty());
    assert_eq!(find(InputFilter { text: "records".into(), ..InputFilter::default() }), [a.id]);
    store.delete_input(a.id).unwrap();
    assert!(find(InputFilter { text: "records".into(), ..InputFilter::default() }).is_empty());
}
