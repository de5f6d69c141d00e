//! The time, as the store reads it: the system's clock and time zone in the app, a clock that
//! moves only when told to in tests. Every instant the store writes (a note's edit time, which
//! later decides a merge; the run's clock) and every clock time it shows at the venue comes
//! from here, so no test depends on the machine's time or time zone, or sleeps.

use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, FixedOffset, Local, NaiveDateTime, SubsecRound, TimeDelta, TimeZone, Utc};

pub trait Clock: Send + Sync {
    /// Now, at the precision the store keeps (milliseconds), so what a write returns equals
    /// what a later read gives back.
    fn now(&self) -> DateTime<Utc>;

    /// `at` on the venue's wall clock.
    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime;

    /// The instant a time on the venue's wall clock stands for (the earlier one when the clocks
    /// go back; none in the hour they skip).
    fn instant(&self, local: NaiveDateTime) -> Option<DateTime<Utc>>;
}

/// The system's clock, in the system's time zone.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now().trunc_subsecs(3)
    }

    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&Local).naive_local()
    }

    fn instant(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        Local.from_local_datetime(&local).earliest().map(|at| at.with_timezone(&Utc))
    }
}

/// A clock for tests, at a fixed offset from UTC: it shows the time it is set to, and each
/// reading moves it on by a millisecond, so writes one after another are in order, as they are
/// with a real clock, and every run of a test sees the same times.
pub struct ManualClock {
    now: Mutex<DateTime<Utc>>,
    offset: FixedOffset,
}

impl ManualClock {
    /// A clock showing `now`, at `offset` from UTC.
    pub fn new(now: DateTime<Utc>, offset: FixedOffset) -> ManualClock {
        ManualClock { now: Mutex::new(now.trunc_subsecs(3)), offset }
    }

    /// A clock showing `local` on a wall clock `offset_hours` east of UTC.
    pub fn at_local(local: NaiveDateTime, offset_hours: i32) -> ManualClock {
        let offset = FixedOffset::east_opt(offset_hours * 3600).expect("an offset within a day");
        let now = offset.from_local_datetime(&local).single().expect("a fixed offset has one instant").to_utc();
        ManualClock::new(now, offset)
    }

    pub fn set(&self, now: DateTime<Utc>) {
        *self.lock() = now.trunc_subsecs(3);
    }

    pub fn advance(&self, by: TimeDelta) {
        let mut now = self.lock();
        *now += by;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, DateTime<Utc>> {
        self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        let mut now = self.lock();
        let reading = *now;
        *now += TimeDelta::milliseconds(1);
        reading
    }

    fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&self.offset).naive_local()
    }

    fn instant(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        self.offset.from_local_datetime(&local).single().map(|at| at.to_utc())
    }
}
