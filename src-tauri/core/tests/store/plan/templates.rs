use designlab_core::templates::file::{Template, TEMPLATE_FILE_MAX};
use designlab_core::templates::{builtin_template, stage_guide, TemplateSource};
use designlab_core::{ErrorCode, Language, SegmentKind, Stage, Store};
use strum::VariantArray;

use crate::Fixture;

#[test]
fn the_builtin_template_follows_the_toolkit_in_both_languages() {
    for language in [Language::En, Language::Cy] {
        let template = builtin_template(language);
        assert_eq!(template.language, language);
        let stages: Vec<Stage> = template.stages.iter().map(|g| g.stage).collect();
        assert_eq!(stages, Stage::VARIANTS, "all five stages, in the toolkit's order");
        assert!(template.stages.iter().all(|g| !g.focus.is_empty() && g.approaches.len() >= 2 && g.prompts.len() >= 3));
        assert!(!template.source.is_empty(), "the toolkit is credited");
        assert_eq!(template.agenda.iter().map(|s| s.minutes).sum::<u32>(), 180, "13:30 to 16:30");
        assert_eq!(template.agenda[0].kind, SegmentKind::Welcome);
        assert!(template.agenda.iter().any(|s| s.kind == SegmentKind::Breakout && !s.challenges.is_empty()));
        assert_eq!(template.roles.len(), 8);
        // Its file, read again, is itself.
        assert_eq!(&Template::parse(&template.to_json()).unwrap(), template);
    }
    assert_eq!(builtin_template(Language::En).agenda.len(), builtin_template(Language::Cy).agenda.len());
    assert!(stage_guide(Language::Cy, Stage::Oversight).unwrap().prompts.len() >= 3);
}

#[test]
fn a_lab_started_from_the_builtin_template_is_planned_for_the_afternoon() {
    let fixture = Fixture::open();
    let lab = fixture.store.create_lab_from_template(TemplateSource::Builtin, "March lab", Language::En).unwrap();
    assert_eq!((lab.start_time.as_deref(), lab.end_time.as_deref()), (Some("13:30"), Some("16:30")));
    assert!(!lab.ground_rules.is_empty());
    let template = builtin_template(Language::En);
    let challenges = fixture.store.list_challenges(lab.id).unwrap();
    assert_eq!(challenges.len(), template.challenges.len());
    assert_eq!(challenges[0].prompts, template.challenges[0].prompts);
    let agenda = fixture.store.agenda(lab.id).unwrap();
    assert_eq!(agenda.timing.overrun_minutes, Some(0), "it fills the afternoon exactly");
    assert_eq!(agenda.timing.slots.last().unwrap().ends, "16:30");
    let breakout = agenda.segments.iter().find(|s| s.kind == SegmentKind::Breakout).unwrap();
    assert!(!breakout.challenge_ids.is_empty(), "the breakout is linked to the lab's own challenges");
    assert!(breakout.challenge_ids.iter().all(|id| challenges.iter().any(|c| c.id == *id)));
    let roles: Vec<String> = fixture.store.list_roles(lab.id).unwrap().into_iter().map(|r| r.name).collect();
    assert_eq!(roles, template.roles);
    assert!(!fixture.store.agenda(lab.id).unwrap().can_undo, "a new lab has nothing to undo");
}

