//! Inputs: what people said, captured against a challenge and attributed to a role.

use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

use crate::limits::{self, TEXT_MAX};
use crate::store::{key_at, list_at, now, optional_uuid_at, timestamp, timestamp_at, uuid_at};
use crate::tags::tags_in;
use crate::{
    challenges, drafts, groups, roles, Error, Field, Input, InputEdit, InputRevision, NewInput, Result, RevisionChange,
    Store,
};

const COLUMNS: &str =
    "id, lab_id, challenge_id, role_id, stage, kind, text, created_at, updated_at, confidential, group_id";

/// The columns read back: the stored ones and the note's tags as a JSON array, in order.
pub(crate) const SELECT: &str =
    "SELECT id, lab_id, challenge_id, role_id, stage, kind, text, created_at, updated_at, confidential, group_id,
        (SELECT json_group_array(tag) FROM (SELECT tag FROM input_tag t WHERE t.input_id = input.id ORDER BY position))
    FROM input";

impl Store {
    /// Saves a captured input. When this returns `Ok`, the input is committed to disk.
    pub fn create_input(&self, new: &NewInput) -> Result<Input> {
        let text = limits::required(Field::Text, &new.text, TEXT_MAX)?;
        self.write(|tx| {
            let id = insert(tx, &NewInput { text, ..new.clone() })?;
            // The note is saved: the draft it was typed in goes, in the same transaction.
            drafts::clear(tx, new.challenge_id, new.group_id)?;
            get(tx, id)
        })
    }

    /// A challenge's inputs, newest first.
    pub fn list_inputs(&self, challenge_id: Uuid) -> Result<Vec<Input>> {
        self.read(|conn| {
            challenges::get(conn, challenge_id)?;
            let mut statement = conn.prepare(&format!(
                "{SELECT} WHERE challenge_id = ?1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC"
            ))?;
            let inputs = statement.query_map([challenge_id.to_string()], from_row)?.collect::<rusqlite::Result<_>>()?;
            Ok(inputs)
        })
    }

    pub fn get_input(&self, id: Uuid) -> Result<Input> {
        self.read(|conn| get(conn, id))
    }

    pub fn update_input(&self, id: Uuid, edit: &InputEdit) -> Result<Input> {
        let text = limits::required(Field::Text, &edit.text, TEXT_MAX)?;
        self.write(|tx| {
            let input = get(tx, id)?;
            ensure_role_in_lab(tx, edit.role_id, input.lab_id)?;
            tx.execute(
                "UPDATE input SET role_id = ?2, kind = ?3, stage = ?4, text = ?5, updated_at = ?6, confidential = ?7
                 WHERE id = ?1",
                params![
                    id.to_string(),
                    edit.role_id.to_string(),
                    edit.kind.key(),
                    edit.stage.key(),
                    text,
                    timestamp(now()),
                    edit.confidential,
                ],
            )?;
            set_tags(tx, input.lab_id, id, &text)?;
            record(tx, id, RevisionChange::Edited)?;
            get(tx, id)
        })
    }

    /// Deletes a note from every list, search and export; it is kept out of sight so that
    /// [`Store::restore_input`] can undo this. Its votes go for good: the dots return to the
    /// groups that gave them, and an undo cannot push a group over its budget.
    pub fn delete_input(&self, id: Uuid) -> Result<()> {
        self.write(|tx| {
            let changed = tx.execute(
                // The edit time moves too, so a lab archive carries the deletion to other laptops.
                "UPDATE input SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                params![id.to_string(), timestamp(now())],
            )?;
            if changed == 0 {
                return Err(Error::not_found("input", id));
            }
            tx.execute("DELETE FROM vote WHERE input_id = ?1", [id.to_string()])?;
            record(tx, id, RevisionChange::Deleted)
        })
    }

