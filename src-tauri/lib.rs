//! The desktop shell: opens the store the command line names (or the one in the app-data
//! folder), starts its backup schedule, and hands every command to the core.

mod cli;
mod commands;
mod files;
mod projector;

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

/// The database in the app-data folder, where Tauri's `app_data_dir` would put it (the folder
/// is named for the identifier in tauri.conf.json), so the command line can find it without a
/// window.
fn default_db_path() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("org.designlab.desktop").join("designlab.sqlite3")
}

pub fn run() {
    let cli = cli::Cli::parse();
    if let Some(command) = cli.command {
        std::process::exit(cli::run(command, cli.db.unwrap_or_else(default_db_path)));
    }
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            app.manage(open(cli.db.clone().unwrap_or_else(default_db_path)));
            app.manage(projector::ProjectorLab::default());
            Ok(())
        })
        .on_window_event(|window, event| {
            // Closing the main window ends the app, projector included.
            if window.label() == "main" && matches!(event, tauri::WindowEvent::Destroyed) {
                if let Some(projector) = window.app_handle().get_webview_window(projector::LABEL) {
                    let _ = projector.destroy();
                }
            }
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
            commands::undo_agenda,
            commands::redo_agenda,
            commands::list_groups,
            commands::add_group,
            commands::update_group,
            commands::remove_group,
            commands::list_participants,
            commands::add_participant,
            commands::update_participant,
            commands::remove_participant,
            commands::list_templates,
            commands::save_lab_as_template,
            commands::create_lab_from_template,
            commands::import_template_bytes,
            commands::delete_template,
            commands::stage_guide,
            commands::create_sample_lab,
            commands::first_run_sample,
            files::export_template,
            files::export_lab,
            files::import_file,
            commands::report_setup,
            commands::report_preview,
            commands::save_report_setup,
            commands::restore_input,
            commands::input_history,
            commands::search_inputs,
            commands::lab_tags,
            commands::draft,
            commands::save_draft,
            commands::list_themes,
            commands::add_theme,
            commands::update_theme,
            commands::remove_theme,
            commands::set_input_theme,
            commands::voting,
            commands::set_vote_method,
            commands::set_vote_budget,
            commands::set_vote,
            commands::list_actions,
            commands::add_action,
            commands::update_action,
            commands::remove_action,
            commands::run_state,
            commands::run_action,
            commands::sound_signal,
            commands::set_sound_signal,
            projector::open_projector,
            projector::hide_projector,
            projector::projector_visible,
            projector::projector_lab,
            projector::toggle_fullscreen,
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