/// Saves a lab as a template, exports it, imports the file into a fresh database, and starts a
/// lab from it there: the second lab's plan equals the first's.
#[test]
fn a_template_survives_export_and_import_into_another_database() {
    let fixture = Fixture::open();
    let original = fixture.store.create_lab_from_template(TemplateSource::Builtin, "Original", Language::Cy).unwrap();
    let roles = fixture.store.list_roles(original.id).unwrap();
    fixture.store.set_role_retired(roles[7].id, true).unwrap();
    let saved = fixture.store.save_lab_as_template(original.id, "Ein templed", Language::Cy).unwrap();
    assert_eq!(saved.name, "Ein templed");
    let listed = fixture.store.list_templates(Language::Cy).unwrap();
    assert_eq!(listed[0].source, TemplateSource::Builtin);
    assert_eq!(listed[1], saved);

    let file = fixture.dir.path().join("templed.json");
    fixture.store.export_template(saved.source, Language::Cy, &file).unwrap();

    let elsewhere = Fixture::open();
    let imported = elsewhere.store.import_template(&file).unwrap();
    assert_eq!((imported.name.as_str(), imported.segments, imported.minutes), ("Ein templed", saved.segments, 180));
    let copy = elsewhere.store.create_lab_from_template(imported.source, "Copi", Language::En).unwrap();

    let plan = |store: &Store, lab| {
        let challenges = store.list_challenges(lab).unwrap();
        let agenda = store.agenda(lab).unwrap();
        let linked: Vec<Vec<String>> = agenda
            .segments
            .iter()
            .map(|s| {
                s.challenge_ids
                    .iter()
                    .map(|id| challenges.iter().find(|c| c.id == *id).unwrap().title.clone())
                    .collect()
            })
            .collect();
        let segments: Vec<_> =
            agenda.segments.iter().map(|s| (s.kind, s.title.clone(), s.minutes, s.notes.clone())).collect();
        let challenges: Vec<_> =
            challenges.into_iter().map(|c| (c.title, c.description, c.stages, c.prompts)).collect();
        (challenges, segments, linked)
    };
    assert_eq!(plan(&fixture.store, original.id), plan(&elsewhere.store, copy.id));
    let copied_roles: Vec<String> = elsewhere.store.list_roles(copy.id).unwrap().into_iter().map(|r| r.name).collect();
    assert_eq!(copied_roles.len(), 7, "the retired role is not part of the template");
    assert_eq!(elsewhere.store.get_lab(copy.id).unwrap().ground_rules, original.ground_rules);

    elsewhere
        .store
        .delete_template(match imported.source {
            TemplateSource::Saved { id } => id,
            TemplateSource::Builtin => unreachable!(),
        })
        .unwrap();
    assert_eq!(elsewhere.store.list_templates(Language::En).unwrap().len(), 1);
}

fn builtin_json() -> serde_json::Value {
    serde_json::from_str(&builtin_template(Language::En).to_json()).unwrap()
}

/// Imports `text`, expecting a refusal with `code` (and, for an invalid file, `location`), and
/// checks that nothing was saved.
fn refused(text: &str, code: ErrorCode, location: Option<&str>) {
    let fixture = Fixture::open();
    let error = fixture.store.import_template_bytes(text.as_bytes()).unwrap_err();
    assert_eq!((error.code(), error.location().as_deref()), (code, location), "{error}");
    assert_eq!(fixture.store.list_templates(Language::En).unwrap().len(), 1, "nothing saved");
}

#[test]
fn an_invalid_template_file_is_refused_naming_the_field_and_nothing_is_saved() {
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut json = builtin_json();
        edit(&mut json);
        json.to_string()
    };
    refused("{ \"format\": ", ErrorCode::InvalidFile, Some("line 1, column 12"));
    refused("[1, 2]", ErrorCode::NotATemplate, None);
    refused(&edited(&|j| j["format"] = "designlab-archive".into()), ErrorCode::NotATemplate, None);
    refused(&edited(&|j| j["version"] = 2.into()), ErrorCode::TemplateTooNew, None);
    refused(&edited(&|j| j["version"] = "one".into()), ErrorCode::InvalidFile, Some("version"));
    refused(&edited(&|j| j["agenda"][1]["kind"] = "party".into()), ErrorCode::InvalidFile, Some("agenda[1].kind"));
    refused(&edited(&|j| j["agenda"][2]["minutes"] = 5000.into()), ErrorCode::InvalidFile, Some("agenda[2].minutes"));
    refused(&edited(&|j| j["agenda"][0]["colour"] = "red".into()), ErrorCode::InvalidFile, Some("agenda[0].colour"));
    refused(
        &edited(&|j| j["agenda"][2]["challenges"] = serde_json::json!(["nope"])),
        ErrorCode::InvalidFile,
        Some("agenda[2].challenges[0]"),
    );
    refused(
        &edited(&|j| j["challenges"][0]["title"] = "x".repeat(201).into()),
        ErrorCode::InvalidFile,
        Some("challenges[0].title"),
    );
    refused(
        &edited(&|j| j["challenges"][1]["stages"] = serde_json::json!([])),
        ErrorCode::InvalidFile,
        Some("challenges[1].stages"),
    );
    refused(
        &edited(&|j| j["challenges"][1]["key"] = j["challenges"][0]["key"].clone()),
        ErrorCode::InvalidFile,
        Some("challenges[1].key"),
    );
    refused(&edited(&|j| j["roles"] = serde_json::json!([])), ErrorCode::InvalidFile, Some("roles"));
    refused(&edited(&|j| j["lab"]["start_time"] = "25:99".into()), ErrorCode::InvalidFile, Some("lab"));
    refused(&edited(&|j| j["name"] = " ".into()), ErrorCode::InvalidFile, Some("name"));
    refused(&edited(&|j| j["stages"][3]["stage"] = "planning".into()), ErrorCode::InvalidFile, Some("stages[3].stage"));
    refused(&" ".repeat(TEMPLATE_FILE_MAX as usize + 1), ErrorCode::FileTooLarge, None);
}

