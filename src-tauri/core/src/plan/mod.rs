//! Before the day: a lab's details, its roles, challenges, breakout groups, participants and
//! agenda; templates to start from, the sample lab, duplicating a lab as the next one, and a
//! series of labs.

pub mod agenda;
pub mod challenges;
mod duplicate;
pub mod groups;
pub mod invitation;
pub mod labs;
pub mod participants;
pub mod roles;
mod sample;
pub mod series;
pub mod templates;
pub mod toolkit;
