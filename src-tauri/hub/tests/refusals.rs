//! Each thing the hub refuses, refused with the right status and code, and nothing changed.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod common;

use std::time::Duration;

use common::{raw, Device, Venue};
use designlab_core::Language;
use reqwest::Method;
use serde_json::{json, Value};

async fn join_with(base: &str, secret: Option<&str>, pin: Option<&str>) -> (u16, Value) {
    let response = Device::client()
        .post(format!("{base}/api/join"))
        .json(&json!({ "secret": secret, "pin": pin, "name": "Ffôn", "language": "en" }))
        .send()
        .await
        .expect("reachable");
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread")]
async fn joining_needs_the_secret_or_the_pin_and_wrong_pins_lock_out() {
    let venue = Venue::new();
    let hub = venue.hub(0);
    let base = hub.status().short_url.clone();
    let secret = hub.status().url.rsplit_once("#k=").expect("secret in the fragment").1.to_owned();
    assert_eq!(join_with(&base, Some(&secret), None).await.0, 200);
    assert_eq!(join_with(&base, None, Some(&hub.status().pin)).await.0, 200);
    let wrong = if hub.status().pin == "000000" { "000001" } else { "000000" };
    let (status, answer) = join_with(&base, None, Some(wrong)).await;
    assert_eq!((status, answer["code"].as_str()), (401, Some("wrong_code")));
    assert_eq!(join_with(&base, Some("0123456789abcdef0123456789abcdef"), None).await.0, 401);
    for _ in 0..3 {
        join_with(&base, None, Some(wrong)).await;
    }
    // Five wrong codes: even the right PIN is refused for a while.
    let (status, answer) = join_with(&base, None, Some(&hub.status().pin)).await;
    assert_eq!((status, answer["code"].as_str()), (429, Some("locked_out")));
    assert_eq!(venue.store.list_devices(venue.lab.id).expect("devices").len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn requests_without_a_known_token_or_from_a_revoked_device_are_refused() {
    let venue = Venue::new();
    let hub = venue.hub(0);
    let device = Device::join(&hub, "Ffôn", Some(venue.groups[0])).await;
    let note = venue.note(0, "Pwy sy'n gwirio penderfyniadau'r model?");
    let id = uuid::Uuid::now_v7().to_string();
    assert_eq!(device.send(Method::PUT, &format!("/api/notes/{id}"), Some(&note)).await.unwrap().0, 201);

    let stranger = Device { token: "f".repeat(64), ..Device::join(&hub, "Arall", None).await };
    let (status, answer) = stranger.send(Method::GET, "/api/lab", None).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (401, Some("unauthorized")));
    let anonymous = Device::client().get(format!("{}/api/notes", device.base)).send().await.unwrap();
    assert_eq!(anonymous.status().as_u16(), 401);

    venue.store.revoke_device(device.id.parse().unwrap()).expect("revoked");
    let (status, answer) = device.send(Method::GET, "/api/notes", None).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (403, Some("revoked")));
    let again = uuid::Uuid::now_v7().to_string();
    assert_eq!(device.send(Method::PUT, &format!("/api/notes/{again}"), Some(&note)).await.unwrap().0, 403);
    // Its note stays.
    assert_eq!(
        venue.store.list_notes(venue.challenges[0].id).unwrap().iter().filter(|n| n.id.to_string() == id).count(),
        1
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn another_labs_ids_and_other_devices_notes_are_out_of_reach() {
    let venue = Venue::new();
    let other = venue.store.create_sample_lab(Language::En).expect("another lab");
    let other_challenge = venue.store.list_challenges(other.id).unwrap()[0].id;
    let other_role = venue.store.list_roles(other.id).unwrap()[0].id;
    let hub = venue.hub(0);
    let device = Device::join(&hub, "Ffôn", Some(venue.groups[0])).await;
    let neighbour = Device::join(&hub, "Cymydog", Some(venue.groups[0])).await;

    let mut note = venue.note(0, "Testun");
    note["challenge_id"] = json!(other_challenge);
    let (status, answer) =
        device.send(Method::PUT, &format!("/api/notes/{}", uuid::Uuid::now_v7()), Some(&note)).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (422, Some("challenge_not_in_lab")));
    let mut note = venue.note(0, "Testun");
    note["role_id"] = json!(other_role);
    let (status, answer) =
        device.send(Method::PUT, &format!("/api/notes/{}", uuid::Uuid::now_v7()), Some(&note)).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (422, Some("role_not_in_lab")));
    let settings =
        json!({ "name": "Ffôn", "group_id": venue.store.list_groups(other.id).unwrap()[0].id, "language": "cy" });
    let (status, answer) = device.send(Method::PUT, "/api/device", Some(&settings)).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (422, Some("group_not_in_lab")));

    // A neighbour's note can be read in the group, not changed; its id cannot be taken over.
    let id = uuid::Uuid::now_v7().to_string();
    neighbour.send(Method::PUT, &format!("/api/notes/{id}"), Some(&venue.note(0, "Eiddo'r cymydog"))).await.unwrap();
    let edit =
        json!({ "role_id": venue.role, "kind": "idea", "stage": "planning", "text": "Newid", "confidential": false });
    let (status, answer) = device.send(Method::PATCH, &format!("/api/notes/{id}"), Some(&edit)).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (403, Some("not_yours")));
    assert_eq!(device.send(Method::DELETE, &format!("/api/notes/{id}"), None).await.unwrap().0, 403);
    let (status, _) =
        device.send(Method::PUT, &format!("/api/notes/{id}"), Some(&venue.note(0, "Trosodd"))).await.unwrap();
    assert_eq!(status, 403);
    // The group's notes are shown (the app's own for the group too); no other group's.
    let (_, notes) = device.send(Method::GET, "/api/notes", None).await.unwrap();
    let notes = notes.as_array().unwrap();
    let every: Vec<_> = venue.challenges.iter().flat_map(|c| venue.store.list_notes(c.id).unwrap()).collect();
    let expected = every.iter().filter(|n| n.group_id == Some(venue.groups[0])).count();
    assert!(every.iter().any(|n| n.group_id != Some(venue.groups[0])), "the sample has other groups' notes");
    assert_eq!(notes.len(), expected);
    assert!(notes.iter().all(|n| n["group_id"] == json!(venue.groups[0])));
    assert_eq!(notes.iter().filter(|n| n["text"] == "Eiddo'r cymydog" && n["mine"] == false).count(), 1);
    assert!(notes.iter().all(|n| n["mine"] == false));
    // The lab as a device sees it carries no participants.
    let (_, lab) = device.send(Method::GET, "/api/lab", None).await.unwrap();
    assert!(lab.get("participants").is_none());
    assert_eq!(lab["lab"]["id"], json!(venue.lab.id));
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_bodies_oversized_bodies_and_foreign_hosts_are_refused_and_nothing_is_lost() {
    let venue = Venue::new();
    let hub = venue.hub(0);
    let port = hub.status().port;
    let device = Device::join(&hub, "Ffôn", Some(venue.groups[0])).await;
    let saved = uuid::Uuid::now_v7().to_string();
    device.send(Method::PUT, &format!("/api/notes/{saved}"), Some(&venue.note(0, "Cadw hwn"))).await.unwrap();

    let huge = venue.note(0, &"ŵ".repeat(40_000));
    let (status, answer) =
        device.send(Method::PUT, &format!("/api/notes/{}", uuid::Uuid::now_v7()), Some(&huge)).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (413, Some("too_large")));
    let long = venue.note(0, &"a".repeat(10_001));
    let (status, answer) =
        device.send(Method::PUT, &format!("/api/notes/{}", uuid::Uuid::now_v7()), Some(&long)).await.unwrap();
    assert_eq!((status, answer["code"].as_str(), answer["field"].as_str()), (422, Some("too_long"), Some("text")));
    let (status, answer) = device.send(Method::PUT, "/api/notes/not-a-uuid", Some(&venue.note(0, "x"))).await.unwrap();
    assert_eq!((status, answer["code"].as_str()), (400, Some("bad_request")));
    let garbage = device
        .client
        .put(format!("{}/api/notes/{}", device.base, uuid::Uuid::now_v7()))
        .bearer_auth(&device.token)
        .header("content-type", "application/json")
        .body("{\"text\": [1, 2")
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status().as_u16(), 400);
    let answer: Value = garbage.json().await.unwrap();
    assert_eq!(answer["code"], "bad_request");
    assert!(answer["message"].as_str().unwrap().len() < 300);

    // DNS rebinding: a page on another name that resolves to this address.
    let rebound = raw(port, format!("GET /api/lab HTTP/1.1\r\nHost: evil.example:{port}\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n", device.token).as_bytes()).await;
    assert!(rebound.starts_with("HTTP/1.1 421"), "{rebound}");
    assert!(rebound.contains("bad_host"));
    let no_host = raw(port, b"GET / HTTP/1.0\r\n\r\n").await;
    assert!(no_host.starts_with("HTTP/1.0 421") || no_host.starts_with("HTTP/1.1 421"), "{no_host}");

    let notes = venue.store.list_notes(venue.challenges[0].id).unwrap();
    assert_eq!(notes.iter().filter(|n| n.id.to_string() == saved).count(), 1);
    assert_eq!(venue.store.list_devices(venue.lab.id).unwrap()[0].note_count, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn every_answer_carries_the_policy_and_no_cors_and_the_page_is_served() {
    let venue = Venue::new();
    let hub = venue.hub(0);
    let base = hub.status().short_url.clone();
    let client = Device::client();
    let page = client.get(format!("{base}/")).header("Origin", "http://evil.example").send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200, "the capture page is built by `npm run build` into ui/dist-capture");
    assert_eq!(page.headers()["content-security-policy"], designlab_hub::CSP);
    assert_eq!(page.headers()["x-content-type-options"], "nosniff");
    assert!(page.headers().get("access-control-allow-origin").is_none());
    let html = page.text().await.unwrap();
    assert!(html.contains("/assets/"), "{html}");
    let preflight = client
        .request(Method::OPTIONS, format!("{base}/api/notes"))
        .header("Origin", "http://evil.example")
        .send()
        .await
        .unwrap();
    assert!(preflight.headers().get("access-control-allow-origin").is_none());
    let outside = client.get(format!("{base}/../../Cargo.toml")).send().await.unwrap();
    assert_eq!(outside.status().as_u16(), 404);
    let missing = client.get(format!("{base}/assets/..%2F..%2Findex.html")).send().await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);
}

