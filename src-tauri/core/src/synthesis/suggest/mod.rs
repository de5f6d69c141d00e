//! Suggested themes: a first draft of the grouping a facilitator does after a lab. A
//! challenge's notes that are in no theme yet are grouped by the words they share, on this
//! laptop, with no service and nothing random: the same notes give the same suggestions. Each
//! suggestion says why (its shared words) and changes nothing until a person accepts it.

mod cluster;
pub(crate) mod words;

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use cluster::adjusted_rand_index;

use crate::ids::{ChallengeId, NoteId};
use crate::synthesis::themes::{self, Theme, ThemeFields};
use crate::{challenges, Error, Result, Store};

/// Notes that the words they share suggest are one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ThemeSuggestion {
    /// A name made of its most telling shared words, for a person to keep or change.
    pub title: String,
    /// Why these notes: the words two or more of them use, most telling first.
    pub words: Vec<SharedWord>,
    pub note_ids: Vec<NoteId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SharedWord {
    /// The word as the notes write it most often.
    pub word: String,
    /// How many of the suggestion's notes use it, in any of its forms.
    pub notes: u32,
}

/// How many shared words a suggestion shows, and how many of them make its name.
const WORDS_SHOWN: usize = 6;
const WORDS_IN_TITLE: usize = 3;

impl Store {
    /// Suggested themes for a challenge's notes that are in no theme, the largest first.
    pub fn suggest_themes(&self, challenge_id: ChallengeId) -> Result<Vec<ThemeSuggestion>> {
        let notes = self.read(|conn| {
            challenges::get(conn, challenge_id)?;
            // In the order of their text, so that the same notes give the same suggestions
            // whatever order they were taken or merged in.
            let mut statement = conn.prepare_cached(
                "SELECT id, text FROM input
                 WHERE challenge_id = ?1 AND deleted_at IS NULL
                   AND id NOT IN (SELECT input_id FROM theme_input WHERE challenge_id = ?1)
                 ORDER BY text, id",
            )?;
            let rows =
                statement.query_map([challenge_id], |row| Ok((row.get::<_, NoteId>(0)?, row.get::<_, String>(1)?)))?;
            Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
        })?;
        Ok(suggest(&notes))
    }

    /// Makes a suggestion, as a person edited it, into a theme: the theme and its notes in one
    /// transaction. A note someone put in a theme since the suggestion stays where they put it,
    /// and one someone deleted stays deleted.
    /// Returns the challenge's themes as they now are.
    pub fn accept_theme_suggestion(
        &self,
        challenge_id: ChallengeId,
        fields: &ThemeFields,
        note_ids: &[NoteId],
    ) -> Result<Vec<Theme>> {
        let fields = themes::validate(fields)?;
        self.write(|tx| {
            let challenge = challenges::get(tx, challenge_id)?;
            let theme_id = themes::insert(tx, &challenge, &fields)?;
            for &note_id in note_ids {
                let free: Option<bool> = tx
                    .query_row(
                        "SELECT deleted_at IS NULL
                            AND NOT EXISTS (SELECT 1 FROM theme_input WHERE input_id = input.id)
                         FROM input WHERE id = ?1",
                        params![note_id],
                        |row| row.get(0),
                    )
                    .optional()?;
                match free {
                    None => return Err(Error::not_found("input", note_id)),
                    Some(true) => themes::put_note(tx, note_id, theme_id)?,
                    Some(false) => {}
                }
            }
            themes::list(tx, challenge_id)
        })
    }
}

/// The suggestions for notes given as (id, text).
pub fn suggest(notes: &[(NoteId, String)]) -> Vec<ThemeSuggestion> {
    let tokens: Vec<words::Tokens> = notes.iter().map(|(_, text)| words::tokens(text)).collect();
    let vocabulary = words::Vocabulary::of(&tokens);
    cluster::clusters(&vocabulary.keys)
        .into_iter()
        .map(|found| {
            let words: Vec<SharedWord> = found
                .words
                .iter()
                .take(WORDS_SHOWN)
                .map(|(key, count)| SharedWord {
                    word: vocabulary.shown.get(key).cloned().unwrap_or_else(|| key.clone()),
                    notes: u32::try_from(*count).unwrap_or(u32::MAX),
                })
                .collect();
            ThemeSuggestion {
                title: title(&words),
                words,
                note_ids: found.members.iter().map(|&i| notes[i].0).collect(),
            }
        })
        .collect()
}

/// "Union, consult, staff": the first shared words, the first capitalised.
fn title(words: &[SharedWord]) -> String {
    let joined = words.iter().take(WORDS_IN_TITLE).map(|w| w.word.as_str()).collect::<Vec<_>>().join(", ");
    let mut letters = joined.chars();
    letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default()
}
