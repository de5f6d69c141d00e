//! A series of labs: the next lab started from the sample lab opens with its open actions, which
//! the capture screen and the run view show as "agreed last time"; what became of one is set by
//! keyboard and the report's section on actions carried forward says so.

use designlab_core::actions::{ActionFields, ActionStatus};
use designlab_core::{Language, Store};
use thirtyfour::prelude::*;

use crate::harness::App;

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn the_next_lab_in_a_series_opens_with_what_was_agreed_last_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let first = store.create_sample_lab(Language::En).unwrap();
    let rota = store.list_challenges(first.id).unwrap().remove(1);
    let text = "Ask care workers how they really use the rota app";
    store.add_action(rota.id, &ActionFields { text: text.into(), ..Default::default() }).unwrap();
    let done = store.add_action(rota.id, &ActionFields { text: "Book the room".into(), ..Default::default() }).unwrap();
    store.set_action_status(done.id, ActionStatus::Done, "").unwrap();
    drop(store);

    let app = App::launch(&db).await;
    app.find(&format!("button[aria-label='Open {}']", first.title)).await.click().await.unwrap();
    let start = app.find("#series-start-next").await;
    start.scroll_into_view().await.unwrap();
    start.focus().await.unwrap();
    start.send_keys(Key::Enter).await.unwrap();
    app.wait_for_text("#lab-title", &format!("{}: next lab", first.title)).await;
    app.wait_for_announcement("One open action brought forward.").await;
    let store = Store::open(&db).unwrap();
    let next = store.list_labs().unwrap().into_iter().find(|lab| lab.follows == Some(first.id)).unwrap();
    let rota_next = store.list_challenges(next.id).unwrap().remove(1);
    let carried = store.list_actions(rota_next.id).unwrap();
    assert_eq!(carried.len(), 1, "the done action stays behind");
    drop(store);
    let follows = app.find("#series-follows").await;
    follows.scroll_into_view().await.unwrap();
    assert_eq!(follows.value().await.unwrap().as_deref(), Some(first.id.to_string().as_str()));
    app.screenshot("98-series-next-lab").await;

    // Capture for the same challenge: what was agreed last time, above the box.
    app.find(&format!("#capture-{}", rota_next.id)).await.click().await.unwrap();
    app.wait_for_text("#agreed-last-time", text).await;
    app.wait_for_text("#agreed-last-time", "Open").await;
    app.screenshot("99-capture-agreed-last-time").await;

    // And in the run view, while the breakouts are on.
    app.find("nav.back button").await.click().await.unwrap();
    app.find("#run-lab").await.click().await.unwrap();
    app.keys("s").await;
    app.wait_for_announcement("The lab has started.").await;
    app.keys(Key::Right).await;
    app.keys(Key::Right).await;
    app.wait_for_text("#now-heading", "Breakout groups").await;
    app.wait_for_text("#agreed-last-time", text).await.scroll_into_view().await.unwrap();
    app.screenshot("99b-run-agreed-last-time").await;

    // What became of it, by keyboard, on the action itself.
    app.find("nav.back button").await.click().await.unwrap();
    app.find(&format!("#synthesis-{}", rota_next.id)).await.click().await.unwrap();
    app.wait_for_text("#actions-list li .carried", "Agreed last time").await;
    let status = app.find(&format!("#status-{}", carried[0].id)).await;
    status.scroll_into_view().await.unwrap();
    status.focus().await.unwrap();
    status.send_keys(Key::Down).await.unwrap();
    let note = app.tab_to(&format!("#status-note-{}", carried[0].id)).await;
    note.send_keys("Twelve care workers asked").await.unwrap();
    note.send_keys(Key::Enter).await.unwrap();
    app.wait_for_announcement("Status saved: Done.").await;

    app.find("nav.back button").await.click().await.unwrap();
    let written = app.export_markdown(&dir.path().join("write-up.md")).await;
    assert!(written.contains(&format!("**Follows:** {}", first.title)), "{written}");
    let section = &written[written.find("## Actions carried forward").expect(&written)..];
    assert!(section.contains(text) && section.contains("Twelve care workers asked"), "{section}");
    app.quit().await;
}
