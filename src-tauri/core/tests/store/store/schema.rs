//! The schema backs the core's validation: even SQL that bypasses the core cannot store what
//! the core would refuse.

use designlab_core::Stage;
use rusqlite::Connection;

use crate::Fixture;

fn raw(fixture: &Fixture) -> Connection {
    let conn = Connection::open(&fixture.db_path).unwrap();
    conn.pragma_update(None, "foreign_keys", "ON").unwrap();
    conn
}

fn insert_note(
    conn: &Connection,
    lab: &str,
    challenge: &str,
    role: &str,
    stage: &str,
    kind: &str,
    text: &str,
) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT INTO input (id, lab_id, challenge_id, role_id, stage, kind, text, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'now', 'now')",
        rusqlite::params![uuid::Uuid::now_v7().to_string(), lab, challenge, role, stage, kind, text],
    )
}

#[test]
fn check_constraints_refuse_what_the_core_refuses() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "C", Stage::Planning);
    let role = fixture.store.list_roles(lab.id).unwrap()[0].id.to_string();
    let (lab_id, challenge_id) = (lab.id.to_string(), challenge.id.to_string());
    let conn = raw(&fixture);

    assert!(insert_note(&conn, &lab_id, &challenge_id, &role, "planning", "idea", "fine").is_ok());
    assert!(insert_note(&conn, &lab_id, &challenge_id, &role, "planning", "idea", "   ").is_err());
    assert!(insert_note(&conn, &lab_id, &challenge_id, &role, "planning", "idea", &"x".repeat(10_001)).is_err());
    assert!(insert_note(&conn, &lab_id, &challenge_id, &role, "implementation", "idea", "x").is_err());
    assert!(insert_note(&conn, &lab_id, &challenge_id, &role, "planning", "rumour", "x").is_err());
}

#[test]
fn an_input_cannot_reference_a_role_of_another_lab() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let other = fixture.lab("Other");
    let challenge = fixture.challenge(&lab, "C", Stage::Planning);
    let foreign = fixture.store.list_roles(other.id).unwrap()[0].id.to_string();
    let conn = raw(&fixture);
    let error = insert_note(&conn, &lab.id.to_string(), &challenge.id.to_string(), &foreign, "planning", "idea", "x")
        .unwrap_err();
    assert!(error.to_string().contains("FOREIGN KEY"), "{error}");
}

#[test]
fn list_columns_hold_json_arrays_only() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let conn = raw(&fixture);
    let set =
        |value: &str| conn.execute("UPDATE lab SET topics = ?2 WHERE id = ?1", [lab.id.to_string(), value.into()]);
    assert!(set(r#"["Public sector"]"#).is_ok());
    assert!(set("Public sector").is_err(), "not JSON");
    assert!(set(r#"{"a": 1}"#).is_err(), "not an array");
    assert!(conn.execute("UPDATE lab SET category = 'dancing' WHERE id = ?1", [lab.id.to_string()]).is_err());
}
