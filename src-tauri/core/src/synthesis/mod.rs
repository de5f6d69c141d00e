//! In plenary: notes grouped into themes, prioritised by dot voting or rating, and the actions
//! the room agrees.

pub mod actions;
pub mod goals;
pub mod suggest;
pub mod themes;
pub mod voting;
