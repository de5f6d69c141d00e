//! The template file format: a lab without its notes (details, roles, challenges with their
//! prompts, agenda) and, for the toolkit's template, guidance for each procurement stage.
//!
//! Files are versioned JSON. Reading one checks everything before anything is saved, and a
//! problem is reported with the place in the file where it is (`agenda[2].minutes`).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::limits::{self, LINE_MAX, LIST_MAX, TEXT_MAX, TITLE_MAX};
use crate::{
    agenda, challenges, labs, Category, ChallengeFields, Error, LabFields, Language, Result, SegmentFields,
    SegmentKind, Stage,
};

/// What the `format` field of every template file says.
pub const TEMPLATE_FORMAT: &str = "designlab-template";
/// The version of the format this binary writes and the newest it reads.
pub const TEMPLATE_VERSION: u64 = 1;
/// The largest template file read, in bytes; real templates are a few kilobytes.
pub const TEMPLATE_FILE_MAX: u64 = 2_000_000;
/// The most challenges, segments or roles a template may hold.
pub const TEMPLATE_ITEMS_MAX: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub format: String,
    pub version: u64,
    pub language: Language,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Whose work the template draws on.
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub lab: TemplateLab,
    pub roles: Vec<String>,
    #[serde(default)]
    pub stages: Vec<StageGuide>,
    #[serde(default)]
    pub challenges: Vec<TemplateChallenge>,
    #[serde(default)]
    pub agenda: Vec<TemplateSegment>,
}

/// The details a lab made from the template starts with (never its title or date).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TemplateLab {
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub description: String,
    pub ground_rules: String,
    pub category: Option<Category>,
    pub topics: Vec<String>,
    pub partner_projects: Vec<String>,
    pub organisers: String,
    pub author: String,
    pub venue: String,
    pub address: String,
    /// Left out of a file when none are said: such a file is as an older build wrote it, and an
    /// older build refuses one that says them by naming the field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Language>,
}

