//! Duplicating a lab as the start of the next one: its details (but not its date), roles,
//! challenges, agenda and breakout groups (their tables and challenges, not who sat or took
//! notes in them), with links pointing at the new challenges. Nothing that was said is copied,
//! and neither is the participant list.

use std::collections::HashMap;

use rusqlite::{params, Transaction};

use crate::ids::{ChallengeId, GroupId, LabId, RoleId, SegmentId};
use crate::limits::{self, TITLE_MAX};
use crate::store::{now, timestamp};
use crate::{labs, Field, Lab, Result, Store};

impl Store {
    /// Copies the lab `id` into a new lab called `title`, dated by nobody yet.
    pub fn duplicate_lab(&self, id: LabId, title: &str) -> Result<Lab> {
        let title = limits::required(Field::Title, title, TITLE_MAX)?;
        self.write(|tx| {
            let copy = duplicate(tx, id, &title)?;
            labs::get(tx, copy)
        })
    }
}

/// Copies the lab `id` into a new lab called `title` (already checked), returning its id.
pub(crate) fn duplicate(tx: &Transaction<'_>, id: LabId, title: &str) -> Result<LabId> {
    let copy = LabId::generate();
    let at = timestamp(now());
    labs::ensure_exists(tx, id)?;
    tx.execute(
        concat!(
            "INSERT INTO lab (id, title, date, created_at, updated_at, ",
            labs::carried_columns!(),
            ") SELECT ?2, ?3, NULL, ?4, ?4, ",
            labs::carried_columns!(),
            " FROM lab WHERE id = ?1"
        ),
        params![id, copy.to_string(), title, at],
    )?;
    copy_rows(tx, id, copy, &at)?;
    Ok(copy)
}

fn copy_rows(tx: &Transaction<'_>, from: LabId, to: LabId, at: &str) -> Result<()> {
    let roles: Vec<RoleId> = ids(tx, "SELECT id FROM stakeholder_role WHERE lab_id = ?1", from)?;
    for old in roles {
        tx.execute(
            "INSERT INTO stakeholder_role (id, lab_id, name, position, retired)
             SELECT ?2, ?3, name, position, retired FROM stakeholder_role WHERE id = ?1",
            params![old, RoleId::generate(), to],
        )?;
    }

    let mut new_challenge: HashMap<ChallengeId, ChallengeId> = HashMap::new();
    for old in ids(tx, "SELECT id FROM challenge WHERE lab_id = ?1", from)? {
        let new = ChallengeId::generate();
        tx.execute(
            "INSERT INTO challenge (id, lab_id, title, description, stage, prompts, position, created_at, updated_at)
             SELECT ?2, ?3, title, description, stage, prompts, position, ?4, ?4 FROM challenge WHERE id = ?1",
            params![old, new, to, at],
        )?;
        tx.execute(
            "INSERT INTO challenge_other_stage (lab_id, challenge_id, stage, position)
             SELECT ?3, ?2, stage, position FROM challenge_other_stage WHERE challenge_id = ?1",
            params![old, new, to],
        )?;
        new_challenge.insert(old, new);
    }

    for old in ids::<SegmentId>(tx, "SELECT id FROM agenda_segment WHERE lab_id = ?1", from)? {
        let new = SegmentId::generate();
        tx.execute(
            "INSERT INTO agenda_segment (id, lab_id, position, kind, title, minutes, notes, created_at, updated_at)
             SELECT ?2, ?3, position, kind, title, minutes, notes, ?4, ?4 FROM agenda_segment WHERE id = ?1",
            params![old, new, to, at],
        )?;
        for challenge in ids(tx, "SELECT challenge_id FROM agenda_segment_challenge WHERE segment_id = ?1", old)? {
            tx.execute(
                "INSERT INTO agenda_segment_challenge (lab_id, segment_id, challenge_id) VALUES (?1, ?2, ?3)",
                params![to, new, new_challenge[&challenge]],
            )?;
        }
    }
    for old in ids::<GroupId>(tx, "SELECT id FROM breakout_group WHERE lab_id = ?1", from)? {
        let challenge: Option<ChallengeId> =
            tx.query_row("SELECT challenge_id FROM breakout_group WHERE id = ?1", [old], |row| row.get(0))?;
        let new_challenge = challenge.and_then(|id| new_challenge.get(&id));
        tx.execute(
            "INSERT INTO breakout_group (id, lab_id, position, name, location, challenge_id, note_taker, created_at, updated_at)
             SELECT ?2, ?3, position, name, location, ?4, '', ?5, ?5 FROM breakout_group WHERE id = ?1",
            params![old, GroupId::generate(), to, new_challenge, at],
        )?;
    }
    Ok(())
}

fn ids<Id: rusqlite::types::FromSql>(tx: &Transaction<'_>, sql: &str, of: impl rusqlite::ToSql) -> Result<Vec<Id>> {
    let mut statement = tx.prepare(sql)?;
    let ids = statement.query_map([of], |row| row.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}
