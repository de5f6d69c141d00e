//! The one error type of the core, and of the IPC boundary.
//!
//! It serialises as `{ code, message, field }`: the UI switches on `code` (and `field`) to show
//! a translated message; `message` is an English detail for logs and bug reports.

use serde::{Serialize, Serializer};
use ts_rs::TS;

use crate::store::Part;
use crate::CsvError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Which piece of user input an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Venue,
    Description,
    Text,
    Name,
    Notes,
    Minutes,
    Address,
    Organisers,
    Author,
    PartnerProjects,
    Topics,
    GroundRules,
    Prompts,
    Stages,
    Location,
    NoteTaker,
    Organisation,
    Participants,
    Summary,
    Budget,
    Rating,
}

impl Field {
    /// The field's name as files and the UI spell it (`ground_rules`).
    pub fn key(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }
}

/// What went wrong, as the UI distinguishes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Empty,
    TooLong,
    NotFound,
    RoleNotInLab,
    RoleInUse,
    RoleHasParticipants,
    ChallengeNotInLab,
    GroupNotInLab,
    ThemeNotInChallenge,
    SeriesLoop,
    OverBudget,
    BudgetBelowGiven,
    AmbiguousLab,
    OutOfRange,
    UnknownStage,
    InvalidTime,
    SchemaTooNew,
    DatabaseCorrupt,
    DiskFull,
    Busy,
    Storage,
    Io,
    BackupFailed,
    InvalidFile,
    InvalidCsv,
    NotATemplate,
    TemplateTooNew,
    NotAnArchive,
    ArchiveTooNew,
    FileTooLarge,
    AgendaEmpty,
    RunNotStarted,
    /// A window (the projector) could not be opened or changed; raised by the shell.
    Window,
    /// A device sent no token, or one the hub does not know.
    Unauthorized,
    /// A device tried to join with a wrong secret or PIN.
    WrongCode,
    /// The facilitator revoked the device.
    Revoked,
    /// A device tried to change a note another device or the app took.
    NotYours,
    /// Too many wrong PINs from one address: refused for a while.
    LockedOut,
    /// A request's body is over the hub's limit.
    TooLarge,
    /// A request named a host that is not the hub's address (DNS rebinding).
    BadHost,
    /// A request the hub cannot read: not JSON of the expected shape, or a malformed id.
    BadRequest,
    /// The hub's port is taken on that address.
    AddressInUse,
    /// The hub could not start or stop.
    Hub,
    /// A path that must be a file is a folder, a device or a pipe.
    NotAFile,
    /// The folder a file was to be written into does not exist.
    NoSuchFolder,
    /// An output would have replaced the database, its journal or its backups.
    WouldOverwriteDatabase,
    /// The database is in a place that can only be read: nothing can be changed.
    ReadOnly,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{field:?} must not be empty")]
    Empty { field: Field },
    #[error("{field:?} is {length} characters long; the limit is {max}")]
    TooLong { field: Field, max: usize, length: usize },
    #[error("no {entity} with id {id}")]
    NotFound { entity: &'static str, id: String },
    #[error("the {} does not belong to this lab", part_name(*.0))]
    NotInLab(Part),
    #[error("the role is used by {inputs} input(s) and cannot be removed")]
    RoleInUse { inputs: u64 },
    #[error("{participants} listed participant(s) have this role, so it cannot be removed")]
    RoleHasParticipants { participants: u64 },
    #[error("the theme or note does not belong to this challenge")]
    ThemeNotInChallenge,
    #[error("a lab cannot follow itself, nor a lab that follows it")]
    SeriesLoop,
    #[error("{wanted} dot(s) would go over the budget of {budget}; {left} left")]
    OverBudget { budget: u32, left: u32, wanted: u32 },
    #[error("a budget of {budget} dot(s) is less than the {given} already given")]
    BudgetBelowGiven { budget: u32, given: u32 },
    #[error("several labs are called {reference:?}; use the lab's id")]
    AmbiguousLab { reference: String },
    #[error("{field:?} is {value}; it must be at most {max}")]
    OutOfRange { field: Field, max: u64, value: u64 },
    #[error("unknown procurement stage {0:?}")]
    UnknownStage(String),
    #[error("{0:?} is not a clock time (HH:MM)")]
    InvalidTime(String),
    #[error("the database was written by a newer Design Lab (schema {found}, this version knows {known})")]
    SchemaTooNew { found: usize, known: usize },
    #[error("the database file is damaged or not a Design Lab database: {0}")]
    DatabaseCorrupt(String),
    #[error("database error: {}", sqlite_said(.0))]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration error: {0}")]
    Migration(String),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("backup failed: {0}")]
    BackupFailed(String),
    #[error("at {location}: {problem}")]
    InvalidFile { location: String, problem: String },
    #[error("{0}")]
    InvalidCsv(Box<CsvError>),
    #[error("this is not a Design Lab template")]
    NotATemplate,
    #[error("the template was made by a newer Design Lab (format version {found}, this version reads {known})")]
    TemplateTooNew { found: u64, known: u64 },
    #[error("this is not a Design Lab lab archive")]
    NotAnArchive,
    #[error("the archive was made by a newer Design Lab (format version {found}, this version reads {known})")]
    ArchiveTooNew { found: u64, known: u64 },
    #[error("the file is {size} bytes; the limit is {max}")]
    FileTooLarge { size: u64, max: u64 },
    #[error("the lab has no agenda to run")]
    AgendaEmpty,
    #[error("the lab's run has not been started")]
    RunNotStarted,
    #[error("internal error: {0}")]
    Internal(String),
    #[error("this device has not joined the lab")]
    Unauthorized,
    #[error("the code is not right")]
    WrongCode,
    #[error("this device was removed from the lab by the facilitator")]
    Revoked,
    #[error("the note was taken on another device")]
    NotYours,
    #[error("too many wrong codes; try again in {seconds} seconds")]
    LockedOut { seconds: u64 },
    #[error("the request is over the limit of {max} bytes")]
    TooLarge { max: u64 },
    #[error("the request was addressed to another host")]
    BadHost,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("{0} is in use by another program")]
    AddressInUse(String),
    #[error("the device hub failed: {0}")]
    Hub(String),
    #[error("{path} is not a file (it is {what}); nothing was read or written")]
    NotAFile { path: String, what: &'static str },
    #[error("there is no folder {path} to write into")]
    NoSuchFolder { path: String },
    #[error("{path} is the Design Lab database, its journal or its backups; choose another file")]
    WouldOverwriteDatabase { path: String },
    #[error("the database at {path} can only be read here, so nothing can be changed")]
    ReadOnly { path: String },
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Empty { .. } => ErrorCode::Empty,
            Error::TooLong { .. } => ErrorCode::TooLong,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::NotInLab(Part::Role) => ErrorCode::RoleNotInLab,
            Error::NotInLab(Part::Challenge) => ErrorCode::ChallengeNotInLab,
            Error::NotInLab(Part::Group) => ErrorCode::GroupNotInLab,
            Error::RoleInUse { .. } => ErrorCode::RoleInUse,
            Error::RoleHasParticipants { .. } => ErrorCode::RoleHasParticipants,
            Error::ThemeNotInChallenge => ErrorCode::ThemeNotInChallenge,
            Error::SeriesLoop => ErrorCode::SeriesLoop,
            Error::OverBudget { .. } => ErrorCode::OverBudget,
            Error::BudgetBelowGiven { .. } => ErrorCode::BudgetBelowGiven,
            Error::AmbiguousLab { .. } => ErrorCode::AmbiguousLab,
            Error::OutOfRange { .. } => ErrorCode::OutOfRange,
            Error::UnknownStage(_) => ErrorCode::UnknownStage,
            Error::InvalidTime(_) => ErrorCode::InvalidTime,
            Error::SchemaTooNew { .. } => ErrorCode::SchemaTooNew,
            Error::DatabaseCorrupt(_) => ErrorCode::DatabaseCorrupt,
            Error::Sqlite(e) => sqlite_code(e),
            Error::Migration(_) => ErrorCode::Storage,
            Error::Io(e) if e.kind() == std::io::ErrorKind::StorageFull => ErrorCode::DiskFull,
            Error::Io(_) => ErrorCode::Io,
            Error::BackupFailed(_) => ErrorCode::BackupFailed,
            Error::Internal(_) => ErrorCode::Storage,
            Error::InvalidFile { .. } => ErrorCode::InvalidFile,
            Error::InvalidCsv(_) => ErrorCode::InvalidCsv,
            Error::NotATemplate => ErrorCode::NotATemplate,
            Error::TemplateTooNew { .. } => ErrorCode::TemplateTooNew,
            Error::NotAnArchive => ErrorCode::NotAnArchive,
            Error::ArchiveTooNew { .. } => ErrorCode::ArchiveTooNew,
            Error::FileTooLarge { .. } => ErrorCode::FileTooLarge,
            Error::AgendaEmpty => ErrorCode::AgendaEmpty,
            Error::RunNotStarted => ErrorCode::RunNotStarted,
            Error::Unauthorized => ErrorCode::Unauthorized,
            Error::WrongCode => ErrorCode::WrongCode,
            Error::Revoked => ErrorCode::Revoked,
            Error::NotYours => ErrorCode::NotYours,
            Error::LockedOut { .. } => ErrorCode::LockedOut,
            Error::TooLarge { .. } => ErrorCode::TooLarge,
            Error::BadHost => ErrorCode::BadHost,
            Error::BadRequest(_) => ErrorCode::BadRequest,
            Error::AddressInUse(_) => ErrorCode::AddressInUse,
            Error::Hub(_) => ErrorCode::Hub,
            Error::NotAFile { .. } => ErrorCode::NotAFile,
            Error::NoSuchFolder { .. } => ErrorCode::NoSuchFolder,
            Error::WouldOverwriteDatabase { .. } => ErrorCode::WouldOverwriteDatabase,
            Error::ReadOnly { .. } => ErrorCode::ReadOnly,
        }
    }

    pub fn field(&self) -> Option<Field> {
        match self {
            Error::Empty { field } | Error::TooLong { field, .. } | Error::OutOfRange { field, .. } => Some(*field),
            _ => None,
        }
    }

    /// Where in a file the problem is, for errors about a file's content.
    pub fn location(&self) -> Option<String> {
        match self {
            Error::InvalidFile { location, .. } => Some(location.clone()),
            _ => None,
        }
    }

    /// The file or folder the error is about.
    pub fn path(&self) -> Option<String> {
        match self {
            Error::NotAFile { path, .. }
            | Error::NoSuchFolder { path }
            | Error::WouldOverwriteDatabase { path }
            | Error::ReadOnly { path } => Some(path.clone()),
            _ => None,
        }
    }

    /// What a person reads: one line of at most [`crate::brief::MESSAGE_MAX`] characters,
    /// quoting at most the start of a refused value, with no SQL in it.
    pub fn brief(&self) -> String {
        crate::brief::one_line(&self.to_string())
    }

    pub(crate) fn not_found(entity: &'static str, id: impl ToString) -> Self {
        Error::NotFound { entity, id: id.to_string() }
    }
}

