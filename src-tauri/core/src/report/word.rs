//! The report as a Word document, written with docx-rs: real heading styles (so Word's and
//! LibreOffice's navigation and contents work), a table of contents field that fills in when
//! the document is opened, tables with a header row, page numbers, A4. Editable in Word and
//! LibreOffice.

use docx_rs::{
    AlignmentType, BreakType, Docx, FieldCharType, Footer, InstrText, InstrToC, PageMargin, PageNum, Paragraph, Run,
    RunFonts, Shading, ShdType, Style, StyleType, Table, TableCell, TableRow, WidthType,
};

use crate::messages::Messages;
use crate::report::labels;
use crate::report::{Report, ReportChallenge, ReportNote};
use crate::voting::VoteMethod;
use crate::{Error, Result};

/// A4 in twentieths of a point, and 2 cm margins.
const A4: (u32, u32) = (11_906, 16_838);
const MARGIN: i32 = 1_134;
/// The report's accent, as in the HTML and PDF.
const BAR_COLOUR: &str = "17494D";

pub fn write(report: &Report, messages: &Messages) -> Result<Vec<u8>> {
    let lab = &report.lab;
    let sections = report.setup.sections;
    let mut doc = Document::new();
    doc.push(styled(&lab.title, "Title"));
    let summary = report.summary();
    for paragraph in labels::paragraphs(summary) {
        doc.push(plain(paragraph));
    }
    details(&mut doc, report, messages);
    doc.contents = true;
    if sections.numbers {
        numbers(&mut doc, report, messages);
    }
    if report.shows_agenda() {
        agenda(&mut doc, report, messages);
    }
    if sections.challenges {
        for section in &report.challenges {
            challenge(&mut doc, section, messages);
        }
    }
    if report.shows_carried() {
        carried(&mut doc, report, messages);
    }
    if report.shows_goals() {
        goals(&mut doc, report, messages);
    }
    if sections.appendix {
        appendix(&mut doc, report, messages);
    }
    doc.finish(&messages.get("report-contents"))
}

fn details(doc: &mut Document, report: &Report, messages: &Messages) {
    for (label, value) in labels::details(report, messages) {
        doc.push(
            Paragraph::new()
                .add_run(Run::new().add_text(format!("{label}: ")).bold())
                .add_run(Run::new().add_text(value)),
        );
    }
}

fn numbers(doc: &mut Document, report: &Report, messages: &Messages) {
    doc.section(&messages.get("report-numbers"));
    let column = |id: &str| messages.get(&format!("report-column-{id}"));
    if !report.people_by_role.is_empty() {
        doc.push(styled(&messages.get("report-people-by-role"), "Heading2"));
        doc.tally(
            column("role"),
            column("people"),
            report.people_by_role.iter().map(|t| (t.what.clone(), t.count)).collect(),
        );
    }
    if !report.named.is_empty() {
        doc.push(styled(&messages.get("report-named"), "Heading2"));
        for person in &report.named {
            doc.push(bullet(&labels::named(person)));
        }
    }
    for t in labels::note_tallies(report, messages) {
        doc.push(styled(&t.heading, "Heading2"));
        doc.tally(t.column, column("notes"), t.rows.into_iter().map(|row| (row.what, row.count)).collect());
    }
}

fn agenda(doc: &mut Document, report: &Report, messages: &Messages) {
    doc.section(&messages.get("report-agenda"));
    if !report.ran {
        doc.push(plain(&messages.get("report-agenda-not-run")));
    }
    let (header, rows) = labels::agenda_table(report, messages);
    doc.table(header, rows);
}

