use designlab_core::search::NoteFilter;
use designlab_core::{NewNote, NoteKind, Stage};

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
    let note = |challenge: &designlab_core::Challenge, role: usize, kind: NoteKind, text: &str| {
        let role_id = store.list_roles(challenge.lab_id).unwrap()[role].id;
        store
            .create_note(&NewNote {
                challenge_id: challenge.id,
                group_id: None,
                role_id,
                kind,
                stage: None,
                confidential: false,
                text: text.into(),
                goals: Vec::new(),
                language: None,
            })
            .unwrap()
    };
    let a = note(&tender, 0, NoteKind::Concern, "Who owns the workforce data? #privacy");
    let b = note(&tender, 2, NoteKind::Idea, "Ask suppliers for evidence of worker engagement");
    let c = note(&pilots, 0, NoteKind::Question, "Does the pilot work in Welsh? Gweithwŷr #cymraeg");
    note(&elsewhere, 0, NoteKind::Concern, "Data in another lab");

    assert_eq!(store.lab_tags(lab.id).unwrap(), ["cymraeg", "privacy"]);
    let find = |filter: NoteFilter| -> Vec<designlab_core::NoteId> {
        store.search_notes(lab.id, &filter).unwrap().into_iter().map(|i| i.id).collect()
    };
    assert_eq!(find(NoteFilter::default()), [c.id, b.id, a.id], "everything in the lab, newest first");
    assert_eq!(find(NoteFilter { text: "data".into(), ..NoteFilter::default() }), [a.id], "not the other lab's");
    assert_eq!(find(NoteFilter { text: "work".into(), ..NoteFilter::default() }), [c.id, b.id, a.id], "prefixes");
    assert_eq!(find(NoteFilter { text: "gweithwyr".into(), ..NoteFilter::default() }), [c.id], "diacritics fold");
    assert_eq!(find(NoteFilter { text: "pilot welsh".into(), ..NoteFilter::default() }), [c.id], "all words");
    assert_eq!(
        find(NoteFilter { text: "\"unbalanced OR (".into(), ..NoteFilter::default() }),
        Vec::<designlab_core::NoteId>::new()
    );
    assert_eq!(find(NoteFilter { role_id: Some(roles[0].id), ..NoteFilter::default() }), [c.id, a.id]);
    assert_eq!(find(NoteFilter { kind: Some(NoteKind::Idea), ..NoteFilter::default() }), [b.id]);
    assert_eq!(find(NoteFilter { stage: Some(Stage::DeploymentContractManagement), ..NoteFilter::default() }), [c.id]);
    assert_eq!(find(NoteFilter { challenge_id: Some(tender.id), ..NoteFilter::default() }), [b.id, a.id]);
    assert_eq!(find(NoteFilter { tag: Some("#Privacy".into()), ..NoteFilter::default() }), [a.id]);
    let all = NoteFilter {
        text: "data".into(),
        challenge_id: Some(tender.id),
        group_id: None,
        role_id: Some(roles[0].id),
        kind: Some(NoteKind::Concern),
        stage: Some(Stage::TenderAward),
        tag: Some("privacy".into()),
    };
    assert_eq!(find(all), [a.id]);

    // An edit is found by its new words, not its old ones.
    let edit = designlab_core::NoteEdit {
        role_id: a.role_id,
        kind: a.kind,
        stage: a.stage,
        text: "Who owns the records?".into(),
        confidential: false,
    };
    store.update_note(a.id, &edit).unwrap();
    assert!(find(NoteFilter { text: "data".into(), ..NoteFilter::default() }).is_empty());
    assert_eq!(find(NoteFilter { text: "records".into(), ..NoteFilter::default() }), [a.id]);
    store.delete_note(a.id).unwrap();
    assert!(find(NoteFilter { text: "records".into(), ..NoteFilter::default() }).is_empty());
}
