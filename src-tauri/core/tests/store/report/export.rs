//! Exports read back with real readers: the Markdown's front matter as YAML and its body with a
//! CommonMark parser, the CSV with the csv crate; the sample lab's Markdown against a golden file.

use designlab_core::export::{file_name, ExportFormat, ReportLanguages};
use designlab_core::report::ReportSetup;
use designlab_core::themes::ThemeFields;
use designlab_core::voting::VoteTarget;
use designlab_core::{Category, LabFields, Language, NewNote, NoteKind, Stage};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use yaml_rust2::YamlLoader;

use super::readers::{poppler, unzip};
use crate::Fixture;

/// A note whose text is full of what Markdown and spreadsheets would read as syntax.
const TRICKY: &str = "=1+1 *not bold* [not a link](x) #not-a-heading <b>not html</b> | not a cell";

fn lab_with_everything(fixture: &Fixture) -> designlab_core::Lab {
    let fields = LabFields {
        title: "Worker voice: a lab".into(),
        date: chrono::NaiveDate::from_ymd_opt(2024, 10, 15),
        start_time: Some("13:30".into()),
        venue: "Transport House".into(),
        author: "Adam Cantwell-Corn".into(),
        category: Some(Category::Organising),
        topics: vec!["Public sector".into()],
        partner_projects: vec!["TUC Cymru".into()],
        description: "What the lab was for.".into(),
        ..LabFields::default()
    };
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let role = fixture.store.list_roles(lab.id).unwrap()[0].id;
    let group = fixture.group(&lab, "Table A", 2);
    let tricky = fixture
        .store
        .create_note(&NewNote {
            challenge_id: challenge.id,
            group_id: Some(group.id),
            role_id: role,
            kind: NoteKind::Idea,
            stage: None,
            text: format!("{TRICKY} #Skills"),
            confidential: false,
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    fixture.note(&challenge, None, "A plain note");
    let theme =
        fixture.store.add_theme(challenge.id, &ThemeFields { title: "Skills".into(), ..Default::default() }).unwrap();
    fixture.store.set_note_theme(tricky.id, Some(theme.id)).unwrap();
    fixture.store.set_vote(challenge.id, Some(group.id), VoteTarget::Theme { id: theme.id }, 3).unwrap();
    fixture.store.set_vote(challenge.id, Some(group.id), VoteTarget::Note { id: tricky.id }, 2).unwrap();
    let segment = designlab_core::SegmentFields {
        kind: designlab_core::SegmentKind::Breakout,
        title: "Breakouts".into(),
        minutes: 45,
        notes: String::new(),
        challenge_ids: vec![challenge.id],
    };
    fixture.store.add_segment(lab.id, &segment).unwrap();
    let setup = ReportSetup { summary: "A short summary.\n\nIn two paragraphs.".into(), ..ReportSetup::default() };
    fixture.store.save_report_setup(lab.id, &setup).unwrap();
    lab
}

fn split_front_matter(markdown: &str) -> (&str, &str) {
    let rest = markdown.strip_prefix("---\n").expect("front matter first");
    let end = rest.find("\n---\n").expect("front matter closed");
    (&rest[..end], &rest[end + 5..])
}

#[test]
fn markdown_has_jekyll_front_matter_an_excerpt_and_a_heading_per_section() {
    let fixture = Fixture::open();
    let lab = lab_with_everything(&fixture);
    let markdown = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Md, Language::En).unwrap()).unwrap();
    let (front, body) = split_front_matter(&markdown);

    let yaml = &YamlLoader::load_from_str(front).unwrap()[0];
    assert_eq!(yaml["layout"].as_str(), Some("event"));
    assert_eq!(yaml["title"].as_str(), Some("Worker voice: a lab"));
    assert_eq!(yaml["date"].as_str(), Some("2024-10-15"));
    assert_eq!(yaml["author"].as_str(), Some("Adam Cantwell-Corn"));
    assert_eq!(yaml["category"].as_str(), Some("organising"));
    assert_eq!(yaml["topics"][0].as_str(), Some("Public sector"));
    assert_eq!(yaml["project"][0].as_str(), Some("TUC Cymru"));
    assert_eq!(yaml["writeup"].as_bool(), Some(true));

    let (excerpt, after) = body.split_once("<!--more-->").expect("the excerpt is ended by <!--more-->");
    assert!(excerpt.contains("A short summary.") && excerpt.contains("In two paragraphs."), "{excerpt}");

    let mut h2 = Vec::new();
    let mut heading: Option<String> = None;
    let mut texts = Vec::new();
    for event in Parser::new_ext(after, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level: HeadingLevel::H2, .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => h2.extend(heading.take()),
            Event::Text(text) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&text);
                }
                texts.push(text.to_string());
            }
            Event::Html(html) | Event::InlineHtml(html) => panic!("user text became HTML: {html}"),
            Event::Start(Tag::Link { .. }) => panic!("user text became a link"),
            _ => {}
        }
    }
    assert_eq!(h2, ["The lab in numbers", "The agenda", "Tenders", "Appendix: every note"]);
    // The tricky note reads back as the same text: in its theme, its result and the appendix.
    let joined = texts.join("");
    assert_eq!(joined.matches(TRICKY).count(), 3, "{joined}");
    assert!(joined.contains("7 dots") || joined.contains("3 dots from 1 group"), "{joined}");

    assert_eq!(file_name(&lab, ExportFormat::Md), "2024-10-15-worker-voice-a-lab.md");
}

