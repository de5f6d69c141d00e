//! The report set up and exported from the real window, through the system's save dialog: the
//! organiser's summary and sections saved; the web page, Word, Markdown, CSV and PDF files and
//! the lab archive written where the person chose, then read back (the PDF's first two pages
//! rendered to PNG). Then, on another laptop's empty database, the archive imported through
//! the open dialog, and notes from a spreadsheet: one refused for a bad row, one taken. An
//! export into the database's backups folder is refused, in English and Welsh.

use designlab_core::{Language, Store};

use crate::harness::{render_pdf_page, App};

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn set_up_the_report_export_every_format_and_import_the_archive_on_another_laptop() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_sample_lab(Language::En).unwrap();
    drop(store);

    let app = App::launch(&db).await;
    app.find(&format!("button[aria-label='Open {}']", lab.title)).await.click().await.unwrap();
    let summary = app.find("#report-summary").await;
    summary.scroll_into_view().await.unwrap();
    summary
        .send_keys("Staff from three services met to test AI plans against what work is really like.")
        .await
        .unwrap();
    app.find("#report-section-appendix").await.click().await.unwrap();
    assert!(!app.find("#report-section-appendix").await.is_selected().await.unwrap());
    app.find("#report-heading").await.scroll_into_view().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    app.screenshot("36-report-setup").await;
    // Saved, the preview shows the report as the HTML export writes it.
    app.find("#report-setup-form button[type='submit']").await.click().await.unwrap();
    app.wait_for_announcement("Report settings saved.").await;
    let preview = app.find("#report-preview").await;
    preview.scroll_into_view().await.unwrap();
    let srcdoc = preview.attr("srcdoc").await.unwrap().unwrap_or_default();
    assert!(srcdoc.contains("Staff from three services met") && !srcdoc.contains("id=\"appendix\""));
    assert!(srcdoc.contains("id=\"goals\"") && srcdoc.contains("A more equal Wales"), "the sample lab's goals");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    app.screenshot("37-report-preview").await;
    let page = dir.path().join("report.html");
    app.find("#export-html").await.click().await.unwrap();
    app.save_file_as("Export the report as a web page", &page).await;
    app.wait_for_text("#report-exported", "report.html").await;
    assert_eq!(std::fs::read_to_string(&page).unwrap(), srcdoc, "the file is the preview");

    let word = dir.path().join("report.docx");
    app.find("#export-docx").await.click().await.unwrap();
    app.save_file_as("Export the report as a Word document", &word).await;
    app.wait_for_text("#report-exported", "report.docx").await;
    assert!(std::fs::read(&word).unwrap().starts_with(b"PK"), "a Word file is a zip package");

    // For qualitative research tools: read back by the independent REFI-QDA reader.
    let qda = dir.path().join("lab.qdpx");
    app.find("#export-qdpx").await.click().await.unwrap();
    app.save_file_as("Export the lab as a REFI-QDA project", &qda).await;
    app.wait_for_text("#report-exported", "lab.qdpx").await.scroll_into_view().await.unwrap();
    app.screenshot("46-exported-for-qualitative-research-tools").await;
    let tools = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".tools/qda");
    let read = std::process::Command::new(tools.join("bin/python"))
        .arg("src-tauri/core/tests/qdpx/read.py")
        .arg(&qda)
        .arg(tools.join("Project.xsd"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(read.status.success(), "{}", String::from_utf8_lossy(&read.stderr));
    let project: serde_json::Value = serde_json::from_slice(&read.stdout).unwrap();
    assert_eq!(project["name"], "Sample lab: AI in council services");
    assert!(!project["sources"].as_array().unwrap().is_empty());

    let written = app.export_markdown(&dir.path().join("write-up.md")).await;
    assert!(written.starts_with("---\nlayout: event\ntitle: \"Sample lab: AI in council services\""), "{written}");
    let (excerpt, rest) = written.split_once("<!--more-->").unwrap();
    assert!(excerpt.contains("Staff from three services met"), "the saved summary is the excerpt: {excerpt}");
    assert!(rest.contains("## The lab in numbers") && !rest.contains("## Appendix"), "the appendix was left out");

    let csv = dir.path().join("notes.csv");
    app.find("#export-csv").await.click().await.unwrap();
    app.save_file_as("Export the notes as CSV", &csv).await;
    app.wait_for_text("#report-exported", "notes.csv").await;
    let rows = std::fs::read_to_string(&csv).unwrap();
    assert!(rows.starts_with("\u{feff}Challenge,Stage,Role,Kind,Note"), "{rows}");
    assert_eq!(rows.lines().count(), 19, "a header and 18 notes");

    let pdf = dir.path().join("report.pdf");
    app.find("#export-pdf").await.click().await.unwrap();
    app.save_file_as("Export the report as a PDF", &pdf).await;
    app.wait_for_text("#report-exported", "report.pdf").await;
    let pages: Vec<_> =
        (1..=2).map(|page| render_pdf_page(&pdf, page, &format!("{}-pdf-page-{page}", 37 + page))).collect();
    for page in &pages {
        assert!(std::fs::metadata(page).unwrap().len() > 10_000, "{} has something on it", page.display());
    }
    assert_ne!(std::fs::read(&pages[0]).unwrap(), std::fs::read(&pages[1]).unwrap(), "the cover, then the numbers");

    let archive = dir.path().join("lab.json");
    app.find("#export-json").await.click().await.unwrap();
    app.save_file_as("Export the lab archive", &archive).await;
    app.wait_for_text("#report-exported", "lab.json").await;

    // The database's own backups folder (made at start) is no place for an export: refused,
    // the path named, in either language, and nothing written there.
    let into_backups = dir.path().join("backups").join("lab.json");
    app.find("#export-json").await.click().await.unwrap();
    app.save_file_as("Export the lab archive", &into_backups).await;
    for (language, refusal, screenshot) in [
        ("en", "is Design Lab’s own database or one of its backups", "44-export-onto-backups-refused"),
        ("cy", "Cronfa ddata Design Lab ei hun, neu un o'i chopïau wrth gefn", "45-export-onto-backups-refused-cy"),
    ] {
        app.find(&format!("button[lang='{language}']")).await.click().await.unwrap();
        let said = app.wait_for_text("#report-error", refusal).await;
        said.scroll_into_view().await.unwrap();
        assert!(said.text().await.unwrap().contains(&into_backups.display().to_string()));
        app.screenshot(screenshot).await;
    }
    app.find("button[lang='en']").await.click().await.unwrap();
    assert!(!into_backups.exists());
    app.quit().await;

    // The settings were saved with the lab.
    let setup = Store::open(&db).unwrap().report_setup(lab.id).unwrap();
    assert!(!setup.sections.appendix && setup.summary.starts_with("Staff from three services"));

    // Another laptop: an empty database takes the archive, then notes from a spreadsheet.
    let laptop = dir.path().join("laptop.sqlite3");
    let store = Store::open(&laptop).unwrap();
    // This laptop has run the app before: its first-run sample lab is gone.
    let sample = store.first_run_sample(Language::En).unwrap().unwrap();
    store.delete_lab(sample.id).unwrap();
    drop(store);
    let app = App::launch(&laptop).await;
    app.find("#import-lab").await.click().await.unwrap();
    app.open_file("Import a lab archive", &archive).await;
    app.wait_for_announcement("New notes: 18.").await;
    app.screenshot("41-archive-imported").await;
    app.find(&format!("button[aria-label='Open {}']", lab.title)).await.click().await.unwrap();

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "Challenge,Role,Note\nNo such challenge,Worker,Lost post-it\n").unwrap();
    let import_notes = app.find("#import-notes").await;
    import_notes.scroll_into_view().await.unwrap();
    import_notes.click().await.unwrap();
    app.open_file("Import notes from a CSV file", &bad).await;
    // The one file people edit by hand is explained in the language of the app.
    for (language, refusal, screenshot) in [
        (
            "en",
            "Row 2, column “Challenge”: this lab has no challenge called “No such challenge”.",
            "42-notes-import-refused",
        ),
        (
            "cy",
            "Rhes 2, colofn “Challenge”: nid oes her o'r enw “No such challenge” yn y labordy hwn.",
            "43-notes-import-refused-cy",
        ),
    ] {
        app.find(&format!("button[lang='{language}']")).await.click().await.unwrap();
        app.wait_for_text("#import-error", refusal).await.scroll_into_view().await.unwrap();
        app.screenshot(screenshot).await;
    }
    app.find("button[lang='en']").await.click().await.unwrap();

    let good = dir.path().join("post-its.csv");
    let challenge = Store::open(&laptop).unwrap().list_challenges(lab.id).unwrap()[0].title.clone();
    std::fs::write(
        &good,
        format!(
            "Challenge,Role,Kind,Note,Tags\n{challenge},Worker,Concern,Nobody asked the night shift,#rota\n\
                 {challenge},Trade union representative,Idea,Pilot with one team first,\n"
        ),
    )
    .unwrap();
    app.find("#import-notes").await.click().await.unwrap();
    app.open_file("Import notes from a CSV file", &good).await;
    app.wait_for_text("#import-done", "New notes: 2.").await;
    app.find("#archive-heading").await.scroll_into_view().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    app.screenshot("40-notes-imported").await;
    app.quit().await;

    let store = Store::open(&laptop).unwrap();
    let notes = store.search_notes(lab.id, &Default::default()).unwrap();
    assert_eq!(notes.len(), 20, "the archive's 18 and the spreadsheet's 2, and not the refused one");
    assert!(notes.iter().any(|n| n.text == "Nobody asked the night shift #rota"));
}
