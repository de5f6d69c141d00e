//! Tauri commands: one-line hand-offs to the core. No rules live here.

use designlab_core::actions::{Action, ActionFields};
use designlab_core::export::ExportFormat;
use designlab_core::report::ReportSetup;
use designlab_core::run::{RunAction, RunState};
use designlab_core::search::InputFilter;
use designlab_core::template::StageGuide;
use designlab_core::templates::{self, TemplateSource, TemplateSummary};
use designlab_core::themes::{Theme, ThemeFields};
use designlab_core::voting::{VoteMethod, VoteTarget, Voting};
use designlab_core::{
    Agenda, ApiError, BreakoutGroup, BreakoutGroupFields, Challenge, ChallengeFields, Input, InputEdit, InputRevision,
    Lab, LabFields, Language, NewInput, Participant, ParticipantFields, Segment, SegmentFields, Stage, StakeholderRole,
};
use tauri::State;
use uuid::Uuid;

use crate::Db;

type Reply<T> = Result<T, ApiError>;

#[tauri::command]
pub fn list_labs(db: State<'_, Db>) -> Reply<Vec<Lab>> {
    Ok(db.store()?.list_labs()?)
}

#[tauri::command]
pub fn get_lab(db: State<'_, Db>, id: Uuid) -> Reply<Lab> {
    Ok(db.store()?.get_lab(id)?)
}

#[tauri::command]
pub fn new_lab_defaults(db: State<'_, Db>, language: Language) -> Reply<LabFields> {
    Ok(db.store()?.new_lab_defaults(language))
}

#[tauri::command]
pub fn create_lab(db: State<'_, Db>, fields: LabFields, language: Language) -> Reply<Lab> {
    Ok(db.store()?.create_lab(&fields, language)?)
}

#[tauri::command]
pub fn update_lab(db: State<'_, Db>, id: Uuid, fields: LabFields) -> Reply<Lab> {
    Ok(db.store()?.update_lab(id, &fields)?)
}

#[tauri::command]
pub fn duplicate_lab(db: State<'_, Db>, id: Uuid, title: String) -> Reply<Lab> {
    Ok(db.store()?.duplicate_lab(id, &title)?)
}

#[tauri::command]
pub fn delete_lab(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.delete_lab(id)?)
}

#[tauri::command]
pub fn list_challenges(db: State<'_, Db>, lab_id: Uuid) -> Reply<Vec<Challenge>> {
    Ok(db.store()?.list_challenges(lab_id)?)
}

#[tauri::command]
pub fn get_challenge(db: State<'_, Db>, id: Uuid) -> Reply<Challenge> {
    Ok(db.store()?.get_challenge(id)?)
}

#[tauri::command]
pub fn add_challenge(db: State<'_, Db>, lab_id: Uuid, fields: ChallengeFields) -> Reply<Challenge> {
    Ok(db.store()?.add_challenge(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_challenge(db: State<'_, Db>, id: Uuid, fields: ChallengeFields) -> Reply<Challenge> {
    Ok(db.store()?.update_challenge(id, &fields)?)
}

#[tauri::command]
pub fn remove_challenge(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.remove_challenge(id)?)
}

#[tauri::command]
pub fn list_roles(db: State<'_, Db>, lab_id: Uuid) -> Reply<Vec<StakeholderRole>> {
    Ok(db.store()?.list_roles(lab_id)?)
}

#[tauri::command]
pub fn add_role(db: State<'_, Db>, lab_id: Uuid, name: String) -> Reply<StakeholderRole> {
    Ok(db.store()?.add_role(lab_id, &name)?)
}

#[tauri::command]
pub fn rename_role(db: State<'_, Db>, id: Uuid, name: String) -> Reply<StakeholderRole> {
    Ok(db.store()?.rename_role(id, &name)?)
}

#[tauri::command]
pub fn move_role(db: State<'_, Db>, id: Uuid, index: usize) -> Reply<Vec<StakeholderRole>> {
    Ok(db.store()?.move_role(id, index)?)
}

#[tauri::command]
pub fn set_role_retired(db: State<'_, Db>, id: Uuid, retired: bool) -> Reply<StakeholderRole> {
    Ok(db.store()?.set_role_retired(id, retired)?)
}

#[tauri::command]
pub fn remove_role(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.remove_role(id)?)
}

#[tauri::command]
pub fn list_inputs(db: State<'_, Db>, challenge_id: Uuid) -> Reply<Vec<Input>> {
    Ok(db.store()?.list_inputs(challenge_id)?)
}

#[tauri::command]
pub fn create_input(db: State<'_, Db>, input: NewInput) -> Reply<Input> {
    Ok(db.store()?.create_input(&input)?)
}

#[tauri::command]
pub fn update_input(db: State<'_, Db>, id: Uuid, edit: InputEdit) -> Reply<Input> {
    Ok(db.store()?.update_input(id, &edit)?)
}

#[tauri::command]
pub fn delete_input(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.delete_input(id)?)
}

