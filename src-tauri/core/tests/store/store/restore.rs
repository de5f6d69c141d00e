//! Issue 15: getting a day's notes back from a backup, when the database is damaged and when a
//! person chooses an older state from the About panel.

use std::path::{Path, PathBuf};
use std::time::Duration;

use designlab_core::{backup, restore, ApiError, ErrorCode, Stage, Store};
use rusqlite::Connection;

use crate::Fixture;

/// A backup now, with a distinct millisecond stamp from the next.
fn backed_up(store: &Store) -> PathBuf {
    let path = store.backup_now().unwrap();
    std::thread::sleep(Duration::from_millis(3));
    path
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_str().unwrap().to_owned()
}

fn lab_titles(store: &Store) -> Vec<String> {
    store.list_labs().unwrap().into_iter().map(|lab| lab.title.clone()).collect()
}

/// Bytes no SQLite will read as a database.
fn garbage() -> Vec<u8> {
    (0..16384u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect()
}

#[test]
fn backups_are_listed_newest_first_with_their_time_and_size() {
    let fixture = Fixture::open();
    fixture.lab("First");
    let older = backed_up(&fixture.store);
    fixture.lab("Second");
    let newer = backed_up(&fixture.store);
    let listed = restore::backups(&fixture.db_path).unwrap();
    assert_eq!(listed.iter().map(|b| b.name.clone()).collect::<Vec<_>>(), [name(&newer), name(&older)]);
    assert_eq!(listed[0].bytes, std::fs::metadata(&newer).unwrap().len());
    let taken = chrono::DateTime::parse_from_rfc3339(&listed[0].taken_at).unwrap();
    let age = chrono::Utc::now().signed_duration_since(taken);
    assert!(age >= chrono::TimeDelta::zero() && age < chrono::TimeDelta::minutes(1), "{age}");
}

#[test]
fn a_damaged_database_is_set_aside_and_the_latest_sound_backup_put_in_its_place() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Kept safe");
    let challenge = fixture.challenge(&lab, "C", Stage::Planning);
    for n in 0..3 {
        fixture.note(&challenge, None, &format!("Gweithwyr yn gofyn {n}"));
    }
    let deleted = fixture.note(&challenge, None, "Deleted later");
    fixture.store.delete_note(deleted.id).unwrap();
    let sound = backed_up(&fixture.store);
    // A newer backup that is itself damaged is passed over.
    std::fs::write(backup::folder(&fixture.db_path).join("designlab-29991231T000000.000Z.sqlite3"), garbage()).unwrap();

    let Fixture { dir: _dir, db_path, store, .. } = fixture;
    drop(store);
    let damaged = garbage();
    std::fs::write(&db_path, &damaged).unwrap();
    let problem = ApiError::from(Store::open(&db_path).err().expect("refused"));
    assert_eq!(problem.code, ErrorCode::DatabaseCorrupt);

    let offer = restore::recovery(&db_path, &problem).unwrap().expect("a backup can mend it");
    let backup = offer.backup.expect("a sound backup");
    assert_eq!(backup.backup.name, name(&sound));
    assert_eq!((backup.labs, backup.notes), (1, 3), "a deleted note is not counted");

    let restored = restore::replace_damaged(&db_path, &backup.backup.name).unwrap();
    assert_eq!(restored.restored, backup);
    let aside: Vec<PathBuf> = std::fs::read_dir(db_path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| name(p).starts_with("designlab.damaged-") && name(p).ends_with(".sqlite3"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), damaged, "the damaged file is kept as it was");
    assert!(restored.kept.contains("designlab.damaged-"), "{}", restored.kept);

    let reopened = Store::open(&db_path).unwrap();
    assert_eq!(reopened.get_lab(lab.id).unwrap().title, "Kept safe");
    assert_eq!(reopened.list_notes(challenge.id).unwrap().len(), 3);
    assert_eq!(reopened.integrity_check().unwrap(), "ok");
}

