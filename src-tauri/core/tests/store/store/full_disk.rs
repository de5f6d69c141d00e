//! A full disk: SQLite reports SQLITE_FULL, the core reports `disk_full`, the failed
//! transaction leaves nothing behind, and everything committed before it is intact.
//! `max_page_count` makes SQLite hit a real SQLITE_FULL without filling the machine's disk.

use designlab_core::{Error, ErrorCode, Stage, Store};
use rusqlite::Connection;

use crate::Fixture;

#[test]
fn a_full_database_is_reported_as_disk_full_and_loses_nothing() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Before the disk filled");
    let challenge = fixture.challenge(&lab, "Kept", Stage::Planning);
    drop(fixture.store);

    let conn = Connection::open(&fixture.db_path).unwrap();
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    conn.pragma_update(None, "max_page_count", pages + 2).unwrap();
    let big = "x".repeat(9_000);
    let mut failure = None;
    for n in 0..100 {
        let result = conn.execute(
            "INSERT INTO lab (id, title, description, created_at, updated_at) VALUES (?1, ?2, ?3, 'now', 'now')",
            rusqlite::params![uuid::Uuid::now_v7().to_string(), format!("Filler {n}"), big],
        );
        if let Err(error) = result {
            failure = Some(error);
            break;
        }
    }
    let error = Error::from(failure.expect("the page limit was never reached"));
    assert_eq!(error.code(), ErrorCode::DiskFull, "{error}");
    drop(conn);

    let store = Store::open(&fixture.db_path).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(store.get_challenge(challenge.id).unwrap(), challenge);
}
