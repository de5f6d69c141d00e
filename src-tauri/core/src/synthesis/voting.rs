//! Prioritising in plenary: each breakout group (or, in a lab without groups, the whole room)
//! gives dots to themes and notes within a budget the facilitator sets, or rates them 1 to 5.
//! Results are ranked. Dots and ratings are kept apart, so switching the method loses neither.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};
use ts_rs::TS;

use crate::ids::{ChallengeId, GroupId, NoteId, ThemeId};
use crate::store::{self, Part};
use crate::{challenges, groups, themes, Error, Field, Result, Store};

/// The budget of a group whose size is known: three dots a person, the usual dot vote.
pub const DOTS_PER_PERSON: u32 = 3;
/// The budget of a group whose size is not known, until the facilitator sets one.
pub const DEFAULT_BUDGET: u32 = 10;
/// The most dots a budget can hold; more is a typing slip.
pub const BUDGET_MAX: u32 = 1_000;
/// The top of the rating scale.
pub const RATING_MAX: u32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum VoteMethod {
    Dots,
    Rating,
}

/// What is voted on: a theme, or a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum VoteTarget {
    Theme { id: ThemeId },
    Note { id: NoteId },
}

/// One who votes: a breakout group, or the whole room (`group_id` none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Voter {
    pub group_id: Option<GroupId>,
    /// Dots this voter may give.
    pub budget: u32,
    /// Dots given so far, or with ratings, how many things were rated.
    pub used: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Vote {
    pub group_id: Option<GroupId>,
    pub target: VoteTarget,
    /// Dots given, or the rating (1 to 5).
    pub value: u32,
}

/// A theme or note among the results, best first. Equal scores share a rank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct VoteResult {
    pub target: VoteTarget,
    pub rank: u32,
    /// Dots in all, or the sum of the ratings.
    pub total: u32,
    /// How many voters gave it dots or a rating.
    pub voters: u32,
    /// With ratings, the mean rating.
    pub mean: Option<f64>,
}

/// A challenge's vote: how it is done, who votes with what budget, and where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Voting {
    pub challenge_id: ChallengeId,
    pub method: VoteMethod,
    pub voters: Vec<Voter>,
    pub votes: Vec<Vote>,
    pub results: Vec<VoteResult>,
}

impl Store {
    pub fn voting(&self, challenge_id: ChallengeId) -> Result<Voting> {
        self.read(|conn| voting(conn, challenge_id))
    }

    /// Switches a challenge between dots and ratings; the votes of each are kept.
    pub fn set_vote_method(&self, challenge_id: ChallengeId, method: VoteMethod) -> Result<Voting> {
        self.write(|tx| {
            challenges::get(tx, challenge_id)?;
            tx.execute(
                "INSERT INTO challenge_voting (challenge_id, method) VALUES (?1, ?2)
                 ON CONFLICT (challenge_id) DO UPDATE SET method = excluded.method",
                params![challenge_id, <&str>::from(method)],
            )?;
            voting(tx, challenge_id)
        })
    }

    /// Sets how many dots a group (or the whole room) may give on a challenge. A budget below
    /// the dots already given is refused: take dots back first.
    pub fn set_vote_budget(&self, challenge_id: ChallengeId, group_id: Option<GroupId>, dots: u32) -> Result<Voting> {
        if dots > BUDGET_MAX {
            return Err(Error::OutOfRange { field: Field::Budget, max: BUDGET_MAX.into(), value: dots.into() });
        }
        self.write(|tx| {
            ensure_voter(tx, challenge_id, group_id)?;
            let given = given(tx, challenge_id, VoteMethod::Dots, group_id, None)?;
            if given > dots {
                return Err(Error::BudgetBelowGiven { budget: dots, given });
            }
            tx.execute(
                "DELETE FROM vote_budget WHERE challenge_id = ?1 AND ifnull(group_id, '') = ?2",
                params![challenge_id, groups::key(group_id)],
            )?;
            tx.execute(
                "INSERT INTO vote_budget (challenge_id, group_id, dots) VALUES (?1, ?2, ?3)",
                params![challenge_id, group_id, dots],
            )?;
            voting(tx, challenge_id)
        })
    }

