//! Where the data is kept, and getting it back: the About panel, the backups, and the
//! recovery offered when the database would not open.

use designlab_core::restore::{self, About, BackupFile, Recovery, Restored};
use designlab_core::ApiError;
use tauri::{AppHandle, State};

use super::Reply;
use crate::Db;

#[tauri::command]
pub fn about(db: State<'_, Db>) -> About {
    About::new(&db.path, db.store().is_ok_and(|store| store.is_read_only()))
}

#[tauri::command]
pub fn list_backups(db: State<'_, Db>) -> Reply<Vec<BackupFile>> {
    Ok(restore::backups(&db.path)?)
}

#[tauri::command]
pub fn restore_backup(db: State<'_, Db>, name: String) -> Reply<Restored> {
    Ok(db.store()?.restore_backup(&name)?)
}

#[tauri::command]
pub fn recovery(db: State<'_, Db>) -> Reply<Option<Recovery>> {
    match db.problem() {
        Some(problem) => Ok(restore::recovery(&db.path, &problem)?),
        None => Ok(None),
    }
}

/// Sets the damaged database aside, puts the backup `name` in its place and opens it.
#[tauri::command]
pub fn recover(app: AppHandle, db: State<'_, Db>, name: String) -> Reply<Restored> {
    if db.problem().is_none() {
        return Err(ApiError::from(designlab_core::Error::Internal("the database is open; restore from About".into())));
    }
    let restored = restore::replace_damaged(&db.path, &name)?;
    db.reopen(&app)?;
    Ok(restored)
}

/// Shows the database's folder in the system's file manager.
#[tauri::command]
pub fn open_data_folder(db: State<'_, Db>) -> Reply<()> {
    let folder = db.path.parent().unwrap_or(std::path::Path::new("."));
    open::that_detached(folder).map_err(|error| ApiError::from(designlab_core::Error::Io(error)))
}
