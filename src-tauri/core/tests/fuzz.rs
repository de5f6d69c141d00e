//! A fuzz run of the two importers, the lab archive and the CSV of notes: thousands of files
//! made by breaking real ones (values of the wrong type, length or shape, keys added and taken
//! away, rows doubled, bytes flipped, files cut short), from a fixed seed, within a time bound.
//! For each it checks what issue 13 asks: no panic, no hang, no change to the database from a
//! refused file, and no message over its length.
//!
//! `DESIGNLAB_FUZZ_SEED` and `DESIGNLAB_FUZZ_CASES` run another seed or more cases; a failing
//! case is written to the test's temporary folder and named in the failure.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use designlab_core::brief::MESSAGE_MAX;
use designlab_core::export::ExportFormat;
use designlab_core::{ApiError, LabId, Language, Result, Store};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use serde_json::Value;

const SEED: u64 = 13;
/// Cases of each importer, unless `DESIGNLAB_FUZZ_CASES` says otherwise.
const CASES: usize = 1_500;
/// The whole run stops here even if cases are left, so CI's time stays bounded.
const TIME_BOUND: Duration = Duration::from_secs(120);
/// One import taking longer than this is a hang.
const HANG: Duration = Duration::from_secs(20);

#[test]
fn hostile_archives_and_spreadsheets_change_nothing_and_say_so_briefly() {
    let seed = env_number("DESIGNLAB_FUZZ_SEED").unwrap_or(SEED);
    let cases = env_number("DESIGNLAB_FUZZ_CASES").map_or(CASES, |n| n as usize);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("fuzz.sqlite3");
    let store = Arc::new(Store::open(&db).unwrap());
    let lab = store.create_sample_lab(Language::Cy).unwrap();
    let archive = store.export(lab.id, ExportFormat::Json, Language::En).unwrap();
    let csv = String::from_utf8(store.export(lab.id, ExportFormat::Csv, Language::Cy).unwrap()).unwrap();
    let archive: Value = serde_json::from_slice(&archive).unwrap();
    // Another connection to the same file: its `data_version` moves only when some other
    // connection (the store's) commits.
    let watcher = rusqlite::Connection::open(&db).unwrap();

    let mut rng = StdRng::seed_from_u64(seed);
    let started = Instant::now();
    let mut tally = Tally::default();
    for case in 0..cases {
        if started.elapsed() > TIME_BOUND {
            break;
        }
        let broken_archive = break_archive(&archive, &mut rng);
        let outcome = import(&store, &watcher, &broken_archive, None);
        tally.check(outcome, &broken_archive, &format!("archive case {case}, seed {seed}"), dir.path());

        let broken_csv = break_csv(&csv, &mut rng);
        let outcome = import(&store, &watcher, &broken_csv, Some(lab.id));
        tally.check(outcome, &broken_csv, &format!("CSV case {case}, seed {seed}"), dir.path());
    }
    assert_eq!(store.integrity_check().unwrap(), "ok");
    println!(
        "fuzz: {} files in {:.1} s, {} refused, {} accepted, longest message {} characters",
        tally.refused + tally.accepted,
        started.elapsed().as_secs_f64(),
        tally.refused,
        tally.accepted,
        tally.longest,
    );
    assert!(tally.refused > tally.accepted, "the files were broken enough to be refused");
}

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

#[derive(Default)]
struct Tally {
    refused: usize,
    accepted: usize,
    longest: usize,
}

/// What one import did: its result, and the database's `data_version` before and after.
struct Outcome {
    result: std::thread::Result<Result<()>>,
    changed: bool,
}