fn challenge(doc: &mut Document, section: &ReportChallenge, messages: &Messages) {
    let challenge = &section.challenge;
    doc.section(&challenge.title);
    let stages = challenge.stages.iter().map(|s| labels::stage(messages, *s)).collect::<Vec<_>>().join(", ");
    doc.push(Paragraph::new().add_run(Run::new().add_text(stages).italic()));
    for paragraph in labels::paragraphs(&challenge.description) {
        doc.push(plain(paragraph));
    }
    if !challenge.prompts.is_empty() {
        doc.push(styled(&messages.get("report-prompts"), "Heading2"));
        for prompt in &challenge.prompts {
            doc.push(bullet(prompt));
        }
    }
    if !section.themes.is_empty() {
        doc.push(styled(&messages.get("report-themes"), "Heading2"));
        for theme in &section.themes {
            doc.push(styled(&theme.title, "Heading3"));
            for paragraph in labels::paragraphs(&theme.summary) {
                doc.push(plain(paragraph));
            }
            for note in &theme.notes {
                doc.push(note_paragraph(note, messages));
            }
        }
    }
    if !section.ranked.is_empty() {
        let heading = match section.method {
            VoteMethod::Dots => "report-priorities-dots",
            VoteMethod::Rating => "report-priorities-rating",
        };
        doc.push(styled(&messages.get(heading), "Heading2"));
        for ranked in &section.ranked {
            let mut label = Run::new().add_text(&ranked.label);
            if ranked.is_theme {
                label = label.bold();
            }
            doc.push(
                Paragraph::new()
                    .add_run(Run::new().add_text(format!("{}. ", ranked.rank)))
                    .add_run(label)
                    .add_run(Run::new().add_text(format!(" ({})", labels::score(messages, ranked, section.method)))),
            );
        }
    }
    if !section.actions.is_empty() {
        doc.push(styled(&messages.get("report-actions"), "Heading2"));
        for action in &section.actions {
            doc.push(action_paragraph(&action.text, &labels::action_about(action, messages)));
        }
    }
}

fn action_paragraph(text: &str, about: &[String]) -> Paragraph {
    let mut paragraph = Paragraph::new().add_run(lines_run(text).bold());
    if !about.is_empty() {
        paragraph = paragraph.add_run(Run::new().add_text(format!(" — {}", about.join("; "))));
    }
    paragraph
}

fn carried(doc: &mut Document, report: &Report, messages: &Messages) {
    let section = labels::carried_section(report, messages);
    doc.section(&section.heading);
    doc.push(plain(&section.intro));
    for challenge in &section.challenges {
        doc.push(styled(&challenge.title, "Heading2"));
        for action in &challenge.actions {
            doc.push(action_paragraph(&action.text, &action.about));
        }
    }
}

fn goals(doc: &mut Document, report: &Report, messages: &Messages) {
    let section = labels::goals_section(report, messages);
    doc.section(&section.heading);
    doc.push(plain(&section.intro));
    for family in &section.families {
        doc.push(styled(&family.heading, "Heading2"));
        for goal in &family.goals {
            doc.push(styled(&goal.name, "Heading3"));
            doc.push(Paragraph::new().add_run(Run::new().add_text(&goal.counts).italic()));
            for line in &goal.lines {
                doc.push(bullet(line));
            }
        }
    }
}

fn appendix(doc: &mut Document, report: &Report, messages: &Messages) {
    doc.section(&messages.get("report-appendix"));
    for section in report.challenges.iter().filter(|s| !s.notes.is_empty()) {
        doc.push(styled(&section.challenge.title, "Heading2"));
        for stage in labels::stages_of(&section.notes) {
            doc.push(styled(&labels::stage(messages, stage), "Heading3"));
            for note in section.notes.iter().filter(|n| n.stage == stage) {
                doc.push(note_paragraph(note, messages));
            }
        }
    }
}

fn note_paragraph(note: &ReportNote, messages: &Messages) -> Paragraph {
    let by = labels::said_by(note, messages);
    Paragraph::new()
        .style("ListBullet")
        .add_run(lines_run(&note.text))
        .add_run(Run::new().add_text(format!(" — {by}")).italic())
}

