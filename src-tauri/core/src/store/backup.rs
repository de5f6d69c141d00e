//! Verified backups: a consistent copy through SQLite's online backup API, written to a
//! temporary file, reopened and checked, then renamed into `backups/` beside the database and
//! rotated. A backup that fails its check is deleted and reported, never kept.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Weak};
use std::thread::JoinHandle;
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use crate::store::open as db;
use crate::{Error, Result, Store};

/// How many backups are kept; the oldest beyond this are deleted.
pub const KEEP: usize = 24;
/// How often a running app checks whether a new backup is due.
pub const INTERVAL: Duration = Duration::from_secs(5 * 60);

const PREFIX: &str = "designlab-";
const SUFFIX: &str = ".sqlite3";
/// The UTC time in a backup's name, which sorts as time does.
pub(crate) const STAMP: &str = "%Y%m%dT%H%M%S%.3fZ";

/// The folder backups of the database at `db_path` go to.
pub fn folder(db_path: &Path) -> PathBuf {
    db_path.parent().unwrap_or(Path::new(".")).join("backups")
}

/// Backups of the database at `db_path`, oldest first.
pub fn list(db_path: &Path) -> Result<Vec<PathBuf>> {
    let folder = folder(db_path);
    if !folder.exists() {
        return Ok(Vec::new());
    }
    let mut backups: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with(PREFIX) && name.ends_with(SUFFIX))
        })
        .collect();
    // Names carry a UTC timestamp, so name order is age order.
    backups.sort();
    Ok(backups)
}

/// When the backup named `name` was taken, read from its name.
pub fn taken_at(name: &str) -> Option<DateTime<Utc>> {
    let stamp = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(stamp, STAMP).ok().map(|time| time.and_utc())
}

/// Copies the database `source` (whose file is `db_path`) into a new verified backup and
/// rotates old ones. Returns the new backup's path.
pub fn write_verified(source: &Connection, db_path: &Path) -> Result<PathBuf> {
    let folder = folder(db_path);
    std::fs::create_dir_all(&folder)?;
    let stamp = Utc::now().format(STAMP);
    let target = folder.join(format!("{PREFIX}{stamp}{SUFFIX}"));
    let partial = folder.join(format!(".{PREFIX}{stamp}{SUFFIX}.partial"));

    let copied = copy(source, &partial).and_then(|()| verify(&partial));
    if let Err(error) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(error);
    }
    std::fs::rename(&partial, &target)?;
    sync_folder(&folder);
    log::info!("backup kept: {}", target.display());
    rotate(db_path)?;
    Ok(target)
}

fn copy(source: &Connection, partial: &Path) -> Result<()> {
    let mut destination = Connection::open(partial)?;
    // One step copies every page under a single read transaction: a consistent snapshot even
    // while the app keeps writing through WAL.
    Backup::new(source, &mut destination)?.run_to_completion(i32::MAX, Duration::ZERO, None)?;
    // The copy is a standalone file: no WAL beside it.
    destination.pragma_update(None, "journal_mode", "DELETE")?;
    destination.close().map_err(|(_, e)| e)?;
    Ok(())
}

fn verify(partial: &Path) -> Result<()> {
    let copy = Connection::open_with_flags(partial, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let verdict = db::integrity_check(&copy)?;
    if verdict == "ok" {
        Ok(())
    } else {
        // The copy is the database page for page: what fails in it is damage in the database.
        Err(Error::DatabaseCorrupt(format!("a backup's check found: {verdict}")))
    }
}

fn rotate(db_path: &Path) -> Result<()> {
    let backups = list(db_path)?;
    let surplus = backups.len().saturating_sub(KEEP);
    for old in &backups[..surplus] {
        std::fs::remove_file(old)?;
    }
    Ok(())
}

#[cfg(unix)]
pub(crate) fn sync_folder(folder: &Path) {
    // Makes the rename itself durable; a failure only weakens that, so it is not an error.
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(not(unix))]
pub(crate) fn sync_folder(_folder: &Path) {}

/// Starts a background thread that backs the store up, then every `every` if anything was
/// written since. The first backup (and the whole-file check it makes) waits for word on
/// `begin`, or for its sender to be dropped, or `first_within` at most: the app sends it once
/// its first screen is drawn, so that a 20,000-note copy and check do not take a core from
/// the start-up. It ends by itself when the store is dropped. Failures are reported to
/// `on_error` and retried at the next tick.
pub fn spawn_schedule(
    store: &Arc<Store>,
    begin: Receiver<()>,
    first_within: Duration,
    every: Duration,
    on_error: impl Fn(&Error) + Send + 'static,
) -> JoinHandle<()> {
    let store: Weak<Store> = Arc::downgrade(store);
    std::thread::Builder::new()
        .name("designlab-backup".into())
        .spawn(move || {
            let _ = begin.recv_timeout(first_within);
            while let Some(store) = store.upgrade() {
                if let Err(error) = store.backup_if_changed() {
                    on_error(&error);
                }
                drop(store);
                std::thread::sleep(every);
            }
        })
        .expect("the OS refused to start the backup thread")
}
