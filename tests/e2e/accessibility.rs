//! Issue 17: every screen and dialog, in English and in Welsh, checked in the real window by
//! axe-core (installed from npm into `ui/node_modules`, injected through WebDriver) against the
//! WCAG 2.0, 2.1 and 2.2 A and AA rules; and, in Welsh, no English message of the app left
//! on screen. Each screen is photographed as it is checked.

use std::collections::HashMap;
use std::path::Path;

use designlab_core::{Language, Store};
use thirtyfour::prelude::*;

use crate::harness::App;

/// The rules checked: WCAG 2.0, 2.1 and 2.2, levels A and AA.
const WCAG_TAGS: &str = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']";

/// English that a Welsh screen may show: names, and words that are the same in both.
const SAME_IN_BOTH: &[&str] = &["Design Lab", "English", "Cymraeg", "PIN", "QR"];

/// The messages of one of the app's Fluent files whose value is one line of plain text (no
/// placeables, no variants), by id.
fn plain_messages(language: &str) -> HashMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("ui/src/locales/{language}.ftl"));
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut messages = HashMap::new();
    for (index, line) in lines.iter().enumerate() {
        let Some((id, value)) = line.split_once(" = ") else { continue };
        let continued = lines.get(index + 1).is_some_and(|next| next.starts_with(' '));
        if id.contains(' ') || id.starts_with('#') || value.contains('{') || continued {
            continue;
        }
        messages.insert(id.to_owned(), value.trim().to_owned());
    }
    messages
}

/// What axe found wrong on the page as it is now: one line per rule broken, with where. For
/// the app's window and for the phone's browser alike.
pub(crate) async fn axe_violations(driver: &WebDriver) -> Vec<String> {
    let loaded: bool = driver.execute("return !!window.axe;", Vec::new()).await.unwrap().convert().unwrap();
    if !loaded {
        let source =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/node_modules/axe-core/axe.min.js"))
                .expect("axe-core, installed from npm by scripts/setup");
        driver.execute(&format!("{source}\nreturn true;"), Vec::new()).await.unwrap();
    }
    let script = format!(
        "const done = arguments[arguments.length - 1];
         // Colours are measured once every transition has ended, not halfway through one.
         Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null)))
           .then(() => axe.run(document, {{ runOnly: {{ type: 'tag', values: {WCAG_TAGS} }}, resultTypes: ['violations', 'passes'] }}))
           .then((results) => done(results.passes.length === 0 ? ['axe checked nothing'] : results.violations.map((v) =>
             `${{v.id}} (${{v.impact}}): ${{v.help}} at ${{v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}}`)))
           .catch((error) => done([`axe failed: ${{error}}`]));"
    );
    driver.execute_async(&script, Vec::new()).await.unwrap().convert().unwrap()
}

/// Lines on a Welsh screen that are an English message of the app (with Welsh of its own).
pub(crate) async fn english_on_screen(driver: &WebDriver, messages: &Messages) -> Vec<String> {
    let (english, welsh) = (&messages.en, &messages.cy);
    let shown: String = driver.execute("return document.body.innerText;", Vec::new()).await.unwrap().convert().unwrap();
    let english_lines: HashMap<&str, &str> = english
        .iter()
        .filter(|(id, value)| welsh.get(*id).is_some_and(|cy| cy != *value) && !SAME_IN_BOTH.contains(&value.as_str()))
        .map(|(id, value)| (value.as_str(), id.as_str()))
        .collect();
    shown
        .lines()
        .map(str::trim)
        .filter_map(|line| english_lines.get(line).map(|id| format!("{id}: {line:?}")))
        .collect()
}

/// Checks the screen as it is now, in the language it is in, and photographs it.
async fn check(app: &App, name: &str, welsh: bool, failures: &mut Vec<String>, messages: &Messages) {
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    for violation in axe_violations(app.driver()).await {
        failures.push(format!("{name}: {violation}"));
    }
    if welsh {
        for english in english_on_screen(app.driver(), messages).await {
            failures.push(format!("{name}: English on a Welsh screen: {english}"));
        }
    }
    app.screenshot(&format!("a11y-{name}")).await;
}

/// The app's plain messages in both languages.
pub(crate) struct Messages {
    en: HashMap<String, String>,
    cy: HashMap<String, String>,
}

