//! How the hub holds up with a room of note-takers: `cargo bench -p designlab-hub`.
//!
//! Thirty devices, joined over HTTP on 127.0.0.1, each send 100 notes of realistic length
//! (80 to 400 characters, English and Welsh) one after another, as a note-taker types, all
//! thirty at once. Measured: notes committed per second, and the time from sending a note to
//! the hub's answer that it is committed (p50, p99). Beside it, the same 3,000 notes saved
//! straight through the store from thirty threads: what the hub costs, as ratios.
//!
//! Prints figures; asserts nothing. Timings are for reading, not for tests.

#![allow(clippy::unwrap_used)] // a benchmark that fails should stop at once

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use designlab_core::{Language, NewNote, NoteKind, Store};
use designlab_hub::{Hub, Listen};
use serde_json::{json, Value};

const DEVICES: usize = 30;
const NOTES_EACH: usize = 100;

const PHRASES: [&str; 8] = [
    "The workers on the rota should see the scoring criteria before the tender goes out",
    "Mae angen i'r gweithwyr gael llais cyn i'r contract gael ei lofnodi",
    "Who owns the location data the app collects, and who can see it?",
    "Dylai'r cyflenwr ddangos sut mae'r system yn gweithio yn Gymraeg",
    "An equality impact assessment before the pilot, not after it",
    "Pwy sy'n gwirio penderfyniadau'r model ar ôl i'r contract ddechrau?",
    "Staff need protected time to take part in scoring bids",
    "Rhaid i'r undeb fod yn rhan o'r grŵp goruchwylio o'r dechrau",
];

/// A note of 80 to 400 characters, different for each device and number.
fn text(device: usize, n: usize) -> String {
    let target = 80 + (device * 37 + n * 53) % 320;
    let mut text = String::new();
    let mut i = device + n;
    while text.chars().count() < target {
        text.push_str(PHRASES[i % PHRASES.len()]);
        text.push_str(". ");
        i += 1;
    }
    text.chars().take(target).collect::<String>().trim().to_owned()
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}

struct Run {
    per_second: f64,
    p50: Duration,
    p99: Duration,
}

fn report(label: &str, wall: Duration, mut latencies: Vec<Duration>) -> Run {
    let run = Run {
        per_second: latencies.len() as f64 / wall.as_secs_f64(),
        p50: percentile(&mut latencies, 0.5),
        p99: percentile(&mut latencies, 0.99),
    };
    println!(
        "{label:<34} {:>7.0} notes/s   p50 {:>9}   p99 {:>9}   ({} notes in {:.2} s)",
        run.per_second,
        ms(run.p50),
        ms(run.p99),
        latencies.len(),
        wall.as_secs_f64()
    );
    run
}

fn fresh_lab() -> (tempfile::TempDir, Arc<Store>, designlab_core::Lab) {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path().join("lab.sqlite3")).unwrap());
    let lab = store.create_sample_lab(Language::Cy).unwrap();
    (dir, store, lab)
}

fn through_the_hub() -> Run {
    let (_dir, store, lab) = fresh_lab();
    let challenges = store.list_challenges(lab.id).unwrap();
    let role = store.list_roles(lab.id).unwrap()[0].id;
    let hub = Hub::start(Arc::clone(&store), lab.id, Listen { address: IpAddr::from([127, 0, 0, 1]), port: Some(0) })
        .unwrap();
    let base = hub.status().short_url.clone();
    let pin = hub.status().pin.clone();
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let (wall, latencies) = runtime.block_on(async move {
        let mut devices = Vec::new();
        for n in 0..DEVICES {
            let client = reqwest::Client::new();
            let answer: Value = client
                .post(format!("{base}/api/join"))
                .json(&json!({ "secret": null, "pin": pin, "name": format!("Ffôn {n}"), "language": "cy" }))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            devices.push((client, answer["token"].as_str().unwrap().to_owned()));
        }
        let started = Instant::now();
        let mut tasks = Vec::new();
        for (n, (client, token)) in devices.into_iter().enumerate() {
            let base = base.clone();
            let challenges = challenges.clone();
            tasks.push(tokio::spawn(async move {
                let mut latencies = Vec::with_capacity(NOTES_EACH);
                for i in 0..NOTES_EACH {
                    let note = json!({
                        "challenge_id": challenges[(n + i) % challenges.len()].id,
                        "group_id": null, "role_id": role, "kind": "concern", "stage": null,
                        "text": text(n, i), "confidential": false,
                    });
                    let sent = Instant::now();
                    let status = client
                        .put(format!("{base}/api/notes/{}", uuid::Uuid::now_v7()))
                        .bearer_auth(&token)
                        .json(&note)
                        .send()
                        .await
                        .unwrap()
                        .status();
                    latencies.push(sent.elapsed());
                    assert_eq!(status.as_u16(), 201);
                }
                latencies
            }));
        }
        let mut latencies = Vec::new();
        for task in tasks {
            latencies.extend(task.await.unwrap());
        }
        (started.elapsed(), latencies)
    });
    hub.stop();
    report("30 devices through the hub (HTTP)", wall, latencies)
}

fn straight_through_the_store() -> Run {
    let (_dir, store, lab) = fresh_lab();
    let challenges = store.list_challenges(lab.id).unwrap();
    let role = store.list_roles(lab.id).unwrap()[0].id;
    let started = Instant::now();
    let threads: Vec<_> = (0..DEVICES)
        .map(|n| {
            let store = Arc::clone(&store);
            let challenges = challenges.clone();
            std::thread::spawn(move || {
                (0..NOTES_EACH)
                    .map(|i| {
                        let note = NewNote {
                            challenge_id: challenges[(n + i) % challenges.len()].id,
                            group_id: None,
                            role_id: role,
                            kind: NoteKind::Concern,
                            stage: None,
                            text: text(n, i),
                            confidential: false,
                            goals: Vec::new(),
                            language: None,
                        };
                        let sent = Instant::now();
                        store.create_note(&note).unwrap();
                        sent.elapsed()
                    })
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let latencies = threads.into_iter().flat_map(|thread| thread.join().unwrap()).collect();
    report("30 threads straight to the store", started.elapsed(), latencies)
}

fn main() {
    println!("{DEVICES} devices x {NOTES_EACH} notes, each committed (WAL, synchronous=FULL) before it is answered\n");
    let direct = straight_through_the_store();
    let hub = through_the_hub();
    println!(
        "\nhub / store: throughput {:.2}x, p50 {:.2}x, p99 {:.2}x",
        hub.per_second / direct.per_second,
        hub.p50.as_secs_f64() / direct.p50.as_secs_f64(),
        hub.p99.as_secs_f64() / direct.p99.as_secs_f64(),
    );
}
