//! The words around a report's content, shared by every format.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::actions::ActionStatus;
use crate::goals::{Goal, GoalFamily};
use crate::messages::{Arg, Messages};
use crate::report::{Report, ReportAction, ReportGoal, ReportNote, ReportRanked, Tally};
use crate::voting::VoteMethod;
use crate::{Language, NoteKind, PublicParticipant, Stage};

pub fn stage(messages: &Messages, stage: Stage) -> String {
    messages.get(&format!("stage-{}", stage.key()))
}

pub fn kind(messages: &Messages, kind: NoteKind) -> String {
    messages.get(&format!("kind-{}", kind.key()))
}

/// A date as the app writes it everywhere, on screen and in reports: "Tuesday 15 October 2024",
/// "dydd Mawrth 15 Hydref 2024" (lower case, as Welsh writes a weekday within a line).
pub fn date(messages: &Messages, date: NaiveDate) -> String {
    let weekday = messages.get(&format!("weekday-{}", date.weekday().number_from_monday()));
    let month = messages.get(&format!("month-{}", date.month()));
    messages.with(
        "date-long",
        &[
            ("weekday", Arg::Text(&weekday)),
            ("day", Arg::Number(i64::from(date.day()))),
            ("month", Arg::Text(&month)),
            ("year", Arg::Text(&date.year().to_string())),
        ],
    )
}

/// How a ranked theme or note scored: "7 dots from 2 groups", "Average 4.5 from 2 ratings".
pub fn score(messages: &Messages, ranked: &ReportRanked, method: VoteMethod) -> String {
    let voters = Arg::Number(i64::from(ranked.voters));
    match (method, ranked.mean) {
        (VoteMethod::Rating, Some(mean)) => {
            let mean = format!("{:.1}", mean).trim_end_matches('0').trim_end_matches('.').to_owned();
            messages.with("voting-result-rating", &[("mean", Arg::Text(&mean)), ("voters", voters)])
        }
        _ => {
            messages.with("voting-result-dots", &[("count", Arg::Number(i64::from(ranked.total))), ("voters", voters)])
        }
    }
}

/// The language of something people typed (a challenge, a prompt, a theme, an action) where its
/// words tell it and it is not the language of the report around it: the passage to mark, so a
/// screen reader reads it in its own voice. Typed text is never translated, so a bilingual
/// report holds it in both columns, marked in the one whose language it is not.
pub fn typed_language(text: &str, messages: &Messages) -> Option<Language> {
    crate::language::guess(text).filter(|language| *language != messages.language())
}

/// The language a note was said in, where it is not the language of the report around it.
pub fn note_language(note: &ReportNote, messages: &Messages) -> Option<Language> {
    note.language.filter(|language| *language != messages.language())
}

/// Text split where people left a blank line.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// The lines under the title, as (label, value): date, venue and address, organisers, partner
/// projects, the room's languages and the lab it follows; each only when the lab has it.
pub fn details(report: &Report, messages: &Messages) -> Vec<(String, String)> {
    let lab = &report.lab;
    let mut lines = Vec::new();
    if let Some(date) = lab.date {
        lines.push((messages.get("lab-form-date"), self::date(messages, date)));
    }
    let venue = [lab.venue.as_str(), lab.address.as_str()].into_iter().filter(|v| !v.is_empty()).collect::<Vec<_>>();
    if !venue.is_empty() {
        lines.push((messages.get("lab-form-venue"), venue.join(", ")));
    }
    if !lab.organisers.is_empty() {
        lines.push((messages.get("lab-form-organisers"), lab.organisers.clone()));
    }
    if !lab.partner_projects.is_empty() {
        lines.push((messages.get("lab-form-partner-projects"), lab.partner_projects.join("; ")));
    }
    if !lab.languages.is_empty() {
        let names: Vec<String> = lab.languages.iter().map(|l| messages.get(&format!("language-{}", l.key()))).collect();
        lines.push((messages.get("lab-languages"), names.join(", ")));
    }
    if let Some(earlier) = &report.follows {
        lines.push((messages.get("series-follows"), lab_named(earlier, messages)));
    }
    lines
}

/// A lab by its title, and its date when it has one: "Care rotas, Thursday 12 March 2026".
fn lab_named(lab: &crate::Lab, messages: &Messages) -> String {
    match lab.date {
        Some(day) => format!("{}, {}", lab.title, date(messages, day)),
        None => lab.title.clone(),
    }
}

/// The section on actions brought forward from the earlier lab: a heading, a sentence naming
/// that lab, then per challenge its actions with what became of them. The PDF's template reads
/// it as it is.
#[derive(Serialize)]
pub struct CarriedSection {
    pub heading: String,
    pub intro: String,
    pub challenges: Vec<CarriedChallenge>,
}

