//! Before the day: labs, challenges, roles, the agenda, groups, participants, templates, the
//! sample lab and series of labs.

use designlab_core::invitation::InvitationQuestion;
use designlab_core::templates::file::StageGuide;
use designlab_core::templates::{self, TemplateSource, TemplateSummary};
use designlab_core::{
    Agenda, BreakoutGroup, BreakoutGroupFields, Challenge, ChallengeFields, Lab, LabFields, Language, Participant,
    ParticipantFields, Segment, SegmentFields, SeriesLink, Stage, StakeholderRole,
};
use designlab_core::{ChallengeId, GroupId, LabId, ParticipantId, RoleId, SegmentId, TemplateId};
use tauri::State;

use super::Reply;
use crate::Db;

#[tauri::command]
pub fn list_labs(db: State<'_, Db>) -> Reply<Vec<Lab>> {
    Ok(db.store()?.list_labs()?)
}

#[tauri::command]
pub fn get_lab(db: State<'_, Db>, id: LabId) -> Reply<Lab> {
    Ok(db.store()?.get_lab(id)?)
}

/// The Welsh Language Standards' question for the lab's invitations, in Welsh and English.
#[tauri::command]
pub fn invitation_question(db: State<'_, Db>, lab_id: LabId) -> Reply<Vec<InvitationQuestion>> {
    Ok(db.store()?.invitation_question(lab_id)?)
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
pub fn update_lab(db: State<'_, Db>, id: LabId, fields: LabFields) -> Reply<Lab> {
    Ok(db.store()?.update_lab(id, &fields)?)
}

#[tauri::command]
pub fn duplicate_lab(db: State<'_, Db>, id: LabId, title: String) -> Reply<Lab> {
    Ok(db.store()?.duplicate_lab(id, &title)?)
}

#[tauri::command]
pub fn start_next_lab(db: State<'_, Db>, id: LabId, title: String) -> Reply<SeriesLink> {
    Ok(db.store()?.start_next_lab(id, &title)?)
}

#[tauri::command]
pub fn set_lab_follows(db: State<'_, Db>, id: LabId, earlier: Option<LabId>) -> Reply<SeriesLink> {
    Ok(db.store()?.set_lab_follows(id, earlier)?)
}

#[tauri::command]
pub fn delete_lab(db: State<'_, Db>, id: LabId) -> Reply<()> {
    Ok(db.store()?.delete_lab(id)?)
}

#[tauri::command]
pub fn list_challenges(db: State<'_, Db>, lab_id: LabId) -> Reply<Vec<Challenge>> {
    Ok(db.store()?.list_challenges(lab_id)?)
}

#[tauri::command]
pub fn get_challenge(db: State<'_, Db>, id: ChallengeId) -> Reply<Challenge> {
    Ok(db.store()?.get_challenge(id)?)
}

#[tauri::command]
pub fn add_challenge(db: State<'_, Db>, lab_id: LabId, fields: ChallengeFields) -> Reply<Challenge> {
    Ok(db.store()?.add_challenge(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_challenge(db: State<'_, Db>, id: ChallengeId, fields: ChallengeFields) -> Reply<Challenge> {
    Ok(db.store()?.update_challenge(id, &fields)?)
}

#[tauri::command]
pub fn remove_challenge(db: State<'_, Db>, id: ChallengeId) -> Reply<()> {
    Ok(db.store()?.remove_challenge(id)?)
}

#[tauri::command]
pub fn list_roles(db: State<'_, Db>, lab_id: LabId) -> Reply<Vec<StakeholderRole>> {
    Ok(db.store()?.list_roles(lab_id)?)
}

#[tauri::command]
pub fn add_role(db: State<'_, Db>, lab_id: LabId, name: String) -> Reply<StakeholderRole> {
    Ok(db.store()?.add_role(lab_id, &name)?)
}

#[tauri::command]
pub fn rename_role(db: State<'_, Db>, id: RoleId, name: String) -> Reply<StakeholderRole> {
    Ok(db.store()?.rename_role(id, &name)?)
}

#[tauri::command]
pub fn move_role(db: State<'_, Db>, id: RoleId, index: usize) -> Reply<Vec<StakeholderRole>> {
    Ok(db.store()?.move_role(id, index)?)
}

#[tauri::command]
pub fn set_role_retired(db: State<'_, Db>, id: RoleId, retired: bool) -> Reply<StakeholderRole> {
    Ok(db.store()?.set_role_retired(id, retired)?)
}

#[tauri::command]
pub fn remove_role(db: State<'_, Db>, id: RoleId) -> Reply<()> {
    Ok(db.store()?.remove_role(id)?)
}

#[tauri::command]
pub fn agenda(db: State<'_, Db>, lab_id: LabId) -> Reply<Agenda> {
    Ok(db.store()?.agenda(lab_id)?)
}

#[tauri::command]
pub fn add_segment(db: State<'_, Db>, lab_id: LabId, fields: SegmentFields) -> Reply<Segment> {
    Ok(db.store()?.add_segment(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_segment(db: State<'_, Db>, id: SegmentId, fields: SegmentFields) -> Reply<Segment> {
    Ok(db.store()?.update_segment(id, &fields)?)
}

#[tauri::command]
pub fn remove_segment(db: State<'_, Db>, id: SegmentId) -> Reply<()> {
    Ok(db.store()?.remove_segment(id)?)
}

#[tauri::command]
pub fn move_segment(db: State<'_, Db>, id: SegmentId, index: usize) -> Reply<Agenda> {
    Ok(db.store()?.move_segment(id, index)?)
}

#[tauri::command]
pub fn undo_agenda(db: State<'_, Db>, lab_id: LabId) -> Reply<Agenda> {
    Ok(db.store()?.undo_agenda(lab_id)?)
}

#[tauri::command]
pub fn redo_agenda(db: State<'_, Db>, lab_id: LabId) -> Reply<Agenda> {
    Ok(db.store()?.redo_agenda(lab_id)?)
}

#[tauri::command]
pub fn list_groups(db: State<'_, Db>, lab_id: LabId) -> Reply<Vec<BreakoutGroup>> {
    Ok(db.store()?.list_groups(lab_id)?)
}

#[tauri::command]
pub fn add_group(db: State<'_, Db>, lab_id: LabId, fields: BreakoutGroupFields) -> Reply<BreakoutGroup> {
    Ok(db.store()?.add_group(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_group(db: State<'_, Db>, id: GroupId, fields: BreakoutGroupFields) -> Reply<BreakoutGroup> {
    Ok(db.store()?.update_group(id, &fields)?)
}

#[tauri::command]
pub fn remove_group(db: State<'_, Db>, id: GroupId) -> Reply<()> {
    Ok(db.store()?.remove_group(id)?)
}

#[tauri::command]
pub fn list_participants(db: State<'_, Db>, lab_id: LabId) -> Reply<Vec<Participant>> {
    Ok(db.store()?.list_participants(lab_id)?)
}

#[tauri::command]
pub fn add_participant(db: State<'_, Db>, lab_id: LabId, fields: ParticipantFields) -> Reply<Participant> {
    Ok(db.store()?.add_participant(lab_id, &fields)?)
}

#[tauri::command]
pub fn update_participant(db: State<'_, Db>, id: ParticipantId, fields: ParticipantFields) -> Reply<Participant> {
    Ok(db.store()?.update_participant(id, &fields)?)
}

#[tauri::command]
pub fn remove_participant(db: State<'_, Db>, id: ParticipantId) -> Reply<()> {
    Ok(db.store()?.remove_participant(id)?)
}

#[tauri::command]
pub fn list_templates(db: State<'_, Db>, language: Language) -> Reply<Vec<TemplateSummary>> {
    Ok(db.store()?.list_templates(language)?)
}

#[tauri::command]
pub fn save_lab_as_template(
    db: State<'_, Db>,
    lab_id: LabId,
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
pub fn delete_template(db: State<'_, Db>, id: TemplateId) -> Reply<()> {
    Ok(db.store()?.delete_template(id)?)
}

#[tauri::command]
pub fn stage_guide(language: Language, stage: Stage) -> Option<StageGuide> {
    templates::stage_guide(language, stage)
}

#[tauri::command]
pub fn first_run_sample(db: State<'_, Db>, language: Language) -> Reply<Option<Lab>> {
    Ok(db.store()?.first_run_sample(language)?)
}
