//! Notes: what people said, captured against a challenge and attributed to a role. They are
//! stored in the table `input` (with `input_tag` and `input_revision`), the name they had before
//! the app called them notes, which every database and lab archive written so far carries.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};
use ts_rs::TS;

use crate::events::{Change, NotesChanged};
use crate::goals::{self, Goal, GoalTarget};
use crate::ids::{ChallengeId, DeviceId, GroupId, LabId, NoteId, RoleId};
use crate::limits::{self, TEXT_MAX};
use crate::store::{self, Part};
use crate::store::{list_at, now, timestamp, timestamp_at};
use crate::tags::tags_in;
use crate::{challenges, drafts, language, Error, Field, Language, Result, Stage, Store};

/// What sort of contribution a note is, in the order the capture screen offers them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, EnumString, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum NoteKind {
    Concern,
    Idea,
    Question,
    Evidence,
    Action,
}

impl NoteKind {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// One thing someone said, attributed to a role, tied to a challenge and a stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Note {
    pub id: NoteId,
    pub lab_id: LabId,
    pub challenge_id: ChallengeId,
    pub role_id: RoleId,
    /// The breakout group it was taken in; none when taken for the whole room.
    pub group_id: Option<GroupId>,
    pub stage: Stage,
    pub kind: NoteKind,
    pub text: String,
    /// The `#tags` in its text, lower-cased, in order.
    pub tags: Vec<String>,
    /// Kept out of every export.
    pub confidential: bool,
    /// What it speaks to among the well-being goals, ways of working and procurement duties.
    pub goals: Vec<Goal>,
    /// The language it was said in, as the note-taker said or its words showed; none when
    /// neither told.
    pub language: Option<Language>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A note, as the note-taker submits it. Without a stage it takes its challenge's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewNote {
    pub challenge_id: ChallengeId,
    pub group_id: Option<GroupId>,
    pub role_id: RoleId,
    pub kind: NoteKind,
    pub stage: Option<Stage>,
    pub text: String,
    pub confidential: bool,
    /// Tagged as it is taken; a device's outbox written before goals existed has none.
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The language it was said in; without one, the core guesses from its words.
    #[serde(default)]
    pub language: Option<Language>,
}

/// An edit of a note: everything but the challenge it belongs to can change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoteEdit {
    pub role_id: RoleId,
    pub kind: NoteKind,
    pub stage: Stage,
    pub text: String,
    pub confidential: bool,
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
pub struct NoteRevision {
    pub change: RevisionChange,
    pub role_id: RoleId,
    pub kind: NoteKind,
    pub stage: Stage,
    pub text: String,
    pub confidential: bool,
    pub at: DateTime<Utc>,
}

const COLUMNS: &str =
    "id, lab_id, challenge_id, role_id, stage, kind, text, created_at, updated_at, confidential, group_id";

/// The columns read back: the stored ones and the note's tags as a JSON array, in order.
pub(crate) const SELECT: &str =
    "SELECT id, lab_id, challenge_id, role_id, stage, kind, text, created_at, updated_at, confidential, group_id,
        (SELECT json_group_array(tag) FROM (SELECT tag FROM input_tag t WHERE t.input_id = input.id ORDER BY position)),
        device_id,
        (SELECT json_group_array(goal) FROM input_goal g WHERE g.input_id = input.id),
        language
    FROM input";

impl Store {
    /// Saves a note. When this returns `Ok`, the note is committed to disk.
    pub fn create_note(&self, new: &NewNote) -> Result<Note> {
        let text = limits::required(Field::Text, &new.text, TEXT_MAX)?;
        let note = self.write(|tx| {
            let id = insert(tx, &NewNote { text, ..new.clone() })?;
            // The note is saved: the draft it was typed in goes, in the same transaction.
            drafts::clear(tx, new.challenge_id, new.group_id)?;
            get(tx, id)
        })?;
        self.announce_note(&note);
        Ok(note)
    }

