//! Writing files the user asked for (exports, templates) so that a failure never leaves half a
//! file behind.

use std::io::Write;
use std::path::Path;

use uuid::Uuid;

use crate::Result;

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
