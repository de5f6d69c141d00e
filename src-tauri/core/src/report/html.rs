//! The report as one standalone HTML file: readable in any browser, printable on A4, with
//! headings, landmarks and tables a screen reader can navigate. Written with maud, which
//! escapes every piece of text it is given, so nothing people typed can become markup. The
//! in-app preview shows this same document.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::messages::Messages;
use crate::report::export::Words;
use crate::report::labels;
use crate::report::{Report, ReportChallenge, ReportNote, Tally};
use crate::voting::VoteMethod;

/// The report's stylesheet. Constant, so the app's content security policy can allow exactly
/// this text by its hash for the preview (a test keeps the two in step).
pub const STYLE: &str = "\
:root{color:#1c2628;background:#fff;font-family:'Atkinson Hyperlegible Next','Atkinson Hyperlegible',system-ui,sans-serif;line-height:1.5}\
body{max-width:46rem;margin:0 auto;padding:2rem 1.25rem}\
h1{font-size:2rem;line-height:1.2;margin:0 0 .75rem}\
h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid #17494d}\
h3{font-size:1.2rem;margin:1.75rem 0 .5rem}\
h4{font-size:1.05rem;margin:1.25rem 0 .25rem}\
a{color:#17494d}\
.lede{font-size:1.15rem}\
dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}\
dl.details dt{font-weight:700}\
dl.details dd{margin:0}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #c9c7bd;vertical-align:top}\
td.number{text-align:right;font-variant-numeric:tabular-nums;width:4rem}\
td.bar{width:40%}\
.bar rect{fill:#17494d}\
.stages,.by{color:#4d5b5c}\
ul.notes li{margin-bottom:.4rem}\
.score{color:#4d5b5c}\
body.bilingual{max-width:84rem}\
.pair{display:grid;grid-template-columns:1fr 1fr;gap:0 2.5rem}\
.part+.part{margin-top:3rem;border-top:4px double #17494d}\
@media (max-width:52rem){.pair{grid-template-columns:1fr}}\
@media print{body{max-width:none;padding:0}h2{break-before:page;border-top:0}nav{display:none}a{color:inherit;text-decoration:none}li,tr{break-inside:avoid}.pair h2{break-before:auto}.pair.section{break-before:page}}\
@page{size:A4;margin:20mm 18mm}";

pub fn write(report: &Report, words: &Words) -> String {
    let lab = &report.lab;
    let first = words.first();
    let page = html! {
        (DOCTYPE)
        html lang=(first.language().key()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (lab.title) }
                style { (PreEscaped(STYLE)) }
            }
            @if words.is_bilingual() {
                (bilingual(report, words))
            } @else {
                body {
                    header {
                        (cover(report))
                        (details(report, first))
                    }
                    (contents(report, first, ""))
                    main { @for section in sections(report, first, "") { (section) } }
                }
            }
        }
    };
    page.into_string()
}

/// The report in two languages: side by side, each section beside its other, or one language
/// after the other. Each part is marked with its language, and its ids start with it.
fn bilingual(report: &Report, words: &Words) -> Markup {
    let parts: Vec<(&Messages, String)> =
        words.parts.iter().map(|messages| (messages, format!("{}-", messages.language().key()))).collect();
    let part_sections: Vec<Vec<Markup>> =
        parts.iter().map(|(messages, prefix)| sections(report, messages, prefix)).collect();
    let rows = part_sections.first().map_or(0, Vec::len);
    html! {
        body.bilingual {
            header { (cover(report)) }
            main {
                @if words.side_by_side {
                    div.pair {
                        @for (messages, prefix) in &parts {
                            div lang=(messages.language().key()) {
                                (details(report, messages))
                                (contents(report, messages, prefix))
                            }
                        }
                    }
                    @for row in 0..rows {
                        div.pair.section {
                            @for ((messages, _), sections) in parts.iter().zip(&part_sections) {
                                div lang=(messages.language().key()) { (sections[row]) }
                            }
                        }
                    }
                } @else {
                    @for ((messages, prefix), sections) in parts.iter().zip(&part_sections) {
                        div.part lang=(messages.language().key()) {
                            (details(report, messages))
                            (contents(report, messages, prefix))
                            @for section in sections { (section) }
                        }
                    }
                }
            }
        }
    }
}

/// The title and the organiser's summary, as typed: in whatever language they were written.
fn cover(report: &Report) -> Markup {
    html! {
        h1 { (report.lab.title) }
        @for paragraph in labels::paragraphs(report.summary()) {
            p.lede { (lines(paragraph)) }
        }
    }
}