    /// A challenge's notes, newest first.
    pub fn list_notes(&self, challenge_id: ChallengeId) -> Result<Vec<Note>> {
        self.read(|conn| {
            challenges::get(conn, challenge_id)?;
            let mut statement = conn.prepare(&format!(
                "{SELECT} WHERE challenge_id = ?1 AND deleted_at IS NULL ORDER BY created_at DESC, id DESC"
            ))?;
            let inputs = statement.query_map([challenge_id], from_row)?.collect::<rusqlite::Result<_>>()?;
            Ok(inputs)
        })
    }

    pub fn get_note(&self, id: NoteId) -> Result<Note> {
        self.read(|conn| get(conn, id))
    }

    pub fn update_note(&self, id: NoteId, edit: &NoteEdit) -> Result<Note> {
        let text = limits::required(Field::Text, &edit.text, TEXT_MAX)?;
        let note = self.write(|tx| {
            let input = get(tx, id)?;
            store::ensure_in_lab(tx, Part::Role, edit.role_id, input.lab_id)?;
            tx.execute(
                // The language it was said in stays; a note that had none may show one now.
                "UPDATE input SET role_id = ?2, kind = ?3, stage = ?4, text = ?5, updated_at = ?6, confidential = ?7,
                     language = coalesce(language, ?8)
                 WHERE id = ?1",
                params![
                    id,
                    edit.role_id,
                    edit.kind,
                    edit.stage,
                    text,
                    timestamp(now()),
                    edit.confidential,
                    language::guess(&text)
                ],
            )?;
            set_tags(tx, input.lab_id, id, &text)?;
            record(tx, id, RevisionChange::Edited)?;
            get(tx, id)
        })?;
        self.announce_note(&note);
        Ok(note)
    }

    /// Deletes a note from every list, search and export; it is kept out of sight so that
    /// [`Store::restore_note`] can undo this. Its votes go for good: the dots return to the
    /// groups that gave them, and an undo cannot push a group over its budget.
    pub fn delete_note(&self, id: NoteId) -> Result<()> {
        let note = self.write(|tx| {
            set_deleted(tx, id, true)?;
            tx.execute("DELETE FROM vote WHERE input_id = ?1", [id])?;
            record(tx, id, RevisionChange::Deleted)?;
            get_any(tx, id)
        })?;
        self.announce_note(&note);
        Ok(())
    }

    /// Undoes the deletion of a note.
    pub fn restore_note(&self, id: NoteId) -> Result<Note> {
        let note = self.write(|tx| {
            set_deleted(tx, id, false)?;
            record(tx, id, RevisionChange::Restored)?;
            get(tx, id)
        })?;
        self.announce_note(&note);
        Ok(note)
    }

    /// Tells whoever listens (the app's screens, the device hub) that a note changed.
    fn announce_note(&self, note: &Note) {
        self.announce(Change::Notes(NotesChanged { lab_id: note.lab_id, challenge_id: note.challenge_id }));
    }

