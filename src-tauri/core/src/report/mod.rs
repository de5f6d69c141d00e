//! The session report: everything a lab produced, gathered once from the store in one read, in
//! the shape every export format writes. This is the one place that decides what may be
//! published: notes by role only, never a confidential or deleted note, and a participant's
//! name only with their consent.

pub mod export;
pub mod html;
mod labels;
mod markdown;
pub mod messages;
mod notes_csv;
mod pdf;
mod qdpx;
mod word;

use std::collections::HashMap;
use std::hash::Hash;

use rusqlite::types::FromSql;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::clock::Clock;
use crate::ids::{ChallengeId, GroupId, LabId, NoteId, RoleId, SegmentId, ThemeId};
use crate::run::{RunPhase, RunStatus};
use crate::store::{now, timestamp};
use crate::voting::{VoteMethod, VoteTarget};
use crate::{
    actions, agenda, challenges, groups, labs, participants, roles, run, themes, voting, Challenge, Error, Field, Goal,
    Lab, Language, NoteKind, PublicParticipant, Result, SegmentKind, Stage, Store,
};

/// The organiser's summary on the cover: a few paragraphs.
pub const REPORT_SUMMARY_MAX: usize = 5_000;
/// How many of the top-ranked themes and notes a challenge's section lists.
pub const TOP_RANKED: usize = 5;

/// The sections an organiser can leave out; the cover is always there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct ReportSections {
    pub numbers: bool,
    pub agenda: bool,
    pub challenges: bool,
    /// The actions brought forward from the earlier lab in a series, and what became of them.
    pub carried: bool,
    /// How the lab speaks to the well-being goals, ways of working and procurement duties.
    pub goals: bool,
    pub appendix: bool,
}

impl Default for ReportSections {
    fn default() -> Self {
        ReportSections { numbers: true, agenda: true, challenges: true, carried: true, goals: true, appendix: true }
    }
}

/// What the organiser sets for a lab's report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportSetup {
    pub summary: String,
    pub sections: ReportSections,
}

/// One note as published: what was said and by which role, never by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportNote {
    pub id: NoteId,
    pub challenge_id: ChallengeId,
    pub text: String,
    pub role_id: RoleId,
    pub role: String,
    pub kind: NoteKind,
    pub stage: Stage,
    pub tags: Vec<String>,
    pub goals: Vec<Goal>,
    /// The language it was said in, when known, so a format can mark it.
    pub language: Option<Language>,
    pub group: Option<String>,
    pub theme: Option<String>,
    /// Dots given to it in all, while its challenge is prioritised by dots.
    pub dots: u32,
}

