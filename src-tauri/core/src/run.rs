//! Running a lab live: the current segment and its clock, pause, extend, skip and go back, and
//! the rest of the agenda re-timed from now. The clock is stored as wall-clock instants (when
//! it last resumed, and the time used before that), so reopening the app after a crash resumes
//! the running segment with the right time left. What actually happened to each segment is
//! kept for the report.

use chrono::{DateTime, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};
use ts_rs::TS;

use crate::clock::Clock;
use crate::ids::{LabId, SegmentId};
use crate::store::{now, timestamp, timestamp_at};
use crate::{agenda, labs, Error, Result, Segment, Store};

/// The most a segment can be extended by, in all: a day.
pub const EXTEND_MAX_SECONDS: i64 = 24 * 60 * 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, EnumString, IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RunStatus {
    Running,
    Paused,
    Finished,
}

/// What the facilitator asks of the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RunAction {
    /// Start from the first segment. Does nothing to a run already started, so a stray key
    /// press can never wipe the day's record.
    Start,
    /// Start again from the first segment, forgetting the times recorded so far.
    Restart,
    Pause,
    Resume,
    /// Give the current segment more time.
    Extend {
        minutes: u32,
    },
    /// End the current segment and start the next (the last one ends the lab).
    Next,
    /// Go back to the segment before, which continues with the time it had left.
    Previous,
}

/// Where a segment stands in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RunPhase {
    Done,
    Current,
    Upcoming,
}

/// One segment's times on the day: what happened for those done, a projection from now for
/// the rest. Clock times are the venue's, `HH:MM`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RunSlot {
    pub segment_id: SegmentId,
    pub phase: RunPhase,
    pub starts: String,
    pub ends: String,
    /// How long it actually ran, for a segment that is done.
    pub actual_minutes: Option<u32>,
}

/// The run as the run view and the projector show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct RunState {
    pub lab_id: LabId,
    pub status: RunStatus,
    /// The current segment's place in the agenda (the last one once the lab is finished).
    pub current: Option<u32>,
    /// The current segment's planned length with its extensions, in seconds.
    #[ts(type = "number")]
    pub allowed_seconds: i64,
    /// Seconds it has left; negative once it overruns.
    #[ts(type = "number")]
    pub remaining_seconds: i64,
    /// When this state was worked out, so a view can count down from it.
    pub at: DateTime<Utc>,
    pub slots: Vec<RunSlot>,
    /// When the lab will end at this rate, `HH:MM`.
    pub projected_end: Option<String>,
    /// How far past the lab's planned end that is, in minutes (negative: early).
    #[ts(type = "number | null")]
    pub overrun_minutes: Option<i64>,
}

impl Store {
    /// The lab's run, or `None` if it was never started.
    pub fn run_state(&self, lab_id: LabId) -> Result<Option<RunState>> {
        self.read(|conn| {
            labs::ensure_exists(conn, lab_id)?;
            state(conn, lab_id, self.clock())
        })
    }

    /// Does what the facilitator asked and returns the run as it now is.
    pub fn run_action(&self, lab_id: LabId, action: RunAction) -> Result<RunState> {
        self.write(|tx| {
            let now = now();
            labs::ensure_exists(tx, lab_id)?;
            let segments = agenda::read(tx, lab_id)?.segments;
            if segments.is_empty() {
                return Err(Error::AgendaEmpty);
            }
            let run = load(tx, lab_id)?;
            match (action, run) {
                (RunAction::Start, None) | (RunAction::Restart, _) => start(tx, lab_id, &segments[0], now)?,
                (RunAction::Start, Some(_)) => {}
                (_, None) => return Err(Error::RunNotStarted),
                (_, Some(run)) => apply(tx, &run, action, &segments, now)?,
            }
            state(tx, lab_id, self.clock())?.ok_or(Error::RunNotStarted)
        })
    }
}

/// A lab's row in `lab_run`.
struct Run {
    lab_id: LabId,
    segment_id: Option<SegmentId>,
    status: RunStatus,
    resumed_at: Option<DateTime<Utc>>,
    started_at: DateTime<Utc>,
}