fn contents(report: &Report, messages: &Messages, prefix: &str) -> Markup {
    let sections = report.setup.sections;
    let href = |id: &str| format!("#{prefix}{id}");
    html! {
        nav aria-label=(messages.get("lab-contents")) {
            ol {
                @if sections.numbers { li { a href=(href("numbers")) { (messages.get("report-numbers")) } } }
                @if report.shows_agenda() {
                    li { a href=(href("agenda")) { (messages.get("report-agenda")) } }
                }
                @if sections.challenges {
                    @for (index, section) in report.challenges.iter().enumerate() {
                        li { a href=(href(&format!("challenge-{}", index + 1))) { (section.challenge.title) } }
                    }
                }
                @if report.shows_carried() { li { a href=(href("carried")) { (messages.get("report-carried")) } } }
                @if report.shows_goals() { li { a href=(href("goals")) { (messages.get("report-goals")) } } }
                @if sections.appendix { li { a href=(href("appendix")) { (messages.get("report-appendix")) } } }
            }
        }
    }
}

/// The report's sections in one language, in order, their ids starting with `prefix`.
fn sections(report: &Report, messages: &Messages, prefix: &str) -> Vec<Markup> {
    let chosen = report.setup.sections;
    let mut sections = Vec::new();
    if chosen.numbers {
        sections.push(numbers(report, messages, prefix));
    }
    if report.shows_agenda() {
        sections.push(agenda(report, messages, prefix));
    }
    if chosen.challenges {
        for (index, section) in report.challenges.iter().enumerate() {
            sections.push(challenge(&format!("{prefix}challenge-{}", index + 1), section, messages));
        }
    }
    if report.shows_carried() {
        sections.push(carried(report, messages, prefix));
    }
    if report.shows_goals() {
        sections.push(goals(report, messages, prefix));
    }
    if chosen.appendix {
        sections.push(appendix(report, messages, prefix));
    }
    sections
}

fn details(report: &Report, messages: &Messages) -> Markup {
    html! {
        dl.details {
            @for (label, value) in labels::details(report, messages) {
                dt { (label) } dd { (value) }
            }
        }
    }
}

fn numbers(report: &Report, messages: &Messages, prefix: &str) -> Markup {
    let column = |id: &str| messages.get(&format!("report-column-{id}"));
    html! {
        section id=(format!("{prefix}numbers")) aria-labelledby=(format!("{prefix}numbers-heading")) {
            h2 id=(format!("{prefix}numbers-heading")) { (messages.get("report-numbers")) }
            @if !report.people_by_role.is_empty() {
                (tally(&format!("{prefix}people"), &messages.get("report-people-by-role"), &column("role"), &column("people"), &report.people_by_role, messages))
            }
            @if !report.named.is_empty() {
                h3 { (messages.get("report-named")) }
                ul {
                    @for person in &report.named { li { (labels::named(person)) } }
                }
            }
            @for t in labels::note_tallies(report, messages) {
                (tally(&format!("{prefix}by-{}", t.key), &t.heading, &t.column, &column("notes"), &t.rows, messages))
            }
        }
    }
}

/// A count per name as a table, with a bar beside each number so the largest reads at a glance.
/// The bars are drawn, not styled, so they print and need no inline CSS; the numbers carry the
/// meaning for anyone who cannot see them.
fn tally(id: &str, heading: &str, what: &str, count: &str, rows: &[Tally<String>], messages: &Messages) -> Markup {
    const BAR_WIDTH: u32 = 200;
    let most = rows.iter().map(|t| t.count).max().unwrap_or(0).max(1);
    html! {
        h3 id=(format!("{id}-heading")) { (heading) }
        table aria-labelledby=(format!("{id}-heading")) {
            thead { tr { th scope="col" { (what) } th scope="col" { (count) } td {} } }
            tbody {
                @for row in rows {
                    tr {
                        th scope="row" { (typed(&row.what, messages)) }
                        td.number { (row.count) }
                        td.bar {
                            svg.bar width=(BAR_WIDTH) height="14" aria-hidden="true" focusable="false" {
                                rect width=(row.count * BAR_WIDTH / most) height="14" {}
                            }
                        }
                    }
                }
            }
        }
    }
}