fn sqlite_code(error: &rusqlite::Error) -> ErrorCode {
    use rusqlite::ffi::ErrorCode as Sqlite;
    match error.sqlite_error_code() {
        Some(Sqlite::DiskFull) => ErrorCode::DiskFull,
        Some(Sqlite::DatabaseBusy | Sqlite::DatabaseLocked) => ErrorCode::Busy,
        Some(Sqlite::DatabaseCorrupt | Sqlite::NotADatabase) => ErrorCode::DatabaseCorrupt,
        Some(Sqlite::ReadOnly) => ErrorCode::ReadOnly,
        _ => ErrorCode::Storage,
    }
}

/// What SQLite said, in words for a person: a broken rule names the column it guards, never
/// the SQL of the rule.
pub(crate) fn sqlite_said(error: &rusqlite::Error) -> String {
    use rusqlite::ffi::ErrorCode as Sqlite;
    if matches!(error.sqlite_error_code(), Some(Sqlite::DatabaseBusy | Sqlite::DatabaseLocked)) {
        return format!(
            "another program is using the database and did not let go within {} s, so nothing was saved; \
             try again once it has finished",
            crate::store::BUSY_TIMEOUT.as_secs()
        );
    }
    match constraint(error) {
        Some((rule, column)) => {
            let column = column.map(|c| format!(" ({c})")).unwrap_or_default();
            format!("a value breaks the database's rule{column}: {rule}")
        }
        None => error.to_string(),
    }
}

