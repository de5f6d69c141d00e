//! Themes: in plenary, the notes of a challenge are grouped into themes, each with a title and
//! a short summary the facilitator writes. A note is in at most one theme of its own challenge.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::goals::{self, Goal};
use crate::ids::{ChallengeId, LabId, NoteId, ThemeId};
use crate::limits::{self, TITLE_MAX};
use crate::store::{self, id_list_at, now, timestamp};
use crate::{challenges, Challenge, Error, Field, Result, Store};

/// A theme's summary: a few sentences, not an essay.
pub const THEME_SUMMARY_MAX: usize = 2_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Theme {
    pub id: ThemeId,
    pub lab_id: LabId,
    pub challenge_id: ChallengeId,
    pub title: String,
    pub summary: String,
    /// The notes in this theme, in the order they were put there (deleted notes left out).
    pub note_ids: Vec<NoteId>,
    /// What it speaks to among the well-being goals, ways of working and procurement duties.
    pub goals: Vec<Goal>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ThemeFields {
    pub title: String,
    pub summary: String,
}

const SELECT: &str = "SELECT id, lab_id, challenge_id, title, summary,
        (SELECT json_group_array(input_id) FROM
            (SELECT ti.input_id FROM theme_input ti JOIN input i ON i.id = ti.input_id
             WHERE ti.theme_id = theme.id AND i.deleted_at IS NULL ORDER BY ti.position)),
        (SELECT json_group_array(goal) FROM theme_goal g WHERE g.theme_id = theme.id)
    FROM theme";

impl Store {
    /// A challenge's themes, in order.
    pub fn list_themes(&self, challenge_id: ChallengeId) -> Result<Vec<Theme>> {
        self.read(|conn| {
            challenges::get(conn, challenge_id)?;
            list(conn, challenge_id)
        })
    }

    pub fn add_theme(&self, challenge_id: ChallengeId, fields: &ThemeFields) -> Result<Theme> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let challenge = challenges::get(tx, challenge_id)?;
            let id = insert(tx, &challenge, &fields)?;
            get(tx, id)
        })
    }

    pub fn update_theme(&self, id: ThemeId, fields: &ThemeFields) -> Result<Theme> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE theme SET title = ?2, summary = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, fields.title, fields.summary, timestamp(now())],
            )?;
            if changed == 0 {
                return Err(Error::not_found("theme", id));
            }
            get(tx, id)
        })
    }

    /// Removes a theme. Its notes stay, in no theme; its votes go; actions from it keep their
    /// text and owner but no longer name a theme.
    pub fn remove_theme(&self, id: ThemeId) -> Result<()> {
        self.write(|tx| store::delete_by_id(tx, "theme", "theme", id))
    }

    /// Puts a note into a theme of its challenge (at the end), or into none. Returns the
    /// challenge's themes as they now are.
    pub fn set_note_theme(&self, input_id: NoteId, theme_id: Option<ThemeId>) -> Result<Vec<Theme>> {
        self.write(|tx| {
            let challenge_id = challenge_of_note(tx, input_id)?;
            match theme_id {
                Some(theme_id) => put_note(tx, input_id, theme_id)?,
                None => {
                    tx.execute("DELETE FROM theme_input WHERE input_id = ?1", [input_id])?;
                    touch_note(tx, input_id)?;
                }
            }
            list(tx, challenge_id)
        })
    }
}

/// A new theme at the end of its challenge's themes.
pub(crate) fn insert(tx: &Connection, challenge: &Challenge, fields: &ThemeFields) -> Result<ThemeId> {
    let id = ThemeId::generate();
    tx.execute(
        &format!(
            "INSERT INTO theme (id, lab_id, challenge_id, position, title, summary, created_at, updated_at)
             VALUES (?1, ?2, ?3, {position}, ?4, ?5, ?6, ?6)",
            position = store::next_position("theme", "challenge_id", 3)
        ),
        params![id, challenge.lab_id, challenge.id, fields.title, fields.summary, timestamp(now())],
    )?;
    Ok(id)
}

/// Puts a note (not deleted) at the end of a theme of its own challenge, out of any other.
pub(crate) fn put_note(tx: &Connection, input_id: NoteId, theme_id: ThemeId) -> Result<()> {
    let challenge_id = challenge_of_note(tx, input_id)?;
    if get(tx, theme_id)?.challenge_id != challenge_id {
        return Err(Error::ThemeNotInChallenge);
    }
    tx.execute("DELETE FROM theme_input WHERE input_id = ?1", [input_id])?;
    tx.execute(
        &format!(
            "INSERT INTO theme_input (input_id, challenge_id, theme_id, position)
             VALUES (?1, ?2, ?3, {position})",
            position = store::next_position("theme_input", "theme_id", 3)
        ),
        params![input_id, challenge_id, theme_id],
    )?;
    touch_note(tx, input_id)
}

/// Which theme a note is in is part of the note: its edit time moves, so a lab archive carries
/// the move to other laptops with the note.
fn touch_note(tx: &Connection, input_id: NoteId) -> Result<()> {
    tx.execute("UPDATE input SET updated_at = ?2 WHERE id = ?1", params![input_id, timestamp(now())])?;
    Ok(())
}

pub(crate) fn list(conn: &Connection, challenge_id: ChallengeId) -> Result<Vec<Theme>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} WHERE challenge_id = ?1 ORDER BY position"))?;
    let themes = statement.query_map([challenge_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(themes)
}

pub(crate) fn get(conn: &Connection, id: ThemeId) -> Result<Theme> {
    store::by_id(conn, SELECT, "id", "theme", id, from_row)
}

/// The challenge of a note that is not deleted.
pub(crate) fn challenge_of_note(conn: &Connection, input_id: NoteId) -> Result<ChallengeId> {
    conn.query_row("SELECT challenge_id FROM input WHERE id = ?1 AND deleted_at IS NULL", [input_id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| Error::not_found("input", input_id))
}

pub(crate) fn validate(fields: &ThemeFields) -> Result<ThemeFields> {
    Ok(ThemeFields {
        title: limits::required(Field::Title, &fields.title, TITLE_MAX)?,
        summary: limits::optional(Field::Summary, &fields.summary, THEME_SUMMARY_MAX)?,
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Theme> {
    Ok(
        store::from_columns!(row, Theme { id, lab_id, challenge_id, title, summary; note_ids: id_list_at(row, 5)?, goals: goals::list_at(row, 6)? }),
    )
}
