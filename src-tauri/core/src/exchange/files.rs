//! Files the user gives and asks for: writing them so that a failure never leaves half a file
//! behind, and reading them (templates, lab archives, spreadsheets of notes) within a size
//! limit, as UTF-8, and as versioned JSON that says what it is.

use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use ts_rs::TS;

use uuid::Uuid;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{brief, Error, Result};

/// What the system's save dialog says, in the interface's language: the shell shows it, the UI
/// words it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SaveDialog {
    pub title: String,
    /// The name the dialog suggests.
    pub file_name: String,
    /// How the dialog names the kind of file, such as "Design Lab template".
    pub filter_name: String,
}

/// Writes `bytes` to the file a person chose at `path`, guarded: never onto the database at
/// `database` (nor its journal or backups), never over a folder or a device; a link is
/// followed and the file it points to replaced. The bytes go to a temporary file beside the
/// target, synced, then renamed over it, so a full disk or a crash leaves either the old file
/// or the whole new one.
pub(crate) fn write_output(path: &Path, bytes: &[u8], database: &Path) -> Result<()> {
    let target = output_target(path)?;
    if is_the_database(&target, database) {
        return Err(Error::WouldOverwriteDatabase { path: brief::path(path) });
    }
    write_atomically(&target, bytes)
}

/// Where writing to `path` lands: links followed, the folder made canonical; refused when that
/// is not a file that may be replaced or a new file in a folder that exists.
fn output_target(path: &Path) -> Result<PathBuf> {
    let target = follow_links(path)?;
    match std::fs::metadata(&target) {
        Ok(found) if found.is_file() => {}
        Ok(found) => return Err(not_a_file(path, &found)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(Error::Io(error)),
    }
    let folder = target.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let no_folder = || Error::NoSuchFolder { path: brief::path(folder) };
    let folder = std::fs::canonicalize(folder).map_err(|_| no_folder())?;
    if !folder.is_dir() {
        return Err(no_folder());
    }
    let name = target.file_name().ok_or_else(|| Error::NotAFile { path: brief::path(path), what: "a folder" })?;
    Ok(folder.join(name))
}

/// The path a chain of symbolic links ends at (which may not exist yet).
fn follow_links(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    // As many hops as Linux allows before it calls it a loop.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(found) if found.file_type().is_symlink() => {
                let next = std::fs::read_link(&current)?;
                let from = current.parent().unwrap_or(Path::new("."));
                current = from.join(next);
            }
            _ => return Ok(current),
        }
    }
    Err(Error::NotAFile { path: brief::path(path), what: "a loop of links" })
}

/// Whether `target` (canonical) is the database at `database`, a journal of it, or in its
/// backups folder: checked by name, and on Unix also by file identity, so a hard link to the
/// database is caught too.
fn is_the_database(target: &Path, database: &Path) -> bool {
    let Ok(database) = std::fs::canonicalize(database) else { return false };
    let backups = crate::store::backup::folder(&database);
    if crate::store::database_files(&database).iter().any(|file| file == target) || target.starts_with(backups) {
        return true;
    }
    same_file(target, &database)
}

#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &Path, _: &Path) -> bool {
    false
}

/// Writes `bytes` to a temporary file beside `path`, syncs it, and renames it over `path`, so
/// a full disk or a crash leaves either the old file or the whole new one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = folder.join(format!(".{name}.{}.part", Uuid::now_v7()));
    let written = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    Ok(written?)
}

/// The bytes of the file at `path`, refused unless it is a regular file of at most `max`
/// bytes. A device (`/dev/zero`) or a pipe is refused before it is read, so no input can take
/// more than `max` bytes of memory or wait for a writer that never comes.
pub(crate) fn read_at_most(path: &Path, max: u64) -> Result<Vec<u8>> {
    let file = open_regular(path)?;
    at_most(file.metadata()?.len(), max)?;
    let mut bytes = Vec::new();
    // A file that grows while it is read still stops at one byte over the limit.
    file.take(max + 1).read_to_end(&mut bytes)?;
    at_most(bytes.len() as u64, max)?;
    Ok(bytes)
}

/// Opens `path` for reading if it is a regular file. Checked before opening (opening a pipe
/// waits for a writer) and again on what was opened, which on Unix is opened without waiting.
pub(crate) fn open_regular(path: &Path) -> Result<std::fs::File> {
    let found = std::fs::metadata(path)?;
    if !found.is_file() {
        return Err(not_a_file(path, &found));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path)?;
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(not_a_file(path, &opened));
    }
    Ok(file)
}

fn not_a_file(path: &Path, found: &std::fs::Metadata) -> Error {
    let what = if found.is_dir() { "a folder" } else { "a device, a pipe or another special file" };
    Error::NotAFile { path: brief::path(path), what }
}

/// Refuses `size` bytes when over `max`.
pub(crate) fn at_most(size: u64, max: u64) -> Result<()> {
    match size > max {
        true => Err(Error::FileTooLarge { size, max }),
        false => Ok(()),
    }
}

/// The bytes as text. Taken as bytes, so a file in another encoding is refused, not read with
/// its accents garbled.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str> {
    std::str::from_utf8(bytes).map_err(|e| Error::InvalidFile {
        location: format!("byte {}", e.valid_up_to()),
        problem: "the file is not UTF-8 text".to_owned(),
    })
}

/// A versioned JSON file of ours: its `format` must be `format` (else `foreign`), its
/// `version` at most `version` (else `too_new(found)`), and the rest must read as `T`. Every
/// problem names where in the file it is.
pub(crate) fn versioned_json<T: DeserializeOwned>(
    text: &str,
    format: &str,
    version: u64,
    foreign: Error,
    too_new: impl FnOnce(u64) -> Error,
) -> Result<T> {
    // "line L, column C" and "byte N" are the two forms the UI says in the person's language
    // (`placeInFile` in ui/src/lib/api.ts); any other location is a path inside the file.
    let value: Value = serde_json::from_str(text).map_err(|e| Error::InvalidFile {
        location: format!("line {}, column {}", e.line(), e.column()),
        problem: e.to_string(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(format) {
        return Err(foreign);
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(found) if found == version => {}
        Some(found) if found > version => return Err(too_new(found)),
        _ => return Err(Error::InvalidFile { location: "version".to_owned(), problem: format!("must be {version}") }),
    }
    serde_path_to_error::deserialize(value)
        .map_err(|e| Error::InvalidFile { location: e.path().to_string(), problem: e.into_inner().to_string() })
}
