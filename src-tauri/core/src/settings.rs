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
                [language.key()],
            )?;
            Ok(())
        })
    }
}
