//! A series of labs: a lab can follow an earlier one (one lab per procurement stage, or the same
//! challenge revisited). Following a lab brings its open actions forward, each into the
//! challenge of the same title, as this lab's own actions that remember the one they continue:
//! what the room "agreed last time", whose status this lab then records.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::ids::{ActionId, ChallengeId, LabId, RoleId};
use crate::limits::{self, TITLE_MAX};
use crate::plan::duplicate;
use crate::store::{self, now, timestamp};
use crate::{labs, Error, Field, Lab, Result, Store};

/// A lab as it now follows another: how many of the earlier lab's open actions came forward, and
/// the titles of the earlier lab's challenges whose open actions found no challenge here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SeriesLink {
    pub lab: Lab,
    pub carried: u32,
    pub left_behind: Vec<String>,
}

impl Store {
    /// Starts the next lab in `id`'s series: a duplicate of its plan called `title`, following
    /// it, with its open actions brought forward.
    pub fn start_next_lab(&self, id: LabId, title: &str) -> Result<SeriesLink> {
        let title = limits::required(Field::Title, title, TITLE_MAX)?;
        self.write(|tx| {
            let next = duplicate::duplicate(tx, id, &title)?;
            link(tx, next, Some(id))
        })
    }

    /// Makes the lab `id` follow `earlier`, bringing forward the open actions it has not brought
    /// forward before; or, with none, no lab. Actions already brought forward stay.
    pub fn set_lab_follows(&self, id: LabId, earlier: Option<LabId>) -> Result<SeriesLink> {
        self.write(|tx| {
            labs::ensure_exists(tx, id)?;
            link(tx, id, earlier)
        })
    }
}

fn link(tx: &Transaction<'_>, later: LabId, earlier: Option<LabId>) -> Result<SeriesLink> {
    if let Some(earlier) = earlier {
        labs::ensure_exists(tx, earlier)?;
        // Up the series from the earlier lab: meeting this one would make a loop.
        let mut at = Some(earlier);
        let mut seen = HashSet::new();
        while let Some(lab) = at.filter(|lab| seen.insert(*lab)) {
            if lab == later {
                return Err(Error::SeriesLoop);
            }
            at = tx
                .query_row("SELECT follows_lab_id FROM lab WHERE id = ?1", [lab], |row| row.get::<_, Option<LabId>>(0))
                .optional()?
                .flatten();
        }
    }
    tx.execute(
        "UPDATE lab SET follows_lab_id = ?2, updated_at = ?3 WHERE id = ?1",
        params![later, earlier, timestamp(now())],
    )?;
    let (carried, left_behind) = match earlier {
        Some(earlier) => carry(tx, later, earlier)?,
        None => (0, Vec::new()),
    };
    Ok(SeriesLink { lab: labs::get(tx, later)?, carried, left_behind })
}

/// A title as two labs may spell it: spacing and case aside.
fn folded(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Brings the earlier lab's open actions into `later`, each into the challenge of the same
/// title, owned by the role of the same name, with its due date and goals; not its theme, which
/// is the earlier lab's. An action brought forward before is not brought again.
fn carry(tx: &Transaction<'_>, later: LabId, earlier: LabId) -> Result<(u32, Vec<String>)> {
    let mut challenges: HashMap<String, ChallengeId> = HashMap::new();
    for (id, title) in
        pairs::<ChallengeId>(tx, "SELECT id, title FROM challenge WHERE lab_id = ?1 ORDER BY position", later)?
    {
        challenges.entry(folded(&title)).or_insert(id);
    }
    let mut roles: HashMap<String, RoleId> = HashMap::new();
    for (id, name) in
        pairs::<RoleId>(tx, "SELECT id, name FROM stakeholder_role WHERE lab_id = ?1 AND NOT retired", later)?
    {
        roles.entry(folded(&name)).or_insert(id);
    }
    let already: HashSet<ActionId> = tx
        .prepare("SELECT carried_from FROM lab_action WHERE lab_id = ?1 AND carried_from IS NOT NULL")?
        .query_map([later], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;

    let mut statement = tx.prepare(
        "SELECT a.id, c.title, a.text, r.name, a.due_date FROM lab_action a
         JOIN challenge c ON c.id = a.challenge_id
         LEFT JOIN stakeholder_role r ON r.id = a.owner_role_id
         WHERE a.lab_id = ?1 AND a.status = 'open'
         ORDER BY c.position, a.position",
    )?;
    type Open = (ActionId, String, String, Option<String>, Option<String>);
    let open = statement
        .query_map([earlier], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?)))?
        .collect::<rusqlite::Result<Vec<Open>>>()?;
    let (mut carried, mut left_behind) = (0, Vec::new());
    let at = timestamp(now());
    for (from, challenge, text, owner, due_date) in open {
        if already.contains(&from) {
            continue;
        }
        let Some(&challenge_id) = challenges.get(&folded(&challenge)) else {
            if !left_behind.contains(&challenge) {
                left_behind.push(challenge);
            }
            continue;
        };
        let owner = owner.and_then(|name| roles.get(&folded(&name)).copied());
        let id = ActionId::generate();
        tx.execute(
            &format!(
                "INSERT INTO lab_action (id, lab_id, challenge_id, position, text, owner_role_id, due_date,
                     carried_from, created_at, updated_at)
                 VALUES (?1, ?2, ?3, {position}, ?4, ?5, ?6, ?7, ?8, ?8)",
                position = store::next_position("lab_action", "challenge_id", 3)
            ),
            params![id, later, challenge_id, text, owner, due_date, from, at],
        )?;
        tx.execute(
            "INSERT INTO action_goal (action_id, lab_id, goal) SELECT ?1, ?2, goal FROM action_goal WHERE action_id = ?3",
            params![id, later, from],
        )?;
        carried += 1;
    }
    Ok((carried, left_behind))
}

fn pairs<Id: rusqlite::types::FromSql>(tx: &Transaction<'_>, sql: &str, lab: LabId) -> Result<Vec<(Id, String)>> {
    let mut statement = tx.prepare(sql)?;
    let rows = statement.query_map([lab], |row| Ok((row.get(0)?, row.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
