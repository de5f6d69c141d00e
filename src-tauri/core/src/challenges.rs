//! A lab's challenges: list, add, edit, remove (with their inputs).

use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::limits::{self, TEXT_MAX, TITLE_MAX, VENUE_MAX};
use crate::store::{json_list, key_at, list_at, now, timestamp, timestamp_at, uuid_at};
use crate::{labs, Challenge, ChallengeFields, Error, Field, Result, Store};

const COLUMNS: &str = "id, lab_id, title, description, stage, prompts, created_at, updated_at";

impl Store {
    /// A lab's challenges in the order they were added.
    pub fn list_challenges(&self, lab_id: Uuid) -> Result<Vec<Challenge>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            let mut statement =
                conn.prepare(&format!("SELECT {COLUMNS} FROM challenge WHERE lab_id = ?1 ORDER BY position"))?;
            let challenges = statement.query_map([lab_id.to_string()], from_row)?.collect::<rusqlite::Result<_>>()?;
            Ok(challenges)
        })
    }

    pub fn get_challenge(&self, id: Uuid) -> Result<Challenge> {
        self.read(|conn| get(conn, id))
    }

    pub fn add_challenge(&self, lab_id: Uuid, fields: &ChallengeFields) -> Result<Challenge> {
        let fields = validate(fields)?;
        let id = Uuid::now_v7();
        let at = timestamp(now());
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            tx.execute(
                &format!(
                    "INSERT INTO challenge ({COLUMNS}, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7,
                     (SELECT coalesce(max(position), -1) + 1 FROM challenge WHERE lab_id = ?2))"
                ),
                params![
                    id.to_string(),
                    lab_id.to_string(),
                    fields.title,
                    fields.description,
                    fields.stage.key(),
                    json_list(&fields.prompts),
                    at
                ],
            )?;
            get(tx, id)
        })
    }

    /// Replaces a challenge's title, description and stage. Its inputs keep their own stages.
    pub fn update_challenge(&self, id: Uuid, fields: &ChallengeFields) -> Result<Challenge> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE challenge SET title = ?2, description = ?3, stage = ?4, prompts = ?5, updated_at = ?6 WHERE id = ?1",
                params![
                    id.to_string(),
                    fields.title,
                    fields.description,
                    fields.stage.key(),
                    json_list(&fields.prompts),
                    timestamp(now())
                ],
            )?;
            match changed {
                0 => Err(Error::not_found("challenge", id)),
                _ => get(tx, id),
            }
        })
    }

    /// Removes a challenge and every input captured on it.
    pub fn remove_challenge(&self, id: Uuid) -> Result<()> {
        self.write(|tx| match tx.execute("DELETE FROM challenge WHERE id = ?1", [id.to_string()])? {
            0 => Err(Error::not_found("challenge", id)),
            _ => Ok(()),
        })
    }
}

pub(crate) fn get(conn: &Connection, id: Uuid) -> Result<Challenge> {
    conn.query_row(&format!("SELECT {COLUMNS} FROM challenge WHERE id = ?1"), [id.to_string()], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("challenge", id))
}

fn validate(fields: &ChallengeFields) -> Result<ChallengeFields> {
    Ok(ChallengeFields {
        title: limits::required(Field::Title, &fields.title, TITLE_MAX)?,
        description: limits::optional(Field::Description, &fields.description, TEXT_MAX)?,
        stage: fields.stage,
        prompts: limits::list(Field::Prompts, &fields.prompts, VENUE_MAX)?,
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Challenge> {
    Ok(Challenge {
        id: uuid_at(row, 0)?,
        lab_id: uuid_at(row, 1)?,
        title: row.get(2)?,
        description: row.get(3)?,
        stage: key_at(row, 4)?,
        prompts: list_at(row, 5)?,
        created_at: timestamp_at(row, 6)?,
        updated_at: timestamp_at(row, 7)?,
    })
}
