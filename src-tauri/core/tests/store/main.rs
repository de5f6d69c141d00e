//! The store, tested against real SQLite files in temporary folders: one module per table or
//! concern.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

mod agenda;
mod backups;
mod challenges;
mod duplicate;
mod full_disk;
mod groups;
mod inputs;
mod labs;
mod open;
mod participants;
mod roles;
mod run;
mod sample;
mod schema;
mod search;
mod settings;
mod templates;
mod upgrade;

use designlab_core::{Challenge, ChallengeFields, Lab, LabFields, Language, Stage, Store};
use tempfile::TempDir;

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
}
