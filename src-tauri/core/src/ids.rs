//! The id of each kind of row: a UUID v7, stored as its text (the form a person can read in the
//! database file and in a lab archive), and a type of its own, so a role's id cannot be passed
//! where a lab's is wanted. They bind and read as SQL values themselves, and cross IPC as
//! strings.

use std::fmt;
use std::str::FromStr;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::ToSql;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new id, later in order than any made before it.
            pub fn generate() -> $name {
                $name(Uuid::now_v7())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;

            fn from_str(text: &str) -> Result<$name, uuid::Error> {
                Uuid::parse_str(text).map($name)
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.0.to_string()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<$name> {
                value.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }
    )*};
}

ids! {
    /// A lab's id.
    LabId;
    /// A challenge's id.
    ChallengeId;
    /// A stakeholder role's id.
    RoleId;
    /// A breakout group's id.
    GroupId;
    /// A participant's id.
    ParticipantId;
    /// A segment of the agenda's id.
    SegmentId;
    /// A note's id.
    NoteId;
    /// A theme's id.
    ThemeId;
    /// An action's id.
    ActionId;
    /// A saved template's id.
    TemplateId;
    /// The id of a note-taker's device joined through the hub.
    DeviceId;
}
