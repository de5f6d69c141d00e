//! Domain types, as stored and as they cross IPC (their TypeScript twins are generated into
//! `ui/src/lib/bindings.ts`). IDs are UUID v7; timestamps are UTC and serialise as RFC 3339.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};
use ts_rs::TS;
use uuid::Uuid;

use crate::Error;

/// A design lab: one workshop, its details, roles, challenges and what was said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Lab {
    pub id: Uuid,
    pub title: String,
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    /// Local clock time at the venue, `HH:MM`.
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub venue: String,
    pub address: String,
    pub organisers: String,
    pub author: String,
    pub partner_projects: Vec<String>,
    pub topics: Vec<String>,
    pub category: Option<Category>,
    pub description: String,
    pub ground_rules: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a facilitator types when creating or editing a lab. Only the title is required. These
/// are the fields the organisers' website uses for an event page, so a report can be
/// published without retyping them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LabFields {
    pub title: String,
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub venue: String,
    pub address: String,
    pub organisers: String,
    pub author: String,
    pub partner_projects: Vec<String>,
    pub topics: Vec<String>,
    pub category: Option<Category>,
    pub description: String,
    pub ground_rules: String,
}

impl From<&Lab> for LabFields {
    fn from(lab: &Lab) -> LabFields {
        LabFields {
            title: lab.title.clone(),
            date: lab.date,
            start_time: lab.start_time.clone(),
            end_time: lab.end_time.clone(),
            venue: lab.venue.clone(),
            address: lab.address.clone(),
            organisers: lab.organisers.clone(),
            author: lab.author.clone(),
            partner_projects: lab.partner_projects.clone(),
            topics: lab.topics.clone(),
            category: lab.category,
            description: lab.description.clone(),
            ground_rules: lab.ground_rules.clone(),
        }
    }
}

/// How the organisers took part in an event, as their website files it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Category {
    Organising,
    Speaking,
    Attending,
}

impl Category {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// The toolkit's procurement framework: four stages plus oversight, in the toolkit's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Stage {
    Planning,
    TenderAward,
    DevelopmentCustomisation,
    DeploymentContractManagement,
    Oversight,
}

impl Stage {
    /// The stable key stored in the database and used in file formats.
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// Parsed by hand rather than derived: an unknown stage is a typed error of the core.
impl FromStr for Stage {
    type Err = Error;

    fn from_str(key: &str) -> Result<Self, Error> {
        Stage::VARIANTS
            .iter()
            .copied()
            .find(|stage| stage.key() == key)
            .ok_or_else(|| Error::UnknownStage(key.to_owned()))
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// What sort of contribution an input is, in the order the capture screen offers them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, EnumString, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum InputKind {
    Concern,
    Idea,
    Question,
    Evidence,
    Action,
}

impl InputKind {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// A concrete problem the lab works through, framed by a procurement stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Challenge {
    pub id: Uuid,
    pub lab_id: Uuid,
    pub title: String,
    pub description: String,
    /// The procurement stages it concerns, never empty; the first is its main stage, which
    /// input takes unless the note-taker picks another.
    pub stages: Vec<Stage>,
    /// Questions that guide the discussion, in order.
    pub prompts: Vec<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChallengeFields {
    pub title: String,
    pub description: String,
    /// At least one; duplicates are dropped, the order is kept.
    pub stages: Vec<Stage>,
    pub prompts: Vec<String>,
}

impl Challenge {
    /// The stage input takes by default.
    pub fn main_stage(&self) -> Stage {
        self.stages[0]
    }
}

/// A stakeholder role in one lab's editable list. Input is attributed to roles, never names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StakeholderRole {
    pub id: Uuid,
    pub lab_id: Uuid,
    pub name: String,
    /// No longer offered for new input; kept on the input it was given.
    pub retired: bool,
    /// How many inputs are attributed to this role.
    #[ts(type = "number")]
    pub input_count: u64,
    /// How many people on the lab's participant list have this role.
    #[ts(type = "number")]
    pub participant_count: u64,
}

/// One thing someone said, attributed to a role, tied to a challenge and a stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Input {
    pub id: Uuid,
    pub lab_id: Uuid,
    pub challenge_id: Uuid,
    pub role_id: Uuid,
    /// The breakout group it was taken in; none when taken for the whole room.
    pub group_id: Option<Uuid>,
    pub stage: Stage,
    pub kind: InputKind,
    pub text: String,
    /// The `#tags` in its text, lower-cased, in order.
    pub tags: Vec<String>,
    /// Kept out of every export.
    pub confidential: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A captured input, as the note-taker submits it. Without a stage it takes its challenge's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewInput {
    pub challenge_id: Uuid,
    pub group_id: Option<Uuid>,
    pub role_id: Uuid,
    pub kind: InputKind,
    pub stage: Option<Stage>,
    pub text: String,
    pub confidential: bool,
}

/// An edit of an input: everything but the challenge it belongs to can change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InputEdit {
    pub role_id: Uuid,
    pub kind: InputKind,
    pub stage: Stage,
    pub text: String,
    pub confidential: bool,
}

