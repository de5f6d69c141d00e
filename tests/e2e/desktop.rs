//! Issue 15: behaving like a desktop app. One app per database (a second launch brings the
//! first window forward, and the command line still works beside it), a window that opens as
//! large as it was left, even by a crash, and a database closed cleanly when the app is.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::App;

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn a_second_launch_brings_the_window_forward_and_the_window_keeps_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let app = App::launch(&db).await;
    app.wait_for_text("li[data-lab-id] h2", "Sample lab: AI in council services").await;

    // Launched again on the same database, as from the menu: no second window, and it ends.
    let mut second = Command::new(env!("CARGO_BIN_EXE_designlab"))
        .env("DESIGNLAB_DB", &db)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = second.kill();
            panic!("the second launch opened a window of its own");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let mut said = String::new();
    std::io::Read::read_to_string(&mut second.stderr.take().unwrap(), &mut said).unwrap();
    assert!(status.success(), "{status}: {said}");
    assert!(said.contains("already open"), "{said}");

    // The command line works while the window is open.
    let listed = Command::new(env!("CARGO_BIN_EXE_designlab")).args(["labs", "--db"]).arg(&db).output().unwrap();
    assert!(listed.status.success(), "{}", String::from_utf8_lossy(&listed.stderr));
    assert!(String::from_utf8_lossy(&listed.stdout).contains("Sample lab: AI in council services"));

    // And the window is still the app, answering.
    app.find("#about-open").await.click().await.unwrap();
    app.wait_for_text("#about-title", "About Design Lab").await;
    app.find("#about-close").await.click().await.unwrap();

    app.driver().set_window_rect(40, 30, 1000, 700).await.unwrap();
    let left = app.driver().get_window_rect().await.unwrap();
    app.screenshot("88-window-resized").await;
    // Kept moments after the last resize, without waiting for the app to exit.
    let state = db.with_file_name("window-state.json");
    let started = Instant::now();
    while !std::fs::read_to_string(&state).is_ok_and(|kept| kept.contains("1000")) {
        assert!(started.elapsed() < Duration::from_secs(10), "{:?}", std::fs::read_to_string(&state));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.kill().await;

    let app = App::launch(&db).await;
    app.wait_for_text("li[data-lab-id] h2", "Sample lab: AI in council services").await;
    let reopened = app.driver().get_window_rect().await.unwrap();
    assert_eq!((reopened.width, reopened.height), (left.width, left.height), "{left:?} then {reopened:?}");
    app.screenshot("89-window-reopened-as-left").await;
    app.terminate().await;
    // Ended as by a log-out, not crashed: the database's log was emptied into it as the app
    // exited, so the next start does not check the whole file as it does after a crash.
    let wal = db.with_file_name("designlab.sqlite3-wal");
    let log = std::fs::read_to_string(db.with_file_name("logs").join("designlab_rCURRENT.log")).unwrap_or_default();
    assert_eq!(std::fs::metadata(&wal).map_or(0, |found| found.len()), 0, "the log was left behind:\n{log}");
}
