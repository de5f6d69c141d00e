//! A series of labs: the next lab started from an earlier one, a lab made to follow another,
//! open actions brought forward and what became of them in the report, and the link carried by
//! the lab archive.

use designlab_core::actions::{ActionFields, ActionStatus};
use designlab_core::export::ExportFormat;
use designlab_core::{ErrorCode, Goal, GoalTarget, Lab, Language, Stage, Store};

use crate::Fixture;

/// A first lab with two challenges and three actions: two open, one done.
fn first_lab(fixture: &Fixture) -> Lab {
    let store = &fixture.store;
    let lab = fixture.lab("Lab 1: planning");
    let rotas = fixture.challenge(&lab, "Care rotas", Stage::Planning);
    let data = fixture.challenge(&lab, "Location data", Stage::Planning);
    let roles = store.list_roles(lab.id).unwrap();
    let due = chrono::NaiveDate::from_ymd_opt(2026, 12, 18);
    let fields = |text: &str| ActionFields {
        text: text.into(),
        owner_role_id: Some(roles[0].id),
        due_date: due,
        theme_id: None,
    };
    let travel = store.add_action(rotas.id, &fields("Cost travel time into the tender")).unwrap();
    store.set_goals(GoalTarget::Action(travel.id), &[Goal::FairWork]).unwrap();
    let done = store.add_action(rotas.id, &fields("Ask the union to the scoring panel")).unwrap();
    store.set_action_status(done.id, ActionStatus::Done, "They came.").unwrap();
    store
        .add_action(data.id, &ActionFields { text: "Find out who keeps the data".into(), ..Default::default() })
        .unwrap();
    lab
}

#[test]
fn the_next_lab_in_a_series_starts_with_the_earlier_labs_open_actions() {
    let fixture = Fixture::open();
    let first = first_lab(&fixture);
    let store = &fixture.store;

    let next = store.start_next_lab(first.id, "Lab 2: tender").unwrap();
    assert_eq!((next.carried, next.left_behind.len()), (2, 0));
    assert_eq!(next.lab.follows, Some(first.id));
    assert_eq!(next.lab.title, "Lab 2: tender");

    let challenges = store.list_challenges(next.lab.id).unwrap();
    let roles = store.list_roles(next.lab.id).unwrap();
    let carried = store.list_actions(challenges[0].id).unwrap();
    assert_eq!(carried.len(), 1, "the done action stays behind");
    let action = &carried[0];
    assert_eq!(action.text, "Cost travel time into the tender");
    assert_eq!(action.owner_role_id, Some(roles[0].id), "owned by the new lab's role of the same name");
    assert_eq!(action.status, ActionStatus::Open);
    assert_eq!(action.goals, [Goal::FairWork]);
    let earlier = store.list_actions(store.list_challenges(first.id).unwrap()[0].id).unwrap();
    assert_eq!(action.carried_from, Some(earlier[0].id));
    assert_eq!(store.list_actions(challenges[1].id).unwrap()[0].text, "Find out who keeps the data");

    // Following the same lab again brings nothing twice.
    let again = store.set_lab_follows(next.lab.id, Some(first.id)).unwrap();
    assert_eq!(again.carried, 0);
    assert_eq!(store.list_actions(challenges[0].id).unwrap().len(), 1);
}

#[test]
fn a_lab_made_to_follow_another_takes_the_actions_whose_challenge_it_has() {
    let fixture = Fixture::open();
    let first = first_lab(&fixture);
    let store = &fixture.store;
    let later = fixture.lab("Lab 3: contract management");
    let rotas = fixture.challenge(&later, "  care ROTAS ", Stage::DeploymentContractManagement);

    let linked = store.set_lab_follows(later.id, Some(first.id)).unwrap();
    assert_eq!(linked.carried, 1);
    assert_eq!(linked.left_behind, ["Location data"]);
    assert_eq!(store.list_actions(rotas.id).unwrap()[0].text, "Cost travel time into the tender");

    // A lab cannot follow itself, nor a lab that follows it.
    assert_eq!(store.set_lab_follows(later.id, Some(later.id)).unwrap_err().code(), ErrorCode::SeriesLoop);
    assert_eq!(store.set_lab_follows(first.id, Some(later.id)).unwrap_err().code(), ErrorCode::SeriesLoop);

    // Unlinked, the actions brought forward stay; the earlier lab gone, the link reads as none.
    let unlinked = store.set_lab_follows(later.id, None).unwrap();
    assert_eq!(unlinked.lab.follows, None);
    assert_eq!(store.list_actions(rotas.id).unwrap().len(), 1);
    store.set_lab_follows(later.id, Some(first.id)).unwrap();
    store.delete_lab(first.id).unwrap();
    assert_eq!(store.get_lab(later.id).unwrap().follows, None);
    assert!(store.list_actions(rotas.id).unwrap()[0].carried_from.is_some());
}

