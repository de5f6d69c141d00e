//! The lab archive: one JSON file with everything about one lab (its details, roles, people,
//! groups, agenda and run, challenges, notes with their history and tags, themes, votes,
//! actions and report setup), so a lab can move between laptops.
//!
//! An archive lists each of the lab's tables row by row, column by column, as the database
//! holds them. Importing merges by id: a row new to this database is added; a row already here
//! is replaced only by a newer edit of itself (a later `updated_at`); everything else is left
//! as it is. So a note-taker's archive merges into the facilitator's lab without duplicates,
//! and importing the same archive twice changes nothing. Merging adds and updates; it never
//! removes (a deleted note travels as a note marked deleted). The parts of a row (a note's tags
//! and theme, a challenge's stages, a group's people) travel with it. Votes, which have no edit
//! time, merge as the union of both sides; a group's budget is checked again at its next vote.
//!
//! The whole file is checked before anything is written, and the merge runs in one
//! transaction: a broken or foreign file is refused with where and what is wrong, and nothing
//! of it is kept.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use ts_rs::TS;
use uuid::Uuid;

use crate::ids::LabId;
use crate::store::{now, timestamp};
use crate::{brief, files, Error, Result, Store};

pub const ARCHIVE_FORMAT: &str = "designlab-lab-archive";
pub const ARCHIVE_VERSION: u64 = 1;
/// Big enough for a lab of a hundred thousand notes with their history (about 140 MB); small
/// enough to read into memory.
pub const ARCHIVE_FILE_MAX: u64 = 256_000_000;

/// How rows already in the database meet the archive's.
#[derive(Clone, Copy)]
enum Merge {
    /// Rows with an `id` and an `updated_at`: the later edit wins.
    Newer,
    /// Rows without an edit time (links, votes, the run): the first one here stays.
    Keep,
    /// Note history, whose local sequence numbers mean nothing elsewhere: one entry per note,
    /// change and time.
    History,
}

/// Which rows of a table are a lab's.
#[derive(Clone, Copy)]
enum Scope {
    /// The `lab` row itself.
    Itself,
    /// Rows with a `lab_id` column.
    Lab,
    /// Rows of the lab's challenges, by `challenge_id`.
    Challenge,
    /// Rows of the lab's notes, by `input_id`.
    Input,
}

struct Table {
    name: &'static str,
    scope: Scope,
    merge: Merge,
    /// What a row is known by: how a row already here is found, and, for [`Merge::Newer`], what
    /// the upsert conflicts on.
    key: &'static str,
    /// For rows that are part of another (a note's tags, a challenge's other stages, a group's
    /// people): the parent table and the column naming the parent. They come from the archive
    /// only with the parent's row, and replace the parent's old ones when it was updated.
    follows: Option<(&'static str, &'static str)>,
}

