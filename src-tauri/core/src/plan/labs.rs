//! Labs: create, list, read, edit, delete. A new lab is seeded with the toolkit's roles.

use chrono::NaiveTime;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{named_params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};
use ts_rs::TS;

use crate::ids::LabId;
use crate::limits::{self, LINE_MAX, TEXT_MAX, TITLE_MAX};
use crate::store::{self, json_list, list_at, now, parsed_at, timestamp, timestamp_at};
use crate::{roles, toolkit, Error, Field, Language, Result, Store};

/// A design lab: one workshop, its details, roles, challenges and what was said. Its details are
/// its [`LabFields`], read through it as `lab.title`; on the wire they sit beside its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Lab {
    pub id: LabId,
    #[serde(flatten)]
    #[ts(flatten)]
    pub fields: LabFields,
    /// The earlier lab this one follows in a series, when that lab is in this database.
    pub follows: Option<LabId>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl std::ops::Deref for Lab {
    type Target = LabFields;

    fn deref(&self) -> &LabFields {
        &self.fields
    }
}

/// What a facilitator types when creating or editing a lab. Only the title is required. These
/// are the fields the organisers' website uses for an event page, so a report can be
/// published without retyping them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LabFields {
    pub title: String,
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    /// Local clock time at the venue, `HH:MM`.
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub venue: String,
    pub address: String,
    pub organisers: String,
    pub author: String,
    pub partner_projects: Vec<String>,
    pub topics: Vec<String>,
    pub category: Option<Category>,
    pub description: String,
    pub ground_rules: String,
    /// The languages the room used, or will, each once: for the report's details.
    #[serde(default)]
    pub languages: Vec<Language>,
}

/// How the organisers took part in an event, as their website files it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Category {
    Organising,
    Speaking,
    Attending,
}

impl Category {
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// The details of a lab that carry over to the next lab made from it, by duplicating it or by
/// saving it as a template: every field but its title and date. Declared once, here: `$apply!`
/// is given their names, for the SQL of reading and duplicating a lab and for the template
/// file's conversions, which fail to compile when `LabFields` gains a field this list lacks
/// (and `tests/store/plan/duplicate.rs` fails when a column of `lab` is missing from it).
macro_rules! with_carried_fields {
    ($($apply:tt)+) => {
        $($apply)+! {
            start_time,
            end_time,
            venue,
            address,
            organisers,
            author,
            partner_projects,
            topics,
            category,
            description,
            ground_rules,
            languages
        }
    };
}
pub(crate) use with_carried_fields;

/// Names as a comma-separated list of SQL columns.
macro_rules! column_list {
    ($first:ident $(, $rest:ident)*) => {
        concat!(stringify!($first) $(, ", ", stringify!($rest))*)
    };
}
pub(crate) use column_list;

/// The carried fields as SQL columns.
macro_rules! carried_columns {
    () => {
        $crate::plan::labs::with_carried_fields!($crate::plan::labs::column_list)
    };
}
pub(crate) use carried_columns;

const COLUMNS: &str = concat!("id, title, date, ", carried_columns!(), ", created_at, updated_at");

/// A lab as read: its columns, and the earlier lab it follows when that lab is here.
const SELECT: &str = concat!(
    "SELECT id, title, date, ",
    carried_columns!(),
    ", created_at, updated_at, (SELECT earlier.id FROM lab earlier WHERE earlier.id = lab.follows_lab_id) FROM lab"
);

impl Store {
    /// What the new-lab form starts with: the ground rules in our own Chatham House wording,
    /// in `language`, and the organisers' usual category.
    pub fn new_lab_defaults(&self, language: Language) -> LabFields {
        LabFields {
            category: Some(Category::Organising),
            ground_rules: toolkit::ground_rules(language).to_owned(),
            ..LabFields::default()
        }
    }

    /// Creates a lab with the toolkit's stakeholder roles, named in `language`.
    pub fn create_lab(&self, fields: &LabFields, language: Language) -> Result<Lab> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let id = insert(tx, &fields)?;
            for name in toolkit::role_names(language) {
                roles::insert(tx, id, name)?;
            }
            get(tx, id)
        })
    }

    /// Every lab: the latest date first, undated ones last, then by title.
    pub fn list_labs(&self) -> Result<Vec<Lab>> {
        self.read(|conn| {
            let mut statement =
                conn.prepare(&format!("{SELECT} ORDER BY date IS NULL, date DESC, title COLLATE NOCASE"))?;
            let labs = statement.query_map([], from_row)?.collect::<rusqlite::Result<_>>()?;
            Ok(labs)
        })
    }

    pub fn get_lab(&self, id: LabId) -> Result<Lab> {
        self.read(|conn| get(conn, id))
    }

    /// Replaces a lab's details with `fields`.
    pub fn update_lab(&self, id: LabId, fields: &LabFields) -> Result<Lab> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let changed = execute_with_fields(
                tx,
                "UPDATE lab SET title = :title, date = :date, start_time = :start_time, end_time = :end_time,
                 venue = :venue, address = :address, organisers = :organisers, author = :author,
                 partner_projects = :partner_projects, topics = :topics, category = :category,
                 description = :description, ground_rules = :ground_rules, languages = :languages,
                 updated_at = :at
                 WHERE id = :id",
                id,
                &fields,
                now(),
            )?;
            if changed == 0 {
                return Err(Error::not_found("lab", id));
            }
            get(tx, id)
        })
    }

    /// Deletes a lab with its challenges, roles and notes.
    pub fn delete_lab(&self, id: LabId) -> Result<()> {
        self.write(|tx| store::delete_by_id(tx, "lab", "lab", id))
    }
}

