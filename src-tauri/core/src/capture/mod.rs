//! During a breakout: notes as they are typed, each attributed to a role, with their drafts,
//! inline tags, history, search and the language each is in.

pub mod devices;
pub mod drafts;
pub mod language;
pub mod notes;
pub mod search;
pub mod tags;
