//! The agenda builder in the real window: segments timed from the lab's start, an overrun
//! shown before the day, reordering by keyboard with focus following the segment, and by
//! dragging with a pointer.

use designlab_core::{ChallengeFields, LabFields, Language, Stage, Store};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

use crate::harness::App;

async fn add_segment(app: &App, kind: &str, title: &str, minutes: u32, challenge: Option<&str>) {
    app.find("#add-segment").await.click().await.unwrap();
    let select = SelectElement::new(&app.find("#new-segment-kind").await).await.unwrap();
    select.select_by_value(kind).await.unwrap();
    app.find("#new-segment-title").await.send_keys(title).await.unwrap();
    let length = app.find("#new-segment-minutes").await;
    length.clear().await.unwrap();
    length.send_keys(minutes.to_string()).await.unwrap();
    if let Some(challenge) = challenge {
        let xpath =
            format!("//form[@aria-labelledby='new-segment-heading']//label[normalize-space()='{challenge}']/input");
        app.driver().find(By::XPath(xpath)).await.unwrap().click().await.unwrap();
    }
    app.find("form[aria-labelledby='new-segment-heading'] button[type='submit']").await.click().await.unwrap();
    app.wait_for_text("ol.segments", title).await;
}

async fn clock_times(app: &App) -> Vec<String> {
    let mut times = Vec::new();
    for clock in app.find_all("li[data-segment-id] .clock").await {
        times.push(clock.text().await.unwrap());
    }
    times
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn build_an_agenda_see_it_timed_and_reorder_it_by_keyboard_and_by_dragging() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let fields = LabFields {
        title: "Afternoon lab".into(),
        start_time: Some("13:30".into()),
        end_time: Some("16:30".into()),
        ..LabFields::default()
    };
    let lab = store.create_lab(&fields, Language::En).unwrap();
    let challenge = ChallengeFields {
        title: "Tender questions".into(),
        description: String::new(),
        stages: vec![Stage::TenderAward],
        prompts: Vec::new(),
    };
    store.add_challenge(lab.id, &challenge).unwrap();
    drop(store);

    let app = App::launch(&db).await;
    app.find("button[aria-label='Open Afternoon lab']").await.click().await.unwrap();
    app.wait_for_text("#agenda-heading", "Agenda").await;
    app.wait_for_text("#agenda .empty", "No segments yet").await;

    add_segment(&app, "welcome", "Welcome and ground rules", 15, None).await;
    add_segment(&app, "breakout", "Breakouts", 90, Some("Tender questions")).await;
    add_segment(&app, "plenary", "Report back", 90, None).await;
    assert_eq!(clock_times(&app).await, ["13:30–13:45", "13:45–15:15", "15:15–16:45"]);
    app.wait_for_text("#agenda-fit", "195 of 180 minutes planned. Runs 15 min past the end time.").await;
    app.wait_for_text("li[data-segment-id]:nth-child(2) .badge.stage", "Tender questions").await;

    // Keyboard alone: Tab to "move down" on the first segment and press Enter twice.
    let welcome = app.find_all("li[data-segment-id]").await[0].attr("data-segment-id").await.unwrap().unwrap();
    app.tab_to(&format!("#move-down-{welcome}")).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("li[data-segment-id]:nth-child(2) .segment-title", "Welcome and ground rules").await;
    assert_eq!(app.focused().await.id().await.unwrap(), Some(format!("move-down-{welcome}")), "focus follows");
    app.keys(Key::Enter).await;
    app.wait_for_text("li[data-segment-id]:nth-child(3) .segment-title", "Welcome and ground rules").await;
    assert_eq!(
        app.focused().await.id().await.unwrap(),
        Some(format!("move-up-{welcome}")),
        "at the bottom, focus moves to the button still usable"
    );
    assert_eq!(clock_times(&app).await, ["13:30–15:00", "15:00–16:30", "16:30–16:45"]);
    app.wait_for_announcement("“Welcome and ground rules” is now 3 of 3.").await;
    app.screenshot("12-agenda").await;

    // Shorten the report-back: the agenda now fits exactly.
    let report = app.find_all("li[data-segment-id]").await[1].attr("data-segment-id").await.unwrap().unwrap();
    app.find(&format!("#edit-segment-{report}")).await.click().await.unwrap();
    let minutes = app.find(&format!("#segment-{report}-minutes")).await;
    minutes.clear().await.unwrap();
    minutes.send_keys("75").await.unwrap();
    app.screenshot("12b-agenda-segment-form").await;
    minutes.send_keys(Key::Enter).await.unwrap();
    app.wait_for_text("#agenda-fit", "180 of 180 minutes planned. Fits exactly.").await;

    // With a pointer: drag the welcome by its grip back to the top.
    let grip = app.find("li[data-segment-id]:nth-child(3) .grip").await;
    let first = app.find("li[data-segment-id]:nth-child(1) .segment").await;
    app.driver().action_chain().drag_and_drop_element(&grip, &first).perform().await.unwrap();
    app.wait_for_text("li[data-segment-id]:nth-child(1) .segment-title", "Welcome and ground rules").await;
    assert_eq!(clock_times(&app).await, ["13:30–13:45", "13:45–15:15", "15:15–16:30"]);
    app.wait_for_announcement("“Welcome and ground rules” is now 1 of 3.").await;
    app.quit().await;

    // The order and lengths were saved.
    let agenda = Store::open(&db).unwrap().agenda(lab.id).unwrap();
    let planned: Vec<_> = agenda.segments.iter().map(|s| (s.title.as_str(), s.minutes)).collect();
    assert_eq!(planned, [("Welcome and ground rules", 15), ("Breakouts", 90), ("Report back", 75)]);
}
