//! Getting a day's notes back: the backups a person can choose from, with their times and
//! sizes; a damaged database set aside (renamed beside itself, never deleted); and a backup
//! put back, checked first, after the current state is kept.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::Utc;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use crate::store::backup;
use crate::store::open as db;
use crate::{ApiError, Error, ErrorCode, Result, Store};

/// A backup kept in `backups/` beside the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BackupFile {
    /// The file's name, which is how a person's choice names it.
    pub name: String,
    /// When it was taken: UTC, RFC 3339.
    pub taken_at: String,
    /// Its size; a JavaScript number holds any file's exactly.
    #[ts(type = "number")]
    pub bytes: u64,
}

/// A backup that passed its check, and what it holds, so a person can judge what restoring it
/// gives back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SoundBackup {
    pub backup: BackupFile,
    pub labs: u32,
    pub notes: u32,
}

/// What a restore did: which backup came back, and where the state it replaced was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Restored {
    pub restored: SoundBackup,
    /// The backup of the state before, or the damaged file set aside.
    pub kept: String,
}

/// The backups of the database at `db_path`, newest first.
pub fn backups(db_path: &Path) -> Result<Vec<BackupFile>> {
    let mut files = Vec::new();
    for path in backup::list(db_path)?.into_iter().rev() {
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else { continue };
        let Some(taken_at) = backup::taken_at(&name) else { continue };
        let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        files.push(BackupFile { name, taken_at: crate::store::timestamp(taken_at), bytes });
    }
    Ok(files)
}

/// The newest backup that passes its check, if any does.
pub fn latest_sound(db_path: &Path) -> Result<Option<SoundBackup>> {
    for file in backups(db_path)? {
        if let Ok(sound) = check(db_path, &file) {
            return Ok(Some(sound));
        }
    }
    Ok(None)
}

/// Puts the backup `name` where the damaged database at `db_path` was, after setting the
/// damaged files aside. The caller then opens it as usual, which brings an older schema up to
/// date.
pub fn replace_damaged(db_path: &Path, name: &str) -> Result<Restored> {
    let file = find(db_path, name)?;
    let restored = check(db_path, &file)?;
    let source = backup::folder(db_path).join(&file.name);
    let partial = db::with_suffix(db_path, ".restoring");
    let copied = std::fs::copy(&source, &partial).and_then(|_| std::fs::File::open(&partial)?.sync_all());
    if let Err(error) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(error.into());
    }
    let kept = set_aside(db_path)?;
    std::fs::rename(&partial, db_path)?;
    sync_folder_of(db_path);
    log::warn!("damaged database set aside as {}; backup {} restored in its place", kept.display(), file.name);
    Ok(Restored { restored, kept: crate::brief::path(&kept) })
}

/// Renames the database at `db_path` and its journal files to `NAME.damaged-STAMP.sqlite3`
/// (with `-wal` and the rest after it, so they still open together) beside it. Nothing is
/// deleted. Returns the new name of the database file itself.
fn set_aside(db_path: &Path) -> Result<PathBuf> {
    aside(db_path, |from, to| std::fs::rename(from, to))
}

impl Store {
    /// Puts the backup `name` back in place of what the database holds now, which is kept
    /// first as a new backup (or, if it is too damaged to copy, set aside as a file). The
    /// backup is checked before anything changes, and copied into the open database through
    /// SQLite's backup API, so the app and the device hub carry on with the same connection.
    pub fn restore_backup(&self, name: &str) -> Result<Restored> {
        if self.is_read_only() {
            return Err(Error::ReadOnly { path: crate::brief::path(self.path()) });
        }
        let file = find(self.path(), name)?;
        let restored = check(self.path(), &file)?;
        // The backup is read into memory before the current state is kept, as keeping it may
        // rotate the chosen (oldest) backup away.
        let mut chosen = Connection::open_in_memory()?;
        let source = read_only(&backup::folder(self.path()).join(&file.name))?;
        Backup::new(&source, &mut chosen)?.run_to_completion(i32::MAX, Duration::ZERO, None)?;
        drop(source);
        let kept = match self.backup_now() {
            Ok(kept) => kept,
            // Too damaged to copy page by page: the files themselves are kept.
            Err(Error::DatabaseCorrupt(_)) => copy_aside(self.path())?,
            Err(error) => return Err(error),
        };
        self.replace_with(&chosen)?;
        log::warn!("backup {} restored; what it replaced is kept as {}", file.name, kept.display());
        Ok(Restored { restored, kept: crate::brief::path(&kept) })
    }
}

