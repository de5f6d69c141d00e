//! The report's setup and its preview in the app.

use designlab_core::export::{ExportFormat, ReportLanguages};
use designlab_core::report::ReportSetup;
use designlab_core::LabId;
use tauri::State;

use super::Reply;
use crate::Db;

#[tauri::command]
pub fn report_setup(db: State<'_, Db>, lab_id: LabId) -> Reply<ReportSetup> {
    Ok(db.store()?.report_setup(lab_id)?)
}

#[tauri::command]
pub fn save_report_setup(db: State<'_, Db>, lab_id: LabId, setup: ReportSetup) -> Reply<ReportSetup> {
    Ok(db.store()?.save_report_setup(lab_id, &setup)?)
}

/// The report as the HTML export writes it, for the preview.
#[tauri::command]
pub fn report_preview(db: State<'_, Db>, lab_id: LabId, languages: ReportLanguages) -> Reply<String> {
    let bytes = db.store()?.export(lab_id, ExportFormat::Html, languages)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