impl Messages {
    pub(crate) fn read() -> Messages {
        Messages { en: plain_messages("en"), cy: plain_messages("cy") }
    }

    fn for_language(&self, welsh: bool) -> &HashMap<String, String> {
        if welsh {
            &self.cy
        } else {
            &self.en
        }
    }
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn every_screen_passes_axe_in_english_and_in_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    // Each language's pass opens the sample lab written in it, so what the lab holds is in the
    // language of the screen and only the app's own words are checked.
    let labs = [Language::En, Language::Cy].map(|language| {
        let lab = store.create_sample_lab(language).unwrap();
        let challenges = store.list_challenges(lab.id).unwrap();
        let first_segment = store.agenda(lab.id).unwrap().segments[0].title.clone();
        (lab, challenges, first_segment)
    });
    drop(store);
    let messages = Messages::read();
    assert!(messages.en.len() > 300, "the English messages were read");
    // Files that are refused, for the screens that say so.
    let broken_template = dir.path().join("broken-template.json");
    std::fs::write(&broken_template, "{ not a template").unwrap();
    let broken_csv = dir.path().join("broken-notes.csv");
    std::fs::write(&broken_csv, "Challenge,Role,Note\nNo such challenge,Worker,Said\n").unwrap();

    let app = App::launch(&db).await;
    // First, that the checks can fail: a button without a name, and an English message on a
    // Welsh screen, are both caught.
    app.find("#new-lab").await;
    app.find("button[lang='cy']").await.click().await.unwrap();
    app.driver()
        .execute(
            "document.body.insertAdjacentHTML('beforeend',
               '<div id=\"canary\"><button></button><p>' + arguments[0] + '</p></div>');",
            vec![serde_json::json!(messages.en["labs-new"])],
        )
        .await
        .unwrap();
    let caught = axe_violations(app.driver()).await;
    assert!(caught.iter().any(|v| v.starts_with("button-name")), "axe catches a nameless button: {caught:?}");
    let english = english_on_screen(app.driver(), &messages).await;
    let planted = format!("{:?}", messages.en["labs-new"]);
    assert!(english.iter().any(|e| e.ends_with(&planted)), "English is caught on a Welsh screen: {english:?}");
    app.driver().execute("document.getElementById('canary').remove();", Vec::new()).await.unwrap();

    let mut failures = Vec::new();
    for ((language, welsh), (lab, challenges, first_segment)) in [("en", false), ("cy", true)].into_iter().zip(&labs) {
        let named = |screen: &str| format!("{screen}-{language}");
        app.find(&format!("button[lang='{language}']")).await.click().await.unwrap();
        app.find("#new-lab").await;
        check(&app, &named("labs"), welsh, &mut failures, &messages).await;

        app.find("#new-lab").await.click().await.unwrap();
        app.find("#new-lab-heading").await;
        check(&app, &named("new-lab"), welsh, &mut failures, &messages).await;
        app.keys(Key::Escape).await;

        // Templates: starting a lab from one, and a broken template file refused.
        app.find("#start-builtin").await.click().await.unwrap();
        app.find("#start-title-builtin").await;
        app.find("#import-template-file").await.send_keys(broken_template.to_str().unwrap()).await.unwrap();
        app.find("#templates [role='alert']").await.scroll_into_view().await.unwrap();
        check(&app, &named("templates"), welsh, &mut failures, &messages).await;
        app.find("#start-title-builtin").await.focus().await.unwrap();
        app.keys(Key::Escape).await;

        app.find(&format!("li:has(button[id='open-{}']) button.danger", lab.id)).await.click().await.unwrap();
        app.find("dialog[open]").await;
        check(&app, &named("delete-lab-dialog"), welsh, &mut failures, &messages).await;
        app.keys(Key::Escape).await;

        app.find("#about-open").await.click().await.unwrap();
        app.find("#about-title").await;
        check(&app, &named("about"), welsh, &mut failures, &messages).await;
        app.keys(Key::Escape).await;

        app.find(&format!("button[id='open-{}']", lab.id)).await.click().await.unwrap();
        app.find("#lab-title").await;
        check(&app, &named("lab-page"), welsh, &mut failures, &messages).await;
        app.find("li[data-challenge-id] button.danger").await.click().await.unwrap();
        app.find("dialog[open]").await;
        check(&app, &named("remove-challenge-dialog"), welsh, &mut failures, &messages).await;
        app.keys(Key::Escape).await;
        app.find("#edit-details").await.click().await.unwrap();
        app.find("#add-challenge").await.click().await.unwrap();
        for form in ["#add-segment", "#add-group", "#add-participant"] {
            let button = app.find(form).await;
            button.scroll_into_view().await.unwrap();
            button.click().await.unwrap();
        }
        check(&app, &named("lab-page-forms"), welsh, &mut failures, &messages).await;
        // The report in both languages, a CSV of notes refused, and the Welsh Language
        // Standards' question for invitations, all on the lab page.
        app.find("#report-language-both").await.click().await.unwrap();
        app.find("#report-side-by-side").await;
        app.find("#import-notes").await.click().await.unwrap();
        app.open_file(&messages.for_language(welsh)["notes-import-title"], &broken_csv).await;
        app.find("#import-error").await.scroll_into_view().await.unwrap();
        check(&app, &named("report-and-import"), welsh, &mut failures, &messages).await;

        app.find("#lab-devices").await.click().await.unwrap();
        app.find("#hub-heading").await;
        check(&app, &named("hub"), welsh, &mut failures, &messages).await;

        app.find(&format!("#capture-{}", challenges[1].id)).await.click().await.unwrap();
        app.find("#capture-text").await;
        app.find("#capture-goals-button").await.click().await.unwrap();
        check(&app, &named("capture"), welsh, &mut failures, &messages).await;

        app.find("nav.back button").await.click().await.unwrap();
        app.find("#lab-notes").await.click().await.unwrap();
        app.find("#notes-count").await;
        check(&app, &named("notes"), welsh, &mut failures, &messages).await;

        app.find("nav.back button").await.click().await.unwrap();
        app.find(&format!("#synthesis-{}", challenges[1].id)).await.click().await.unwrap();
        app.find("#suggest-themes").await.click().await.unwrap();
        app.find("li[data-suggestion]").await;
        check(&app, &named("synthesis"), welsh, &mut failures, &messages).await;
        // The voting table and the actions form, scrolled into view.
        let action = app.find("#add-action").await;
        action.scroll_into_view().await.unwrap();
        app.find("#voting-heading").await;
        check(&app, &named("voting-and-actions"), welsh, &mut failures, &messages).await;

        app.find("nav.back button").await.click().await.unwrap();
        app.find("#run-lab").await.click().await.unwrap();
        app.find("#run-heading").await;
        check(&app, &named("run"), welsh, &mut failures, &messages).await;
        app.keys("s").await;
        app.find("#run-toggle").await;
        check(&app, &named("run-started"), welsh, &mut failures, &messages).await;
        // S again asks before starting over.
        app.keys("s").await;
        app.find("dialog[open]").await;
        check(&app, &named("run-restart-dialog"), welsh, &mut failures, &messages).await;
        app.keys(Key::Escape).await;
        app.find("#run-toggle").await.focus().await.unwrap();
        app.keys("p").await;
        app.switch_to_window_titled(if welsh { "Taflunydd Design Lab" } else { "Design Lab projector" }).await;
        // The window the first pass opened follows this pass's lab at once.
        app.wait_for_text("#projector-segment", first_segment).await;
        check(&app, &named("projector"), welsh, &mut failures, &messages).await;
        app.switch_to_window_titled("Design Lab").await;
        // Hidden again, so the next pass opens its own.
        app.find("#run-toggle").await.focus().await.unwrap();
        app.keys("p").await;
        app.wait_for_announcement(&messages.for_language(welsh)["run-projector-hidden"]).await;
        app.find("nav.back button").await.click().await.unwrap();
        app.find("nav.back button").await.click().await.unwrap();
    }
    app.quit().await;
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

