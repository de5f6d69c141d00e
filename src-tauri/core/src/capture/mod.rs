//! During a breakout: notes as they are typed, each attributed to a role, with their drafts,
//! inline tags, history and search.

pub mod devices;
pub mod drafts;
pub mod notes;
pub mod search;
pub mod tags;
