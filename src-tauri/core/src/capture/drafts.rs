//! The note being typed on a capture screen, kept as it is typed (the UI saves it a moment
//! after each keystroke), so a crash or a closed lid loses at most that moment. A capture
//! screen is a challenge and the breakout group it is taken for, so note-takers sharing a
//! laptop each keep their own draft. Saving the note clears its draft in the same transaction
//! (see `notes.rs`).

use rusqlite::{params, Connection, OptionalExtension};

use crate::ids::{ChallengeId, GroupId};
use crate::store::{self, Part};
use crate::store::{now, timestamp};
use crate::{challenges, groups, Error, Field, Result, Store};

/// A draft may hold more than a note can (the note-taker trims it before saving), but not
/// without bound.
pub const DRAFT_MAX: usize = 20_000;

impl Store {
    /// Keeps `text` as the draft for a challenge and group; an empty text removes the draft.
    pub fn save_draft(&self, challenge_id: ChallengeId, group_id: Option<GroupId>, text: &str) -> Result<()> {
        let length = text.chars().count();
        if length > DRAFT_MAX {
            return Err(Error::TooLong { field: Field::Text, max: DRAFT_MAX, length });
        }
        self.write(|tx| {
            ensure_screen(tx, challenge_id, group_id)?;
            clear(tx, challenge_id, group_id)?;
            if !text.trim().is_empty() {
                tx.execute(
                    "INSERT INTO capture_draft (challenge_id, group_id, text, updated_at) VALUES (?1, ?2, ?3, ?4)",
                    params![challenge_id, group_id, text, timestamp(now())],
                )?;
            }
            Ok(())
        })
    }

    /// The draft left on a challenge and group's capture screen, or an empty text.
    pub fn draft(&self, challenge_id: ChallengeId, group_id: Option<GroupId>) -> Result<String> {
        self.read(|conn| {
            ensure_screen(conn, challenge_id, group_id)?;
            let text: Option<String> = conn
                .query_row(
                    "SELECT text FROM capture_draft WHERE challenge_id = ?1 AND ifnull(group_id, '') = ?2",
                    params![challenge_id, groups::key(group_id)],
                    |row| row.get(0),
                )
                .optional()?;
            Ok(text.unwrap_or_default())
        })
    }
}

/// Removes the draft of a capture screen, if there is one.
pub(crate) fn clear(conn: &Connection, challenge_id: ChallengeId, group_id: Option<GroupId>) -> Result<()> {
    conn.execute(
        "DELETE FROM capture_draft WHERE challenge_id = ?1 AND ifnull(group_id, '') = ?2",
        params![challenge_id, groups::key(group_id)],
    )?;
    Ok(())
}

fn ensure_screen(conn: &Connection, challenge_id: ChallengeId, group_id: Option<GroupId>) -> Result<()> {
    let challenge = challenges::get(conn, challenge_id)?;
    match group_id {
        Some(group_id) => store::ensure_in_lab(conn, Part::Group, group_id, challenge.lab_id),
        None => Ok(()),
    }
}
