//! A lab's participants, if the organisers keep a list: name, organisation, role, and whether
//! they consented to be named. Anything published goes through [`Store::public_participants`],
//! which shows only the role of anyone who did not consent.

use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::{LabId, ParticipantId, RoleId};
use crate::limits::{self, TITLE_MAX};
use crate::store::{self, Part};
use crate::store::{now, timestamp};
use crate::{labs, Field, Result, Store};

/// Someone who came, if the organisers keep a list. Without consent to be named, a
/// participant is only ever shown by role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Participant {
    pub id: ParticipantId,
    pub lab_id: LabId,
    pub name: String,
    pub organisation: String,
    pub role_id: RoleId,
    pub consent_to_be_named: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ParticipantFields {
    pub name: String,
    pub organisation: String,
    pub role_id: RoleId,
    pub consent_to_be_named: bool,
}

/// A participant as anything published may show them: the role always, the name and
/// organisation only with consent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PublicParticipant {
    pub role: String,
    pub name: Option<String>,
    pub organisation: Option<String>,
}

const COLUMNS: &str = "id, lab_id, name, organisation, role_id, consent_to_be_named";

impl Store {
    /// A lab's participants in the order they were added.
    pub fn list_participants(&self, lab_id: LabId) -> Result<Vec<Participant>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            let mut statement =
                conn.prepare(&format!("SELECT {COLUMNS} FROM participant WHERE lab_id = ?1 ORDER BY position"))?;
            let participants = statement.query_map([lab_id], from_row)?.collect::<rusqlite::Result<_>>()?;
            Ok(participants)
        })
    }

    pub fn add_participant(&self, lab_id: LabId, fields: &ParticipantFields) -> Result<Participant> {
        let fields = validate(fields)?;
        let id = ParticipantId::generate();
        self.write(|tx| {
            labs::ensure_exists(tx, lab_id)?;
            store::ensure_in_lab(tx, Part::Role, fields.role_id, lab_id)?;
            tx.execute(
                &format!(
                    "INSERT INTO participant (id, lab_id, position, name, organisation, role_id, consent_to_be_named,
                                          created_at, updated_at)
                 VALUES (?1, ?2, {position},
                         ?3, ?4, ?5, ?6, ?7, ?7)",
                    position = store::next_position("participant", "lab_id", 2)
                ),
                params![
                    id,
                    lab_id,
                    fields.name,
                    fields.organisation,
                    fields.role_id,
                    fields.consent_to_be_named,
                    timestamp(now())
                ],
            )?;
            get(tx, id)
        })
    }

    pub fn update_participant(&self, id: ParticipantId, fields: &ParticipantFields) -> Result<Participant> {
        let fields = validate(fields)?;
        self.write(|tx| {
            let participant = get(tx, id)?;
            store::ensure_in_lab(tx, Part::Role, fields.role_id, participant.lab_id)?;
            tx.execute(
                "UPDATE participant SET name = ?2, organisation = ?3, role_id = ?4, consent_to_be_named = ?5,
                 updated_at = ?6 WHERE id = ?1",
                params![
                    id,
                    fields.name,
                    fields.organisation,
                    fields.role_id,
                    fields.consent_to_be_named,
                    timestamp(now())
                ],
            )?;
            get(tx, id)
        })
    }

    pub fn remove_participant(&self, id: ParticipantId) -> Result<()> {
        self.write(|tx| store::delete_by_id(tx, "participant", "participant", id))
    }

    /// The participants as a report or export may show them: by role, and by name and
    /// organisation only with consent.
    pub fn public_participants(&self, lab_id: LabId) -> Result<Vec<PublicParticipant>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            public(conn, lab_id)
        })
    }
}

/// The participant list as anything published may show it: a name (and organisation) only with
/// consent, otherwise the role alone.
pub(crate) fn public(conn: &Connection, lab_id: LabId) -> Result<Vec<PublicParticipant>> {
    let mut statement = conn.prepare(
        "SELECT r.name,
                CASE WHEN p.consent_to_be_named THEN p.name END,
                CASE WHEN p.consent_to_be_named AND p.organisation <> '' THEN p.organisation END
         FROM participant p JOIN stakeholder_role r ON r.id = p.role_id
         WHERE p.lab_id = ?1 ORDER BY r.position, p.position",
    )?;
    let shown = statement
        .query_map([lab_id], |row| {
            Ok(PublicParticipant { role: row.get(0)?, name: row.get(1)?, organisation: row.get(2)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(shown)
}

fn get(conn: &Connection, id: ParticipantId) -> Result<Participant> {
    store::by_id(conn, &format!("SELECT {COLUMNS} FROM participant"), "id", "participant", id, from_row)
}

fn validate(fields: &ParticipantFields) -> Result<ParticipantFields> {
    Ok(ParticipantFields {
        name: limits::required(Field::Name, &fields.name, TITLE_MAX)?,
        organisation: limits::optional(Field::Organisation, &fields.organisation, TITLE_MAX)?,
        role_id: fields.role_id,
        consent_to_be_named: fields.consent_to_be_named,
    })
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Participant> {
    Ok(store::from_columns!(row, Participant { id, lab_id, name, organisation, role_id, consent_to_be_named }))
}
