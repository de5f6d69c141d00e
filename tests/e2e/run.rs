//! Running a lab live in the real window: start by keyboard, a segment that overruns at once
//! and the agenda re-timed, extend, pause, move on, the projector window, then a crash
//! (SIGKILL) mid-run and the run found again after a restart, and the running segment deleted.

use chrono::{Duration, Local};
use designlab_core::{LabFields, Language, SegmentFields, SegmentKind, Store};
use thirtyfour::prelude::*;

use crate::harness::App;

/// The countdown's seconds left, from its `m:ss` text.
async fn seconds_left(app: &App) -> i64 {
    let shown = app.find("#run-countdown").await.text().await.unwrap();
    let (minutes, seconds) = shown.split_once(':').unwrap();
    minutes.parse::<i64>().unwrap() * 60 + seconds.parse::<i64>().unwrap()
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn run_a_lab_by_keyboard_see_it_retimed_project_it_and_survive_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let now = Local::now();
    let fields = LabFields {
        title: "Live lab".into(),
        start_time: Some(now.format("%H:%M").to_string()),
        end_time: Some((now + Duration::minutes(2)).format("%H:%M").to_string()),
        ..LabFields::default()
    };
    let lab = store.create_lab(&fields, Language::En).unwrap();
    // A zero-minute welcome overruns as soon as it starts; the breakout is two minutes.
    for (kind, title, minutes, notes) in [
        (SegmentKind::Welcome, "Welcome", 0, "Say hello."),
        (SegmentKind::Breakout, "Breakouts", 2, "One challenge per table."),
        (SegmentKind::Close, "Close", 0, ""),
    ] {
        let segment =
            SegmentFields { kind, title: title.into(), minutes, notes: notes.into(), challenge_ids: Vec::new() };
        store.add_segment(lab.id, &segment).unwrap();
    }
    drop(store);

    let app = App::launch(&db).await;
    app.find("button[aria-label='Open Live lab']").await.click().await.unwrap();
    app.find("#run-lab").await.click().await.unwrap();
    app.wait_for_text("#run-heading", "Running “Live lab”").await;
    app.wait_for_text("#start-heading", "The lab has not started yet").await;
    app.screenshot("24-run-not-started").await;

    // S starts; the zero-minute welcome is over its time at once, and says so.
    app.keys("s").await;
    app.wait_for_announcement("The lab has started.").await;
    app.wait_for_text("#now-heading", "Welcome").await;
    app.wait_for_text("#run-overrun", "“Welcome” has run over its time").await;
    app.wait_for_text("#run-countdown", "+0:0").await;
    app.wait_for_text("#run-projected", "At this rate the lab ends at").await;
    app.wait_for_text("#run-up-next", "Next: Breakouts at").await;
    app.screenshot("25-run-overrun").await;

    // 1 gives it a minute; Space pauses and resumes.
    app.keys("1").await;
    app.wait_for_announcement("One more minute for this segment.").await;
    app.wait_for_text("#run-countdown", "0:5").await;
    app.keys(Key::Space).await;
    app.wait_for_text("#run-toggle", "Resume").await;
    app.keys(Key::Space).await;
    app.wait_for_text("#run-toggle", "Pause").await;

    // → moves on; the welcome is done, with the time it took.
    app.keys(Key::Right).await;
    app.wait_for_text("#now-heading", "Breakouts").await;
    app.wait_for_text("#run-countdown", "1:5").await;
    app.wait_for_text("li[data-phase='done']", "Welcome").await;

    // P opens the projector window: the segment and its timer, large.
    app.keys("p").await;
    app.wait_for_announcement("Projector window shown.").await;
    app.switch_to_window_titled("Design Lab projector").await;
    app.wait_for_text("#projector-segment", "Breakouts").await;
    app.wait_for_text("#projector-timer", "1:").await;
    app.screenshot("26-projector").await;
    app.switch_to_window_titled("Design Lab").await;
    app.screenshot("27-run-view").await;
    let before_crash = seconds_left(&app).await;
    app.kill().await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;

    // Opened again after the crash: the run goes on where it was, with the time that passed.
    let app = App::launch(&db).await;
    app.find("button[aria-label='Open Live lab']").await.click().await.unwrap();
    app.find("#run-lab").await.click().await.unwrap();
    app.wait_for_text("#now-heading", "Breakouts").await;
    app.wait_for_text("#run-toggle", "Pause").await;
    let after_restart = seconds_left(&app).await;
    assert!(
        (before_crash - 30..=before_crash - 2).contains(&after_restart),
        "the clock kept going while the app was down: {before_crash} s left, then {after_restart} s"
    );

    // The breakout is deleted from the agenda while it runs: the view says so rather than
    // show a clock for nothing, and → goes on with the close.
    let store = Store::open(&db).unwrap();
    let breakouts = store.agenda(lab.id).unwrap().segments.into_iter().find(|s| s.title == "Breakouts").unwrap();
    store.remove_segment(breakouts.id).unwrap();
    drop(store);
    app.wait_for_text("#now-heading", "This segment was removed from the agenda").await;
    app.wait_for_count("#run-countdown", 0).await;
    app.keys(Key::Right).await;
    app.wait_for_text("#now-heading", "Close").await;
    app.keys(Key::Right).await;
    app.wait_for_count(".now.finished", 1).await;
    app.wait_for_count("li[data-phase='done']", 2).await;
    app.wait_for_text("#run-projected", "The lab ended at").await;
    app.screenshot("28-run-finished").await;
    app.quit().await;
}