#[test]
fn csv_has_a_byte_order_mark_one_row_per_note_and_no_live_formulas() {
    let fixture = Fixture::open();
    let lab = lab_with_everything(&fixture);
    for (language, header) in [(Language::En, "Challenge"), (Language::Cy, "Her")] {
        let bytes = fixture.store.export(lab.id, ExportFormat::Csv, language).unwrap();
        let text = std::str::from_utf8(&bytes).unwrap();
        let without_bom = text.strip_prefix('\u{feff}').expect("a byte-order mark for Excel");
        let mut reader = csv::Reader::from_reader(without_bom.as_bytes());
        assert_eq!(&reader.headers().unwrap()[0], header);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        let tricky = rows.iter().find(|r| r[4].contains("not bold")).unwrap();
        assert!(tricky[4].starts_with("'=1+1"), "made inert: {:?}", &tricky[4]);
        assert_eq!(
            (&tricky[5], &tricky[6], &tricky[7], &tricky[8], &tricky[9]),
            ("#not-a-heading #skills", "", "Table A", "Skills", "2")
        );
    }
}

#[test]
fn the_sample_labs_markdown_and_html_match_their_golden_files() {
    let fixture = Fixture::open();
    let both = ReportLanguages::bilingual();
    for (language, languages, name) in [
        (Language::En, Language::En.into(), "en"),
        (Language::Cy, Language::Cy.into(), "cy"),
        (Language::Cy, both, "both"),
    ] {
        let lab = fixture.store.create_sample_lab(language).unwrap();
        for format in [ExportFormat::Md, ExportFormat::Html] {
            let written = String::from_utf8(fixture.store.export(lab.id, format, languages).unwrap()).unwrap();
            let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("tests/golden/sample-lab.{name}.{}", format.extension()));
            if std::env::var_os("UPDATE_GOLDEN").is_some() {
                std::fs::write(&golden, &written).unwrap();
            }
            let expected = std::fs::read_to_string(&golden).expect("golden file: run with UPDATE_GOLDEN=1 to write it");
            assert_eq!(written, expected, "{}: the export changed; if on purpose, UPDATE_GOLDEN=1", golden.display());
        }
    }
}