/// A run of text keeping its line breaks.
fn lines_run(text: &str) -> Run {
    let mut run = Run::new();
    for (index, line) in text.lines().enumerate() {
        if index > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

fn styled(text: &str, style: &str) -> Paragraph {
    Paragraph::new().style(style).add_run(Run::new().add_text(text))
}

fn plain(text: &str) -> Paragraph {
    Paragraph::new().add_run(lines_run(text))
}

fn bullet(text: &str) -> Paragraph {
    Paragraph::new().style("ListBullet").add_run(lines_run(text))
}

/// The document's body, in order, and whether the table of contents comes before the rest.
struct Document {
    /// Paragraphs and tables before the table of contents (the cover).
    cover: Vec<Block>,
    body: Vec<Block>,
    contents: bool,
    /// The titles of the sections (first-level headings), for the table of contents.
    sections: Vec<String>,
}

/// Boxed: a paragraph and a table differ a lot in size.
enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl Document {
    fn new() -> Document {
        Document { cover: Vec::new(), body: Vec::new(), contents: false, sections: Vec::new() }
    }

    /// A section of the report: a first-level heading, listed in the table of contents.
    fn section(&mut self, title: &str) {
        self.sections.push(title.to_owned());
        self.push(styled(title, "Heading1"));
    }

    fn push(&mut self, paragraph: Paragraph) {
        self.blocks().push(Block::Paragraph(Box::new(paragraph)));
    }

    fn table(&mut self, header: Vec<String>, rows: Vec<Vec<String>>) {
        let cell = |text: &str, bold: bool| {
            let run = Run::new().add_text(text);
            TableCell::new().add_paragraph(Paragraph::new().add_run(if bold { run.bold() } else { run }))
        };
        let mut table_rows = vec![TableRow::new(header.iter().map(|h| cell(h, true)).collect())];
        table_rows.extend(rows.iter().map(|row| TableRow::new(row.iter().map(|c| cell(c, false)).collect())));
        self.blocks().push(Block::Table(Box::new(Table::new(table_rows).style("ReportTable"))));
    }

    /// A count per name, with a bar beside each count so the largest reads at a glance. The bar
    /// is an empty paragraph with a shaded background, its length set by its right indent: it
    /// prints, it edits, and a screen reader passes over it, reading the number alone.
    fn tally(&mut self, what: String, count: String, rows: Vec<(String, u32)>) {
        // Twentieths of a point across the text width: the name, the count, the bar.
        const COLUMNS: [usize; 3] = [4_800, 1_400, 3_438];
        /// The bar's room in its cell, inside the cell's default margins.
        const BAR_ROOM: u32 = 3_200;
        let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
        let text =
            |text: &str, bold: bool, column: usize| {
                let run = Run::new().add_text(text);
                TableCell::new()
                    .width(COLUMNS[column], WidthType::Dxa)
                    .add_paragraph(Paragraph::new().add_run(if bold { run.bold() } else { run }))
            };
        let bar = |n: u32| {
            let mut paragraph = Paragraph::new();
            if n > 0 {
                let length = (n * BAR_ROOM).div_ceil(most);
                let rest = i32::try_from(BAR_ROOM - length).unwrap_or_default();
                paragraph = paragraph.indent(Some(0), None, Some(rest), None);
                paragraph.property =
                    paragraph.property.shading(Shading::new().shd_type(ShdType::Clear).color("auto").fill(BAR_COLOUR));
            }
            TableCell::new().width(COLUMNS[2], WidthType::Dxa).add_paragraph(paragraph)
        };
        let mut table_rows = vec![TableRow::new(vec![text(&what, true, 0), text(&count, true, 1), text("", true, 2)])];
        table_rows.extend(
            rows.iter()
                .map(|(name, n)| TableRow::new(vec![text(name, false, 0), text(&n.to_string(), false, 1), bar(*n)])),
        );
        let table = Table::new(table_rows).style("ReportTable").set_grid(COLUMNS.to_vec());
        self.blocks().push(Block::Table(Box::new(table)));
    }

    fn blocks(&mut self) -> &mut Vec<Block> {
        if self.contents {
            &mut self.body
        } else {
            &mut self.cover
        }
    }

    fn finish(self, contents_title: &str) -> Result<Vec<u8>> {
        // Arial, which Word and LibreOffice (as Liberation Sans) have everywhere.
        let font = RunFonts::new().ascii("Arial").hi_ansi("Arial").cs("Arial").east_asia("Arial");
        let mut docx = Docx::new()
            .default_fonts(font)
            .page_size(A4.0, A4.1)
            .page_margin(PageMargin::new().top(MARGIN).bottom(MARGIN).left(MARGIN).right(MARGIN))
            .footer(
                Footer::new().add_paragraph(Paragraph::new().align(AlignmentType::Center).add_page_num(PageNum::new())),
            );
        for style in styles() {
            docx = docx.add_style(style);
        }
        let add = |docx: Docx, block: Block| match block {
            Block::Paragraph(paragraph) => docx.add_paragraph(*paragraph),
            Block::Table(table) => docx.add_table(*table),
        };
        for block in self.cover {
            docx = add(docx, block);
        }
        for paragraph in contents(contents_title, &self.sections) {
            docx = docx.add_paragraph(paragraph);
        }
        for block in self.body {
            docx = add(docx, block);
        }
        let mut stored = Vec::new();
        docx.build()
            .pack(std::io::Cursor::new(&mut stored))
            .map_err(|e| Error::Internal(format!("writing the Word file failed: {e}")))?;
        deflated(&stored).map_err(|e| Error::Internal(format!("compressing the Word file failed: {e}")))
    }
}

/// The Word package with every part deflated, as Word and LibreOffice write theirs: docx-rs
/// stores its parts uncompressed, which made a report of 2,000 notes 1.1 MB instead of about
/// 80 KB, too large for some council mailboxes. The parts keep their names and order.
fn deflated(stored: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let mut parts = zip::ZipArchive::new(std::io::Cursor::new(stored))?;
    let mut package = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(stored.len() / 8)));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for index in 0..parts.len() {
        let mut part = parts.by_index(index)?;
        if part.is_dir() {
            package.add_directory(part.name().to_owned(), options)?;
            continue;
        }
        package.start_file(part.name().to_owned(), options)?;
        std::io::copy(&mut part, &mut package)?;
    }
    Ok(package.finish()?.into_inner())
}