/// A count under a name (a role, a challenge) or a key (a stage, a kind).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Tally<T> {
    pub what: T,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportSegment {
    pub kind: SegmentKind,
    pub title: String,
    pub minutes: u32,
    /// Planned clock times, `HH:MM`, when the lab has a start time.
    pub planned_start: Option<String>,
    pub planned_end: Option<String>,
    /// What happened on the day, for a segment that ran.
    pub actual_start: Option<String>,
    pub actual_end: Option<String>,
    pub actual_minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportTheme {
    pub title: String,
    pub summary: String,
    pub notes: Vec<ReportNote>,
    pub goals: Vec<Goal>,
}

/// A theme or note among a challenge's top results.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReportRanked {
    pub rank: u32,
    pub is_theme: bool,
    pub label: String,
    pub total: u32,
    pub voters: u32,
    pub mean: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportAction {
    pub text: String,
    pub owner: Option<String>,
    #[ts(type = "string | null")]
    pub due_date: Option<chrono::NaiveDate>,
    pub theme: Option<String>,
    pub status: crate::actions::ActionStatus,
    pub status_note: String,
    #[ts(type = "string | null")]
    pub status_on: Option<chrono::NaiveDate>,
    pub goals: Vec<Goal>,
}

/// One goal, way of working or duty the lab spoke to: how many notes were tagged with it, and
/// the themes and actions that were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReportGoal {
    pub goal: Goal,
    pub notes: u32,
    pub themes: Vec<String>,
    pub actions: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ReportChallenge {
    pub challenge: Challenge,
    pub themes: Vec<ReportTheme>,
    pub method: VoteMethod,
    pub ranked: Vec<ReportRanked>,
    /// The actions agreed at this lab.
    pub actions: Vec<ReportAction>,
    /// The actions brought forward from the earlier lab, with what became of them here.
    pub carried: Vec<ReportAction>,
    /// Every note of the challenge, by stage in the toolkit's order, oldest first.
    pub notes: Vec<ReportNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Report {
    pub lab: Lab,
    /// The earlier lab this one follows in a series, when it is in this database.
    pub follows: Option<Lab>,
    pub setup: ReportSetup,
    /// People in the room per role: the groups' counts, or the participant list without them.
    pub people_by_role: Vec<Tally<String>>,
    /// Those who agreed to be named, with their role and organisation.
    pub named: Vec<PublicParticipant>,
    pub notes_by_challenge: Vec<Tally<String>>,
    pub notes_by_stage: Vec<Tally<Stage>>,
    pub notes_by_kind: Vec<Tally<NoteKind>>,
    pub notes_by_role: Vec<Tally<String>>,
    pub agenda: Vec<ReportSegment>,
    /// Whether the lab was run in the app, so the agenda can say what actually happened.
    pub ran: bool,
    pub challenges: Vec<ReportChallenge>,
    /// What the lab spoke to, in the catalogue's order; only what something was tagged with.
    pub goals: Vec<ReportGoal>,
    pub note_count: u32,
}

impl Report {
    /// What opens the report: the organiser's summary, or the lab's description without one.
    pub fn summary(&self) -> &str {
        if self.setup.summary.is_empty() {
            &self.lab.description
        } else {
            &self.setup.summary
        }
    }

    /// Whether the agenda section is there: chosen, and with something in it.
    pub fn shows_agenda(&self) -> bool {
        self.setup.sections.agenda && !self.agenda.is_empty()
    }

    /// Whether the section on actions brought forward is there: chosen, and with some.
    pub fn shows_carried(&self) -> bool {
        self.setup.sections.carried && self.challenges.iter().any(|c| !c.carried.is_empty())
    }

    /// Whether the section on the well-being goals is there: chosen, and with something in it.
    pub fn shows_goals(&self) -> bool {
        self.setup.sections.goals && !self.goals.is_empty()
    }
}

impl Store {
    pub fn report_setup(&self, lab_id: LabId) -> Result<ReportSetup> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            setup(conn, lab_id)
        })
    }

    pub fn save_report_setup(&self, lab_id: LabId, setup: &ReportSetup) -> Result<ReportSetup> {
        let summary = crate::limits::optional(Field::Summary, &setup.summary, REPORT_SUMMARY_MAX)?;
        let sections = serde_json::to_string(&setup.sections).map_err(|e| Error::Internal(e.to_string()))?;
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            tx.execute(
                "INSERT INTO report_setup (lab_id, summary, sections, updated_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (lab_id) DO UPDATE SET summary = excluded.summary, sections = excluded.sections,
                     updated_at = excluded.updated_at",
                params![lab_id, summary, sections, timestamp(now())],
            )?;
            self::setup(tx, lab_id)
        })
    }

    /// Everything a lab's report holds, as it may be published, read in one transaction so its
    /// counts and lists agree even while another process writes.
    pub fn report(&self, lab_id: LabId) -> Result<Report> {
        self.read(|conn| {
            let snapshot = conn.unchecked_transaction()?;
            report(&snapshot, lab_id, self.clock())
        })
    }
}

