//! In plenary: themes, voting and actions, and what they speak to among the well-being goals.

use designlab_core::actions::{Action, ActionFields, ActionStatus};
use designlab_core::themes::{Theme, ThemeFields};
use designlab_core::voting::{VoteMethod, VoteTarget, Voting};
use designlab_core::{ActionId, ChallengeId, Goal, GoalTarget, GroupId, NoteId, ThemeId, ThemeSuggestion};
use tauri::State;

use super::Reply;
use crate::Db;

#[tauri::command]
pub fn list_themes(db: State<'_, Db>, challenge_id: ChallengeId) -> Reply<Vec<Theme>> {
    Ok(db.store()?.list_themes(challenge_id)?)
}

#[tauri::command]
pub fn add_theme(db: State<'_, Db>, challenge_id: ChallengeId, fields: ThemeFields) -> Reply<Theme> {
    Ok(db.store()?.add_theme(challenge_id, &fields)?)
}

#[tauri::command]
pub fn update_theme(db: State<'_, Db>, id: ThemeId, fields: ThemeFields) -> Reply<Theme> {
    Ok(db.store()?.update_theme(id, &fields)?)
}

#[tauri::command]
pub fn remove_theme(db: State<'_, Db>, id: ThemeId) -> Reply<()> {
    Ok(db.store()?.remove_theme(id)?)
}

#[tauri::command]
pub fn set_note_theme(db: State<'_, Db>, note_id: NoteId, theme_id: Option<ThemeId>) -> Reply<Vec<Theme>> {
    Ok(db.store()?.set_note_theme(note_id, theme_id)?)
}

#[tauri::command]
pub fn suggest_themes(db: State<'_, Db>, challenge_id: ChallengeId) -> Reply<Vec<ThemeSuggestion>> {
    Ok(db.store()?.suggest_themes(challenge_id)?)
}

#[tauri::command]
pub fn accept_theme_suggestion(
    db: State<'_, Db>,
    challenge_id: ChallengeId,
    fields: ThemeFields,
    note_ids: Vec<NoteId>,
) -> Reply<Vec<Theme>> {
    Ok(db.store()?.accept_theme_suggestion(challenge_id, &fields, &note_ids)?)
}

#[tauri::command]
pub fn voting(db: State<'_, Db>, challenge_id: ChallengeId) -> Reply<Voting> {
    Ok(db.store()?.voting(challenge_id)?)
}

#[tauri::command]
pub fn set_vote_method(db: State<'_, Db>, challenge_id: ChallengeId, method: VoteMethod) -> Reply<Voting> {
    Ok(db.store()?.set_vote_method(challenge_id, method)?)
}

#[tauri::command]
pub fn set_vote_budget(
    db: State<'_, Db>,
    challenge_id: ChallengeId,
    group_id: Option<GroupId>,
    dots: u32,
) -> Reply<Voting> {
    Ok(db.store()?.set_vote_budget(challenge_id, group_id, dots)?)
}

#[tauri::command]
pub fn set_vote(
    db: State<'_, Db>,
    challenge_id: ChallengeId,
    group_id: Option<GroupId>,
    target: VoteTarget,
    value: u32,
) -> Reply<Voting> {
    Ok(db.store()?.set_vote(challenge_id, group_id, target, value)?)
}

#[tauri::command]
pub fn list_actions(db: State<'_, Db>, challenge_id: ChallengeId) -> Reply<Vec<Action>> {
    Ok(db.store()?.list_actions(challenge_id)?)
}

#[tauri::command]
pub fn add_action(db: State<'_, Db>, challenge_id: ChallengeId, fields: ActionFields) -> Reply<Action> {
    Ok(db.store()?.add_action(challenge_id, &fields)?)
}

#[tauri::command]
pub fn update_action(db: State<'_, Db>, id: ActionId, fields: ActionFields) -> Reply<Action> {
    Ok(db.store()?.update_action(id, &fields)?)
}

#[tauri::command]
pub fn set_action_status(db: State<'_, Db>, id: ActionId, status: ActionStatus, note: String) -> Reply<Action> {
    Ok(db.store()?.set_action_status(id, status, &note)?)
}

#[tauri::command]
pub fn set_goals(db: State<'_, Db>, target: GoalTarget, goals: Vec<Goal>) -> Reply<Vec<Goal>> {
    Ok(db.store()?.set_goals(target, &goals)?)
}

#[tauri::command]
pub fn remove_action(db: State<'_, Db>, id: ActionId) -> Reply<()> {
    Ok(db.store()?.remove_action(id)?)
}