/// What makes the page scroll sideways, if it does: the elements reaching past the window's
/// right edge (those with nothing inside that does), by tag, id and class.
async fn wider_than_the_window(app: &App) -> Vec<String> {
    let script = "const width = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= width) return [];
        const past = [...document.body.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > width + 1);
        return past.filter((e) => !past.some((o) => o !== e && e.contains(o)))
          .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')}`);";
    app.driver().execute(script, Vec::new()).await.unwrap().convert().unwrap()
}

/// Text at 200%: a 1280-pixel window at 200% zoom lays out 640 CSS pixels, which is what the
/// window is made here (the smallest the app allows). The main screens lose nothing and need
/// no sideways scrolling.
#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn the_main_screens_reflow_at_200_percent_without_sideways_scrolling() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_sample_lab(Language::Cy).unwrap();
    let challenge = store.list_challenges(lab.id).unwrap().remove(1);
    drop(store);

    let app = App::launch(&db).await;
    app.driver().set_window_rect(0, 0, 640, 900).await.unwrap();
    let width: i64 = app.driver().execute("return window.innerWidth;", Vec::new()).await.unwrap().convert().unwrap();
    assert!(width <= 640, "the window is 640 pixels wide: {width}");
    let mut wide = Vec::new();
    let mut look = async |name: &str, app: &App| {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let past = wider_than_the_window(app).await;
        if !past.is_empty() {
            wide.push(format!("{name}: {}", past.join(", ")));
        }
        app.screenshot(&format!("a11y-200-{name}")).await;
    };
    app.find("#new-lab").await;
    look("labs", &app).await;
    app.find(&format!("button[id='open-{}']", lab.id)).await.click().await.unwrap();
    app.find("#lab-title").await;
    look("lab-page", &app).await;
    app.find(&format!("#capture-{}", challenge.id)).await.click().await.unwrap();
    app.find("#capture-text").await;
    look("capture", &app).await;
    app.find("nav.back button").await.click().await.unwrap();
    app.find("#lab-notes").await.click().await.unwrap();
    app.find("#notes-count").await;
    look("notes", &app).await;
    app.find("nav.back button").await.click().await.unwrap();
    // By keyboard: at this width a click can land on the button's neighbour as the page settles.
    let themes = app.find(&format!("#synthesis-{}", challenge.id)).await;
    themes.focus().await.unwrap();
    themes.send_keys(Key::Enter).await.unwrap();
    app.find("#suggest-themes").await;
    look("synthesis", &app).await;
    app.find("nav.back button").await.click().await.unwrap();
    app.find("#run-lab").await.click().await.unwrap();
    app.find("#run-heading").await;
    look("run", &app).await;
    app.quit().await;
    assert!(wide.is_empty(), "these screens scroll sideways at 200%: {wide:?}");
}

