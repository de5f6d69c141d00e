//! Preferences of this installation, kept in the database beside the labs (never in the
//! WebView's storage).

use rusqlite::OptionalExtension;

use crate::{Language, Result, Store};

impl Store {
    /// The interface language chosen last, if one was chosen.
    pub fn language(&self) -> Result<Option<Language>> {
        self.read(|conn| {
            let value: Option<String> =
                conn.query_row("SELECT value FROM setting WHERE key = 'language'", [], |row| row.get(0)).optional()?;
            Ok(value.and_then(|v| v.parse().ok()))
        })
    }

    pub fn set_language(&self, language: Language) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES ('language', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [language],
            )?;
            Ok(())
        })
    }

    /// Whether the run view and projector sound a signal when a segment's time is up. Off
    /// until the facilitator turns it on: a room may not want a beep.
    pub fn sound_signal(&self) -> Result<bool> {
        self.read(|conn| {
            let value: Option<String> = conn
                .query_row("SELECT value FROM setting WHERE key = 'sound_signal'", [], |row| row.get(0))
                .optional()?;
            Ok(value.as_deref() == Some("on"))
        })
    }

    pub fn set_sound_signal(&self, on: bool) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES ('sound_signal', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [if on { "on" } else { "off" }],
            )?;
            Ok(())
        })
    }
}