/// What a segment of the agenda is for.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, EnumString, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum SegmentKind {
    Welcome,
    Talk,
    Breakout,
    Plenary,
    Break,
    Voting,
    Close,
}

impl SegmentKind {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// One part of a lab's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Segment {
    pub id: Uuid,
    pub lab_id: Uuid,
    pub kind: SegmentKind,
    pub title: String,
    /// Planned length; zero for a marker such as "doors open".
    pub minutes: u32,
    /// The facilitator's prompt or notes.
    pub notes: String,
    /// The challenges this segment works on, in the lab's order.
    pub challenge_ids: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SegmentFields {
    pub kind: SegmentKind,
    pub title: String,
    pub minutes: u32,
    pub notes: String,
    pub challenge_ids: Vec<Uuid>,
}

/// A lab's agenda in order, with the clock time of every segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Agenda {
    pub segments: Vec<Segment>,
    pub timing: crate::agenda_timing::AgendaTiming,
    /// Whether an edit can be undone, and an undo redone.
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The languages of the interface and of the toolkit's seeded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Language {
    En,
    Cy,
}

impl Language {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// How many people of one role sit in a breakout group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoleCount {
    pub role_id: Uuid,
    pub participants: u32,
}

/// A breakout group: where it sits, the challenge it takes, who takes its notes, and how many
/// of each role are in it (counts only: no personal data is needed to plan a room).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BreakoutGroup {
    pub id: Uuid,
    pub lab_id: Uuid,
    pub name: String,
    /// A table or a room.
    pub location: String,
    pub challenge_id: Option<Uuid>,
    /// The note-taker's first name, if the facilitator wants it on the plan.
    pub note_taker: String,
    /// In the lab's role order; roles with nobody are left out.
    pub role_counts: Vec<RoleCount>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BreakoutGroupFields {
    pub name: String,
    pub location: String,
    pub challenge_id: Option<Uuid>,
    pub note_taker: String,
    pub role_counts: Vec<RoleCount>,
}

/// Someone who came, if the organisers keep a list. Without consent to be named, a
/// participant is only ever shown by role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Participant {
    pub id: Uuid,
    pub lab_id: Uuid,
    pub name: String,
    pub organisation: String,
    pub role_id: Uuid,
    pub consent_to_be_named: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ParticipantFields {
    pub name: String,
    pub organisation: String,
    pub role_id: Uuid,
    pub consent_to_be_named: bool,
}

/// A participant as anything published may show them: the role always, the name and
/// organisation only with consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PublicParticipant {
    pub role: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
}

/// What the system's save dialog says, in the interface's language: the shell shows it, the UI
/// words it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaveDialog {
    pub title: String,
    /// The name the dialog suggests.
    pub file_name: String,
    /// How the dialog names the kind of file, such as "Design Lab template".
    pub filter_name: String,
}

/// What a change to a note was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RevisionChange {
    Created,
    Edited,
    Deleted,
    Restored,
}

/// A note as it was after one change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct InputRevision {
    pub change: RevisionChange,
    pub role_id: Uuid,
    pub kind: InputKind,
    pub stage: Stage,
    pub text: String,
    pub confidential: bool,
    pub at: DateTime<Utc>,
}
