//! Before the day: a lab's details, its roles, challenges, breakout groups, participants and
//! agenda; templates to start from, the sample lab, and duplicating a lab as the next one.

pub mod agenda;
pub mod challenges;
mod duplicate;
pub mod groups;
pub mod labs;
pub mod participants;
pub mod roles;
mod sample;
pub mod templates;
pub mod toolkit;