    /// Every change to a note, oldest first.
    pub fn note_history(&self, id: NoteId) -> Result<Vec<NoteRevision>> {
        self.read(|conn| {
            let exists: Option<i64> =
                conn.query_row("SELECT 1 FROM input WHERE id = ?1", [id], |row| row.get(0)).optional()?;
            exists.ok_or_else(|| Error::not_found("input", id))?;
            let mut statement = conn.prepare(
                "SELECT change, role_id, kind, stage, text, confidential, at FROM input_revision
                 WHERE input_id = ?1 ORDER BY at, seq",
            )?;
            let revisions = statement
                .query_map([id], |row| {
                    Ok(NoteRevision {
                        change: row.get(0)?,
                        role_id: row.get(1)?,
                        kind: row.get(2)?,
                        stage: row.get(3)?,
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
pub(crate) fn insert(tx: &rusqlite::Transaction<'_>, new: &NewNote) -> Result<NoteId> {
    let id = NoteId::generate();
    insert_as(tx, id, new, None)?;
    Ok(id)
}

/// Saves a note as [`insert`] does, under the id `id` (a device makes its notes' ids), from
/// `device` when a device sent it.
pub(crate) fn insert_as(
    tx: &rusqlite::Transaction<'_>,
    id: NoteId,
    new: &NewNote,
    device: Option<DeviceId>,
) -> Result<()> {
    let challenge = challenges::get(tx, new.challenge_id)?;
    store::ensure_in_lab(tx, Part::Role, new.role_id, challenge.lab_id)?;
    if let Some(group_id) = new.group_id {
        store::ensure_in_lab(tx, Part::Group, group_id, challenge.lab_id)?;
    }
    tx.execute(
        &format!("INSERT INTO input ({COLUMNS}, device_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11)"),
        params![
            id,
            challenge.lab_id,
            challenge.id,
            new.role_id,
            new.stage.unwrap_or(challenge.main_stage()),
            new.kind,
            new.text,
            timestamp(now()),
            new.confidential,
            new.group_id,
            device,
        ],
    )?;
    let language = new.language.or_else(|| language::guess(&new.text));
    tx.execute("UPDATE input SET language = ?2 WHERE id = ?1", params![id, language])?;
    set_tags(tx, challenge.lab_id, id, &new.text)?;
    if !new.goals.is_empty() {
        goals::set(tx, GoalTarget::Note(id), &new.goals)?;
    }
    record(tx, id, RevisionChange::Created)
}

/// Deletes the note `id` or brings it back, failing when it is not in the state to change.
/// The edit time moves too, so a lab archive carries the change to other laptops.
fn set_deleted(tx: &rusqlite::Transaction<'_>, id: NoteId, deleted: bool) -> Result<()> {
    let (sql, missing) = match deleted {
        true => ("UPDATE input SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NULL", "input"),
        false => (
            "UPDATE input SET deleted_at = NULL, updated_at = ?2 WHERE id = ?1 AND deleted_at IS NOT NULL",
            "deleted input",
        ),
    };
    match tx.execute(sql, params![id, timestamp(now())])? {
        0 => Err(Error::not_found(missing, id)),
        _ => Ok(()),
    }
}

/// Keeps the note as it now is in its history.
fn record(tx: &rusqlite::Transaction<'_>, id: NoteId, change: RevisionChange) -> Result<()> {
    let change: &'static str = change.into();
    tx.execute(
        "INSERT INTO input_revision (input_id, change, role_id, kind, stage, text, confidential, at)
         SELECT id, ?2, role_id, kind, stage, text, confidential, ?3 FROM input WHERE id = ?1",
        params![id, change, timestamp(now())],
    )?;
    Ok(())
}

/// Replaces a note's tags with those in its text.
fn set_tags(tx: &rusqlite::Transaction<'_>, lab_id: LabId, id: NoteId, text: &str) -> Result<()> {
    tx.execute("DELETE FROM input_tag WHERE input_id = ?1", [id])?;
    let mut statement =
        tx.prepare("INSERT INTO input_tag (input_id, lab_id, tag, position) VALUES (?1, ?2, ?3, ?4)")?;
    for (position, tag) in (0_i64..).zip(tags_in(text)) {
        statement.execute(params![id, lab_id, tag, position])?;
    }
    Ok(())
}

/// A note, deleted or not.
pub(crate) fn get_any(conn: &Connection, id: NoteId) -> Result<Note> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("input", id))
}

/// A note that is not deleted.
fn get(conn: &Connection, id: NoteId) -> Result<Note> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1 AND deleted_at IS NULL"), [id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found("input", id))
}

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Note> {
    Ok(store::from_columns!(row, Note {
        id, lab_id, challenge_id, role_id, stage, kind, text;
        created_at: timestamp_at(row, 7)?,
        updated_at: timestamp_at(row, 8)?,
        confidential: row.get(9)?,
        group_id: row.get(10)?,
        tags: list_at(row, 11)?,
        goals: goals::list_at(row, 13)?,
        language: row.get(14)?,
    }))
}
