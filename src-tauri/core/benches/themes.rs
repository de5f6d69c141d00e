//! How good and how fast the theme suggestions are: `cargo bench -p designlab-core --bench themes`.
//!
//! - Agreement with notes grouped by hand (`tests/fixtures/themes-en.txt` and `-cy.txt`, and
//!   both in one challenge), as the adjusted Rand index: 1 is the hand grouping exactly, 0 what
//!   chance would give. A note in no suggestion counts as a group of its own.
//! - The time to suggest themes for a challenge of 100, 500 and 2,000 notes of real length in
//!   English and Welsh: each run a fresh process that opens the database and suggests, with the
//!   page cache dropped first when the benchmark runs as root; the median of 7.
//!
//! Prints a table; asserts nothing.

#![allow(clippy::unwrap_used)] // a benchmark that fails should stop at once

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use designlab_core::suggest::{adjusted_rand_index, suggest};
use designlab_core::{ChallengeFields, ChallengeId, LabFields, Language, NewNote, NoteId, NoteKind, Stage, Store};

mod common {
    pub mod hand_grouped;
}
#[path = "../../../benches/common/cache.rs"]
mod cache;

use common::hand_grouped::{self, GroupedNote};

const SIZES: [usize; 3] = [100, 500, 2_000];
const RUNS: usize = 7;

fn main() {
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() == Some("--suggest-once") {
        let (db, challenge) = (args.next().unwrap(), args.next().unwrap());
        return suggest_once(Path::new(&db), challenge.parse().unwrap());
    }
    let english = hand_grouped::notes(hand_grouped::ENGLISH);
    let welsh = hand_grouped::notes(hand_grouped::WELSH);
    let both: Vec<GroupedNote> = hand_grouped::notes(hand_grouped::ENGLISH)
        .into_iter()
        .chain(welsh.iter().map(|note| GroupedNote { group: note.group + 100, text: note.text }))
        .collect();
    println!("Agreement with notes grouped by hand (adjusted Rand index; 1 is exact, 0 is chance)\n");
    println!("| notes | hand-made groups | suggested groups | notes left out | agreement |");
    println!("|---|---|---|---|---|");
    for (name, notes) in [("English", &english), ("Welsh", &welsh), ("both in one challenge", &both)] {
        agreement(name, notes);
    }

    let folder = tempfile::tempdir().unwrap();
    let cold = cache::drop_page_cache();
    println!(
        "\nTime to suggest themes, a fresh process each run{}, median of {RUNS}\n",
        if cold { " after dropping the page cache" } else { " (page cache not dropped: not root)" }
    );
    println!("| notes in the challenge | suggestions | median | growth |");
    println!("|---|---|---|---|");
    let mut previous: Option<(usize, Duration)> = None;
    for size in SIZES {
        let db = folder.path().join(format!("{size}.sqlite3"));
        let challenge = challenge_of(&db, size, &both);
        let suggestions = Store::open(&db).unwrap().suggest_themes(challenge).unwrap().len();
        let mut times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                cache::drop_page_cache();
                let started = Instant::now();
                let status = Command::new(std::env::current_exe().unwrap())
                    .args(["--suggest-once", db.to_str().unwrap(), &challenge.to_string()])
                    .status()
                    .unwrap();
                assert!(status.success());
                started.elapsed()
            })
            .collect();
        times.sort();
        let median = times[RUNS / 2];
        let growth = previous.map_or(String::from("–"), |(notes, time)| {
            format!(
                "{:.1}× for {:.0}× the notes",
                median.as_secs_f64() / time.as_secs_f64(),
                size as f64 / notes as f64
            )
        });
        println!("| {size} | {suggestions} | {:.3} s | {growth} |", median.as_secs_f64());
        previous = Some((size, median));
    }
}

/// The whole of one suggestion as the app makes it: open the database, read the notes, group them.
fn suggest_once(db: &Path, challenge: ChallengeId) {
    let store = Store::open(db).unwrap();
    std::hint::black_box(store.suggest_themes(challenge).unwrap());
}

fn agreement(name: &str, notes: &[GroupedNote]) {
    let ids: Vec<(NoteId, String)> = notes.iter().map(|note| (NoteId::generate(), note.text.to_owned())).collect();
    let suggestions = suggest(&ids);
    let found: Vec<usize> = ids
        .iter()
        .enumerate()
        .map(|(i, (id, _))| suggestions.iter().position(|s| s.note_ids.contains(id)).unwrap_or(1000 + i))
        .collect();
    let truth: Vec<usize> = notes.iter().map(|note| note.group).collect();
    let groups = truth.iter().collect::<std::collections::BTreeSet<_>>().len();
    let left_out = found.iter().filter(|&&group| group >= 1000).count();
    let score = adjusted_rand_index(&truth, &found);
    println!("| {} {name} | {groups} | {} | {left_out} | {score:.2} |", notes.len(), suggestions.len());
    if std::env::var_os("SHOW_SUGGESTIONS").is_some() {
        for s in &suggestions {
            let words: Vec<String> = s.words.iter().map(|w| format!("{} ({})", w.word, w.notes)).collect();
            println!("\n**{}**: {}", s.title, words.join(", "));
            for id in &s.note_ids {
                let i = ids.iter().position(|(other, _)| other == id).unwrap();
                println!("- [{}] {}", notes[i].group, notes[i].text);
            }
        }
    }
}

/// A database holding one challenge of `size` notes, each two of the hand-grouped notes run
/// together (as a note-taker writes a few sentences), so no two are the same.
fn challenge_of(db: &Path, size: usize, sentences: &[GroupedNote]) -> ChallengeId {
    let store = Store::open(db).unwrap();
    let lab =
        store.create_lab(&LabFields { title: format!("{size} notes"), ..LabFields::default() }, Language::En).unwrap();
    let fields = ChallengeFields {
        title: "Buying a rota tool".into(),
        description: String::new(),
        stages: vec![Stage::Planning],
        prompts: Vec::new(),
    };
    let challenge = store.add_challenge(lab.id, &fields).unwrap();
    let role_id = store.list_roles(lab.id).unwrap()[0].id;
    let n = sentences.len();
    for i in 0..size {
        let first = sentences[i % n].text;
        let second = sentences[(i * 7 + i / n) % n].text;
        store
            .create_note(&NewNote {
                challenge_id: challenge.id,
                group_id: None,
                role_id,
                kind: NoteKind::Idea,
                stage: None,
                text: format!("{first} {second}"),
                confidential: false,
                goals: Vec::new(),
                language: None,
            })
            .unwrap();
    }
    challenge.id
}
