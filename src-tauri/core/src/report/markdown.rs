//! Markdown for the organisers' Jekyll site, shaped like their event pages: YAML front matter
//! (`layout: event`, title, date, author, category, topics, project, `writeup: true`), the
//! excerpt ended by `<!--more-->`, then a second-level heading per section. The front matter is
//! written by yaml-rust2 and the body by pulldown-cmark-to-cmark from Markdown events, so
//! whatever people typed is escaped as text and never becomes markup.

use pulldown_cmark::{Alignment, Event, HeadingLevel, Tag, TagEnd};
use yaml_rust2::yaml::Hash;
use yaml_rust2::{Yaml, YamlEmitter};

use crate::messages::Messages;
use crate::report::export::Words;
use crate::report::labels;
use crate::report::{Report, ReportChallenge, ReportNote};
use crate::voting::VoteMethod;

/// The write-up in one language, or in two one after the other, each in a block marked with its
/// language (`markdown="1"` so kramdown, Jekyll's reader, reads the Markdown inside it).
pub fn write(report: &Report, words: &Words) -> String {
    let mut out = front_matter(report);
    out.push_str("\n\n");
    let excerpt = report.summary();
    if !excerpt.trim().is_empty() {
        let mut doc = Doc::default();
        doc.paragraphs(excerpt);
        out.push_str(&doc.render());
        out.push_str("\n\n");
    }
    out.push_str("<!--more-->\n\n");
    if !words.is_bilingual() {
        out.push_str(&body(report, words.first()));
        return out;
    }
    for messages in &words.parts {
        out.push_str(&format!("<div lang=\"{}\" markdown=\"1\">\n\n", messages.language().key()));
        out.push_str(&body(report, messages));
        out.push_str("\n</div>\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Everything after the excerpt, in one language.
fn body(report: &Report, messages: &Messages) -> String {
    let mut out = String::new();
    let mut doc = Doc::default();
    details(&mut doc, report, messages);
    let sections = report.setup.sections;
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
    out.push_str(&doc.render());
    out.push('\n');
    out
}

fn front_matter(report: &Report) -> String {
    let lab = &report.lab;
    let string = |value: &str| Yaml::String(value.to_owned());
    let list = |values: &[String]| Yaml::Array(values.iter().map(|v| string(v)).collect());
    let mut hash = Hash::new();
    hash.insert(string("layout"), string("event"));
    hash.insert(string("title"), string(&lab.title));
    if let Some(date) = lab.date {
        hash.insert(string("date"), string(&date.to_string()));
    }
    if !lab.author.is_empty() {
        hash.insert(string("author"), string(&lab.author));
    }
    if let Some(category) = lab.category {
        hash.insert(string("category"), string(category.key()));
    }
    hash.insert(string("topics"), list(&lab.topics));
    hash.insert(string("project"), list(&lab.partner_projects));
    hash.insert(string("writeup"), Yaml::Boolean(true));
    // Nothing people typed is ever run as a Liquid template (Jekyll 4 and later).
    hash.insert(string("render_with_liquid"), Yaml::Boolean(false));
    let mut out = String::new();
    // Writing YAML into a String cannot fail.
    let _ = YamlEmitter::new(&mut out).dump(&Yaml::Hash(hash));
    out.push_str("\n---");
    out
}

/// Where and by whom, at the top of the write-up.
fn details(doc: &mut Doc, report: &Report, messages: &Messages) {
    doc.list(labels::details(report, messages).into_iter().map(|(label, value)| {
        let mut line = strong(format!("{label}:"));
        line.push(text(format!(" {value}")));
        line
    }));
}

fn numbers(doc: &mut Doc, report: &Report, messages: &Messages) {
    doc.heading(HeadingLevel::H2, messages.get("report-numbers"));
    let column = |id: &str| messages.get(&format!("report-column-{id}"));
    if !report.people_by_role.is_empty() {
        doc.heading(HeadingLevel::H3, messages.get("report-people-by-role"));
        doc.table(
            [column("role"), column("people")],
            report.people_by_role.iter().map(|t| [t.what.clone(), t.count.to_string()]),
        );
    }
    if !report.named.is_empty() {
        doc.heading(HeadingLevel::H3, messages.get("report-named"));
        doc.list(report.named.iter().map(|person| vec![text(labels::named(person))]));
    }
    for t in labels::note_tallies(report, messages) {
        doc.heading(HeadingLevel::H3, t.heading);
        doc.table([t.column, column("notes")], t.rows.iter().map(|row| [row.what.clone(), row.count.to_string()]));
    }
}

fn agenda(doc: &mut Doc, report: &Report, messages: &Messages) {
    doc.heading(HeadingLevel::H2, messages.get("report-agenda"));
    if !report.ran {
        doc.paragraphs(&messages.get("report-agenda-not-run"));
    }
    let (span, minutes) = (labels::span, |m: u32| labels::minutes(messages, m));
    let mut header = vec![messages.get("report-agenda-segment"), messages.get("report-agenda-planned")];
    if report.ran {
        header.push(messages.get("report-agenda-actual"));
    }
    let rows = report.agenda.iter().map(|segment| {
        let mut row = vec![
            segment.title.clone(),
            [span(&segment.planned_start, &segment.planned_end), minutes(segment.minutes)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
        ];
        if report.ran {
            let actual = span(&segment.actual_start, &segment.actual_end);
            row.push(match segment.actual_minutes {
                Some(m) if !actual.is_empty() => format!("{actual}, {}", minutes(m)),
                _ => actual,
            });
        }
        row
    });
    doc.table(header, rows);
}

fn challenge(doc: &mut Doc, section: &ReportChallenge, messages: &Messages) {
    let challenge = &section.challenge;
    doc.heading(HeadingLevel::H2, challenge.title.clone());
    let stages = challenge.stages.iter().map(|s| labels::stage(messages, *s)).collect::<Vec<_>>().join(", ");
    doc.paragraph(vec![Event::Start(Tag::Emphasis), text(stages), Event::End(TagEnd::Emphasis)]);
    doc.paragraphs(&challenge.description);
    if !challenge.prompts.is_empty() {
        doc.heading(HeadingLevel::H3, messages.get("report-prompts"));
        doc.list(challenge.prompts.iter().map(|p| vec![text(p.clone())]));
    }
    if !section.themes.is_empty() {
        doc.heading(HeadingLevel::H3, messages.get("report-themes"));
        for theme in &section.themes {
            doc.heading(HeadingLevel::H4, theme.title.clone());
            doc.paragraphs(&theme.summary);
            doc.list(theme.notes.iter().map(|note| note_line(note, messages)));
        }
    }
    if !section.ranked.is_empty() {
        let heading = match section.method {
            VoteMethod::Dots => "report-priorities-dots",
            VoteMethod::Rating => "report-priorities-rating",
        };
        doc.heading(HeadingLevel::H3, messages.get(heading));
        // Each with its rank written out, since tied results share one.
        doc.list(section.ranked.iter().map(|ranked| {
            let mut line = vec![text(format!("{}. ", ranked.rank))];
            line.extend(if ranked.is_theme { strong(ranked.label.clone()) } else { lines(&ranked.label) });
            line.push(text(format!(" ({})", labels::score(messages, ranked, section.method))));
            line
        }));
    }
    if !section.actions.is_empty() {
        doc.heading(HeadingLevel::H3, messages.get("report-actions"));
        doc.list(section.actions.iter().map(|action| {
            action_line(&labels::ActionLine {
                text: action.text.clone(),
                about: labels::action_about(action, messages),
            })
        }));
    }
}

/// An action as a list item: what, in bold, then who, by when and what became of it.
fn action_line(action: &labels::ActionLine) -> Vec<Event<'static>> {
    let mut line = strong(action.text.clone());
    if !action.about.is_empty() {
        line.push(text(format!(" — {}", action.about.join("; "))));
    }
    line
}

fn carried(doc: &mut Doc, report: &Report, messages: &Messages) {
    let section = labels::carried_section(report, messages);
    doc.heading(HeadingLevel::H2, section.heading);
    doc.paragraphs(&section.intro);
    for challenge in &section.challenges {
        doc.heading(HeadingLevel::H3, challenge.title.clone());
        doc.list(challenge.actions.iter().map(action_line));
    }
}

fn goals(doc: &mut Doc, report: &Report, messages: &Messages) {
    let section = labels::goals_section(report, messages);
    doc.heading(HeadingLevel::H2, section.heading);
    doc.paragraphs(&section.intro);
    for family in section.families {
        doc.heading(HeadingLevel::H3, family.heading);
        for goal in family.goals {
            doc.heading(HeadingLevel::H4, goal.name);
            doc.paragraph(vec![Event::Start(Tag::Emphasis), text(goal.counts), Event::End(TagEnd::Emphasis)]);
            if !goal.lines.is_empty() {
                doc.list(goal.lines.iter().map(|line| lines(line)));
            }
        }
    }
}

fn appendix(doc: &mut Doc, report: &Report, messages: &Messages) {
    doc.heading(HeadingLevel::H2, messages.get("report-appendix"));
    for section in &report.challenges {
        if section.notes.is_empty() {
            continue;
        }
        doc.heading(HeadingLevel::H3, section.challenge.title.clone());
        for stage in labels::stages_of(&section.notes) {
            doc.heading(HeadingLevel::H4, labels::stage(messages, stage));
            doc.list(section.notes.iter().filter(|n| n.stage == stage).map(|note| note_line(note, messages)));
        }
    }
}

/// A note as a list item: what was said, then who said it by role and what kind it was.
fn note_line(note: &ReportNote, messages: &Messages) -> Vec<Event<'static>> {
    let mut line = lines(&note.text);
    let by = labels::said_by(note, messages);
    line.push(text(" — "));
    line.push(Event::Start(Tag::Emphasis));
    line.push(text(by));
    line.push(Event::End(TagEnd::Emphasis));
    line
}

fn strong(words: String) -> Vec<Event<'static>> {
    let mut events = vec![Event::Start(Tag::Strong)];
    events.extend(lines(&words));
    events.push(Event::End(TagEnd::Strong));
    events
}

/// Text as Markdown must hold it to read back as the same text, in CommonMark and in Jekyll's
/// kramdown alike: every character that could start markup (emphasis, links, HTML, code,
/// maths, tables) is backslash-escaped, as is anything at the start of a line that would make
/// a heading, a list, a quote or a definition. Both read a backslash before such punctuation
/// as the character itself. Where kramdown would show the backslash (`&`, `~`), and for braces,
/// which Jekyll's Liquid reads before any Markdown (`{{ }}`, `{% %}`), a numeric character
/// reference is written instead.
///
/// pulldown-cmark-to-cmark itself escapes the first character of a text when it is one of
/// `# \ _ * < > ` | [` (and every `|` in a table), so those are left to it; any other first
/// character that needs escaping becomes a character reference, since a backslash there would
/// be doubled. The text is one line: line breaks are the caller's, through [`lines`].
fn escape(words: &str, in_table: bool) -> String {
    const ESCAPED_BY_WRITER: &[char] = &['#', '\\', '_', '*', '<', '>', '`', '|', '['];
    const INLINE_MARKUP: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '|', '$'];
    const LINE_START_MARKUP: &[char] = &['#', '-', '+', '=', '>', ':'];
    const AS_REFERENCE: &[char] = &['{', '}', '&', '~'];
    let mut out = String::with_capacity(words.len() + 8);
    let mut at_line_start = true;
    let mut leading_digits = false;
    let mut first = true;
    for c in words.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }) {
        let needs_escape = (INLINE_MARKUP.contains(&c) && !(in_table && c == '|'))
            || (at_line_start && LINE_START_MARKUP.contains(&c))
            || (leading_digits && (c == '.' || c == ')'));
        if AS_REFERENCE.contains(&c) || (needs_escape && first && !ESCAPED_BY_WRITER.contains(&c)) {
            out.push_str(&format!("&#{};", u32::from(c)));
        } else if needs_escape && !first {
            out.push('\\');
            out.push(c);
        } else {
            out.push(c);
        }
        leading_digits = (at_line_start || leading_digits) && c.is_ascii_digit();
        at_line_start = at_line_start && c == ' ';
        first = false;
    }
    out
}