impl Tally {
    fn check(&mut self, outcome: Outcome, bytes: &[u8], case: &str, dir: &std::path::Path) {
        let keep = |why: &str| -> String {
            let path = dir.join(format!("{}.failed", case.replace([' ', ','], "-")));
            std::fs::write(&path, bytes).unwrap();
            format!("{case}: {why} (the file is {})", path.display())
        };
        match outcome.result {
            Err(_) => panic!("{}", keep("the import panicked")),
            Ok(Ok(())) => self.accepted += 1,
            Ok(Err(error)) => {
                self.refused += 1;
                assert!(!outcome.changed, "{}", keep(&format!("refused ({error}) yet the database changed")));
                let api = ApiError::from(&error);
                let csv = api.csv.as_ref().map(|csv| format!("{:?}", csv.problem)).unwrap_or_default();
                for said in [error.brief(), api.message.clone(), api.location.clone().unwrap_or_default()] {
                    let length = said.chars().count();
                    self.longest = self.longest.max(length);
                    assert!(length <= MESSAGE_MAX, "{}", keep(&format!("a message of {length} characters")));
                    assert!(!said.contains('\n'), "{}", keep(&format!("a message over two lines: {said}")));
                    assert!(!said.contains("constraint failed"), "{}", keep(&format!("SQL in the message: {said}")));
                }
                assert!(csv.chars().count() <= MESSAGE_MAX, "{}", keep(&format!("a long CSV problem: {csv}")));
            }
        }
    }
}

/// Imports `bytes` (a CSV into `lab`, or an archive) on a thread of its own, so a hang fails
/// the test instead of stalling it, and a panic is caught.
fn import(store: &Arc<Store>, watcher: &rusqlite::Connection, bytes: &[u8], lab: Option<LabId>) -> Outcome {
    let version = || -> i64 { watcher.query_row("PRAGMA data_version", [], |row| row.get(0)).unwrap() };
    let before = version();
    let (sender, receiver) = mpsc::channel();
    let (worker, bytes) = (store.clone(), bytes.to_vec());
    std::thread::spawn(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match lab {
            Some(lab) => worker.import_notes_csv_bytes(lab, &bytes).map(drop),
            None => worker.import_archive_bytes(&bytes, None).map(drop),
        }));
        let _ = sender.send(result);
    });
    let result = receiver.recv_timeout(HANG).expect("an import hung");
    Outcome { changed: version() != before, result }
}

/// The archive with one to three things broken in its structure, and sometimes its bytes.
fn break_archive(archive: &Value, rng: &mut StdRng) -> Vec<u8> {
    let mut value = archive.clone();
    for _ in 0..rng.random_range(1..=3) {
        let paths = value_paths(&value);
        let path = paths.choose(rng).unwrap().clone();
        match rng.random_range(0..10) {
            0 => remove(&mut value, &path),
            1 => {
                if let Some(Value::Object(map)) = at(&mut value, &path[..path.len().saturating_sub(1)]) {
                    map.insert(random_key(rng), hostile_value(rng));
                }
            }
            2 => {
                // A row twice, or a row of one table in another.
                // (An earlier change may have broken `tables` itself.)
                let Some(tables) = value.get("tables").and_then(Value::as_object) else { continue };
                let names: Vec<String> = tables.keys().cloned().collect();
                let (Some(from), Some(to)) = (names.choose(rng).cloned(), names.choose(rng).cloned()) else { continue };
                let row = value["tables"][&from].as_array().and_then(|rows| rows.first()).cloned();
                if let (Some(row), Some(rows)) = (row, value["tables"][&to].as_array_mut()) {
                    rows.push(row);
                }
            }
            _ => {
                if let Some(slot) = at(&mut value, &path) {
                    *slot = hostile_value(rng);
                }
            }
        }
    }
    let mut bytes = serde_json::to_vec(&value).unwrap();
    if rng.random_bool(0.2) {
        break_bytes(&mut bytes, rng);
    }
    bytes
}

/// The CSV with cells, headings or bytes broken.
fn break_csv(csv: &str, rng: &mut StdRng) -> Vec<u8> {
    let mut rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    for _ in 0..rng.random_range(1..=3) {
        let row = rng.random_range(0..rows.len());
        match rng.random_range(0..8) {
            0 => {
                rows[row].push(hostile_text(rng));
            }
            1 if rows[row].len() > 1 => {
                let cell = rng.random_range(0..rows[row].len());
                rows[row].remove(cell);
            }
            2 => {
                let copy = rows[row].clone();
                rows.push(copy);
            }
            _ => {
                let cell = rng.random_range(0..rows[row].len());
                rows[row][cell] = hostile_text(rng);
            }
        }
    }
    let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    for row in &rows {
        writer.write_record(row).unwrap();
    }
    let mut bytes = writer.into_inner().unwrap();
    if rng.random_bool(0.25) {
        break_bytes(&mut bytes, rng);
    }
    bytes
}

