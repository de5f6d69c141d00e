//! Issue 17: a report in Welsh and English at once, read back with real readers: Markdown one
//! language after the other, the web page, PDF and Word side by side or one after the other,
//! each passage marked with its language so a screen reader and a spell checker switch.

use designlab_core::export::{ExportFormat, ReportLanguages};
use designlab_core::{Lab, Language, NewNote};

use super::readers::{poppler, unzip};
use crate::Fixture;

/// The Welsh sample lab with a note said in English, as rooms in Wales mix both.
fn sample_with_an_english_note(fixture: &Fixture) -> Lab {
    let lab = fixture.store.create_sample_lab(Language::Cy).unwrap();
    let challenge = fixture.store.list_challenges(lab.id).unwrap()[0].clone();
    let note = NewNote {
        language: Some(Language::En),
        ..fixture.new_note(&challenge, "The union should see the supplier's testing data before sign-off.")
    };
    fixture.store.create_note(&note).unwrap();
    lab
}

fn english_first(side_by_side: bool) -> ReportLanguages {
    ReportLanguages { first: Language::En, second: Some(Language::Cy), side_by_side }
}

fn text(fixture: &Fixture, lab: &Lab, format: ExportFormat, languages: ReportLanguages) -> String {
    String::from_utf8(fixture.store.export(lab.id, format, languages).unwrap()).unwrap()
}

#[test]
fn markdown_has_the_cover_once_then_welsh_then_english_each_in_a_block_marked_with_its_language() {
    let fixture = Fixture::open();
    let lab = sample_with_an_english_note(&fixture);
    let markdown = text(&fixture, &lab, ExportFormat::Md, ReportLanguages::bilingual());
    assert_eq!(markdown.matches("layout: event").count(), 1, "one front matter");
    assert_eq!(markdown.matches("<!--more-->").count(), 1, "one excerpt");
    let welsh = markdown.find("<div lang=\"cy\" markdown=\"1\">").expect("a Welsh block");
    let english = markdown.find("<div lang=\"en\" markdown=\"1\">").expect("an English block");
    assert!(welsh < english, "Welsh first");
    assert_eq!(markdown.matches("</div>").count(), 2);
    assert!(markdown[welsh..english].contains("## Y labordy mewn ffigurau"));
    assert!(!markdown[welsh..english].contains("## The lab in numbers"));
    assert!(markdown[english..].contains("## The lab in numbers"));
    // What people typed is never translated: the same note in both.
    assert_eq!(markdown.matches("supplier's testing data").count(), 2, "in each language's appendix");

    let reversed = text(&fixture, &lab, ExportFormat::Md, english_first(true));
    assert!(reversed.find("<div lang=\"en\"").unwrap() < reversed.find("<div lang=\"cy\"").unwrap());
    // CommonMark reads the blocks' insides as Markdown: headings, not text.
    let headings = pulldown_cmark::Parser::new(&markdown)
        .filter(|event| matches!(event, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading { .. })))
        .count();
    let single = text(&fixture, &lab, ExportFormat::Md, ReportLanguages::one(Language::Cy));
    let single_headings = pulldown_cmark::Parser::new(&single)
        .filter(|event| matches!(event, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Heading { .. })))
        .count();
    assert_eq!(headings, single_headings * 2);
}

