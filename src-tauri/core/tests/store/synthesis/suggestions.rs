//! Suggested themes: notes grouped by the words they share, scored against notes grouped by
//! hand, and made into themes only when a person accepts them.

use designlab_core::suggest::adjusted_rand_index;
use designlab_core::themes::ThemeFields;
use designlab_core::{Challenge, Note, NoteId, Stage};

use crate::Fixture;

#[path = "../../../benches/common/hand_grouped.rs"]
mod hand_grouped;

/// A lab whose one challenge holds `texts`, saved in the order given.
fn challenge_with(fixture: &Fixture, texts: &[&str]) -> (Challenge, Vec<Note>) {
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Buying a rota tool", Stage::Planning);
    let notes = texts.iter().map(|text| fixture.note(&challenge, None, text)).collect();
    (challenge, notes)
}

/// The agreement of the suggestions with the hand-made groups, a note in no suggestion counting
/// as a group of its own.
fn agreement(fixture_text: &'static str) -> f64 {
    let grouped = hand_grouped::notes(fixture_text);
    let fixture = Fixture::open();
    let texts: Vec<&str> = grouped.iter().map(|note| note.text).collect();
    let (challenge, notes) = challenge_with(&fixture, &texts);
    let suggestions = fixture.store.suggest_themes(challenge.id).unwrap();
    let found: Vec<usize> = notes
        .iter()
        .enumerate()
        .map(|(i, note)| {
            suggestions.iter().position(|s| s.note_ids.contains(&note.id)).map_or(1000 + i, |position| position)
        })
        .collect();
    let truth: Vec<usize> = grouped.iter().map(|note| note.group).collect();
    adjusted_rand_index(&truth, &found)
}

#[test]
fn suggestions_agree_with_notes_grouped_by_hand_in_english_and_in_welsh() {
    // The benchmark (`cargo bench -p designlab-core --bench themes`) prints these scores; this
    // keeps them from falling below what was measured when the suggestions were tuned.
    let english = agreement(hand_grouped::ENGLISH);
    let welsh = agreement(hand_grouped::WELSH);
    assert!(english >= 0.45, "English agreement {english:.2}");
    assert!(welsh >= 0.65, "Welsh agreement {welsh:.2}");
}

#[test]
fn the_same_notes_give_the_same_suggestions_in_any_order() {
    let texts: Vec<&str> = hand_grouped::notes(hand_grouped::ENGLISH).iter().map(|n| n.text).collect();
    let suggested = |texts: &[&str]| {
        let fixture = Fixture::open();
        let (challenge, notes) = challenge_with(&fixture, texts);
        let text_of = |id: NoteId| notes.iter().find(|n| n.id == id).unwrap().text.clone();
        let suggestions = fixture.store.suggest_themes(challenge.id).unwrap();
        suggestions
            .into_iter()
            .map(|s| (s.title, s.words, s.note_ids.into_iter().map(text_of).collect::<Vec<_>>()))
            .collect::<Vec<_>>()
    };
    let forwards = suggested(&texts);
    let backwards: Vec<&str> = texts.iter().rev().copied().collect();
    assert!(forwards.len() >= 5, "{forwards:#?}");
    assert_eq!(forwards, suggested(&backwards));
}

#[test]
fn a_suggestion_changes_nothing_until_it_is_accepted_as_edited() {
    let fixture = Fixture::open();
    let (challenge, notes) = challenge_with(
        &fixture,
        &[
            "Consult the union before the tender is written.",
            "The union was not consulted about the rota tool.",
            "Ask the union how the night shift uses the rota.",
            "Where is residents' personal data stored?",
            "Personal data must not leave the UK.",
            "A lovely lunch.",
        ],
    );
    let suggestions = fixture.store.suggest_themes(challenge.id).unwrap();
    assert!(fixture.store.list_themes(challenge.id).unwrap().is_empty(), "suggesting saves nothing");
    let union = suggestions.iter().find(|s| s.note_ids.contains(&notes[0].id)).unwrap();
    assert_eq!(union.note_ids, [notes[2].id, notes[0].id, notes[1].id], "in the order of their text");
    assert!(union.words.iter().any(|w| w.word == "union" && w.notes == 3), "{:?}", union.words);
    assert!(union.title.starts_with("Union"), "{}", union.title);
    assert!(!suggestions.iter().any(|s| s.note_ids.contains(&notes[5].id)), "a note sharing no word stays out");

    // Someone puts one of the notes in a theme of their own before the suggestion is accepted:
    // it stays there. Another deletes a third note: it stays deleted.
    let own =
        fixture.store.add_theme(challenge.id, &ThemeFields { title: "Mine".into(), summary: String::new() }).unwrap();
    fixture.store.set_note_theme(notes[1].id, Some(own.id)).unwrap();
    fixture.store.delete_note(notes[2].id).unwrap();
    let fields = ThemeFields { title: "Working with the union".into(), summary: String::new() };
    let chosen = [notes[0].id, notes[1].id, notes[2].id];
    let themes = fixture.store.accept_theme_suggestion(challenge.id, &fields, &chosen).unwrap();
    assert_eq!(themes.len(), 2);
    assert_eq!(
        (themes[1].title.as_str(), themes[1].note_ids.as_slice()),
        ("Working with the union", &[notes[0].id][..])
    );
    assert_eq!(themes[0].note_ids, [notes[1].id]);
    assert!(fixture.store.get_note(notes[2].id).is_err(), "still deleted");

    // Themed notes are no longer suggested; a deleted note never is.
    fixture.store.delete_note(notes[3].id).unwrap();
    let left = fixture.store.suggest_themes(challenge.id).unwrap();
    assert!(left.iter().all(|s| !s.note_ids.contains(&notes[0].id) && !s.note_ids.contains(&notes[3].id)), "{left:?}");

    // A blank name is refused, and nothing is made.
    let blank = ThemeFields { title: " ".into(), summary: String::new() };
    assert!(fixture.store.accept_theme_suggestion(challenge.id, &blank, &[notes[2].id]).is_err());
    assert_eq!(fixture.store.list_themes(challenge.id).unwrap().len(), 2);
}

#[test]
fn the_sample_labs_notes_give_suggestions_in_both_languages() {
    for language in [designlab_core::Language::En, designlab_core::Language::Cy] {
        let fixture = Fixture::open();
        let lab = fixture.store.create_sample_lab(language).unwrap();
        let challenges = fixture.store.list_challenges(lab.id).unwrap();
        let suggested: usize = challenges.iter().map(|c| fixture.store.suggest_themes(c.id).unwrap().len()).sum();
        assert!(suggested > 0, "{language:?}");
    }
}
