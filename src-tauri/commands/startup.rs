//! The end of the start-up, as the person meets it: the first screen drawn with its data and
//! ready for input. Its time since the process started is logged on every start, so a slow
//! laptop shows in its log, and the start-up benchmark (`scripts/bench-startup`) waits for it;
//! and only then does the first backup begin, so its copy and check of the whole file do not
//! take a core from the start.

use std::sync::mpsc::Sender;
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use tauri::State;

/// When this process started, and how to tell the backup schedule to begin.
pub struct Started {
    at: Instant,
    /// Taken by the first call: only the first screen of a start counts.
    begin_backups: Mutex<Option<Sender<()>>>,
}

impl Started {
    /// `at`: as near the process's start as the shell can tell, the first thing `run` does.
    pub fn new(at: Instant, begin_backups: Sender<()>) -> Self {
        Started { at, begin_backups: Mutex::new(Some(begin_backups)) }
    }
}

/// The start-up benchmark waits for this line in the log.
pub const FIRST_SCREEN: &str = "first screen ready";

/// Called by the UI each time its first screen has drawn its data; only the first call counts.
#[tauri::command]
pub fn first_screen_shown(started: State<'_, Started>) {
    let Some(begin_backups) = started.begin_backups.lock().unwrap_or_else(PoisonError::into_inner).take() else {
        return;
    };
    log::info!("{FIRST_SCREEN} {} ms after the start", started.at.elapsed().as_millis());
    let _ = begin_backups.send(());
}