#[test]
fn the_web_page_sets_each_section_beside_its_other_with_ids_of_its_own() {
    let fixture = Fixture::open();
    let lab = sample_with_an_english_note(&fixture);
    let page = text(&fixture, &lab, ExportFormat::Html, ReportLanguages::bilingual());
    let document = scraper::Html::parse_document(&page);
    assert!(document.errors.is_empty(), "{:?}", document.errors);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    assert_eq!(document.select(&select("html")).next().unwrap().value().attr("lang"), Some("cy"));
    assert_eq!(document.select(&select("h1")).count(), 1, "the title once");
    let rows: Vec<_> = document.select(&select("main > .pair")).collect();
    let single = text(&fixture, &lab, ExportFormat::Html, ReportLanguages::one(Language::Cy));
    let sections = scraper::Html::parse_document(&single).select(&select("main > section")).count();
    assert_eq!(rows.len(), sections + 1, "the details and contents, then a row per section");
    for row in &rows {
        let languages: Vec<&str> =
            row.select(&select(":scope > div")).filter_map(|column| column.value().attr("lang")).collect();
        assert_eq!(languages, ["cy", "en"], "Welsh beside English, Welsh first");
    }
    let numbers: Vec<String> = rows[1].select(&select("h2")).map(|h| h.text().collect()).collect();
    assert_eq!(numbers, ["Y labordy mewn ffigurau", "The lab in numbers"]);
    let navs: Vec<&str> = document.select(&select("nav")).filter_map(|nav| nav.value().attr("aria-label")).collect();
    assert_eq!(navs.len(), 2);
    assert_ne!(navs[0], navs[1], "each contents named in its own language");
    // Every id once, and every link to one that is there.
    let ids: Vec<&str> = document.select(&select("[id]")).filter_map(|e| e.value().attr("id")).collect();
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "no id twice");
    for link in document.select(&select("nav a")) {
        let target = link.value().attr("href").unwrap().trim_start_matches('#');
        assert!(ids.contains(&target), "{target} is on the page");
    }
    // The English note is marked English in the Welsh column and nowhere marked in the English.
    let marked: Vec<String> = document
        .select(&select("div[lang=cy] span[lang=en]"))
        .map(|span| span.text().collect())
        .filter(|said: &String| said.contains("testing data"))
        .collect();
    assert_eq!(marked.len(), 1, "in the Welsh appendix");
    assert_eq!(document.select(&select("div[lang=en] span[lang=en]")).count(), 0);
    // What was typed in Welsh (the sample's challenges) is marked Welsh in the English column.
    let challenge = fixture.store.list_challenges(lab.id).unwrap()[0].clone();
    let described = challenge.description.split("\n\n").next().unwrap().to_owned();
    let welsh_in_english: Vec<String> =
        document.select(&select("div[lang=en] span[lang=cy]")).map(|span| span.text().collect()).collect();
    assert!(welsh_in_english.contains(&described), "{welsh_in_english:?}");
    assert!(welsh_in_english.contains(&challenge.title), "the title too");
}

#[test]
fn the_web_page_can_put_one_language_after_the_other_english_first() {
    let fixture = Fixture::open();
    let lab = sample_with_an_english_note(&fixture);
    let page = text(&fixture, &lab, ExportFormat::Html, english_first(false));
    let document = scraper::Html::parse_document(&page);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    assert_eq!(document.select(&select("html")).next().unwrap().value().attr("lang"), Some("en"));
    assert_eq!(document.select(&select(".pair")).count(), 0);
    let parts: Vec<&str> = document.select(&select("main > .part")).filter_map(|p| p.value().attr("lang")).collect();
    assert_eq!(parts, ["en", "cy"]);
    let firsts: Vec<String> = document
        .select(&select("main > .part"))
        .map(|part| part.select(&select("h2")).next().unwrap().text().collect())
        .collect();
    assert_eq!(firsts, ["The lab in numbers", "Y labordy mewn ffigurau"]);
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The language Word reads for each run of text: its character style's, or the document's.
fn run_languages(parts: &std::collections::HashMap<String, String>) -> Vec<(String, String)> {
    let styles = roxmltree::Document::parse(&parts["word/styles.xml"]).unwrap();
    let language_of = |node: roxmltree::Node| {
        node.descendants()
            .find(|n| n.has_tag_name((W, "lang")))
            .and_then(|l| l.attribute((W, "val")))
            .map(str::to_owned)
    };
    let default = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "rPrDefault")))
        .and_then(language_of)
        .expect("the document's language among the defaults");
    let style_language = |id: &str| {
        styles
            .descendants()
            .find(|n| n.has_tag_name((W, "style")) && n.attribute((W, "styleId")) == Some(id))
            .and_then(language_of)
            .unwrap_or_else(|| panic!("the style {id} names a language"))
    };
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    document
        .descendants()
        .filter(|n| n.has_tag_name((W, "r")))
        .map(|run| {
            let text: String =
                run.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|t| t.text()).collect();
            let style = run
                .children()
                .find(|n| n.has_tag_name((W, "rPr")))
                .and_then(|p| p.children().find(|n| n.has_tag_name((W, "rStyle"))))
                .and_then(|s| s.attribute((W, "val")));
            (text, style.map_or_else(|| default.clone(), style_language))
        })
        .filter(|(text, _)| !text.is_empty())
        .collect()
}

