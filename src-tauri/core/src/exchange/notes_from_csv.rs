//! Notes from a CSV file, for post-its typed into a spreadsheet after the lab.
//!
//! The columns are found by their headings, in English or Welsh, as the notes export writes
//! them (so an exported file imports again) or by their plain names (`challenge`, `role`,
//! `kind`, `stage`, `text`, `tags`, `group`). Challenges, roles and groups are matched by name
//! to the lab's own; kinds and stages by their names in either language. Every row is checked
//! before anything is saved, and all the rows are saved in one transaction or none are. A row
//! matching a note the lab already has is skipped, so importing the same file twice adds
//! nothing the second time.

use serde::Serialize;
use std::collections::HashSet;
use ts_rs::TS;

use strum::VariantArray;

use crate::archive::ImportSummary;
use crate::ids::{ChallengeId, GroupId, LabId, RoleId};
use crate::limits::{self, TEXT_MAX};
use crate::messages::Messages;
use crate::tags::tags_in;
use crate::{brief, files, Error, Field, Goal, Language, NewNote, NoteKind, Result, Stage, Store};

/// A spreadsheet of a hundred thousand notes of real length (about 36 MB), and no more.
pub const NOTES_CSV_MAX: u64 = 64_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Challenge,
    Stage,
    Role,
    Kind,
    Text,
    Tags,
    /// Well-being goals, ways of working and duties by name, split by `;`.
    Goals,
    Group,
    /// Written by the export, read by no one: themes and votes are the lab's own work.
    Ignored,
}

/// Each column's plain name, and the message id of its heading in the notes export.
const COLUMNS: [(&str, Column); 10] = [
    ("challenge", Column::Challenge),
    ("stage", Column::Stage),
    ("role", Column::Role),
    ("kind", Column::Kind),
    ("text", Column::Text),
    ("tags", Column::Tags),
    ("goals", Column::Goals),
    ("group", Column::Group),
    ("theme", Column::Ignored),
    ("dots", Column::Ignored),
];

impl Store {
    pub fn import_notes_csv(&self, lab_id: LabId, path: &std::path::Path) -> Result<ImportSummary> {
        self.import_notes_csv_bytes(lab_id, &files::read_at_most(path, NOTES_CSV_MAX)?)
    }

    /// Checks every row, then saves all the new notes in one transaction.
    pub fn import_notes_csv_bytes(&self, lab_id: LabId, bytes: &[u8]) -> Result<ImportSummary> {
        files::at_most(bytes.len() as u64, NOTES_CSV_MAX)?;
        let text = std::str::from_utf8(bytes).map_err(|_| not_utf8(bytes))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let lab = self.get_lab(lab_id)?;
        let names = Names::new(self, lab_id)?;
        let notes = read_rows(text, &names)?;
        self.write(|tx| {
            let mut summary =
                ImportSummary { lab_id, title: lab.title.clone(), added: 0, updated: 0, unchanged: 0, notes_added: 0 };
            // Judged against the lab as it was, so two equal post-its in one file are both kept.
            // Read once into a set: one query per row searched a challenge's every note, so a
            // second laptop's spreadsheet took time in the product of the two labs' sizes.
            let existing = existing_notes(tx, lab_id)?;
            let already: Vec<bool> = notes
                .iter()
                .map(|(note, stage)| {
                    let kind: &'static str = note.kind.into();
                    let stage: &'static str = (*stage).into();
                    existing.contains(&(
                        note.challenge_id.to_string(),
                        note.role_id.to_string(),
                        kind.to_owned(),
                        stage.to_owned(),
                        note.text.clone(),
                    ))
                })
                .collect();
            for ((note, _), already) in notes.iter().zip(already) {
                if already {
                    summary.unchanged += 1;
                } else {
                    crate::capture::notes::insert(tx, note)?;
                    summary.added += 1;
                    summary.notes_added += 1;
                }
            }
            Ok(summary)
        })
    }
}

/// What makes two post-its the same: their challenge, role, kind, stage and text.
type Sameness = (String, String, String, String, String);

