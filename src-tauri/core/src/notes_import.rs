//! Notes from a CSV file, for post-its typed into a spreadsheet after the lab.
//!
//! The columns are found by their headings, in English or Welsh, as the notes export writes
//! them (so an exported file imports again) or by their plain names (`challenge`, `role`,
//! `kind`, `stage`, `text`, `tags`, `group`). Challenges, roles and groups are matched by name
//! to the lab's own; kinds and stages by their names in either language. Every row is checked
//! before anything is saved, and all the rows are saved in one transaction or none are. A row
//! matching a note the lab already has is skipped, so importing the same file twice adds
//! nothing the second time.

use std::collections::HashSet;

use strum::VariantArray;
use uuid::Uuid;

use crate::archive::ImportSummary;
use crate::limits::{self, TEXT_MAX};
use crate::messages::Messages;
use crate::tags::tags_in;
use crate::{files, Error, Field, InputKind, Language, NewInput, Result, Stage, Store};

/// A spreadsheet of many thousands of notes, and no more.
pub const NOTES_CSV_MAX: u64 = 20_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Challenge,
    Stage,
    Role,
    Kind,
    Text,
    Tags,
    Group,
    /// Written by the export, read by no one: themes and votes are the lab's own work.
    Ignored,
}

/// Each column's plain name, and the message id of its heading in the notes export.
const COLUMNS: [(&str, Column); 9] = [
    ("challenge", Column::Challenge),
    ("stage", Column::Stage),
    ("role", Column::Role),
    ("kind", Column::Kind),
    ("text", Column::Text),
    ("tags", Column::Tags),
    ("group", Column::Group),
    ("theme", Column::Ignored),
    ("dots", Column::Ignored),
];

impl Store {
    pub fn import_notes_csv(&self, lab_id: Uuid, path: &std::path::Path) -> Result<ImportSummary> {
        self.import_notes_csv_bytes(lab_id, &files::read_at_most(path, NOTES_CSV_MAX)?)
    }

