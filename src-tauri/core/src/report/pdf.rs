//! The report as a PDF, typeset by Typst from the template in `assets/report.typ`: A4, page
//! numbers, Noto Sans embedded from `assets/fonts` (every Welsh letter), and tagged for
//! assistive technology as PDF/UA-1 (headings, lists, tables with header cells, the document's
//! title and language). A report with a character no embedded font has is still tagged, but
//! cannot claim PDF/UA-1.
//!
//! The template never sees the store. This module hands it one JSON file holding every word
//! already in the report's language, or in each of its two, and the template places those
//! strings as text values,
//! which Typst never reads as markup: nothing people typed can run as code.

use std::sync::LazyLock;

use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Feature, Library, LibraryExt, World};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::messages::Messages;
use crate::report::export::Words;
use crate::report::labels;
use crate::report::{Report, ReportChallenge, ReportNote, Tally};
use crate::voting::VoteMethod;
use crate::{Error, Result};

const TEMPLATE: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/report.typ"));

/// Noto Sans for the text; DejaVu Sans where Noto Sans has no glyph (arrows, ticks, more scripts).
const FONTS: [&[u8]; 4] = [
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/fonts/NotoSans-Regular.ttf")),
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/fonts/NotoSans-Bold.ttf")),
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/fonts/NotoSans-Italic.ttf")),
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/fonts/DejaVuSans.ttf")),
];

/// Where the template finds its data: `json("/report.json")`.
const DATA_PATH: &str = "/report.json";

/// What stays the same from one report to the next: the standard library (with the
/// accessibility extras that mark a table's row headers) and the fonts, parsed once.
struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
    data: FileId,
}

static TYPESETTER: LazyLock<Typesetter> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONTS.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    Typesetter {
        library: LazyHash::new(Library::builder().with_features([Feature::A11yExtras].into_iter().collect()).build()),
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
        main: project_file("/report.typ"),
        data: project_file(DATA_PATH),
    }
});

fn project_file(path: &str) -> FileId {
    let path = VirtualPath::new(path).expect("a valid absolute path");
    RootedPath::new(VirtualRoot::Project, path).intern()
}