/// Every note of the lab that is not deleted, by what makes two post-its the same.
fn existing_notes(tx: &rusqlite::Transaction<'_>, lab_id: LabId) -> Result<HashSet<Sameness>> {
    let mut statement = tx.prepare(
        "SELECT challenge_id, role_id, kind, stage, text FROM input WHERE lab_id = ?1 AND deleted_at IS NULL",
    )?;
    let rows =
        statement.query_map([lab_id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A problem in `row`, in the column headed `heading` if one is to blame.
fn refused(row: usize, heading: Option<&str>, problem: CsvProblem) -> Error {
    Error::InvalidCsv(Box::new(CsvError {
        row: count(row),
        heading: heading.map(|h| brief::clip(h, brief::QUOTE_MAX)),
        column: None,
        problem: problem.clipped(),
    }))
}

/// `refused` for a cell, waiting for its problem.
fn at(row: usize, heading: Option<&str>) -> impl FnOnce(CsvProblem) -> Error + '_ {
    move |problem| refused(row, heading, problem)
}

/// A problem in `row` and column `index` (counted from 0), where no heading names the column.
fn refused_in_column(row: usize, index: usize, problem: CsvProblem) -> Error {
    Error::InvalidCsv(Box::new(CsvError {
        row: count(row),
        heading: None,
        column: Some(column_letter(index)),
        problem: problem.clipped(),
    }))
}

/// The letter a spreadsheet shows above column `index` (counted from 0): A to Z, then AA.
fn column_letter(index: usize) -> String {
    let mut letters = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let digit = u8::try_from((n - 1) % 26).unwrap_or(0);
        letters.push(char::from(b'A' + digit));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The first row and column with a cell that is not UTF-8, so the user can find the accent a
/// spreadsheet saved in its own encoding.
fn not_utf8(bytes: &[u8]) -> Error {
    let mut reader = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut headings = Vec::new();
    for (index, record) in reader.byte_records().enumerate() {
        let Ok(record) = record else { break };
        if index == 0 {
            headings =
                record.iter().map(|h| String::from_utf8_lossy(h).trim_start_matches('\u{feff}').to_owned()).collect();
        }
        if let Some(at) = record.iter().position(|cell| std::str::from_utf8(cell).is_err()) {
            let row = index + 1;
            return match headings.get(at).filter(|h| index > 0 && !h.trim().is_empty()) {
                Some(heading) => refused(row, Some(heading), CsvProblem::NotUtf8),
                None => refused_in_column(row, at, CsvProblem::NotUtf8),
            };
        }
    }
    refused(1, None, CsvProblem::NotUtf8)
}

/// The lab's challenges, roles and groups, and the kinds and stages, by every name a
/// spreadsheet might give them.
struct Names {
    challenges: Vec<(String, (ChallengeId, Stage))>,
    roles: Vec<(String, RoleId)>,
    /// Retired roles take no new notes; kept to say so rather than that there is none.
    retired_roles: Vec<String>,
    groups: Vec<(String, GroupId)>,
    kinds: Vec<(String, NoteKind)>,
    stages: Vec<(String, Stage)>,
    goals: Vec<(String, Goal)>,
    headings: Vec<(String, Column)>,
}

impl Names {
    fn new(store: &Store, lab_id: LabId) -> Result<Names> {
        // A name in either language, or in both as a bilingual export writes it, either first.
        let languages = [
            Messages::new(Language::En)?,
            Messages::new(Language::Cy)?,
            Messages::new(Language::Cy)?.and(Messages::new(Language::En)?),
            Messages::new(Language::En)?.and(Messages::new(Language::Cy)?),
        ];
        let mut kinds = Vec::new();
        for kind in NoteKind::VARIANTS {
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
        let mut goals = Vec::new();
        for goal in Goal::VARIANTS {
            goals.push((fold(goal.key()), *goal));
            for messages in &languages {
                goals.push((fold(&messages.get(&goal.message())), *goal));
            }
        }
        let mut headings = Vec::new();
        for (name, column) in COLUMNS {
            headings.push((fold(name), column));
            for messages in &languages {
                headings.push((fold(&messages.get(&format!("report-column-{name}"))), column));
            }
        }
        let (retired, roles): (Vec<_>, Vec<_>) = store.list_roles(lab_id)?.into_iter().partition(|r| r.retired);
        Ok(Names {
            challenges: store
                .list_challenges(lab_id)?
                .into_iter()
                .map(|c| (fold(&c.title), (c.id, c.main_stage())))
                .collect(),
            roles: roles.into_iter().map(|r| (fold(&r.name), r.id)).collect(),
            retired_roles: retired.into_iter().map(|r| fold(&r.name)).collect(),
            groups: store.list_groups(lab_id)?.into_iter().map(|g| (fold(&g.name), g.id)).collect(),
            kinds,
            stages,
            goals,
            headings,
        })
    }
}

/// A name as people type it in a spreadsheet: case, spacing, the underscores of a key and the
/// curl of an apostrophe (the Acts write “sy’n”, keyboards type "sy'n") don't matter.
fn fold(name: &str) -> String {
    name.replace('_', " ").replace('\u{2019}', "'").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The one thing called `wanted`, or none (`Ok(None)`), or several (`Err`).
fn one<T: Copy + PartialEq>(names: &[(String, T)], wanted: &str) -> std::result::Result<Option<T>, ()> {
    let folded = fold(wanted);
    let mut found: Vec<T> = Vec::new();
    for (name, value) in names {
        if *name == folded && !found.contains(value) {
            found.push(*value);
        }
    }
    match found[..] {
        [value] => Ok(Some(value)),
        [] => Ok(None),
        _ => Err(()),
    }
}

/// The one kind, stage or column called `wanted`; none when there is none (or, which their
/// names never allow, several).
fn known<T: Copy + PartialEq>(names: &[(String, T)], wanted: &str) -> Option<T> {
    one(names, wanted).ok().flatten()
}

/// The lab's one challenge, role or group called `wanted`, or what is wrong.
fn named<T: Copy + PartialEq>(
    names: &[(String, T)],
    wanted: &str,
    what: CsvName,
) -> std::result::Result<T, CsvProblem> {
    if wanted.is_empty() {
        return Err(CsvProblem::Missing { what });
    }
    match one(names, wanted) {
        Ok(Some(value)) => Ok(value),
        Ok(None) => Err(CsvProblem::NoSuch { what, name: wanted.to_owned() }),
        Err(()) => Err(CsvProblem::SeveralCalled { what, name: wanted.to_owned() }),
    }
}

/// Every row as a note to save, with the stage it will have; or the first problem, by row
/// (counted as a spreadsheet numbers them, the headings being row 1) and column.
fn read_rows(text: &str, names: &Names) -> Result<Vec<(NewNote, Stage)>> {
    let mut reader = ::csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headings: Vec<String> = reader.headers().map_err(|e| unreadable(1, e))?.iter().map(str::to_owned).collect();
    let mut columns = Vec::new();
    for (index, heading) in headings.iter().enumerate() {
        match known(&names.headings, heading) {
            Some(column) if columns.contains(&column) && column != Column::Ignored => {
                let first = column_letter(columns.iter().position(|c| *c == column).unwrap_or_default());
                return Err(refused_in_column(1, index, CsvProblem::HeadingTwice { heading: heading.clone(), first }));
            }
            Some(column) => columns.push(column),
            None if heading.trim().is_empty() => columns.push(Column::Ignored),
            None => return Err(refused_in_column(1, index, CsvProblem::UnknownHeading { heading: heading.clone() })),
        }
    }
    if !columns.contains(&Column::Text) {
        return Err(refused(1, None, CsvProblem::NoTextColumn));
    }
    if !columns.contains(&Column::Role) {
        return Err(refused(1, None, CsvProblem::NoRoleColumn));
    }
    if names.challenges.is_empty() {
        return Err(refused(1, None, CsvProblem::NoChallenges));
    }
    if !columns.contains(&Column::Challenge) && names.challenges.len() > 1 {
        return Err(refused(1, None, CsvProblem::NoChallengeColumn));
    }

    let mut notes = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| unreadable(row, e))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > columns.len() {
            let problem = CsvProblem::TooManyCells { cells: count(record.len()), headings: count(columns.len()) };
            return Err(refused(row, None, problem));
        }
        let cell = |wanted: Column| -> (&str, Option<&str>) {
            let at = columns.iter().position(|c| *c == wanted);
            let value = without_apostrophe(at.and_then(|i| record.get(i)).unwrap_or("").trim());
            (value, at.map(|i| headings[i].as_str()))
        };

        let (challenge, label) = cell(Column::Challenge);
        let (challenge_id, main_stage) = if challenge.is_empty() && names.challenges.len() == 1 {
            names.challenges[0].1
        } else {
            named(&names.challenges, challenge, CsvName::Challenge).map_err(at(row, label))?
        };
        let (role, label) = cell(Column::Role);
        let role_id = named(&names.roles, role, CsvName::Role)
            .map_err(|problem| match problem {
                CsvProblem::NoSuch { name, .. } if names.retired_roles.contains(&fold(&name)) => {
                    CsvProblem::RoleRetired { name }
                }
                other => other,
            })
            .map_err(at(row, label))?;
        let (kind, label) = cell(Column::Kind);
        let kind = if kind.is_empty() {
            NoteKind::Idea
        } else {
            known(&names.kinds, kind).ok_or_else(|| at(row, label)(CsvProblem::NotAKind { name: kind.to_owned() }))?
        };
        let (stage, label) = cell(Column::Stage);
        let stage = if stage.is_empty() {
            main_stage
        } else {
            known(&names.stages, stage)
                .ok_or_else(|| at(row, label)(CsvProblem::NotAStage { name: stage.to_owned() }))?
        };
        let (group, label) = cell(Column::Group);
        let group_id = if group.is_empty() {
            None
        } else {
            Some(named(&names.groups, group, CsvName::Group).map_err(at(row, label))?)
        };
        let (text, label) = cell(Column::Text);
        let (tags, _) = cell(Column::Tags);
        let text = with_tags(text, tags);
        let (goal_names, goals_label) = cell(Column::Goals);
        let mut goals = Vec::new();
        for name in goal_names.split(';').map(str::trim).filter(|name| !name.is_empty()) {
            let goal = known(&names.goals, name)
                .ok_or_else(|| at(row, goals_label)(CsvProblem::NotAGoal { name: name.to_owned() }))?;
            if !goals.contains(&goal) {
                goals.push(goal);
            }
        }
        let text = limits::required(Field::Text, &text, TEXT_MAX).map_err(|error| match error {
            Error::TooLong { length, max, .. } => {
                at(row, label)(CsvProblem::TextTooLong { length: count(length), max: count(max) })
            }
            _ => at(row, label)(CsvProblem::TextEmpty),
        })?;
        notes.push((
            NewNote {
                challenge_id,
                group_id,
                role_id,
                kind,
                stage: Some(stage),
                text,
                confidential: false,
                goals,
                language: None,
            },
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

fn unreadable(row: usize, error: ::csv::Error) -> Error {
    refused(row, None, CsvProblem::Unreadable { detail: error.to_string() })
}

/// A count or position for a message; no spreadsheet reaches four billion rows.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A refused spreadsheet of notes: the row (as the spreadsheet numbers it, headings being row 1),
/// the column when one is to blame, and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CsvError {
    pub row: u32,
    /// The column's heading as the file spells it.
    pub heading: Option<String>,
    /// The column's letter as a spreadsheet shows it (`D`), when there is no heading to name it.
    pub column: Option<String>,
    pub problem: CsvProblem,
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}", self.row)?;
        match (&self.heading, &self.column) {
            (Some(heading), _) => write!(f, ", column “{heading}”")?,
            (None, Some(column)) => write!(f, ", column {column}")?,
            (None, None) => {}
        }
        write!(f, ": {}", self.problem)
    }
}

/// Each thing that can be wrong in a spreadsheet of notes. The English here is for the command
/// line; the UI words each kind itself (`csv-problem-*` in the Fluent files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CsvProblem {
    NotUtf8,
    Unreadable {
        detail: String,
    },
    /// Two headings name the same column (`Role` and `Rôl`); `first` is the other's letter.
    HeadingTwice {
        heading: String,
        first: String,
    },
    UnknownHeading {
        heading: String,
    },
    NoTextColumn,
    NoRoleColumn,
    NoChallengeColumn,
    NoChallenges,
    TooManyCells {
        cells: u32,
        headings: u32,
    },
    /// An empty cell where every note needs a name.
    Missing {
        what: CsvName,
    },
    NoSuch {
        what: CsvName,
        name: String,
    },
    SeveralCalled {
        what: CsvName,
        name: String,
    },
    RoleRetired {
        name: String,
    },
    NotAKind {
        name: String,
    },
    NotAStage {
        name: String,
    },
    NotAGoal {
        name: String,
    },
    TextEmpty,
    TextTooLong {
        length: u32,
        max: u32,
    },
}

/// What a cell names: one of the lab's challenges, stakeholder roles or breakout groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum CsvName {
    Challenge,
    Role,
    Group,
}

impl CsvProblem {
    /// The problem with each value it quotes from the file cut to its first few dozen
    /// characters: a cell can hold ten thousand.
    fn clipped(self) -> CsvProblem {
        let clip = |text: String| brief::clip(&text, brief::QUOTE_MAX);
        use CsvProblem::*;
        match self {
            Unreadable { detail } => Unreadable { detail: brief::one_line(&detail) },
            HeadingTwice { heading, first } => HeadingTwice { heading: clip(heading), first },
            UnknownHeading { heading } => UnknownHeading { heading: clip(heading) },
            NoSuch { what, name } => NoSuch { what, name: clip(name) },
            SeveralCalled { what, name } => SeveralCalled { what, name: clip(name) },
            RoleRetired { name } => RoleRetired { name: clip(name) },
            NotAKind { name } => NotAKind { name: clip(name) },
            NotAStage { name } => NotAStage { name: clip(name) },
            NotAGoal { name } => NotAGoal { name: clip(name) },
            other => other,
        }
    }
}

impl std::fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use CsvProblem::*;
        match self {
            NotUtf8 => write!(f, "the file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”"),
            Unreadable { detail } => write!(f, "the file cannot be read as CSV ({detail})"),
            HeadingTwice { heading, first } => write!(f, "“{heading}” is the same column as column {first}"),
            UnknownHeading { heading } => write!(
                f,
                "“{heading}” is not a column Design Lab reads: challenge, role, kind, stage, text, tags, goals, group"
            ),
            NoTextColumn => write!(f, "there is no text column"),
            NoRoleColumn => write!(f, "there is no role column"),
            NoChallengeColumn => write!(f, "there is no challenge column, and the lab has more than one challenge"),
            NoChallenges => write!(f, "the lab has no challenges yet; add one first"),
            TooManyCells { cells, headings } => write!(f, "{cells} cells, but only {headings} headings"),
            Missing { what } => write!(f, "the row has no {what}; every note needs one"),
            NoSuch { what, name } => write!(f, "the lab has no {what} called “{name}”"),
            SeveralCalled { what, name } => {
                write!(f, "the lab has more than one {what} called “{name}”; rename one first")
            }
            RoleRetired { name } => write!(f, "“{name}” is retired, so it takes no new notes"),
            NotAKind { name } => write!(f, "“{name}” is not a kind of note"),
            NotAStage { name } => write!(f, "“{name}” is not a procurement stage"),
            NotAGoal { name } => {
                write!(f, "“{name}” is not a well-being goal, way of working or procurement duty")
            }
            TextEmpty => write!(f, "the note has no text"),
            TextTooLong { length, max } => write!(f, "the note is {length} characters long; the limit is {max}"),
        }
    }
}

impl std::fmt::Display for CsvName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CsvName::Challenge => "challenge",
            CsvName::Role => "stakeholder role",
            CsvName::Group => "breakout group",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{column_letter, fold, with_tags, without_apostrophe};

    #[test]
    fn names_match_whatever_their_case_spacing_or_underscores() {
        assert_eq!(fold("  Tender_award "), "tender award");
        assert_eq!(fold("Tendro a   Dyfarnu"), "tendro a dyfarnu");
        assert_eq!(fold("Cymru sy’n fwy cyfartal"), fold("cymru sy'n fwy Cyfartal"));
    }

    #[test]
    fn tags_from_their_column_join_the_text_once() {
        assert_eq!(with_tags("Pay for #training", "#training, privacy"), "Pay for #training #privacy");
        assert_eq!(with_tags("No tags", ""), "No tags");
        assert_eq!(without_apostrophe("'=1+1"), "=1+1");
        assert_eq!(without_apostrophe("'quoted'"), "'quoted'");
    }

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_letters_them() {
        let letters: Vec<String> = [0, 3, 25, 26, 27, 51, 52, 701, 702].into_iter().map(column_letter).collect();
        assert_eq!(letters, ["A", "D", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }
}