/// A segment's row in `segment_run`.
struct SegmentRun {
    started_at: DateTime<Utc>,
    ended_at: Option<DateTime<Utc>>,
    used_seconds: i64,
    extra_seconds: i64,
}

fn load(conn: &Connection, lab_id: LabId) -> Result<Option<Run>> {
    let run = conn
        .query_row(
            "SELECT lab_id, segment_id, status, resumed_at, started_at FROM lab_run WHERE lab_id = ?1",
            [lab_id],
            |row| {
                Ok(Run {
                    lab_id: row.get(0)?,
                    segment_id: row.get::<_, Option<String>>(1)?.map(|_| row.get(1)).transpose()?,
                    status: row.get(2)?,
                    resumed_at: row.get::<_, Option<String>>(3)?.map(|_| timestamp_at(row, 3)).transpose()?,
                    started_at: timestamp_at(row, 4)?,
                })
            },
        )
        .optional()?;
    Ok(run)
}

fn segment_run(conn: &Connection, segment_id: SegmentId) -> Result<Option<SegmentRun>> {
    let found = conn
        .query_row(
            "SELECT started_at, ended_at, used_seconds, extra_seconds FROM segment_run WHERE segment_id = ?1",
            [segment_id],
            |row| {
                Ok(SegmentRun {
                    started_at: timestamp_at(row, 0)?,
                    ended_at: row.get::<_, Option<String>>(1)?.map(|_| timestamp_at(row, 1)).transpose()?,
                    used_seconds: row.get(2)?,
                    extra_seconds: row.get(3)?,
                })
            },
        )
        .optional()?;
    Ok(found)
}

/// Starts (or starts again) from the first segment, forgetting any earlier run.
fn start(tx: &Transaction<'_>, lab_id: LabId, first: &Segment, now: DateTime<Utc>) -> Result<()> {
    tx.execute("DELETE FROM segment_run WHERE lab_id = ?1", [lab_id])?;
    tx.execute(
        "INSERT INTO lab_run (lab_id, segment_id, status, resumed_at, started_at) VALUES (?1, ?2, 'running', ?3, ?3)
         ON CONFLICT (lab_id) DO UPDATE SET segment_id = ?2, status = 'running', resumed_at = ?3, started_at = ?3,
                                            finished_at = NULL",
        params![lab_id, first.id, timestamp(now)],
    )?;
    enter(tx, lab_id, first.id, now)
}

fn apply(tx: &Transaction<'_>, run: &Run, action: RunAction, segments: &[Segment], now: DateTime<Utc>) -> Result<()> {
    let lab = run.lab_id;
    let index = run.segment_id.and_then(|id| segments.iter().position(|s| s.id == id));
    match (action, run.status) {
        (RunAction::Pause, RunStatus::Running) => {
            bank_time(tx, run, now)?;
            tx.execute("UPDATE lab_run SET status = 'paused', resumed_at = NULL WHERE lab_id = ?1", [&lab])?;
        }
        (RunAction::Resume, RunStatus::Paused) => {
            tx.execute(
                "UPDATE lab_run SET status = 'running', resumed_at = ?2 WHERE lab_id = ?1",
                params![lab, timestamp(now)],
            )?;
        }
        (RunAction::Pause | RunAction::Resume, _) => {}
        (RunAction::Extend { minutes }, RunStatus::Running | RunStatus::Paused) => {
            let Some(segment_id) = run.segment_id else { return Ok(()) };
            let current = segment_run(tx, segment_id)?.map(|s| s.extra_seconds).unwrap_or(0);
            let extra = current + i64::from(minutes) * 60;
            if extra > EXTEND_MAX_SECONDS {
                return Err(Error::OutOfRange {
                    field: crate::Field::Minutes,
                    max: (EXTEND_MAX_SECONDS / 60) as u64,
                    value: (extra / 60) as u64,
                });
            }
            tx.execute("UPDATE segment_run SET extra_seconds = ?2 WHERE segment_id = ?1", params![segment_id, extra])?;
        }
        (RunAction::Next, RunStatus::Running | RunStatus::Paused) => {
            leave(tx, run, now)?;
            // Normally the segment after the current one; if the current one was deleted from
            // the agenda, the first segment that has not been run to its end.
            let next = match index {
                Some(i) => segments.get(i + 1),
                None => first_unfinished(tx, segments)?,
            };
            match next {
                Some(next) => move_to(tx, run, next.id, now)?,
                None => {
                    tx.execute(
                        "UPDATE lab_run SET status = 'finished', resumed_at = NULL, finished_at = ?2 WHERE lab_id = ?1",
                        params![lab, timestamp(now)],
                    )?;
                }
            }
        }
        (RunAction::Previous, RunStatus::Finished) => {
            // Going back from the end reopens the last segment, paused.
            if let Some(segment_id) = run.segment_id {
                tx.execute("UPDATE segment_run SET ended_at = NULL WHERE segment_id = ?1", [segment_id])?;
            }
            tx.execute("UPDATE lab_run SET status = 'paused', finished_at = NULL WHERE lab_id = ?1", [&lab])?;
        }
        (RunAction::Previous, RunStatus::Running | RunStatus::Paused) => {
            let Some(before) = index.and_then(|i| i.checked_sub(1)).and_then(|i| segments.get(i)) else {
                return Ok(());
            };
            leave(tx, run, now)?;
            move_to(tx, run, before.id, now)?;
        }
        (RunAction::Extend { .. } | RunAction::Next, RunStatus::Finished)
        | (RunAction::Start | RunAction::Restart, _) => {}
    }
    Ok(())
}

