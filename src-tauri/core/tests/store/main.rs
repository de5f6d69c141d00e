//! The store, tested against real SQLite files in temporary folders: one module per table or
//! concern.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

// Mirrors the core's folders: one module a phase, one file a table or feature.
mod capture {
    mod devices;
    mod groups;
    mod language;
    mod notes;
    mod search;
}
mod exchange {
    mod archive;
    mod inputs;
    mod notes_from_csv;
    mod outputs;
}
mod plan {
    mod agenda;
    mod challenges;
    mod duplicate;
    mod groups;
    mod labs;
    mod participants;
    mod roles;
    mod sample;
    mod series;
    mod templates;
}
mod report {
    mod bilingual;
    mod contents;
    mod export;
    mod qdpx;
    mod readers;
}
mod run;
mod store {
    mod backups;
    mod full_disk;
    mod instance;
    mod open;
    mod restore;
    mod schema;
    mod settings;
    mod upgrade;
    mod writers;
}
mod synthesis {
    mod actions;
    mod goals;
    mod suggestions;
    mod themes;
    mod voting;
}

use std::sync::Arc;

use designlab_core::clock::ManualClock;
use designlab_core::{
    BreakoutGroup, BreakoutGroupFields, Challenge, ChallengeFields, GroupId, Lab, LabFields, Language, NewNote, Note,
    NoteKind, RoleCount, Stage, Store,
};
use tempfile::TempDir;

/// A store on a fresh database file, with the folder that holds it and the clock it tells the
/// time by: 15 October 2024, 13:30 at a venue one hour ahead of UTC (British Summer Time), so no
/// test depends on the machine's clock or time zone.
pub struct Fixture {
    pub dir: TempDir,
    pub db_path: std::path::PathBuf,
    pub clock: Arc<ManualClock>,
    pub store: Store,
}

impl Fixture {
    pub fn open() -> Fixture {
        let dir = tempfile::tempdir().expect("temporary folder");
        let db_path = dir.path().join("designlab.sqlite3");
        let clock = Arc::new(ManualClock::at_local(venue_time(13, 30), 1));
        let store = Store::open_with_clock(&db_path, clock.clone()).expect("open a new database");
        Fixture { dir, db_path, clock, store }
    }

    /// The store, with the clock set to `when`: `fixture.at(t0).run_action(…)` is the facilitator
    /// pressing a key at `t0`.
    pub fn at(&self, when: chrono::DateTime<chrono::Utc>) -> &Store {
        self.clock.set(when);
        &self.store
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

    /// A note of the lab's first role on `challenge`, for the whole room, as a note-taker
    /// submits it: a concern, untagged, its language told from its words.
    pub fn new_note(&self, challenge: &Challenge, text: &str) -> NewNote {
        NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: self.store.list_roles(challenge.lab_id).expect("roles")[0].id,
            kind: NoteKind::Concern,
            stage: None,
            text: text.into(),
            confidential: false,
            goals: Vec::new(),
            language: None,
        }
    }

    /// A note of the lab's first role on `challenge`, taken in `group`.
    pub fn note(&self, challenge: &Challenge, group: Option<GroupId>, text: &str) -> Note {
        let new = NewNote { group_id: group, kind: NoteKind::Idea, ..self.new_note(challenge, text) };
        self.store.create_note(&new).expect("save note")
    }
}

/// A time on the fixture's day at the venue.
pub fn venue_time(hour: u32, minute: u32) -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2024, 10, 15).unwrap().and_hms_opt(hour, minute, 0).unwrap()
}