#[test]
fn word_sets_the_languages_side_by_side_and_marks_every_runs_language() {
    let fixture = Fixture::open();
    let lab = sample_with_an_english_note(&fixture);
    let parts = unzip(&fixture.store.export(lab.id, ExportFormat::Docx, ReportLanguages::bilingual()).unwrap());
    let runs = run_languages(&parts);
    let language_of = |wanted: &str| {
        runs.iter().filter(|(text, _)| text == wanted).map(|(_, language)| language.as_str()).collect::<Vec<_>>()
    };
    assert_eq!(language_of("Y labordy mewn ffigurau"), ["cy-GB"]);
    assert_eq!(language_of("The lab in numbers"), ["en-GB"]);
    let said = "The union should see the supplier's testing data before sign-off.";
    assert_eq!(language_of(said), ["en-GB", "en-GB"], "an English note is English in the Welsh column too");

    // The Welsh that was typed (a challenge's title) reads as Welsh in both columns.
    let challenge = fixture.store.list_challenges(lab.id).unwrap()[0].title.clone();
    let titled = language_of(&challenge);
    assert!(titled.len() >= 2 && titled.iter().all(|language| *language == "cy-GB"), "{titled:?}");

    // Each section is a row of two columns, Welsh on the left.
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    let body = document.descendants().find(|n| n.has_tag_name((W, "body"))).unwrap();
    let rows: Vec<Vec<String>> = body
        .children()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .map(|table| {
            let row = table.children().find(|n| n.has_tag_name((W, "tr"))).unwrap();
            row.children()
                .filter(|n| n.has_tag_name((W, "tc")))
                .map(|cell| {
                    let heading = cell.children().filter(|n| n.has_tag_name((W, "p"))).find(|p| {
                        p.descendants()
                            .any(|s| s.has_tag_name((W, "pStyle")) && s.attribute((W, "val")) == Some("Heading1"))
                    });
                    heading
                        .map(|p| {
                            p.descendants().filter(|n| n.has_tag_name((W, "t"))).filter_map(|t| t.text()).collect()
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .collect();
    assert!(rows.iter().all(|cells| cells.len() == 2), "two columns: {rows:?}");
    assert!(rows.contains(&vec!["Y labordy mewn ffigurau".to_owned(), "The lab in numbers".to_owned()]), "{rows:?}");
    assert!(rows.contains(&vec!["Atodiad: pob nodyn".to_owned(), "Appendix: every note".to_owned()]), "{rows:?}");
    // A run's character style comes first among its properties, where Word looks for it.
    for properties in document.descendants().filter(|n| n.has_tag_name((W, "rPr"))) {
        if properties.children().any(|n| n.has_tag_name((W, "rStyle"))) {
            let first = properties.children().find(|n| n.is_element()).unwrap();
            assert!(first.has_tag_name((W, "rStyle")), "rStyle first, not {:?}", first.tag_name());
        }
    }
    // A cell that holds a table still ends in a paragraph, as Word requires.
    for cell in document.descendants().filter(|n| n.has_tag_name((W, "tc"))) {
        let last = cell.children().rfind(|n| n.is_element()).unwrap();
        assert!(last.has_tag_name((W, "p")), "a cell ends in a paragraph");
    }
}

#[test]
fn a_word_report_in_one_language_marks_a_note_said_in_the_other() {
    let fixture = Fixture::open();
    let lab = sample_with_an_english_note(&fixture);
    let parts = unzip(&fixture.store.export(lab.id, ExportFormat::Docx, Language::Cy).unwrap());
    let runs = run_languages(&parts);
    let said = "The union should see the supplier's testing data before sign-off.";
    let languages: Vec<&str> =
        runs.iter().filter(|(text, _)| text == said).map(|(_, language)| language.as_str()).collect();
    assert_eq!(languages, ["en-GB"]);
    assert!(runs.iter().any(|(text, language)| text == "Y labordy mewn ffigurau" && language == "cy-GB"));

    let english_after = unzip(&fixture.store.export(lab.id, ExportFormat::Docx, english_first(false)).unwrap());
    let runs = run_languages(&english_after);
    let first_english = runs.iter().position(|(text, _)| text == "The lab in numbers").unwrap();
    let first_welsh = runs.iter().position(|(text, _)| text == "Y labordy mewn ffigurau").unwrap();
    assert!(first_english < first_welsh, "English first, then Welsh");
}

/// How many passages a PDF marks as in `language`, in its structure and its content streams.
fn language_marks(pdf: &[u8], language: &str) -> usize {
    let needles = [format!("/Lang({language})"), format!("/Lang ({language})")];
    let count = |bytes: &[u8]| {
        needles
            .iter()
            .map(|needle| bytes.windows(needle.len()).filter(|w| *w == needle.as_bytes()).count())
            .sum::<usize>()
    };
    let mut marks = count(pdf);
    let mut rest = pdf;
    while let Some(start) = rest.windows(7).position(|w| w == b"stream\n") {
        let body = &rest[start + 7..];
        let end = body.windows(9).position(|w| w == b"endstream").unwrap_or(body.len());
        if let Ok(inflated) = miniz_oxide::inflate::decompress_to_vec_zlib(&body[..end]) {
            marks += count(&inflated);
        }
        rest = &body[(end + 9).min(body.len())..];
    }
    marks
}

#[test]
fn the_pdf_sets_each_section_beside_its_other_and_stays_pdf_ua() {
    let fixture = Fixture::open();
    let lab = sample_with_an_english_note(&fixture);
    let pdf = fixture.store.export(lab.id, ExportFormat::Pdf, ReportLanguages::bilingual()).unwrap();
    assert!(poppler("pdfinfo", &["-meta"], &pdf).contains("pdfuaid:part"), "still declared PDF/UA-1");
    let layout = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], &pdf);
    let side_by_side = |welsh: &str, english: &str| {
        layout.lines().any(|line| line.find(welsh).is_some_and(|w| line.find(english).is_some_and(|e| w < e)))
    };
    assert!(side_by_side("Y labordy mewn ffigurau", "The lab in numbers"), "{layout}");
    assert!(side_by_side("Atodiad: pob nodyn", "Appendix: every note"), "{layout}");
    // The tagged PDF marks the English column's passages as English; the document is Welsh.
    let single = fixture.store.export(lab.id, ExportFormat::Pdf, Language::Cy).unwrap();
    assert!(
        language_marks(&pdf, "en") > language_marks(&single, "en") + 20,
        "{} English passages marked, against {} in the Welsh report",
        language_marks(&pdf, "en"),
        language_marks(&single, "en")
    );
    let pages = |pdf: &[u8]| -> usize {
        poppler("pdfinfo", &[], pdf).lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
    };
    assert!(pages(&pdf) < pages(&single) * 2, "side by side is shorter than twice one language");

    // In an English report of a lab typed in Welsh, the typed passages are marked Welsh.
    let english = fixture.store.export(lab.id, ExportFormat::Pdf, Language::En).unwrap();
    assert!(language_marks(&english, "cy") >= 20, "{} Welsh passages marked", language_marks(&english, "cy"));

    let after = fixture.store.export(lab.id, ExportFormat::Pdf, english_first(false)).unwrap();
    let flowing = poppler("pdftotext", &["-enc", "UTF-8"], &after);
    // The last of each heading, past the contents, which lists both.
    let english = flowing.rfind("The lab in numbers").unwrap();
    let welsh = flowing.rfind("Y labordy mewn ffigurau").unwrap();
    assert!(english < welsh, "English, then Welsh");
    assert!(poppler("pdfinfo", &["-meta"], &after).contains("pdfuaid:part"));
}

/// A file of data cannot stand side by side: bilingual, each column and label of the notes CSV
/// reads in both languages, Welsh first, and the CSV import reads such a file back.
#[test]
fn a_bilingual_notes_csv_names_every_column_and_label_in_both_and_imports_back() {
    let fixture = Fixture::open();
    let lab = sample_with_an_english_note(&fixture);
    let csv = text(&fixture, &lab, ExportFormat::Csv, ReportLanguages::bilingual());
    let header = csv.lines().next().unwrap();
    assert!(header.starts_with("\u{feff}Her / Challenge,Cam / Stage,Rôl / Role,Math / Kind"), "{header}");
    assert!(csv.contains(",Cynllunio / Planning,"), "stages in both");
    assert!(csv.contains("Cynnwys / Involvement"), "goals in both");

    // Into a copy of the lab's plan, without its notes: every row comes in, as it was.
    let copy = fixture.store.duplicate_lab(lab.id, "The copy").unwrap();
    let summary = fixture.store.import_notes_csv_bytes(copy.id, csv.as_bytes()).unwrap();
    let notes = fixture.store.report(lab.id).unwrap().note_count;
    assert_eq!(summary.notes_added, notes);
    let published = |id| {
        let mut said: Vec<(String, designlab_core::Stage, designlab_core::NoteKind, Vec<designlab_core::Goal>)> =
            fixture
                .store
                .report(id)
                .unwrap()
                .challenges
                .iter()
                .flat_map(|c| c.notes.iter().map(|n| (n.text.clone(), n.stage, n.kind, n.goals.clone())))
                .collect();
        said.sort_by(|a, b| a.0.cmp(&b.0));
        said
    };
    assert_eq!(published(copy.id), published(lab.id), "texts, stages, kinds and goals read back");

    // The REFI-QDA project's codes, likewise.
    let qdpx = fixture.store.export(lab.id, ExportFormat::Qdpx, ReportLanguages::bilingual()).unwrap();
    let project = &unzip(&qdpx)["project.qde"];
    for code in ["Y nodau llesiant / The well-being goals", "Cynnwys / Involvement"] {
        assert!(project.contains(code), "{code} in the codes");
    }
}
