//! Files that carry a lab between laptops and people: the lab archive, notes typed into a
//! spreadsheet, and the safe reading and writing of any file a person gives.

pub mod archive;
pub mod files;
pub mod import;
pub mod notes_from_csv;