fn first_unfinished<'a>(conn: &Connection, segments: &'a [Segment]) -> Result<Option<&'a Segment>> {
    for segment in segments {
        if segment_run(conn, segment.id)?.is_none_or(|record| record.ended_at.is_none()) {
            return Ok(Some(segment));
        }
    }
    Ok(None)
}

/// Adds the time since the clock last resumed to the current segment's used time.
fn bank_time(tx: &Transaction<'_>, run: &Run, now: DateTime<Utc>) -> Result<()> {
    let (Some(segment_id), Some(resumed_at)) = (run.segment_id, run.resumed_at) else { return Ok(()) };
    let seconds = (now - resumed_at).num_seconds().max(0);
    tx.execute(
        "UPDATE segment_run SET used_seconds = used_seconds + ?2 WHERE segment_id = ?1",
        params![segment_id, seconds],
    )?;
    Ok(())
}

/// Ends the current segment now.
fn leave(tx: &Transaction<'_>, run: &Run, now: DateTime<Utc>) -> Result<()> {
    bank_time(tx, run, now)?;
    if let Some(segment_id) = run.segment_id {
        tx.execute("UPDATE segment_run SET ended_at = ?2 WHERE segment_id = ?1", params![segment_id, timestamp(now)])?;
    }
    Ok(())
}

/// Makes `segment_id` current; the clock keeps going if it was going.
fn move_to(tx: &Transaction<'_>, run: &Run, segment_id: SegmentId, now: DateTime<Utc>) -> Result<()> {
    let resumed_at = (run.status == RunStatus::Running).then(|| timestamp(now));
    tx.execute(
        "UPDATE lab_run SET segment_id = ?2, resumed_at = ?3 WHERE lab_id = ?1",
        params![run.lab_id, segment_id, resumed_at],
    )?;
    enter(tx, run.lab_id, segment_id, now)
}

/// Records that a segment is under way: its first start, and no end yet.
fn enter(tx: &Transaction<'_>, lab_id: LabId, segment_id: SegmentId, now: DateTime<Utc>) -> Result<()> {
    tx.execute(
        "INSERT INTO segment_run (segment_id, lab_id, started_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (segment_id) DO UPDATE SET ended_at = NULL",
        params![segment_id, lab_id, timestamp(now)],
    )?;
    Ok(())
}

