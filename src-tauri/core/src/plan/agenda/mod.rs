//! A lab's agenda: segments in order, each with a kind, a planned length, the facilitator's
//! notes and the challenges it works on. Reading the agenda also times it.

pub mod timing;
mod undo;

use chrono::NaiveTime;
use rusqlite::{params, Connection, Row, Transaction};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};
use ts_rs::TS;

use self::timing::time_agenda;
use self::undo::{self as history, Stack};
use crate::ids::{ChallengeId, LabId, SegmentId};
use crate::limits::{self, TEXT_MAX, TITLE_MAX};
use crate::store::{self, Part};
use crate::store::{now, timestamp};
use crate::{labs, Error, Field, Result, Store};

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
    pub id: SegmentId,
    pub lab_id: LabId,
    pub kind: SegmentKind,
    pub title: String,
    /// Planned length; zero for a marker such as "doors open".
    pub minutes: u32,
    /// The facilitator's prompt or notes.
    pub notes: String,
    /// The challenges this segment works on, in the lab's order.
    pub challenge_ids: Vec<ChallengeId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SegmentFields {
    pub kind: SegmentKind,
    pub title: String,
    pub minutes: u32,
    pub notes: String,
    pub challenge_ids: Vec<ChallengeId>,
}

/// A lab's agenda in order, with the clock time of every segment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Agenda {
    pub segments: Vec<Segment>,
    pub timing: crate::plan::agenda::timing::AgendaTiming,
    /// Whether an edit can be undone, and an undo redone.
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The longest a single segment may be planned for: a day.
pub const SEGMENT_MINUTES_MAX: u32 = 24 * 60;

const COLUMNS: &str = "id, lab_id, kind, title, minutes, notes";

impl Store {
    /// A lab's agenda in order, with clock times from the lab's start.
    pub fn agenda(&self, lab_id: LabId) -> Result<Agenda> {
        self.read(|conn| read(conn, lab_id))
    }

    /// Adds a segment at the end of the agenda.
    pub fn add_segment(&self, lab_id: LabId, fields: &SegmentFields) -> Result<Segment> {
        let fields = validate(fields)?;
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            history::record(tx, lab_id)?;
            let id = insert(tx, lab_id, &fields)?;
            get(tx, id)
        })
    }

    /// Replaces a segment's kind, title, length, notes and challenges.
    pub fn update_segment(&self, id: SegmentId, fields: &SegmentFields) -> Result<Segment> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let segment = get(tx, id)?;
            history::record(tx, segment.lab_id)?;
            tx.execute(
                "UPDATE agenda_segment SET kind = ?2, title = ?3, minutes = ?4, notes = ?5, updated_at = ?6 WHERE id = ?1",
                params![id, fields.kind, fields.title, fields.minutes, fields.notes, timestamp(now())],
            )?;
            tx.execute("DELETE FROM agenda_segment_challenge WHERE segment_id = ?1", [id])?;
            link_challenges(tx, segment.lab_id, id, &fields.challenge_ids)?;
            get(tx, id)
        })
    }

    /// Removes a segment; the ones after it move up.
    pub fn remove_segment(&self, id: SegmentId) -> Result<()> {
        self.write(|tx| {
            let segment = get(tx, id)?;
            history::record(tx, segment.lab_id)?;
            tx.execute("DELETE FROM agenda_segment WHERE id = ?1", [id])?;
            renumber(tx, segment.lab_id, &order(tx, segment.lab_id)?)
        })
    }

    /// Moves a segment to `index` (0 is first; past the end means last) and returns the agenda,
    /// re-timed.
    pub fn move_segment(&self, id: SegmentId, index: usize) -> Result<Agenda> {
        self.write(|tx| {
            let segment = get(tx, id)?;
            let before = order(tx, segment.lab_id)?;
            let mut after = before.clone();
            after.retain(|other| *other != id);
            after.insert(index.min(after.len()), id);
            if after != before {
                history::record(tx, segment.lab_id)?;
                renumber(tx, segment.lab_id, &after)?;
            }
            read(tx, segment.lab_id)
        })
    }

    /// Takes back the last edit of a lab's agenda, if there is one, and returns the agenda.
    pub fn undo_agenda(&self, lab_id: LabId) -> Result<Agenda> {
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            history::step(tx, lab_id, Stack::Undo)?;
            read(tx, lab_id)
        })
    }

    /// Makes again the edit last undone, if there is one, and returns the agenda.
    pub fn redo_agenda(&self, lab_id: LabId) -> Result<Agenda> {
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            history::step(tx, lab_id, Stack::Redo)?;
            read(tx, lab_id)
        })
    }
}

