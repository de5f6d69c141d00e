//! Running the lab live: the run's clock and the sound at time up.

use designlab_core::run::{RunAction, RunState};
use designlab_core::LabId;
use tauri::State;

use super::Reply;
use crate::Db;

#[tauri::command]
pub fn run_state(db: State<'_, Db>, lab_id: LabId) -> Reply<Option<RunState>> {
    Ok(db.store()?.run_state(lab_id)?)
}

#[tauri::command]
pub fn run_action(db: State<'_, Db>, lab_id: LabId, action: RunAction) -> Reply<RunState> {
    Ok(db.store()?.run_action(lab_id, action)?)
}

#[tauri::command]
pub fn sound_signal(db: State<'_, Db>) -> Reply<bool> {
    Ok(db.store()?.sound_signal()?)
}

#[tauri::command]
pub fn set_sound_signal(db: State<'_, Db>, on: bool) -> Reply<()> {
    Ok(db.store()?.set_sound_signal(on)?)
}