fn text(words: impl AsRef<str>) -> Event<'static> {
    Event::Text(escape(words.as_ref(), false).into())
}

/// Text whose line breaks (`\n`, `\r\n` or a lone `\r`) are kept as hard breaks.
fn lines(words: &str) -> Vec<Event<'static>> {
    let mut events = Vec::new();
    let normalised = words.replace("\r\n", "\n").replace('\r', "\n");
    for (index, line) in normalised.split('\n').enumerate() {
        if index > 0 {
            events.push(Event::HardBreak);
        }
        // Indentation means code in Markdown; in what people typed it means nothing.
        events.push(text(line.trim_start()));
    }
    events
}

/// A Markdown document built as events, written out by pulldown-cmark-to-cmark.
#[derive(Default)]
struct Doc {
    events: Vec<Event<'static>>,
}

impl Doc {
    fn heading(&mut self, level: HeadingLevel, title: String) {
        self.events.push(Event::Start(Tag::Heading { level, id: None, classes: Vec::new(), attrs: Vec::new() }));
        self.events.push(text(title));
        self.events.push(Event::End(TagEnd::Heading(level)));
    }

    fn paragraph(&mut self, inline: Vec<Event<'static>>) {
        self.events.push(Event::Start(Tag::Paragraph));
        self.events.extend(inline);
        self.events.push(Event::End(TagEnd::Paragraph));
    }

