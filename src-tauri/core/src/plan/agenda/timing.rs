//! Clock times for an agenda: each segment starts when the one before it ends, from the lab's
//! start. The total is compared with the time between the lab's start and end, so an overrun
//! shows while planning, not on the day. A lab may run past midnight; a segment may last zero
//! minutes (a marker such as "doors open").

use chrono::{Duration, NaiveTime};
use serde::Serialize;
use ts_rs::TS;

/// When one segment runs, as clock times, with how many midnights were crossed to get there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Slot {
    /// `HH:MM`
    pub starts: String,
    /// `HH:MM`
    pub ends: String,
    /// 0 on the lab's first day, 1 after one midnight, and so on.
    pub day: u32,
}

/// The timing of a whole agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AgendaTiming {
    /// One slot per segment, in agenda order; empty when the lab has no start time.
    pub slots: Vec<Slot>,
    pub total_minutes: u32,
    /// Minutes between the lab's start and end, when both are set.
    pub available_minutes: Option<u32>,
    /// How far the agenda runs past the lab's end (positive) or finishes early (negative).
    pub overrun_minutes: Option<i64>,
}

/// Lays `durations` (in minutes) end to end from `start`, and compares the total with the time
/// until `end`. An `end` earlier than `start` means the lab runs past midnight.
pub fn time_agenda(start: Option<NaiveTime>, end: Option<NaiveTime>, durations: &[u32]) -> AgendaTiming {
    let total_minutes: u32 = durations.iter().sum();
    let available_minutes = match (start, end) {
        (Some(start), Some(end)) => Some(minutes_between(start, end)),
        _ => None,
    };
    let slots = start.map(|start| slots(start, durations)).unwrap_or_default();
    AgendaTiming {
        slots,
        total_minutes,
        available_minutes,
        overrun_minutes: available_minutes.map(|available| i64::from(total_minutes) - i64::from(available)),
    }
}

fn slots(start: NaiveTime, durations: &[u32]) -> Vec<Slot> {
    let mut elapsed: u64 = 0;
    durations
        .iter()
        .map(|&minutes| {
            let begins = elapsed;
            elapsed += u64::from(minutes);
            Slot { starts: clock(start, begins), ends: clock(start, elapsed), day: day(start, begins) }
        })
        .collect()
}

const MINUTES_PER_DAY: u64 = 24 * 60;

fn minutes_between(start: NaiveTime, end: NaiveTime) -> u32 {
    let difference = (end - start).num_minutes();
    let minutes = if difference < 0 { difference + 24 * 60 } else { difference };
    u32::try_from(minutes).unwrap_or(0)
}

fn since_midnight(time: NaiveTime) -> u64 {
    u64::try_from((time - NaiveTime::MIN).num_minutes()).unwrap_or(0)
}

fn clock(start: NaiveTime, after_minutes: u64) -> String {
    let wrapped = i64::try_from(after_minutes % MINUTES_PER_DAY).unwrap_or(0);
    (start + Duration::minutes(wrapped)).format("%H:%M").to_string()
}

fn day(start: NaiveTime, after_minutes: u64) -> u32 {
    u32::try_from((since_midnight(start) + after_minutes) / MINUTES_PER_DAY).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hhmm: &str) -> Option<NaiveTime> {
        Some(NaiveTime::parse_from_str(hhmm, "%H:%M").unwrap_or(NaiveTime::MIN))
    }

    fn clocks(timing: &AgendaTiming) -> Vec<(String, String, u32)> {
        timing.slots.iter().map(|s| (s.starts.clone(), s.ends.clone(), s.day)).collect()
    }

    #[test]
    fn segments_follow_one_another_from_the_start() {
        // The organisers' October 2024 lab: 13:30 to 16:30.
        let timing = time_agenda(at("13:30"), at("16:30"), &[15, 30, 60, 30, 20, 15, 10]);
        assert_eq!(timing.slots[0], Slot { starts: "13:30".into(), ends: "13:45".into(), day: 0 });
        assert_eq!(timing.slots[6].ends, "16:30");
        assert_eq!((timing.total_minutes, timing.available_minutes, timing.overrun_minutes), (180, Some(180), Some(0)));
    }

    #[test]
    fn an_overrun_and_an_early_finish_are_measured() {
        assert_eq!(time_agenda(at("13:30"), at("16:30"), &[120, 75]).overrun_minutes, Some(15));
        assert_eq!(time_agenda(at("13:30"), at("16:30"), &[120]).overrun_minutes, Some(-60));
    }

    #[test]
    fn a_lab_may_run_past_midnight() {
        let timing = time_agenda(at("22:30"), at("01:00"), &[60, 60, 30]);
        assert_eq!(timing.available_minutes, Some(150));
        assert_eq!(timing.overrun_minutes, Some(0));
        assert_eq!(
            clocks(&timing),
            [
                ("22:30".into(), "23:30".into(), 0),
                ("23:30".into(), "00:30".into(), 0),
                ("00:30".into(), "01:00".into(), 1)
            ]
        );
    }

    #[test]
    fn zero_length_segments_take_no_time() {
        let timing = time_agenda(at("09:00"), None, &[0, 45, 0]);
        assert_eq!(
            clocks(&timing),
            [
                ("09:00".into(), "09:00".into(), 0),
                ("09:00".into(), "09:45".into(), 0),
                ("09:45".into(), "09:45".into(), 0)
            ]
        );
        assert_eq!((timing.available_minutes, timing.overrun_minutes), (None, None));
    }

    #[test]
    fn without_a_start_time_there_are_no_clock_times_but_there_is_a_total() {
        let timing = time_agenda(None, at("17:00"), &[30, 30]);
        assert!(timing.slots.is_empty());
        assert_eq!(timing.total_minutes, 60);
    }

    #[test]
    fn an_agenda_longer_than_a_day_counts_its_days() {
        let timing = time_agenda(at("09:00"), at("09:00"), &[24 * 60, 60]);
        assert_eq!(clocks(&timing)[1], ("09:00".into(), "10:00".into(), 1));
        assert_eq!(timing.overrun_minutes, Some(24 * 60 + 60));
    }
}
