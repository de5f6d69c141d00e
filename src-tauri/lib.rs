//! The desktop shell: opens the store the command line names (or the one in the app-data
//! folder), starts its backup schedule, and hands every command to the core.

mod cli;
mod commands;

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;
use designlab_core::{backup, ApiError, Error, Store};
use tauri::Manager;

/// The open store, or why it could not be opened (shown by the UI on its first request).
pub struct Db(Result<Arc<Store>, ApiError>);

impl Db {
    fn store(&self) -> Result<&Store, ApiError> {
        self.0.as_deref().map_err(Clone::clone)
    }
}

const DEFAULT_DB_FILE: &str = "designlab.sqlite3";

pub fn run() {
    let cli = cli::Cli::parse();
    tauri::Builder::default()
        .setup(move |app| {
            let path = match cli.db.clone() {
                Some(path) => path,
                None => app.path().app_data_dir()?.join(DEFAULT_DB_FILE),
            };
            app.manage(open(path));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::list_labs,
            commands::get_lab,
            commands::new_lab_defaults,
            commands::create_lab,
            commands::update_lab,
            commands::duplicate_lab,
            commands::delete_lab,
            commands::list_challenges,
            commands::get_challenge,
            commands::add_challenge,
            commands::update_challenge,
            commands::remove_challenge,
            commands::list_roles,
            commands::add_role,
            commands::rename_role,
            commands::move_role,
            commands::set_role_retired,
            commands::remove_role,
            commands::list_inputs,
            commands::create_input,
            commands::update_input,
            commands::delete_input,
            commands::agenda,
            commands::add_segment,
            commands::update_segment,
            commands::remove_segment,
            commands::move_segment,
            commands::get_language,
            commands::set_language,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|error| {
            eprintln!("designlab: {error}");
            std::process::exit(1);
        });
}

fn open(path: PathBuf) -> Db {
    match Store::open(&path) {
        Ok(store) => {
            let store = Arc::new(store);
            backup::spawn_schedule(&store, backup::INTERVAL, |error: &Error| {
                eprintln!("designlab: backup failed: {error}");
            });
            Db(Ok(store))
        }
        Err(error) => {
            eprintln!("designlab: cannot open {}: {error}", path.display());
            Db(Err(error.into()))
        }
    }
}