fn agenda(report: &Report, messages: &Messages, prefix: &str) -> Markup {
    let (span, minutes) = (labels::span, |m: u32| labels::minutes(messages, m));
    let heading = format!("{prefix}agenda-heading");
    html! {
        section id=(format!("{prefix}agenda")) aria-labelledby=(heading) {
            h2 id=(heading) { (messages.get("report-agenda")) }
            @if !report.ran { p { (messages.get("report-agenda-not-run")) } }
            table aria-labelledby=(heading) {
                thead {
                    tr {
                        th scope="col" { (messages.get("report-agenda-segment")) }
                        th scope="col" { (messages.get("report-agenda-planned")) }
                        @if report.ran { th scope="col" { (messages.get("report-agenda-actual")) } }
                    }
                }
                tbody {
                    @for segment in &report.agenda {
                        tr {
                            th scope="row" { (segment.title) }
                            td { (span(&segment.planned_start, &segment.planned_end)) " (" (minutes(segment.minutes)) ")" }
                            @if report.ran {
                                td {
                                    (span(&segment.actual_start, &segment.actual_end))
                                    @if let Some(m) = segment.actual_minutes { " (" (minutes(m)) ")" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn challenge(id: &str, section: &ReportChallenge, messages: &Messages) -> Markup {
    let challenge = &section.challenge;
    let stages = challenge.stages.iter().map(|s| labels::stage(messages, *s)).collect::<Vec<_>>().join(", ");
    let priorities = match section.method {
        VoteMethod::Dots => "report-priorities-dots",
        VoteMethod::Rating => "report-priorities-rating",
    };
    html! {
        section id=(id) aria-labelledby=(format!("{id}-heading")) {
            h2 id=(format!("{id}-heading")) { (typed(&challenge.title, messages)) }
            p.stages { (stages) }
            @for paragraph in labels::paragraphs(&challenge.description) { p { (typed(paragraph, messages)) } }
            @if !challenge.prompts.is_empty() {
                h3 { (messages.get("report-prompts")) }
                ul { @for prompt in &challenge.prompts { li { (typed(prompt, messages)) } } }
            }
            @if !section.themes.is_empty() {
                h3 { (messages.get("report-themes")) }
                @for theme in &section.themes {
                    h4 { (typed(&theme.title, messages)) }
                    @for paragraph in labels::paragraphs(&theme.summary) { p { (typed(paragraph, messages)) } }
                    (notes(&theme.notes, messages))
                }
            }
            @if !section.ranked.is_empty() {
                h3 { (messages.get(priorities)) }
                ol {
                    @for ranked in &section.ranked {
                        li value=(ranked.rank) {
                            @if ranked.is_theme { strong { (typed(&ranked.label, messages)) } } @else { (typed(&ranked.label, messages)) }
                            " " span.score { "(" (labels::score(messages, ranked, section.method)) ")" }
                        }
                    }
                }
            }
            @if !section.actions.is_empty() {
                h3 { (messages.get("report-actions")) }
                ul {
                    @for action in &section.actions {
                        (action_item(&action.text, &labels::action_about(action, messages), messages))
                    }
                }
            }
        }
    }
}

fn action_item(text: &str, about: &[String], messages: &Messages) -> Markup {
    html! {
        li {
            strong { (typed(text, messages)) }
            @for line in about { br; (line) }
        }
    }
}

fn carried(report: &Report, messages: &Messages, prefix: &str) -> Markup {
    let section = labels::carried_section(report, messages);
    html! {
        section id=(format!("{prefix}carried")) aria-labelledby=(format!("{prefix}carried-heading")) {
            h2 id=(format!("{prefix}carried-heading")) { (section.heading) }
            p { (section.intro) }
            @for challenge in &section.challenges {
                h3 { (typed(&challenge.title, messages)) }
                ul { @for action in &challenge.actions { (action_item(&action.text, &action.about, messages)) } }
            }
        }
    }
}

fn goals(report: &Report, messages: &Messages, prefix: &str) -> Markup {
    let section = labels::goals_section(report, messages);
    html! {
        section id=(format!("{prefix}goals")) aria-labelledby=(format!("{prefix}goals-heading")) {
            h2 id=(format!("{prefix}goals-heading")) { (section.heading) }
            p { (section.intro) }
            @for family in &section.families {
                h3 { (family.heading) }
                @for goal in &family.goals {
                    h4 { (goal.name) }
                    p.stages { (goal.counts) }
                    @if !goal.lines.is_empty() { ul { @for line in &goal.lines { li { (lines(line)) } } } }
                }
            }
        }
    }
}

fn appendix(report: &Report, messages: &Messages, prefix: &str) -> Markup {
    html! {
        section id=(format!("{prefix}appendix")) aria-labelledby=(format!("{prefix}appendix-heading")) {
            h2 id=(format!("{prefix}appendix-heading")) { (messages.get("report-appendix")) }
            @for section in report.challenges.iter().filter(|s| !s.notes.is_empty()) {
                h3 { (typed(&section.challenge.title, messages)) }
                @for stage in labels::stages_of(&section.notes) {
                    h4 { (labels::stage(messages, stage)) }
                    (notes(&section.notes.iter().filter(|n| n.stage == stage).cloned().collect::<Vec<_>>(), messages))
                }
            }
        }
    }
}

fn notes(notes: &[ReportNote], messages: &Messages) -> Markup {
    html! {
        ul.notes {
            @for note in notes {
                li {
                    // Marked in its own language, so a screen reader reads it in that voice.
                    (in_language(&note.text, labels::note_language(note, messages)))
                    " " span.by {
                        "— " (labels::said_by(note, messages))
                    }
                }
            }
        }
    }
}

/// Typed text, marked with its language where its words tell it is not the report's.
fn typed(text: &str, messages: &Messages) -> Markup {
    in_language(text, labels::typed_language(text, messages))
}

/// Text with its line breaks kept, in a span marked with `language` when there is one.
fn in_language(text: &str, language: Option<crate::Language>) -> Markup {
    html! {
        @if let Some(language) = language {
            span lang=(language.key()) { (lines(text)) }
        } @else {
            (lines(text))
        }
    }
}

/// Text with its line breaks kept, each line escaped.
fn lines(text: &str) -> Markup {
    html! {
        @for (index, line) in text.lines().enumerate() {
            @if index > 0 { br; }
            (line)
        }
    }
}
