//! Finding notes across a lab of thousands: words and filters, and a list that renders only
//! the rows in view and is moved through by keyboard.

use designlab_core::{ChallengeFields, LabFields, Language, NewNote, NoteKind, Stage, Store};
use thirtyfour::prelude::*;

use crate::harness::App;

/// The selected note's text, read from the page (its two-line clamp hides it from WebDriver's
/// rendered text).
async fn selected_text(app: &App) -> String {
    let selected = app.find("[role='option'][aria-selected='true'] .text").await;
    selected.prop("textContent").await.unwrap().unwrap_or_default()
}

async fn wait_for_selected(app: &App, expected: &str) {
    for _ in 0..100 {
        if selected_text(app).await.starts_with(expected) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the selected note never became {expected:?}: {:?}", selected_text(app).await);
}

const NOTES: usize = 3_000;

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn find_notes_by_words_and_filters_in_a_long_list_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_lab(&LabFields { title: "Big lab".into(), ..LabFields::default() }, Language::En).unwrap();
    let challenge = |title: &str, stage| ChallengeFields {
        title: title.into(),
        description: String::new(),
        stages: vec![stage],
        prompts: Vec::new(),
    };
    let tender = store.add_challenge(lab.id, &challenge("Tender questions", Stage::TenderAward)).unwrap();
    let pilots = store.add_challenge(lab.id, &challenge("Pilots", Stage::DeploymentContractManagement)).unwrap();
    let roles = store.list_roles(lab.id).unwrap();
    for n in 0..NOTES {
        let (challenge, text) = match n % 3 {
            0 => (&tender, format!("Note {n}: who owns the workforce data? #privacy")),
            1 => (&tender, format!("Note {n}: ask suppliers for evidence of engagement")),
            _ => (&pilots, format!("Note {n}: does the pilot work in Welsh? #cymraeg")),
        };
        let note = NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: roles[n % 4].id,
            kind: if n % 2 == 0 { NoteKind::Concern } else { NoteKind::Idea },
            stage: None,
            confidential: false,
            text,
            goals: Vec::new(),
            language: None,
        };
        store.create_note(&note).unwrap();
    }
    drop(store);

    let app = App::launch(&db).await;
    app.find("button[aria-label='Open Big lab']").await.click().await.unwrap();
    app.find("#lab-notes").await.click().await.unwrap();
    app.wait_for_text("#notes-count", "3,000 notes match.").await;
    let rendered = app.find_all("[role='option']").await.len();
    assert!(rendered < 40, "only the rows in view are in the page: {rendered}");

    app.find("#notes-text").await.send_keys("workforce data").await.unwrap();
    app.wait_for_text("#notes-count", "1,000 notes match.").await;
    let roles = thirtyfour::components::SelectElement::new(&app.find("#notes-role").await).await.unwrap();
    roles.select_by_exact_text("Trade union representative").await.unwrap();
    // Notes 0, 12, 24, …: every third note is about data, every fourth is a union rep's.
    app.wait_for_text("#notes-count", "250 notes match.").await;
    let tags = thirtyfour::components::SelectElement::new(&app.find("#notes-tag").await).await.unwrap();
    tags.select_by_exact_text("#privacy").await.unwrap();
    app.wait_for_text("#notes-count", "250 notes match.").await;
    app.find("#notes-text").await.send_keys(Key::Control + "a" + Key::Backspace).await.unwrap();
    roles.select_by_index(0).await.unwrap();
    tags.select_by_index(0).await.unwrap();
    app.wait_for_text("#notes-count", "3,000 notes match.").await;

    // By keyboard: into the list, End to the last note, Home back to the first.
    app.tab_to("[role='listbox']").await;
    app.keys(Key::End).await;
    wait_for_selected(&app, "Note 0:").await;
    let last = app.find("[role='option'][aria-selected='true']").await;
    assert_eq!(last.attr("aria-posinset").await.unwrap().as_deref(), Some("3000"));
    app.keys(Key::Home).await;
    wait_for_selected(&app, &format!("Note {}:", NOTES - 1)).await;
    app.keys(Key::Down).await;
    app.keys(Key::Down).await;
    wait_for_selected(&app, &format!("Note {}:", NOTES - 3)).await;
    app.screenshot("30-notes").await;
    app.quit().await;
}