/// Flips, cuts or inserts bytes.
fn break_bytes(bytes: &mut Vec<u8>, rng: &mut StdRng) {
    if bytes.is_empty() {
        return;
    }
    match rng.random_range(0..4) {
        0 => bytes.truncate(rng.random_range(0..bytes.len())),
        1 => {
            let at = rng.random_range(0..bytes.len());
            bytes[at] ^= 1 << rng.random_range(0..8);
        }
        2 => {
            let at = rng.random_range(0..bytes.len());
            let junk: Vec<u8> = (0..rng.random_range(1..16)).map(|_| rng.random()).collect();
            bytes.splice(at..at, junk);
        }
        _ => {
            let at = rng.random_range(0..bytes.len());
            bytes.splice(at..at, [b'"', b'\n', b',', b'{']);
        }
    }
}

fn hostile_value(rng: &mut StdRng) -> Value {
    match rng.random_range(0..10) {
        0 => Value::Null,
        1 => Value::from(*[0_i64, -1, i64::MAX, i64::MIN, 42, 10_001].choose(rng).unwrap()),
        2 => Value::from(*[0.5_f64, -1e300, 1e-9].choose(rng).unwrap()),
        3 => Value::from(rng.random_bool(0.5)),
        4 => Value::Array(vec![Value::from(hostile_text(rng))]),
        5 => {
            // Deeper than any reader should follow.
            let mut deep = Value::from(1);
            for _ in 0..rng.random_range(1..300) {
                deep = Value::Array(vec![deep]);
            }
            deep
        }
        _ => Value::from(hostile_text(rng)),
    }
}

fn hostile_text(rng: &mut StdRng) -> String {
    let fixed = [
        "",
        " ",
        "=HYPERLINK(\"http://example.com\")",
        "+1",
        "shout",
        "tendr a dyfarnu",
        "2024-10-15T12:30:00.000Z",
        "2024-10-15T12:30:00+01:00",
        "2026-19-39",
        "25:99",
        "00000000-0000-0000-0000-000000000000",
        "0195f0c0-7a1b-7000-8000-00000000000z",
        "[\"a\", 1]",
        "{}",
        "\u{0}\u{7}\r\n\t",
        "Mae'r gweithwyr yn poeni am ŵyl, ŷd a ffïoedd",
        "\"quoted \"\" twice\"",
    ];
    match rng.random_range(0..6) {
        0 => "ŵ".repeat(*[10_001, 100_000, 2_000_000].choose(rng).unwrap()),
        1 => (0..rng.random_range(1..200)).map(|_| rng.random_range('\u{1}'..='\u{2fff}')).collect(),
        _ => (*fixed.choose(rng).unwrap()).to_owned(),
    }
}

fn random_key(rng: &mut StdRng) -> String {
    ["mood", "id", "lab_id", "updated_at", "text", "tables", "format", "ŵ"].choose(rng).unwrap().to_string()
}

/// Every place in `value`, as the keys and indexes leading to it.
fn value_paths(value: &Value) -> Vec<Vec<Step>> {
    let mut paths = Vec::new();
    let mut stack = vec![(value, Vec::new())];
    while let Some((value, path)) = stack.pop() {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let mut next = path.clone();
                    next.push(Step::Key(key.clone()));
                    stack.push((child, next));
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let mut next = path.clone();
                    next.push(Step::Index(index));
                    stack.push((child, next));
                }
            }
            _ => {}
        }
        paths.push(path);
    }
    paths
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        Step::Key(key) => value.get_mut(key),
        Step::Index(index) => value.get_mut(*index),
    })
}

fn remove(value: &mut Value, path: &[Step]) {
    let Some((last, parent)) = path.split_last() else { return };
    match (at(value, parent), last) {
        (Some(Value::Object(map)), Step::Key(key)) => {
            map.remove(key);
        }
        (Some(Value::Array(items)), Step::Index(index)) if *index < items.len() => {
            items.remove(*index);
        }
        _ => {}
    }
}