/// Finds the backup a person chose by its name among the ones listed, so a name can never
/// reach outside `backups/`.
fn find(db_path: &Path, name: &str) -> Result<BackupFile> {
    backups(db_path)?
        .into_iter()
        .find(|file| file.name == name)
        .ok_or_else(|| Error::NotFound { entity: "backup", id: crate::brief::quote(name) })
}

/// Checks a backup whole and counts what it holds; refuses one that fails its integrity check
/// or was written by a newer Design Lab.
fn check(db_path: &Path, file: &BackupFile) -> Result<SoundBackup> {
    let conn = read_only(&backup::folder(db_path).join(&file.name))?;
    let verdict = db::integrity_check(&conn).map_err(|_| Error::DatabaseCorrupt("not a database".into()))?;
    if verdict != "ok" {
        return Err(Error::DatabaseCorrupt(verdict));
    }
    let found = db::schema_version(&conn)?;
    let known = db::known_schema_version();
    if found > known {
        return Err(Error::SchemaTooNew { found, known });
    }
    let count = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, u32>(0));
    let labs = count("SELECT count(*) FROM lab")?;
    // Notes deleted in the app are not counted; the oldest schemas had no deleting.
    let notes = count("SELECT count(*) FROM input WHERE deleted_at IS NULL")
        .or_else(|_| count("SELECT count(*) FROM input"))?;
    Ok(SoundBackup { backup: file.clone(), labs, notes })
}

fn read_only(path: &Path) -> Result<Connection> {
    Ok(Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?)
}

/// Copies the database's files aside (the store still has them open, so they stay where they
/// are too).
fn copy_aside(db_path: &Path) -> Result<PathBuf> {
    aside(db_path, |from, to| std::fs::copy(from, to).and_then(|_| std::fs::File::open(to)?.sync_all()))
}

/// Moves or copies each of the database's files that exists to its `damaged` name.
fn aside(db_path: &Path, keep: impl Fn(&Path, &Path) -> std::io::Result<()>) -> Result<PathBuf> {
    let stamp = Utc::now().format(backup::STAMP);
    let stem = db_path.file_stem().and_then(|s| s.to_str()).unwrap_or("designlab");
    let aside = db_path.with_file_name(format!("{stem}.damaged-{stamp}.sqlite3"));
    for (from, to) in db::database_files(db_path).iter().zip(db::database_files(&aside)) {
        if from.exists() {
            keep(from, &to)?;
        }
    }
    sync_folder_of(db_path);
    Ok(aside)
}

fn sync_folder_of(db_path: &Path) {
    if let Some(folder) = db_path.parent() {
        backup::sync_folder(if folder.as_os_str().is_empty() { Path::new(".") } else { folder });
    }
}

/// What the app offers when its database would not open: the newest backup that passes its
/// check, when the problem is damage that a backup can mend.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Recovery {
    pub problem: ApiError,
    /// The damaged database, in full, as the About panel names it.
    pub database: String,
    pub backup: Option<SoundBackup>,
}

/// The recovery to offer for `problem`, met opening the database at `db_path`; `None` when a
/// backup cannot mend it (a newer Design Lab's schema, a folder that cannot be written, a
/// database another program holds).
pub fn recovery(db_path: &Path, problem: &ApiError) -> Result<Option<Recovery>> {
    if problem.code != ErrorCode::DatabaseCorrupt {
        return Ok(None);
    }
    Ok(Some(Recovery {
        problem: problem.clone(),
        database: db_path.display().to_string(),
        backup: latest_sound(db_path)?,
    }))
}

/// What the About panel shows: this version, its licence, and where the data is kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct About {
    pub version: String,
    pub licence: String,
    pub database: String,
    pub backups: String,
    /// How many backups are kept before the oldest is deleted.
    pub backups_kept: u32,
    pub read_only: bool,
}

impl About {
    pub fn new(db_path: &Path, read_only: bool) -> About {
        About {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            licence: env!("CARGO_PKG_LICENSE").to_owned(),
            database: db_path.display().to_string(),
            backups: backup::folder(db_path).display().to_string(),
            backups_kept: u32::try_from(backup::KEEP).unwrap_or(u32::MAX),
            read_only,
        }
    }
}
