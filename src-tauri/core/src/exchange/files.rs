//! Files the user gives and asks for: writing them so that a failure never leaves half a file
//! behind, and reading them (templates, lab archives, spreadsheets of notes) within a size
//! limit, as UTF-8, and as versioned JSON that says what it is.

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;
use ts_rs::TS;

use uuid::Uuid;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{Error, Result};

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

/// Writes `bytes` to a temporary file beside `path`, syncs it, and renames it over `path`, so
/// a full disk or a crash leaves either the old file or the whole new one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
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

/// The bytes of the file at `path`, refused before reading when over `max` bytes.
pub(crate) fn read_at_most(path: &Path, max: u64) -> Result<Vec<u8>> {
    at_most(std::fs::metadata(path)?.len(), max)?;
    Ok(std::fs::read(path)?)
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