    /// Checks every row, then saves all the new notes in one transaction.
    pub fn import_notes_csv_bytes(&self, lab_id: Uuid, bytes: &[u8]) -> Result<ImportSummary> {
        files::at_most(bytes.len() as u64, NOTES_CSV_MAX)?;
        let text = files::utf8(bytes).map_err(|error| match error {
            Error::InvalidFile { location, problem } => {
                invalid(&location, format!("{problem}; save it from the spreadsheet as “CSV UTF-8”"))
            }
            other => other,
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lab = self.get_lab(lab_id)?;
        let names = Names::new(self, lab_id)?;
        let notes = read_rows(text, &names)?;
        self.write(|tx| {
            let mut summary =
                ImportSummary { lab_id, title: lab.title.clone(), added: 0, updated: 0, unchanged: 0, notes_added: 0 };
            let mut existing = tx.prepare(
                "SELECT 1 FROM input WHERE challenge_id = ?1 AND role_id = ?2 AND kind = ?3 AND stage = ?4 AND text = ?5
                   AND deleted_at IS NULL",
            )?;
            // Judged against the lab as it was, so two equal post-its in one file are both kept.
            let already: Vec<bool> = notes
                .iter()
                .map(|(note, stage)| {
                    existing.exists(rusqlite::params![
                        note.challenge_id.to_string(),
                        note.role_id.to_string(),
                        note.kind.key(),
                        stage.key(),
                        note.text
                    ])
                })
                .collect::<rusqlite::Result<_>>()?;
            for ((note, _), already) in notes.iter().zip(already) {
                if already {
                    summary.unchanged += 1;
                } else {
                    crate::inputs::insert(tx, note)?;
                    summary.added += 1;
                    summary.notes_added += 1;
                }
            }
            Ok(summary)
        })
    }
}

fn invalid(location: &str, problem: impl Into<String>) -> Error {
    Error::InvalidFile { location: location.to_owned(), problem: problem.into() }
}

/// The lab's challenges, roles and groups, and the kinds and stages, by every name a
/// spreadsheet might give them.
struct Names {
    challenges: Vec<(String, (Uuid, Stage))>,
    roles: Vec<(String, Uuid)>,
    groups: Vec<(String, Uuid)>,
    kinds: Vec<(String, InputKind)>,
    stages: Vec<(String, Stage)>,
    headings: Vec<(String, Column)>,
}

impl Names {
    fn new(store: &Store, lab_id: Uuid) -> Result<Names> {
        let languages = [Messages::new(Language::En)?, Messages::new(Language::Cy)?];
        let mut kinds = Vec::new();
        for kind in InputKind::VARIANTS {
            kinds.push((fold(kind.key()), *kind));
            for messages in &languages {
                kinds.push((fold(&messages.get(&format!("kind-{}", kind.key()))), *kind));
            }
        }
        let mut stages = Vec::new();
        for stage in Stage::VARIANTS {
            stages.push((fold(stage.key()), *stage));
            for messages in &languages {
                stages.push((fold(&messages.get(&format!("stage-{}", stage.key()))), *stage));
            }
        }
        let mut headings = Vec::new();
        for (name, column) in COLUMNS {
            headings.push((fold(name), column));
            for messages in &languages {
                headings.push((fold(&messages.get(&format!("report-column-{name}"))), column));
            }
        }
        Ok(Names {
            challenges: store
                .list_challenges(lab_id)?
                .into_iter()
                .map(|c| (fold(&c.title), (c.id, c.main_stage())))
                .collect(),
            // A retired role takes no new notes.
            roles: store
                .list_roles(lab_id)?
                .into_iter()
                .filter(|r| !r.retired)
                .map(|r| (fold(&r.name), r.id))
                .collect(),
            groups: store.list_groups(lab_id)?.into_iter().map(|g| (fold(&g.name), g.id)).collect(),
            kinds,
            stages,
            headings,
        })
    }
}

/// A name as people type it in a spreadsheet: case, spacing and the underscores of a key
/// don't matter.
fn fold(name: &str) -> String {
    name.replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The one `what` called `wanted`, or what is wrong: there is none, or there are several.
fn one<T: Copy + PartialEq>(names: &[(String, T)], wanted: &str, what: &str) -> std::result::Result<T, String> {
    let folded = fold(wanted);
    let mut found: Vec<T> = Vec::new();
    for (name, value) in names {
        if *name == folded && !found.contains(value) {
            found.push(*value);
        }
    }
    match found[..] {
        [value] => Ok(value),
        [] => Err(format!("the lab has no {what} called “{wanted}”")),
        _ => Err(format!("the lab has more than one {what} called “{wanted}”; rename one first")),
    }
}

/// Every row as a note to save, with the stage it will have; or the first problem, by row
/// (counted as a spreadsheet numbers them, the headings being row 1) and column.
fn read_rows(text: &str, names: &Names) -> Result<Vec<(NewInput, Stage)>> {
    let mut reader = ::csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headings: Vec<String> =
        reader.headers().map_err(|e| invalid("row 1", e.to_string()))?.iter().map(str::to_owned).collect();
    let mut columns = Vec::new();
    for (index, heading) in headings.iter().enumerate() {
        match one(&names.headings, heading, "column").ok() {
            Some(column) if columns.contains(&column) && column != Column::Ignored => {
                return Err(invalid(&format!("row 1, column {}", index + 1), format!("“{heading}” appears twice")));
            }
            Some(column) => columns.push(column),
            None if heading.trim().is_empty() => columns.push(Column::Ignored),
            None => {
                return Err(invalid(
                    &format!("row 1, column {}", index + 1),
                    format!(
                        "“{heading}” is not a column Design Lab reads: challenge, stage, role, kind, text, tags, group"
                    ),
                ))
            }
        }
    }
    for needed in [Column::Text, Column::Role] {
        if !columns.contains(&needed) {
            return Err(invalid("row 1", format!("there is no {} column", format!("{needed:?}").to_lowercase())));
        }
    }
    if !columns.contains(&Column::Challenge) && names.challenges.len() != 1 {
        return Err(invalid("row 1", "there is no challenge column, and the lab has more than one challenge"));
    }

    let mut notes = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| invalid(&format!("row {row}"), e.to_string()))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > columns.len() {
            return Err(invalid(
                &format!("row {row}"),
                format!("{} cells, but only {} headings", record.len(), columns.len()),
            ));
        }
        let cell = |wanted: Column| -> (&str, String) {
            let at = columns.iter().position(|c| *c == wanted);
            let value = without_apostrophe(at.and_then(|i| record.get(i)).unwrap_or("").trim());
            let label = at.map(|i| headings[i].clone()).unwrap_or_default();
            (value, label)
        };
        let located = |label: &str| format!("row {row}, column “{label}”");

        let (challenge, label) = cell(Column::Challenge);
        let (challenge_id, main_stage) = if challenge.is_empty() && names.challenges.len() == 1 {
            names.challenges[0].1
        } else {
            one(&names.challenges, challenge, "challenge").map_err(|p| invalid(&located(&label), p))?
        };
        let (role, label) = cell(Column::Role);
        let role_id = one(&names.roles, role, "stakeholder role").map_err(|p| invalid(&located(&label), p))?;
        let (kind, label) = cell(Column::Kind);
        let kind = if kind.is_empty() {
            InputKind::Idea
        } else {
            one(&names.kinds, kind, "kind of note")
                .map_err(|_| invalid(&located(&label), format!("“{kind}” is not a kind of note")))?
        };
        let (stage, label) = cell(Column::Stage);
        let stage = if stage.is_empty() {
            main_stage
        } else {
            one(&names.stages, stage, "stage")
                .map_err(|_| invalid(&located(&label), format!("“{stage}” is not a procurement stage")))?
        };
        let (group, label) = cell(Column::Group);
        let group_id = if group.is_empty() {
            None
        } else {
            Some(one(&names.groups, group, "breakout group").map_err(|p| invalid(&located(&label), p))?)
        };
        let (text, label) = cell(Column::Text);
        let (tags, _) = cell(Column::Tags);
        let text = with_tags(text, tags);
        let text =
            limits::required(Field::Text, &text, TEXT_MAX).map_err(|e| invalid(&located(&label), e.to_string()))?;
        notes.push((
            NewInput { challenge_id, group_id, role_id, kind, stage: Some(stage), text, confidential: false },
            stage,
        ));
    }
    Ok(notes)
}

/// The notes export puts an apostrophe before text a spreadsheet would run as a formula; it is
/// not part of the note.
fn without_apostrophe(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// A note's tags live in its text (`#training`), so tags from their own column that the text
/// lacks are added to its end.
fn with_tags(text: &str, tags: &str) -> String {
    let present: HashSet<String> = tags_in(text).into_iter().collect();
    let mut text = text.to_owned();
    for tag in tags.split([' ', ',', ';']).map(|t| t.trim_start_matches('#')).filter(|t| !t.is_empty()) {
        let tag = format!("#{tag}");
        if tags_in(&tag).iter().all(|t| !present.contains(t)) {
            text.push(' ');
            text.push_str(&tag);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{fold, with_tags, without_apostrophe};

    #[test]
    fn names_match_whatever_their_case_spacing_or_underscores() {
        assert_eq!(fold("  Tender_award "), "tender award");
        assert_eq!(fold("Tendro a   Dyfarnu"), "tendro a dyfarnu");
    }

    #[test]
    fn tags_from_their_column_join_the_text_once() {
        assert_eq!(with_tags("Pay for #training", "#training, privacy"), "Pay for #training #privacy");
        assert_eq!(with_tags("No tags", ""), "No tags");
        assert_eq!(without_apostrophe("'=1+1"), "=1+1");
        assert_eq!(without_apostrophe("'quoted'"), "'quoted'");
    }
}