    /// Sets a group's dots on, or rating of, a theme or note, by the challenge's current
    /// method. Zero takes the vote back.
    pub fn set_vote(
        &self,
        challenge_id: ChallengeId,
        group_id: Option<GroupId>,
        target: VoteTarget,
        value: u32,
    ) -> Result<Voting> {
        self.write(|tx| {
            ensure_voter(tx, challenge_id, group_id)?;
            ensure_target(tx, challenge_id, target)?;
            let method = method(tx, challenge_id)?;
            match method {
                VoteMethod::Rating if value > RATING_MAX => {
                    return Err(Error::OutOfRange { field: Field::Rating, max: RATING_MAX.into(), value: value.into() })
                }
                VoteMethod::Dots if value > 0 => {
                    let budget = budget(tx, challenge_id, group_id)?;
                    let elsewhere = given(tx, challenge_id, method, group_id, Some(target))?;
                    let left = budget.saturating_sub(elsewhere);
                    if value > left {
                        return Err(Error::OverBudget { budget, left, wanted: value });
                    }
                }
                _ => {}
            }
            let (theme_id, input_id) = columns(target);
            tx.execute(
                "DELETE FROM vote WHERE method = ?1 AND ifnull(group_id, '') = ?2 AND ifnull(theme_id, input_id) = ?3",
                params![<&str>::from(method), groups::key(group_id), theme_id.as_ref().or(input_id.as_ref())],
            )?;
            if value > 0 {
                tx.execute(
                    "INSERT INTO vote (challenge_id, method, group_id, theme_id, input_id, value)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![challenge_id, <&str>::from(method), group_id, theme_id, input_id, value],
                )?;
            }
            voting(tx, challenge_id)
        })
    }
}

pub(crate) fn voting(conn: &Connection, challenge_id: ChallengeId) -> Result<Voting> {
    let challenge = challenges::get(conn, challenge_id)?;
    let method = method(conn, challenge_id)?;
    let votes = votes(conn, challenge_id, method)?;
    let groups = groups::list(conn, challenge.lab_id)?;
    // The whole room votes when there are no groups, and stays listed while it has votes.
    let mut voter_ids: Vec<Option<GroupId>> = groups.iter().map(|g| Some(g.id)).collect();
    if groups.is_empty() || votes.iter().any(|v| v.group_id.is_none()) {
        voter_ids.insert(0, None);
    }
    let voters = voter_ids
        .into_iter()
        .map(|group_id| {
            let given: Vec<&Vote> = votes.iter().filter(|v| v.group_id == group_id).collect();
            let used = match method {
                VoteMethod::Dots => given.iter().map(|v| v.value).sum(),
                VoteMethod::Rating => u32::try_from(given.len()).unwrap_or(u32::MAX),
            };
            Ok(Voter { group_id, budget: budget(conn, challenge_id, group_id)?, used })
        })
        .collect::<Result<_>>()?;
    let results = rank(method, &votes);
    Ok(Voting { challenge_id, method, voters, votes, results })
}

/// Results best first: by dots, or by mean rating and then by how many rated it. Equal scores
/// share a rank (1, 2, 2, 4).
fn rank(method: VoteMethod, votes: &[Vote]) -> Vec<VoteResult> {
    let mut tally: Vec<(VoteTarget, u32, u32)> = Vec::new();
    let mut index: HashMap<VoteTarget, usize> = HashMap::new();
    for vote in votes {
        let at = *index.entry(vote.target).or_insert_with(|| {
            tally.push((vote.target, 0, 0));
            tally.len() - 1
        });
        tally[at].1 += vote.value;
        tally[at].2 += 1;
    }
    let mut results: Vec<VoteResult> = tally
        .into_iter()
        .map(|(target, total, voters)| VoteResult {
            target,
            rank: 0,
            total,
            voters,
            mean: (method == VoteMethod::Rating).then(|| f64::from(total) / f64::from(voters)),
        })
        .collect();
    // With ratings, a tie on the mean goes to what more groups rated.
    let key = |r: &VoteResult| match r.mean {
        Some(mean) => (mean, r.voters),
        None => (f64::from(r.total), 0),
    };
    results.sort_by(|a, b| {
        let ((a_score, a_voters), (b_score, b_voters)) = (key(a), key(b));
        b_score.total_cmp(&a_score).then(b_voters.cmp(&a_voters))
    });
    for position in 0..results.len() {
        results[position].rank = match position.checked_sub(1) {
            Some(before) if key(&results[before]) == key(&results[position]) => results[before].rank,
            _ => u32::try_from(position + 1).unwrap_or(u32::MAX),
        };
    }
    results
}

