//! The whole live scenario in the real window: a lab started, 20 notes taken by keyboard
//! by two groups sharing one laptop (tags, one confidential), the app killed mid-run and every
//! note and the run found again; then in plenary the notes grouped into themes by keyboard and
//! by dragging, dots given within each group's budget, and an action agreed.

use chrono::Local;
use designlab_core::actions::ActionStatus;
use designlab_core::search::NoteFilter;
use designlab_core::voting::VoteTarget;
use designlab_core::{
    BreakoutGroupFields, ChallengeFields, LabFields, Language, RoleCount, SegmentFields, SegmentKind, Stage, Store,
};
use thirtyfour::prelude::*;

use crate::choose;
use crate::harness::App;

/// Types a note and presses Enter, then waits until the list shows `count` notes.
async fn note(app: &App, text: &str, count: usize) {
    app.keys(text.to_owned() + Key::Enter).await;
    app.wait_for_count("li[data-input-id]", count).await;
}

/// Puts `value` in a number box as a person would (select all, type, Tab away).
async fn type_number(app: &App, css: &str, value: &str) {
    let field = app.find(css).await;
    field.click().await.unwrap();
    field.send_keys(Key::Control + "a").await.unwrap();
    field.send_keys(value.to_owned() + Key::Tab).await.unwrap();
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn two_groups_capture_on_one_laptop_survive_a_crash_then_theme_vote_and_agree_an_action() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let now = Local::now();
    let fields = LabFields {
        title: "Plenary lab".into(),
        start_time: Some(now.format("%H:%M").to_string()),
        ..LabFields::default()
    };
    let lab = store.create_lab(&fields, Language::En).unwrap();
    let challenge = store
        .add_challenge(
            lab.id,
            &ChallengeFields {
                title: "Contract terms".into(),
                description: String::new(),
                stages: vec![Stage::TenderAward],
                prompts: Vec::new(),
            },
        )
        .unwrap();
    for (kind, title) in [(SegmentKind::Breakout, "Breakouts"), (SegmentKind::Plenary, "Plenary")] {
        let segment =
            SegmentFields { kind, title: title.into(), minutes: 30, notes: String::new(), challenge_ids: Vec::new() };
        store.add_segment(lab.id, &segment).unwrap();
    }
    let roles = store.list_roles(lab.id).unwrap();
    let group = |name: &str, role_counts: Vec<RoleCount>| {
        let fields = BreakoutGroupFields {
            name: name.into(),
            challenge_id: Some(challenge.id),
            role_counts,
            ..BreakoutGroupFields::default()
        };
        store.add_group(lab.id, &fields).unwrap()
    };
    let table_a = group("Table A", vec![RoleCount { role_id: roles[0].id, participants: 4 }]);
    let table_b = group("Table B", Vec::new());
    drop(store);

    let app = App::launch(&db).await;
    app.find("button[aria-label='Open Plenary lab']").await.click().await.unwrap();
    app.find("#run-lab").await.click().await.unwrap();
    app.wait_for_text("#start-heading", "The lab has not started yet").await;
    app.keys("s").await;
    app.wait_for_text("#now-heading", "Breakouts").await;
    app.find("nav.back button").await.click().await.unwrap();

    // Table A's note-taker: ten notes, the role and kind set by short keys, a tag, one confidential.
    app.find(&format!("#capture-group-{}", table_a.id)).await.click().await.unwrap();
    app.wait_for_text("#capture-group", "Group: Table A").await;
    for n in 1..=10 {
        match n {
            3 => app.keys(Key::Alt + "x").await,
            5 => {
                app.keys(Key::Alt + "2").await;
                app.keys(Key::Alt + "i").await;
            }
            _ => {}
        }
        note(&app, &format!("Table A point {n} on training #skills"), n).await;
    }
    app.screenshot("31-capture-group-a").await;

    // Alt+G hands the laptop to Table B: its own list, its own choices.
    app.keys(Key::Alt + "g").await;
    app.wait_for_text("#capture-group", "Group: Table B").await;
    app.wait_for_count("li[data-input-id]", 0).await;
    for n in 1..=10 {
        note(&app, &format!("Table B point {n} on data sharing #data"), n).await;
    }
    // And back to A (past the whole room): A's notes and A's role are waiting.
    app.keys(Key::Alt + "g").await;
    app.wait_for_count("#switch-room[aria-current='page']", 1).await;
    app.keys(Key::Alt + "g").await;
    app.wait_for_text("#capture-group", "Group: Table A").await;
    app.wait_for_count("li[data-input-id]", 10).await;
    let role = app.find("#capture-role").await.value().await.unwrap().unwrap_or_default();
    assert_eq!(role, roles[1].id.to_string(), "Table A's role came back with it");

    // Killed mid-run; everything is back after a restart.
    app.kill().await;
    let app = App::launch(&db).await;
    app.find("button[aria-label='Open Plenary lab']").await.click().await.unwrap();
    app.find("#lab-notes").await.click().await.unwrap();
    app.wait_for_text("#notes-count", "20 notes").await;
    choose(&app, "#notes-group", "Table B").await;
    app.wait_for_text("#notes-count", "10 notes").await;
    app.find("nav.back button").await.click().await.unwrap();
    app.find("#run-lab").await.click().await.unwrap();
    app.wait_for_text("#now-heading", "Breakouts").await;
    app.wait_for_text("#run-toggle", "Pause").await;
    app.find("nav.back button").await.click().await.unwrap();

    // Plenary: themes.
    app.find(&format!("#synthesis-{}", challenge.id)).await.click().await.unwrap();
    app.wait_for_text("#synthesis-heading", "Themes and priorities: Contract terms").await;
    for (title, summary) in [
        ("Skills and training", "Workers need time and pay to learn new systems."),
        ("Data and privacy", "Who sees workforce data, and for what."),
    ] {
        app.find("#theme-title").await.send_keys(title).await.unwrap();
        app.find("#theme-summary").await.send_keys(summary).await.unwrap();
        app.find("#add-theme").await.click().await.unwrap();
        app.wait_for_text("section[data-theme-id]:last-child h3", title).await;
    }
    let store = Store::open(&db).unwrap();
    let themes = store.list_themes(challenge.id).unwrap();
    let notes = store.list_notes(challenge.id).unwrap();
    let by_text = |text: &str| notes.iter().find(|n| n.text.starts_with(text)).unwrap().id;

    // By keyboard: focus a note's theme list and press ↓ to move it into the first theme.
    let first = by_text("Table A point 1 ");
    let select = app.find(&format!("li[data-note-id='{first}'] select")).await;
    select.focus().await.unwrap();
    select.send_keys(Key::Down).await.unwrap();
    app.wait_for_announcement("Moved to “Skills and training”.").await;
    app.wait_for_count(&format!("section[data-theme-id='{}'] li[data-note-id]", themes[0].id), 1).await;
    for (text, theme) in [("Table A point 2 ", 0), ("Table B point 1 ", 1), ("Table B point 2 ", 1)] {
        choose(&app, &format!("li[data-note-id='{}'] select", by_text(text)), &themes[theme].title).await;
    }
    // By dragging a note's grip onto the second theme.
    let dragged = by_text("Table B point 3 ");
    // The loose notes scroll in their own column: bring the board, then the note, into view.
    app.driver()
        .execute(
            "document.querySelector('.board').scrollIntoView();
             document.querySelector(arguments[0]).scrollIntoView({ block: 'nearest' });",
            vec![serde_json::json!(format!("li[data-note-id='{dragged}'] .grip"))],
        )
        .await
        .unwrap();
    let grip = app.find(&format!("li[data-note-id='{dragged}'] .grip")).await;
    let target = app.find(&format!("section[data-theme-id='{}']", themes[1].id)).await;
    app.driver().action_chain().drag_and_drop_element(&grip, &target).perform().await.unwrap();
    app.wait_for_count(&format!("section[data-theme-id='{}'] li[data-note-id]", themes[1].id), 3).await;
    app.wait_for_count(&format!("section[data-theme-id='{}'] li[data-note-id]", themes[0].id), 2).await;
    app.screenshot("32-themes").await;

    // Dots: Table A has 12 (four people), Table B 10.
    let cell = |theme: usize, voter: usize| {
        format!("tr[data-target='theme:{}'] td:nth-of-type({}) input", themes[theme].id, voter + 1)
    };
    type_number(&app, &cell(0, 0), "5").await;
    type_number(&app, &cell(1, 0), "3").await;
    type_number(&app, &cell(1, 1), "4").await;
    app.wait_for_text("#voting-results li:first-child", "Data and privacy").await;
    app.wait_for_text("#voting-results li:first-child", "7 dots from 2 groups").await;
    app.wait_for_text("#voting-results li:nth-child(2)", "5 dots from 1 group").await;
    app.wait_for_text(&format!("[data-voter-left='{}']", table_a.id), "4 dots left").await;
    // More than Table A has left is refused, and the box shows what is saved again.
    type_number(&app, &cell(0, 0), "10").await;
    app.wait_for_text("#voting-error", "more dots than the group has left").await;
    assert_eq!(app.find(&cell(0, 0)).await.value().await.unwrap().as_deref(), Some("5"));
    app.find("#voting-heading").await.scroll_into_view().await.unwrap();
    app.screenshot("33-voting").await;

    // Or a rating from 1 to 5, ranked by the average; the dots wait for a switch back.
    app.find("input[name='vote-method'][value='rating']").await.click().await.unwrap();
    app.wait_for_announcement("Rating: each group rates each theme or note from 1 to 5.").await;
    let rating = |theme: usize, voter: usize| {
        format!("tr[data-target='theme:{}'] td:nth-of-type({}) select", themes[theme].id, voter + 1)
    };
    choose(&app, &rating(0, 0), "5").await;
    choose(&app, &rating(0, 1), "4").await;
    choose(&app, &rating(1, 0), "3").await;
    app.wait_for_text("#voting-results li:first-child", "Skills and training").await;
    app.wait_for_text("#voting-results li:first-child", "Average 4.5 from 2 ratings").await;
    app.find("#voting-heading").await.scroll_into_view().await.unwrap();
    app.screenshot("35-rating").await;
    app.find("input[name='vote-method'][value='dots']").await.click().await.unwrap();
    app.wait_for_text("#voting-results li:first-child", "7 dots from 2 groups").await;

    // An action, from the first theme, owned by a role, with a due date.
    app.find("#action-text").await.send_keys("Draft a training-time clause for the tender").await.unwrap();
    choose(&app, "#action-owner", &roles[0].name).await;
    // WebKitGTK's date box takes its parts in the system's order; set it as the picker would.
    app.driver()
        .execute(
            "const box = document.querySelector('#action-due');
             box.value = '2026-12-18';
             box.dispatchEvent(new Event('input', { bubbles: true }));",
            Vec::new(),
        )
        .await
        .unwrap();
    choose(&app, "#action-theme", "Skills and training").await;
    app.find("#add-action").await.click().await.unwrap();
    let action = app.wait_for_text("#actions-list li", "Draft a training-time clause").await;
    let shown = action.text().await.unwrap();
    for expected in
        [&format!("Owner: {}", roles[0].name), "Due Friday 18 December 2026", "From theme “Skills and training”"]
    {
        assert!(shown.contains(expected), "{expected:?} in {shown:?}");
    }
    app.find("#actions-heading").await.scroll_into_view().await.unwrap();
    app.screenshot("34-actions").await;

    // Later: what became of it, by keyboard, said on the action and kept.
    let agreed = store.list_actions(challenge.id).unwrap().remove(0);
    let status = app.find(&format!("#status-{}", agreed.id)).await;
    status.focus().await.unwrap();
    status.send_keys(Key::Down).await.unwrap();
    let note = app.tab_to(&format!("#status-note-{}", agreed.id)).await;
    note.send_keys("In the tender sent in March").await.unwrap();
    note.send_keys(Key::Enter).await.unwrap();
    app.wait_for_announcement("Status saved: Done.").await;
    let today = Local::now().format("%-d %B %Y").to_string();
    let said = app.wait_for_text("#actions-list li .status", &today).await;
    assert!(said.text().await.unwrap().starts_with("Done, "));
    said.scroll_into_view().await.unwrap();
    app.wait_for_text("#actions-list li .status-note", "In the tender sent in March").await;
    let kept = store.list_actions(challenge.id).unwrap().remove(0);
    assert_eq!((kept.status, kept.status_note.as_str()), (ActionStatus::Done, "In the tender sent in March"));
    app.screenshot("34b-action-done").await;

    // What the window showed is what the database holds.
    let of_group = |group_id| {
        let filter = NoteFilter { group_id: Some(group_id), ..NoteFilter::default() };
        store.search_notes(lab.id, &filter).unwrap()
    };
    assert_eq!((of_group(table_a.id).len(), of_group(table_b.id).len()), (10, 10));
    let confidential: Vec<_> = notes.iter().filter(|n| n.confidential).map(|n| n.text.as_str()).collect();
    assert_eq!(confidential, ["Table A point 3 on training #skills"]);
    assert!(notes.iter().all(|n| n.tags.len() == 1));
    let themes = store.list_themes(challenge.id).unwrap();
    assert_eq!((themes[0].note_ids.len(), themes[1].note_ids.len()), (2, 3));
    let voting = store.voting(challenge.id).unwrap();
    assert_eq!(voting.results[0].target, VoteTarget::Theme { id: themes[1].id });
    assert_eq!((voting.results[0].total, voting.results[1].total), (7, 5));
    let actions = store.list_actions(challenge.id).unwrap();
    assert_eq!((actions.len(), actions[0].theme_id), (1, Some(themes[0].id)));
    app.quit().await;
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn suggested_themes_for_the_sample_lab_are_named_trimmed_and_accepted_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_sample_lab(Language::En).unwrap();
    // The challenge on the home care rota, whose notes share words about care workers' time.
    let challenge = store.list_challenges(lab.id).unwrap().remove(1);
    let suggested = store.suggest_themes(challenge.id).unwrap();
    assert!(!suggested.is_empty(), "the sample lab's care rota challenge has notes that share words");
    drop(store);

    let app = App::launch(&db).await;
    app.find(&format!("button[aria-label='Open {}']", lab.title)).await.click().await.unwrap();
    app.find(&format!("#synthesis-{}", challenge.id)).await.click().await.unwrap();
    app.find("#suggest-themes").await.click().await.unwrap();
    let cards = app.wait_for_count("li[data-suggestion]", suggested.len()).await;
    cards[0].scroll_into_view().await.unwrap();
    assert!(app.find("li[data-suggestion] .why").await.text().await.unwrap().starts_with("Shared words:"));
    app.screenshot("91-theme-suggestions").await;
    app.find("button[lang='cy']").await.click().await.unwrap();
    app.wait_for_text("#suggest-heading", "Themâu a awgrymir").await;
    app.screenshot("92-theme-suggestions-cy").await;
    app.find("button[lang='en']").await.click().await.unwrap();
    app.wait_for_text("#suggest-heading", "Suggested themes").await;

    // By keyboard alone: rename the first suggestion, untick its first note, accept it.
    let first = &suggested[0];
    let name = app.find("li[data-suggestion] input[id^='suggestion-title-']").await;
    name.focus().await.unwrap();
    name.send_keys(Key::Control + "a").await.unwrap();
    name.send_keys("Care workers’ time").await.unwrap();
    let untick = app.tab_to("li[data-suggestion] input[type='checkbox']").await;
    untick.send_keys(" ").await.unwrap();
    let kept = first.note_ids.len() - 1;
    app.wait_for_text("li[data-suggestion] legend", &format!("({kept} of {} ticked)", first.note_ids.len())).await;
    app.tab_to("li[data-suggestion] button.primary").await.send_keys(Key::Enter).await.unwrap();
    let noun = if kept == 1 { "one note".to_owned() } else { format!("{kept} notes") };
    app.wait_for_announcement(&format!("Theme “Care workers’ time” made with {noun}.")).await;
    app.wait_for_count("li[data-suggestion]", suggested.len() - 1).await;
    let focused = app.focused().await;
    let landed = focused.attr("id").await.unwrap().unwrap_or_default();
    assert!(landed.starts_with("suggestion-title-") || landed == "suggest-themes", "focus kept: {landed}");

    let store = Store::open(&db).unwrap();
    let themes = store.list_themes(challenge.id).unwrap();
    assert_eq!(themes.len(), 1);
    assert_eq!(themes[0].title, "Care workers’ time");
    assert_eq!(themes[0].note_ids, first.note_ids[1..], "the unticked note stays out of the theme");
    app.find(&format!("section[data-theme-id='{}']", themes[0].id)).await.scroll_into_view().await.unwrap();
    app.screenshot("93-theme-suggestion-accepted").await;
    app.quit().await;
}
