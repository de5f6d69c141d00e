//! Capture made for typing while people talk: short keys that keep the focus in the text box
//! and stay set, inline #tags, a confidential mark that is off again after each note, and a
//! draft that survives the app being killed.

use designlab_core::{ChallengeFields, LabFields, Language, Stage, Store};
use thirtyfour::prelude::*;

use crate::harness::App;

async fn open_capture(app: &App) {
    app.find("button[aria-label='Open Spring lab']").await.click().await.unwrap();
    app.find("button[id^='capture-']").await.click().await.unwrap();
    app.wait_for_text("#capture-title", "Contract terms").await;
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn capture_by_short_keys_with_tags_confidential_and_a_draft_that_survives_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab =
        store.create_lab(&LabFields { title: "Spring lab".into(), ..LabFields::default() }, Language::En).unwrap();
    let challenge = ChallengeFields {
        title: "Contract terms".into(),
        description: String::new(),
        stages: vec![Stage::TenderAward],
        prompts: Vec::new(),
    };
    store.add_challenge(lab.id, &challenge).unwrap();
    drop(store);

    let app = App::launch(&db).await;
    open_capture(&app).await;
    let text = app.find("#capture-text").await;
    text.send_keys("Who sees the workforce data? #Privacy #data").await.unwrap();
    // Alt+3: the third role; Alt+Q: a question; Alt+Shift+5: oversight; Alt+X: confidential.
    app.keys(Key::Alt + "3").await;
    app.wait_for_announcement("Role: Public sector commissioner").await;
    app.keys(Key::Alt + "q").await;
    app.wait_for_announcement("Kind: Question").await;
    app.keys(Key::Alt + Key::Shift + "5").await;
    app.wait_for_announcement("Stage: Oversight").await;
    app.keys(Key::Alt + "x").await;
    app.wait_for_announcement("This note will be confidential.").await;
    assert_eq!(app.focused().await.id().await.unwrap().as_deref(), Some("capture-text"), "focus stays in the box");
    assert!(app.find("#capture-confidential").await.is_selected().await.unwrap());
    app.keys(Key::Enter).await;
    let first = app.wait_for_text("li[data-input-id]", "Who sees the workforce data?").await;
    let shown = first.text().await.unwrap();
    for expected in ["#privacy", "#data", "Confidential", "Public sector commissioner", "Question", "Oversight"] {
        assert!(shown.contains(expected), "{expected:?} in {shown:?}");
    }
    app.screenshot("29-capture-tags-confidential").await;

    // The role, kind and stage stay set; the confidential mark does not.
    assert!(!app.find("#capture-confidential").await.is_selected().await.unwrap());
    app.find("#capture-text").await.send_keys("And who audits it?" + Key::Enter).await.unwrap();
    app.wait_for_count("li[data-input-id]", 2).await;
    let second = app.find("li[data-input-id]:first-child").await.text().await.unwrap();
    assert!(second.contains("Public sector commissioner") && second.contains("Question"), "{second}");
    assert!(!second.contains("Confidential"), "{second}");

    // Said in Welsh: told from its words, marked for screen readers, badged on this English screen.
    let welsh = "Mae angen i'r gweithwyr weld y data cyn i'r contract gael ei lofnodi.";
    app.find("#capture-text").await.send_keys(welsh.to_owned() + Key::Enter).await.unwrap();
    app.wait_for_count("li[data-input-id]", 3).await;
    let said = app.find("li[data-input-id]:first-child .input-text").await;
    assert_eq!(said.attr("lang").await.unwrap().as_deref(), Some("cy"));
    app.wait_for_text("li[data-input-id]:first-child .input-meta", "Cymraeg").await;
    app.find("#capture-language").await.scroll_into_view().await.unwrap();
    app.screenshot("29b-capture-welsh-note").await;

    // Half a note, then the app is killed: the draft is there when it comes back.
    app.find("#capture-text").await.send_keys("Half a thought about pilots").await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(900)).await;
    app.kill().await;
    let app = App::launch(&db).await;
    open_capture(&app).await;
    let restored = app.find("#capture-text").await.value().await.unwrap().unwrap_or_default();
    assert_eq!(restored, "Half a thought about pilots");
    app.wait_for_count("li[data-input-id]", 3).await;
    app.quit().await;
}
