//! "Never lose a note": a child process saves inputs in a loop and reports each id once the
//! store has acknowledged it; the parent kills the child with SIGKILL at random moments, many
//! times, then checks that every acknowledged input is in the database and that SQLite's
//! integrity check passes.
//!
//! The child is this same test binary, started again with `DESIGNLAB_DURABILITY_DB` set.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use designlab_core::{ChallengeFields, LabFields, Language, NewNote, NoteKind, Stage, Store};
use rand::Rng;
use strum::VariantArray;

const CHILD_DB: &str = "DESIGNLAB_DURABILITY_DB";
const ROUNDS: usize = 40;

#[test]
fn acknowledged_inputs_survive_sigkill() {
    if let Some(db) = std::env::var_os(CHILD_DB) {
        write_until_killed(std::path::Path::new(&db));
    }

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("durability.sqlite3");
    let mut acknowledged: HashSet<designlab_core::NoteId> = HashSet::new();
    let mut rng = rand::rng();

    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["acknowledged_inputs_survive_sigkill", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_DB, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, receiver) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(id) = line.strip_prefix("ack ") {
                    sender.send(id.parse().unwrap()).unwrap();
                }
            }
        });
        // Wait for the child to get going, then let it write for a random while.
        let first = receiver.recv_timeout(Duration::from_secs(60)).expect("the writer acknowledged nothing");
        acknowledged.insert(first);
        std::thread::sleep(Duration::from_millis(rng.random_range(1..250)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        acknowledged.extend(receiver.try_iter());

        let store = Store::open(&db).unwrap_or_else(|e| panic!("round {round}: reopen failed: {e}"));
        assert_eq!(store.integrity_check().unwrap(), "ok", "round {round}");
        let lost: Vec<_> = acknowledged.iter().filter(|id| store.get_note(**id).is_err()).collect();
        assert!(lost.is_empty(), "round {round}: {} acknowledged input(s) lost: {lost:?}", lost.len());
    }
    println!("durability: {ROUNDS} SIGKILLs, {} acknowledged inputs, 0 lost", acknowledged.len());
    assert!(acknowledged.len() > ROUNDS, "too few writes to mean anything");
}

/// The child's loop: save, then acknowledge on stdout, until killed.
fn write_until_killed(db: &std::path::Path) -> ! {
    let store = Store::open(db).unwrap();
    let lab = match store.list_labs().unwrap().into_iter().next() {
        Some(lab) => lab,
        None => {
            store.create_lab(&LabFields { title: "Durability".into(), ..Default::default() }, Language::En).unwrap()
        }
    };
    let challenge = match store.list_challenges(lab.id).unwrap().into_iter().next() {
        Some(challenge) => challenge,
        None => store
            .add_challenge(
                lab.id,
                &ChallengeFields {
                    title: "C".into(),
                    description: String::new(),
                    stages: vec![Stage::Planning],
                    prompts: Vec::new(),
                },
            )
            .unwrap(),
    };
    let roles = store.list_roles(lab.id).unwrap();
    let mut stdout = std::io::stdout().lock();
    for n in 0u64.. {
        let input = store
            .create_note(&NewNote {
                challenge_id: challenge.id,
                group_id: None,
                role_id: roles[(n % roles.len() as u64) as usize].id,
                kind: NoteKind::VARIANTS[(n % 5) as usize],
                stage: None,
                confidential: false,
                text: format!("Input {n}: {}", "what was said in the room ".repeat(10)),
                goals: Vec::new(),
                language: None,
            })
            .unwrap();
        writeln!(stdout, "ack {}", input.id).unwrap();
        stdout.flush().unwrap();
    }
    unreachable!()
}