#[test]
fn restoring_a_backup_keeps_what_the_database_held_first_and_carries_on() {
    let fixture = Fixture::open();
    fixture.lab("Before");
    let chosen = backed_up(&fixture.store);
    let later = fixture.lab("After");

    let restored = fixture.store.restore_backup(&name(&chosen)).unwrap();
    assert!(!lab_titles(&fixture.store).contains(&"After".to_owned()));
    assert!(lab_titles(&fixture.store).contains(&"Before".to_owned()));

    // What it replaced is the newest backup, and holds the later lab.
    let newest = &restore::backups(&fixture.db_path).unwrap()[0];
    assert!(restored.kept.ends_with(&newest.name), "{} {}", restored.kept, newest.name);
    let kept = Store::open(backup::folder(&fixture.db_path).join(&newest.name)).unwrap();
    assert_eq!(kept.get_lab(later.id).unwrap().title, "After");

    // The same store goes on saving, and what it saves is there on reopening.
    let again = fixture.lab("Saved after the restore");
    drop(kept);
    let Fixture { dir: _dir, db_path, store, .. } = fixture;
    drop(store);
    let reopened = Store::open(&db_path).unwrap();
    assert_eq!(reopened.get_lab(again.id).unwrap().title, "Saved after the restore");
    assert_eq!(reopened.integrity_check().unwrap(), "ok");
}

#[test]
fn the_oldest_backup_can_be_restored_though_keeping_the_current_state_rotates_it_away() {
    let fixture = Fixture::open();
    fixture.lab("Oldest");
    let oldest = backed_up(&fixture.store);
    for n in 1..backup::KEEP {
        fixture.lab(&format!("Lab {n}"));
        backed_up(&fixture.store);
    }
    assert_eq!(restore::backups(&fixture.db_path).unwrap().len(), backup::KEEP);
    fixture.store.restore_backup(&name(&oldest)).unwrap();
    assert!(!oldest.exists(), "rotated away by the backup of the current state");
    assert!(lab_titles(&fixture.store).contains(&"Oldest".to_owned()));
    assert!(!lab_titles(&fixture.store).contains(&"Lab 1".to_owned()));
}

#[test]
fn only_a_listed_sound_backup_of_a_known_schema_is_restored() {
    let fixture = Fixture::open();
    fixture.lab("Untouched");
    let sound = backed_up(&fixture.store);
    let before = lab_titles(&fixture.store);

    let outside = fixture.store.restore_backup("../designlab.sqlite3").expect_err("refused");
    assert_eq!(outside.code(), ErrorCode::NotFound, "{outside}");

    let newer = backup::folder(&fixture.db_path).join("designlab-29990101T000000.000Z.sqlite3");
    std::fs::copy(&sound, &newer).unwrap();
    Connection::open(&newer).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let too_new = fixture.store.restore_backup(&name(&newer)).expect_err("refused");
    assert_eq!(too_new.code(), ErrorCode::SchemaTooNew, "{too_new}");

    let broken = backup::folder(&fixture.db_path).join("designlab-29990102T000000.000Z.sqlite3");
    std::fs::write(&broken, garbage()).unwrap();
    let damaged = fixture.store.restore_backup(&name(&broken)).expect_err("refused");
    assert_eq!(damaged.code(), ErrorCode::DatabaseCorrupt, "{damaged}");

    assert_eq!(lab_titles(&fixture.store), before, "nothing changed");
    assert_eq!(restore::backups(&fixture.db_path).unwrap().len(), 3, "and no backup was taken for nothing");
}

/// Damage found while the app runs (the backups' check fails): restoring still works, and the
/// damaged files are copied aside, since they cannot be copied page by page.
#[test]
fn a_running_store_with_a_damaged_page_is_restored_and_the_damage_copied_aside() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Sound");
    let chosen = backed_up(&fixture.store);
    for n in 0..200 {
        fixture.challenge(&lab, &format!("Challenge {n} {}", "x".repeat(150)), Stage::Planning);
    }
    let Fixture { dir: _dir, db_path, store, .. } = fixture;
    drop(store);
    let raw = Connection::open(&db_path).unwrap();
    raw.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(raw);
    let mut bytes = std::fs::read(&db_path).unwrap();
    bytes[3 * 4096 + 20..4 * 4096].fill(0xA5);
    std::fs::write(&db_path, &bytes).unwrap();
    let store = Store::open(&db_path).unwrap();
    assert_eq!(store.backup_now().expect_err("damaged").code(), ErrorCode::DatabaseCorrupt);

    let restored = store.restore_backup(&name(&chosen)).unwrap();
    assert!(restored.kept.contains("designlab.damaged-"), "{}", restored.kept);
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(store.list_challenges(lab.id).unwrap().len(), 0);
}
