//! End-to-end tests of the real app in a real window. Run by `scripts/check` under Xvfb:
//! `xvfb-run -a cargo test --test e2e -- --ignored --test-threads=1`. Each saves screenshots
//! under `target/e2e/`.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod accessibility;
mod agenda;
mod bilingual;
mod capture;
mod desktop;
mod devices;
mod export;
mod goals;
mod harness;
mod keyboard;
mod notes;
mod recovery;
mod roles;
mod run;
mod series;
mod synthesis;
mod templates;

use std::time::Duration;

use harness::App;
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

const LAB: &str = "Worker voice in procurement";
const CHALLENGE: &str = "Writing tender questions with workers";

async fn choose(app: &App, select_css: &str, visible_text: &str) {
    let select = SelectElement::new(&app.find(select_css).await).await.unwrap();
    select.select_by_exact_text(visible_text).await.unwrap();
}

/// Sets a text box's value the way a paste would, for texts too long to type key by key.
async fn paste(app: &App, css: &str, text: &str) {
    app.driver()
        .execute(
            "const box = document.querySelector(arguments[0]);
             box.value = arguments[1];
             box.dispatchEvent(new Event('input', { bubbles: true }));
             box.focus();",
            vec![serde_json::json!(css), serde_json::json!(text)],
        )
        .await
        .unwrap();
}

async fn focused_id(app: &App) -> String {
    app.focused().await.id().await.unwrap().unwrap_or_default()
}

