//! Files brought into the app: a lab archive, merged by id, or a CSV of notes for one lab.

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::archive::ImportSummary;
use crate::ids::LabId;
use crate::{Error, Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    /// A lab archive, as the JSON export writes it.
    Archive,
    /// Notes typed into a spreadsheet, saved as CSV.
    NotesCsv,
}

impl ImportKind {
    /// What a file holds, by its first characters: an archive is a JSON object; anything else
    /// is read as CSV (whose own checks then say what is wrong with it).
    pub fn of_file(path: &Path) -> Result<ImportKind> {
        let mut start = [0_u8; 256];
        let read = crate::files::open_regular(path)?.read(&mut start)?;
        let text = String::from_utf8_lossy(&start[..read]);
        let text = text.trim_start_matches('\u{feff}').trim_start();
        Ok(if text.starts_with('{') { ImportKind::Archive } else { ImportKind::NotesCsv })
    }
}

impl Store {
    /// Imports the file at `path`. An archive merges into its own lab (which, with `lab_id`,
    /// must be that lab); a CSV's notes go into `lab_id`, which it needs.
    pub fn import_file(&self, kind: ImportKind, path: &Path, lab_id: Option<LabId>) -> Result<ImportSummary> {
        let imported = self.import_file_of_kind(kind, path, lab_id);
        // Counts and ids only: a log never holds what people said or the lab's title.
        match &imported {
            Ok(s) => log::info!(
                "imported {kind:?} into lab {}: {} added ({} notes), {} updated, {} unchanged",
                s.lab_id,
                s.added,
                s.notes_added,
                s.updated,
                s.unchanged
            ),
            Err(error) => log::warn!("import of {kind:?} refused: {:?}", error.code()),
        }
        imported
    }

    fn import_file_of_kind(&self, kind: ImportKind, path: &Path, lab_id: Option<LabId>) -> Result<ImportSummary> {
        match (kind, lab_id) {
            (ImportKind::Archive, _) => self.import_archive(path, lab_id),
            (ImportKind::NotesCsv, Some(lab_id)) => self.import_notes_csv(lab_id, path),
            (ImportKind::NotesCsv, None) => Err(Error::InvalidFile {
                location: path.display().to_string(),
                problem: "a CSV of notes needs a lab to go into".to_owned(),
            }),
        }
    }
}
