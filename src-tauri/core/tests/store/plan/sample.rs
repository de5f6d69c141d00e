use designlab_core::Language;

use crate::Fixture;

#[test]
fn the_sample_lab_has_an_agenda_groups_and_notes_in_both_languages() {
    let fixture = Fixture::open();
    for language in [Language::En, Language::Cy] {
        let lab = fixture.store.create_sample_lab(language).unwrap();
        let agenda = fixture.store.agenda(lab.id).unwrap();
        assert!(agenda.segments.len() >= 5, "{language:?}");
        assert_eq!(agenda.timing.overrun_minutes, Some(0), "the sample's agenda fills its afternoon exactly");
        let groups = fixture.store.list_groups(lab.id).unwrap();
        assert!(groups.len() >= 2 && groups.iter().all(|g| g.challenge_id.is_some()));
        let notes: Vec<_> = fixture
            .store
            .list_challenges(lab.id)
            .unwrap()
            .iter()
            .flat_map(|c| fixture.store.list_notes(c.id).unwrap())
            .collect();
        assert!(notes.len() >= 10, "{language:?}: {} notes", notes.len());
        // Every note was taken in the group working on its challenge.
        for note in &notes {
            let group = groups.iter().find(|g| Some(g.id) == note.group_id).expect("a note of a group");
            assert_eq!(group.challenge_id, Some(note.challenge_id));
        }
    }
}

#[test]
fn the_first_run_adds_the_sample_once_and_never_beside_real_labs() {
    let fixture = Fixture::open();
    let sample = fixture.store.first_run_sample(Language::Cy).unwrap().expect("a sample on the first run");
    assert!(sample.title.starts_with("Labordy"), "{}", sample.title);
    fixture.store.delete_lab(sample.id).unwrap();
    assert_eq!(fixture.store.first_run_sample(Language::En).unwrap(), None, "a deleted sample stays deleted");
    assert!(fixture.store.list_labs().unwrap().is_empty());

    let existing = Fixture::open();
    existing.lab("Real lab");
    assert_eq!(existing.store.first_run_sample(Language::En).unwrap(), None);
    assert_eq!(existing.store.list_labs().unwrap().len(), 1);
}
