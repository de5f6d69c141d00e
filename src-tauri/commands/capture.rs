//! Notes as they are typed: saving, editing with history, drafts, search and tags.

use designlab_core::search::NoteFilter;
use designlab_core::{ChallengeId, GroupId, LabId, NoteId};
use designlab_core::{NewNote, Note, NoteEdit, NoteRevision};
use tauri::State;

use super::Reply;
use crate::Db;

#[tauri::command]
pub fn list_notes(db: State<'_, Db>, challenge_id: ChallengeId) -> Reply<Vec<Note>> {
    Ok(db.store()?.list_notes(challenge_id)?)
}

#[tauri::command]
pub fn create_note(db: State<'_, Db>, note: NewNote) -> Reply<Note> {
    Ok(db.store()?.create_note(&note)?)
}

#[tauri::command]
pub fn update_note(db: State<'_, Db>, id: NoteId, edit: NoteEdit) -> Reply<Note> {
    Ok(db.store()?.update_note(id, &edit)?)
}

#[tauri::command]
pub fn delete_note(db: State<'_, Db>, id: NoteId) -> Reply<()> {
    Ok(db.store()?.delete_note(id)?)
}

#[tauri::command]
pub fn draft(db: State<'_, Db>, challenge_id: ChallengeId, group_id: Option<GroupId>) -> Reply<String> {
    Ok(db.store()?.draft(challenge_id, group_id)?)
}

#[tauri::command]
pub fn save_draft(db: State<'_, Db>, challenge_id: ChallengeId, group_id: Option<GroupId>, text: String) -> Reply<()> {
    Ok(db.store()?.save_draft(challenge_id, group_id, &text)?)
}

#[tauri::command]
pub fn search_notes(db: State<'_, Db>, lab_id: LabId, filter: NoteFilter) -> Reply<Vec<Note>> {
    Ok(db.store()?.search_notes(lab_id, &filter)?)
}

#[tauri::command]
pub fn lab_tags(db: State<'_, Db>, lab_id: LabId) -> Reply<Vec<String>> {
    Ok(db.store()?.lab_tags(lab_id)?)
}

#[tauri::command]
pub fn restore_note(db: State<'_, Db>, id: NoteId) -> Reply<Note> {
    Ok(db.store()?.restore_note(id)?)
}

#[tauri::command]
pub fn note_history(db: State<'_, Db>, id: NoteId) -> Reply<Vec<NoteRevision>> {
    Ok(db.store()?.note_history(id)?)
}
