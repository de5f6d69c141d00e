//! What a lab's notes, themes and actions speak to, in the terms Welsh public bodies report in:
//! the seven well-being goals and the five ways of working of the Well-being of Future
//! Generations (Wales) Act 2015, and the duties of the Social Partnership and Public Procurement
//! (Wales) Act 2023 that a procurement lab talks about. Their names, in English and Welsh as the
//! Acts and the Welsh Government write them, are Fluent messages `goal-{key}`.

use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};
use ts_rs::TS;

use crate::events::{Change, NotesChanged};
use crate::ids::{ActionId, LabId, NoteId, ThemeId};
use crate::store::{now, timestamp};
use crate::{Error, Result, Store};

/// One entry of the catalogue, in the order the Acts list them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    TS,
    EnumString,
    IntoStaticStr,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Goal {
    // The well-being goals, s.4 of the 2015 Act (Table 1).
    Prosperous,
    Resilient,
    Healthier,
    MoreEqual,
    CohesiveCommunities,
    VibrantCulture,
    GloballyResponsible,
    // The ways of working: what s.5(2)(a)–(e) of the 2015 Act asks a body to take account of,
    // by the names the statutory guidance gives them.
    LongTerm,
    Integration,
    Involvement,
    Collaboration,
    Prevention,
    // Duties of the 2023 Act: s.16 social partnership, s.20 fair work (which amends the first
    // goal to "fair work"), s.24 socially responsible procurement.
    SocialPartnership,
    FairWork,
    SociallyResponsibleProcurement,
}

/// Which list of the catalogue an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, IntoStaticStr, VariantArray)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum GoalFamily {
    WellbeingGoal,
    WayOfWorking,
    ProcurementDuty,
}

impl Goal {
    pub fn key(self) -> &'static str {
        self.into()
    }

    pub fn family(self) -> GoalFamily {
        use Goal::*;
        match self {
            Prosperous | Resilient | Healthier | MoreEqual | CohesiveCommunities | VibrantCulture
            | GloballyResponsible => GoalFamily::WellbeingGoal,
            LongTerm | Integration | Involvement | Collaboration | Prevention => GoalFamily::WayOfWorking,
            SocialPartnership | FairWork | SociallyResponsibleProcurement => GoalFamily::ProcurementDuty,
        }
    }

    /// The Fluent message holding its official name.
    pub fn message(self) -> String {
        format!("goal-{}", self.key())
    }
}

impl GoalFamily {
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The Fluent message holding the list's heading.
    pub fn message(self) -> String {
        format!("goal-family-{}", self.key())
    }
}

/// What carries goals: a note, a theme or an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "id", rename_all = "snake_case")]
pub enum GoalTarget {
    Note(NoteId),
    Theme(ThemeId),
    Action(ActionId),
}

impl GoalTarget {
    /// The goal table, its column naming the target, the target's own table and the entity
    /// named when it is not there.
    fn tables(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            GoalTarget::Note(_) => ("input_goal", "input_id", "input", "input"),
            GoalTarget::Theme(_) => ("theme_goal", "theme_id", "theme", "theme"),
            GoalTarget::Action(_) => ("action_goal", "action_id", "lab_action", "action"),
        }
    }

    fn id(self) -> String {
        match self {
            GoalTarget::Note(id) => id.to_string(),
            GoalTarget::Theme(id) => id.to_string(),
            GoalTarget::Action(id) => id.to_string(),
        }
    }
}

impl Store {
    /// Sets what a note, theme or action speaks to, replacing what it had, in one transaction.
    /// Returns the goals as stored, in the catalogue's order.
    pub fn set_goals(&self, target: GoalTarget, goals: &[Goal]) -> Result<Vec<Goal>> {
        let (goals, announce) = self.write(|tx| {
            let lab_id = set(tx, target, goals)?;
            let announce = match target {
                GoalTarget::Note(id) => {
                    Some(NotesChanged { lab_id, challenge_id: crate::notes::get_any(tx, id)?.challenge_id })
                }
                _ => None,
            };
            Ok((of(tx, target)?, announce))
        })?;
        if let Some(changed) = announce {
            self.announce(Change::Notes(changed));
        }
        Ok(goals)
    }
}

/// Replaces the goals of `target`, returning the lab it is in. Its edit time moves too, so a lab
/// archive carries the change to other laptops.
pub(crate) fn set(conn: &Connection, target: GoalTarget, goals: &[Goal]) -> Result<LabId> {
    let (table, column, owner, entity) = target.tables();
    let id = target.id();
    let deleted = if owner == "input" { " AND deleted_at IS NULL" } else { "" };
    let lab_id: LabId = conn
        .query_row(&format!("SELECT lab_id FROM {owner} WHERE id = ?1{deleted}"), [&id], |row| row.get(0))
        .map_err(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Error::not_found(entity, &id),
            other => other.into(),
        })?;
    conn.execute(&format!("DELETE FROM {table} WHERE {column} = ?1"), [&id])?;
    let mut insert =
        conn.prepare_cached(&format!("INSERT OR IGNORE INTO {table} ({column}, lab_id, goal) VALUES (?1, ?2, ?3)"))?;
    for goal in goals {
        insert.execute(params![id, lab_id, goal])?;
    }
    conn.execute(&format!("UPDATE {owner} SET updated_at = ?2 WHERE id = ?1"), params![id, timestamp(now())])?;
    Ok(lab_id)
}

/// The goals of `target`, in the catalogue's order.
pub(crate) fn of(conn: &Connection, target: GoalTarget) -> Result<Vec<Goal>> {
    let (table, column, _, _) = target.tables();
    let mut statement = conn.prepare_cached(&format!("SELECT goal FROM {table} WHERE {column} = ?1"))?;
    let mut goals = statement.query_map([target.id()], |row| row.get(0))?.collect::<rusqlite::Result<Vec<Goal>>>()?;
    goals.sort();
    Ok(goals)
}

/// Goals stored as a JSON array of keys, in the catalogue's order.
pub(crate) fn list_at(row: &Row<'_>, column: usize) -> rusqlite::Result<Vec<Goal>> {
    let mut goals = crate::store::list_at(row, column)?
        .iter()
        .map(|key| key.parse::<Goal>().map_err(|e| crate::store::conversion_error(column, e)))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    goals.sort();
    Ok(goals)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_has_seven_goals_five_ways_of_working_and_three_duties() {
        let count = |family: GoalFamily| Goal::VARIANTS.iter().filter(|goal| goal.family() == family).count();
        assert_eq!(count(GoalFamily::WellbeingGoal), 7);
        assert_eq!(count(GoalFamily::WayOfWorking), 5);
        assert_eq!(count(GoalFamily::ProcurementDuty), 3);
        assert_eq!(Goal::MoreEqual.key(), "more_equal");
        assert_eq!("fair_work".parse::<Goal>().ok(), Some(Goal::FairWork));
    }
}
