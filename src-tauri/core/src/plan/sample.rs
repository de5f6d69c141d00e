//! The sample lab: a fictional lab made from the built-in template, with breakout groups and
//! notes, so that the app is never empty when a newcomer first opens it. Its text lives in
//! `assets/samples/`, in English and Welsh.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Transaction};
use serde::Deserialize;

use crate::ids::{ChallengeId, GroupId, LabId, RoleId};
use crate::limits::{self, TEXT_MAX};
use crate::templates::{builtin_template, instantiate};
use crate::{
    challenges, groups, labs, notes, roles, BreakoutGroupFields, Error, Field, Goal, Lab, Language, NewNote, NoteKind,
    Result, RoleCount, Stage, Store,
};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sample {
    format: String,
    version: u32,
    language: Language,
    title: String,
    venue: String,
    address: String,
    organisers: String,
    description: String,
    groups: Vec<SampleGroup>,
    inputs: Vec<SampleInput>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleGroup {
    name: String,
    location: String,
    challenge: String,
    note_taker: String,
    counts: Vec<SampleCount>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleCount {
    /// Index into the template's roles.
    role: usize,
    count: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SampleInput {
    challenge: String,
    role: usize,
    kind: NoteKind,
    stage: Stage,
    text: String,
    /// What it speaks to among the well-being goals, ways of working and procurement duties.
    #[serde(default)]
    goals: Vec<Goal>,
}

fn sample_text(language: Language) -> &'static str {
    match language {
        Language::En => include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/samples/sample-lab.en.json")),
        Language::Cy => include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/samples/sample-lab.cy.json")),
    }
}

const SAMPLE_CREATED: &str = "sample_created";

impl Store {
    /// Creates the sample lab in `language`.
    pub fn create_sample_lab(&self, language: Language) -> Result<Lab> {
        let sample: Sample = serde_json::from_str(sample_text(language))
            .map_err(|e| Error::Internal(format!("the sample lab's text is broken: {e}")))?;
        if (sample.format.as_str(), sample.version, sample.language) != ("designlab-sample", 1, language) {
            return Err(Error::Internal("the sample lab's text is not the expected version".to_owned()));
        }
        self.write(|tx| {
            let id = create(tx, &sample, language)?;
            labs::get(tx, id)
        })
    }

    /// On the very first start, when there are no labs yet, creates the sample lab so the app
    /// is not empty. Only ever once: a deleted sample stays deleted.
    pub fn first_run_sample(&self, language: Language) -> Result<Option<Lab>> {
        let (recorded, labs) = self.read(|conn| {
            let found: Option<String> = conn
                .query_row("SELECT value FROM setting WHERE key = ?1", [SAMPLE_CREATED], |row| row.get(0))
                .optional()?;
            let labs: i64 = conn.query_row("SELECT count(*) FROM lab", [], |row| row.get(0))?;
            Ok((found.is_some(), labs))
        })?;
        // Once recorded there is nothing to write, so a database that can only be read opens.
        if recorded || self.is_read_only() {
            return Ok(None);
        }
        let lab = match labs > 0 {
            true => None,
            false => Some(self.create_sample_lab(language)?),
        };
        self.write(|tx| {
            tx.execute("INSERT OR IGNORE INTO setting (key, value) VALUES (?1, ?2)", [SAMPLE_CREATED, "1"])?;
            Ok(())
        })?;
        Ok(lab)
    }
}

fn create(tx: &Transaction<'_>, sample: &Sample, language: Language) -> Result<LabId> {
    let mut template = builtin_template(language).clone();
    template.lab.venue = sample.venue.clone();
    template.lab.address = sample.address.clone();
    template.lab.organisers = sample.organisers.clone();
    template.lab.description = sample.description.clone();
    // A room in Wales: people spoke in either language.
    template.lab.languages = vec![Language::Cy, Language::En];
    let lab_id = instantiate(tx, &template, &sample.title)?;

    let role_ids: Vec<RoleId> = roles::list(tx, lab_id)?.into_iter().map(|r| r.id).collect();
    let challenge_ids: HashMap<&str, ChallengeId> = template
        .challenges
        .iter()
        .map(|c| c.key.as_str())
        .zip(challenges::list(tx, lab_id)?.into_iter().map(|c| c.id))
        .collect();
    let role = |index: usize| role_ids.get(index).copied().ok_or_else(|| Error::not_found("sample role", index));
    let challenge =
        |key: &str| challenge_ids.get(key).copied().ok_or_else(|| Error::not_found("sample challenge", key));

    // Each sample note was taken in the group that worked on its challenge.
    let mut group_of: HashMap<ChallengeId, GroupId> = HashMap::new();
    for group in &sample.groups {
        let role_counts = group
            .counts
            .iter()
            .map(|c| Ok(RoleCount { role_id: role(c.role)?, participants: c.count }))
            .collect::<Result<_>>()?;
        let fields = groups::validate(&BreakoutGroupFields {
            name: group.name.clone(),
            location: group.location.clone(),
            challenge_id: Some(challenge(&group.challenge)?),
            note_taker: group.note_taker.clone(),
            role_counts,
        })?;
        let group_id = groups::insert(tx, lab_id, &fields)?;
        if let Some(challenge_id) = fields.challenge_id {
            group_of.entry(challenge_id).or_insert(group_id);
        }
    }
    for input in &sample.inputs {
        let challenge_id = challenge(&input.challenge)?;
        let note = NewNote {
            challenge_id,
            group_id: group_of.get(&challenge_id).copied(),
            role_id: role(input.role)?,
            kind: input.kind,
            stage: Some(input.stage),
            text: limits::required(Field::Text, &input.text, TEXT_MAX)?,
            confidential: false,
            goals: input.goals.clone(),
            language: Some(language),
        };
        notes::insert(tx, &note)?;
    }
    Ok(lab_id)
}