/// One compilation: the template and this report's data.
struct ReportWorld {
    typesetter: &'static Typesetter,
    main: Source,
    data: Bytes,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.typesetter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.book
    }

    fn main(&self) -> FileId {
        self.typesetter.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.typesetter.main {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.typesetter.data {
            Ok(self.data.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.get(index).cloned()
    }

    /// The template prints no "today": a report shows the lab's own date, and the same lab
    /// typesets to the same file on any day.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

/// Parses the fonts and builds the standard library now, so that a caller can do it while it
/// reads the report from the database instead of after.
pub fn warm_up() {
    LazyLock::force(&TYPESETTER);
}

pub fn write(report: &Report, words: &Words) -> Result<Vec<u8>> {
    // Typst memoises layout between compilations; keep only what the last few reports used, so
    // an app left open for a day does not grow with every preview. Before this report rather
    // than after it: a command-line export has nothing to forget, and does not wait 10 ms
    // forgetting its own report's layout as it ends.
    comemo::evict(10);
    let typesetter = &*TYPESETTER;
    let (_, data) = project(report, words)?;
    let world =
        ReportWorld { typesetter, main: Source::new(typesetter.main, TEMPLATE.to_owned()), data: Bytes::new(data) };
    let document = typst::compile::<PagedDocument>(&world).output.map_err(|errors| typesetting_failed(&errors))?;
    let ident = || Smart::Custom(report.lab.id.to_string());
    let tagged = PdfOptions { ident: ident(), ..PdfOptions::default() };
    let accessible = PdfOptions {
        ident: ident(),
        standards: PdfStandards::new(&[PdfStandard::Ua_1]).map_err(|e| Error::Internal(e.message().to_string()))?,
        ..PdfOptions::default()
    };
    // PDF/UA-1 refuses a character no embedded font can show (an emoji in a note). Such a
    // report is still written, tagged as every report is, rather than not at all.
    let pdf = typst_pdf::pdf(&document, &accessible)
        .or_else(|_| typst_pdf::pdf(&document, &tagged))
        .map_err(|errors| typesetting_failed(&errors))?;
    Ok(pdf)
}

/// The Typst project a report is typeset from: the template, and the data it reads as
/// `/report.json`. The scale benchmark times the typst compiler itself on exactly this.
pub fn project(report: &Report, words: &Words) -> Result<(&'static str, Vec<u8>)> {
    let data = serde_json::to_vec(&Document::new(report, words)).map_err(|e| Error::Internal(e.to_string()))?;
    Ok((TEMPLATE, data))
}

/// A template that fails to typeset is our bug, never the user's text: say what Typst said.
fn typesetting_failed(errors: &[SourceDiagnostic]) -> Error {
    let said: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
    Error::Internal(format!("the PDF could not be typeset: {}", said.join("; ")))
}

/// Everything the template prints, in the order it prints it: the cover as typed, then the
/// report in each of its languages.
#[derive(Serialize)]
struct Document<'a> {
    /// The document's language: the first of its parts'.
    lang: &'static str,
    title: &'a str,
    author: Vec<&'a str>,
    summary: Vec<&'a str>,
    /// Two parts in two columns, section beside section, rather than one after the other.
    side_by_side: bool,
    parts: Vec<Part<'a>>,
}

/// The report in one language.
#[derive(Serialize)]
struct Part<'a> {
    lang: &'static str,
    details: Vec<Detail>,
    contents: String,
    numbers: Option<Numbers>,
    agenda: Option<Agenda>,
    challenges: Vec<Challenge<'a>>,
    carried: Option<labels::CarriedSection>,
    goals: Option<labels::GoalsSection>,
    appendix: Option<Appendix<'a>>,
}

#[derive(Serialize)]
struct Detail {
    label: String,
    value: String,
}

#[derive(Serialize)]
struct Numbers {
    heading: String,
    people: Option<TallyTable>,
    named: Option<Named>,
    tallies: Vec<TallyTable>,
}

#[derive(Serialize)]
struct Named {
    heading: String,
    people: Vec<String>,
}

/// A count per name, drawn as a table with a bar beside each number.
#[derive(Serialize)]
struct TallyTable {
    heading: String,
    what: String,
    count: String,
    rows: Vec<Tally<Typed<String>>>,
    most: u32,
}

#[derive(Serialize)]
struct Agenda {
    heading: String,
    not_run: Option<String>,
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
}

/// Something people typed, with its language where its words tell it is not the report's, so
/// the tagged PDF marks it.
#[derive(Serialize)]
struct Typed<T> {
    text: T,
    lang: Option<&'static str>,
}

fn typed<T: AsRef<str>>(text: T, messages: &Messages) -> Typed<T> {
    let lang = labels::typed_language(text.as_ref(), messages).map(crate::Language::key);
    Typed { text, lang }
}

#[derive(Serialize)]
struct Challenge<'a> {
    title: Typed<&'a str>,
    stages: String,
    description: Vec<Typed<&'a str>>,
    prompts_heading: String,
    prompts: Vec<Typed<&'a str>>,
    themes_heading: String,
    themes: Vec<Theme<'a>>,
    priorities_heading: String,
    ranked: Vec<Ranked<'a>>,
    actions_heading: String,
    actions: Vec<Action<'a>>,
}

#[derive(Serialize)]
struct Theme<'a> {
    title: Typed<&'a str>,
    summary: Vec<Typed<&'a str>>,
    notes: Vec<Note<'a>>,
}

#[derive(Serialize)]
struct Note<'a> {
    /// What was said, with its language where it is not the report's.
    #[serde(flatten)]
    said: Typed<&'a str>,
    by: String,
}

#[derive(Serialize)]
struct Ranked<'a> {
    rank: u32,
    label: Typed<&'a str>,
    is_theme: bool,
    score: String,
}

#[derive(Serialize)]
struct Action<'a> {
    text: Typed<&'a str>,
    about: Vec<String>,
}

#[derive(Serialize)]
struct Appendix<'a> {
    heading: String,
    challenges: Vec<AppendixChallenge<'a>>,
}

#[derive(Serialize)]
struct AppendixChallenge<'a> {
    title: Typed<&'a str>,
    stages: Vec<AppendixStage<'a>>,
}

#[derive(Serialize)]
struct AppendixStage<'a> {
    stage: String,
    notes: Vec<Note<'a>>,
}

impl<'a> Document<'a> {
    fn new(report: &'a Report, words: &Words) -> Self {
        let lab = &report.lab;
        Document {
            lang: words.first().language().key(),
            title: &lab.title,
            author: Some(lab.organisers.trim()).filter(|o| !o.is_empty()).into_iter().collect(),
            summary: labels::paragraphs(report.summary()).collect(),
            side_by_side: words.side_by_side,
            parts: words.parts.iter().map(|messages| Part::new(report, messages)).collect(),
        }
    }
}