/// For a broken constraint: what kind of rule it was, and the column it names, when SQLite's
/// message names one (`NOT NULL constraint failed: input.text`, `cannot store TEXT value in
/// INTEGER column input.position`, `CHECK constraint failed: length(text) <= 10000`).
pub(crate) fn constraint(error: &rusqlite::Error) -> Option<(&'static str, Option<String>)> {
    use rusqlite::ffi;
    let rusqlite::Error::SqliteFailure(failure, message) = error else { return None };
    if failure.code != ffi::ErrorCode::ConstraintViolation {
        return None;
    }
    let message = message.as_deref().unwrap_or_default();
    let rule = match failure.extended_code {
        ffi::SQLITE_CONSTRAINT_NOTNULL => "it must not be missing",
        ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => "it appears twice",
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY => "it points at something that is not there",
        ffi::SQLITE_CONSTRAINT_DATATYPE => "it is of the wrong type",
        ffi::SQLITE_CONSTRAINT_CHECK => "it is empty, too long, or not one of the values allowed",
        _ => "it is not allowed",
    };
    // `table.column` after the colon (or at the end) names the column; a CHECK's expression
    // names it as the first word that reads as one.
    let column = match failure.extended_code {
        ffi::SQLITE_CONSTRAINT_CHECK => {
            let expression = message.split_once(':').map(|(_, e)| e).unwrap_or_default();
            expression
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .find(|word| word.starts_with(|c: char| c.is_ascii_lowercase()) && !SQL_WORDS.contains(word))
                .map(str::to_owned)
        }
        _ => message.rsplit([' ', ',']).find_map(|word| word.split_once('.').map(|(_, column)| column.to_owned())),
    };
    Some((rule, column))
}

