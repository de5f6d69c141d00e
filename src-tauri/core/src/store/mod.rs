//! The store: one SQLite connection behind a lock, and the transaction discipline every write
//! follows. Opening and migrating the file is in `open.rs`, the helpers every table uses in
//! `rows.rs`, backups in `backup.rs`. Each table's reads and writes live with its phase of the
//! lab (`plan/`, `capture/`, `run.rs`, `synthesis/`, `report/`, `exchange/`), each adding
//! methods to [`Store`].

pub mod backup;
pub mod instance;
mod open;
pub mod restore;
mod rows;
mod settings;

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use self::open as db;
pub use self::open::database_files;
pub(crate) use self::open::scratch;
pub(crate) use self::open::BUSY_TIMEOUT;
pub use self::rows::Part;
pub(crate) use self::rows::*;
use crate::clock::{Clock, SystemClock};
use crate::{Error, Result};

pub struct Store {
    conn: Mutex<Connection>,
    /// Where every instant the store writes comes from.
    clock: Arc<dyn Clock>,
    path: PathBuf,
    /// Opened read-only because its place cannot be written: every write is refused.
    read_only: bool,
    /// Committed write transactions since this store was opened; backups compare against it.
    writes: AtomicU64,
    /// The value of `writes` when the last backup was taken, if any.
    backed_up_at: Mutex<Option<u64>>,
    /// Told of each change once it is committed (see `events.rs`).
    pub(crate) listeners: Mutex<Vec<crate::events::Listener>>,
}

impl Store {
    /// Opens the database at `path`: WAL, `synchronous=FULL`, foreign keys, busy timeout,
    /// `quick_check` after a crash, then migrations (after a backup, when an older schema is
    /// upgraded). A database in a place that can only be read (a read-only folder, file or
    /// disk) opens read-only: it lists and exports, and every change is refused with
    /// `read_only`.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        Store::open_with_clock(path, Arc::new(SystemClock))
    }

    /// Opens the database at `path` as [`Store::open`] does, telling the time by `clock`.
    pub fn open_with_clock(path: impl AsRef<Path>, clock: Arc<dyn Clock>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let (conn, read_only) = match db::open(&path, |old| backup::write_verified(old, &path).map(drop)) {
            Ok(conn) => (conn, false),
            Err(error) if db::cannot_write(&error) && path.is_file() => (db::open_read_only(&path)?, true),
            Err(error) => return Err(error),
        };
        log::info!(
            "database opened{}: {} (schema {})",
            if read_only { " read-only" } else { "" },
            path.display(),
            db::known_schema_version()
        );
        Ok(Store {
            conn: Mutex::new(conn),
            clock,
            path,
            read_only,
            writes: AtomicU64::new(0),
            backed_up_at: Mutex::new(None),
            listeners: Mutex::new(Vec::new()),
        })
    }

    /// Runs `f` in one transaction. The change is saved only once this returns `Ok`, after
    /// the commit; on error nothing of it is kept. Every time the change writes is one instant,
    /// read once from the clock: what one action changes, it changes at one time.
    ///
    /// The transaction takes the write lock as it begins (`BEGIN IMMEDIATE`), so a second
    /// writer (the command line, another window) waits up to the busy timeout for it instead of
    /// failing at once when its read snapshot turns out stale.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        if self.read_only {
            return Err(Error::ReadOnly { path: crate::brief::path(&self.path) });
        }
        let mut conn = self.lock();
        at(self.clock.now(), || {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            tx.commit()?;
            self.writes.fetch_add(1, Ordering::Release);
            Ok(value)
        })
    }

    pub(crate) fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = self.lock();
        at(self.clock.now(), || f(&conn))
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the database opened read-only, because its place cannot be written.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The clock this store tells the time by, for venue clock times.
    pub(crate) fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// `PRAGMA integrity_check` on the live database: "ok" when sound.
    pub fn integrity_check(&self) -> Result<String> {
        self.read(db::integrity_check)
    }

    /// Takes a verified backup now, into `backups/` beside the database. It reads through a
    /// connection of its own, so saving notes is not held up while it runs.
    pub fn backup_now(&self) -> Result<PathBuf> {
        if self.read_only {
            return Err(Error::ReadOnly { path: crate::brief::path(&self.path) });
        }
        let at = self.writes.load(Ordering::Acquire);
        let reader = Connection::open_with_flags(&self.path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let written = backup::write_verified(&reader, &self.path)?;
        *self.backed_up_at.lock().unwrap_or_else(PoisonError::into_inner) = Some(at);
        Ok(written)
    }

    /// Takes a backup if none was taken since this store opened, or if anything was written
    /// since the last one. Returns the new backup's path, or `None` when there was no need.
    pub fn backup_if_changed(&self) -> Result<Option<PathBuf>> {
        // A database that cannot change needs no new backup (and its folder may take none).
        if self.read_only {
            return Ok(None);
        }
        let last = *self.backed_up_at.lock().unwrap_or_else(PoisonError::into_inner);
        if last == Some(self.writes.load(Ordering::Acquire)) {
            return Ok(None);
        }
        self.backup_now().map(Some)
    }

    /// Replaces everything the database holds with `source`'s pages, in one step under the
    /// write lock, then brings an older schema up to date.
    pub(crate) fn replace_with(&self, source: &Connection) -> Result<()> {
        let mut conn = self.lock();
        rusqlite::backup::Backup::new(source, &mut conn)?.run_to_completion(
            i32::MAX,
            std::time::Duration::ZERO,
            None,
        )?;
        db::migrate(&mut conn)?;
        self.writes.fetch_add(1, Ordering::Release);
        Ok(())
    }

    /// Empties the write-ahead log into the database file, as closing the last connection
    /// does, for a process that ends without closing its store (the app: the window's event
    /// loop exits the process). A log left behind reads as a crash at the next start, which
    /// then checks the whole file: 0.7 s at 20,000 notes. Returns whether the log was emptied;
    /// another program reading the database can keep part of it, and then nothing is lost but
    /// that check.
    pub fn shut_down(&self) -> Result<bool> {
        if self.read_only {
            return Ok(true);
        }
        let busy: i64 = self.lock().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        Ok(busy == 0)
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a transaction open (it rolls back on
        // drop), so the connection is still sound.
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

thread_local! {
    /// The instant of the read or write running on this thread.
    static NOW: Cell<Option<DateTime<Utc>>> = const { Cell::new(None) };
}

/// Runs `f` with [`now`] answering `instant`, then puts back what it answered before.
fn at<T>(instant: DateTime<Utc>, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<DateTime<Utc>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            NOW.set(self.0);
        }
    }
    let _restore = Restore(NOW.replace(Some(instant)));
    f()
}

/// The instant of the store's read or write that is running: the clock is read once for each,
/// so the code inside them need not carry it around.
pub(crate) fn now() -> DateTime<Utc> {
    NOW.get().unwrap_or_else(|| {
        debug_assert!(false, "store::now() outside Store::read or Store::write");
        SystemClock.now()
    })
}

/// Timestamps are stored as RFC 3339 text in UTC with milliseconds, which sorts as time does.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}