#[test]
fn the_report_says_what_became_of_the_actions_carried_forward() {
    let fixture = Fixture::open();
    let first = first_lab(&fixture);
    let store = &fixture.store;
    let next = store.start_next_lab(first.id, "Lab 2: tender").unwrap().lab;
    let challenge = store.list_challenges(next.id).unwrap()[0].clone();
    let carried = store.list_actions(challenge.id).unwrap()[0].clone();
    store.set_action_status(carried.id, ActionStatus::Done, "In the tender, weighted at 15%.").unwrap();
    store.add_action(challenge.id, &ActionFields { text: "Agreed today".into(), ..Default::default() }).unwrap();

    let report = store.report(next.id).unwrap();
    assert_eq!(report.follows.as_ref().map(|lab| lab.id), Some(first.id));
    assert_eq!(report.challenges[0].actions.len(), 1, "this lab's own actions");
    assert_eq!(report.challenges[0].carried.len(), 1);

    let markdown = String::from_utf8(store.export(next.id, ExportFormat::Md, Language::En).unwrap()).unwrap();
    assert!(markdown.contains("**Follows:** Lab 1: planning"), "{markdown}");
    let section = &markdown[markdown.find("## Actions carried forward").expect(&markdown)..];
    assert!(section.contains("Agreed at Lab 1: planning, brought forward to this lab"), "{section}");
    assert!(section.contains("### Care rotas"), "{section}");
    assert!(section.contains("**Cost travel time into the tender**"), "{section}");
    assert!(section.contains("In the tender, weighted at 15%."), "{section}");
    assert!(!section.contains("Agreed today"), "{section}");

    let welsh = String::from_utf8(store.export(next.id, ExportFormat::Html, Language::Cy).unwrap()).unwrap();
    let page = scraper::Html::parse_document(&welsh);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let heading: String = page.select(&select("#carried h2")).next().unwrap().text().collect();
    assert_eq!(heading, "Camau gweithredu a ddygwyd ymlaen");

    let pdf = store.export(next.id, ExportFormat::Pdf, Language::En).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.pdf"), pdf).unwrap();
    let text = std::process::Command::new("pdftotext").arg(dir.path().join("r.pdf")).arg("-").output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Actions carried forward") && text.contains("In the tender, weighted at 15%."), "{text}");
}

#[test]
fn importing_a_series_keeps_the_link_and_the_actions_it_carried() {
    let fixture = Fixture::open();
    let first = first_lab(&fixture);
    let next = fixture.store.start_next_lab(first.id, "Lab 2: tender").unwrap().lab;
    let archives = [fixture.store.archive_lab(next.id).unwrap(), fixture.store.archive_lab(first.id).unwrap()];

    // The later lab first: its link waits for the earlier one, then holds.
    let other = Store::open(fixture.dir.path().join("other.sqlite3")).unwrap();
    other.import_archive_bytes(&archives[0], None).unwrap();
    assert_eq!(other.get_lab(next.id).unwrap().follows, None);
    other.import_archive_bytes(&archives[1], None).unwrap();
    assert_eq!(other.get_lab(next.id).unwrap().follows, Some(first.id));
    let challenge = other.list_challenges(next.id).unwrap()[0].clone();
    let earlier = other.list_actions(other.list_challenges(first.id).unwrap()[0].id).unwrap();
    assert_eq!(other.list_actions(challenge.id).unwrap()[0].carried_from, Some(earlier[0].id));
}