/// A table of contents field over the first two heading levels, marked for Word to fill in
/// (with page numbers) when the document opens. Until then, and in LibreOffice, which does not
/// refresh fields on opening, the section titles stand as the field's result. Each field
/// character has a run of its own, as Word writes them and LibreOffice expects.
fn contents(title: &str, sections: &[String]) -> Vec<Paragraph> {
    let field = |kind: FieldCharType, dirty: bool| Run::new().add_field_char(kind, dirty);
    let begin = Paragraph::new()
        .style("TOC1")
        .add_run(field(FieldCharType::Begin, true))
        .add_run(Run::new().add_instr_text(InstrText::TOC(InstrToC::new().heading_styles_range(1, 2).hyperlink())))
        .add_run(field(FieldCharType::Separate, false));
    let mut paragraphs = vec![styled(title, "TOCHeading")];
    let mut entries = sections.iter();
    let mut current = match entries.next() {
        Some(first) => begin.add_run(Run::new().add_text(first)),
        None => begin,
    };
    for title in entries {
        paragraphs.push(current);
        current = styled(title, "TOC1");
    }
    paragraphs.push(current.add_run(field(FieldCharType::End, false)));
    paragraphs
}

/// Heading styles named as Word names its own, so navigation, outline and contents use them.
fn styles() -> Vec<Style> {
    let heading = |id: &str, name: &str, half_points: usize, level: usize| {
        Style::new(id, StyleType::Paragraph).name(name).size(half_points).bold().outline_lvl(level)
    };
    vec![
        Style::new("Title", StyleType::Paragraph).name("Title").size(48).bold(),
        heading("Heading1", "heading 1", 36, 0),
        heading("Heading2", "heading 2", 28, 1),
        heading("Heading3", "heading 3", 24, 2),
        Style::new("ListBullet", StyleType::Paragraph).name("List Bullet"),
        Style::new("TOCHeading", StyleType::Paragraph).name("TOC Heading").size(36).bold(),
        Style::new("TOC1", StyleType::Paragraph).name("toc 1"),
        Style::new("ReportTable", StyleType::Table).name("Report Table"),
    ]
}
