//! Templates in the store: the built-in toolkit template, templates saved from labs or
//! imported from files, and labs started from any of them.

pub mod file;

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use self::file::{
    StageGuide, Template, TemplateChallenge, TemplateLab, TemplateSegment, TEMPLATE_FILE_MAX, TEMPLATE_FORMAT,
    TEMPLATE_VERSION,
};
use crate::ids::{ChallengeId, LabId, TemplateId};
use crate::limits::{self, TITLE_MAX};
use crate::store::{self, now, timestamp};
use crate::{
    agenda, challenges, labs, roles, toolkit, ChallengeFields, Error, Field, Lab, Language, Result, SegmentFields,
    Stage, Store,
};

/// Which template: the built-in one (in the interface's language) or a saved one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TemplateSource {
    Builtin,
    Saved { id: TemplateId },
}

/// What the template picker shows of a template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TemplateSummary {
    pub source: TemplateSource,
    pub name: String,
    pub description: String,
    /// Whose work the template draws on.
    pub credit: String,
    pub language: Language,
    pub challenges: u32,
    pub segments: u32,
    /// The agenda's planned length.
    pub minutes: u32,
}

static BUILTIN_EN: LazyLock<Template> = LazyLock::new(|| {
    builtin(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/templates/worker-voice.en.json")))
});
static BUILTIN_CY: LazyLock<Template> = LazyLock::new(|| {
    builtin(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/templates/worker-voice.cy.json")))
});

/// The built-in template ships with the binary and is tested, so it always parses.
#[allow(clippy::expect_used)]
fn builtin(json: &str) -> Template {
    Template::parse(json).expect("the built-in template is valid")
}

/// The toolkit's template, "Worker voice in procurement of digital and AI systems".
pub fn builtin_template(language: Language) -> &'static Template {
    match language {
        Language::En => &BUILTIN_EN,
        Language::Cy => &BUILTIN_CY,
    }
}

/// The built-in template's guidance for `stage`, in `language`.
pub fn stage_guide(language: Language, stage: Stage) -> Option<StageGuide> {
    builtin_template(language).stages.iter().find(|g| g.stage == stage).cloned()
}

impl Store {
    /// The built-in template in `language`, then saved templates by name.
    pub fn list_templates(&self, language: Language) -> Result<Vec<TemplateSummary>> {
        let mut summaries = vec![summary(TemplateSource::Builtin, builtin_template(language))];
        self.read(|conn| {
            let mut statement = conn.prepare("SELECT id, body FROM template ORDER BY name COLLATE NOCASE, id")?;
            let rows = statement
                .query_map([], |row| Ok((row.get(0)?, row.get::<_, String>(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (id, body) in rows {
                summaries.push(summary(TemplateSource::Saved { id }, &stored(&body)?));
            }
            Ok(summaries)
        })
    }

    /// The template itself, as export writes it.
    pub fn template(&self, source: TemplateSource, language: Language) -> Result<Template> {
        self.read(|conn| load(conn, source, language))
    }

    /// Keeps a lab's details, roles (those not retired), challenges and agenda as a template
    /// called `name`. Nothing that was said is kept.
    pub fn save_lab_as_template(&self, lab_id: LabId, name: &str, language: Language) -> Result<TemplateSummary> {
        let name = limits::required(Field::Name, name, TITLE_MAX)?;
        self.write(|tx| {
            let template = from_lab(tx, lab_id, &name, language)?.checked()?;
            let id = insert(tx, &template)?;
            Ok(summary(TemplateSource::Saved { id }, &template))
        })
    }

    /// Starts a lab called `title` from a template: its details, roles, challenges and agenda.
    pub fn create_lab_from_template(&self, source: TemplateSource, title: &str, language: Language) -> Result<Lab> {
        let title = limits::required(Field::Title, title, TITLE_MAX)?;
        self.write(|tx| {
            let template = load(tx, source, language)?;
            let id = instantiate(tx, &template, &title)?;
            labs::get(tx, id)
        })
    }

    /// Writes a template to `path` as a versioned JSON file, completely or not at all.
    pub fn export_template(&self, source: TemplateSource, language: Language, path: &Path) -> Result<()> {
        let json = self.template(source, language)?.to_json();
        crate::files::write_output(path, json.as_bytes(), self.path())
    }

    /// Reads a template file, checks all of it, and saves it; an invalid file saves nothing.
    pub fn import_template(&self, path: &Path) -> Result<TemplateSummary> {
        self.import_template_bytes(&crate::files::read_at_most(path, TEMPLATE_FILE_MAX)?)
    }

    /// Checks all of a template file's content and saves it; an invalid file saves nothing.
    pub fn import_template_bytes(&self, bytes: &[u8]) -> Result<TemplateSummary> {
        crate::files::at_most(bytes.len() as u64, TEMPLATE_FILE_MAX)?;
        let template = Template::parse(crate::files::utf8(bytes)?)?;
        self.write(|tx| {
            let id = insert(tx, &template)?;
            Ok(summary(TemplateSource::Saved { id }, &template))
        })
    }

    pub fn delete_template(&self, id: TemplateId) -> Result<()> {
        self.write(|tx| store::delete_by_id(tx, "template", "template", id))
    }
}

fn summary(source: TemplateSource, template: &Template) -> TemplateSummary {
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    TemplateSummary {
        source,
        name: template.name.clone(),
        description: template.description.clone(),
        credit: template.source.clone(),
        language: template.language,
        challenges: count(template.challenges.len()),
        segments: count(template.agenda.len()),
        minutes: template.agenda.iter().map(|s| s.minutes).sum(),
    }
}

pub(crate) fn load(conn: &Connection, source: TemplateSource, language: Language) -> Result<Template> {
    match source {
        TemplateSource::Builtin => Ok(builtin_template(language).clone()),
        TemplateSource::Saved { id } => {
            let body: String = conn
                .query_row("SELECT body FROM template WHERE id = ?1", [id], |row| row.get(0))
                .optional()?
                .ok_or_else(|| Error::not_found("template", id))?;
            stored(&body)
        }
    }
}

/// A template as stored: it was checked when saved, so a failure here means the file was
/// changed behind the app's back.
fn stored(body: &str) -> Result<Template> {
    Template::parse(body).map_err(|e| Error::DatabaseCorrupt(format!("saved template: {e}")))
}

fn insert(tx: &Transaction<'_>, template: &Template) -> Result<TemplateId> {
    let id = TemplateId::generate();
    tx.execute(
        "INSERT INTO template (id, name, language, body, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![id, template.name, template.language, template.to_json(), timestamp(now())],
    )?;
    Ok(id)
}

/// Creates a lab from a checked template, returning its id.
pub(crate) fn instantiate(tx: &Transaction<'_>, template: &Template, title: &str) -> Result<LabId> {
    // A template without ground rules gets ours, in the template's language.
    let mut fields = template.lab.lab_fields(title);
    if fields.ground_rules.is_empty() {
        fields.ground_rules = toolkit::ground_rules(template.language).to_owned();
    }
    let fields = labs::validate(&fields)?;
    let lab_id = labs::insert(tx, &fields)?;
    for role in &template.roles {
        roles::insert(tx, lab_id, role)?;
    }
    let mut challenge_ids = HashMap::new();
    for challenge in &template.challenges {
        let id = challenges::insert(
            tx,
            lab_id,
            &ChallengeFields {
                title: challenge.title.clone(),
                description: challenge.description.clone(),
                stages: challenge.stages.clone(),
                prompts: challenge.prompts.clone(),
            },
        )?;
        challenge_ids.insert(challenge.key.as_str(), id);
    }
    for segment in &template.agenda {
        let fields = SegmentFields {
            kind: segment.kind,
            title: segment.title.clone(),
            minutes: segment.minutes,
            notes: segment.notes.clone(),
            challenge_ids: segment
                .challenges
                .iter()
                .filter_map(|key| challenge_ids.get(key.as_str()).copied())
                .collect(),
        };
        agenda::insert(tx, lab_id, &fields)?;
    }
    Ok(lab_id)
}

/// The template a lab would make: challenges keyed by their place in the lab (`c1`, `c2`, …).
fn from_lab(conn: &Connection, lab_id: LabId, name: &str, language: Language) -> Result<Template> {
    let lab = labs::get(conn, lab_id)?;
    let challenges = challenges::list(conn, lab_id)?;
    let key_of: HashMap<ChallengeId, String> =
        challenges.iter().enumerate().map(|(i, c)| (c.id, format!("c{}", i + 1))).collect();
    Ok(Template {
        format: TEMPLATE_FORMAT.to_owned(),
        version: TEMPLATE_VERSION,
        language,
        name: name.to_owned(),
        description: lab.description.clone(),
        source: String::new(),
        lab: TemplateLab::from(lab.fields),
        roles: roles::list(conn, lab_id)?.into_iter().filter(|r| !r.retired).map(|r| r.name).collect(),
        stages: Vec::new(),
        challenges: challenges
            .iter()
            .map(|c| TemplateChallenge {
                key: key_of[&c.id].clone(),
                title: c.title.clone(),
                description: c.description.clone(),
                stages: c.stages.clone(),
                prompts: c.prompts.clone(),
            })
            .collect(),
        agenda: agenda::read(conn, lab_id)?
            .segments
            .into_iter()
            .map(|s| TemplateSegment {
                kind: s.kind,
                title: s.title,
                minutes: s.minutes,
                notes: s.notes,
                challenges: s.challenge_ids.iter().filter_map(|id| key_of.get(id).cloned()).collect(),
            })
            .collect(),
    })
}
