//! How fast capture is, on this machine: `cargo bench -p designlab-core --bench capture`.
//!
//! - Saving a note: the time from the call to the committed transaction, p50 and p99 over
//!   1,000 notes, beside the same insert done by a bare rusqlite loop with the same pragmas
//!   (WAL, synchronous=FULL, foreign keys): the physical floor of a durable write here.
//! - Finding notes in a lab of 5,000: the median time to filter by words and by role.
//!
//! Prints medians and percentiles; asserts nothing. Timings are for reading, not for tests.

#![allow(clippy::unwrap_used)] // a benchmark that fails should stop at once

use std::time::{Duration, Instant};

use designlab_core::search::NoteFilter;
use designlab_core::{ChallengeFields, LabFields, Language, NewNote, NoteKind, Stage, Store};
use rusqlite::{params, Connection};

const SAVES: usize = 1_000;
const LAB_NOTES: usize = 5_000;
const SEARCHES: usize = 50;

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

fn ms(duration: Duration) -> String {
    format!("{:.3} ms", duration.as_secs_f64() * 1000.0)
}

const WORDS: [&str; 16] = [
    "data",
    "workers",
    "supplier",
    "training",
    "pilot",
    "contract",
    "Welsh",
    "privacy",
    "evidence",
    "union",
    "procurement",
    "risk",
    "consent",
    "oversight",
    "tender",
    "service",
];

fn sentence(n: usize) -> String {
    (0..12).map(|i| WORDS[(n * 7 + i * 3) % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");

    // Saving through the store.
    let store = Store::open(dir.path().join("bench.sqlite3")).expect("open the store");
    let lab = store.create_lab(&LabFields { title: "Bench".into(), ..LabFields::default() }, Language::En).unwrap();
    let fields = ChallengeFields {
        title: "Challenge".into(),
        description: String::new(),
        stages: vec![Stage::Planning],
        prompts: Vec::new(),
    };
    let challenge = store.add_challenge(lab.id, &fields).unwrap();
    let roles = store.list_roles(lab.id).unwrap();
    let mut saves = Vec::with_capacity(SAVES);
    for n in 0..SAVES {
        let note = NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: roles[n % roles.len()].id,
            kind: NoteKind::Concern,
            stage: None,
            confidential: false,
            text: format!("{} #tag{}", sentence(n), n % 10),
            goals: Vec::new(),
            language: None,
        };
        let started = Instant::now();
        store.create_note(&note).unwrap();
        saves.push(started.elapsed());
    }

    // The floor: the same durable single-row transactions with bare rusqlite.
    let conn = Connection::open(dir.path().join("floor.sqlite3")).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
         CREATE TABLE note (id TEXT PRIMARY KEY, lab_id TEXT, challenge_id TEXT, role_id TEXT, stage TEXT,
                            kind TEXT, text TEXT, created_at TEXT, updated_at TEXT) STRICT;",
    )
    .unwrap();
    let mut floor = Vec::with_capacity(SAVES);
    for n in 0..SAVES {
        let started = Instant::now();
        let tx = conn.unchecked_transaction().unwrap();
        tx.execute(
            "INSERT INTO note VALUES (?1, ?2, ?3, ?4, 'planning', 'concern', ?5, ?6, ?6)",
            params![uuid::Uuid::now_v7().to_string(), "lab", "challenge", "role", sentence(n), "2026-01-01T00:00:00Z"],
        )
        .unwrap();
        tx.commit().unwrap();
        floor.push(started.elapsed());
    }

    let (p50, p99) = (percentile(&mut saves, 0.5), percentile(&mut saves, 0.99));
    let (f50, f99) = (percentile(&mut floor, 0.5), percentile(&mut floor, 0.99));
    println!("save a note ({SAVES}):  p50 {}  p99 {}", ms(p50), ms(p99));
    println!("bare rusqlite floor: p50 {}  p99 {}", ms(f50), ms(f99));
    println!(
        "ratio to the floor:      p50 {:.2}x  p99 {:.2}x",
        p50.as_secs_f64() / f50.as_secs_f64(),
        p99.as_secs_f64() / f99.as_secs_f64()
    );

    // Finding notes in a lab of 5,000.
    for n in SAVES..LAB_NOTES {
        let note = NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: roles[n % roles.len()].id,
            kind: NoteKind::Idea,
            stage: None,
            confidential: false,
            text: sentence(n),
            goals: Vec::new(),
            language: None,
        };
        store.create_note(&note).unwrap();
    }
    let time = |filter: &NoteFilter| {
        let mut samples = Vec::with_capacity(SEARCHES);
        let mut found = 0;
        for _ in 0..SEARCHES {
            let started = Instant::now();
            found = store.search_notes(lab.id, filter).unwrap().len();
            samples.push(started.elapsed());
        }
        (percentile(&mut samples, 0.5), found)
    };
    let (by_text, text_hits) = time(&NoteFilter { text: "privacy consent".into(), ..NoteFilter::default() });
    let (by_role, role_hits) = time(&NoteFilter { role_id: Some(roles[2].id), ..NoteFilter::default() });
    println!("filter {LAB_NOTES} by words: median {} ({text_hits} found)", ms(by_text));
    println!("filter {LAB_NOTES} by role:  median {} ({role_hits} found)", ms(by_role));
}