/// Appends a validated segment to a lab's agenda, returning its id.
pub(crate) fn insert(tx: &Transaction<'_>, lab_id: LabId, fields: &SegmentFields) -> Result<SegmentId> {
    let id = SegmentId::generate();
    tx.execute(
        "INSERT INTO agenda_segment (id, lab_id, position, kind, title, minutes, notes, created_at, updated_at)
         VALUES (?1, ?2, (SELECT count(*) FROM agenda_segment WHERE lab_id = ?2), ?3, ?4, ?5, ?6, ?7, ?7)",
        params![id, lab_id, fields.kind, fields.title, fields.minutes, fields.notes, timestamp(now())],
    )?;
    link_challenges(tx, lab_id, id, &fields.challenge_ids)?;
    Ok(id)
}

pub(crate) fn read(conn: &Connection, lab_id: LabId) -> Result<Agenda> {
    let lab = labs::get(conn, lab_id)?;
    let mut statement =
        conn.prepare(&format!("SELECT {COLUMNS} FROM agenda_segment WHERE lab_id = ?1 ORDER BY position"))?;
    let mut segments = statement.query_map([lab_id], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    for segment in &mut segments {
        segment.challenge_ids = challenge_ids(conn, segment.id)?;
    }
    let clock = |time: Option<String>| time.and_then(|t| NaiveTime::parse_from_str(&t, "%H:%M").ok());
    let durations: Vec<u32> = segments.iter().map(|s| s.minutes).collect();
    let timing = time_agenda(clock(lab.fields.start_time), clock(lab.fields.end_time), &durations);
    let (can_undo, can_redo) = history::depths(conn, lab_id)?;
    Ok(Agenda { segments, timing, can_undo, can_redo })
}

fn get(conn: &Connection, id: SegmentId) -> Result<Segment> {
    let mut segment =
        store::by_id(conn, &format!("SELECT {COLUMNS} FROM agenda_segment"), "id", "segment", id, from_row)?;
    segment.challenge_ids = challenge_ids(conn, id)?;
    Ok(segment)
}

fn challenge_ids(conn: &Connection, segment_id: SegmentId) -> Result<Vec<ChallengeId>> {
    let mut statement = conn.prepare_cached(
        "SELECT l.challenge_id FROM agenda_segment_challenge l JOIN challenge c ON c.id = l.challenge_id
         WHERE l.segment_id = ?1 ORDER BY c.position",
    )?;
    let ids = statement.query_map([segment_id], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

fn link_challenges(
    tx: &Transaction<'_>,
    lab_id: LabId,
    segment_id: SegmentId,
    challenge_ids: &[ChallengeId],
) -> Result<()> {
    for challenge_id in challenge_ids {
        store::ensure_in_lab(tx, Part::Challenge, *challenge_id, lab_id)?;
        tx.execute(
            "INSERT OR IGNORE INTO agenda_segment_challenge (lab_id, segment_id, challenge_id) VALUES (?1, ?2, ?3)",
            params![lab_id, segment_id, challenge_id],
        )?;
    }
    Ok(())
}

fn order(conn: &Connection, lab_id: LabId) -> Result<Vec<SegmentId>> {
    let mut statement = conn.prepare("SELECT id FROM agenda_segment WHERE lab_id = ?1 ORDER BY position")?;
    let ids = statement.query_map([lab_id], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

fn renumber(tx: &Transaction<'_>, lab_id: LabId, ids: &[SegmentId]) -> Result<()> {
    let mut statement = tx.prepare("UPDATE agenda_segment SET position = ?3 WHERE id = ?1 AND lab_id = ?2")?;
    for (position, id) in (0_i64..).zip(ids) {
        statement.execute(params![id, lab_id, position])?;
    }
    Ok(())
}

pub(crate) fn validate(fields: &SegmentFields) -> Result<SegmentFields> {
    if fields.minutes > SEGMENT_MINUTES_MAX {
        return Err(Error::OutOfRange {
            field: Field::Minutes,
            max: u64::from(SEGMENT_MINUTES_MAX),
            value: u64::from(fields.minutes),
        });
    }
    Ok(SegmentFields {
        kind: fields.kind,
        title: limits::required(Field::Title, &fields.title, TITLE_MAX)?,
        minutes: fields.minutes,
        notes: limits::optional(Field::Notes, &fields.notes, TEXT_MAX)?,
        challenge_ids: fields.challenge_ids.clone(),
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Segment> {
    Ok(store::from_columns!(row, Segment { id, lab_id, kind, title, minutes, notes; challenge_ids: Vec::new() }))
}
