use chrono::{DateTime, Duration, Local, TimeZone, Utc};
use designlab_core::run::{clock, RunAction, RunPhase, RunStatus};
use designlab_core::{ErrorCode, LabFields, Language, SegmentFields, SegmentKind, Store};

use crate::Fixture;

/// 13:30 today at the venue: the lab's planned start.
fn half_past_one() -> DateTime<Utc> {
    let today = Local::now().date_naive();
    Local.from_local_datetime(&today.and_hms_opt(13, 30, 0).unwrap()).earliest().unwrap().with_timezone(&Utc)
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
    let store = &fixture.store;
    let t0 = half_past_one();
    assert_eq!(store.run_state_at(lab.id, t0).unwrap(), None, "never started");
    assert_eq!(store.run_action_at(lab.id, RunAction::Pause, t0).unwrap_err().code(), ErrorCode::RunNotStarted);

    let started = store.run_action_at(lab.id, RunAction::Start, t0).unwrap();
    assert_eq!((started.status, started.current, started.remaining_seconds), (RunStatus::Running, Some(0), 600));
    assert_eq!(started.projected_end.as_deref(), Some("14:30"));
    assert_eq!(started.overrun_minutes, Some(0));

    let later = store.run_state_at(lab.id, at(t0, 4, 0)).unwrap().unwrap();
    assert_eq!(later.remaining_seconds, 360);

    // Paused for five minutes: no time passes on the segment, and the lab's end moves out.
    store.run_action_at(lab.id, RunAction::Pause, at(t0, 4, 0)).unwrap();
    let paused = store.run_state_at(lab.id, at(t0, 9, 0)).unwrap().unwrap();
    assert_eq!((paused.status, paused.remaining_seconds), (RunStatus::Paused, 360));
    assert_eq!(paused.projected_end.as_deref(), Some(clock(at(t0, 65, 0)).as_str()));
    assert_eq!(paused.overrun_minutes, Some(5));

    store.run_action_at(lab.id, RunAction::Resume, at(t0, 9, 0)).unwrap();
    let extended = store.run_action_at(lab.id, RunAction::Extend { minutes: 5 }, at(t0, 10, 0)).unwrap();
    assert_eq!((extended.allowed_seconds, extended.remaining_seconds), (900, 600), "5 used of 15");
    let error = store.run_action_at(lab.id, RunAction::Extend { minutes: 24 * 60 }, at(t0, 10, 0)).unwrap_err();
    assert_eq!(error.code(), ErrorCode::OutOfRange);
}

#[test]
fn an_overrun_retimes_the_rest_and_skipping_ends_the_segment() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let store = &fixture.store;
    let t0 = half_past_one();
    store.run_action_at(lab.id, RunAction::Start, t0).unwrap();

    // Twelve minutes into a ten-minute welcome: two over, and everything after moves.
    let over = store.run_state_at(lab.id, at(t0, 12, 0)).unwrap().unwrap();
    assert_eq!(over.remaining_seconds, -120);
    assert_eq!(over.slots[1].starts, clock(at(t0, 12, 0)), "the breakout starts when the welcome ends: now");
    assert_eq!(over.projected_end.as_deref(), Some(clock(at(t0, 62, 0)).as_str()));
    assert_eq!(over.overrun_minutes, Some(2));

    let next = store.run_action_at(lab.id, RunAction::Next, at(t0, 12, 0)).unwrap();
    assert_eq!((next.current, next.remaining_seconds), (Some(1), 1800));
    assert_eq!(next.slots[0].phase, RunPhase::Done);
    assert_eq!(next.slots[0].actual_minutes, Some(12));
    assert_eq!((next.slots[0].starts.as_str(), next.slots[0].ends.clone()), (clock(t0).as_str(), clock(at(t0, 12, 0))));
    assert_eq!(next.slots[1].phase, RunPhase::Current);

    // Skipped after five minutes: the rest of the lab comes earlier.
    let skipped = store.run_action_at(lab.id, RunAction::Next, at(t0, 17, 0)).unwrap();
    assert_eq!(skipped.current, Some(2));
    assert_eq!(skipped.projected_end.as_deref(), Some(clock(at(t0, 37, 0)).as_str()));
    assert_eq!(skipped.overrun_minutes, Some(-23));

    let finished = store.run_action_at(lab.id, RunAction::Next, at(t0, 40, 0)).unwrap();
    assert_eq!(finished.status, RunStatus::Finished);
    assert!(finished.slots.iter().all(|s| s.phase == RunPhase::Done));
    assert_eq!(finished.slots.iter().map(|s| s.actual_minutes.unwrap()).collect::<Vec<_>>(), [12, 5, 23]);
    assert_eq!(store.run_action_at(lab.id, RunAction::Next, at(t0, 41, 0)).unwrap().status, RunStatus::Finished);
}