#[derive(Serialize)]
pub struct CarriedChallenge {
    pub title: String,
    pub actions: Vec<ActionLine>,
}

/// An action as a line of the report: what, then who, by when and what became of it.
#[derive(Serialize)]
pub struct ActionLine {
    pub text: String,
    pub about: Vec<String>,
}

pub fn carried_section(report: &Report, messages: &Messages) -> CarriedSection {
    CarriedSection {
        heading: messages.get("report-carried"),
        // The title stands alone, quoted in Welsh after the word that would mutate it, and the
        // date beside it.
        intro: match report.follows.as_ref() {
            Some(earlier) => match earlier.date {
                Some(day) => messages.with(
                    "report-carried-intro-dated",
                    &[("lab", Arg::Text(&earlier.title)), ("date", Arg::Text(&date(messages, day)))],
                ),
                None => messages.with("report-carried-intro", &[("lab", Arg::Text(&earlier.title))]),
            },
            None => messages.get("report-carried-intro-unknown"),
        },
        challenges: report
            .challenges
            .iter()
            .filter(|section| !section.carried.is_empty())
            .map(|section| CarriedChallenge {
                title: section.challenge.title.clone(),
                actions: section
                    .carried
                    .iter()
                    .map(|action| ActionLine { text: action.text.clone(), about: action_about(action, messages) })
                    .collect(),
            })
            .collect(),
    }
}

/// Clock times as a span, "13:30–14:15", or "13:30–" while still going.
pub fn span(start: &Option<String>, end: &Option<String>) -> String {
    match (start, end) {
        (Some(start), Some(end)) => format!("{start}–{end}"),
        (Some(start), None) => format!("{start}–"),
        _ => String::new(),
    }
}

pub fn minutes(messages: &Messages, minutes: u32) -> String {
    messages.with("report-agenda-minutes", &[("minutes", Arg::Number(i64::from(minutes)))])
}

/// Who owns an action, by when, which theme it comes from, as far as each is known, and what
/// became of it once that is said.
pub fn action_about(action: &ReportAction, messages: &Messages) -> Vec<String> {
    let mut about = Vec::new();
    if let Some(owner) = &action.owner {
        about.push(messages.with("actions-owned-by", &[("role", Arg::Text(owner))]));
    }
    if let Some(due) = action.due_date {
        about.push(messages.with("actions-due-on", &[("date", Arg::Text(&self::date(messages, due)))]));
    }
    if let Some(theme) = &action.theme {
        about.push(messages.with("actions-from-theme", &[("theme", Arg::Text(theme))]));
    }
    let status = match action.status {
        ActionStatus::Open => None,
        ActionStatus::Done => Some("actions-status-done-on"),
        ActionStatus::Dropped => Some("actions-status-dropped-on"),
    };
    if let (Some(status), Some(on)) = (status, action.status_on) {
        let said = messages.with(status, &[("date", Arg::Text(&self::date(messages, on)))]);
        about.push(match action.status_note.as_str() {
            "" => said,
            note => format!("{said}: {note}"),
        });
    }
    about
}

/// A participant named with consent, as the report lists them: "Name, Organisation".
pub fn named(person: &PublicParticipant) -> String {
    let name = person.name.clone().unwrap_or_default();
    match &person.organisation {
        Some(organisation) => format!("{name}, {organisation}"),
        None => name,
    }
}

/// Who said a note, by role, and what kind of note it is: "Worker, Idea".
pub fn said_by(note: &ReportNote, messages: &Messages) -> String {
    messages.with("report-note-by", &[("role", Arg::Text(&note.role)), ("kind", Arg::Text(&kind(messages, note.kind)))])
}

/// The stages a challenge's notes are on, in the toolkit's order (the notes come sorted).
pub fn stages_of(notes: &[ReportNote]) -> Vec<Stage> {
    let mut stages: Vec<Stage> = notes.iter().map(|n| n.stage).collect();
    stages.dedup();
    stages
}

