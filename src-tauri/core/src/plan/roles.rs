//! A lab's stakeholder roles: list, add, rename, reorder, retire, and remove (only while no
//! note uses the role: a role that was used can be retired instead, so it never vanishes
//! from past notes).

use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{LabId, RoleId};
use crate::limits::{self, TITLE_MAX};
use crate::store;
use crate::{labs, Error, Field, Result, Store};

/// A stakeholder role in one lab's editable list. Note is attributed to roles, never names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StakeholderRole {
    pub id: RoleId,
    pub lab_id: LabId,
    pub name: String,
    /// No longer offered for new notes; kept on the notes it was given.
    pub retired: bool,
    /// How many notes are attributed to this role.
    #[ts(type = "number")]
    pub note_count: u64,
    /// How many people on the lab's participant list have this role.
    #[ts(type = "number")]
    pub participant_count: u64,
}

const SELECT: &str = "SELECT r.id, r.lab_id, r.name, r.retired,
        (SELECT count(*) FROM input i WHERE i.lab_id = r.lab_id AND i.role_id = r.id AND i.deleted_at IS NULL),
        (SELECT count(*) FROM participant p WHERE p.lab_id = r.lab_id AND p.role_id = r.id)
    FROM stakeholder_role r";

impl Store {
    /// A lab's roles in their list order.
    pub fn list_roles(&self, lab_id: LabId) -> Result<Vec<StakeholderRole>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            list(conn, lab_id)
        })
    }

    /// Adds a role at the end of the lab's list.
    pub fn add_role(&self, lab_id: LabId, name: &str) -> Result<StakeholderRole> {
        let name = limits::required(Field::Name, name, TITLE_MAX)?;
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            let id = insert(tx, lab_id, &name)?;
            get(tx, id)
        })
    }

    pub fn rename_role(&self, id: RoleId, name: &str) -> Result<StakeholderRole> {
        let name = limits::required(Field::Name, name, TITLE_MAX)?;
        self.write(|tx| match tx.execute("UPDATE stakeholder_role SET name = ?2 WHERE id = ?1", params![id, name])? {
            0 => Err(Error::not_found("role", id)),
            _ => get(tx, id),
        })
    }

    /// Retires a role (it is no longer offered for new notes) or brings it back.
    pub fn set_role_retired(&self, id: RoleId, retired: bool) -> Result<StakeholderRole> {
        self.write(|tx| {
            match tx.execute("UPDATE stakeholder_role SET retired = ?2 WHERE id = ?1", params![id, retired])? {
                0 => Err(Error::not_found("role", id)),
                _ => get(tx, id),
            }
        })
    }

    /// Moves a role to `index` in its lab's list (past the end means last) and returns the list.
    pub fn move_role(&self, id: RoleId, index: usize) -> Result<Vec<StakeholderRole>> {
        self.write(|tx| {
            let role = get(tx, id)?;
            let mut ids: Vec<RoleId> = list(tx, role.lab_id)?.into_iter().map(|r| r.id).filter(|r| *r != id).collect();
            ids.insert(index.min(ids.len()), id);
            let mut statement = tx.prepare("UPDATE stakeholder_role SET position = ?2 WHERE id = ?1")?;
            for (position, id) in (0_i64..).zip(&ids) {
                statement.execute(params![id, position])?;
            }
            list(tx, role.lab_id)
        })
    }

    /// Removes a role that no note or listed participant has; a role in use is refused.
    pub fn remove_role(&self, id: RoleId) -> Result<()> {
        self.write(|tx| {
            let role = get(tx, id)?;
            if role.note_count > 0 {
                return Err(Error::RoleInUse { inputs: role.note_count });
            }
            if role.participant_count > 0 {
                return Err(Error::RoleHasParticipants { participants: role.participant_count });
            }
            // Deleted notes of this role go for good with it.
            tx.execute("DELETE FROM input WHERE role_id = ?1 AND deleted_at IS NOT NULL", [id])?;
            tx.execute("DELETE FROM stakeholder_role WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

/// Appends a role to a lab's list, returning its id.
pub(crate) fn insert(conn: &Connection, lab_id: LabId, name: &str) -> Result<RoleId> {
    let id = RoleId::generate();
    conn.execute(
        &format!(
            "INSERT INTO stakeholder_role (id, lab_id, name, position)
         VALUES (?1, ?2, ?3, {position})",
            position = store::next_position("stakeholder_role", "lab_id", 2)
        ),
        params![id, lab_id, name],
    )?;
    Ok(id)
}

pub(crate) fn list(conn: &Connection, lab_id: LabId) -> Result<Vec<StakeholderRole>> {
    let mut statement = conn.prepare(&format!("{SELECT} WHERE r.lab_id = ?1 ORDER BY r.position"))?;
    let roles = statement.query_map([lab_id], from_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(roles)
}

pub(crate) fn get(conn: &Connection, id: RoleId) -> Result<StakeholderRole> {
    store::by_id(conn, SELECT, "r.id", "role", id, from_row)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<StakeholderRole> {
    Ok(store::from_columns!(row, StakeholderRole {
        id, lab_id, name, retired;
        note_count: row.get::<_, i64>(4)?.unsigned_abs(),
        participant_count: row.get::<_, i64>(5)?.unsigned_abs(),
    }))
}
