//! Finding notes across a lab: by words in their text (SQLite FTS5, diacritics folded, each
//! word matched as a prefix) and by challenge, group, role, kind, stage and tag, newest first.

use rusqlite::named_params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::capture::notes::{from_row, SELECT};
use crate::ids::{ChallengeId, GroupId, LabId, RoleId};
use crate::{labs, Note, NoteKind, Result, Stage, Store};

/// What to look for; every part left empty matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoteFilter {
    pub text: String,
    pub challenge_id: Option<ChallengeId>,
    pub group_id: Option<GroupId>,
    pub role_id: Option<RoleId>,
    pub kind: Option<NoteKind>,
    pub stage: Option<Stage>,
    pub tag: Option<String>,
}

impl Store {
    /// A lab's notes that match `filter`, newest first.
    pub fn search_notes(&self, lab_id: LabId, filter: &NoteFilter) -> Result<Vec<Note>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            let mut statement = conn.prepare_cached(&format!(
                "{SELECT} WHERE lab_id = :lab AND deleted_at IS NULL
                   AND (:challenge IS NULL OR challenge_id = :challenge)
                   AND (:group IS NULL OR group_id = :group)
                   AND (:role IS NULL OR role_id = :role)
                   AND (:kind IS NULL OR kind = :kind)
                   AND (:stage IS NULL OR stage = :stage)
                   AND (:tag IS NULL OR EXISTS
                        (SELECT 1 FROM input_tag t WHERE t.input_id = input.id AND t.tag = :tag))
                   AND (:query IS NULL OR rowid IN (SELECT rowid FROM input_fts WHERE input_fts MATCH :query))
                 ORDER BY created_at DESC, id DESC"
            ))?;
            let tag = filter.tag.as_deref().map(|t| t.trim().trim_start_matches('#').to_lowercase());
            let found = statement
                .query_map(
                    named_params! {
                        ":lab": lab_id,
                        ":challenge": filter.challenge_id,
                        ":group": filter.group_id,
                        ":role": filter.role_id,
                        ":kind": filter.kind,
                        ":stage": filter.stage,
                        ":tag": tag.filter(|t| !t.is_empty()),
                        ":query": match_query(&filter.text),
                    },
                    from_row,
                )?
                .collect::<rusqlite::Result<_>>()?;
            Ok(found)
        })
    }
}

impl Store {
    /// The tags used in a lab, most used first, to offer as a filter.
    pub fn lab_tags(&self, lab_id: LabId) -> Result<Vec<String>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            let mut statement = conn.prepare(
                "SELECT t.tag FROM input_tag t JOIN input i ON i.id = t.input_id
                     WHERE t.lab_id = ?1 AND i.deleted_at IS NULL GROUP BY t.tag ORDER BY count(*) DESC, t.tag",
            )?;
            let tags = statement.query_map([lab_id], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(tags)
        })
    }
}

/// An FTS5 query for what a person typed: every word must appear, as the start of a word in
/// the note. Each word is quoted, so nothing typed is read as FTS5 syntax.
fn match_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split_whitespace()
        .map(|word| word.replace('"', ""))
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::match_query;

    #[test]
    fn typed_words_become_quoted_prefix_terms() {
        assert_eq!(match_query("  data  Sharing "), Some("\"data\"* \"Sharing\"*".into()));
        assert_eq!(match_query("NEAR(\"x\" OR y"), Some("\"NEAR(x\"* \"OR\"* \"y\"*".into()));
        assert_eq!(match_query(" -- ? "), None);
    }
}
