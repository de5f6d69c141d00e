//! Planning from the toolkit's template in the real window: start a lab from the built-in
//! template, reorder its agenda by keyboard (and undo it), give a challenge a second stage with
//! the toolkit's prompts, add a breakout group and participants, save the lab as a template,
//! export that template through the save dialog, and import it into a fresh database.

use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

use crate::harness::App;

/// Scrolls the element's top (`start`) or bottom (`end`) into view, for a screenshot.
async fn scroll(app: &App, css: &str, block: &str) {
    app.driver()
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView({ block: arguments[1] });",
            vec![serde_json::json!(css), serde_json::json!(block)],
        )
        .await
        .unwrap();
}

async fn scroll_to(app: &App, css: &str) {
    scroll(app, css, "start").await;
}

async fn texts(app: &App, css: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for element in app.find_all(css).await {
        texts.push(element.text().await.unwrap());
    }
    texts
}

async fn attr(element: &WebElement, name: &str) -> String {
    element.attr(name).await.unwrap().unwrap()
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn start_from_the_toolkit_template_plan_save_and_import_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("first.sqlite3");
    let app = App::launch(&db).await;

    // The built-in template, credited to the toolkit.
    app.wait_for_text("#templates", "Worker voice in procurement of digital and AI systems").await;
    app.wait_for_text("li[data-template='builtin']", "5 challenges, 7 agenda segments · 3 h").await;
    app.wait_for_text("li[data-template='builtin'] .credit", "Connected by Data").await;
    scroll_to(&app, "#templates").await;
    app.screenshot("14-templates").await;
    app.find("#start-builtin").await.click().await.unwrap();
    app.find("#start-title-builtin").await.send_keys("Spring lab" + Key::Enter).await.unwrap();

    // A lab planned for the afternoon, 13:30 to 16:30.
    app.wait_for_text("h1#lab-title", "Spring lab").await;
    app.wait_for_count("li[data-challenge-id]", 5).await;
    let segments = app.wait_for_count("li[data-segment-id]", 7).await;
    app.wait_for_text("#agenda-fit", "180 of 180 minutes planned. Fits exactly.").await;
    let clocks = texts(&app, "li[data-segment-id] .clock").await;
    assert_eq!(clocks[..2], ["13:30–13:45", "13:45–14:05"]);
    assert_eq!(clocks[6], "16:10–16:30");

    // Keyboard alone: move the context talk above the welcome; the clock times follow.
    let talk = attr(&segments[1], "data-segment-id").await;
    app.tab_to(&format!("#move-up-{talk}")).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("li[data-segment-id]:nth-child(1) .segment-title", "Context").await;
    assert_eq!(texts(&app, "li[data-segment-id] .clock").await[..2], ["13:30–13:50", "13:50–14:05"]);
    app.wait_for_announcement("is now 1 of 7.").await;

    // Ctrl+Z takes it back; Redo brings it again.
    app.keys(Key::Control + "z").await;
    app.wait_for_text("li[data-segment-id]:nth-child(1) .segment-title", "Welcome and ground rules").await;
    app.wait_for_announcement("Agenda change undone.").await;
    app.find("#agenda-redo").await.click().await.unwrap();
    app.wait_for_text("li[data-segment-id]:nth-child(1) .segment-title", "Context").await;
    app.wait_for_announcement("Agenda change redone.").await;
    scroll_to(&app, "#agenda").await;
    app.screenshot("15-agenda-from-template").await;
    let planned = texts(&app, "li[data-segment-id] .segment-title").await;

    // A second stage for the first challenge, and that stage's prompts added with one action.
    let challenge = attr(&app.find_all("li[data-challenge-id]").await[0], "data-challenge-id").await;
    app.find(&format!("#edit-challenge-{challenge}")).await.click().await.unwrap();
    app.find(&format!("#edit-{challenge}-also-tender_award")).await.click().await.unwrap();
    app.wait_for_text(&format!("#edit-{challenge}-guide-tender_award"), "The toolkit on Tender & award").await;
    let add = app.find(&format!("#edit-{challenge}-add-guide-tender_award")).await;
    add.send_keys(Key::Enter).await.unwrap();
    app.wait_for_announcement("6 prompts for Tender & award added.").await;
    scroll_to(&app, &format!("li[data-challenge-id='{challenge}']")).await;
    app.screenshot("16-challenge-stages-and-prompts").await;
    app.find(&format!("li[data-challenge-id='{challenge}'] button[type='submit']")).await.click().await.unwrap();
    app.wait_for_count(&format!("li[data-challenge-id='{challenge}'] .stages li"), 2).await;
    app.wait_for_count(&format!("li[data-challenge-id='{challenge}'] .prompts li"), 10).await;

    // A breakout group: its table, challenge, note-taker and people per role.
    app.find("#add-group").await.click().await.unwrap();
    app.find("#new-group-name").await.send_keys("Group A").await.unwrap();
    app.find("#new-group-location").await.send_keys("Table 1").await.unwrap();
    let challenges = SelectElement::new(&app.find("#new-group-challenge").await).await.unwrap();
    challenges.select_by_index(2).await.unwrap();
    app.find("#new-group-note-taker").await.send_keys("Sam").await.unwrap();
    let counts = app.find_all("form[aria-labelledby='new-group-heading'] input[type='number']").await;
    for (input, count) in [(&counts[0], "3"), (&counts[4], "1")] {
        input.clear().await.unwrap();
        input.send_keys(count).await.unwrap();
    }
    scroll_to(&app, "#groups").await;
    app.screenshot("17-group-form").await;
    app.find("form[aria-labelledby='new-group-heading'] button[type='submit']").await.click().await.unwrap();
    app.wait_for_text("li[data-group-id]", "4 participants: 3 × Trade union representative, 1 × Supplier").await;
    app.wait_for_text("li[data-group-id] .challenge", "Writing worker voice into the tender").await;
    app.wait_for_announcement("Group “Group A” added.").await;

    // Participants: one named with consent, one shown by role only.
    app.find("#add-participant").await.click().await.unwrap();
    app.find("#participant-name").await.send_keys("Aled Jones").await.unwrap();
    app.find("#participant-consent").await.click().await.unwrap();
    app.find("#participant-organisation").await.send_keys("Unison Cymru" + Key::Enter).await.unwrap();
    app.wait_for_count("tr[data-participant-id]", 1).await;
    app.find("#participant-name").await.send_keys("Rhian Evans" + Key::Enter).await.unwrap();
    app.wait_for_count("tr[data-participant-id]", 2).await;
    app.wait_for_text("tr[data-participant-id]:nth-child(1)", "Named, with organisation").await;
    app.wait_for_text("tr[data-participant-id]:nth-child(2)", "As “Trade union representative” only").await;
    assert!(!app.find("#participant-consent").await.is_selected().await.unwrap(), "the form starts afresh");
    scroll_to(&app, "#groups").await;
    app.screenshot("18-groups-and-participants").await;

    // Save the lab's plan as a template.
    let name = app.find("#template-name").await;
    name.clear().await.unwrap();
    name.send_keys("Spring template" + Key::Enter).await.unwrap();
    app.wait_for_announcement("Saved as the template “Spring template”.").await;
    scroll(&app, "#save-template", "end").await;
    app.screenshot("19-save-as-template").await;

    // Export it from the templates list, through the system's save dialog.
    app.find(".back button, .back a").await.click().await.unwrap();
    app.wait_for_count("li[data-template]", 2).await;
    let file = dir.path().join("spring-template.json");
    app.find("li[data-template]:nth-child(2) button[id^='export-']").await.click().await.unwrap();
    app.save_file_as("Export “Spring template”", &file).await;
    app.wait_for_announcement("Template “Spring template” saved to").await;
    app.quit().await;
    let exported = std::fs::read_to_string(&file).unwrap();
    assert!(exported.contains("\"format\": \"designlab-template\""), "{exported}");
    let broken = dir.path().join("broken-template.json");
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    json["agenda"][1]["kind"] = "party".into();
    std::fs::write(&broken, json.to_string()).unwrap();

    let fresh = dir.path().join("fresh.sqlite3");
    let app = App::launch(&fresh).await;
    app.wait_for_count("li[data-template]", 1).await;

    // A broken file is refused, naming the place in it, and nothing is imported.
    app.find("#import-template-file").await.send_keys(broken.to_str().unwrap()).await.unwrap();
    app.wait_for_text("#templates [role='alert']", "problem at “agenda[1].kind”. Nothing was imported.").await;
    // The reader's own words, marked as the English they are.
    app.wait_for_text("#templates [role='alert'] span[lang='en']", "unknown variant `party`").await;
    app.wait_for_count("li[data-template]", 1).await;
    scroll_to(&app, "#templates").await;
    app.screenshot("20-template-import-refused").await;

    app.find("#import-template-file").await.send_keys(file.to_str().unwrap()).await.unwrap();
    app.wait_for_announcement("Template “Spring template” imported.").await;
    let cards = app.wait_for_count("li[data-template]", 2).await;
    assert_eq!(app.find_all("#templates [role='alert']").await.len(), 0, "the earlier refusal is cleared");
    app.screenshot("21-template-imported").await;

    // In Welsh, the built-in template is the Welsh one.
    app.find("button[lang='cy']").await.click().await.unwrap();
    app.wait_for_text(
        "li[data-template='builtin'] h3",
        "Llais y gweithwyr wrth gaffael systemau digidol a deallusrwydd artiffisial",
    )
    .await;
    app.screenshot("22-templates-welsh").await;
    let key = attr(&cards[1], "data-template").await;
    app.find(&format!("#start-{key}")).await.click().await.unwrap();
    app.find(&format!("#start-title-{key}")).await.send_keys("Autumn lab" + Key::Enter).await.unwrap();
    app.wait_for_text("h1#lab-title", "Autumn lab").await;
    app.wait_for_text("#groups-heading", "Grwpiau trafod").await;
    app.screenshot("23-lab-page-welsh").await;
    app.wait_for_count("li[data-segment-id]", 7).await;
    assert_eq!(texts(&app, "li[data-segment-id] .segment-title").await, planned, "the agenda came across in order");
    app.wait_for_count("li[data-challenge-id]:nth-child(1) .stages li", 2).await;
    app.wait_for_count("li[data-challenge-id]:nth-child(1) .prompts li", 10).await;
    app.quit().await;
}