async fn input_texts(app: &App) -> Vec<String> {
    let mut texts = Vec::new();
    for item in app.find_all("li[data-input-id] .input-text").await {
        texts.push(item.text().await.unwrap());
    }
    texts
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn plan_capture_edit_delete_and_find_it_all_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let app = App::launch(&db).await;

    // On the first run the list holds a sample lab, announced; deleted, it stays deleted.
    app.wait_for_text("h1", "Design labs").await;
    app.wait_for_text("li[data-lab-id] h2", "Sample lab: AI in council services").await;
    app.wait_for_announcement("is ready to explore").await;
    app.wait_for_text("#templates", "Worker voice in procurement of digital and AI systems").await;
    app.screenshot("01-labs-first-run").await;
    app.find("li[data-lab-id] .button.danger").await.click().await.unwrap();
    app.find("dialog[open] .button.danger").await.click().await.unwrap();
    app.wait_for_text("main", "No labs yet").await;
    app.screenshot("01b-labs-empty").await;

    // Create a lab: the form opens with focus in the title; Enter submits it.
    app.find("#new-lab").await.click().await.unwrap();
    app.wait_for_text("#new-lab-heading", "New lab").await;
    assert_eq!(focused_id(&app).await, "new-lab-title");
    let ground_rules = app.find("#new-lab-ground-rules").await.value().await.unwrap().unwrap_or_default();
    assert!(ground_rules.contains("never names"), "ground rules are prefilled: {ground_rules:?}");
    app.find("#new-lab-venue").await.send_keys("Transport House, Cardiff").await.unwrap();
    app.find("#new-lab-organisers").await.send_keys("Wales TUC").await.unwrap();
    app.find("#new-lab-topics").await.send_keys("Public sector" + Key::Enter + "Procurement").await.unwrap();
    app.find("#new-lab-description").await.send_keys("Unions, commissioners and suppliers.").await.unwrap();
    app.screenshot("02-labs-new-form").await;
    app.find("#new-lab-title").await.send_keys(LAB + Key::Enter).await.unwrap();

    // The new lab's page, with the toolkit's roles.
    app.wait_for_text("h1#lab-title", LAB).await;
    app.wait_for_text(".details", "Transport House, Cardiff").await;
    app.wait_for_text(".details", "Public sector; Procurement").await;
    app.wait_for_text(".details", "Wales TUC").await;
    app.wait_for_count(".role-list li", 8).await;

    // Add a challenge at the tender and award stage.
    app.find("#add-challenge").await.click().await.unwrap();
    app.find("#new-challenge-title").await.send_keys(CHALLENGE).await.unwrap();
    choose(&app, "#new-challenge-stage", "Tender & award").await;
    app.find("#new-challenge-description").await.send_keys("Who sets the weightings?").await.unwrap();
    let prompts = "Which questions would workers ask?" + Key::Enter + "How much should their answers weigh?";
    app.find("#new-challenge-prompts").await.send_keys(prompts).await.unwrap();
    app.find("form[aria-labelledby='new-challenge-heading'] button[type='submit']").await.click().await.unwrap();
    app.wait_for_text("li[data-challenge-id] h3", CHALLENGE).await;
    app.wait_for_text("li[data-challenge-id] .badge", "Tender & award").await;
    app.screenshot("03-lab-page").await;

    // Capture: the text box has focus; Enter saves; role and kind stay set.
    app.wait_for_count("li[data-challenge-id] .prompts li", 2).await;
    app.find("button[id^='capture-']").await.click().await.unwrap();
    app.wait_for_text("#capture-title", CHALLENGE).await;
    app.wait_for_text("section.prompts", "How much should their answers weigh?").await;
    let captured = [
        ("Trade union representative", "concern", "Workers must help write the tender questions."),
        ("Procurement professional", "idea", "Weight worker involvement in the scoring."),
        // Markup in a note is shown as the characters typed, never run as HTML.
        ("Supplier", "question", "What evidence would count? <b>Not</b> <img src=x onerror=alert(1)>"),
    ];
    for (n, (role, kind, text)) in captured.iter().enumerate() {
        choose(&app, "#capture-role", role).await;
        app.find(&format!("input[name='capture-kind'][value='{kind}']")).await.click().await.unwrap();
        app.find("#capture-text").await.click().await.unwrap();
        app.keys(*text + Key::Enter).await;
        app.wait_for_count("li[data-input-id]", n + 1).await;
        assert_eq!(focused_id(&app).await, "capture-text", "focus stays in the text box");
    }
    app.wait_for_text("#capture-state", "Saved.").await;
    assert_eq!(
        input_texts(&app).await,
        captured.iter().rev().map(|(_, _, text)| text.to_string()).collect::<Vec<_>>(),
        "newest first"
    );
    assert_eq!(app.find("#capture-text").await.value().await.unwrap().as_deref(), Some(""));
    app.screenshot("04-capture").await;

    // Keyboard alone: Tab from the text box reaches the role picker and the kinds; arrow keys
    // move between kinds.
    app.tab_to("#capture-role").await;
    app.tab_to("input[name='capture-kind']:checked").await;
    app.keys(Key::Right).await;
    let checked = app.find("input[name='capture-kind']:checked").await.value().await.unwrap();
    assert_eq!(checked.as_deref(), Some("evidence"), "the arrow key moved from question to evidence");

    // Refusals: a blank note, and one over 10,000 characters. Both are explained, and the
    // oversized text stays in the box.
    paste(&app, "#capture-text", "   ").await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#capture-error[data-error-code='empty']", "The text cannot be empty.").await;
    let oversized = "x".repeat(10_001);
    paste(&app, "#capture-text", &oversized).await;
    app.wait_for_text("#capture-counter", "One character over the limit").await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#capture-error[data-error-code='too_long']", "too long").await;
    assert_eq!(app.find("#capture-text").await.value().await.unwrap().map(|v| v.len()), Some(10_001));
    app.wait_for_count("li[data-input-id]", 3).await;
    app.screenshot("05-capture-refused").await;
    paste(&app, "#capture-text", "").await;
    assert!(app.find_all("#capture-error").await.is_empty(), "emptying the box clears the old error");

    // Edit the procurement professional's idea; Enter saves the edit.
    let items = app.find_all("li[data-input-id]").await;
    items[1].find(By::Css("button[id^='edit-']")).await.unwrap().click().await.unwrap();
    let edit_box = app.find("textarea[id^='edit-text-']").await;
    assert!(focused_id(&app).await.starts_with("edit-text-"));
    edit_box.clear().await.unwrap();
    edit_box.send_keys("Give worker involvement 20% of the score." + Key::Enter).await.unwrap();
    app.wait_for_text("li[data-input-id]:nth-child(2) .input-text", "20% of the score").await;

    // Delete the supplier's question: no dialog, but Undo (Alt+Z) brings it back in its place.
    let items = app.find_all("li[data-input-id]").await;
    let question = items[0].attr("data-input-id").await.unwrap().unwrap();
    items[0].find(By::Css("button.danger")).await.unwrap().click().await.unwrap();
    app.wait_for_count("li[data-input-id]", 2).await;
    app.wait_for_text("#capture-undo-bar", "Input deleted.").await;
    app.screenshot("06-capture-deleted-undo").await;
    assert_eq!(focused_id(&app).await, "capture-text", "focus is back in the text box");
    app.keys(Key::Alt + "z").await;
    app.wait_for_count("li[data-input-id]", 3).await;
    app.wait_for_announcement("Undone.").await;
    let first = app.find_all("li[data-input-id]").await[0].attr("data-input-id").await.unwrap().unwrap();
    assert_eq!(first, question, "back where it was");
    app.find(&format!("li[data-input-id='{question}'] button.danger")).await.click().await.unwrap();
    app.wait_for_count("li[data-input-id]", 2).await;
    app.wait_for_text("#captured-count", "2 inputs").await;

    // Switch to Welsh; the choice is remembered in the database.
    app.find("button[lang='cy']").await.click().await.unwrap();
    app.wait_for_text("#captured-heading", "Mewnbwn a gofnodwyd").await;
    app.wait_for_text("li[data-input-id] .badge.stage", "Tendro a dyfarnu").await;
    app.screenshot("07-capture-welsh").await;
    app.quit().await;

    // Start again on the same file: everything is there, in Welsh.
    let app = App::launch(&db).await;
    app.wait_for_text("h1", "Labordai dylunio").await;
    app.wait_for_text("li[data-lab-id] h2", LAB).await;
    app.find("button[lang='en']").await.click().await.unwrap();
    app.wait_for_text("h1", "Design labs").await;
    app.find(&format!("button[aria-label='Open {LAB}']")).await.click().await.unwrap();
    app.wait_for_text("li[data-challenge-id] h3", CHALLENGE).await;
    app.find("button[id^='capture-']").await.click().await.unwrap();
    app.wait_for_count("li[data-input-id]", 2).await;
    assert_eq!(
        input_texts(&app).await,
        ["Give worker involvement 20% of the score.", "Workers must help write the tender questions."]
    );
    let roles = app.find_all("li[data-input-id] .role").await;
    assert_eq!(roles[0].text().await.unwrap(), "Procurement professional");
    assert_eq!(roles[1].text().await.unwrap(), "Trade union representative");
    app.screenshot("08-capture-after-restart").await;

    // Back on the list: rename a lab, then delete another after confirming.
    app.find("nav.back button").await.click().await.unwrap();
    app.find("nav.back button").await.click().await.unwrap();
    app.wait_for_text("h1", "Design labs").await;
    // By keyboard alone: Tab to "New lab", Enter opens the form with focus in the title,
    // Enter again creates the lab.
    app.tab_to("#new-lab").await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#new-lab-heading", "New lab").await;
    assert_eq!(focused_id(&app).await, "new-lab-title");
    app.keys("Scratch" + Key::Enter).await;
    app.wait_for_text("h1#lab-title", "Scratch").await;
    app.find("nav.back button").await.click().await.unwrap();
    app.wait_for_count("li[data-lab-id]", 2).await;

    let scratch =
        app.driver().query(By::XPath("//li[@data-lab-id][.//h2[normalize-space()='Scratch']]")).first().await.unwrap();
    scratch.find(By::Css(".actions .button:not(.danger)")).await.unwrap().click().await.unwrap();
    let rename = app.find("input[id^='rename-']").await;
    rename.clear().await.unwrap();
    rename.send_keys("Scratch, renamed" + Key::Enter).await.unwrap();
    app.wait_for_text("main", "Scratch, renamed").await;
    app.wait_for_text("main", "No date set · Transport House, Cardiff").await;
    app.screenshot("09-labs-list").await;

    let scratch = app
        .driver()
        .query(By::XPath("//li[@data-lab-id][.//h2[normalize-space()='Scratch, renamed']]"))
        .first()
        .await
        .unwrap();
    scratch.find(By::Css(".button.danger")).await.unwrap().click().await.unwrap();
    app.wait_for_text("dialog[open] h2", "Delete “Scratch, renamed”?").await;
    app.screenshot("10-labs-delete-confirm").await;
    app.find("dialog[open] .button.danger").await.click().await.unwrap();
    app.wait_for_count("li[data-lab-id]", 1).await;
    app.wait_for_text("li[data-lab-id] h2", LAB).await;

    // Duplicate the lab as the start of the next one: its plan comes along, its input does not.
    let duplicate =
        app.driver().query(By::XPath("//li[@data-lab-id]//button[starts-with(normalize-space(), 'Duplicate')]"));
    duplicate.first().await.unwrap().click().await.unwrap();
    app.wait_for_text("h1#lab-title", &format!("{LAB} (copy)")).await;
    app.wait_for_announcement("with its roles, challenges, agenda and breakout groups, but none of its input").await;
    app.wait_for_text("li[data-challenge-id] h3", CHALLENGE).await;
    app.wait_for_count("li[data-challenge-id] .prompts li", 2).await;
    app.find("button[id^='capture-']").await.click().await.unwrap();
    app.wait_for_text("#captured-count", "Nothing captured yet.").await;
    app.quit().await;
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn a_database_from_a_newer_version_is_explained_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("newer.sqlite3");
    drop(designlab_core::Store::open(&db).unwrap());
    // The schema version is the big-endian u32 at byte 60 of an SQLite file's header.
    let mut bytes = std::fs::read(&db).unwrap();
    bytes[60..64].copy_from_slice(&99u32.to_be_bytes());
    std::fs::write(&db, &bytes).unwrap();

    let app = App::launch(&db).await;
    app.wait_for_text(".fatal[data-error-code='schema_too_new']", "newer version of Design Lab").await;
    app.screenshot("11-newer-database").await;
    app.quit().await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(std::fs::read(&db).unwrap(), bytes, "the file was not touched");
}
