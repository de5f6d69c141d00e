use chrono::{DateTime, Duration, Utc};
use designlab_core::clock::{Clock, ManualClock};
use designlab_core::run::{RunAction, RunPhase, RunStatus};
use designlab_core::{ErrorCode, LabFields, Language, SegmentFields, SegmentKind, Store};

use crate::{venue_time, Fixture};

/// 13:30 on the fixture's day at the venue: the lab's planned start.
fn half_past_one(fixture: &Fixture) -> DateTime<Utc> {
    fixture.clock.instant(venue_time(13, 30)).unwrap()
}

/// `at` as the fixture's venue clock shows it.
fn clock(at: DateTime<Utc>) -> String {
    ManualClock::at_local(venue_time(0, 0), 1).local(at).format("%H:%M").to_string()
}

/// A lab from 13:30 to 14:30 with three segments: 10, 30 and 20 minutes.
fn lab(fixture: &Fixture) -> designlab_core::Lab {
    let fields = LabFields {
        title: "Live".into(),
        start_time: Some("13:30".into()),
        end_time: Some("14:30".into()),
        ..LabFields::default()
    };
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    for (kind, title, minutes) in [
        (SegmentKind::Welcome, "Welcome", 10),
        (SegmentKind::Breakout, "Breakouts", 30),
        (SegmentKind::Close, "Close", 20),
    ] {
        let segment =
            SegmentFields { kind, title: title.into(), minutes, notes: String::new(), challenge_ids: Vec::new() };
        fixture.store.add_segment(lab.id, &segment).unwrap();
    }
    lab
}

fn at(start: DateTime<Utc>, minutes: i64, seconds: i64) -> DateTime<Utc> {
    start + Duration::minutes(minutes) + Duration::seconds(seconds)
}

#[test]
fn the_clock_counts_down_pauses_and_extends() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let t0 = half_past_one(&fixture);
    assert_eq!(fixture.at(t0).run_state(lab.id).unwrap(), None, "never started");
    assert_eq!(fixture.at(t0).run_action(lab.id, RunAction::Pause).unwrap_err().code(), ErrorCode::RunNotStarted);

    let started = fixture.at(t0).run_action(lab.id, RunAction::Start).unwrap();
    assert_eq!((started.status, started.current, started.remaining_seconds), (RunStatus::Running, Some(0), 600));
    assert_eq!(started.projected_end.as_deref(), Some("14:30"));
    assert_eq!(started.overrun_minutes, Some(0));

    let later = fixture.at(at(t0, 4, 0)).run_state(lab.id).unwrap().unwrap();
    assert_eq!(later.remaining_seconds, 360);

    // Paused for five minutes: no time passes on the segment, and the lab's end moves out.
    fixture.at(at(t0, 4, 0)).run_action(lab.id, RunAction::Pause).unwrap();
    let paused = fixture.at(at(t0, 9, 0)).run_state(lab.id).unwrap().unwrap();
    assert_eq!((paused.status, paused.remaining_seconds), (RunStatus::Paused, 360));
    assert_eq!(paused.projected_end.as_deref(), Some(clock(at(t0, 65, 0)).as_str()));
    assert_eq!(paused.overrun_minutes, Some(5));

    fixture.at(at(t0, 9, 0)).run_action(lab.id, RunAction::Resume).unwrap();
    let extended = fixture.at(at(t0, 10, 0)).run_action(lab.id, RunAction::Extend { minutes: 5 }).unwrap();
    assert_eq!((extended.allowed_seconds, extended.remaining_seconds), (900, 600), "5 used of 15");
    let error = fixture.at(at(t0, 10, 0)).run_action(lab.id, RunAction::Extend { minutes: 24 * 60 }).unwrap_err();
    assert_eq!(error.code(), ErrorCode::OutOfRange);
}

