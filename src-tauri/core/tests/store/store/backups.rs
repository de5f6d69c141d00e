use std::sync::Arc;
use std::time::Duration;

use designlab_core::{backup, Stage, Store};
use rusqlite::Connection;

use crate::Fixture;

#[test]
fn a_backup_is_a_sound_copy_that_opens_with_the_data() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Backed up");
    fixture.challenge(&lab, "C", Stage::Planning);
    let path = fixture.store.backup_now().unwrap();
    assert_eq!(path.parent().unwrap(), fixture.dir.path().join("backups"));

    let copy = Connection::open(&path).unwrap();
    let verdict: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(verdict, "ok");
    let mode: String = copy.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "delete", "a backup is one standalone file");
    drop(copy);
    let restored = Store::open(&path).unwrap();
    assert_eq!(restored.get_lab(lab.id).unwrap(), lab);
    assert_eq!(restored.list_challenges(lab.id).unwrap().len(), 1);
}

#[test]
fn a_backup_is_taken_only_when_something_changed() {
    let fixture = Fixture::open();
    assert!(fixture.store.backup_if_changed().unwrap().is_some(), "the first one is always taken");
    assert!(fixture.store.backup_if_changed().unwrap().is_none());
    fixture.lab("Change");
    assert!(fixture.store.backup_if_changed().unwrap().is_some());
    assert!(fixture.store.backup_if_changed().unwrap().is_none());
}

#[test]
fn only_the_latest_backups_are_kept() {
    let fixture = Fixture::open();
    let mut written = Vec::new();
    for n in 0..backup::KEEP + 3 {
        fixture.lab(&format!("Lab {n}"));
        written.push(fixture.store.backup_now().unwrap());
        std::thread::sleep(Duration::from_millis(2)); // distinct millisecond stamps
    }
    let kept = backup::list(&fixture.db_path).unwrap();
    assert_eq!(kept.len(), backup::KEEP);
    assert_eq!(kept, written[3..]);
    let leftovers: Vec<_> = std::fs::read_dir(backup::folder(&fixture.db_path))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_schedule_backs_up_when_told_to_begin_and_stops_with_the_store() {
    let fixture = Fixture::open();
    let db_path = fixture.db_path.clone();
    let store = Arc::new(fixture.store);
    // Word to begin, as the app's first screen sends it.
    let (begin, wait) = std::sync::mpsc::channel();
    let handle = backup::spawn_schedule(&store, wait, Duration::from_secs(600), Duration::from_millis(20), |e| {
        panic!("backup failed: {e}")
    });
    std::thread::sleep(Duration::from_millis(100));
    assert!(backup::list(&db_path).unwrap().is_empty(), "no backup before the word to begin");
    begin.send(()).unwrap();
    for _ in 0..500 {
        if !backup::list(&db_path).unwrap().is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(backup::list(&db_path).unwrap().len(), 1);
    drop(store);
    handle.join().unwrap();
    // Nothing was written after the first backup, so no second one was taken.
    assert_eq!(backup::list(&db_path).unwrap().len(), 1);
    drop(fixture.dir);
}
