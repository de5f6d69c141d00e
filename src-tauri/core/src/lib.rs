//! Design Lab's core: the domain, its rules, the SQLite store and its backups.
//!
//! Everything that decides what is true lives here and is tested against real database files.
//! The desktop shell and the command line adapt this crate; they hold no rules of their own.
//! This crate must never depend on Tauri or WebKit.
//!
//! Its folders follow the phases of a lab, over the store:
//!
//! | folder | what a lab does there |
//! | --- | --- |
//! | `store/` | opening the database, migrations, row helpers, backups, settings |
//! | `plan/` | labs, roles, challenges, groups, participants, the agenda (timing, undo), templates, the sample |
//! | `capture/` | notes, drafts, tags, search |
//! | `run.rs` | running the agenda live |
//! | `synthesis/` | themes, voting, actions, well-being goals |
//! | `report/` | what may be published, and every export format |
//! | `exchange/` | the lab archive, notes from CSV, files people give |
//!
//! A domain type lives beside the code that stores it, and is re-exported here, so outside
//! paths stay short (`designlab_core::Lab`, `designlab_core::themes::ThemeFields`).
//! `CONTRIBUTING.md` at the repository's root has the recipes: a table, a field, a command, a
//! message.

pub mod bindings;
pub mod brief;
pub mod capture;
pub mod clock;
mod error;
pub mod events;
pub mod exchange;
pub mod ids;
pub mod limits;
pub mod plan;
pub mod report;
pub mod run;
pub mod store;
pub mod synthesis;

// Short paths for the shell, the command line and the tests.
pub use capture::devices::{Device, DeviceNote, DeviceSettings, LabSummary, LabView, SegmentNow};
pub use capture::notes::{NewNote, Note, NoteEdit, NoteKind, NoteRevision, RevisionChange};
pub use capture::{devices, drafts, language, notes, search, tags};
pub use error::{ApiError, Error, ErrorCode, Field, Result};
pub use events::{Change, DevicesChanged, NotesChanged};
pub use exchange::files::SaveDialog;
pub use exchange::notes_from_csv::{CsvError, CsvName, CsvProblem};
pub use exchange::{archive, files, import, notes_from_csv};
pub use ids::{
    ActionId, ChallengeId, DeviceId, GroupId, LabId, NoteId, ParticipantId, RoleId, SegmentId, TemplateId, ThemeId,
};
pub use plan::agenda::{Agenda, Segment, SegmentFields, SegmentKind};
pub use plan::challenges::{Challenge, ChallengeFields};
pub use plan::groups::{BreakoutGroup, BreakoutGroupFields, RoleCount};
pub use plan::labs::{Category, Lab, LabFields};
pub use plan::participants::{Participant, ParticipantFields, PublicParticipant};
pub use plan::roles::StakeholderRole;
pub use plan::series::SeriesLink;
pub use plan::toolkit::{Language, Stage};
pub use plan::{agenda, challenges, groups, invitation, labs, participants, roles, series, templates, toolkit};
pub use report::{export, messages};
pub use store::{backup, instance, restore, Store};
pub use synthesis::goals::{Goal, GoalFamily, GoalTarget};
pub use synthesis::suggest::{SharedWord, ThemeSuggestion};
pub use synthesis::{actions, goals, suggest, themes, voting};
