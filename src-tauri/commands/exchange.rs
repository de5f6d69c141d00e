//! Commands that ask the person for a file with the system's dialog, then hand the file to the
//! core. The dialog's wording comes from the UI, already translated.

use std::path::PathBuf;

use designlab_core::archive::ImportSummary;
use designlab_core::export::{file_name, ExportFormat, ReportLanguages};
use designlab_core::import::ImportKind;
use designlab_core::templates::TemplateSource;
use designlab_core::{ApiError, LabId, Language, SaveDialog};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use crate::Db;

/// Asks where to save a template, then writes it there. `None` when the person cancelled.
#[tauri::command]
pub async fn export_template(
    app: AppHandle,
    db: State<'_, Db>,
    source: TemplateSource,
    language: Language,
    dialog: SaveDialog,
) -> Result<Option<String>, ApiError> {
    let Some(path) = ask_where_to_save(&app, &dialog, &dialog.file_name, "json") else {
        return Ok(None);
    };
    db.store()?.export_template(source, language, &path)?;
    Ok(Some(path.display().to_string()))
}

/// Asks where to save a lab's report in `format` (suggesting the core's file name), then writes
/// it there. `None` when the person cancelled.
#[tauri::command]
pub async fn export_lab(
    app: AppHandle,
    db: State<'_, Db>,
    lab_id: LabId,
    format: ExportFormat,
    languages: ReportLanguages,
    dialog: SaveDialog,
) -> Result<Option<String>, ApiError> {
    let store = db.store()?;
    let suggested = file_name(&store.get_lab(lab_id)?, format);
    let Some(path) = ask_where_to_save(&app, &dialog, &suggested, format.extension()) else {
        return Ok(None);
    };
    store.export_to(lab_id, format, languages, &path)?;
    Ok(Some(path.display().to_string()))
}

/// Asks for a lab archive or a CSV of notes with the system's open dialog, then imports it (see
/// `Store::import_file`). `None` when the person cancelled.
#[tauri::command]
pub async fn import_file(
    app: AppHandle,
    db: State<'_, Db>,
    kind: ImportKind,
    lab_id: Option<LabId>,
    dialog: SaveDialog,
) -> Result<Option<ImportSummary>, ApiError> {
    let extension = match kind {
        ImportKind::Archive => "json",
        ImportKind::NotesCsv => "csv",
    };
    let chosen =
        app.dialog().file().set_title(&dialog.title).add_filter(&dialog.filter_name, &[extension]).blocking_pick_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    Ok(Some(db.store()?.import_file(kind, &path, lab_id)?))
}

/// The system's save dialog, worded by `dialog`, suggesting `file_name` and offering files
/// ending in `extension`; `None` when the person cancelled.
fn ask_where_to_save(app: &AppHandle, dialog: &SaveDialog, file_name: &str, extension: &str) -> Option<PathBuf> {
    let chosen = app
        .dialog()
        .file()
        .set_title(&dialog.title)
        .set_file_name(file_name)
        .add_filter(&dialog.filter_name, &[extension])
        .blocking_save_file();
    chosen.and_then(|p| p.into_path().ok())
}
