//! Reading and writing rows: columns as the store keeps them (ids and times as text, lists as
//! JSON, enums by their key), and the few statements every table shares: one row by id, delete
//! by id, the next position in an ordered list, and whether a row belongs to a lab.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use std::fmt::Display;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, ToSql, Transaction};

use crate::ids::LabId;
use crate::{Error, Result};

/// The parts of a lab that other rows point at, each refused by its own error when it belongs
/// to another lab (or to none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Role,
    Challenge,
    Group,
}

impl Part {
    fn table(self) -> &'static str {
        match self {
            Part::Role => "stakeholder_role",
            Part::Challenge => "challenge",
            Part::Group => "breakout_group",
        }
    }
}

/// Fails with [`Error::NotInLab`] unless the row `id` of `part` exists and belongs to `lab_id`.
pub(crate) fn ensure_in_lab(conn: &Connection, part: Part, id: impl ToSql, lab_id: LabId) -> Result<()> {
    let sql = format!("SELECT 1 FROM {} WHERE id = ?1 AND lab_id = ?2", part.table());
    let found: Option<i64> =
        conn.prepare_cached(&sql)?.query_row(rusqlite::params![id, lab_id], |row| row.get(0)).optional()?;
    found.map(drop).ok_or(Error::NotInLab(part))
}

/// One row by id, read by `from_row`, or [`Error::NotFound`] naming `entity`. `select` ends
/// where the `WHERE` clause would go, and the id is `?1`.
pub(crate) fn by_id<T, Id: ToSql + Display>(
    conn: &Connection,
    select: &str,
    id_column: &str,
    entity: &'static str,
    id: Id,
    from_row: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    conn.prepare_cached(&format!("{select} WHERE {id_column} = ?1"))?
        .query_row([&id], from_row)
        .optional()?
        .ok_or_else(|| Error::not_found(entity, id))
}

/// Deletes the row `id` of `table`, or fails with [`Error::NotFound`] naming `entity`.
pub(crate) fn delete_by_id(
    tx: &Transaction<'_>,
    table: &str,
    entity: &'static str,
    id: impl ToSql + Display,
) -> Result<()> {
    match tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [&id])? {
        0 => Err(Error::not_found(entity, id)),
        _ => Ok(()),
    }
}

/// SQL for the position after the last of `table`'s rows whose `parent_column` is parameter
/// `?{parameter}`, so a new row goes at the end of its list within the statement that inserts it.
pub(crate) fn next_position(table: &str, parent_column: &str, parameter: u8) -> String {
    format!("(SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE {parent_column} = ?{parameter})")
}

/// A struct from a row: the fields named first from the row's columns in order (each read as
/// its own type), then any `field: value` after the `;` for columns that need more than that.
/// `from_columns!(row, Segment { id, lab_id, kind, title, minutes, notes; challenge_ids: Vec::new() })`
macro_rules! from_columns {
    ($row:ident, $ty:ident { $($field:ident),* $(; $($other:ident: $value:expr),* $(,)?)? }) => {
        $crate::store::from_columns!(@read $row, $ty, 0usize, [], [$($field)*], [$($($other: $value),*)?])
    };
    (@read $row:ident, $ty:ident, $column:expr, [$($read:tt)*], [$field:ident $($more:ident)*], $others:tt) => {
        $crate::store::from_columns!(
            @read $row, $ty, $column + 1, [$($read)* $field: $row.get($column)?,], [$($more)*], $others
        )
    };
    (@read $row:ident, $ty:ident, $column:expr, [$($read:tt)*], [], [$($other:ident: $value:expr),*]) => {
        $ty { $($read)* $($other: $value),* }
    };
}
pub(crate) use from_columns;

/// Enums stored by their key (`Stage::TenderAward` as `tender_award`), read back by parsing it.
macro_rules! stored_by_key {
    ($($kind:ty),* $(,)?) => {$(
        impl ToSql for $kind {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                let key: &'static str = (*self).into();
                Ok(ToSqlOutput::from(key))
            }
        }

        impl FromSql for $kind {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(KeyError(format!("{e}")))))
            }
        }
    )*};
}

stored_by_key!(
    crate::Stage,
    crate::NoteKind,
    crate::SegmentKind,
    crate::Category,
    crate::Language,
    crate::RevisionChange,
    crate::voting::VoteMethod,
    crate::actions::ActionStatus,
    crate::goals::Goal,
    crate::run::RunStatus,
);

pub(crate) fn conversion_error(
    column: usize,
    error: impl std::error::Error + Send + Sync + 'static,
) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(error))
}

/// A list of strings as stored: a JSON array.
pub(crate) fn json_list(entries: &[String]) -> String {
    serde_json::Value::from(entries.to_vec()).to_string()
}

pub(crate) fn list_at(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(&row.get::<_, String>(column)?).map_err(|e| conversion_error(column, e))
}

/// A list of ids stored as a JSON array of text.
pub(crate) fn id_list_at<Id: std::str::FromStr<Err = uuid::Error>>(
    row: &rusqlite::Row<'_>,
    column: usize,
) -> rusqlite::Result<Vec<Id>> {
    list_at(row, column)?.iter().map(|text| text.parse().map_err(|e| conversion_error(column, e))).collect()
}

pub(crate) fn timestamp_at(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(&row.get::<_, String>(column)?)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|e| conversion_error(column, e))
}

/// Reads a column holding text that `T` parses, such as a date.
pub(crate) fn parsed_at<T: std::str::FromStr>(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<T>
where
    T::Err: std::fmt::Display,
{
    row.get::<_, String>(column)?.parse().map_err(|e: T::Err| conversion_error(column, KeyError(e.to_string())))
}

#[derive(Debug)]
struct KeyError(String);

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for KeyError {}