#[test]
fn an_overrun_retimes_the_rest_and_skipping_ends_the_segment() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let t0 = half_past_one(&fixture);
    fixture.at(t0).run_action(lab.id, RunAction::Start).unwrap();

    // Twelve minutes into a ten-minute welcome: two over, and everything after moves.
    let over = fixture.at(at(t0, 12, 0)).run_state(lab.id).unwrap().unwrap();
    assert_eq!(over.remaining_seconds, -120);
    assert_eq!(over.slots[1].starts, clock(at(t0, 12, 0)), "the breakout starts when the welcome ends: now");
    assert_eq!(over.projected_end.as_deref(), Some(clock(at(t0, 62, 0)).as_str()));
    assert_eq!(over.overrun_minutes, Some(2));

    let next = fixture.at(at(t0, 12, 0)).run_action(lab.id, RunAction::Next).unwrap();
    assert_eq!((next.current, next.remaining_seconds), (Some(1), 1800));
    assert_eq!(next.slots[0].phase, RunPhase::Done);
    assert_eq!(next.slots[0].actual_minutes, Some(12));
    assert_eq!((next.slots[0].starts.as_str(), next.slots[0].ends.clone()), (clock(t0).as_str(), clock(at(t0, 12, 0))));
    assert_eq!(next.slots[1].phase, RunPhase::Current);

    // Skipped after five minutes: the rest of the lab comes earlier.
    let skipped = fixture.at(at(t0, 17, 0)).run_action(lab.id, RunAction::Next).unwrap();
    assert_eq!(skipped.current, Some(2));
    assert_eq!(skipped.projected_end.as_deref(), Some(clock(at(t0, 37, 0)).as_str()));
    assert_eq!(skipped.overrun_minutes, Some(-23));

    let finished = fixture.at(at(t0, 40, 0)).run_action(lab.id, RunAction::Next).unwrap();
    assert_eq!(finished.status, RunStatus::Finished);
    assert!(finished.slots.iter().all(|s| s.phase == RunPhase::Done));
    assert_eq!(finished.slots.iter().map(|s| s.actual_minutes.unwrap()).collect::<Vec<_>>(), [12, 5, 23]);
    assert_eq!(fixture.at(at(t0, 41, 0)).run_action(lab.id, RunAction::Next).unwrap().status, RunStatus::Finished);
}

#[test]
fn going_back_continues_a_segment_with_the_time_it_had_left() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let t0 = half_past_one(&fixture);
    fixture.at(t0).run_action(lab.id, RunAction::Start).unwrap();
    fixture.at(at(t0, 3, 0)).run_action(lab.id, RunAction::Next).unwrap();
    let back = fixture.at(at(t0, 4, 0)).run_action(lab.id, RunAction::Previous).unwrap();
    assert_eq!((back.current, back.remaining_seconds), (Some(0), 420), "3 of 10 minutes were used");
    assert_eq!(back.slots[0].starts, clock(t0), "its first start is kept for the report");
    let first = fixture.at(at(t0, 4, 0)).run_action(lab.id, RunAction::Previous).unwrap();
    assert_eq!(first.current, Some(0), "nothing before the first segment");

    // From the end, back reopens the last segment, paused.
    fixture.at(at(t0, 5, 0)).run_action(lab.id, RunAction::Next).unwrap();
    fixture.at(at(t0, 6, 0)).run_action(lab.id, RunAction::Next).unwrap();
    fixture.at(at(t0, 7, 0)).run_action(lab.id, RunAction::Next).unwrap();
    let reopened = fixture.at(at(t0, 8, 0)).run_action(lab.id, RunAction::Previous).unwrap();
    assert_eq!((reopened.status, reopened.current, reopened.remaining_seconds), (RunStatus::Paused, Some(2), 1140));
}