#[test]
fn html_is_one_accessible_page_where_typed_text_stays_text() {
    let fixture = Fixture::open();
    let lab = lab_with_everything(&fixture);
    let page = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Html, Language::Cy).unwrap()).unwrap();
    let document = scraper::Html::parse_document(&page);
    assert!(document.errors.is_empty(), "{:?}", document.errors);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let html = document.select(&select("html")).next().unwrap();
    assert_eq!(html.value().attr("lang"), Some("cy"));
    let title: String = document.select(&select("head title")).next().unwrap().text().collect();
    assert_eq!(title, "Worker voice: a lab");
    let h2: Vec<String> = document.select(&select("main h2")).map(|h| h.text().collect()).collect();
    assert_eq!(h2, ["Y labordy mewn ffigurau", "Yr agenda", "Tenders", "Atodiad: pob nodyn"]);
    // The note's <b> is text, not an element, wherever the note appears.
    assert_eq!(document.select(&select("main b")).count(), 0);
    let notes: Vec<String> = document.select(&select("ul.notes li")).map(|li| li.text().collect()).collect();
    assert_eq!(notes.iter().filter(|n| n.contains(TRICKY)).count(), 2, "{notes:?}");
    // Nothing runs and nothing loads from elsewhere: the file stands alone.
    for css in ["script", "link", "img", "iframe"] {
        assert_eq!(document.select(&select(css)).count(), 0, "{css}");
    }
    assert!(document.select(&select("table th[scope='col']")).count() > 4, "tables have column headers");
    assert!(page.contains("@page{size:A4"), "printable on A4");
}

/// Issue 14: the Word file is deflated as office programs write theirs, every part of it.
#[test]
fn word_files_are_compressed_like_an_office_programs() {
    let fixture = Fixture::open();
    let lab = lab_with_everything(&fixture);
    let bytes = fixture.store.export(lab.id, ExportFormat::Docx, Language::Cy).unwrap();
    let mut package = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    assert!(package.by_name("[Content_Types].xml").is_ok());
    let mut unpacked = 0;
    for index in 0..package.len() {
        let part = package.by_index(index).unwrap();
        if part.is_dir() {
            continue;
        }
        assert_eq!(part.compression(), zip::CompressionMethod::Deflated, "{}", part.name());
        unpacked += part.size();
    }
    assert!((bytes.len() as u64) * 3 < unpacked, "{} bytes packed from {unpacked}", bytes.len());
}

#[test]
fn word_has_heading_styles_tables_a_contents_field_and_page_numbers() {
    let fixture = Fixture::open();
    let lab = lab_with_everything(&fixture);
    let bytes = fixture.store.export(lab.id, ExportFormat::Docx, Language::En).unwrap();
    let parts = unzip(&bytes);
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    let paragraphs: Vec<(String, String)> = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .map(|p| {
            let style = p
                .descendants()
                .find(|n| n.has_tag_name((W, "pStyle")))
                .and_then(|s| s.attribute((W, "val")))
                .unwrap_or_default()
                .to_owned();
            let text: String = p.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|t| t.text()).collect();
            (style, text)
        })
        .collect();
    let headings: Vec<&str> =
        paragraphs.iter().filter(|(style, _)| style == "Heading1").map(|(_, text)| text.as_str()).collect();
    assert_eq!(headings, ["The lab in numbers", "The agenda", "Tenders", "Appendix: every note"]);
    assert_eq!(paragraphs.iter().filter(|(_, text)| text.contains(TRICKY)).count(), 3, "theme, result and appendix");
    assert!(document.descendants().filter(|n| n.has_tag_name((W, "tbl"))).count() >= 5, "tables");
    let bars = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "shd")) && n.attribute((W, "fill")) == Some("17494D"))
        .count();
    assert!(bars >= 5, "a shaded bar beside each count: {bars}");
    let fields: String =
        document.descendants().filter(|n| n.has_tag_name((W, "instrText"))).filter_map(|n| n.text()).collect();
    assert!(fields.contains("TOC"), "a table of contents field: {fields:?}");
    // Until Word fills it in, the field shows the section titles; each field character sits in
    // a run of its own, or LibreOffice shows the field's code as text.
    let entries: Vec<&str> =
        paragraphs.iter().filter(|(style, _)| style == "TOC1").map(|(_, text)| text.as_str()).collect();
    assert_eq!(entries, headings);
    for run in document.descendants().filter(|n| n.has_tag_name((W, "r"))) {
        let field_parts =
            run.children().filter(|n| n.has_tag_name((W, "fldChar")) || n.has_tag_name((W, "instrText"))).count();
        assert!(field_parts <= 1, "one field character or instruction per run");
    }
    let styles = roxmltree::Document::parse(&parts["word/styles.xml"]).unwrap();
    let heading_names: Vec<&str> = styles
        .descendants()
        .filter(|n| n.has_tag_name((W, "name")))
        .filter_map(|n| n.attribute((W, "val")))
        .filter(|name| name.starts_with("heading"))
        .collect();
    assert!(heading_names.contains(&"heading 1") && heading_names.contains(&"heading 2"), "{heading_names:?}");
    let footer = parts.iter().find(|(name, _)| name.starts_with("word/footer")).map(|(_, xml)| xml.as_str()).unwrap();
    assert!(footer.contains("PAGE"), "page numbers in the footer");
    let section = document.descendants().find(|n| n.has_tag_name((W, "pgSz"))).unwrap();
    assert_eq!((section.attribute((W, "w")), section.attribute((W, "h"))), (Some("11906"), Some("16838")), "A4");
}

