//! A lab's challenges: list, add, edit, remove (with their notes). A challenge concerns one or
//! more procurement stages: the first is stored on the challenge, the others beside it.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{ChallengeId, LabId};
use crate::limits::{self, LINE_MAX, TEXT_MAX, TITLE_MAX};
use crate::store::{self, json_list, list_at, now, timestamp, timestamp_at};
use crate::{labs, Error, Field, Result, Stage, Store};

/// A concrete problem the lab works through, framed by a procurement stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Challenge {
    pub id: ChallengeId,
    pub lab_id: LabId,
    pub title: String,
    pub description: String,
    /// The procurement stages it concerns, never empty; the first is its main stage, which
    /// a note takes unless the note-taker picks another.
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
    /// The stage a note takes by default.
    pub fn main_stage(&self) -> Stage {
        self.stages[0]
    }
}

const COLUMNS: &str = "id, lab_id, title, description, stage, prompts, created_at, updated_at";

impl Store {
    /// A lab's challenges in the order they were added.
    pub fn list_challenges(&self, lab_id: LabId) -> Result<Vec<Challenge>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            list(conn, lab_id)
        })
    }

    pub fn get_challenge(&self, id: ChallengeId) -> Result<Challenge> {
        self.read(|conn| get(conn, id))
    }

    pub fn add_challenge(&self, lab_id: LabId, fields: &ChallengeFields) -> Result<Challenge> {
        let fields = validate(fields)?;
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            let id = insert(tx, lab_id, &fields)?;
            get(tx, id)
        })
    }

    /// Replaces a challenge's title, description, stages and prompts. Its notes keep their
    /// own stages.
    pub fn update_challenge(&self, id: ChallengeId, fields: &ChallengeFields) -> Result<Challenge> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let challenge = get(tx, id)?;
            tx.execute(
                "UPDATE challenge SET title = ?2, description = ?3, stage = ?4, prompts = ?5, updated_at = ?6 WHERE id = ?1",
                params![
                    id,
                    fields.title,
                    fields.description,
                    fields.stages[0],
                    json_list(&fields.prompts),
                    timestamp(now())
                ],
            )?;
            set_other_stages(tx, challenge.lab_id, id, &fields.stages[1..])?;
            get(tx, id)
        })
    }

    /// Removes a challenge and every note captured on it.
    pub fn remove_challenge(&self, id: ChallengeId) -> Result<()> {
        self.write(|tx| store::delete_by_id(tx, "challenge", "challenge", id))
    }
}

/// Appends a validated challenge to a lab, returning its id.
pub(crate) fn insert(tx: &Transaction<'_>, lab_id: LabId, fields: &ChallengeFields) -> Result<ChallengeId> {
    let id = ChallengeId::generate();
    tx.execute(
        &format!(
            "INSERT INTO challenge ({COLUMNS}, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, {position})",
            position = store::next_position("challenge", "lab_id", 2)
        ),
        params![
            id,
            lab_id,
            fields.title,
            fields.description,
            fields.stages[0],
            json_list(&fields.prompts),
            timestamp(now())
        ],
    )?;
    set_other_stages(tx, lab_id, id, &fields.stages[1..])?;
    Ok(id)
}

fn set_other_stages(tx: &Transaction<'_>, lab_id: LabId, id: ChallengeId, stages: &[Stage]) -> Result<()> {
    tx.execute("DELETE FROM challenge_other_stage WHERE challenge_id = ?1", [id])?;
    let mut statement = tx
        .prepare("INSERT INTO challenge_other_stage (lab_id, challenge_id, stage, position) VALUES (?1, ?2, ?3, ?4)")?;
    for (position, stage) in (0_i64..).zip(stages) {
        statement.execute(params![lab_id, id, stage, position])?;
    }
    Ok(())
}

pub(crate) fn list(conn: &Connection, lab_id: LabId) -> Result<Vec<Challenge>> {
    let mut statement =
        conn.prepare(&format!("SELECT {COLUMNS} FROM challenge WHERE lab_id = ?1 ORDER BY position"))?;
    let mut challenges: Vec<Challenge> = statement.query_map([lab_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    for challenge in &mut challenges {
        challenge.stages.extend(other_stages(conn, challenge.id)?);
    }
    Ok(challenges)
}

pub(crate) fn get(conn: &Connection, id: ChallengeId) -> Result<Challenge> {
    let mut challenge =
        store::by_id(conn, &format!("SELECT {COLUMNS} FROM challenge"), "id", "challenge", id, from_row)?;
    challenge.stages.extend(other_stages(conn, id)?);
    Ok(challenge)
}

fn other_stages(conn: &Connection, id: ChallengeId) -> Result<Vec<Stage>> {
    let mut statement =
        conn.prepare_cached("SELECT stage FROM challenge_other_stage WHERE challenge_id = ?1 ORDER BY position")?;
    let stages = statement.query_map([id], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(stages)
}

pub(crate) fn validate(fields: &ChallengeFields) -> Result<ChallengeFields> {
    let mut stages: Vec<Stage> = Vec::new();
    for stage in &fields.stages {
        if !stages.contains(stage) {
            stages.push(*stage);
        }
    }
    if stages.is_empty() {
        return Err(Error::Empty { field: Field::Stages });
    }
    Ok(ChallengeFields {
        title: limits::required(Field::Title, &fields.title, TITLE_MAX)?,
        description: limits::optional(Field::Description, &fields.description, TEXT_MAX)?,
        stages,
        prompts: limits::list(Field::Prompts, &fields.prompts, LINE_MAX)?,
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Challenge> {
    Ok(store::from_columns!(row, Challenge {
        id, lab_id, title, description;
        stages: vec![row.get(4)?],
        prompts: list_at(row, 5)?,
        created_at: timestamp_at(row, 6)?,
        updated_at: timestamp_at(row, 7)?,
    }))
}
