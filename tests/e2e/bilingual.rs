//! Issue 17: the languages of a lab's room and the Welsh Language Standards' question for its
//! invitations; a bilingual report chosen by keyboard in the real window, Welsh beside English
//! in the preview and in the PDF written through the save dialog; the choices pass axe, and
//! show no English on the Welsh screen.

use designlab_core::{Language, Store};
use thirtyfour::prelude::*;

use crate::accessibility::{axe_violations, english_on_screen, Messages};
use crate::harness::{render_pdf_page, App};

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn a_bilingual_report_is_chosen_by_keyboard_previewed_side_by_side_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_sample_lab(Language::Cy).unwrap();
    drop(store);

    let app = App::launch(&db).await;
    app.find(&format!("button[aria-label='Open {}']", lab.title)).await.click().await.unwrap();

    // The room's languages, set by keyboard among the lab's details: English only, then both.
    app.find("#edit-details").await.focus().await.unwrap();
    app.keys(Key::Enter).await;
    app.tab_to("#lab-details-language-cy").await.send_keys(Key::Space).await.unwrap();
    assert!(!app.find("#lab-details-language-cy").await.is_selected().await.unwrap(), "the sample's Welsh unticked");
    app.tab_to(".details button[type='submit']").await.send_keys(Key::Enter).await.unwrap();
    app.wait_for_announcement("Details saved.").await;
    let said = app.wait_for_text(".details dl", "English").await.text().await.unwrap();
    assert!(!said.contains("Cymraeg"), "Welsh unticked: {said}");
    app.find("#edit-details").await.focus().await.unwrap();
    app.keys(Key::Enter).await;
    app.tab_to("#lab-details-language-cy").await.send_keys(Key::Space).await.unwrap();
    app.tab_to(".details button[type='submit']").await.send_keys(Key::Enter).await.unwrap();
    app.wait_for_text(".details dl", "Cymraeg, English").await;
    // Each language's name marked as that language, for a screen reader's voice.
    app.find(".details dl span[lang='cy']").await;
    // The Welsh Language Standards' question, Welsh then English, each paragraph marked.
    let invitation = app.find("#lab-invitation").await;
    invitation.scroll_into_view().await.unwrap();
    let welsh = app.find("#lab-invitation p[lang='cy']").await.text().await.unwrap();
    let english = app.find("#lab-invitation p[lang='en']").await.text().await.unwrap();
    assert!(welsh.starts_with("Hoffech chi ddefnyddio'r Gymraeg") && welsh.contains(&lab.title), "{welsh}");
    assert!(english.starts_with("Would you like to use Welsh") && english.contains(&lab.title), "{english}");
    app.tab_to("#copy-invitation").await.send_keys(Key::Enter).await.unwrap();
    app.wait_for_announcement("The question is copied.").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    app.screenshot("99c-invitation-question").await;

    app.find("#report-summary").await.scroll_into_view().await.unwrap();
    app.find("#report-summary").await.focus().await.unwrap();
    let both = app.tab_to("#report-language-en").await;
    // Arrow keys move through a group of radio buttons, choosing as they go.
    both.send_keys(Key::Right + Key::Right).await.unwrap();
    assert!(app.find("#report-language-both").await.is_selected().await.unwrap());
    assert!(app.find("#report-first-cy").await.is_selected().await.unwrap(), "Welsh first unless chosen");
    assert!(app.find("#report-side-by-side").await.is_selected().await.unwrap());
    let preview = app.find("#report-preview").await;
    let mut srcdoc = String::new();
    for _ in 0..50 {
        srcdoc = preview.attr("srcdoc").await.unwrap().unwrap_or_default();
        if srcdoc.contains("class=\"pair section\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(srcdoc.contains("class=\"pair section\""), "the preview is side by side");
    let welsh = srcdoc.find("Y labordy mewn ffigurau").unwrap();
    let english = srcdoc.find("The lab in numbers").unwrap();
    assert!(welsh < english, "Welsh first");
    app.find(".bilingual").await.scroll_into_view().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    app.screenshot("100-bilingual-report-choices").await;
    preview.scroll_into_view().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    app.screenshot("101-bilingual-preview").await;

    let pdf = dir.path().join("adroddiad.pdf");
    app.find("#export-pdf").await.click().await.unwrap();
    app.save_file_as("Export the report as a PDF", &pdf).await;
    app.wait_for_text("#report-exported", "adroddiad.pdf").await;
    let output = std::process::Command::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(&pdf).arg("-").output();
    let text = String::from_utf8(output.expect("pdftotext (poppler-utils)").stdout).unwrap();
    assert!(
        text.lines().any(|line| line.contains("Y labordy mewn ffigurau") && line.contains("The lab in numbers")),
        "the PDF sets Welsh beside English:\n{text}"
    );
    render_pdf_page(&pdf, 1, "102-bilingual-pdf-cover");
    render_pdf_page(&pdf, 5, "103-bilingual-pdf-challenge");

    // One after the other, English first: chosen by keyboard too, and the preview follows.
    app.find("#report-first-en").await.focus().await.unwrap();
    app.keys(Key::Space).await;
    app.tab_to("#report-side-by-side").await.send_keys(Key::Right).await.unwrap();
    assert!(app.find("#report-one-after-other").await.is_selected().await.unwrap());
    for _ in 0..50 {
        srcdoc = preview.attr("srcdoc").await.unwrap().unwrap_or_default();
        if srcdoc.contains("class=\"part\" lang=\"en\"") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        srcdoc.find("class=\"part\" lang=\"en\"").unwrap() < srcdoc.find("class=\"part\" lang=\"cy\"").unwrap(),
        "English, then Welsh"
    );

    // In Welsh, the choices pass axe and say nothing in English.
    app.find("button[lang='cy']").await.click().await.unwrap();
    app.find(".bilingual").await.scroll_into_view().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    let mut failures = axe_violations(app.driver()).await;
    failures.extend(english_on_screen(app.driver(), &Messages::read()).await);
    app.screenshot("104-bilingual-report-choices-cy").await;
    assert!(failures.is_empty(), "{failures:#?}");
    app.find("button[lang='en']").await.click().await.unwrap();
    app.quit().await;
}