    /// Text with blank lines between paragraphs, as people type it.
    fn paragraphs(&mut self, words: &str) {
        let normalised = words.replace("\r\n", "\n").replace('\r', "\n");
        for paragraph in labels::paragraphs(&normalised) {
            self.paragraph(lines(paragraph));
        }
    }

    fn list(&mut self, items: impl Iterator<Item = Vec<Event<'static>>>) {
        let start = self.events.len();
        self.events.push(Event::Start(Tag::List(None)));
        let mut any = false;
        for item in items {
            any = true;
            self.events.push(Event::Start(Tag::Item));
            self.events.extend(item);
            self.events.push(Event::End(TagEnd::Item));
        }
        if any {
            self.events.push(Event::End(TagEnd::List(false)));
        } else {
            self.events.truncate(start);
        }
    }

    fn table<R: IntoIterator<Item = String>>(
        &mut self,
        header: impl IntoIterator<Item = String>,
        rows: impl Iterator<Item = R>,
    ) {
        let header: Vec<String> = header.into_iter().collect();
        self.events.push(Event::Start(Tag::Table(vec![Alignment::None; header.len()])));
        self.events.push(Event::Start(Tag::TableHead));
        for cell in header {
            self.cell(cell);
        }
        self.events.push(Event::End(TagEnd::TableHead));
        for row in rows {
            self.events.push(Event::Start(Tag::TableRow));
            for cell in row {
                self.cell(cell);
            }
            self.events.push(Event::End(TagEnd::TableRow));
        }
        self.events.push(Event::End(TagEnd::Table));
    }

