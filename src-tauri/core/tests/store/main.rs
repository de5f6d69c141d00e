//! The store, tested against real SQLite files in temporary folders: one module per table or
//! concern.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod actions;
mod agenda;
mod archive;
mod backups;
mod capture_groups;
mod challenges;
mod duplicate;
mod export;
mod full_disk;
mod groups;
mod inputs;
mod labs;
mod notes_import;
mod open;
mod participants;
mod report;
mod roles;
mod run;
mod sample;
mod schema;
mod search;
mod settings;
mod templates;
mod themes;
mod upgrade;
mod voting;

use designlab_core::{
    BreakoutGroup, BreakoutGroupFields, Challenge, ChallengeFields, Input, InputKind, Lab, LabFields, Language,
    NewInput, RoleCount, Stage, Store,
};
use tempfile::TempDir;
use uuid::Uuid;

/// A store on a fresh database file, with the folder that holds it.
pub struct Fixture {
    pub dir: TempDir,
    pub db_path: std::path::PathBuf,
    pub store: Store,
}

impl Fixture {
    pub fn open() -> Fixture {
        let dir = tempfile::tempdir().expect("temporary folder");
        let db_path = dir.path().join("designlab.sqlite3");
        let store = Store::open(&db_path).expect("open a new database");
        Fixture { dir, db_path, store }
    }

    pub fn lab(&self, title: &str) -> Lab {
        self.store
            .create_lab(&LabFields { title: title.into(), ..LabFields::default() }, Language::En)
            .expect("create lab")
    }

    pub fn challenge(&self, lab: &Lab, title: &str, stage: Stage) -> Challenge {
        self.store
            .add_challenge(
                lab.id,
                &ChallengeFields {
                    title: title.into(),
                    description: String::new(),
                    stages: vec![stage],
                    prompts: Vec::new(),
                },
            )
            .expect("add challenge")
    }

    /// A breakout group of `people` people, all of the lab's first role (none when 0).
    pub fn group(&self, lab: &Lab, name: &str, people: u32) -> BreakoutGroup {
        let role = self.store.list_roles(lab.id).expect("roles")[0].id;
        let role_counts = if people > 0 { vec![RoleCount { role_id: role, participants: people }] } else { Vec::new() };
        self.store
            .add_group(
                lab.id,
                &BreakoutGroupFields { name: name.into(), role_counts, ..BreakoutGroupFields::default() },
            )
            .expect("add group")
    }

    /// A note of the lab's first role on `challenge`, taken in `group`.
    pub fn note(&self, challenge: &Challenge, group: Option<Uuid>, text: &str) -> Input {
        let role_id = self.store.list_roles(challenge.lab_id).expect("roles")[0].id;
        self.store
            .create_input(&NewInput {
                challenge_id: challenge.id,
                group_id: group,
                role_id,
                kind: InputKind::Idea,
                stage: None,
                text: text.into(),
                confidential: false,
            })
            .expect("save note")
    }
}