#[test]
fn a_file_that_is_not_text_is_refused() {
    let fixture = Fixture::open();
    let file = fixture.dir.path().join("photo.json");
    std::fs::write(&file, [0xff, 0xd8, 0xff, 0xe0, 0x00]).unwrap();
    let error = fixture.store.import_template(&file).unwrap_err();
    assert_eq!((error.code(), error.location().as_deref()), (ErrorCode::InvalidFile, Some("byte 0")));
    // A template saved as Latin-1 rather than UTF-8: refused where the first accent is.
    let latin1: Vec<u8> = builtin_template(Language::Cy)
        .to_json()
        .replace('ŵ', "w")
        .chars()
        .map(|c| match c {
            'â' => 0xe2,
            c if c.is_ascii() => c as u8,
            _ => b'?',
        })
        .collect();
    let error = fixture.store.import_template_bytes(&latin1).unwrap_err();
    assert_eq!(error.code(), ErrorCode::InvalidFile);
    assert!(error.location().unwrap().starts_with("byte "), "{error}");
    assert_eq!(fixture.store.list_templates(Language::En).unwrap().len(), 1, "nothing saved");
    let missing = fixture.store.import_template(&fixture.dir.path().join("missing.json")).unwrap_err();
    assert_eq!(missing.code(), ErrorCode::Io);
}

#[test]
fn an_export_over_an_existing_file_replaces_it_whole() {
    let fixture = Fixture::open();
    let file = fixture.dir.path().join("template.json");
    std::fs::write(&file, "old").unwrap();
    fixture.store.export_template(TemplateSource::Builtin, Language::En, &file).unwrap();
    assert_eq!(Template::parse(&std::fs::read_to_string(&file).unwrap()).unwrap(), *builtin_template(Language::En));
    let leftovers = std::fs::read_dir(fixture.dir.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".part"));
    assert_eq!(leftovers.count(), 0);
}

#[test]
fn a_failed_export_reports_it_and_leaves_no_partial_file() {
    let fixture = Fixture::open();
    let missing = fixture.dir.path().join("no-such-folder").join("template.json");
    let error = fixture.store.export_template(TemplateSource::Builtin, Language::En, &missing).unwrap_err();
    assert_eq!(error.code(), ErrorCode::NoSuchFolder);

    // A name taken by a folder is refused before anything is written: nothing is left behind.
    let taken = fixture.dir.path().join("taken.json");
    std::fs::create_dir(&taken).unwrap();
    let error = fixture.store.export_template(TemplateSource::Builtin, Language::En, &taken).unwrap_err();
    assert_eq!(error.code(), ErrorCode::NotAFile);
    assert!(taken.is_dir());
    let names: Vec<String> = std::fs::read_dir(fixture.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".part")), "{names:?}");
}