/// The dark appearance, when the system asks for it (GTK's dark theme, which WebKitGTK passes on
/// as `prefers-color-scheme: dark`): the same axe checks on the main screens.
#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn the_dark_appearance_follows_the_system_and_passes_axe() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_sample_lab(Language::En).unwrap();
    let challenge = store.list_challenges(lab.id).unwrap().remove(1);
    drop(store);

    std::env::set_var("GTK_THEME", "Adwaita:dark");
    let app = App::launch(&db).await;
    std::env::remove_var("GTK_THEME");
    let dark: bool = app
        .driver()
        .execute("return matchMedia('(prefers-color-scheme: dark)').matches;", Vec::new())
        .await
        .unwrap()
        .convert()
        .unwrap();
    assert!(dark, "the window follows the system's dark appearance");
    let messages = Messages::read();
    let mut failures = Vec::new();
    app.find("#new-lab").await;
    check(&app, "dark-labs", false, &mut failures, &messages).await;
    app.find(&format!("button[id='open-{}']", lab.id)).await.click().await.unwrap();
    app.find("#lab-title").await;
    check(&app, "dark-lab-page", false, &mut failures, &messages).await;
    app.find(&format!("#capture-{}", challenge.id)).await.click().await.unwrap();
    app.find("#capture-goals-button").await.click().await.unwrap();
    app.find("#capture-goals-fair_work").await.click().await.unwrap();
    check(&app, "dark-capture", false, &mut failures, &messages).await;
    app.find("nav.back button").await.click().await.unwrap();
    app.find(&format!("#synthesis-{}", challenge.id)).await.click().await.unwrap();
    app.find("#suggest-themes").await.click().await.unwrap();
    app.find("li[data-suggestion]").await;
    check(&app, "dark-synthesis", false, &mut failures, &messages).await;
    app.quit().await;
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}
