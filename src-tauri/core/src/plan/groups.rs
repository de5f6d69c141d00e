//! A lab's breakout groups: name, table or room, challenge, note-taker, and how many people of
//! each role sit in them.

use rusqlite::{params, Connection, Row, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{ChallengeId, GroupId, LabId, RoleId};
use crate::limits::{self, TITLE_MAX};
use crate::store::{self, Part};
use crate::store::{now, timestamp};
use crate::{labs, Error, Field, Result, Store};

/// How many people of one role sit in a breakout group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RoleCount {
    pub role_id: RoleId,
    pub participants: u32,
}

/// A breakout group: where it sits, the challenge it takes, who takes its notes, and how many
/// of each role are in it (counts only: no personal data is needed to plan a room).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BreakoutGroup {
    pub id: GroupId,
    pub lab_id: LabId,
    pub name: String,
    /// A table or a room.
    pub location: String,
    pub challenge_id: Option<ChallengeId>,
    /// The note-taker's first name, if the facilitator wants it on the plan.
    pub note_taker: String,
    /// In the lab's role order; roles with nobody are left out.
    pub role_counts: Vec<RoleCount>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BreakoutGroupFields {
    pub name: String,
    pub location: String,
    pub challenge_id: Option<ChallengeId>,
    pub note_taker: String,
    pub role_counts: Vec<RoleCount>,
}

/// The most people of one role a group can hold; more is a typing slip.
pub const GROUP_ROLE_MAX: u32 = 1000;

const COLUMNS: &str = "id, lab_id, name, location, challenge_id, note_taker";

impl Store {
    /// A lab's breakout groups in the order they were added.
    pub fn list_groups(&self, lab_id: LabId) -> Result<Vec<BreakoutGroup>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            list(conn, lab_id)
        })
    }

    pub fn add_group(&self, lab_id: LabId, fields: &BreakoutGroupFields) -> Result<BreakoutGroup> {
        let fields = validate(fields)?;
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            let id = insert(tx, lab_id, &fields)?;
            get(tx, id)
        })
    }

    pub fn update_group(&self, id: GroupId, fields: &BreakoutGroupFields) -> Result<BreakoutGroup> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let group = get(tx, id)?;
            ensure_challenge_in_lab(tx, group.lab_id, fields.challenge_id)?;
            tx.execute(
                "UPDATE breakout_group SET name = ?2, location = ?3, challenge_id = ?4, note_taker = ?5, updated_at = ?6
                 WHERE id = ?1",
                params![
                    id,
                    fields.name,
                    fields.location,
                    fields.challenge_id,
                    fields.note_taker,
                    timestamp(now())
                ],
            )?;
            set_counts(tx, group.lab_id, id, &fields.role_counts)?;
            get(tx, id)
        })
    }

    pub fn remove_group(&self, id: GroupId) -> Result<()> {
        self.write(|tx| store::delete_by_id(tx, "breakout_group", "group", id))
    }
}

/// Appends a validated group to a lab, returning its id.
pub(crate) fn insert(tx: &Transaction<'_>, lab_id: LabId, fields: &BreakoutGroupFields) -> Result<GroupId> {
    ensure_challenge_in_lab(tx, lab_id, fields.challenge_id)?;
    let id = GroupId::generate();
    tx.execute(
        &format!("INSERT INTO breakout_group (id, lab_id, position, name, location, challenge_id, note_taker, created_at, updated_at)
         VALUES (?1, ?2, {position},
                 ?3, ?4, ?5, ?6, ?7, ?7)", position = store::next_position("breakout_group", "lab_id", 2)),
        params![
            id,
            lab_id,
            fields.name,
            fields.location,
            fields.challenge_id,
            fields.note_taker,
            timestamp(now())
        ],
    )?;
    set_counts(tx, lab_id, id, &fields.role_counts)?;
    Ok(id)
}

/// A group as the unique indexes on `ifnull(group_id, '')` see it: "no group" is the empty text.
pub(crate) fn key(group_id: Option<GroupId>) -> String {
    group_id.map(|g| g.to_string()).unwrap_or_default()
}

fn ensure_challenge_in_lab(conn: &Connection, lab_id: LabId, challenge_id: Option<ChallengeId>) -> Result<()> {
    challenge_id.map_or(Ok(()), |id| store::ensure_in_lab(conn, Part::Challenge, id, lab_id))
}

fn set_counts(tx: &Transaction<'_>, lab_id: LabId, group_id: GroupId, counts: &[RoleCount]) -> Result<()> {
    tx.execute("DELETE FROM breakout_group_role WHERE group_id = ?1", [group_id])?;
    for count in counts {
        store::ensure_in_lab(tx, Part::Role, count.role_id, lab_id)?;
        tx.execute(
            "INSERT INTO breakout_group_role (lab_id, group_id, role_id, participants) VALUES (?1, ?2, ?3, ?4)",
            params![lab_id, group_id, count.role_id, count.participants],
        )?;
    }
    Ok(())
}

pub(crate) fn list(conn: &Connection, lab_id: LabId) -> Result<Vec<BreakoutGroup>> {
    let mut statement =
        conn.prepare(&format!("SELECT {COLUMNS} FROM breakout_group WHERE lab_id = ?1 ORDER BY position"))?;
    let mut groups: Vec<BreakoutGroup> = statement.query_map([lab_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    for group in &mut groups {
        group.role_counts = counts(conn, group.id)?;
    }
    Ok(groups)
}

fn get(conn: &Connection, id: GroupId) -> Result<BreakoutGroup> {
    let mut group = store::by_id(conn, &format!("SELECT {COLUMNS} FROM breakout_group"), "id", "group", id, from_row)?;
    group.role_counts = counts(conn, id)?;
    Ok(group)
}

fn counts(conn: &Connection, group_id: GroupId) -> Result<Vec<RoleCount>> {
    let mut statement = conn.prepare_cached(
        "SELECT g.role_id, g.participants FROM breakout_group_role g JOIN stakeholder_role r ON r.id = g.role_id
         WHERE g.group_id = ?1 ORDER BY r.position",
    )?;
    let counts = statement
        .query_map([group_id], |row| Ok(RoleCount { role_id: row.get(0)?, participants: row.get(1)? }))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(counts)
}

pub(crate) fn validate(fields: &BreakoutGroupFields) -> Result<BreakoutGroupFields> {
    // The same role given twice counts once, with both numbers added.
    let mut merged: Vec<RoleCount> = Vec::new();
    for count in &fields.role_counts {
        match merged.iter_mut().find(|c| c.role_id == count.role_id) {
            Some(existing) => existing.participants = existing.participants.saturating_add(count.participants),
            None => merged.push(*count),
        }
    }
    for count in &merged {
        if count.participants > GROUP_ROLE_MAX {
            return Err(Error::OutOfRange {
                field: Field::Participants,
                max: u64::from(GROUP_ROLE_MAX),
                value: u64::from(count.participants),
            });
        }
    }
    Ok(BreakoutGroupFields {
        name: limits::required(Field::Name, &fields.name, TITLE_MAX)?,
        location: limits::optional(Field::Location, &fields.location, TITLE_MAX)?,
        challenge_id: fields.challenge_id,
        note_taker: limits::optional(Field::NoteTaker, &fields.note_taker, TITLE_MAX)?,
        role_counts: merged.into_iter().filter(|c| c.participants > 0).collect(),
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<BreakoutGroup> {
    Ok(store::from_columns!(row, BreakoutGroup {
        id, lab_id, name, location, challenge_id, note_taker;
        role_counts: Vec::new(),
    }))
}
