//! Thirty note-takers at once over a network that drops requests, with the hub restarted in
//! the middle: every note arrives exactly once.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{Device, Venue};
use reqwest::Method;
use tokio::io::AsyncWriteExt;
use tokio::sync::Barrier;

const DEVICES: usize = 30;
const NOTES_EACH: usize = 100;

/// What a device's outbox does: send until the hub answers that the note is committed.
async fn send_until_committed(device: &Device, id: &str, note: &serde_json::Value) {
    for attempt in 0.. {
        match device.send(Method::PUT, &format!("/api/notes/{id}"), Some(note)).await {
            Ok((200 | 201, answer)) => {
                assert_eq!(answer["id"], id);
                return;
            }
            Ok((status, answer)) => panic!("note {id} refused: {status} {answer}"),
            // The hub is restarting: wait and try again, as the page does.
            Err(_) => tokio::time::sleep(Duration::from_millis(50.min(5 + attempt * 5))).await,
        }
    }
}

/// A request cut off half-way through its body, as a phone leaving the Wi-Fi sends it.
async fn cut_off(port: u16, token: &str, id: &str, note: &serde_json::Value) {
    let body = note.to_string();
    let head = format!(
        "PUT /api/notes/{id} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    if let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.write_all(&body.as_bytes()[..body.len() / 2]).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_devices_sending_every_note_twice_through_a_restart_store_each_once() {
    let venue = Arc::new(Venue::new());
    let hub = venue.hub(0);
    let port = hub.status().port;
    let mut devices = Vec::new();
    for n in 0..DEVICES {
        devices.push(Device::join(&hub, &format!("Ffôn {n}"), Some(venue.groups[n % venue.groups.len()])).await);
    }
    let halfway = Arc::new(Barrier::new(DEVICES + 1));
    let mut sending = Vec::new();
    for (n, device) in devices.into_iter().enumerate() {
        let venue = Arc::clone(&venue);
        let halfway = Arc::clone(&halfway);
        sending.push(tokio::spawn(async move {
            for i in 0..NOTES_EACH {
                if i == NOTES_EACH / 2 {
                    halfway.wait().await;
                }
                let id = uuid::Uuid::now_v7().to_string();
                let text = format!(
                    "Grŵp {n}, nodyn {i}: mae angen i'r gweithwyr gael llais cyn i'r contract gael ei lofnodi, \
                     ac mae'r undeb eisiau gweld asesiad effaith ar gydraddoldeb. #tryloywder"
                );
                let note = venue.note(n + i, &text);
                if i % 10 == 3 {
                    cut_off(port, &device.token, &id, &note).await;
                }
                send_until_committed(&device, &id, &note).await;
                // The answer was lost: the outbox sends the note again.
                send_until_committed(&device, &id, &note).await;
            }
            device
        }));
    }
    // Half-way through, the laptop's app restarts its hub on the same port.
    halfway.wait().await;
    tokio::task::spawn_blocking(move || hub.stop()).await.expect("stopped");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let venue_for_restart = Arc::clone(&venue);
    let hub = tokio::task::spawn_blocking(move || venue_for_restart.hub(port)).await.expect("restarted");
    let mut finished = Vec::new();
    for task in sending {
        finished.push(task.await.expect("device finished"));
    }

    let count = |sql: &str| -> i64 {
        let conn = rusqlite_count(&venue);
        conn.query_row(sql, [], |row| row.get(0)).expect("count")
    };
    assert_eq!(count("SELECT count(*) FROM input WHERE device_id IS NOT NULL"), (DEVICES * NOTES_EACH) as i64);
    assert_eq!(
        count("SELECT count(DISTINCT id) FROM input WHERE device_id IS NOT NULL"),
        (DEVICES * NOTES_EACH) as i64
    );
    assert_eq!(venue.store.integrity_check().expect("check"), "ok");
    for device in venue.store.list_devices(venue.lab.id).expect("devices") {
        assert_eq!(device.note_count, NOTES_EACH as u32, "{}", device.name);
    }
    // Each device sees its group's notes, its own marked as its.
    let (status, notes) = finished[0].send(Method::GET, "/api/notes", None).await.expect("notes");
    assert_eq!(status, 200);
    let notes = notes.as_array().expect("list");
    let mine = notes.iter().filter(|n| n["mine"] == true).count();
    assert_eq!(mine, NOTES_EACH);
    assert!(notes.iter().all(|n| n["group_id"] == serde_json::json!(venue.groups[0])));
    tokio::task::spawn_blocking(move || hub.stop()).await.expect("stopped");
}

/// A second connection to the same file, to count what is on disk.
fn rusqlite_count(venue: &Venue) -> rusqlite::Connection {
    rusqlite::Connection::open(venue.dir.path().join("lab.sqlite3")).expect("open")
}

/// A phone tags a note with well-being goals as it is taken; a note from an outbox written
/// before goals existed (no `goals` at all, as every other test here sends) is taken too.
#[tokio::test]
async fn a_devices_note_keeps_the_goals_it_was_tagged_with() {
    let venue = Venue::new();
    let hub = venue.hub(0);
    let device = Device::join(&hub, "Ffôn Elin", Some(venue.groups[0])).await;
    let mut tagged = venue.note(0, "Dim amser teithio rhwng ymweliadau");
    tagged["goals"] = serde_json::json!(["fair_work", "healthier"]);
    let id = uuid::Uuid::now_v7().to_string();
    send_until_committed(&device, &id, &tagged).await;
    let (_, notes) = device.send(Method::GET, "/api/notes", None).await.expect("notes");
    let kept = notes.as_array().expect("list").iter().find(|n| n["id"] == id.as_str()).expect("listed").clone();
    assert_eq!(kept["goals"], serde_json::json!(["healthier", "fair_work"]), "in the Act's order");

    let mut unknown = venue.note(0, "x");
    unknown["goals"] = serde_json::json!(["a_happier_wales"]);
    let (status, _) =
        device.send(Method::PUT, &format!("/api/notes/{}", uuid::Uuid::now_v7()), Some(&unknown)).await.expect("sent");
    assert_eq!(status, 400, "a goal the catalogue lacks is refused");
    tokio::task::spawn_blocking(move || hub.stop()).await.expect("stopped");
}
