//! Undo and redo for agenda edits. Before each edit the agenda as it was is kept as a snapshot
//! in the database, so undo works across a restart and cannot disagree with what is stored.
//! An undo keeps the agenda it replaces for redo; a new edit clears the redo stack.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::ids::{ChallengeId, LabId, SegmentId};
use crate::store::{now, timestamp};
use crate::{Error, Result, SegmentKind};

/// How many edits of one lab's agenda can be undone.
pub const UNDO_DEPTH: usize = 100;

#[derive(Serialize, Deserialize)]
struct SnapshotSegment {
    id: SegmentId,
    kind: SegmentKind,
    title: String,
    minutes: u32,
    notes: String,
    challenge_ids: Vec<ChallengeId>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stack {
    Undo,
    Redo,
}

impl Stack {
    fn key(self) -> &'static str {
        match self {
            Stack::Undo => "undo",
            Stack::Redo => "redo",
        }
    }

    fn other(self) -> Stack {
        match self {
            Stack::Undo => Stack::Redo,
            Stack::Redo => Stack::Undo,
        }
    }
}

/// Keeps the agenda as it is now, before an edit, and forgets what could be redone.
pub(crate) fn record(tx: &Transaction<'_>, lab_id: LabId) -> Result<()> {
    push(tx, lab_id, Stack::Undo)?;
    tx.execute("DELETE FROM agenda_history WHERE lab_id = ?1 AND stack = 'redo'", [lab_id])?;
    Ok(())
}

/// Brings back the newest snapshot on `stack`, keeping the current agenda on the other stack.
/// Returns false when there was nothing to bring back.
pub(crate) fn step(tx: &Transaction<'_>, lab_id: LabId, stack: Stack) -> Result<bool> {
    let newest: Option<(i64, String)> = tx
        .query_row(
            "SELECT seq, snapshot FROM agenda_history WHERE lab_id = ?1 AND stack = ?2 ORDER BY seq DESC LIMIT 1",
            params![lab_id, stack.key()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let Some((seq, snapshot)) = newest else {
        return Ok(false);
    };
    push(tx, lab_id, stack.other())?;
    tx.execute("DELETE FROM agenda_history WHERE seq = ?1", [seq])?;
    let segments: Vec<SnapshotSegment> =
        serde_json::from_str(&snapshot).map_err(|e| Error::DatabaseCorrupt(format!("agenda history: {e}")))?;
    restore(tx, lab_id, &segments)?;
    Ok(true)
}

/// Whether there is anything to undo and to redo.
pub(crate) fn depths(conn: &Connection, lab_id: LabId) -> Result<(bool, bool)> {
    let count = |stack: Stack| -> Result<bool> {
        let found: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM agenda_history WHERE lab_id = ?1 AND stack = ?2 LIMIT 1",
                params![lab_id, stack.key()],
                |row| row.get(0),
            )
            .optional()?;
        Ok(found.is_some())
    };
    Ok((count(Stack::Undo)?, count(Stack::Redo)?))
}

fn push(tx: &Transaction<'_>, lab_id: LabId, stack: Stack) -> Result<()> {
    let snapshot = serde_json::to_string(&snapshot(tx, lab_id)?).map_err(|e| Error::Internal(e.to_string()))?;
    tx.execute(
        "INSERT INTO agenda_history (lab_id, stack, snapshot) VALUES (?1, ?2, ?3)",
        params![lab_id, stack.key(), snapshot],
    )?;
    tx.execute(
        "DELETE FROM agenda_history WHERE lab_id = ?1 AND stack = ?2 AND seq NOT IN
             (SELECT seq FROM agenda_history WHERE lab_id = ?1 AND stack = ?2 ORDER BY seq DESC LIMIT ?3)",
        params![lab_id, stack.key(), UNDO_DEPTH as i64],
    )?;
    Ok(())
}

fn snapshot(conn: &Connection, lab_id: LabId) -> Result<Vec<SnapshotSegment>> {
    let agenda = crate::agenda::read(conn, lab_id)?;
    Ok(agenda
        .segments
        .into_iter()
        .map(|s| SnapshotSegment {
            id: s.id,
            kind: s.kind,
            title: s.title,
            minutes: s.minutes,
            notes: s.notes,
            challenge_ids: s.challenge_ids,
        })
        .collect())
}

/// Makes the lab's agenda `segments`: segments still there are updated in place (so a live
/// run's record of them, which hangs off their ids, is kept), those gone are removed, those
/// missing come back with their ids. Links to challenges removed since are dropped.
fn restore(tx: &Transaction<'_>, lab_id: LabId, segments: &[SnapshotSegment]) -> Result<()> {
    let at = timestamp(now());
    let keep: Vec<SegmentId> = segments.iter().map(|s| s.id).collect();
    let existing: Vec<SegmentId> = {
        let mut statement = tx.prepare("SELECT id FROM agenda_segment WHERE lab_id = ?1")?;
        let ids = statement.query_map([lab_id], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
        ids
    };
    for gone in existing.iter().filter(|id| !keep.contains(id)) {
        tx.execute("DELETE FROM agenda_segment WHERE id = ?1", [gone])?;
    }
    for (position, segment) in (0_i64..).zip(segments) {
        tx.execute(
            "INSERT INTO agenda_segment (id, lab_id, position, kind, title, minutes, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
             ON CONFLICT (id) DO UPDATE SET position = excluded.position, kind = excluded.kind,
                 title = excluded.title, minutes = excluded.minutes, notes = excluded.notes,
                 updated_at = excluded.updated_at",
            params![segment.id, lab_id, position, segment.kind, segment.title, segment.minutes, segment.notes, at],
        )?;
        tx.execute("DELETE FROM agenda_segment_challenge WHERE segment_id = ?1", [segment.id])?;
        for challenge_id in &segment.challenge_ids {
            tx.execute(
                "INSERT INTO agenda_segment_challenge (lab_id, segment_id, challenge_id)
                 SELECT ?1, ?2, id FROM challenge WHERE id = ?3 AND lab_id = ?1",
                params![lab_id, segment.id, challenge_id],
            )?;
        }
    }
    Ok(())
}