#[test]
fn the_run_survives_closing_and_reopening_the_database() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let t0 = half_past_one(&fixture);
    fixture.at(t0).run_action(lab.id, RunAction::Start).unwrap();
    fixture.at(at(t0, 10, 0)).run_action(lab.id, RunAction::Next).unwrap();
    drop(fixture.store);

    // As if the app crashed at 13:45 and was opened again at 13:47.
    let reopened = Store::open_with_clock(&fixture.db_path, fixture.clock.clone()).unwrap();
    let after_restart = |when| {
        fixture.clock.set(when);
        &reopened
    };
    let resumed = after_restart(at(t0, 17, 0)).run_state(lab.id).unwrap().unwrap();
    assert_eq!((resumed.status, resumed.current, resumed.remaining_seconds), (RunStatus::Running, Some(1), 1380));

    // A stray Start changes nothing; Restart forgets the earlier run.
    let stray = after_restart(at(t0, 20, 0)).run_action(lab.id, RunAction::Start).unwrap();
    assert_eq!((stray.current, stray.remaining_seconds), (Some(1), 1200));
    let again = after_restart(at(t0, 20, 0)).run_action(lab.id, RunAction::Restart).unwrap();
    assert_eq!((again.current, again.remaining_seconds), (Some(0), 600));
    assert_eq!(again.slots[1].phase, RunPhase::Upcoming);
}

#[test]
fn a_lab_without_an_agenda_cannot_be_run() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Empty");
    let error = fixture.store.run_action(lab.id, RunAction::Start).unwrap_err();
    assert_eq!(error.code(), ErrorCode::AgendaEmpty);
}

#[test]
fn undoing_an_agenda_edit_mid_run_keeps_the_run() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let store = &fixture.store;
    let t0 = half_past_one(&fixture);
    fixture.at(t0).run_action(lab.id, RunAction::Start).unwrap();
    fixture.at(at(t0, 10, 0)).run_action(lab.id, RunAction::Next).unwrap();
    let close = store.agenda(lab.id).unwrap().segments[2].clone();
    let shorter = SegmentFields {
        kind: close.kind,
        title: close.title.clone(),
        minutes: 10,
        notes: String::new(),
        challenge_ids: Vec::new(),
    };
    store.update_segment(close.id, &shorter).unwrap();
    store.undo_agenda(lab.id).unwrap();

    let state = fixture.at(at(t0, 15, 0)).run_state(lab.id).unwrap().unwrap();
    assert_eq!((state.current, state.remaining_seconds), (Some(1), 1500), "still in the breakout, 5 min used");
    assert_eq!(state.slots[0].actual_minutes, Some(10), "the welcome's record is kept");
}

#[test]
fn next_after_the_current_segment_was_deleted_goes_to_the_first_unfinished_one() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let store = &fixture.store;
    let t0 = half_past_one(&fixture);
    fixture.at(t0).run_action(lab.id, RunAction::Start).unwrap();
    fixture.at(at(t0, 10, 0)).run_action(lab.id, RunAction::Next).unwrap();
    let breakout = store.agenda(lab.id).unwrap().segments[1].id;
    store.remove_segment(breakout).unwrap();
    let lost = fixture.at(at(t0, 11, 0)).run_state(lab.id).unwrap().unwrap();
    assert_eq!((lost.status, lost.current), (RunStatus::Running, None));
    let next = fixture.at(at(t0, 11, 0)).run_action(lab.id, RunAction::Next).unwrap();
    assert_eq!((next.status, next.current, next.remaining_seconds), (RunStatus::Running, Some(1), 1200), "the close");
}

#[test]
fn a_lab_across_midnight_started_after_midnight_ends_the_same_morning() {
    let fixture = Fixture::open();
    let fields = LabFields {
        title: "Late".into(),
        start_time: Some("23:00".into()),
        end_time: Some("01:00".into()),
        ..LabFields::default()
    };
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    let segment = SegmentFields {
        kind: SegmentKind::Talk,
        title: "Talk".into(),
        minutes: 50,
        notes: String::new(),
        challenge_ids: vec![],
    };
    fixture.store.add_segment(lab.id, &segment).unwrap();
    let five_past_midnight = fixture.clock.instant(venue_time(0, 5)).unwrap();
    let state = fixture.at(five_past_midnight).run_action(lab.id, RunAction::Start).unwrap();
    assert_eq!(state.overrun_minutes, Some(-5), "ends 00:55, five minutes before 01:00 the same morning");
}