#[test]
fn going_back_continues_a_segment_with_the_time_it_had_left() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let store = &fixture.store;
    let t0 = half_past_one();
    store.run_action_at(lab.id, RunAction::Start, t0).unwrap();
    store.run_action_at(lab.id, RunAction::Next, at(t0, 3, 0)).unwrap();
    let back = store.run_action_at(lab.id, RunAction::Previous, at(t0, 4, 0)).unwrap();
    assert_eq!((back.current, back.remaining_seconds), (Some(0), 420), "3 of 10 minutes were used");
    assert_eq!(back.slots[0].starts, clock(t0), "its first start is kept for the report");
    let first = store.run_action_at(lab.id, RunAction::Previous, at(t0, 4, 0)).unwrap();
    assert_eq!(first.current, Some(0), "nothing before the first segment");

    // From the end, back reopens the last segment, paused.
    store.run_action_at(lab.id, RunAction::Next, at(t0, 5, 0)).unwrap();
    store.run_action_at(lab.id, RunAction::Next, at(t0, 6, 0)).unwrap();
    store.run_action_at(lab.id, RunAction::Next, at(t0, 7, 0)).unwrap();
    let reopened = store.run_action_at(lab.id, RunAction::Previous, at(t0, 8, 0)).unwrap();
    assert_eq!((reopened.status, reopened.current, reopened.remaining_seconds), (RunStatus::Paused, Some(2), 1140));
}

#[test]
fn the_run_survives_closing_and_reopening_the_database() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let t0 = half_past_one();
    fixture.store.run_action_at(lab.id, RunAction::Start, t0).unwrap();
    fixture.store.run_action_at(lab.id, RunAction::Next, at(t0, 10, 0)).unwrap();
    drop(fixture.store);

    // As if the app crashed at 13:45 and was opened again at 13:47.
    let store = Store::open(&fixture.db_path).unwrap();
    let resumed = store.run_state_at(lab.id, at(t0, 17, 0)).unwrap().unwrap();
    assert_eq!((resumed.status, resumed.current, resumed.remaining_seconds), (RunStatus::Running, Some(1), 1380));

    // A stray Start changes nothing; Restart forgets the earlier run.
    let stray = store.run_action_at(lab.id, RunAction::Start, at(t0, 20, 0)).unwrap();
    assert_eq!((stray.current, stray.remaining_seconds), (Some(1), 1200));
    let again = store.run_action_at(lab.id, RunAction::Restart, at(t0, 20, 0)).unwrap();
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
    let t0 = half_past_one();
    store.run_action_at(lab.id, RunAction::Start, t0).unwrap();
    store.run_action_at(lab.id, RunAction::Next, at(t0, 10, 0)).unwrap();
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

    let state = store.run_state_at(lab.id, at(t0, 15, 0)).unwrap().unwrap();
    assert_eq!((state.current, state.remaining_seconds), (Some(1), 1500), "still in the breakout, 5 min used");
    assert_eq!(state.slots[0].actual_minutes, Some(10), "the welcome's record is kept");
}

#[test]
fn next_after_the_current_segment_was_deleted_goes_to_the_first_unfinished_one() {
    let fixture = Fixture::open();
    let lab = lab(&fixture);
    let store = &fixture.store;
    let t0 = half_past_one();
    store.run_action_at(lab.id, RunAction::Start, t0).unwrap();
    store.run_action_at(lab.id, RunAction::Next, at(t0, 10, 0)).unwrap();
    let breakout = store.agenda(lab.id).unwrap().segments[1].id;
    store.remove_segment(breakout).unwrap();
    let lost = store.run_state_at(lab.id, at(t0, 11, 0)).unwrap().unwrap();
    assert_eq!((lost.status, lost.current), (RunStatus::Running, None));
    let next = store.run_action_at(lab.id, RunAction::Next, at(t0, 11, 0)).unwrap();
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
    let today = Local::now().date_naive();
    let five_past_midnight =
        Local.from_local_datetime(&today.and_hms_opt(0, 5, 0).unwrap()).earliest().unwrap().with_timezone(&Utc);
    let state = fixture.store.run_action_at(lab.id, RunAction::Start, five_past_midnight).unwrap();
    assert_eq!(state.overrun_minutes, Some(-5), "ends 00:55, five minutes before 01:00 the same morning");
}
