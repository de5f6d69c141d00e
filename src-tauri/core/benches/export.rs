//! How fast a lab exports, on this machine: `cargo bench -p designlab-core --bench export`.
//!
//! A lab of 2,000 notes over five challenges, a theme per challenge holding a tenth of its
//! notes, and dots on each theme, exported to every format the core writes: the median of 20
//! exports each, from the store to the file's bytes. Then the way back: the lab archive
//! imported into an empty database, and the notes CSV into a copy of the lab without notes
//! (median of 5 each). Prints; asserts nothing.

#![allow(clippy::unwrap_used)] // a benchmark that fails should stop at once

use std::time::{Duration, Instant};

use designlab_core::export::ExportFormat;
use designlab_core::themes::ThemeFields;
use designlab_core::voting::VoteTarget;
use designlab_core::{ChallengeFields, LabFields, Language, NewNote, NoteKind, Stage, Store};
use strum::VariantArray;

const NOTES: usize = 2_000;
const CHALLENGES: usize = 5;
const RUNS: usize = 20;

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(dir.path().join("bench.sqlite3")).expect("open the store");
    let fields = LabFields { title: "Export bench".into(), start_time: Some("13:30".into()), ..LabFields::default() };
    let lab = store.create_lab(&fields, Language::En).unwrap();
    let roles = store.list_roles(lab.id).unwrap();
    for c in 0..CHALLENGES {
        let challenge = store
            .add_challenge(
                lab.id,
                &ChallengeFields {
                    title: format!("Challenge {c}"),
                    description: "What the room worked on.".into(),
                    stages: vec![Stage::VARIANTS[c % Stage::VARIANTS.len()]],
                    prompts: vec!["A prompt?".into()],
                },
            )
            .unwrap();
        let theme = store
            .add_theme(challenge.id, &ThemeFields { title: format!("Theme {c}"), summary: "In short.".into() })
            .unwrap();
        for n in 0..NOTES / CHALLENGES {
            let note = store
                .create_note(&NewNote {
                    challenge_id: challenge.id,
                    group_id: None,
                    role_id: roles[n % roles.len()].id,
                    kind: NoteKind::VARIANTS[n % NoteKind::VARIANTS.len()],
                    stage: None,
                    text: format!("Note {n} on *training* time, data [sharing] and #tag{} for the <team>", n % 7),
                    confidential: n % 50 == 0,
                    goals: Vec::new(),
                    language: None,
                })
                .unwrap();
            if n % 10 == 0 {
                store.set_note_theme(note.id, Some(theme.id)).unwrap();
            }
        }
        store.set_vote(challenge.id, None, VoteTarget::Theme { id: theme.id }, 5).unwrap();
    }

    for format in ExportFormat::VARIANTS {
        let mut samples: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let started = Instant::now();
                let bytes = store.export(lab.id, *format, Language::En).unwrap();
                let took = started.elapsed();
                assert!(!bytes.is_empty());
                took
            })
            .collect();
        samples.sort();
        let size = store.export(lab.id, *format, Language::En).unwrap().len();
        println!(
            "export {NOTES} notes to {:<4} median {:.1} ms ({} KB)",
            format.extension(),
            samples[RUNS / 2].as_secs_f64() * 1000.0,
            size / 1024
        );
    }

    let archive = store.export(lab.id, ExportFormat::Json, Language::En).unwrap();
    let csv = store.export(lab.id, ExportFormat::Csv, Language::En).unwrap();
    // Each run on a fresh database: `prepare` is not timed, `import` is.
    let median_of_5 = |prepare: &dyn Fn(&Store), import: &dyn Fn(&Store)| {
        let mut samples: Vec<Duration> = (0..5)
            .map(|_| {
                let dir = tempfile::tempdir().unwrap();
                let fresh = Store::open(dir.path().join("fresh.sqlite3")).unwrap();
                prepare(&fresh);
                let started = Instant::now();
                import(&fresh);
                started.elapsed()
            })
            .collect();
        samples.sort();
        samples[2].as_secs_f64() * 1000.0
    };
    let took = median_of_5(&|_| {}, &|fresh| {
        fresh.import_archive_bytes(&archive, None).unwrap();
    });
    println!("import the archive of {NOTES} notes into an empty database: median {took:.1} ms");
    let without_notes = |fresh: &Store| {
        fresh.import_archive_bytes(&archive, None).unwrap();
        for note in fresh.search_notes(lab.id, &Default::default()).unwrap() {
            fresh.delete_note(note.id).unwrap();
        }
    };
    let took = median_of_5(&without_notes, &|fresh| {
        let summary = fresh.import_notes_csv_bytes(lab.id, &csv).unwrap();
        assert!(summary.added > 1_900, "the publishable notes come back");
    });
    println!("import {NOTES} notes from CSV into the lab: median {took:.1} ms");
}