fn setup(conn: &Connection, lab_id: LabId) -> Result<ReportSetup> {
    let stored: Option<(String, String)> = conn
        .query_row("SELECT summary, sections FROM report_setup WHERE lab_id = ?1", [lab_id], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?;
    let Some((summary, sections)) = stored else { return Ok(ReportSetup::default()) };
    let sections = serde_json::from_str(&sections).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(ReportSetup { summary, sections })
}

/// The report read through `conn`, which may be inside a transaction.
pub(crate) fn report(conn: &Connection, lab_id: LabId, clock: &dyn Clock) -> Result<Report> {
    let lab = labs::get(conn, lab_id)?;
    let follows = lab.follows.map(|earlier| labs::get(conn, earlier)).transpose()?;
    let roles = roles::list(conn, lab_id)?;
    let challenges = challenges::list(conn, lab_id)?;
    let role_name: HashMap<RoleId, &str> = roles.iter().map(|r| (r.id, r.name.as_str())).collect();
    let notes = publishable_notes(conn, lab_id, &role_name)?;

    let people_by_role = people_by_role(conn, lab_id, &roles)?;
    let named = participants::public(conn, lab_id)?.into_iter().filter(|p| p.name.is_some()).collect();
    let count = |keep: &dyn Fn(&ReportNote) -> bool| {
        u32::try_from(notes.iter().filter(|n| keep(n)).count()).unwrap_or(u32::MAX)
    };
    let notes_by_challenge =
        challenges.iter().map(|c| Tally { what: c.title.clone(), count: count(&|n| n.challenge_id == c.id) }).collect();
    let notes_by_stage = <Stage as strum::VariantArray>::VARIANTS
        .iter()
        .map(|&stage| Tally { what: stage, count: count(&|n| n.stage == stage) })
        .collect();
    let notes_by_kind = <NoteKind as strum::VariantArray>::VARIANTS
        .iter()
        .map(|&kind| Tally { what: kind, count: count(&|n| n.kind == kind) })
        .collect();
    let notes_by_role = roles
        .iter()
        .map(|r| Tally { what: r.name.clone(), count: count(&|n| n.role_id == r.id) })
        .filter(|t| t.count > 0)
        .collect();

    let (agenda, ran) = agenda_as_run(conn, lab_id, clock)?;
    let sections = challenges
        .into_iter()
        .map(|challenge| challenge_section(conn, challenge, &notes, &role_name))
        .collect::<Result<Vec<_>>>()?;
    let goals = goals_spoken_to(&notes, &sections);
    Ok(Report {
        setup: setup(conn, lab_id)?,
        lab,
        follows,
        people_by_role,
        named,
        notes_by_challenge,
        notes_by_stage,
        notes_by_kind,
        notes_by_role,
        agenda,
        ran,
        challenges: sections,
        goals,
        note_count: u32::try_from(notes.len()).unwrap_or(u32::MAX),
    })
}

/// Every note that may be published: not deleted, not confidential; oldest first.
///
/// One pass over the lab's notes, with their role and group names, tags, theme and dots taken
/// from maps read once for the lab. Joined in the one query, each note looked up its role,
/// group, theme, tags and votes by text id, one row at a time: 36 ms of SQLite's time for
/// 10,000 notes, against 19 ms this way (a warm Markdown export, 74 ms to 64 ms).
fn publishable_notes(conn: &Connection, lab_id: LabId, role_name: &HashMap<RoleId, &str>) -> Result<Vec<ReportNote>> {
    let group_name: HashMap<GroupId, String> =
        pairs(conn, "SELECT id, name FROM breakout_group WHERE lab_id = ?1", lab_id)?;
    let theme_title: HashMap<NoteId, String> = pairs(
        conn,
        "SELECT ti.input_id, th.title FROM theme_input ti JOIN theme th ON th.id = ti.theme_id WHERE th.lab_id = ?1",
        lab_id,
    )?;
    let voting: HashMap<ChallengeId, VoteMethod> = pairs(
        conn,
        "SELECT cv.challenge_id, cv.method FROM challenge_voting cv
         JOIN challenge c ON c.id = cv.challenge_id WHERE c.lab_id = ?1",
        lab_id,
    )?;
    let dots: HashMap<NoteId, u32> = pairs(
        conn,
        "SELECT v.input_id, sum(v.value) FROM vote v JOIN challenge c ON c.id = v.challenge_id
         WHERE c.lab_id = ?1 AND v.method = 'dots' AND v.input_id IS NOT NULL GROUP BY v.input_id",
        lab_id,
    )?;
    let mut goals: HashMap<NoteId, Vec<Goal>> = HashMap::new();
    let mut statement = conn.prepare("SELECT input_id, goal FROM input_goal WHERE lab_id = ?1")?;
    let mut rows = statement.query([lab_id])?;
    while let Some(row) = rows.next()? {
        goals.entry(row.get(0)?).or_default().push(row.get(1)?);
    }
    goals.values_mut().for_each(|list| list.sort());
    let mut tags: HashMap<NoteId, Vec<String>> = HashMap::new();
    let mut statement =
        conn.prepare("SELECT input_id, tag FROM input_tag WHERE lab_id = ?1 ORDER BY input_id, position")?;
    let mut rows = statement.query([lab_id])?;
    while let Some(row) = rows.next()? {
        tags.entry(row.get(0)?).or_default().push(row.get(1)?);
    }

    let mut statement = conn.prepare(
        "SELECT id, challenge_id, text, role_id, kind, stage, group_id, language FROM input
         WHERE lab_id = ?1 AND deleted_at IS NULL AND confidential = 0
         ORDER BY created_at, id",
    )?;
    let notes = statement
        .query_map([lab_id], |row| {
            let id: NoteId = row.get(0)?;
            let challenge_id: ChallengeId = row.get(1)?;
            let role_id: RoleId = row.get(3)?;
            let group_id: Option<GroupId> = row.get(6)?;
            let by_dots = voting.get(&challenge_id).is_none_or(|method| *method == VoteMethod::Dots);
            Ok(ReportNote {
                id,
                challenge_id,
                text: row.get(2)?,
                role_id,
                role: role_name.get(&role_id).map(|name| name.to_string()).unwrap_or_default(),
                kind: row.get(4)?,
                stage: row.get(5)?,
                tags: tags.get(&id).cloned().unwrap_or_default(),
                goals: goals.get(&id).cloned().unwrap_or_default(),
                language: row.get(7)?,
                group: group_id.and_then(|group| group_name.get(&group).cloned()),
                theme: theme_title.get(&id).cloned(),
                dots: if by_dots { dots.get(&id).copied().unwrap_or(0) } else { 0 },
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(notes)
}

/// Each goal something published was tagged with, in the catalogue's order: the notes counted,
/// the themes and actions named (a theme left out of the report is left out here too).
fn goals_spoken_to(notes: &[ReportNote], sections: &[ReportChallenge]) -> Vec<ReportGoal> {
    <Goal as strum::VariantArray>::VARIANTS
        .iter()
        .map(|&goal| ReportGoal {
            goal,
            notes: u32::try_from(notes.iter().filter(|n| n.goals.contains(&goal)).count()).unwrap_or(u32::MAX),
            themes: sections
                .iter()
                .flat_map(|s| &s.themes)
                .filter(|t| t.goals.contains(&goal))
                .map(|t| t.title.clone())
                .collect(),
            actions: sections
                .iter()
                .flat_map(|s| &s.actions)
                .filter(|a| a.goals.contains(&goal))
                .map(|a| a.text.clone())
                .collect(),
        })
        .filter(|spoken| spoken.notes > 0 || !spoken.themes.is_empty() || !spoken.actions.is_empty())
        .collect()
}

/// The two columns of a lab's rows as a map from the first to the second.
fn pairs<K: FromSql + Eq + Hash, V: FromSql>(conn: &Connection, sql: &str, lab_id: LabId) -> Result<HashMap<K, V>> {
    let mut statement = conn.prepare(sql)?;
    let map = statement.query_map([lab_id], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(map)
}

fn people_by_role(conn: &Connection, lab_id: LabId, roles: &[crate::StakeholderRole]) -> Result<Vec<Tally<String>>> {
    let mut in_groups: HashMap<RoleId, u32> = HashMap::new();
    for group in groups::list(conn, lab_id)? {
        for count in group.role_counts {
            *in_groups.entry(count.role_id).or_default() += count.participants;
        }
    }
    let counts: Vec<Tally<String>> = if in_groups.is_empty() {
        roles
            .iter()
            .map(|r| Tally { what: r.name.clone(), count: u32::try_from(r.participant_count).unwrap_or(u32::MAX) })
            .collect()
    } else {
        roles
            .iter()
            .map(|r| Tally { what: r.name.clone(), count: in_groups.get(&r.id).copied().unwrap_or(0) })
            .collect()
    };
    Ok(counts.into_iter().filter(|t| t.count > 0).collect())
}

/// The agenda as planned, with what happened on the day beside each segment that ran.
fn agenda_as_run(conn: &Connection, lab_id: LabId, clock: &dyn Clock) -> Result<(Vec<ReportSegment>, bool)> {
    let planned = agenda::read(conn, lab_id)?;
    let run = run::state(conn, lab_id, clock)?;
    let actual: HashMap<SegmentId, &run::RunSlot> = run
        .as_ref()
        .map(|state| state.slots.iter().filter(|s| s.phase == RunPhase::Done).map(|s| (s.segment_id, s)).collect())
        .unwrap_or_default();
    let segments = planned
        .segments
        .iter()
        .enumerate()
        .map(|(index, segment)| {
            let slot = planned.timing.slots.get(index);
            let done = actual.get(&segment.id);
            ReportSegment {
                kind: segment.kind,
                title: segment.title.clone(),
                minutes: segment.minutes,
                planned_start: slot.map(|s| s.starts.clone()),
                planned_end: slot.map(|s| s.ends.clone()),
                actual_start: done.map(|s| s.starts.clone()),
                actual_end: done.map(|s| s.ends.clone()),
                actual_minutes: done.and_then(|s| s.actual_minutes),
            }
        })
        .collect();
    let ran = run.as_ref().is_some_and(|state| state.status == RunStatus::Finished) || !actual.is_empty();
    Ok((segments, ran))
}

fn challenge_section(
    conn: &Connection,
    challenge: Challenge,
    notes: &[ReportNote],
    role_name: &HashMap<RoleId, &str>,
) -> Result<ReportChallenge> {
    let mine: Vec<&ReportNote> = notes.iter().filter(|n| n.challenge_id == challenge.id).collect();
    let by_id: HashMap<NoteId, &ReportNote> = mine.iter().map(|n| (n.id, *n)).collect();
    // A theme whose every note is confidential or deleted would publish what they said in its
    // title and summary: it is left out, with its results. A theme without notes stays.
    let themes: Vec<_> = themes::list(conn, challenge.id)?
        .into_iter()
        .filter(|theme| theme.note_ids.is_empty() || theme.note_ids.iter().any(|id| by_id.contains_key(id)))
        .collect();
    let theme_title: HashMap<ThemeId, &str> = themes.iter().map(|t| (t.id, t.title.as_str())).collect();

    let voting = voting::voting(conn, challenge.id)?;
    // Results name only what may be published: a confidential note's votes stay out.
    let ranked = voting
        .results
        .iter()
        .filter_map(|result| {
            let (is_theme, label) = match result.target {
                VoteTarget::Theme { id } => (true, theme_title.get(&id)?.to_string()),
                VoteTarget::Note { id } => (false, by_id.get(&id)?.text.clone()),
            };
            Some(ReportRanked {
                rank: result.rank,
                is_theme,
                label,
                total: result.total,
                voters: result.voters,
                mean: result.mean,
            })
        })
        .take_while(|ranked| ranked.rank as usize <= TOP_RANKED)
        .collect();

    let (carried, agreed): (Vec<_>, Vec<_>) =
        actions::list(conn, challenge.id)?.into_iter().partition(|action| action.carried_from.is_some());
    let report_action = |action: actions::Action| ReportAction {
        text: action.text,
        owner: action.owner_role_id.and_then(|id| role_name.get(&id).map(|name| name.to_string())),
        due_date: action.due_date,
        theme: action.theme_id.and_then(|id| theme_title.get(&id).map(|t| t.to_string())),
        status: action.status,
        status_note: action.status_note,
        status_on: action.status_on,
        goals: action.goals,
    };
    let actions = agreed.into_iter().map(report_action).collect();
    let carried = carried.into_iter().map(report_action).collect();

    let report_themes = themes
        .iter()
        .map(|theme| ReportTheme {
            title: theme.title.clone(),
            summary: theme.summary.clone(),
            notes: theme.note_ids.iter().filter_map(|id| by_id.get(id).map(|n| (*n).clone())).collect(),
            goals: theme.goals.clone(),
        })
        .collect();

    let mut by_stage: Vec<ReportNote> = mine.into_iter().cloned().collect();
    let order = |stage: Stage| <Stage as strum::VariantArray>::VARIANTS.iter().position(|s| *s == stage);
    by_stage.sort_by_key(|note| order(note.stage));
    Ok(ReportChallenge {
        challenge,
        themes: report_themes,
        method: voting.method,
        ranked,
        actions,
        carried,
        notes: by_stage,
    })
}
