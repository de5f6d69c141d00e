//! Size limits for user text, checked in the core and backed by CHECK constraints in the schema
//! (migrations/0001_initial.sql). Counted in Unicode scalar values, as SQLite's `length()` does.

use crate::{Error, Field, Result};

/// Titles of labs and challenges, and role names.
pub const TITLE_MAX: usize = 200;
/// One line of text: a venue, an address, the organisers, a prompt, a way of involving workers.
pub const LINE_MAX: usize = 500;
/// Descriptions and the text of a note.
pub const TEXT_MAX: usize = 10_000;

/// How many entries a list field (partner projects, topics) may hold.
pub const LIST_MAX: usize = 30;

/// Trims every entry of a list, drops blank ones, and refuses a list that is too long or an
/// entry longer than `entry_max` characters.
pub fn list(field: Field, values: &[String], entry_max: usize) -> Result<Vec<String>> {
    let entries: Vec<String> = values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).map(str::to_owned).collect();
    if entries.len() > LIST_MAX {
        return Err(Error::OutOfRange { field, max: LIST_MAX as u64, value: entries.len() as u64 });
    }
    entries.iter().try_for_each(|entry| optional(field, entry, entry_max).map(drop))?;
    Ok(entries)
}

/// Trims `value` and refuses it when empty or longer than `max` characters.
pub fn required(field: Field, value: &str, max: usize) -> Result<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(Error::Empty { field });
    }
    optional(field, trimmed, max)
}

/// Trims `value` and refuses it when longer than `max` characters; empty is allowed.
pub fn optional(field: Field, value: &str, max: usize) -> Result<String> {
    let trimmed = value.trim();
    let length = trimmed.chars().count();
    if length > max {
        return Err(Error::TooLong { field, max, length });
    }
    Ok(trimmed.to_owned())
}