    fn cell(&mut self, words: String) {
        self.events.push(Event::Start(Tag::TableCell));
        // A table cell is one line; a line break inside it would end the row.
        self.events.push(Event::Text(escape(&words, true).into()));
        self.events.push(Event::End(TagEnd::TableCell));
    }

    fn render(&self) -> String {
        let mut out = String::new();
        // Writing Markdown into a String cannot fail.
        let _ = pulldown_cmark_to_cmark::cmark(self.events.iter(), &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use pulldown_cmark::{Event, Options, Parser};

    use super::Doc;

    /// What a CommonMark reader gives back as text from a document.
    fn read_back(markdown: &str) -> String {
        let mut out = String::new();
        for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
            match event {
                Event::Text(text) => out.push_str(&text),
                Event::HardBreak | Event::SoftBreak => out.push('\n'),
                Event::Html(html) | Event::InlineHtml(html) => panic!("became HTML: {html}"),
                Event::Code(code) => panic!("became code: {code}"),
                Event::Start(
                    pulldown_cmark::Tag::Paragraph
                    | pulldown_cmark::Tag::Item
                    | pulldown_cmark::Tag::List(None)
                    | pulldown_cmark::Tag::Strong
                    | pulldown_cmark::Tag::Table(_)
                    | pulldown_cmark::Tag::TableHead
                    | pulldown_cmark::Tag::TableRow
                    | pulldown_cmark::Tag::TableCell,
                ) => {}
                Event::Start(tag) => panic!("became markup: {tag:?}"),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn whatever_people_type_reads_back_as_the_same_text() {
        let typed = [
            "# not a heading",
            "- not a list",
            "+ not a list",
            "1. not a list",
            "2) not a list",
            "> not a quote",
            "=== not a heading underline",
            "*not emphasis* _nor this_ **nor this**",
            "[not a link](http://example.org) ![not an image](x.png)",
            "<b>not html</b> <!-- not a comment -->",
            "`not code` ~~not struck~~ | not | a | table |",
            "&amp; &#169; stay as typed, & so does this",
            "\\ a backslash, and \\* one before a star",
            "Gweithwyr ŵ ŷ â — Welsh stays as it is",
            "{{ site.email }} and {% include secret.html %} stay as typed",
            ": not a definition, $$ not maths $$",
        ];
        for line in typed {
            let mut doc = Doc::default();
            doc.paragraphs(line);
            let written = doc.render();
            assert_eq!(read_back(&written), line, "written as {written:?}");
            assert!(!written.contains("{{") && !written.contains("{%"), "Liquid would run: {written:?}");
        }
        // Text with its own line breaks, wherever it goes, keeps each line plain.
        let mut doc = Doc::default();
        doc.list(std::iter::once(super::strong("Idea\r# not a heading\r\n- not a list\n---".into())));
        assert_eq!(read_back(&doc.render()), "Idea\n# not a heading\n- not a list\n---");
        // A table cell keeps its pipes and stars as text.
        let mut doc = Doc::default();
        doc.table(["a | b".to_owned()], std::iter::once(["*c* | d".to_owned()]));
        assert_eq!(read_back(&doc.render()), "a | b*c* | d");
        // Indented lines stay text, not code.
        let mut doc = Doc::default();
        doc.list(["    four spaces", "\tand a tab"].iter().map(|line| super::lines(line)));
        assert_eq!(read_back(&doc.render()), "four spacesand a tab");
        let mut doc = Doc::default();
        doc.paragraphs(&typed.join("\n"));
        assert_eq!(read_back(&doc.render()), typed.join("\n"), "as lines of one paragraph");
        let mut doc = Doc::default();
        doc.list(typed.iter().map(|line| vec![super::text(line)]));
        assert_eq!(read_back(&doc.render()), typed.concat(), "as list items");
    }
}