/// Inserts a lab with validated `fields` and no roles, returning its id.
pub(crate) fn insert(conn: &Connection, fields: &LabFields) -> Result<LabId> {
    let id = LabId::generate();
    execute_with_fields(
        conn,
        &format!(
            "INSERT INTO lab ({COLUMNS}) VALUES (:id, :title, :date, :start_time, :end_time, :venue, :address,
             :organisers, :author, :partner_projects, :topics, :category, :description, :ground_rules, :languages,
             :at, :at)"
        ),
        id,
        fields,
        now(),
    )?;
    Ok(id)
}

pub(crate) fn get(conn: &Connection, id: LabId) -> Result<Lab> {
    store::by_id(conn, SELECT, "id", "lab", id, from_row)
}

/// Fails with `NotFound` unless the lab exists.
pub(crate) fn ensure_exists(conn: &Connection, id: LabId) -> Result<()> {
    let found: Option<i64> = conn.query_row("SELECT 1 FROM lab WHERE id = ?1", [id], |row| row.get(0)).optional()?;
    found.map(drop).ok_or_else(|| Error::not_found("lab", id))
}

pub(crate) fn validate(fields: &LabFields) -> Result<LabFields> {
    Ok(LabFields {
        title: limits::required(Field::Title, &fields.title, TITLE_MAX)?,
        date: fields.date,
        start_time: clock_time(fields.start_time.as_deref())?,
        end_time: clock_time(fields.end_time.as_deref())?,
        venue: limits::optional(Field::Venue, &fields.venue, LINE_MAX)?,
        address: limits::optional(Field::Address, &fields.address, LINE_MAX)?,
        organisers: limits::optional(Field::Organisers, &fields.organisers, LINE_MAX)?,
        author: limits::optional(Field::Author, &fields.author, TITLE_MAX)?,
        partner_projects: limits::list(Field::PartnerProjects, &fields.partner_projects, TITLE_MAX)?,
        topics: limits::list(Field::Topics, &fields.topics, TITLE_MAX)?,
        category: fields.category,
        description: limits::optional(Field::Description, &fields.description, TEXT_MAX)?,
        ground_rules: limits::optional(Field::GroundRules, &fields.ground_rules, TEXT_MAX)?,
        languages: each_once(fields.languages.iter().copied()),
    })
}

/// Runs `sql` with a lab's id, its `fields` and a timestamp bound by name (`:id`, `:title`, …,
/// `:at`), so that creating and editing a lab bind the same way.
fn execute_with_fields(
    conn: &Connection,
    sql: &str,
    id: LabId,
    fields: &LabFields,
    at: chrono::DateTime<chrono::Utc>,
) -> rusqlite::Result<usize> {
    conn.execute(
        sql,
        named_params! {
            ":id": id,
            ":title": fields.title,
            ":date": fields.date.map(|d| d.to_string()),
            ":start_time": fields.start_time,
            ":end_time": fields.end_time,
            ":venue": fields.venue,
            ":address": fields.address,
            ":organisers": fields.organisers,
            ":author": fields.author,
            ":partner_projects": json_list(&fields.partner_projects),
            ":topics": json_list(&fields.topics),
            ":category": fields.category.map(Category::key),
            ":description": fields.description,
            ":ground_rules": fields.ground_rules,
            ":languages": json_list(&fields.languages.iter().map(|l| l.key().to_owned()).collect::<Vec<_>>()),
            ":at": timestamp(at),
        },
    )
}

/// Languages in the order first given, each once.
fn each_once(languages: impl IntoIterator<Item = Language>) -> Vec<Language> {
    let mut once = Vec::new();
    for language in languages {
        if !once.contains(&language) {
            once.push(language);
        }
    }
    once
}

/// The room's languages as stored: a key this build does not know, or an entry that is not a
/// key at all (an archive from elsewhere), is skipped rather than failing the lab, and with it
/// the list of every lab.
fn languages_at(row: &Row<'_>, column: usize) -> rusqlite::Result<Vec<Language>> {
    let stored: String = row.get(column)?;
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stored).unwrap_or_default();
    Ok(each_once(entries.iter().filter_map(|entry| entry.as_str()?.parse().ok())))
}

/// Accepts `HH:MM` (or `HH:MM:SS`, as some time pickers send) and stores `HH:MM`.
pub(crate) fn clock_time(value: Option<&str>) -> Result<Option<String>> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    NaiveTime::parse_from_str(value, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(value, "%H:%M:%S"))
        .map(|time| Some(time.format("%H:%M").to_string()))
        .map_err(|_| Error::InvalidTime(value.to_owned()))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Lab> {
    Ok(Lab {
        id: row.get(0)?,
        fields: LabFields {
            title: row.get(1)?,
            date: row.get::<_, Option<String>>(2)?.map(|_| parsed_at(row, 2)).transpose()?,
            start_time: row.get(3)?,
            end_time: row.get(4)?,
            venue: row.get(5)?,
            address: row.get(6)?,
            organisers: row.get(7)?,
            author: row.get(8)?,
            partner_projects: list_at(row, 9)?,
            topics: list_at(row, 10)?,
            category: row.get::<_, Option<String>>(11)?.map(|_| row.get(11)).transpose()?,
            description: row.get(12)?,
            ground_rules: row.get(13)?,
            languages: languages_at(row, 14)?,
        },
        follows: row.get(17)?,
        created_at: timestamp_at(row, 15)?,
        updated_at: timestamp_at(row, 16)?,
    })
}