fn method(conn: &Connection, challenge_id: ChallengeId) -> Result<VoteMethod> {
    let method = conn
        .query_row("SELECT method FROM challenge_voting WHERE challenge_id = ?1", [challenge_id], |row| row.get(0))
        .optional()?;
    Ok(method.unwrap_or(VoteMethod::Dots))
}

/// The votes by `method` on themes and notes (deleting a note deletes its votes).
fn votes(conn: &Connection, challenge_id: ChallengeId, method: VoteMethod) -> Result<Vec<Vote>> {
    let mut statement = conn.prepare_cached(
        "SELECT v.group_id, v.theme_id, v.input_id, v.value FROM vote v
         LEFT JOIN breakout_group g ON g.id = v.group_id
         WHERE v.challenge_id = ?1 AND v.method = ?2
         ORDER BY g.position, v.rowid",
    )?;
    let votes = statement
        .query_map(params![challenge_id, <&str>::from(method)], |row| {
            let target = match (row.get(1)?, row.get(2)?) {
                (Some(id), _) => VoteTarget::Theme { id },
                (None, Some(id)) => VoteTarget::Note { id },
                (None, None) => {
                    return Err(rusqlite::Error::InvalidColumnType(1, "target".into(), rusqlite::types::Type::Null))
                }
            };
            Ok(Vote { group_id: row.get(0)?, target, value: row.get(3)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(votes)
}

/// The dots (or ratings) a voter has given, leaving out one target when asked.
fn given(
    conn: &Connection,
    challenge_id: ChallengeId,
    method: VoteMethod,
    group_id: Option<GroupId>,
    except: Option<VoteTarget>,
) -> Result<u32> {
    Ok(votes(conn, challenge_id, method)?
        .iter()
        .filter(|v| v.group_id == group_id && Some(v.target) != except)
        .map(|v| v.value)
        .sum())
}

fn budget(conn: &Connection, challenge_id: ChallengeId, group_id: Option<GroupId>) -> Result<u32> {
    let set: Option<u32> = conn
        .query_row(
            "SELECT dots FROM vote_budget WHERE challenge_id = ?1 AND ifnull(group_id, '') = ?2",
            params![challenge_id, groups::key(group_id)],
            |row| row.get(0),
        )
        .optional()?;
    if let Some(dots) = set {
        return Ok(dots);
    }
    let people: u32 = match group_id {
        Some(group_id) => conn.query_row(
            "SELECT coalesce(sum(participants), 0) FROM breakout_group_role WHERE group_id = ?1",
            [group_id],
            |row| row.get(0),
        )?,
        None => 0,
    };
    Ok(if people > 0 { (people * DOTS_PER_PERSON).min(BUDGET_MAX) } else { DEFAULT_BUDGET })
}

fn ensure_voter(conn: &Connection, challenge_id: ChallengeId, group_id: Option<GroupId>) -> Result<()> {
    let challenge = challenges::get(conn, challenge_id)?;
    match group_id {
        Some(group_id) => store::ensure_in_lab(conn, Part::Group, group_id, challenge.lab_id),
        None => Ok(()),
    }
}

fn ensure_target(conn: &Connection, challenge_id: ChallengeId, target: VoteTarget) -> Result<()> {
    let of = match target {
        VoteTarget::Theme { id } => themes::get(conn, id)?.challenge_id,
        VoteTarget::Note { id } => themes::challenge_of_note(conn, id)?,
    };
    if of != challenge_id {
        return Err(Error::ThemeNotInChallenge);
    }
    Ok(())
}

fn columns(target: VoteTarget) -> (Option<String>, Option<String>) {
    match target {
        VoteTarget::Theme { id } => (Some(id.to_string()), None),
        VoteTarget::Note { id } => (None, Some(id.to_string())),
    }
}
