//! The one place that opens the database: pragmas, integrity check, migrations.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::{Error, Result};

/// Embedded, append-only migrations. Add new ones at the end; never edit one that shipped.
const MIGRATION_SQL: &[&str] = &[
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0001_initial.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0002_planning.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0003_groups_templates.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0004_run.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0005_capture.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0006_search.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0007_history.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0008_synthesis.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0009_report.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0010_devices.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0011_role_counts.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0012_action_status.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0013_goals.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0014_series.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0015_note_language.sql")),
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/0016_lab_languages.sql")),
];

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(MIGRATION_SQL.iter().map(|sql| M::up(sql)).collect()));

/// How long a write waits for another connection's lock before giving up with `Busy`.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The number of migrations this binary knows, which is the schema version it writes.
pub fn known_schema_version() -> usize {
    MIGRATION_SQL.len()
}

/// Opens (creating if needed) the database at `path`, checks it (wholly after a crash), and
/// brings its schema up to date. Refuses a damaged file and a schema newer than this binary,
/// changing nothing.
///
/// `before_upgrade` runs when an existing database is about to be migrated, so the caller can
/// keep a backup of the old schema.
pub fn open(path: &Path, before_upgrade: impl FnOnce(&Connection) -> Result<()>) -> Result<Connection> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let after_a_crash = wal_left_behind(path);
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    // `quick_check` reads every page, so opening would grow with the lab. It runs where a
    // damaged file is likely (after a crash) and otherwise costs a person nothing: every
    // backup, the first of them moments after the app starts, is a copy checked whole.
    match after_a_crash {
        true => quick_check(&conn)?,
        false => schema_readable(&conn)?,
    }

    let found = schema_version(&conn)?;
    let known = known_schema_version();
    if found > known {
        return Err(Error::SchemaTooNew { found, known });
    }
    if found > 0 && found < known {
        before_upgrade(&conn)?;
        log::info!("database schema {found} is being brought up to {known}");
    }
    migrate(&mut conn)?;
    Ok(conn)
}

/// Brings the schema up to date, in one transaction.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    MIGRATIONS.to_latest(conn).map_err(|e| match e {
        rusqlite_migration::Error::RusqliteError { err, .. } => Error::Sqlite(err),
        other => Error::Migration(other.to_string()),
    })
}

/// An empty database in memory with this binary's schema, foreign keys off: a place to try
/// rows against the schema's own rules (types, lengths, allowed values, what may be missing)
/// without touching the real one.
pub(crate) fn scratch() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    MIGRATIONS.to_latest(&mut conn).map_err(|e| Error::Migration(e.to_string()))?;
    Ok(conn)
}

/// Pragmas every connection needs. `synchronous=FULL` makes a committed transaction survive
/// a power cut in WAL mode; it costs well under a millisecond per note on this hardware.
fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
        .map_err(corrupt_if_not_a_database)?;
    if !mode.eq_ignore_ascii_case("wal") {
        // WAL is what makes a commit durable without blocking readers; without it, refuse.
        return Err(Error::Io(std::io::Error::other(format!("the database cannot use WAL (it stayed {mode})"))));
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Whether opening failed because the database's place cannot be written (a read-only
/// folder, file or disk), in which case it may still open read-only.
pub(crate) fn cannot_write(error: &Error) -> bool {
    use rusqlite::ffi::ErrorCode as Sqlite;
    match error {
        Error::Io(e) => {
            matches!(e.kind(), std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem)
        }
        Error::Sqlite(e) => {
            matches!(e.sqlite_error_code(), Some(Sqlite::ReadOnly | Sqlite::CannotOpen | Sqlite::PermissionDenied))
        }
        _ => false,
    }
}

/// Opens the database at `path` read-only, for a place that cannot be written: checked, and
/// refused when its schema is not this binary's (it cannot be upgraded where it is).
pub(crate) fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = match Connection::open_with_flags(path, flags).and_then(|conn| readable(&conn).map(|()| conn)) {
        Ok(conn) => conn,
        // In WAL mode a reader needs the shared-memory file beside the database, which a
        // read-only folder may not let it make. Nothing can write there either, so the file
        // may be read as it stands.
        Err(_) => Connection::open_with_flags(immutable_uri(path), flags | OpenFlags::SQLITE_OPEN_URI)?,
    };
    conn.busy_timeout(BUSY_TIMEOUT)?;
    quick_check(&conn)?;
    let found = schema_version(&conn)?;
    let known = known_schema_version();
    if found > known {
        return Err(Error::SchemaTooNew { found, known });
    }
    if found < known {
        return Err(Error::ReadOnly { path: crate::brief::path(path) });
    }
    Ok(conn)
}

/// Whether the connection can read its schema at all.
fn readable(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))
}

/// A `file:` URI for `path` with `immutable=1`, its reserved characters escaped.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

pub(crate) fn schema_version(conn: &Connection) -> Result<usize> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    usize::try_from(found).map_err(|_| Error::DatabaseCorrupt(format!("schema version {found}")))
}

/// The files a database at `path` is kept in: itself, then its write-ahead log, its shared
/// memory and its rollback journal.
pub fn database_files(path: &Path) -> [PathBuf; 4] {
    ["", "-wal", "-shm", "-journal"].map(|suffix| with_suffix(path, suffix))
}

/// `path` with `suffix` after its file name, as SQLite names a database's companions
/// (`designlab.sqlite3-wal`) and the app its own (`designlab.sqlite3.lock`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether the last session left its write-ahead log behind: SQLite removes it when the last
/// connection closes cleanly, so a non-empty one means a crash, a kill or a power cut (or
/// another program with the database open, when a check costs little against the wait).
fn wal_left_behind(path: &Path) -> bool {
    let [_, wal, ..] = database_files(path);
    std::fs::metadata(wal).is_ok_and(|found| found.len() > 0)
}

/// Reads the schema, which refuses a file that is not a database in constant time.
fn schema_readable(conn: &Connection) -> Result<()> {
    readable(conn).map_err(corrupt_if_not_a_database)
}

fn quick_check(conn: &Connection) -> Result<()> {
    let verdict: String =
        conn.query_row("PRAGMA quick_check", [], |row| row.get(0)).map_err(corrupt_if_not_a_database)?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(Error::DatabaseCorrupt(verdict))
    }
}

fn corrupt_if_not_a_database(error: rusqlite::Error) -> Error {
    use rusqlite::ffi::ErrorCode as Sqlite;
    match error.sqlite_error_code() {
        Some(Sqlite::NotADatabase | Sqlite::DatabaseCorrupt) => Error::DatabaseCorrupt(error.to_string()),
        _ => Error::Sqlite(error),
    }
}

/// Runs `PRAGMA integrity_check` and returns its verdict ("ok" when sound).
pub fn integrity_check(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
}
