//! Actions: the next steps a lab agrees, each with the role that owns it, a due date and the
//! theme it comes from, and later what became of it: open, done or dropped, with a note and
//! the day that was said.

use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use strum::{EnumString, IntoStaticStr};

use crate::goals::{self, Goal};
use crate::ids::{ActionId, ChallengeId, LabId, RoleId, ThemeId};
use crate::limits;
use crate::store::{self, Part};
use crate::store::{now, parsed_at, timestamp};
use crate::{challenges, themes, Error, Field, Result, Store};

/// An action is a sentence or two.
pub const ACTION_MAX: usize = 2_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Action {
    pub id: ActionId,
    pub lab_id: LabId,
    pub challenge_id: ChallengeId,
    pub text: String,
    pub owner_role_id: Option<RoleId>,
    #[ts(type = "string | null")]
    pub due_date: Option<NaiveDate>,
    pub theme_id: Option<ThemeId>,
    pub status: ActionStatus,
    /// What became of it, in a sentence or two.
    pub status_note: String,
    /// The day, on the venue's calendar, the status was last set; none while it never was.
    #[ts(type = "string | null")]
    pub status_on: Option<NaiveDate>,
    /// For an action brought forward from the earlier lab in a series, the action it continues
    /// there: "agreed last time".
    pub carried_from: Option<ActionId>,
    /// What it speaks to among the well-being goals, ways of working and procurement duties.
    pub goals: Vec<Goal>,
}

/// Whether an action is still to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ActionStatus {
    Open,
    Done,
    Dropped,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionFields {
    pub text: String,
    pub owner_role_id: Option<RoleId>,
    #[ts(type = "string | null")]
    pub due_date: Option<NaiveDate>,
    pub theme_id: Option<ThemeId>,
}

const COLUMNS: &str =
    "id, lab_id, challenge_id, text, owner_role_id, due_date, theme_id, status, status_note, status_on,
    carried_from, (SELECT json_group_array(goal) FROM action_goal g WHERE g.action_id = lab_action.id)";

impl Store {
    /// A challenge's actions in the order they were agreed.
    pub fn list_actions(&self, challenge_id: ChallengeId) -> Result<Vec<Action>> {
        self.read(|conn| {
            challenges::get(conn, challenge_id)?;
            list(conn, challenge_id)
        })
    }

    pub fn add_action(&self, challenge_id: ChallengeId, fields: &ActionFields) -> Result<Action> {
        let text = limits::required(Field::Text, &fields.text, ACTION_MAX)?;
        self.write(|tx| {
            let challenge = challenges::get(tx, challenge_id)?;
            ensure_links(tx, challenge.lab_id, challenge_id, fields)?;
            let id = ActionId::generate();
            tx.execute(
                &format!(
                    "INSERT INTO lab_action (id, lab_id, challenge_id, position, text, created_at, updated_at)
                 VALUES (?1, ?2, ?3, {position},
                         ?4, ?5, ?5)",
                    position = store::next_position("lab_action", "challenge_id", 3)
                ),
                params![id, challenge.lab_id, challenge_id, text, timestamp(now())],
            )?;
            write_fields(tx, id, &text, fields)?;
            get(tx, id)
        })
    }

    pub fn update_action(&self, id: ActionId, fields: &ActionFields) -> Result<Action> {
        let text = limits::required(Field::Text, &fields.text, ACTION_MAX)?;
        self.write(|tx| {
            let action = get(tx, id)?;
            ensure_links(tx, action.lab_id, action.challenge_id, fields)?;
            write_fields(tx, id, &text, fields)?;
            get(tx, id)
        })
    }

    /// Says what became of an action: its status, a note, and (as the day this is said) when.
    pub fn set_action_status(&self, id: ActionId, status: ActionStatus, note: &str) -> Result<Action> {
        let note = limits::optional(Field::Notes, note, ACTION_MAX)?;
        self.write(|tx| {
            let today = self.clock().local(now()).date();
            let changed = tx.execute(
                "UPDATE lab_action SET status = ?2, status_note = ?3, status_on = ?4, updated_at = ?5 WHERE id = ?1",
                params![id, status, note, today.to_string(), timestamp(now())],
            )?;
            if changed == 0 {
                return Err(Error::not_found("action", id));
            }
            get(tx, id)
        })
    }

    pub fn remove_action(&self, id: ActionId) -> Result<()> {
        self.write(|tx| store::delete_by_id(tx, "lab_action", "action", id))
    }
}

pub(crate) fn list(conn: &Connection, challenge_id: ChallengeId) -> Result<Vec<Action>> {
    let mut statement =
        conn.prepare(&format!("SELECT {COLUMNS} FROM lab_action WHERE challenge_id = ?1 ORDER BY position"))?;
    let actions = statement.query_map([challenge_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(actions)
}

/// Writes what an action says, who owns it, when it is due and where it comes from.
fn write_fields(conn: &Connection, id: ActionId, text: &str, fields: &ActionFields) -> Result<()> {
    conn.execute(
        "UPDATE lab_action SET text = ?2, owner_role_id = ?3, due_date = ?4, theme_id = ?5, updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            text,
            fields.owner_role_id,
            fields.due_date.map(|d| d.to_string()),
            fields.theme_id,
            timestamp(now()),
        ],
    )?;
    Ok(())
}

/// The owner must be a role of the lab, the theme one of the challenge.
fn ensure_links(conn: &Connection, lab_id: LabId, challenge_id: ChallengeId, fields: &ActionFields) -> Result<()> {
    if let Some(role_id) = fields.owner_role_id {
        store::ensure_in_lab(conn, Part::Role, role_id, lab_id)?;
    }
    if let Some(theme_id) = fields.theme_id {
        if themes::get(conn, theme_id)?.challenge_id != challenge_id {
            return Err(Error::ThemeNotInChallenge);
        }
    }
    Ok(())
}

fn get(conn: &Connection, id: ActionId) -> Result<Action> {
    store::by_id(conn, &format!("SELECT {COLUMNS} FROM lab_action"), "id", "action", id, from_row)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Action> {
    Ok(store::from_columns!(row, Action {
        id, lab_id, challenge_id, text, owner_role_id;
        due_date: row.get::<_, Option<String>>(5)?.map(|_| parsed_at(row, 5)).transpose()?,
        theme_id: row.get(6)?,
        status: row.get(7)?,
        status_note: row.get(8)?,
        status_on: row.get::<_, Option<String>>(9)?.map(|_| parsed_at(row, 9)).transpose()?,
        carried_from: row.get(10)?,
        goals: goals::list_at(row, 11)?,
    }))
}
