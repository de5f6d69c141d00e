//! The projector window: a second window showing the room only the current segment, its
//! prompt and its timer. It follows the run through the core like the run view does, so
//! hiding or closing it never touches the timer.

use std::sync::Mutex;

use designlab_core::LabId;
use designlab_core::{ApiError, ErrorCode};
use tauri::{AppHandle, Emitter, Manager, State, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

pub const LABEL: &str = "projector";

/// Told to an open projector window when the run view points it at a lab, so it changes at
/// once rather than at its next look.
const LAB_CHOSEN: &str = "projector-lab-chosen";

/// The lab the projector shows, chosen by the run view.
#[derive(Default)]
pub struct ProjectorLab(Mutex<Option<LabId>>);

fn window_error(error: tauri::Error) -> ApiError {
    ApiError { code: ErrorCode::Window, message: error.to_string(), field: None, location: None, csv: None, path: None }
}

/// Shows the projector window for `lab_id`, opening it the first time.
#[tauri::command]
pub fn open_projector(
    app: AppHandle,
    shown: State<'_, ProjectorLab>,
    lab_id: LabId,
    title: String,
) -> Result<(), ApiError> {
    *shown.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(lab_id);
    if let Some(window) = app.get_webview_window(LABEL) {
        window.set_title(&title).map_err(window_error)?;
        // Only the projector hears it; a failed emit leaves it to its two-second look.
        let _ = window.emit_to(LABEL, LAB_CHOSEN, ());
        window.show().map_err(window_error)?;
        return window.set_focus().map_err(window_error);
    }
    WebviewWindowBuilder::new(&app, LABEL, WebviewUrl::App("index.html".into()))
        .title(title)
        .inner_size(1280.0, 720.0)
        .min_inner_size(480.0, 320.0)
        .build()
        .map(drop)
        .map_err(window_error)
}

/// Hides the projector window; the run goes on.
#[tauri::command]
pub fn hide_projector(app: AppHandle) -> Result<(), ApiError> {
    match app.get_webview_window(LABEL) {
        Some(window) => window.hide().map_err(window_error),
        None => Ok(()),
    }
}

/// Whether the projector window is showing.
#[tauri::command]
pub fn projector_visible(app: AppHandle) -> bool {
    app.get_webview_window(LABEL).and_then(|w| w.is_visible().ok()).unwrap_or(false)
}

/// The lab the projector should show.
#[tauri::command]
pub fn projector_lab(shown: State<'_, ProjectorLab>) -> Option<LabId> {
    *shown.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Full screen on and off, for the window that asks (the projector, on F or F11).
#[tauri::command]
pub fn toggle_fullscreen(window: WebviewWindow) -> Result<(), ApiError> {
    let full = window.is_fullscreen().map_err(window_error)?;
    window.set_fullscreen(!full).map_err(window_error)
}