/// The run as it stands at the instant of the read or write it is part of, its clock times
/// as `clock` shows them at the venue.
pub(crate) fn state(conn: &Connection, lab_id: LabId, clock: &dyn Clock) -> Result<Option<RunState>> {
    let now = now();
    let Some(run) = load(conn, lab_id)? else { return Ok(None) };
    let lab = labs::get(conn, lab_id)?;
    let segments = agenda::read(conn, lab_id)?.segments;
    let finished = run.status == RunStatus::Finished;
    let current = run.segment_id.and_then(|id| segments.iter().position(|s| s.id == id));

    let (allowed_seconds, remaining_seconds) = match (current, finished) {
        (Some(index), false) => {
            let segment = &segments[index];
            let record = segment_run(conn, segment.id)?;
            let extra = record.as_ref().map(|r| r.extra_seconds).unwrap_or(0);
            let used = record.as_ref().map(|r| r.used_seconds).unwrap_or(0)
                + run.resumed_at.map(|at| (now - at).num_seconds().max(0)).unwrap_or(0);
            let allowed = i64::from(segment.minutes) * 60 + extra;
            (allowed, allowed - used)
        }
        _ => (0, 0),
    };

    // Done segments show what happened; the current one ends when its time is up (or now, if
    // it already overran); the rest follow at their planned lengths.
    let mut slots = Vec::with_capacity(segments.len());
    let mut cursor = now;
    for (index, segment) in segments.iter().enumerate() {
        let record = segment_run(conn, segment.id)?;
        let phase = match current {
            Some(c) if index < c || (finished && index == c) => RunPhase::Done,
            Some(c) if index == c => RunPhase::Current,
            _ => RunPhase::Upcoming,
        };
        let (starts, ends, actual_minutes) = match (phase, &record) {
            (RunPhase::Done, Some(record)) => {
                let ended = record.ended_at.unwrap_or(now);
                cursor = ended;
                (record.started_at, ended, Some(((ended - record.started_at).num_seconds().max(0) / 60) as u32))
            }
            (RunPhase::Current, Some(record)) => {
                cursor = now + chrono::Duration::seconds(remaining_seconds.max(0));
                (record.started_at, cursor, None)
            }
            _ => {
                let starts = cursor;
                cursor += chrono::Duration::seconds(i64::from(segment.minutes) * 60);
                (starts, cursor, None)
            }
        };
        slots.push(RunSlot {
            segment_id: segment.id,
            phase,
            starts: wall_clock(clock, starts),
            ends: wall_clock(clock, ends),
            actual_minutes,
        });
    }

    let projected_end = slots.last().map(|_| cursor);
    let overrun_minutes = match (projected_end, planned_end(&lab, run.started_at, clock)) {
        (Some(projected), Some(planned)) => Some(minutes_rounded((projected - planned).num_seconds())),
        _ => None,
    };
    Ok(Some(RunState {
        lab_id,
        status: run.status,
        current: current.map(|i| i as u32),
        allowed_seconds,
        remaining_seconds,
        at: now,
        slots,
        projected_end: projected_end.map(|at| wall_clock(clock, at)),
        overrun_minutes,
    }))
}

/// The lab's planned end as an instant: its end time on the day the run started (the next day
/// when the lab runs past midnight). The run's day, not the lab's date, so a rehearsal on
/// another day is timed against the same clock.
fn planned_end(lab: &crate::Lab, run_started: DateTime<Utc>, clock: &dyn Clock) -> Option<DateTime<Utc>> {
    let end = NaiveTime::parse_from_str(lab.end_time.as_deref()?, "%H:%M").ok()?;
    let start = lab.start_time.as_deref().and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
    let started = clock.local(run_started);
    let day = started.date();
    let day = match start {
        // A lab across midnight ends the next day, unless its run started after midnight:
        // then it began the day before, and ends today.
        Some(start) if end < start && started.time() < start && started.time() <= end => day,
        Some(start) if end < start => day.succ_opt()?,
        _ => day,
    };
    clock.instant(day.and_time(end))
}

/// To the nearest minute, as the clock times beside it are read.
fn minutes_rounded(seconds: i64) -> i64 {
    (seconds as f64 / 60.0).round() as i64
}

/// An instant as the venue's clock shows it.
pub fn wall_clock(clock: &dyn Clock, at: DateTime<Utc>) -> String {
    clock.local(at).format("%H:%M").to_string()
}
