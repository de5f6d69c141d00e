//! Preferences of this installation.

use designlab_core::Language;
use tauri::State;

use super::Reply;
use crate::Db;

#[tauri::command]
pub fn get_language(db: State<'_, Db>) -> Reply<Option<Language>> {
    Ok(db.store()?.language()?)
}

#[tauri::command]
pub fn set_language(db: State<'_, Db>, language: Language) -> Reply<()> {
    Ok(db.store()?.set_language(language)?)
}