#[tokio::test(flavor = "multi_thread")]
async fn once_capture_is_closed_nothing_answers_and_reopening_keeps_devices() {
    let venue = Venue::new();
    let hub = venue.hub(0);
    let port = hub.status().port;
    let pin = hub.status().pin.clone();
    let device = Device::join(&hub, "Ffôn", Some(venue.groups[0])).await;
    tokio::task::spawn_blocking(move || hub.stop()).await.unwrap();
    assert!(tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err(), "the port is closed");
    assert!(device.send(Method::GET, "/api/lab", None).await.is_err());

    let hub = venue.hub(port);
    assert_ne!(hub.status().pin, pin, "new codes each time capture opens");
    let (status, _) = device.send(Method::GET, "/api/lab", None).await.unwrap();
    assert_eq!(status, 200, "a device that joined before goes on without joining again");
    tokio::time::sleep(Duration::from_millis(10)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_taken_port_is_reported_and_the_default_falls_back() {
    let venue = Venue::new();
    let hub = venue.hub(0);
    let port = hub.status().port;
    let taken = designlab_hub::Hub::start(
        std::sync::Arc::clone(&venue.store),
        venue.lab.id,
        designlab_hub::Listen { address: [127, 0, 0, 1].into(), port: Some(port) },
    );
    assert_eq!(taken.err().map(|e| e.code()), Some(designlab_core::ErrorCode::AddressInUse));
}