/// What the toolkit says about one procurement stage, in our own words: what worker
/// engagement is for at that stage, ways to do it, and questions for discussion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct StageGuide {
    pub stage: Stage,
    pub focus: String,
    pub approaches: Vec<String>,
    pub prompts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateChallenge {
    /// How the agenda refers to this challenge within the file.
    pub key: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub stages: Vec<Stage>,
    #[serde(default)]
    pub prompts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateSegment {
    pub kind: SegmentKind,
    pub title: String,
    pub minutes: u32,
    #[serde(default)]
    pub notes: String,
    /// Keys of the template's challenges.
    #[serde(default)]
    pub challenges: Vec<String>,
}

/// Converts between a lab's fields and a template's details through the one list of what
/// carries over (`with_carried_fields!` in `plan/labs.rs`).
macro_rules! carried_between_lab_and_template {
    ($($field:ident),*) => {
        impl TemplateLab {
            /// The fields of a lab called `title` that starts from these details.
            pub(crate) fn lab_fields(&self, title: &str) -> LabFields {
                let carried = self.clone();
                LabFields { title: title.to_owned(), date: None, $($field: carried.$field),* }
            }
        }

        /// A lab's details as a template keeps them: all but its title and date.
        impl From<LabFields> for TemplateLab {
            fn from(fields: LabFields) -> TemplateLab {
                TemplateLab { $($field: fields.$field),* }
            }
        }
    };
}
crate::plan::labs::with_carried_fields!(carried_between_lab_and_template);

impl Template {
    /// Reads and checks a template file's text. On any problem nothing is returned but an
    /// error naming where in the file it is.
    pub fn parse(json: &str) -> Result<Template> {
        let template: Template =
            crate::files::versioned_json(json, TEMPLATE_FORMAT, TEMPLATE_VERSION, Error::NotATemplate, |found| {
                Error::TemplateTooNew { found, known: TEMPLATE_VERSION }
            })?;
        template.checked()
    }

    /// The file's text: pretty JSON, so a person can read and diff it.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }

    /// The same template with every text trimmed, or the first problem found in it.
    pub(crate) fn checked(&self) -> Result<Template> {
        fn in_file(location: &str) -> impl FnOnce(Error) -> Error + '_ {
            move |error| located(location, error)
        }
        let lab_fields = labs::validate(&self.lab.lab_fields("template")).map_err(in_file("lab"))?;

        let mut roles = Vec::new();
        for (i, role) in self.roles.iter().enumerate() {
            roles.push(
                limits::required(crate::Field::Name, role, TITLE_MAX)
                    .map_err(|e| invalid(&format!("roles[{i}]"), e.to_string()))?,
            );
        }
        if roles.is_empty() {
            return Err(invalid("roles", "lists no stakeholder roles".to_owned()));
        }
        too_many("roles", roles.len())?;

        let mut stages = Vec::new();
        for (i, guide) in self.stages.iter().enumerate() {
            let at = format!("stages[{i}]");
            if stages.iter().any(|g: &StageGuide| g.stage == guide.stage) {
                return Err(invalid(&format!("{at}.stage"), format!("{} is listed twice", guide.stage)));
            }
            stages.push(StageGuide {
                stage: guide.stage,
                focus: limits::optional(crate::Field::Description, &guide.focus, TEXT_MAX)
                    .map_err(|e| invalid(&format!("{at}.focus"), e.to_string()))?,
                approaches: limits::list(crate::Field::Description, &guide.approaches, LINE_MAX)
                    .map_err(|e| invalid(&format!("{at}.approaches"), e.to_string()))?,
                prompts: limits::list(crate::Field::Prompts, &guide.prompts, LINE_MAX)
                    .map_err(|e| invalid(&format!("{at}.prompts"), e.to_string()))?,
            });
        }

        let mut keys = HashSet::new();
        let mut checked_challenges = Vec::new();
        for (i, challenge) in self.challenges.iter().enumerate() {
            let at = format!("challenges[{i}]");
            let key = challenge.key.trim().to_owned();
            if key.is_empty() || key.chars().count() > 50 {
                return Err(invalid(&format!("{at}.key"), "must be 1 to 50 characters".to_owned()));
            }
            if !keys.insert(key.clone()) {
                return Err(invalid(&format!("{at}.key"), format!("{key:?} is used by another challenge")));
            }
            let fields = challenges::validate(&ChallengeFields {
                title: challenge.title.clone(),
                description: challenge.description.clone(),
                stages: challenge.stages.clone(),
                prompts: challenge.prompts.clone(),
            })
            .map_err(in_file(&at))?;
            checked_challenges.push(TemplateChallenge {
                key,
                title: fields.title,
                description: fields.description,
                stages: fields.stages,
                prompts: fields.prompts,
            });
        }
        too_many("challenges", checked_challenges.len())?;

        let mut segments = Vec::new();
        for (i, segment) in self.agenda.iter().enumerate() {
            let at = format!("agenda[{i}]");
            let fields = agenda::validate(&SegmentFields {
                kind: segment.kind,
                title: segment.title.clone(),
                minutes: segment.minutes,
                notes: segment.notes.clone(),
                challenge_ids: Vec::new(),
            })
            .map_err(in_file(&at))?;
            let mut linked = Vec::new();
            for (j, key) in segment.challenges.iter().enumerate() {
                let key = key.trim().to_owned();
                if !keys.contains(&key) {
                    return Err(invalid(&format!("{at}.challenges[{j}]"), format!("no challenge has the key {key:?}")));
                }
                if !linked.contains(&key) {
                    linked.push(key);
                }
            }
            segments.push(TemplateSegment {
                kind: fields.kind,
                title: fields.title,
                minutes: fields.minutes,
                notes: fields.notes,
                challenges: linked,
            });
        }
        too_many("agenda", segments.len())?;

        Ok(Template {
            format: TEMPLATE_FORMAT.to_owned(),
            version: TEMPLATE_VERSION,
            language: self.language,
            name: limits::required(crate::Field::Name, &self.name, TITLE_MAX).map_err(in_file(""))?,
            description: limits::optional(crate::Field::Description, &self.description, TEXT_MAX)
                .map_err(in_file(""))?,
            source: limits::optional(crate::Field::Description, &self.source, TEXT_MAX)
                .map_err(|e| invalid("source", e.to_string()))?,
            lab: TemplateLab::from(lab_fields),
            roles,
            stages,
            challenges: checked_challenges,
            agenda: segments,
        })
    }
}

fn too_many(location: &str, count: usize) -> Result<()> {
    match count > TEMPLATE_ITEMS_MAX.max(LIST_MAX) {
        true => Err(invalid(location, format!("holds {count} entries; the limit is {TEMPLATE_ITEMS_MAX}"))),
        false => Ok(()),
    }
}

fn invalid(location: &str, problem: String) -> Error {
    Error::InvalidFile { location: location.to_owned(), problem }
}

/// Places a validation error of the core at `location` in the file, naming the field.
fn located(location: &str, error: Error) -> Error {
    let location = match error.field() {
        Some(field) if location.is_empty() => field.key(),
        Some(field) => format!("{location}.{}", field.key()),
        None => location.to_owned(),
    };
    Error::InvalidFile { location, problem: error.to_string() }
}
