//! Commands that ask the person for a file with the system's dialog, then hand the file to the
//! core. The dialog's wording comes from the UI, already translated.

use designlab_core::templates::TemplateSource;
use designlab_core::{ApiError, Language, SaveDialog};
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
    let chosen = app
        .dialog()
        .file()
        .set_title(&dialog.title)
        .set_file_name(&dialog.file_name)
        .add_filter(&dialog.filter_name, &["json"])
        .blocking_save_file();
    let Some(path) = chosen.and_then(|p| p.into_path().ok()) else {
        return Ok(None);
    };
    db.store()?.export_template(source, language, &path)?;
    Ok(Some(path.display().to_string()))
}