#[test]
fn pdf_is_tagged_a4_with_page_numbers_welsh_letters_and_typed_text_as_text() {
    let fixture = Fixture::open();
    let lab = lab_with_everything(&fixture);
    let welsh = "Ŵyr a ŷd: â ê î ô û ŵ ŷ Â Ê Î Ô Û Ŵ Ŷ";
    let challenge = fixture.store.list_challenges(lab.id).unwrap()[0].clone();
    fixture.note(&challenge, None, welsh);
    fixture.note(&challenge, None, "#set page(paper: \"a5\") $x^2$ @label <label> \\ *strong* _em_ `raw`");
    let pdf = fixture.store.export(lab.id, ExportFormat::Pdf, Language::Cy).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let metadata = poppler("pdfinfo", &["-meta"], &pdf);
    assert!(metadata.contains("pdfuaid:part"), "declared PDF/UA-1:\n{metadata}");

    // Arrows and ticks come from the fallback font; an emoji no font has still prints, as a
    // tagged PDF that no longer claims PDF/UA-1, rather than failing the export.
    fixture.note(&challenge, None, "Budget → training ✓ 👍");
    let with_emoji = fixture.store.export(lab.id, ExportFormat::Pdf, Language::Cy).unwrap();
    let text = poppler("pdftotext", &["-enc", "UTF-8"], &with_emoji);
    assert!(text.contains("Budget → training ✓"), "{text}");
    assert!(!poppler("pdfinfo", &["-meta"], &with_emoji).contains("pdfuaid:part"));

    let info = poppler("pdfinfo", &[], &pdf);
    let field = |name: &str| {
        info.lines().find_map(|l| l.strip_prefix(&format!("{name}:"))).map(str::trim).unwrap_or_default().to_owned()
    };
    assert_eq!(field("Title"), "Worker voice: a lab");
    assert_eq!(field("Tagged"), "yes", "tagged for assistive technology");
    assert!(field("Page size").contains("595.276 x 841.89"), "A4: {}", field("Page size"));
    let pages: usize = field("Pages").parse().unwrap();
    assert!(pages >= 4, "a page per section: {pages}");
    let fonts = poppler("pdffonts", &[], &pdf);
    assert!(fonts.contains("NotoSans"), "{fonts}");
    assert!(fonts.lines().skip(2).all(|l| l.contains(" yes ")), "every font embedded:\n{fonts}");

    let text = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], &pdf);
    let squashed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = squashed(&text);
    for heading in ["Y labordy mewn ffigurau", "Yr agenda", "Tenders", "Atodiad: pob nodyn"] {
        assert!(text.contains(heading), "{heading} in {text}");
    }
    assert!(text.contains(welsh), "every Welsh letter comes out as itself");
    assert!(text.contains(&squashed(TRICKY)), "typed Markdown stays text");
    assert!(
        text.contains("#set page(paper: \"a5\") $x^2$ @label <label> \\ *strong* _em_ `raw`"),
        "typed Typst stays text"
    );
    // "3 / 5" in the footer; pdftotext may or may not keep the thin spaces around the slash.
    let footers = text.replace(" / ", "/");
    assert!(footers.contains(&format!("1/{pages}")) && footers.contains(&format!("{pages}/{pages}")), "page numbers");
}
