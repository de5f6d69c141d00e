//! Managing a lab's stakeholder roles in the real window, and what the capture screen then
//! offers: a retired role leaves the picker but stays on the input it was given.

use designlab_core::{ChallengeFields, LabFields, Language, NewNote, NoteKind, Stage, Store};
use thirtyfour::components::SelectElement;
use thirtyfour::prelude::*;

use crate::harness::App;

async fn role_id(app: &App, name: &str) -> String {
    let xpath =
        format!("//li[@data-role-id][.//span[@class and contains(@class,'name') and normalize-space()='{name}']]");
    app.driver().query(By::XPath(xpath)).first().await.unwrap().attr("data-role-id").await.unwrap().unwrap()
}

async fn role_names(app: &App) -> Vec<String> {
    let mut names = Vec::new();
    for name in app.find_all("li[data-role-id] .name").await {
        names.push(name.text().await.unwrap());
    }
    names
}

#[tokio::test]
#[ignore = "needs a display and tauri-driver: run scripts/check"]
async fn add_rename_reorder_retire_and_remove_roles() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("designlab.sqlite3");
    let store = Store::open(&db).unwrap();
    let lab = store.create_lab(&LabFields { title: "Roles lab".into(), ..LabFields::default() }, Language::En).unwrap();
    let challenge = store
        .add_challenge(
            lab.id,
            &ChallengeFields {
                title: "Bids".into(),
                description: String::new(),
                stages: vec![Stage::TenderAward],
                prompts: Vec::new(),
            },
        )
        .unwrap();
    let supplier = store.list_roles(lab.id).unwrap().into_iter().find(|r| r.name == "Supplier").unwrap();
    store
        .create_note(&NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: supplier.id,
            kind: NoteKind::Evidence,
            stage: None,
            confidential: false,
            text: "We can show how we involved staff.".into(),
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    drop(store);

    let app = App::launch(&db).await;
    app.find("button[aria-label='Open Roles lab']").await.click().await.unwrap();
    app.wait_for_count("li[data-role-id]", 8).await;

    // Add a role; Enter in the name box adds it at the end.
    app.find("#new-role").await.send_keys("Councillor" + Key::Enter).await.unwrap();
    app.wait_for_count("li[data-role-id]", 9).await;

    // Rename one, by keyboard: Tab to its Rename button, Enter, type, Enter. (Adding a role
    // grows the page under the pointer, so a click here could land on the row beside it.)
    let worker = role_id(&app, "Worker").await;
    app.tab_to(&format!("#rename-role-{worker}")).await;
    app.keys(Key::Enter).await;
    let name = app.find(&format!("#role-name-{worker}")).await;
    assert_eq!(app.focused().await.id().await.unwrap(), Some(format!("role-name-{worker}")));
    name.clear().await.unwrap();
    name.send_keys("Frontline worker" + Key::Enter).await.unwrap();
    app.wait_for_text(&format!("li[data-role-id='{worker}'] .name"), "Frontline worker").await;

    // Move the new role up by keyboard: focus stays on its button.
    let councillor = role_id(&app, "Councillor").await;
    app.tab_to(&format!("#role-up-{councillor}")).await;
    app.keys(Key::Enter).await;
    app.wait_for_announcement("“Councillor” is now 8 of 9.").await;
    assert_eq!(app.focused().await.id().await.unwrap(), Some(format!("role-up-{councillor}")));
    assert_eq!(role_names(&app).await[7], "Councillor");

    // The supplier has said something, so the role can be retired but not removed.
    app.wait_for_text(&format!("li[data-role-id='{}'] .uses", supplier.id), "Used once").await;
    app.find(&format!("#retire-role-{}", supplier.id)).await.click().await.unwrap();
    app.wait_for_text(&format!("li[data-role-id='{}']", supplier.id), "Retired").await;

    // An unused role can be removed.
    let academic = role_id(&app, "Academic / peer practitioner").await;
    app.find(&format!("li[data-role-id='{academic}'] .button.danger")).await.click().await.unwrap();
    app.wait_for_count("li[data-role-id]", 8).await;
    app.driver().execute("document.getElementById('roles-heading').scrollIntoView()", vec![]).await.unwrap();
    app.screenshot("13-roles").await;

    // The capture screen offers the active roles only, and past input keeps its role.
    app.find("button[id^='capture-']").await.click().await.unwrap();
    app.wait_for_text("li[data-input-id] .role", "Supplier").await;
    let picker = SelectElement::new(&app.find("#capture-role").await).await.unwrap();
    let mut offered = Vec::new();
    for option in picker.options().await.unwrap() {
        offered.push(option.text().await.unwrap());
    }
    assert!(offered.contains(&"Frontline worker".to_string()), "{offered:?}");
    assert!(offered.contains(&"Councillor".to_string()), "{offered:?}");
    assert!(!offered.contains(&"Supplier".to_string()), "a retired role is not offered: {offered:?}");
    assert!(!offered.iter().any(|o| o.starts_with("Academic")), "{offered:?}");
    app.quit().await;
}