/// Functions and keywords a CHECK expression uses before the column it guards.
const SQL_WORDS: [&str; 6] = ["length", "trim", "json_valid", "json_type", "typeof", "abs"];

/// The longest location in a file an error names, in characters (a column's name comes from
/// the file, and may be anything).
const LOCATION_MAX: usize = 120;

/// The shape the UI receives for every failed command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<Field>,
    /// Where in an imported file the problem is, such as `agenda[2].minutes`.
    pub location: Option<String>,
    /// What is wrong in a spreadsheet of notes, for the UI to word in either language.
    pub csv: Option<Box<CsvError>>,
    /// The file or folder the error is about, as the person named it.
    pub path: Option<String>,
}

impl From<&Error> for ApiError {
    /// Every error that reaches a person passes here, and is logged: its code and field, never
    /// its message, which may quote what someone typed.
    fn from(error: &Error) -> Self {
        log::warn!(
            "refused: {:?}{}",
            error.code(),
            error.field().map(|f| format!(" ({})", f.key())).unwrap_or_default()
        );
        // A problem in a file travels with its location beside it, not inside the message.
        let message = match error {
            Error::InvalidFile { problem, .. } => crate::brief::one_line(problem),
            other => other.brief(),
        };
        let csv = match error {
            Error::InvalidCsv(csv) => Some(csv.clone()),
            _ => None,
        };
        ApiError {
            code: error.code(),
            message,
            field: error.field(),
            location: error.location().map(|l| crate::brief::clip(&l, LOCATION_MAX)),
            csv,
            path: error.path(),
        }
    }
}

impl Serialize for Error {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        ApiError::from(self).serialize(serializer)
    }
}

impl From<Error> for ApiError {
    fn from(error: Error) -> Self {
        ApiError::from(&error)
    }
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Role => "role",
        Part::Challenge => "challenge",
        Part::Group => "breakout group",
    }
}
