//! Opening a database written by an older version migrates it, after keeping a backup.

use designlab_core::{backup, Store};
use rusqlite::Connection;

#[test]
fn a_version_one_database_is_backed_up_then_upgraded_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.sqlite3");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(include_str!("../../../migrations/0001_initial.sql")).unwrap();
    conn.execute(
        "INSERT INTO lab (id, title, created_at, updated_at)
         VALUES ('0193a000-0000-7000-8000-000000000001', 'From version one', '2024-10-01T10:00:00.000Z', '2024-10-01T10:00:00.000Z')",
        [],
    )
    .unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    drop(conn);

    let store = Store::open(&path).unwrap();
    let labs = store.list_labs().unwrap();
    assert_eq!(labs[0].title, "From version one");
    assert!(store.agenda(labs[0].id).unwrap().segments.is_empty(), "the agenda table exists now");

    let backups = backup::list(&path).unwrap();
    assert_eq!(backups.len(), 1, "one backup, of the old schema");
    let old = Connection::open(&backups[0]).unwrap();
    let version: i64 = old.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 1);
}