    /// Undoes the deletion of a note.
    pub fn restore_input(&self, id: Uuid) -> Result<Input> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE input SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
                params![id.to_string(), timestamp(now())],
            )?;
            if changed == 0 {
                return Err(Error::not_found("deleted input", id));
            }
            record(tx, id, RevisionChange::Restored)?;
            get(tx, id)
        })
    }

    /// Every change to a note, oldest first.
    pub fn input_history(&self, id: Uuid) -> Result<Vec<InputRevision>> {
        self.read(|conn| {
            let exists: Option<i64> =
                conn.query_row("SELECT 1 FROM input WHERE id = ?1", [id.to_string()], |row| row.get(0)).optional()?;
            exists.ok_or_else(|| Error::not_found("input", id))?;
            let mut statement = conn.prepare(
                "SELECT change, role_id, kind, stage, text, confidential, at FROM input_revision
                 WHERE input_id = ?1 ORDER BY at, seq",
            )?;
            let revisions = statement
                .query_map([id.to_string()], |row| {
                    Ok(InputRevision {
                        change: key_at(row, 0)?,
                        role_id: uuid_at(row, 1)?,
                        kind: key_at(row, 2)?,
                        stage: key_at(row, 3)?,
                        text: row.get(4)?,
                        confidential: row.get(5)?,
                        at: timestamp_at(row, 6)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            Ok(revisions)
        })
    }
}

/// Saves a note whose text is already checked, with its tags and the start of its history.
pub(crate) fn insert(tx: &rusqlite::Transaction<'_>, new: &NewInput) -> Result<Uuid> {
    let challenge = challenges::get(tx, new.challenge_id)?;
    ensure_role_in_lab(tx, new.role_id, challenge.lab_id)?;
    if let Some(group_id) = new.group_id {
        groups::ensure_in_lab(tx, group_id, challenge.lab_id)?;
    }
    let id = Uuid::now_v7();
    tx.execute(
        &format!("INSERT INTO input ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)"),
        params![
            id.to_string(),
            challenge.lab_id.to_string(),
            challenge.id.to_string(),
            new.role_id.to_string(),
            new.stage.unwrap_or(challenge.main_stage()).key(),
            new.kind.key(),
            new.text,
            timestamp(now()),
            new.confidential,
            new.group_id.map(|g| g.to_string()),
        ],
    )?;
    set_tags(tx, challenge.lab_id, id, &new.text)?;
    record(tx, id, RevisionChange::Created)?;
    Ok(id)
}

/// Keeps the note as it now is in its history.
fn record(tx: &rusqlite::Transaction<'_>, id: Uuid, change: RevisionChange) -> Result<()> {
    let change: &'static str = change.into();
    tx.execute(
        "INSERT INTO input_revision (input_id, change, role_id, kind, stage, text, confidential, at)
         SELECT id, ?2, role_id, kind, stage, text, confidential, ?3 FROM input WHERE id = ?1",
        params![id.to_string(), change, timestamp(now())],
    )?;
    Ok(())
}

fn ensure_role_in_lab(conn: &Connection, role_id: Uuid, lab_id: Uuid) -> Result<()> {
    match roles::get(conn, role_id) {
        Ok(role) if role.lab_id == lab_id => Ok(()),
        Ok(_) | Err(Error::NotFound { .. }) => Err(Error::RoleNotInLab),
        Err(other) => Err(other),
    }
}

/// Replaces a note's tags with those in its text.
fn set_tags(tx: &rusqlite::Transaction<'_>, lab_id: Uuid, id: Uuid, text: &str) -> Result<()> {
    tx.execute("DELETE FROM input_tag WHERE input_id = ?1", [id.to_string()])?;
    let mut statement =
        tx.prepare("INSERT INTO input_tag (input_id, lab_id, tag, position) VALUES (?1, ?2, ?3, ?4)")?;
    for (position, tag) in (0_i64..).zip(tags_in(text)) {
        statement.execute(params![id.to_string(), lab_id.to_string(), tag, position])?;
    }
    Ok(())
}

/// A note that is not deleted.
fn get(conn: &Connection, id: Uuid) -> Result<Input> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1 AND deleted_at IS NULL"), [id.to_string()], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("input", id))
}

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Input> {
    Ok(Input {
        id: uuid_at(row, 0)?,
        lab_id: uuid_at(row, 1)?,
        challenge_id: uuid_at(row, 2)?,
        role_id: uuid_at(row, 3)?,
        stage: key_at(row, 4)?,
        kind: key_at(row, 5)?,
        text: row.get(6)?,
        created_at: timestamp_at(row, 7)?,
        updated_at: timestamp_at(row, 8)?,
        confidential: row.get(9)?,
        group_id: optional_uuid_at(row, 10)?,
        tags: list_at(row, 11)?,
    })
}
