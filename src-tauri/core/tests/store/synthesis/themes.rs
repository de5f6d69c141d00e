//! Themes: grouping a challenge's notes in plenary.

use designlab_core::themes::ThemeFields;
use designlab_core::{ErrorCode, Field, Stage};

use crate::Fixture;

fn fields(title: &str, summary: &str) -> ThemeFields {
    ThemeFields { title: title.into(), summary: summary.into() }
}

#[test]
fn notes_are_grouped_into_themes_moved_between_them_and_taken_out() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let notes: Vec<_> = (0..4).map(|n| fixture.note(&challenge, None, &format!("Note {n}"))).collect();
    let skills = fixture.store.add_theme(challenge.id, &fields("  Skills ", "Training comes first.")).unwrap();
    let data = fixture.store.add_theme(challenge.id, &fields("Data", "")).unwrap();
    assert_eq!((skills.title.as_str(), skills.note_ids.len()), ("Skills", 0));

    fixture.store.set_note_theme(notes[2].id, Some(skills.id)).unwrap();
    fixture.store.set_note_theme(notes[0].id, Some(skills.id)).unwrap();
    let themes = fixture.store.set_note_theme(notes[1].id, Some(data.id)).unwrap();
    assert_eq!(themes[0].note_ids, [notes[2].id, notes[0].id], "in the order they were put there");
    assert_eq!(themes[1].note_ids, [notes[1].id]);

    // Moving a note takes it out of its old theme; none takes it out of every theme.
    let themes = fixture.store.set_note_theme(notes[2].id, Some(data.id)).unwrap();
    assert_eq!(
        (themes[0].note_ids.clone(), themes[1].note_ids.clone()),
        (vec![notes[0].id], vec![notes[1].id, notes[2].id])
    );
    let themes = fixture.store.set_note_theme(notes[1].id, None).unwrap();
    assert_eq!(themes[1].note_ids, [notes[2].id]);

    // A deleted note leaves its theme's list, and comes back with Undo.
    fixture.store.delete_note(notes[2].id).unwrap();
    assert!(fixture.store.list_themes(challenge.id).unwrap()[1].note_ids.is_empty());
    fixture.store.restore_note(notes[2].id).unwrap();
    assert_eq!(fixture.store.list_themes(challenge.id).unwrap()[1].note_ids, [notes[2].id]);

    let renamed = fixture.store.update_theme(data.id, &fields("Data sharing", "Who sees what.")).unwrap();
    assert_eq!((renamed.title.as_str(), renamed.summary.as_str()), ("Data sharing", "Who sees what."));

    // Removing a theme keeps its notes, in no theme.
    fixture.store.remove_theme(data.id).unwrap();
    assert_eq!(fixture.store.list_themes(challenge.id).unwrap().len(), 1);
    assert_eq!(fixture.store.get_note(notes[2].id).unwrap().text, "Note 2");
    assert_eq!(fixture.store.remove_theme(data.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_note_cannot_join_a_theme_of_another_challenge_and_bad_text_is_refused() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let tenders = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let oversight = fixture.challenge(&lab, "Oversight", Stage::Oversight);
    let note = fixture.note(&tenders, None, "About tenders");
    let theme = fixture.store.add_theme(oversight.id, &fields("Audits", "")).unwrap();
    let error = fixture.store.set_note_theme(note.id, Some(theme.id)).unwrap_err();
    assert_eq!(error.code(), ErrorCode::ThemeNotInChallenge);
    assert!(fixture.store.list_themes(oversight.id).unwrap()[0].note_ids.is_empty());

    let error = fixture.store.add_theme(tenders.id, &fields(" ", "")).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::Empty, Some(Field::Title)));
    let error = fixture.store.update_theme(theme.id, &fields("Audits", &"s".repeat(2_001))).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::TooLong, Some(Field::Summary)));
    assert_eq!(fixture.store.list_themes(oversight.id).unwrap()[0].summary, "", "nothing of the refused edit kept");
}