impl<'a> Part<'a> {
    fn new(report: &'a Report, messages: &Messages) -> Self {
        let sections = report.setup.sections;
        Part {
            lang: messages.language().key(),
            details: labels::details(report, messages)
                .into_iter()
                .map(|(label, value)| Detail { label, value })
                .collect(),
            contents: messages.get("report-contents"),
            numbers: sections.numbers.then(|| numbers(report, messages)),
            agenda: report.shows_agenda().then(|| agenda(report, messages)),
            challenges: if sections.challenges {
                report.challenges.iter().map(|section| challenge(section, messages)).collect()
            } else {
                Vec::new()
            },
            carried: report.shows_carried().then(|| labels::carried_section(report, messages)),
            goals: report.shows_goals().then(|| labels::goals_section(report, messages)),
            appendix: sections.appendix.then(|| appendix(report, messages)),
        }
    }
}

fn numbers(report: &Report, messages: &Messages) -> Numbers {
    let column = |id: &str| messages.get(&format!("report-column-{id}"));
    let table = |heading: String, what: String, count: String, rows: Vec<Tally<String>>| TallyTable {
        heading,
        what,
        count,
        most: rows.iter().map(|t| t.count).max().unwrap_or(0).max(1),
        rows: rows.into_iter().map(|t| Tally { what: typed(t.what, messages), count: t.count }).collect(),
    };
    let tallies = labels::note_tallies(report, messages)
        .into_iter()
        .map(|t| table(t.heading, t.column, column("notes"), t.rows))
        .collect();
    Numbers {
        heading: messages.get("report-numbers"),
        people: (!report.people_by_role.is_empty()).then(|| {
            table(
                messages.get("report-people-by-role"),
                column("role"),
                column("people"),
                report.people_by_role.clone(),
            )
        }),
        named: (!report.named.is_empty()).then(|| Named {
            heading: messages.get("report-named"),
            people: report.named.iter().map(labels::named).collect(),
        }),
        tallies,
    }
}

fn agenda(report: &Report, messages: &Messages) -> Agenda {
    let (columns, rows) = labels::agenda_table(report, messages);
    Agenda {
        heading: messages.get("report-agenda"),
        not_run: (!report.ran).then(|| messages.get("report-agenda-not-run")),
        columns,
        rows,
    }
}

fn challenge<'a>(section: &'a ReportChallenge, messages: &Messages) -> Challenge<'a> {
    let challenge = &section.challenge;
    let priorities = match section.method {
        VoteMethod::Dots => "report-priorities-dots",
        VoteMethod::Rating => "report-priorities-rating",
    };
    Challenge {
        title: typed(&challenge.title, messages),
        stages: challenge.stages.iter().map(|s| labels::stage(messages, *s)).collect::<Vec<_>>().join(", "),
        description: labels::paragraphs(&challenge.description).map(|p| typed(p, messages)).collect(),
        prompts_heading: messages.get("report-prompts"),
        prompts: challenge.prompts.iter().map(|p| typed(p.as_str(), messages)).collect(),
        themes_heading: messages.get("report-themes"),
        themes: section
            .themes
            .iter()
            .map(|theme| Theme {
                title: typed(&theme.title, messages),
                summary: labels::paragraphs(&theme.summary).map(|p| typed(p, messages)).collect(),
                notes: notes(&theme.notes, messages),
            })
            .collect(),
        priorities_heading: messages.get(priorities),
        ranked: section
            .ranked
            .iter()
            .map(|ranked| Ranked {
                rank: ranked.rank,
                label: typed(&ranked.label, messages),
                is_theme: ranked.is_theme,
                score: labels::score(messages, ranked, section.method),
            })
            .collect(),
        actions_heading: messages.get("report-actions"),
        actions: section
            .actions
            .iter()
            .map(|action| Action { text: typed(&action.text, messages), about: labels::action_about(action, messages) })
            .collect(),
    }
}

fn appendix<'a>(report: &'a Report, messages: &Messages) -> Appendix<'a> {
    Appendix {
        heading: messages.get("report-appendix"),
        challenges: report
            .challenges
            .iter()
            .filter(|section| !section.notes.is_empty())
            .map(|section| AppendixChallenge {
                title: typed(&section.challenge.title, messages),
                stages: labels::stages_of(&section.notes)
                    .into_iter()
                    .map(|stage| AppendixStage {
                        stage: labels::stage(messages, stage),
                        notes: notes(section.notes.iter().filter(|n| n.stage == stage), messages),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn notes<'a>(notes: impl IntoIterator<Item = &'a ReportNote>, messages: &Messages) -> Vec<Note<'a>> {
    notes
        .into_iter()
        .map(|note| Note {
            said: Typed { text: &note.text, lang: labels::note_language(note, messages).map(crate::Language::key) },
            by: labels::said_by(note, messages),
        })
        .collect()
}
