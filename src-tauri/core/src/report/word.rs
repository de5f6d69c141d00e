//! The report as a Word document, written with docx-rs: real heading styles (so Word's and
//! LibreOffice's navigation and contents work), a table of contents field that fills in when
//! the document is opened, tables with a header row, page numbers, A4. Editable in Word and
//! LibreOffice.

use docx_rs::{
    AlignmentType, BreakType, Docx, FieldCharType, Footer, InstrText, InstrToC, PageMargin, PageNum, Paragraph,
    ParagraphChild, Run, RunFonts, Shading, ShdType, Style, StyleType, Table, TableCell, TableCellContent, TableChild,
    TableRow, TableRowChild, WidthType,
};

use crate::messages::Messages;
use crate::report::export::Words;
use crate::report::labels;
use crate::report::{Report, ReportChallenge, ReportNote};
use crate::voting::VoteMethod;
use crate::Language;
use crate::{Error, Result};

/// A4 in twentieths of a point, and 2 cm margins.
const A4: (u32, u32) = (11_906, 16_838);
const MARGIN: i32 = 1_134;
/// The width inside the margins, and a column's when two languages stand side by side, and the
/// room inside a column's cell, within its default margins.
const TEXT_WIDTH: u32 = 9_638;
const COLUMN_WIDTH: u32 = TEXT_WIDTH / 2;
const IN_COLUMN: u32 = COLUMN_WIDTH - 2 * 108;
/// The report's accent, as in the HTML and PDF.
const BAR_COLOUR: &str = "17494D";

pub fn write(report: &Report, words: &Words) -> Result<Vec<u8>> {
    let mut doc = Document::new(TEXT_WIDTH);
    doc.push(styled(&report.lab.title, "Title"));
    for paragraph in labels::paragraphs(report.summary()) {
        doc.push(plain(paragraph));
    }
    if !words.is_bilingual() {
        let messages = words.first();
        details(&mut doc, report, messages);
        doc.contents = true;
        sections(&mut doc, report, messages);
        return doc.finish(&messages.get("report-contents"), messages.language());
    }
    let width = if words.side_by_side { IN_COLUMN } else { TEXT_WIDTH };
    let parts: Vec<Document> = words
        .parts
        .iter()
        .map(|messages| {
            let mut part = Document::new(width);
            details(&mut part, report, messages);
            part.contents = true;
            sections(&mut part, report, messages);
            part.in_language(messages.language())
        })
        .collect();
    let contents_title = words.parts.iter().map(|messages| messages.get("report-contents")).collect::<Vec<_>>();
    if words.side_by_side {
        doc.pair(parts.iter().map(|part| part.cover.clone()).collect());
        doc.contents = true;
        let rows = parts.first().map_or(0, |part| part.starts.len());
        for row in 0..rows {
            doc.sections.push(parts.iter().map(|part| part.sections[row].clone()).collect::<Vec<_>>().join(" · "));
            doc.pair(parts.iter().map(|part| part.section_blocks(row)).collect());
        }
    } else {
        doc.contents = true;
        for (index, part) in parts.into_iter().enumerate() {
            doc.sections.extend(part.sections);
            let mut blocks: Vec<Block> = part.cover.into_iter().chain(part.body).collect();
            // Each language begins on a page of its own: its details, or its first section.
            if let (true, Some(Block::Paragraph(first))) = (index > 0, blocks.first_mut()) {
                first.property = first.property.clone().page_break_before(true);
            }
            doc.body.extend(blocks);
        }
    }
    doc.finish(&contents_title.join(" · "), words.first().language())
}

