//! Design Lab's core: the domain, its rules, the SQLite store and its backups.
//!
//! Everything that decides what is true lives here and is tested against real database files.
//! The desktop shell and the command line adapt this crate; they hold no rules of their own.
//! This crate must never depend on Tauri or WebKit.

pub mod actions;
pub mod agenda;
mod agenda_history;
pub mod agenda_timing;
pub mod archive;
pub mod backup;
pub mod bindings;
mod challenges;
mod db;
mod drafts;
mod duplicate;
mod error;
pub mod export;
pub mod files;
pub mod groups;
pub mod imports;
pub(crate) mod inputs;
mod labs;
pub mod limits;
pub mod messages;
mod model;
pub mod notes_import;
mod participants;
pub mod report;
mod roles;
pub mod run;
mod sample;
pub mod search;
mod settings;
mod store;
pub mod tags;
pub mod template;
pub mod templates;
pub mod themes;
pub mod toolkit;
pub mod voting;

pub use error::{ApiError, CsvError, CsvName, CsvProblem, Error, ErrorCode, Field, Result};
pub use model::*;
pub use store::Store;
