//! The desktop shell: opens the store the command line names (or the one in the app-data
//! folder), starts its backup schedule, and hands every command to the core.

mod cli;
pub mod commands;

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use clap::Parser;
use designlab_core::{backup, ApiError, Change, Error, ErrorCode, Store};
use tauri::{AppHandle, Emitter, Manager};

/// The database: where it is, and the open store or why it could not be opened (shown by the
/// UI on its first request, with a backup to restore when one can mend it).
pub struct Db {
    path: PathBuf,
    open: RwLock<Result<Arc<Store>, ApiError>>,
}

impl Db {
    /// The open store, shared with what outlives a command (the device hub).
    fn store(&self) -> Result<Arc<Store>, ApiError> {
        self.open.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Why the store could not be opened, if it could not.
    fn problem(&self) -> Option<ApiError> {
        self.open.read().unwrap_or_else(PoisonError::into_inner).as_ref().err().cloned()
    }

    /// Stops using the store: nothing more is written to a damaged file.
    fn close_damaged(&self, problem: ApiError) {
        *self.open.write().unwrap_or_else(PoisonError::into_inner) = Err(problem);
    }

    /// Opens the store again, after its file was mended.
    fn reopen(&self, app: &AppHandle) -> Result<(), ApiError> {
        let reopened = open(&self.path, app.clone());
        let result = reopened.as_ref().map(drop).map_err(Clone::clone);
        *self.open.write().unwrap_or_else(PoisonError::into_inner) = reopened;
        result
    }
}

pub fn run() {
    let cli = cli::Cli::parse();
    if let Some(command) = cli.command {
        std::process::exit(cli::run(command, cli.db.unwrap_or_else(cli::default_db_path)));
    }
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let path = cli.db.clone().unwrap_or_else(cli::default_db_path);
            app.manage(Db { open: RwLock::new(open(&path, app.handle().clone())), path });
            app.manage(commands::projector::ProjectorLab::default());
            app.manage(commands::hub::OpenHub::default());
            app.manage(commands::hub::ProjectorJoin::default());
            Ok(())
        })
        .on_window_event(|window, event| {
            // Closing the main window ends the app, projector and device hub included.
            if window.label() == "main" && matches!(event, tauri::WindowEvent::Destroyed) {
                window.app_handle().state::<commands::hub::OpenHub>().close_on_quit();
                if let Some(projector) = window.app_handle().get_webview_window(commands::projector::LABEL) {
                    let _ = projector.destroy();
                }
            }
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .unwrap_or_else(|error| {
            eprintln!("designlab: {error}");
            std::process::exit(1);
        });
}

fn open(path: &Path, app: AppHandle) -> Result<Arc<Store>, ApiError> {
    match Store::open(path) {
        Ok(store) => {
            let store = Arc::new(store);
            let damaged = app.clone();
            // Screens showing notes or devices hear of a change the moment it is committed,
            // whether the app or a device made it.
            store.subscribe(move |change| {
                let _ = match change {
                    Change::Notes(notes) => app.emit("notes-changed", notes),
                    Change::Devices(devices) => app.emit("devices-changed", devices),
                };
            });
            backup::spawn_schedule(&store, backup::INTERVAL, move |error: &Error| {
                eprintln!("designlab: backup failed: {}", error.brief());
                if error.code() == ErrorCode::DatabaseCorrupt {
                    found_damaged(&damaged, error);
                }
            });
            Ok(store)
        }
        Err(error) => {
            eprintln!("designlab: cannot open {}: {}", path.display(), error.brief());
            Err(error.into())
        }
    }
}

/// A backup's check found the database damaged: the device hub stops, the app stops writing to
/// the file, and the window is told, to offer the latest sound backup in its place.
fn found_damaged(app: &AppHandle, error: &Error) {
    app.state::<commands::hub::OpenHub>().close_on_quit();
    app.state::<Db>().close_damaged(error.into());
    let _ = app.emit("database-damaged", ());
}
