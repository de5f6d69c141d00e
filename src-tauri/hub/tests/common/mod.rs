//! A lab in a real SQLite file, a hub serving it on 127.0.0.1, and devices that talk to it over
//! real HTTP, as the capture page does.

#![allow(dead_code)]

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use designlab_core::{Challenge, GroupId, Lab, Language, Store};
use designlab_hub::{Hub, Listen};
use serde_json::{json, Value};

pub struct Venue {
    pub store: Arc<Store>,
    pub lab: Lab,
    pub challenges: Vec<Challenge>,
    pub groups: Vec<GroupId>,
    pub role: String,
    pub dir: tempfile::TempDir,
}

impl Venue {
    pub fn new() -> Venue {
        let dir = tempfile::tempdir().expect("temporary folder");
        let store = Arc::new(Store::open(dir.path().join("lab.sqlite3")).expect("open store"));
        let lab = store.create_sample_lab(Language::Cy).expect("sample lab");
        let challenges = store.list_challenges(lab.id).expect("challenges");
        let groups = store.list_groups(lab.id).expect("groups").into_iter().map(|g| g.id).collect();
        let role = store.list_roles(lab.id).expect("roles")[0].id.to_string();
        Venue { store, lab, challenges, groups, role, dir }
    }

    /// A hub on the loopback address, on `port` (0: any free port).
    pub fn hub(&self, port: u16) -> Hub {
        Hub::start(
            Arc::clone(&self.store),
            self.lab.id,
            Listen { address: IpAddr::from([127, 0, 0, 1]), port: Some(port) },
        )
        .expect("hub starts")
    }

    /// A note of realistic length, with Welsh letters.
    pub fn note(&self, challenge: usize, text: &str) -> Value {
        json!({
            "challenge_id": self.challenges[challenge % self.challenges.len()].id,
            "group_id": null,
            "role_id": self.role,
            "kind": "concern",
            "stage": null,
            "text": text,
            "confidential": false,
        })
    }
}

/// One device: its client (its own connections) and, once joined, its token.
pub struct Device {
    pub base: String,
    pub client: reqwest::Client,
    pub token: String,
    pub id: String,
}

impl Device {
    pub fn client() -> reqwest::Client {
        reqwest::Client::builder().timeout(Duration::from_secs(15)).build().expect("client")
    }

    /// Joins with the PIN and picks `group`.
    pub async fn join(hub: &Hub, name: &str, group: Option<GroupId>) -> Device {
        let base = hub.status().short_url.clone();
        let client = Device::client();
        let answer: Value = client
            .post(format!("{base}/api/join"))
            .json(&json!({ "secret": null, "pin": hub.status().pin, "name": name, "language": "cy" }))
            .send()
            .await
            .expect("join")
            .error_for_status()
            .expect("joined")
            .json()
            .await
            .expect("answer");
        let device = Device {
            base,
            client,
            token: answer["token"].as_str().expect("token").to_owned(),
            id: answer["device"]["id"].as_str().expect("id").to_owned(),
        };
        let settings = json!({ "name": name, "group_id": group, "language": "cy" });
        let (status, _) = device.send(reqwest::Method::PUT, "/api/device", Some(&settings)).await.expect("reachable");
        assert_eq!(status, 200);
        device
    }

    /// One request; `Err` when the hub could not be reached or did not answer.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<(u16, Value), reqwest::Error> {
        let mut request = self.client.request(method, format!("{}{path}", self.base)).bearer_auth(&self.token);
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await?;
        let status = response.status().as_u16();
        let text = response.text().await?;
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::Null)))
    }
}

/// A raw HTTP/1.1 exchange over TCP, for what a well-behaved client never sends.
pub async fn raw(port: u16, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.expect("connect");
    stream.write_all(request).await.expect("write");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer)).await;
    String::from_utf8_lossy(&answer).into_owned()
}