#[tauri::command]
pub fn agenda(db: State<'_, Db>, lab_id: Uuid) -> Reply<Agenda> {
    Ok(db.store()?.agenda(lab_id)?)
}

#[tauri::command]
pub fn add_segment(db: State<'_, Db>, lab_id: Uuid, fields: SegmentFields) -> Reply<Segment> {
    Ok(db.store()?.add_segment(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_segment(db: State<'_, Db>, id: Uuid, fields: SegmentFields) -> Reply<Segment> {
    Ok(db.store()?.update_segment(id, &fields)?)
}

#[tauri::command]
pub fn remove_segment(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.remove_segment(id)?)
}

#[tauri::command]
pub fn move_segment(db: State<'_, Db>, id: Uuid, index: usize) -> Reply<Agenda> {
    Ok(db.store()?.move_segment(id, index)?)
}

#[tauri::command]
pub fn get_language(db: State<'_, Db>) -> Reply<Option<Language>> {
    Ok(db.store()?.language()?)
}

#[tauri::command]
pub fn set_language(db: State<'_, Db>, language: Language) -> Reply<()> {
    Ok(db.store()?.set_language(language)?)
}

#[tauri::command]
pub fn undo_agenda(db: State<'_, Db>, lab_id: Uuid) -> Reply<Agenda> {
    Ok(db.store()?.undo_agenda(lab_id)?)
}

#[tauri::command]
pub fn redo_agenda(db: State<'_, Db>, lab_id: Uuid) -> Reply<Agenda> {
    Ok(db.store()?.redo_agenda(lab_id)?)
}

#[tauri::command]
pub fn list_groups(db: State<'_, Db>, lab_id: Uuid) -> Reply<Vec<BreakoutGroup>> {
    Ok(db.store()?.list_groups(lab_id)?)
}

#[tauri::command]
pub fn add_group(db: State<'_, Db>, lab_id: Uuid, fields: BreakoutGroupFields) -> Reply<BreakoutGroup> {
    Ok(db.store()?.add_group(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_group(db: State<'_, Db>, id: Uuid, fields: BreakoutGroupFields) -> Reply<BreakoutGroup> {
    Ok(db.store()?.update_group(id, &fields)?)
}

#[tauri::command]
pub fn remove_group(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.remove_group(id)?)
}

#[tauri::command]
pub fn list_participants(db: State<'_, Db>, lab_id: Uuid) -> Reply<Vec<Participant>> {
    Ok(db.store()?.list_participants(lab_id)?)
}

#[tauri::command]
pub fn add_participant(db: State<'_, Db>, lab_id: Uuid, fields: ParticipantFields) -> Reply<Participant> {
    Ok(db.store()?.add_participant(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_participant(db: State<'_, Db>, id: Uuid, fields: ParticipantFields) -> Reply<Participant> {
    Ok(db.store()?.update_participant(id, &fields)?)
}

#[tauri::command]
pub fn remove_participant(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.remove_participant(id)?)
}

#[tauri::command]
pub fn list_templates(db: State<'_, Db>, language: Language) -> Reply<Vec<TemplateSummary>> {
    Ok(db.store()?.list_templates(language)?)
}

#[tauri::command]
pub fn save_lab_as_template(
    db: State<'_, Db>,
    lab_id: Uuid,
    name: String,
    language: Language,
) -> Reply<TemplateSummary> {
    Ok(db.store()?.save_lab_as_template(lab_id, &name, language)?)
}

#[tauri::command]
pub fn create_lab_from_template(
    db: State<'_, Db>,
    source: TemplateSource,
    title: String,
    language: Language,
) -> Reply<Lab> {
    Ok(db.store()?.create_lab_from_template(source, &title, language)?)
}

#[tauri::command]
pub fn import_template_bytes(db: State<'_, Db>, bytes: Vec<u8>) -> Reply<TemplateSummary> {
    Ok(db.store()?.import_template_bytes(&bytes)?)
}

#[tauri::command]
pub fn delete_template(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.delete_template(id)?)
}

#[tauri::command]
pub fn stage_guide(language: Language, stage: Stage) -> Option<StageGuide> {
    templates::stage_guide(language, stage)
}

#[tauri::command]
pub fn create_sample_lab(db: State<'_, Db>, language: Language) -> Reply<Lab> {
    Ok(db.store()?.create_sample_lab(language)?)
}

#[tauri::command]
pub fn first_run_sample(db: State<'_, Db>, language: Language) -> Reply<Option<Lab>> {
    Ok(db.store()?.first_run_sample(language)?)
}

#[tauri::command]
pub fn run_state(db: State<'_, Db>, lab_id: Uuid) -> Reply<Option<RunState>> {
    Ok(db.store()?.run_state(lab_id)?)
}

#[tauri::command]
pub fn run_action(db: State<'_, Db>, lab_id: Uuid, action: RunAction) -> Reply<RunState> {
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

#[tauri::command]
pub fn draft(db: State<'_, Db>, challenge_id: Uuid, group_id: Option<Uuid>) -> Reply<String> {
    Ok(db.store()?.draft(challenge_id, group_id)?)
}

#[tauri::command]
pub fn save_draft(db: State<'_, Db>, challenge_id: Uuid, group_id: Option<Uuid>, text: String) -> Reply<()> {
    Ok(db.store()?.save_draft(challenge_id, group_id, &text)?)
}

#[tauri::command]
pub fn search_inputs(db: State<'_, Db>, lab_id: Uuid, filter: InputFilter) -> Reply<Vec<Input>> {
    Ok(db.store()?.search_inputs(lab_id, &filter)?)
}

#[tauri::command]
pub fn lab_tags(db: State<'_, Db>, lab_id: Uuid) -> Reply<Vec<String>> {
    Ok(db.store()?.lab_tags(lab_id)?)
}

#[tauri::command]
pub fn restore_input(db: State<'_, Db>, id: Uuid) -> Reply<Input> {
    Ok(db.store()?.restore_input(id)?)
}

#[tauri::command]
pub fn input_history(db: State<'_, Db>, id: Uuid) -> Reply<Vec<InputRevision>> {
    Ok(db.store()?.input_history(id)?)
}

#[tauri::command]
pub fn list_themes(db: State<'_, Db>, challenge_id: Uuid) -> Reply<Vec<Theme>> {
    Ok(db.store()?.list_themes(challenge_id)?)
}

#[tauri::command]
pub fn add_theme(db: State<'_, Db>, challenge_id: Uuid, fields: ThemeFields) -> Reply<Theme> {
    Ok(db.store()?.add_theme(challenge_id, &fields)?)
}

#[tauri::command]
pub fn update_theme(db: State<'_, Db>, id: Uuid, fields: ThemeFields) -> Reply<Theme> {
    Ok(db.store()?.update_theme(id, &fields)?)
}

#[tauri::command]
pub fn remove_theme(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.remove_theme(id)?)
}

#[tauri::command]
pub fn set_input_theme(db: State<'_, Db>, input_id: Uuid, theme_id: Option<Uuid>) -> Reply<Vec<Theme>> {
    Ok(db.store()?.set_input_theme(input_id, theme_id)?)
}

#[tauri::command]
pub fn voting(db: State<'_, Db>, challenge_id: Uuid) -> Reply<Voting> {
    Ok(db.store()?.voting(challenge_id)?)
}

#[tauri::command]
pub fn set_vote_method(db: State<'_, Db>, challenge_id: Uuid, method: VoteMethod) -> Reply<Voting> {
    Ok(db.store()?.set_vote_method(challenge_id, method)?)
}

#[tauri::command]
pub fn set_vote_budget(db: State<'_, Db>, challenge_id: Uuid, group_id: Option<Uuid>, dots: u32) -> Reply<Voting> {
    Ok(db.store()?.set_vote_budget(challenge_id, group_id, dots)?)
}

#[tauri::command]
pub fn set_vote(
    db: State<'_, Db>,
    challenge_id: Uuid,
    group_id: Option<Uuid>,
    target: VoteTarget,
    value: u32,
) -> Reply<Voting> {
    Ok(db.store()?.set_vote(challenge_id, group_id, target, value)?)
}

#[tauri::command]
pub fn list_actions(db: State<'_, Db>, challenge_id: Uuid) -> Reply<Vec<Action>> {
    Ok(db.store()?.list_actions(challenge_id)?)
}

#[tauri::command]
pub fn add_action(db: State<'_, Db>, challenge_id: Uuid, fields: ActionFields) -> Reply<Action> {
    Ok(db.store()?.add_action(challenge_id, &fields)?)
}

#[tauri::command]
pub fn update_action(db: State<'_, Db>, id: Uuid, fields: ActionFields) -> Reply<Action> {
    Ok(db.store()?.update_action(id, &fields)?)
}

#[tauri::command]
pub fn remove_action(db: State<'_, Db>, id: Uuid) -> Reply<()> {
    Ok(db.store()?.remove_action(id)?)
}

#[tauri::command]
pub fn report_setup(db: State<'_, Db>, lab_id: Uuid) -> Reply<ReportSetup> {
    Ok(db.store()?.report_setup(lab_id)?)
}

#[tauri::command]
pub fn save_report_setup(db: State<'_, Db>, lab_id: Uuid, setup: ReportSetup) -> Reply<ReportSetup> {
    Ok(db.store()?.save_report_setup(lab_id, &setup)?)
}

/// The report as the HTML export writes it, for the preview.
#[tauri::command]
pub fn report_preview(db: State<'_, Db>, lab_id: Uuid, language: Language) -> Reply<String> {
    let bytes = db.store()?.export(lab_id, ExportFormat::Html, language)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
