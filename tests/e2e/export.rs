//! The report set up and exported from the real window, through the system's save dialog: the
//! organiser's summary and sections saved, Markdown for the website and the notes as CSV written
//! where the person chose, then read back.

use designlab_core::{Language, Store};

use crate::harness::App;

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn set_up_the_report_and_export_markdown_and_csv_through_the_save_dialog() {
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

    let markdown = dir.path().join("write-up.md");
    app.find("#export-md").await.click().await.unwrap();
    app.save_file_as("Export the report as Markdown", &markdown).await;
    app.wait_for_text("#report-exported", "write-up.md").await;
    let written = std::fs::read_to_string(&markdown).unwrap();
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
    app.quit().await;

    // The settings were saved with the lab.
    let setup = Store::open(&db).unwrap().report_setup(lab.id).unwrap();
    assert!(!setup.sections.appendix && setup.summary.starts_with("Staff from three services"));
}
