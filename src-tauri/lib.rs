//! The desktop shell: opens the store the command line names (or the one in the app-data
//! folder), starts its backup schedule, and hands every command to the core.

mod cli;
pub mod commands;

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;
use designlab_core::{backup, ApiError, Change, Error, Store};
use tauri::{AppHandle, Emitter, Manager};

/// The open store, or why it could not be opened (shown by the UI on its first request).
pub struct Db(Result<Arc<Store>, ApiError>);

impl Db {
    fn store(&self) -> Result<&Store, ApiError> {
        self.0.as_deref().map_err(Clone::clone)
    }

    /// The store, for what outlives a command (the device hub).
    fn shared(&self) -> Result<Arc<Store>, ApiError> {
        self.0.clone()
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
            app.manage(open(cli.db.clone().unwrap_or_else(cli::default_db_path), app.handle().clone()));
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

fn open(path: PathBuf, app: AppHandle) -> Db {
    match Store::open(&path) {
        Ok(store) => {
            let store = Arc::new(store);
            // Screens showing notes or devices hear of a change the moment it is committed,
            // whether the app or a device made it.
            store.subscribe(move |change| {
                let _ = match change {
                    Change::Notes(notes) => app.emit("notes-changed", notes),
                    Change::Devices(devices) => app.emit("devices-changed", devices),
                };
            });
            backup::spawn_schedule(&store, backup::INTERVAL, |error: &Error| {
                eprintln!("designlab: backup failed: {}", error.brief());
            });
            Db(Ok(store))
        }
        Err(error) => {
            eprintln!("designlab: cannot open {}: {}", path.display(), error.brief());
            Db(Err(error.into()))
        }
    }
}