/// The lab's tables, parents before children, so each row's references exist when it arrives.
/// Left out on purpose: drafts and the agenda's undo history (one laptop's unfinished work),
/// saved templates and settings (not a lab's).
const TABLES: [Table; 24] = [
    Table { name: "lab", scope: Scope::Itself, merge: Merge::Newer, key: "id", follows: None },
    Table { name: "stakeholder_role", scope: Scope::Lab, merge: Merge::Keep, key: "id", follows: None },
    Table { name: "challenge", scope: Scope::Lab, merge: Merge::Newer, key: "id", follows: None },
    Table {
        name: "challenge_other_stage",
        scope: Scope::Lab,
        merge: Merge::Keep,
        key: "id",
        follows: Some(("challenge", "challenge_id")),
    },
    Table { name: "agenda_segment", scope: Scope::Lab, merge: Merge::Newer, key: "id", follows: None },
    Table {
        name: "agenda_segment_challenge",
        scope: Scope::Lab,
        merge: Merge::Keep,
        key: "id",
        follows: Some(("agenda_segment", "segment_id")),
    },
    Table { name: "breakout_group", scope: Scope::Lab, merge: Merge::Newer, key: "id", follows: None },
    Table {
        name: "breakout_group_role",
        scope: Scope::Lab,
        merge: Merge::Keep,
        key: "id",
        follows: Some(("breakout_group", "group_id")),
    },
    Table { name: "participant", scope: Scope::Lab, merge: Merge::Newer, key: "id", follows: None },
    Table { name: "lab_run", scope: Scope::Lab, merge: Merge::Keep, key: "id", follows: None },
    Table { name: "segment_run", scope: Scope::Lab, merge: Merge::Keep, key: "id", follows: None },
    Table { name: "input", scope: Scope::Lab, merge: Merge::Newer, key: "id", follows: None },
    Table { name: "input_tag", scope: Scope::Lab, merge: Merge::Keep, key: "id", follows: Some(("input", "input_id")) },
    Table {
        name: "input_goal",
        scope: Scope::Lab,
        merge: Merge::Keep,
        key: "id",
        follows: Some(("input", "input_id")),
    },
    Table { name: "input_revision", scope: Scope::Input, merge: Merge::History, key: "id", follows: None },
    Table { name: "theme", scope: Scope::Lab, merge: Merge::Newer, key: "id", follows: None },
    Table {
        name: "theme_goal",
        scope: Scope::Lab,
        merge: Merge::Keep,
        key: "id",
        follows: Some(("theme", "theme_id")),
    },
    Table {
        name: "theme_input",
        scope: Scope::Challenge,
        merge: Merge::Keep,
        key: "id",
        follows: Some(("input", "input_id")),
    },
    Table { name: "challenge_voting", scope: Scope::Challenge, merge: Merge::Keep, key: "id", follows: None },
    Table { name: "vote_budget", scope: Scope::Challenge, merge: Merge::Keep, key: "id", follows: None },
    Table { name: "vote", scope: Scope::Challenge, merge: Merge::Keep, key: "id", follows: None },
    Table { name: "lab_action", scope: Scope::Lab, merge: Merge::Newer, key: "id", follows: None },
    Table {
        name: "action_goal",
        scope: Scope::Lab,
        merge: Merge::Keep,
        key: "id",
        follows: Some(("lab_action", "action_id")),
    },
    Table { name: "report_setup", scope: Scope::Lab, merge: Merge::Newer, key: "lab_id", follows: None },
];

/// Columns that point at another of the lab's rows, and the table each points into. Every such
/// value in an archive must be a row of the same archive, so no row can reach another lab.
const REFERENCES: [(&str, &str); 8] = [
    ("role_id", "stakeholder_role"),
    ("owner_role_id", "stakeholder_role"),
    ("challenge_id", "challenge"),
    ("segment_id", "agenda_segment"),
    ("group_id", "breakout_group"),
    ("input_id", "input"),
    ("theme_id", "theme"),
    ("action_id", "lab_action"),
];

/// Local bookkeeping that does not travel: a revision's order, and the device a note came
/// from (devices are this laptop's own; the note travels, its device does not).
const LOCAL_COLUMNS: [(&str, &str); 2] = [("input_revision", "seq"), ("input", "device_id")];

