//! The store: one SQLite connection behind a lock, and the transaction discipline every write
//! follows. Table-specific reads and writes live in their own modules (labs, challenges, roles,
//! inputs, settings), each adding methods to [`Store`].

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use rusqlite::{Connection, OpenFlags, Transaction};

use crate::{backup, db, Result};

pub struct Store {
    conn: Mutex<Connection>,
    path: PathBuf,
    /// Committed write transactions since this store was opened; backups compare against it.
    writes: AtomicU64,
    /// The value of `writes` when the last backup was taken, if any.
    backed_up_at: Mutex<Option<u64>>,
}

impl Store {
    /// Opens the database at `path`: WAL, `synchronous=FULL`, foreign keys, busy timeout,
    /// `quick_check`, then migrations (after a backup, when an older schema is upgraded).
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let conn = db::open(&path, |old| backup::write_verified(old, &path).map(drop))?;
        Ok(Store { conn: Mutex::new(conn), path, writes: AtomicU64::new(0), backed_up_at: Mutex::new(None) })
    }

    /// Runs `f` in one transaction. The change is saved only once this returns `Ok`, after
    /// the commit; on error nothing of it is kept.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let value = f(&tx)?;
        tx.commit()?;
        self.writes.fetch_add(1, Ordering::Release);
        Ok(value)
    }

    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        f(&self.lock())
    }

    /// `PRAGMA integrity_check` on the live database: "ok" when sound.
    pub fn integrity_check(&self) -> Result<String> {
        self.read(db::integrity_check)
    }

    /// Takes a verified backup now, into `backups/` beside the database. It reads through a
    /// connection of its own, so saving notes is not held up while it runs.
    pub fn backup_now(&self) -> Result<PathBuf> {
        let at = self.writes.load(Ordering::Acquire);
        let reader = Connection::open_with_flags(&self.path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let written = backup::write_verified(&reader, &self.path)?;
        *self.backed_up_at.lock().unwrap_or_else(PoisonError::into_inner) = Some(at);
        Ok(written)
    }

    /// Takes a backup if none was taken since this store opened, or if anything was written
    /// since the last one. Returns the new backup's path, or `None` when there was no need.
    pub fn backup_if_changed(&self) -> Result<Option<PathBuf>> {
        let last = *self.backed_up_at.lock().unwrap_or_else(PoisonError::into_inner);
        if last == Some(self.writes.load(Ordering::Acquire)) {
            return Ok(None);
        }
        self.backup_now().map(Some)
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a transaction open (it rolls back on
        // drop), so the connection is still sound.
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// The current time at the precision it is stored with, so what a write returns equals what a
/// later read gives back.
pub(crate) fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

/// Timestamps are stored as RFC 3339 text in UTC with milliseconds, which sorts as time does.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn conversion_error(column: usize, error: impl std::error::Error + Send + Sync + 'static) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, Box::new(error))
}

/// A list of strings as stored: a JSON array.
pub(crate) fn json_list(entries: &[String]) -> String {
    serde_json::Value::from(entries.to_vec()).to_string()
}

pub(crate) fn list_at(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<Vec<String>> {
    serde_json::from_str(&row.get::<_, String>(column)?).map_err(|e| conversion_error(column, e))
}

/// A list of UUIDs stored as a JSON array of text.
pub(crate) fn uuid_list_at(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<Vec<uuid::Uuid>> {
    list_at(row, column)?
        .iter()
        .map(|text| uuid::Uuid::parse_str(text).map_err(|e| conversion_error(column, e)))
        .collect()
}

/// Reads a UUID stored as text (the form a person can read in the database file).
pub(crate) fn uuid_at(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<uuid::Uuid> {
    uuid::Uuid::parse_str(&row.get::<_, String>(column)?).map_err(|e| conversion_error(column, e))
}

/// Reads a UUID column that may be NULL.
pub(crate) fn optional_uuid_at(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<Option<uuid::Uuid>> {
    row.get::<_, Option<String>>(column)?
        .map(|text| uuid::Uuid::parse_str(&text).map_err(|e| conversion_error(column, e)))
        .transpose()
}

pub(crate) fn timestamp_at(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(&row.get::<_, String>(column)?)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|e| conversion_error(column, e))
}

/// Reads a column holding the key of an enum (`Stage`, `InputKind`).
pub(crate) fn key_at<T: std::str::FromStr>(row: &rusqlite::Row<'_>, column: usize) -> rusqlite::Result<T>
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
