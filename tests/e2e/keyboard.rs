//! The whole lab by keyboard alone, with no pointer event at all: a lab started from the
//! toolkit's template, a role and two breakout groups added, the run started and moved on, a
//! note taken for each group, a theme made, dots given and an action agreed, and the report
//! exported as Markdown through the save dialog. After every step the focus is on something,
//! and something a sighted keyboard user can see. In English and in Welsh: the Welsh journey
//! also fails on any English message of the app left on screen at any step.

use std::time::{Duration, Instant};

use designlab_core::messages::{Arg, Messages};
use designlab_core::templates::builtin_template;
use designlab_core::Language;
use thirtyfour::prelude::*;

use crate::accessibility::english_on_screen;
use crate::harness::App;

const LAB: &str = "Keyboard lab";
const ROLE: &str = "Councillor";
const NOTE_A: &str = "Pay people for the hours they spend learning the new rota system";
const NOTE_B: &str = "Ask the night shift before anyone chooses the tool";
const THEME: &str = "Time to learn";
const ACTION: &str = "Write paid learning time into the tender";

/// Presses ↓ on the focused closed list until it shows `wanted`. Each press chooses, as a
/// keyboard user picks from a list without opening it.
async fn arrow_down_to(app: &App, wanted: &str) {
    let shown = "const list = document.activeElement;
        if (list.tagName !== 'SELECT') return `not a list: ${list.tagName}#${list.id}`;
        return list.options[list.selectedIndex]?.text.trim() ?? '';";
    for _ in 0..30 {
        let now: String = app.driver().execute(shown, Vec::new()).await.unwrap().convert().unwrap();
        if now == wanted {
            return;
        }
        assert!(!now.starts_with("not a list"), "{now}");
        app.keys(Key::Down).await;
    }
    panic!("↓ never reached {wanted:?} in the focused list");
}