/// A lab archive as it is written and read.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Archive {
    pub format: String,
    pub version: u64,
    /// The database schema the rows were read from.
    pub schema: u64,
    pub exported_at: String,
    pub lab: ArchivedLab,
    /// Rows of each table, by table name; each row a map of column to value.
    pub tables: BTreeMap<String, Vec<Map<String, Value>>>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArchivedLab {
    pub id: LabId,
    pub title: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ImportSummary {
    pub lab_id: LabId,
    pub title: String,
    /// Rows (of any kind) new to this database.
    pub added: u32,
    /// Rows replaced by a newer edit.
    pub updated: u32,
    /// Rows that were already here as they are.
    pub unchanged: u32,
    /// Of the rows added, how many are notes.
    pub notes_added: u32,
}

impl Store {
    /// The whole lab as an archive file's bytes: pretty JSON, so a person can read and diff it.
    pub fn archive_lab(&self, lab_id: LabId) -> Result<Vec<u8>> {
        let archive = self.read(|conn| {
            let lab = crate::labs::get(conn, lab_id)?;
            let mut tables = BTreeMap::new();
            for table in &TABLES {
                tables.insert(table.name.to_owned(), rows_of(conn, table, lab_id)?);
            }
            let schema: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
            Ok(Archive {
                format: ARCHIVE_FORMAT.to_owned(),
                version: ARCHIVE_VERSION,
                schema: u64::try_from(schema).unwrap_or_default(),
                exported_at: timestamp(now()),
                lab: ArchivedLab { id: lab.id, title: lab.fields.title },
                tables,
            })
        })?;
        let mut json = serde_json::to_vec_pretty(&archive).map_err(|e| Error::Internal(e.to_string()))?;
        json.push(b'\n');
        Ok(json)
    }

    /// Reads an archive file and merges it; see [`Store::import_archive_bytes`].
    pub fn import_archive(&self, path: &std::path::Path, into: Option<LabId>) -> Result<ImportSummary> {
        self.import_archive_bytes(&files::read_at_most(path, ARCHIVE_FILE_MAX)?, into)
    }

    /// Checks the whole archive, then merges it by id in one transaction. With `into`, the
    /// archive must be of that lab.
    pub fn import_archive_bytes(&self, bytes: &[u8], into: Option<LabId>) -> Result<ImportSummary> {
        files::at_most(bytes.len() as u64, ARCHIVE_FILE_MAX)?;
        let archive: Archive = files::versioned_json(
            files::utf8(bytes)?,
            ARCHIVE_FORMAT,
            ARCHIVE_VERSION,
            Error::NotAnArchive,
            |found| Error::ArchiveTooNew { found, known: ARCHIVE_VERSION },
        )?;
        if let Some(wanted) = into {
            if wanted != archive.lab.id {
                return Err(invalid(
                    "lab",
                    format!(
                        "the archive holds the lab {} ({}), not {wanted}",
                        brief::quote(&archive.lab.title),
                        archive.lab.id
                    ),
                ));
            }
        }
        // Every row is checked, all of it, before any merge decision: a row that would lose
        // the merge (and so never be written) must still be one this version could write.
        let mut scratch = crate::store::scratch()?;
        check(&archive, &known_columns(&scratch)?)?;
        every_row_fits(&mut scratch, &archive)?;
        self.write(|tx| merge(tx, &archive))
    }
}

fn invalid(location: &str, problem: impl Into<String>) -> Error {
    Error::InvalidFile { location: location.to_owned(), problem: problem.into() }
}

/// Each table's columns as this version's schema has them, with their declared types.
fn known_columns(conn: &Connection) -> Result<HashMap<&'static str, HashMap<String, String>>> {
    let mut known = HashMap::new();
    for table in &TABLES {
        let mut statement = conn.prepare("SELECT name, type FROM pragma_table_info(?1)")?;
        let columns = statement
            .query_map([table.name], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<HashMap<String, String>>>()?;
        known.insert(table.name, columns);
    }
    Ok(known)
}

/// Everything about the archive that can be known before writing: only tables and columns
/// this version knows, plain values, exactly one lab, and every row of that lab, pointing only
/// at rows of the same archive.
fn check(archive: &Archive, known: &HashMap<&'static str, HashMap<String, String>>) -> Result<()> {
    for (name, rows) in &archive.tables {
        let Some(table) = TABLES.iter().find(|t| t.name == name) else {
            return Err(invalid(
                &format!("tables.{}", brief::clip(name, brief::QUOTE_MAX)),
                "not a table of a lab; the archive may be from a newer Design Lab",
            ));
        };
        for (index, row) in rows.iter().enumerate() {
            for (column, value) in row {
                let location = format!("tables.{name}[{index}].{}", brief::clip(column, brief::QUOTE_MAX));
                let local = LOCAL_COLUMNS.contains(&(table.name, column.as_str()));
                let Some(declared) = known[table.name].get(column).filter(|_| !local) else {
                    return Err(invalid(&location, "not a column this version of Design Lab knows"));
                };
                // As the column is declared: a STRICT table would quietly store 42 as "42".
                let fits = match declared.as_str() {
                    "TEXT" => value.is_string() || value.is_null(),
                    "INTEGER" | "INT" => value.is_i64() || value.is_null(),
                    _ => value.is_string() || value.is_i64() || value.is_null(),
                };
                if !fits {
                    let wanted = if declared.starts_with("INT") { "a whole number" } else { "text" };
                    return Err(invalid(&location, format!("must be {wanted} or null")));
                }
                if let Some(text) = value.as_str() {
                    readable(table.name, column, text).map_err(|problem| invalid(&location, problem))?;
                }
            }
        }
    }
    let lab_id = archive.lab.id.to_string();
    let rows = |name: &str| archive.tables.get(name).map(Vec::as_slice).unwrap_or_default();
    match rows("lab") {
        [lab] if text(lab, "id") == Some(&lab_id) => {}
        _ => return Err(invalid("tables.lab", format!("must hold exactly the lab {lab_id}"))),
    }
    let ids = |name: &str| -> HashSet<&str> { rows(name).iter().filter_map(|row| text(row, "id")).collect() };
    let owned: HashMap<&str, HashSet<&str>> =
        ["stakeholder_role", "challenge", "agenda_segment", "breakout_group", "input", "theme", "lab_action"]
            .into_iter()
            .map(|name| (name, ids(name)))
            .collect();
    for table in &TABLES {
        for (index, row) in rows(table.name).iter().enumerate() {
            let location = format!("tables.{}[{index}]", table.name);
            let belongs = match table.scope {
                Scope::Itself => true,
                Scope::Lab => text(row, "lab_id") == Some(&lab_id),
                Scope::Challenge => text(row, "challenge_id").is_some_and(|id| owned["challenge"].contains(id)),
                Scope::Input => text(row, "input_id").is_some_and(|id| owned["input"].contains(id)),
            };
            if !belongs {
                return Err(invalid(&location, format!("does not belong to the archive's lab {lab_id}")));
            }
            for (column, target) in REFERENCES {
                // History may name a role since removed; it points at nothing.
                if (table.name, column) == ("input_revision", "role_id") {
                    continue;
                }
                if let Some(id) = text(row, column) {
                    if !owned[target].contains(id) {
                        return Err(invalid(
                            &format!("{location}.{column}"),
                            format!("{id} is not a {} in this archive", target.replace('_', " ")),
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Tries every row of the archive against the schema's own rules in `scratch`, an empty
/// database with this version's schema and no foreign keys (references are checked by
/// [`check`]). Nothing tried there is kept.
fn every_row_fits(scratch: &mut Connection, archive: &Archive) -> Result<()> {
    let tx = scratch.transaction()?;
    for table in &TABLES {
        let rows = archive.tables.get(table.name).map(Vec::as_slice).unwrap_or_default();
        for (index, row) in rows.iter().enumerate() {
            let (list, slots) = columns_and_slots(row);
            let mut insert = tx.prepare_cached(&format!("INSERT INTO {} ({list}) VALUES ({slots})", table.name))?;
            insert
                .execute(rusqlite::params_from_iter(row.values().map(sql_value)))
                .map_err(|error| refused(&format!("tables.{}[{index}]", table.name), error))?;
        }
    }
    Ok(())
}

/// A row the database refused, as a problem at `location` (and the column, when SQLite names
/// it), worded without SQL.
fn refused(location: &str, error: rusqlite::Error) -> Error {
    match crate::error::constraint(&error) {
        Some((rule, Some(column))) => invalid(&format!("{location}.{column}"), rule),
        Some((rule, None)) => invalid(location, rule),
        None => Error::Sqlite(error),
    }
}

/// Whether a text value is one the app can read back: the database's own checks cover lengths
/// and keys, but not ids, times, dates and lists, which the app parses when it reads them.
fn readable(table: &str, column: &str, text: &str) -> std::result::Result<(), String> {
    let is_id = column == "id" || column.ends_with("_id");
    let is_time = column == "at" || column.ends_with("_at");
    if is_id && Uuid::try_parse(text).map(|id| id.hyphenated().to_string()) != Ok(text.to_owned()) {
        return Err(format!("{} is not an id", brief::quote(text)));
    }
    if is_time {
        let at = chrono::DateTime::parse_from_rfc3339(text)
            .map_err(|e| format!("{} is not a time: {e}", brief::quote(text)))?;
        // Edit times are compared as text to find the later one, so they must be written alike.
        if column == "updated_at" && timestamp(at.with_timezone(&chrono::Utc)) != text {
            return Err(format!("{} is not written as Design Lab writes times", brief::quote(text)));
        }
    }
    if matches!(column, "date" | "due_date") && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() {
        return Err(format!("{} is not a date", brief::quote(text)));
    }
    if matches!(column, "prompts" | "partner_projects" | "topics") && serde_json::from_str::<Vec<String>>(text).is_err()
    {
        return Err("must be a JSON list of texts".to_owned());
    }
    if column == "sections" && serde_json::from_str::<crate::report::ReportSections>(text).is_err() {
        return Err("must be the report's sections".to_owned());
    }
    if table == "input_revision" {
        if column == "kind" && text.parse::<crate::NoteKind>().is_err() {
            return Err(format!("{} is not a kind of note", brief::quote(text)));
        }
        if column == "stage" && text.parse::<crate::Stage>().is_err() {
            return Err(format!("{} is not a procurement stage", brief::quote(text)));
        }
    }
    Ok(())
}

fn text<'a>(row: &'a Map<String, Value>, column: &str) -> Option<&'a str> {
    row.get(column).and_then(Value::as_str)
}

/// A table's rows of one lab, in the order they were written.
fn rows_of(conn: &rusqlite::Connection, table: &Table, lab_id: LabId) -> Result<Vec<Map<String, Value>>> {
    let filter = match table.scope {
        Scope::Itself => "id = ?1",
        Scope::Lab => "lab_id = ?1",
        Scope::Challenge => "challenge_id IN (SELECT id FROM challenge WHERE lab_id = ?1)",
        Scope::Input => "input_id IN (SELECT id FROM input WHERE lab_id = ?1)",
    };
    let mut statement = conn.prepare(&format!("SELECT * FROM {} WHERE {filter} ORDER BY rowid", table.name))?;
    let names: Vec<String> = statement.column_names().into_iter().map(str::to_owned).collect();
    let rows = statement.query_map([lab_id], |row| {
        let mut map = Map::new();
        for (index, name) in names.iter().enumerate() {
            if LOCAL_COLUMNS.contains(&(table.name, name.as_str())) {
                continue;
            }
            let value = match row.get::<_, SqlValue>(index)? {
                SqlValue::Null => Value::Null,
                SqlValue::Integer(n) => Value::from(n),
                SqlValue::Real(x) => Value::from(x),
                SqlValue::Text(s) => Value::String(s),
                SqlValue::Blob(_) => Value::Null,
            };
            map.insert(name.clone(), value);
        }
        Ok(map)
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn merge(tx: &Transaction<'_>, archive: &Archive) -> Result<ImportSummary> {
    let mut summary = ImportSummary {
        lab_id: archive.lab.id,
        title: archive.lab.title.clone(),
        added: 0,
        updated: 0,
        unchanged: 0,
        notes_added: 0,
    };
    // Rows taken from the archive (added or updated), and of those the updated ones, by table:
    // the rows that follow a parent come with it, and replace what the parent had.
    let mut taken: HashMap<&str, HashSet<&str>> = HashMap::new();
    let mut replaced: HashMap<&str, Vec<&str>> = HashMap::new();
    let lab_id = archive.lab.id.to_string();
    for table in &TABLES {
        let rows = archive.tables.get(table.name).map(Vec::as_slice).unwrap_or_default();
        if let Some((parent, column)) = table.follows {
            for id in replaced.get(parent).into_iter().flatten() {
                tx.execute(&format!("DELETE FROM {} WHERE {column} = ?1", table.name), [id])?;
            }
        }
        for (index, row) in rows.iter().enumerate() {
            if let Some((parent, column)) = table.follows {
                let with_parent = text(row, column).is_some_and(|id| taken.get(parent).is_some_and(|t| t.contains(id)));
                if !with_parent {
                    summary.unchanged += 1;
                    continue;
                }
            }
            let location = format!("tables.{}[{index}]", table.name);
            let outcome = merge_row(tx, table, row, &lab_id).map_err(|error| match error {
                Error::Sqlite(e) => refused(&location, e),
                other => other,
            })?;
            match outcome {
                Outcome::Added => {
                    summary.added += 1;
                    if table.name == "input" {
                        summary.notes_added += 1;
                    }
                    taken.entry(table.name).or_default().extend(text(row, "id"));
                }
                Outcome::Updated => {
                    summary.updated += 1;
                    taken.entry(table.name).or_default().extend(text(row, "id"));
                    replaced.entry(table.name).or_default().extend(text(row, "id"));
                }
                Outcome::Unchanged => summary.unchanged += 1,
            }
        }
    }
    // A last guard: the lab must read back whole, as the app will read it, or nothing is kept.
    // Only whether it reads matters here, not the venue clock times it shows.
    crate::report::report(tx, archive.lab.id, &crate::clock::SystemClock)
        .map_err(|e| invalid("tables", format!("the merged lab does not read back: {e}")))?;
    Ok(summary)
}

enum Outcome {
    Added,
    Updated,
    Unchanged,
}

fn merge_row(tx: &Transaction<'_>, table: &Table, row: &Map<String, Value>, lab_id: &str) -> Result<Outcome> {
    let columns: Vec<&str> = row.keys().map(String::as_str).collect();
    let values: Vec<SqlValue> = row.values().map(sql_value).collect();
    let (list, slots) = columns_and_slots(row);
    let name = table.name;
    let existed = match (table.merge, text(row, table.key)) {
        (Merge::Newer | Merge::Keep, Some(key)) => {
            let owner_column = if matches!(table.scope, Scope::Itself) { "id" } else { "lab_id" };
            let owner: Option<String> = tx
                .query_row(&format!("SELECT {owner_column} FROM {name} WHERE {} = ?1", table.key), [key], |r| r.get(0))
                .optional()?;
            if owner.as_deref().is_some_and(|owner| owner != lab_id) {
                return Err(invalid(
                    &format!("tables.{name}"),
                    format!("{key} belongs to another lab in this database"),
                ));
            }
            owner.is_some()
        }
        _ => false,
    };
    let sql = match table.merge {
        Merge::Newer => {
            let key = table.key;
            let updates = columns.iter().map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>().join(", ");
            format!(
                "INSERT INTO {name} ({list}) VALUES ({slots}) ON CONFLICT ({key}) DO UPDATE SET {updates} \
                 WHERE excluded.updated_at > {name}.updated_at"
            )
        }
        Merge::Keep => format!("INSERT INTO {name} ({list}) VALUES ({slots}) ON CONFLICT DO NOTHING"),
        Merge::History => {
            let at = |column: &str| columns.iter().position(|c| *c == column).map(|i| format!("?{}", i + 1));
            let (Some(input), Some(change), Some(when)) = (at("input_id"), at("change"), at("at")) else {
                return Err(invalid(&format!("tables.{name}"), "history needs input_id, change and at"));
            };
            format!(
                "INSERT INTO {name} ({list}) SELECT {slots} WHERE NOT EXISTS \
                 (SELECT 1 FROM {name} WHERE input_id = {input} AND change = {change} AND at = {when})"
            )
        }
    };
    let changed = tx.execute(&sql, rusqlite::params_from_iter(values))?;
    Ok(match (changed, existed) {
        (0, _) => Outcome::Unchanged,
        (_, true) => Outcome::Updated,
        (_, false) => Outcome::Added,
    })
}

/// A row's columns as an INSERT lists them (`id, lab_id, …`), and as many numbered slots for
/// their values (`?1, ?2, …`), in the row's order.
fn columns_and_slots(row: &Map<String, Value>) -> (String, String) {
    let list = row.keys().map(String::as_str).collect::<Vec<_>>().join(", ");
    let slots = (1..=row.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
    (list, slots)
}

fn sql_value(value: &Value) -> SqlValue {
    match value {
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Number(n) => n.as_i64().map_or(SqlValue::Null, SqlValue::Integer),
        _ => SqlValue::Null,
    }
}