/// The agenda as a table of text: the column headings (segment, planned, and actual once the
/// lab has run), then a row per segment.
pub fn agenda_table(report: &Report, messages: &Messages) -> (Vec<String>, Vec<Vec<String>>) {
    let minutes = |m: u32| self::minutes(messages, m);
    let mut columns = vec![messages.get("report-agenda-segment"), messages.get("report-agenda-planned")];
    if report.ran {
        columns.push(messages.get("report-agenda-actual"));
    }
    let rows = report
        .agenda
        .iter()
        .map(|segment| {
            let mut row = vec![
                segment.title.clone(),
                format!("{} ({})", span(&segment.planned_start, &segment.planned_end), minutes(segment.minutes)),
            ];
            if report.ran {
                let actual = span(&segment.actual_start, &segment.actual_end);
                row.push(match segment.actual_minutes {
                    Some(m) => format!("{actual} ({})", minutes(m)),
                    None => actual,
                });
            }
            row
        })
        .collect();
    (columns, rows)
}

/// One of the report's counts of notes: by challenge, stage, kind or role.
pub struct NoteTally {
    /// Which count: `challenge`, `stage`, `kind` or `role`.
    pub key: &'static str,
    pub heading: String,
    /// The heading of the column of names.
    pub column: String,
    pub rows: Vec<Tally<String>>,
}

/// The counts of notes every format shows under "the lab in numbers", in the order it shows
/// them, with stages and kinds by name; by role only when someone spoke.
pub fn note_tallies(report: &Report, messages: &Messages) -> Vec<NoteTally> {
    let tally = |key: &'static str, rows: Vec<Tally<String>>| NoteTally {
        key,
        heading: messages.get(&format!("report-notes-by-{key}")),
        column: messages.get(&format!("report-column-{key}")),
        rows,
    };
    let stages = report.notes_by_stage.iter().map(|t| Tally { what: stage(messages, t.what), count: t.count });
    let kinds = report.notes_by_kind.iter().map(|t| Tally { what: kind(messages, t.what), count: t.count });
    let mut tallies = vec![
        tally("challenge", report.notes_by_challenge.clone()),
        tally("stage", stages.collect()),
        tally("kind", kinds.collect()),
    ];
    if !report.notes_by_role.is_empty() {
        tallies.push(tally("role", report.notes_by_role.clone()));
    }
    tallies
}

/// The section on the well-being goals, as every format writes it: a heading, a sentence on
/// what the tags are, then per list of the catalogue the entries the lab spoke to. The PDF's
/// template reads it as it is.
#[derive(Serialize)]
pub struct GoalsSection {
    pub heading: String,
    pub intro: String,
    pub families: Vec<GoalFamilyBlock>,
}

/// The well-being goals, the ways of working or the duties: those the lab spoke to.
#[derive(Serialize)]
pub struct GoalFamilyBlock {
    pub heading: String,
    pub goals: Vec<GoalBlock>,
}

/// One goal: its official name, what was tagged with it ("3 notes, 1 theme"), and
/// the themes and actions by name ("Theme: Rotas and travel time").
#[derive(Serialize)]
pub struct GoalBlock {
    pub name: String,
    pub counts: String,
    pub lines: Vec<String>,
}

pub fn goal(messages: &Messages, goal: Goal) -> String {
    messages.get(&goal.message())
}

pub fn goals_section(report: &Report, messages: &Messages) -> GoalsSection {
    let families = <GoalFamily as strum::VariantArray>::VARIANTS
        .iter()
        .map(|&family| GoalFamilyBlock {
            heading: messages.get(&family.message()),
            goals: report.goals.iter().filter(|g| g.goal.family() == family).map(|g| goal_block(g, messages)).collect(),
        })
        .filter(|block| !block.goals.is_empty())
        .collect();
    GoalsSection { heading: messages.get("report-goals"), intro: messages.get("report-goals-intro"), families }
}

fn goal_block(spoken: &ReportGoal, messages: &Messages) -> GoalBlock {
    // Only what there is: "2 notes", "1 theme, 1 action".
    let counted =
        [("notes", spoken.notes as usize), ("themes", spoken.themes.len()), ("actions", spoken.actions.len())];
    let counts = counted
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(what, count)| {
            let count = Arg::Number(i64::try_from(count).unwrap_or(i64::MAX));
            messages.with(&format!("report-goal-{what}"), &[("count", count)])
        })
        .collect::<Vec<_>>()
        .join(", ");
    let themes = spoken.themes.iter().map(|theme| messages.with("report-goal-theme", &[("theme", Arg::Text(theme))]));
    let actions =
        spoken.actions.iter().map(|action| messages.with("report-goal-action", &[("action", Arg::Text(action))]));
    GoalBlock { name: goal(messages, spoken.goal), counts, lines: themes.chain(actions).collect() }
}

/// A note's, theme's or action's goals by name, joined for one cell: "Fair work; Involvement".
pub fn goal_names(messages: &Messages, goals: &[Goal]) -> String {
    goals.iter().map(|&g| goal(messages, g)).collect::<Vec<_>>().join("; ")
}
