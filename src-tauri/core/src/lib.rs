//! Design Lab's core: the domain, its rules, the SQLite store and its backups.
//!
//! Everything that decides what is true lives here and is tested against real database files.
//! The desktop shell and the command line adapt this crate; they hold no rules of their own.
//! This crate must never depend on Tauri or WebKit.

pub mod agenda;
pub mod agenda_timing;
pub mod backup;
pub mod bindings;
mod challenges;
mod db;
mod duplicate;
mod error;
mod inputs;
mod labs;
pub mod limits;
mod model;
mod roles;
mod settings;
mod store;
pub mod toolkit;

pub use error::{ApiError, Error, ErrorCode, Field, Result};
pub use model::*;
pub use store::Store;