/// Checks that something has the focus and that it shows: not nothing, not the page itself,
/// not an element gone from the page, and a control drawn with a ring (an outline or a box
/// shadow). A failure names the step and the element, and is kept for the
/// end so that one missing ring does not hide the rest. The focus is given a moment to
/// settle, as the app moves it after loading.
async fn focus_is_visible(app: &App, step: &str, failures: &mut Vec<String>) {
    // In Welsh, no English message of the app on screen either, at any step.
    if let Some(messages) = WELSH_CHECK.get() {
        let welsh: bool = app
            .driver()
            .execute("return document.documentElement.lang === 'cy';", Vec::new())
            .await
            .unwrap()
            .convert()
            .unwrap();
        if welsh {
            for english in english_on_screen(app.driver(), messages).await {
                failures.push(format!("{step}: English on a Welsh screen: {english}"));
            }
        }
    }
    let script = "const e = document.activeElement;
        if (!e) return 'nothing has the focus';
        const name = `${e.tagName}#${e.id}.${[...e.classList].join('.')}`;
        const away = document.hasFocus() ? '' : ' (the window does not have the system focus)';
        if (e === document.body || e === document.documentElement) return `the focus fell back to ${name}${away}`;
        if (!e.isConnected) return `the focus is on ${name}, which has left the page${away}`;
        // A control draws its ring; a heading the app moves the focus to (tabindex -1) is
        // not a control, and needs only to be where the keyboard is.
        const style = getComputedStyle(e);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow && style.boxShadow !== 'none';
        if (outline || shadow) return null;
        if (e.tabIndex < 0) return null;
        return `${name} has the focus but draws no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth})${away}`;";
    let started = Instant::now();
    loop {
        let problem: Option<String> = app.driver().execute(script, Vec::new()).await.unwrap().convert().unwrap();
        let Some(problem) = problem else { return };
        if started.elapsed() > Duration::from_secs(1) {
            failures.push(format!("{step}: {problem}"));
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The app's plain messages, for the Welsh journey's check for English.
static WELSH_CHECK: std::sync::OnceLock<crate::accessibility::Messages> = std::sync::OnceLock::new();

/// What the app says, in the journey's language, from the same Fluent files.
struct Say(Messages);

impl Say {
    fn get(&self, id: &str) -> String {
        self.0.get(id)
    }

    fn with(&self, id: &str, name: &str, value: &str) -> String {
        self.0.with(id, &[(name, Arg::Text(value))])
    }
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn the_whole_lab_by_keyboard_alone_with_focus_always_visible() {
    journey(Language::En, "105").await;
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn the_whole_lab_by_keyboard_alone_in_welsh_without_one_english_message() {
    WELSH_CHECK.get_or_init(crate::accessibility::Messages::read);
    journey(Language::Cy, "110").await;
}

/// The journey in `language`, its screenshots numbered from `first_shot`.
async fn journey(language: Language, first_shot: &str) {
    let say = Say(Messages::new(language).unwrap());
    let template = builtin_template(language);
    let segment = |index: usize| template.agenda[index].title.clone();
    let shot = |n: u32, name: &str| {
        format!(
            "{}-keyboard-{name}{}",
            first_shot.parse::<u32>().unwrap() + n,
            if language == Language::Cy { "-cy" } else { "" }
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let app = App::launch(&db).await;
    let mut failures = Vec::new();

    // 1. The lab list of a first start, with its sample lab (left alone) and the templates,
    // in the journey's language, chosen by keyboard.
    app.wait_for_count("li[data-lab-id]", 1).await;
    app.tab_to(&format!("button[lang='{}']", language.key())).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#templates", &template.name).await;
    // First, that the check can fail: a control whose ring is taken away is caught.
    app.tab_to("#start-builtin").await;
    // Through the element's own style: the app's content security policy refuses a style sheet
    // added to the page, as it should.
    let no_ring = "document.activeElement.style.setProperty('outline', 'none', 'important');";
    app.driver().execute(no_ring, Vec::new()).await.unwrap();
    let mut caught = Vec::new();
    focus_is_visible(&app, "a planted fault", &mut caught).await;
    assert!(caught.iter().any(|c| c.contains("no focus indicator")), "a missing ring is caught: {caught:?}");
    app.driver().execute("document.activeElement.style.removeProperty('outline');", Vec::new()).await.unwrap();

    // Start from the toolkit's template: Enter opens the title box with the focus in it.
    app.tab_to("#start-builtin").await;
    focus_is_visible(&app, "1. the template's Start button", &mut failures).await;
    app.keys(Key::Enter).await;
    app.wait_for_focus("#start-title-builtin").await;
    focus_is_visible(&app, "1. the new lab's title box", &mut failures).await;
    app.keys(LAB + Key::Enter).await;
    app.wait_for_text("h1#lab-title", LAB).await;
    app.wait_for_announcement(&say.with("labs-created", "title", LAB)).await;
    app.wait_for_count("li[data-challenge-id]", 5).await;
    app.wait_for_count("li[data-role-id]", 8).await;
    app.wait_for_focus("#lab-title").await;
    focus_is_visible(&app, "1. the new lab's page", &mut failures).await;
    let challenge = app.find("li[data-challenge-id]").await.attr("data-challenge-id").await.unwrap().unwrap();
    let challenge_title = app.find("li[data-challenge-id] h3").await.text().await.unwrap();

    // 2. A role: the page's contents link takes the focus to the roles, a long way down.
    app.tab_to("nav.contents a[href='#roles-heading']").await;
    app.keys(Key::Enter).await;
    app.wait_for_focus("#roles-heading").await;
    focus_is_visible(&app, "2. the roles heading, jumped to", &mut failures).await;
    app.tab_to("#new-role").await;
    app.keys(ROLE.to_owned() + Key::Enter).await;
    app.wait_for_announcement(&say.with("roles-added", "name", ROLE)).await;
    app.wait_for_count("li[data-role-id]", 9).await;
    focus_is_visible(&app, "2. the new role's name box, after adding", &mut failures).await;
    let xpath = format!("//li[@data-role-id][.//span[contains(@class,'name') and normalize-space()='{ROLE}']]");
    let role = app.driver().query(By::XPath(xpath)).first().await.unwrap().attr("data-role-id").await.unwrap().unwrap();

    // Two breakout groups on the first challenge (the template has none, and capture needs
    // two), the first with two of the new role. The groups are above the roles: back up.
    for (n, group) in ["Table A", "Table B"].into_iter().enumerate() {
        app.tab_back_to("#add-group").await;
        app.keys(Key::Enter).await;
        app.wait_for_focus("#new-group-name").await;
        focus_is_visible(&app, &format!("2. {group}'s name box"), &mut failures).await;
        app.keys(group).await;
        app.tab_to("#new-group-challenge").await;
        arrow_down_to(&app, &challenge_title).await;
        focus_is_visible(&app, &format!("2. {group}'s challenge list"), &mut failures).await;
        if n == 0 {
            app.tab_to(&format!("#new-group-count-{role}")).await;
            app.keys(Key::Control + "a").await;
            app.keys("2").await;
        }
        app.tab_to("form[aria-labelledby='new-group-heading'] button[type='submit']").await;
        focus_is_visible(&app, &format!("2. {group}'s Save button"), &mut failures).await;
        app.keys(Key::Enter).await;
        app.wait_for_announcement(&say.with("groups-added", "name", group)).await;
        app.wait_for_count("li[data-group-id]", n + 1).await;
        app.wait_for_focus("#add-group").await;
        focus_is_visible(&app, &format!("2. Add group, after adding {group}"), &mut failures).await;
    }
    app.wait_for_text("li[data-group-id]", &format!("2 × {ROLE}")).await;
    let groups = app.find_all("li[data-group-id]").await;
    let table_b = groups[1].attr("data-group-id").await.unwrap().unwrap();
    app.screenshot(&shot(0, "lab-planned")).await;

    // 3. The run view, its controls on single keys: S starts, → moves on, twice.
    app.tab_back_to("#run-lab").await;
    focus_is_visible(&app, "3. the Run button", &mut failures).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#start-heading", &say.get("run-not-started")).await;
    app.wait_for_focus("#run-heading").await;
    focus_is_visible(&app, "3. the run view", &mut failures).await;
    app.keys("s").await;
    app.wait_for_announcement(&say.get("run-started")).await;
    app.wait_for_text("#now-heading", &segment(0)).await;
    focus_is_visible(&app, "3. started", &mut failures).await;
    app.keys(Key::Right).await;
    app.wait_for_announcement(&say.get("run-moved-on")).await;
    app.wait_for_text("#now-heading", &segment(1)).await;
    app.keys(Key::Right).await;
    app.wait_for_text("#now-heading", &segment(2)).await;
    app.wait_for_count("li[data-phase='done']", 2).await;
    focus_is_visible(&app, "3. moved on twice", &mut failures).await;
    app.screenshot(&shot(1, "run")).await;
    // The back button is the first stop before the heading.
    app.tab_back_to("nav.back button").await;
    focus_is_visible(&app, "3. the run view's back button", &mut failures).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("h1#lab-title", LAB).await;
    app.wait_for_focus("#lab-title").await;
    focus_is_visible(&app, "3. back on the lab page", &mut failures).await;

    // 4. Capture, opened for the whole room; Alt+G hands the laptop to Table A.
    app.tab_to(&format!("#capture-{challenge}")).await;
    focus_is_visible(&app, "4. the Capture button", &mut failures).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#capture-title", &challenge_title).await;
    app.wait_for_focus("#capture-text").await;
    focus_is_visible(&app, "4. the capture screen", &mut failures).await;
    app.keys(Key::Alt + "g").await;
    app.wait_for_text("#capture-group", &say.with("capture-for-group", "group", "Table A")).await;
    app.wait_for_focus("#capture-text").await;
    focus_is_visible(&app, "4. Table A's capture screen", &mut failures).await;
    // Alt+9: the ninth role, the one just added; Alt+I: an idea. Enter saves.
    app.keys(Key::Alt + "9").await;
    app.wait_for_announcement(&say.with("capture-key-role", "role", ROLE)).await;
    app.keys(Key::Alt + "i").await;
    app.wait_for_announcement(&say.with("capture-key-kind", "kind", &say.get("kind-idea"))).await;
    app.keys(NOTE_A.to_owned() + Key::Enter).await;
    app.wait_for_count("li[data-input-id]", 1).await;
    app.wait_for_text("li[data-input-id]", NOTE_A).await;
    app.wait_for_text("#capture-state", &say.get("capture-saved")).await;
    focus_is_visible(&app, "4. Table A's note saved", &mut failures).await;
    // Table B by the group switcher's own button, a few stops back from the text box.
    app.tab_back_to(&format!("#switch-{table_b}")).await;
    focus_is_visible(&app, "4. the switcher's Table B button", &mut failures).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#capture-group", &say.with("capture-for-group", "group", "Table B")).await;
    app.wait_for_count("li[data-input-id]", 0).await;
    app.wait_for_focus("#capture-text").await;
    focus_is_visible(&app, "4. Table B's capture screen", &mut failures).await;
    app.keys(NOTE_B.to_owned() + Key::Enter).await;
    app.wait_for_count("li[data-input-id]", 1).await;
    app.wait_for_text("li[data-input-id]", NOTE_B).await;
    focus_is_visible(&app, "4. Table B's note saved", &mut failures).await;
    app.screenshot(&shot(2, "capture")).await;
    app.tab_back_to("nav.back button").await;
    app.keys(Key::Enter).await;
    app.wait_for_text("h1#lab-title", LAB).await;
    app.wait_for_focus("#lab-title").await;
    focus_is_visible(&app, "4. back on the lab page", &mut failures).await;

    // 5. Themes and votes: a theme, Enter in its title adds it.
    app.tab_to(&format!("#synthesis-{challenge}")).await;
    app.keys(Key::Enter).await;
    app.wait_for_text("#synthesis-heading", &challenge_title).await;
    app.wait_for_count(".unthemed li[data-note-id]", 2).await;
    app.wait_for_focus("#synthesis-heading").await;
    focus_is_visible(&app, "5. the synthesis screen", &mut failures).await;
    app.tab_to("#theme-title").await;
    app.keys(THEME.to_owned() + Key::Enter).await;
    app.wait_for_announcement(&say.with("themes-added", "title", THEME)).await;
    app.wait_for_text("section[data-theme-id] h3", THEME).await;
    let theme = app.find("section[data-theme-id]").await.attr("data-theme-id").await.unwrap().unwrap();
    app.wait_for_focus("#theme-title").await;
    focus_is_visible(&app, "5. the theme title box, after adding", &mut failures).await;

    // Table A's note (the oldest, first) into the theme by its list: ↓ chooses the theme.
    app.tab_to(".unthemed li[data-note-id] select").await;
    app.wait_for_text(".unthemed li[data-note-id]:first-child", NOTE_A).await;
    arrow_down_to(&app, THEME).await;
    app.wait_for_announcement(&say.with("themes-moved", "title", THEME)).await;
    app.wait_for_text(&format!("section[data-theme-id='{theme}'] li[data-note-id]"), NOTE_A).await;
    app.wait_for_focus(&format!("section[data-theme-id='{theme}'] li[data-note-id] select")).await;
    focus_is_visible(&app, "5. the note's theme list, in its new place", &mut failures).await;

    // Dots: Table A gives the theme 3 (of its 6), Table B 2; Tab leaves each box, saving it.
    let cell = |voter: usize| format!("tr[data-target='theme:{theme}'] td:nth-of-type({voter}) input");
    app.find(&cell(1)).await;
    app.tab_to(&cell(1)).await;
    app.keys(Key::Control + "a").await;
    app.keys("3" + Key::Tab).await;
    let dots = |count: i64, voters: i64| {
        say.0.with("voting-result-dots", &[("count", Arg::Number(count)), ("voters", Arg::Number(voters))])
    };
    app.wait_for_text("#voting-results li:first-child", &dots(3, 1)).await;
    app.wait_for_focus(&cell(2)).await;
    focus_is_visible(&app, "5. Table B's dots box", &mut failures).await;
    app.keys(Key::Control + "a").await;
    app.keys("2" + Key::Tab).await;
    app.wait_for_text("#voting-results li:first-child", &dots(5, 2)).await;
    app.wait_for_text("#voting-results li:first-child", THEME).await;
    focus_is_visible(&app, "5. votes given", &mut failures).await;

    // An action, owned by the new role and from the theme; the date is left empty.
    app.tab_to("#action-text").await;
    app.keys(ACTION).await;
    app.tab_to("#action-owner").await;
    arrow_down_to(&app, ROLE).await;
    app.tab_to("#action-theme").await;
    arrow_down_to(&app, THEME).await;
    app.tab_to("#add-action").await;
    focus_is_visible(&app, "5. the Add action button", &mut failures).await;
    app.keys(Key::Enter).await;
    app.wait_for_announcement(&say.get("actions-added")).await;
    let agreed = app.wait_for_text("#actions-list li", ACTION).await.text().await.unwrap();
    for expected in [say.with("actions-owned-by", "role", ROLE), say.with("actions-from-theme", "theme", THEME)] {
        assert!(agreed.contains(&expected), "{expected:?} in {agreed:?}");
    }
    app.wait_for_focus("#action-text").await;
    focus_is_visible(&app, "5. the action box, after adding", &mut failures).await;
    app.screenshot(&shot(3, "synthesis")).await;

    // 6. The report as Markdown, from the foot of the lab page, reached by its contents link.
    app.tab_back_to("nav.back button").await;
    app.keys(Key::Enter).await;
    app.wait_for_text("h1#lab-title", LAB).await;
    app.wait_for_focus("#lab-title").await;
    app.tab_to("nav.contents a[href='#report-heading']").await;
    app.keys(Key::Enter).await;
    app.wait_for_focus("#report-heading").await;
    focus_is_visible(&app, "6. the report heading, jumped to", &mut failures).await;
    app.tab_to("#export-md").await;
    focus_is_visible(&app, "6. the Markdown export button", &mut failures).await;
    let path = dir.path().join("keyboard-lab.md");
    app.keys(Key::Enter).await;
    app.save_file_as(&say.get("report-export-title-md"), &path).await;
    app.wait_for_text("#report-exported", "keyboard-lab.md").await;
    // Under Xvfb no window manager hands the system focus back to the app when the dialog
    // closes, as a desktop does; WebDriver brings the window forward (no pointer involved).
    app.switch_to_window_titled("Design Lab").await;
    app.wait_for_focus("#export-md").await;
    focus_is_visible(&app, "6. back from the save dialog", &mut failures).await;
    app.screenshot(&shot(4, "report-exported")).await;
    let written = std::fs::read_to_string(&path).unwrap();
    app.quit().await;

    let expected = [
        NOTE_A.to_owned(),
        NOTE_B.to_owned(),
        format!("#### {THEME}"),
        format!("**{ACTION}**"),
        say.with("actions-owned-by", "role", ROLE),
    ];
    for expected in &expected {
        assert!(written.contains(expected.as_str()), "{expected:?} in the report:\n{written}");
    }
    assert!(failures.is_empty(), "the focus was lost or not shown {} times:\n{}", failures.len(), failures.join("\n"));
}