/// The report's sections in one language, in order.
fn sections(doc: &mut Document, report: &Report, messages: &Messages) {
    let chosen = report.setup.sections;
    if chosen.numbers {
        numbers(doc, report, messages);
    }
    if report.shows_agenda() {
        agenda(doc, report, messages);
    }
    if chosen.challenges {
        for section in &report.challenges {
            challenge(doc, section, messages);
        }
    }
    if report.shows_carried() {
        carried(doc, report, messages);
    }
    if report.shows_goals() {
        goals(doc, report, messages);
    }
    if chosen.appendix {
        appendix(doc, report, messages);
    }
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
            messages,
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
        doc.tally(t.column, column("notes"), t.rows.into_iter().map(|row| (row.what, row.count)).collect(), messages);
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
    doc.typed_section(&challenge.title, messages);
    let stages = challenge.stages.iter().map(|s| labels::stage(messages, *s)).collect::<Vec<_>>().join(", ");
    doc.push(Paragraph::new().add_run(Run::new().add_text(stages).italic()));
    for paragraph in labels::paragraphs(&challenge.description) {
        doc.push(typed_paragraph(paragraph, None, messages));
    }
    if !challenge.prompts.is_empty() {
        doc.push(styled(&messages.get("report-prompts"), "Heading2"));
        for prompt in &challenge.prompts {
            doc.push(typed_paragraph(prompt, Some("ListBullet"), messages));
        }
    }
    if !section.themes.is_empty() {
        doc.push(styled(&messages.get("report-themes"), "Heading2"));
        for theme in &section.themes {
            doc.push(typed_paragraph(&theme.title, Some("Heading3"), messages));
            for paragraph in labels::paragraphs(&theme.summary) {
                doc.push(typed_paragraph(paragraph, None, messages));
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
            let mut label = typed_run(&ranked.label, messages);
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
            doc.push(action_paragraph(&action.text, &labels::action_about(action, messages), messages));
        }
    }
}

fn action_paragraph(text: &str, about: &[String], messages: &Messages) -> Paragraph {
    let mut paragraph = Paragraph::new().add_run(typed_run(text, messages).bold());
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
        doc.push(typed_paragraph(&challenge.title, Some("Heading2"), messages));
        for action in &challenge.actions {
            doc.push(action_paragraph(&action.text, &action.about, messages));
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
        doc.push(typed_paragraph(&section.challenge.title, Some("Heading2"), messages));
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
    let said = run_in(&note.text, labels::note_language(note, messages));
    Paragraph::new().style("ListBullet").add_run(said).add_run(Run::new().add_text(format!(" — {by}")).italic())
}

/// Typed text as a run keeping its line breaks, marked with its language where its words tell
/// it is not the report's.
fn typed_run(text: &str, messages: &Messages) -> Run {
    run_in(text, labels::typed_language(text, messages))
}

/// Typed text in a paragraph of `style` ("Normal" when none), marked as [`typed_run`] marks it.
fn typed_paragraph(text: &str, style: Option<&str>, messages: &Messages) -> Paragraph {
    let paragraph = Paragraph::new().add_run(typed_run(text, messages));
    match style {
        Some(style) => paragraph.style(style),
        None => paragraph,
    }
}

/// A run of text keeping its line breaks, marked as written in `language` when there is one, so
/// Word's spelling and a screen reader's voice switch to it.
fn run_in(text: &str, language: Option<Language>) -> Run {
    let run = lines_run(text);
    match language {
        Some(language) => run.style(language_style(language)),
        None => run,
    }
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
    /// Where in the body each section starts.
    starts: Vec<usize>,
    /// The width the text has, in twentieths of a point: the page's, or a column's.
    width: u32,
}

/// Boxed: a paragraph and a table differ a lot in size.
#[derive(Clone)]
enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl Document {
    fn new(width: u32) -> Document {
        Document {
            cover: Vec::new(),
            body: Vec::new(),
            contents: false,
            sections: Vec::new(),
            starts: Vec::new(),
            width,
        }
    }

    /// A section of the report: a first-level heading, listed in the table of contents.
    fn section(&mut self, title: &str) {
        self.section_headed(title, styled(title, "Heading1"));
    }

    /// A section headed by something people typed, such as a challenge's title.
    fn typed_section(&mut self, title: &str, messages: &Messages) {
        self.section_headed(title, typed_paragraph(title, Some("Heading1"), messages));
    }

    fn section_headed(&mut self, title: &str, heading: Paragraph) {
        self.sections.push(title.to_owned());
        self.starts.push(self.body.len());
        self.push(heading);
    }

    /// The blocks of the `index`th section.
    fn section_blocks(&self, index: usize) -> Vec<Block> {
        let end = self.starts.get(index + 1).copied().unwrap_or(self.body.len());
        self.starts.get(index).map_or_else(Vec::new, |start| self.body[*start..end].to_vec())
    }

    /// Every run not already marked with a language marked with `language`, so a screen reader
    /// and a spell checker know each column's language, whichever the document's is.
    fn in_language(mut self, language: Language) -> Document {
        let style = language_style(language);
        for block in self.cover.iter_mut().chain(self.body.iter_mut()) {
            mark_block(block, style);
        }
        self
    }

    /// Blocks in columns side by side, a column each, in a table without borders.
    fn pair(&mut self, columns: Vec<Vec<Block>>) {
        let cells = columns
            .into_iter()
            .map(|blocks| {
                let mut cell = TableCell::new().width(COLUMN_WIDTH as usize, WidthType::Dxa);
                let ends_in_paragraph = matches!(blocks.last(), Some(Block::Paragraph(_)));
                for block in blocks {
                    cell = match block {
                        Block::Paragraph(paragraph) => cell.add_paragraph(*paragraph),
                        Block::Table(table) => cell.add_table(*table),
                    };
                }
                // A cell ends in a paragraph, or Word calls the file damaged.
                if !ends_in_paragraph {
                    cell = cell.add_paragraph(Paragraph::new());
                }
                cell
            })
            .collect();
        let table = Table::without_borders(vec![TableRow::new(cells)])
            .set_grid(vec![COLUMN_WIDTH as usize; 2])
            .width(TEXT_WIDTH as usize, WidthType::Dxa);
        self.blocks().push(Block::Table(Box::new(table)));
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
    fn tally(&mut self, what: String, count: String, rows: Vec<(String, u32)>, messages: &Messages) {
        // Twentieths of a point across the page's text width: the name, the count, the bar.
        const PAGE_COLUMNS: [u32; 3] = [4_800, 1_400, 3_438];
        // The bar's room in its cell, inside the cell's default margins.
        const PAGE_BAR_ROOM: u32 = 3_200;
        // In a column, all of it narrower by the same measure.
        let scaled = |width: u32| (width * self.width / TEXT_WIDTH) as usize;
        let columns = PAGE_COLUMNS.map(scaled);
        let bar_room = scaled(PAGE_BAR_ROOM) as u32;
        let most = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
        let cell = |run: Run, column: usize| {
            TableCell::new().width(columns[column], WidthType::Dxa).add_paragraph(Paragraph::new().add_run(run))
        };
        let text = |text: &str, bold: bool, column: usize| {
            let run = Run::new().add_text(text);
            cell(if bold { run.bold() } else { run }, column)
        };
        let bar = |n: u32| {
            let mut paragraph = Paragraph::new();
            if n > 0 {
                let length = (n * bar_room).div_ceil(most);
                let rest = i32::try_from(bar_room - length).unwrap_or_default();
                paragraph = paragraph.indent(Some(0), None, Some(rest), None);
                paragraph.property =
                    paragraph.property.shading(Shading::new().shd_type(ShdType::Clear).color("auto").fill(BAR_COLOUR));
            }
            TableCell::new().width(columns[2], WidthType::Dxa).add_paragraph(paragraph)
        };
        let mut table_rows = vec![TableRow::new(vec![text(&what, true, 0), text(&count, true, 1), text("", true, 2)])];
        table_rows.extend(rows.iter().map(|(name, n)| {
            TableRow::new(vec![cell(typed_run(name, messages), 0), text(&n.to_string(), false, 1), bar(*n)])
        }));
        let table = Table::new(table_rows).style("ReportTable").set_grid(columns.to_vec());
        self.blocks().push(Block::Table(Box::new(table)));
    }

    fn blocks(&mut self) -> &mut Vec<Block> {
        if self.contents {
            &mut self.body
        } else {
            &mut self.cover
        }
    }

    /// The Word file, its text in `language` unless a run says otherwise.
    fn finish(self, contents_title: &str, language: Language) -> Result<Vec<u8>> {
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
        deflated(&stored, |name, xml| match name {
            STYLES_PART => with_languages(xml, language),
            _ => Ok(run_styles_first(&xml)),
        })
        .map_err(|e| Error::Internal(format!("compressing the Word file failed: {e}")))
    }
}

const STYLES_PART: &str = "word/styles.xml";
const DOCUMENT_PART: &str = "word/document.xml";

/// Each run's character style moved to the front of its properties: docx-rs writes it after
/// bold and italic, where the schema has it first, and Word drops a child out of its place,
/// which would lose the language of every bold or italic run.
fn run_styles_first(xml: &str) -> String {
    const OPEN: &str = "<w:rPr>";
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find(OPEN) {
        out.push_str(&rest[..start + OPEN.len()]);
        rest = &rest[start + OPEN.len()..];
        let Some(end) = rest.find("</w:rPr>") else { break };
        let properties = &rest[..end];
        match properties.find("<w:rStyle ") {
            Some(at) if at > 0 => {
                let length = properties[at..].find("/>").map_or(properties.len() - at, |close| close + 2);
                out.push_str(&properties[at..at + length]);
                out.push_str(&properties[..at]);
                out.push_str(&properties[at + length..]);
            }
            _ => out.push_str(properties),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A language's tag as Word writes it.
fn word_language(language: Language) -> &'static str {
    match language {
        Language::En => "en-GB",
        Language::Cy => "cy-GB",
    }
}

/// The character style that marks a run as written in `language`.
fn language_style(language: Language) -> &'static str {
    match language {
        Language::En => "LanguageEnglish",
        Language::Cy => "LanguageWelsh",
    }
}

fn mark_block(block: &mut Block, style: &str) {
    match block {
        Block::Paragraph(paragraph) => mark_paragraph(paragraph, style),
        Block::Table(table) => mark_table(table, style),
    }
}

fn mark_table(table: &mut Table, style: &str) {
    for TableChild::TableRow(row) in &mut table.rows {
        for TableRowChild::TableCell(cell) in &mut row.cells {
            for content in &mut cell.children {
                match content {
                    TableCellContent::Paragraph(paragraph) => mark_paragraph(paragraph, style),
                    TableCellContent::Table(table) => mark_table(table, style),
                    _ => {}
                }
            }
        }
    }
}

fn mark_paragraph(paragraph: &mut Paragraph, style: &str) {
    for child in &mut paragraph.children {
        if let ParagraphChild::Run(run) = child {
            if run.run_property.style.is_none() {
                run.run_property = run.run_property.clone().style(style);
            }
        }
    }
}

/// The styles part with the document's language among its defaults and a character style per
/// language, which docx-rs cannot write: Word and LibreOffice then read every run's language,
/// for spelling and for a screen reader's voice.
fn with_languages(styles: String, language: Language) -> zip::result::ZipResult<String> {
    const DEFAULTS_END: &str = "</w:rPr></w:rPrDefault>";
    const STYLES_END: &str = "</w:styles>";
    let lang = |language: Language| format!(r#"<w:lang w:val="{}" />"#, word_language(language));
    let missing = |what: &str| zip::result::ZipError::InvalidArchive(format!("the styles part has no {what}").into());
    let defaults = styles.find(DEFAULTS_END).ok_or_else(|| missing("run defaults"))?;
    let end = styles.rfind(STYLES_END).ok_or_else(|| missing("end"))?;
    let mut edited = String::with_capacity(styles.len() + 512);
    edited.push_str(&styles[..defaults]);
    edited.push_str(&lang(language));
    edited.push_str(&styles[defaults..end]);
    for other in [Language::Cy, Language::En] {
        edited.push_str(&format!(
            r#"<w:style w:type="character" w:customStyle="1" w:styleId="{}"><w:name w:val="{}" /><w:rPr>{}</w:rPr></w:style>"#,
            language_style(other),
            match other {
                Language::En => "English text",
                Language::Cy => "Welsh text",
            },
            lang(other),
        ));
    }
    edited.push_str(&styles[end..]);
    Ok(edited)
}

/// The Word package with every part deflated, as Word and LibreOffice write theirs: docx-rs
/// stores its parts uncompressed, which made a report of 2,000 notes 1.1 MB instead of about
/// 80 KB, too large for some council mailboxes. The parts keep their names and order; the
/// styles and document parts are edited on their way through.
fn deflated(
    stored: &[u8],
    edit: impl Fn(&str, String) -> zip::result::ZipResult<String>,
) -> zip::result::ZipResult<Vec<u8>> {
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
        let name = part.name().to_owned();
        package.start_file(name.as_str(), options)?;
        if [STYLES_PART, DOCUMENT_PART].contains(&name.as_str()) {
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut part, &mut xml)?;
            std::io::Write::write_all(&mut package, edit(&name, xml)?.as_bytes())?;
        } else {
            std::io::copy(&mut part, &mut package)?;
        }
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
