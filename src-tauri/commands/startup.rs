//! The end of the start-up, as the person meets it: the first screen drawn with its data and
//! ready for input. Its time since the process started is logged on every start, so a slow
//! laptop shows in its log, and the start-up benchmark (`scripts/bench-startup`) waits for it;
//! and only then does the first backup begin, so its copy and check of the whole file do not
//! take a core from the start.

use std::sync::mpsc::Sender;
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use tauri::State;

/// When this process started, as near as the shell can tell: the first thing `run` does.
pub struct Started {
    at: Instant,
    /// Tells the backup schedule to begin; taken by the first call.
    begin_backups: Mutex<Option<Sender<()>>>,
}

impl Started {
    pub fn now() -> Self {
        Started { at: Instant::now(), begin_backups: Mutex::new(None) }
    }

    /// The same start, which will tell the backup schedule to begin once the screen is drawn.
    pub fn then(self, begin_backups: Sender<()>) -> Self {
        Started { begin_backups: Mutex::new(Some(begin_backups)), ..self }
    }
}

/// The start-up benchmark waits for this line, in the log and on standard error.
pub const FIRST_SCREEN: &str = "first screen ready";

/// Called by the UI once its first screen has drawn its data; only the first call counts.
#[tauri::command]
pub fn first_screen_shown(started: State<'_, Started>) {
    let Some(begin_backups) = started.begin_backups.lock().unwrap_or_else(PoisonError::into_inner).take() else {
        return;
    };
    log::info!("{FIRST_SCREEN} {} ms after the start", started.at.elapsed().as_millis());
    let _ = begin_backups.send(());
}
