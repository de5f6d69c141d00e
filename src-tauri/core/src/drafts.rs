//! The note being typed on a capture screen, kept as it is typed (the UI saves it a moment
//! after each keystroke), so a crash or a closed lid loses at most that moment. Saving the
//! note clears its draft in the same transaction (see `inputs`).

use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

use crate::store::{now, timestamp};
use crate::{challenges, Error, Field, Result, Store};

/// A draft may hold more than a note can (the note-taker trims it before saving), but not
/// without bound.
pub const DRAFT_MAX: usize = 20_000;

impl Store {
    /// Keeps `text` as the draft for `challenge_id`; an empty text removes the draft.
    pub fn save_draft(&self, challenge_id: Uuid, text: &str) -> Result<()> {
        let length = text.chars().count();
        if length > DRAFT_MAX {
            return Err(Error::TooLong { field: Field::Text, max: DRAFT_MAX, length });
        }
        self.write(|tx| {
            challenges::get(tx, challenge_id)?;
            if text.trim().is_empty() {
                tx.execute("DELETE FROM input_draft WHERE challenge_id = ?1", [challenge_id.to_string()])?;
            } else {
                tx.execute(
                    "INSERT INTO input_draft (challenge_id, text, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (challenge_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                    params![challenge_id.to_string(), text, timestamp(now())],
                )?;
            }
            Ok(())
        })
    }

    /// The draft left on `challenge_id`'s capture screen, or an empty text.
    pub fn draft(&self, challenge_id: Uuid) -> Result<String> {
        self.read(|conn| {
            challenges::get(conn, challenge_id)?;
            let text: Option<String> = conn
                .query_row("SELECT text FROM input_draft WHERE challenge_id = ?1", [challenge_id.to_string()], |row| {
                    row.get(0)
                })
                .optional()?;
            Ok(text.unwrap_or_default())
        })
    }
}
