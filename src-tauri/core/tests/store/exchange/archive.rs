//! The lab archive: written, imported into a fresh database and compared; merged from a
//! note-taker's laptop; imported twice; and refused, with nothing written, when broken.

use designlab_core::actions::{ActionFields, ActionStatus};
use designlab_core::export::ExportFormat;
use designlab_core::report::ReportSetup;
use designlab_core::run::RunAction;
use designlab_core::search::NoteFilter;
use designlab_core::themes::ThemeFields;
use designlab_core::voting::VoteTarget;
use designlab_core::{ChallengeFields, Error, ErrorCode, Lab, Language, NewNote, NoteEdit, NoteKind, Stage};
use serde_json::Value;

use crate::Fixture;

/// The sample lab with everything else a lab can hold: a theme, votes, an action, a
/// confidential note, a deleted one, an edited one, a report summary and a run under way.
fn full_lab(fixture: &Fixture) -> Lab {
    let store = &fixture.store;
    let lab = store.create_sample_lab(Language::Cy).unwrap();
    let challenge = store.list_challenges(lab.id).unwrap()[0].clone();
    let group = store.list_groups(lab.id).unwrap()[0].id;
    let role = store.list_roles(lab.id).unwrap()[1].id;
    let secret = store
        .create_note(&NewNote {
            challenge_id: challenge.id,
            group_id: Some(group),
            role_id: role,
            kind: NoteKind::Concern,
            stage: Some(Stage::Oversight),
            text: "Cyfrinachol: enw'r cyflenwr #risg".into(),
            confidential: true,
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    let gone = fixture.note(&challenge, None, "A note deleted later");
    store.delete_note(gone.id).unwrap();
    let edited = fixture.note(&challenge, Some(group), "First words");
    store
        .update_note(
            edited.id,
            &NoteEdit {
                role_id: role,
                kind: NoteKind::Evidence,
                stage: Stage::Planning,
                text: "Second words #tystiolaeth".into(),
                confidential: false,
            },
        )
        .unwrap();
    let theme = store
        .add_theme(challenge.id, &ThemeFields { title: "Sgiliau".into(), summary: "Hyfforddiant".into() })
        .unwrap();
    store.set_note_theme(edited.id, Some(theme.id)).unwrap();
    store.set_vote(challenge.id, Some(group), VoteTarget::Theme { id: theme.id }, 2).unwrap();
    store.set_vote(challenge.id, Some(group), VoteTarget::Note { id: secret.id }, 1).unwrap();
    let action = store
        .add_action(
            challenge.id,
            &ActionFields {
                text: "Ysgrifennu at y cyngor".into(),
                owner_role_id: Some(role),
                due_date: chrono::NaiveDate::from_ymd_opt(2027, 1, 31),
                theme_id: Some(theme.id),
            },
        )
        .unwrap();
    store.set_action_status(action.id, ActionStatus::Done, "Anfonwyd y llythyr.").unwrap();
    store.save_report_setup(lab.id, &ReportSetup { summary: "Crynodeb.".into(), ..ReportSetup::default() }).unwrap();
    store.run_action(lab.id, RunAction::Start).unwrap();
    lab
}

fn archive(fixture: &Fixture, lab: &Lab) -> Vec<u8> {
    fixture.store.export(lab.id, ExportFormat::Json, Language::En).unwrap()
}

/// An archive's rows, which must match wherever the lab is; the time it was written may not.
fn tables(archive: &[u8]) -> Value {
    let value: Value = serde_json::from_slice(archive).unwrap();
    value["tables"].clone()
}

/// Every row of every table but the local ones, as text, to compare whole databases.
fn dump(fixture: &Fixture) -> Vec<String> {
    let conn = rusqlite::Connection::open(&fixture.db_path).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'input_fts%' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut rows = Vec::new();
    for name in names {
        let mut statement = conn.prepare(&format!("SELECT * FROM {name} ORDER BY rowid")).unwrap();
        let width = statement.column_count();
        let found = statement
            .query_map([], |row| {
                let cells: Vec<String> =
                    (0..width).map(|i| format!("{:?}", row.get::<_, rusqlite::types::Value>(i).unwrap())).collect();
                Ok(format!("{name}: {}", cells.join(" | ")))
            })
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        rows.extend(found);
    }
    rows
}

#[test]
fn an_archive_imported_into_a_fresh_database_is_the_same_lab() {
    let facilitator = Fixture::open();
    let lab = full_lab(&facilitator);
    let written = archive(&facilitator, &lab);
    let value: Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(value["format"], "designlab-lab-archive");
    assert_eq!(value["version"], 1);
    assert_eq!(value["lab"]["id"], lab.id.to_string());
    assert!(tables(&written)["input"].as_array().unwrap().len() > 10);

    let laptop = Fixture::open();
    let summary = laptop.store.import_archive_bytes(&written, None).unwrap();
    assert_eq!((summary.lab_id, summary.updated, summary.unchanged), (lab.id, 0, 0));
    let notes = tables(&written)["input"].as_array().unwrap().len() as u32;
    assert_eq!(summary.notes_added, notes);
    assert_eq!(tables(&archive(&laptop, &lab)), tables(&written), "the same rows, column for column");

    // Not just rows: the lab works the same there, from its report to its search.
    let report = |fixture: &Fixture| serde_json::to_value(fixture.store.report(lab.id).unwrap()).unwrap();
    assert_eq!(report(&laptop), report(&facilitator));
    let found =
        laptop.store.search_notes(lab.id, &NoteFilter { text: "cyfrinachol".into(), ..NoteFilter::default() }).unwrap();
    assert_eq!(found.len(), 1, "the imported notes are in the search index");
    assert_eq!(laptop.store.note_history(found[0].id).unwrap().len(), 1);
    assert!(laptop.store.run_state(lab.id).unwrap().is_some(), "the run came too");
}

#[test]
fn importing_twice_changes_nothing() {
    let facilitator = Fixture::open();
    let lab = full_lab(&facilitator);
    let written = archive(&facilitator, &lab);
    let laptop = Fixture::open();
    laptop.store.import_archive_bytes(&written, Some(lab.id)).unwrap();
    let before = dump(&laptop);
    let again = laptop.store.import_archive_bytes(&written, None).unwrap();
    assert_eq!((again.added, again.updated, again.notes_added), (0, 0, 0));
    assert!(again.unchanged > 20);
    assert_eq!(dump(&laptop), before);
    // Into itself, too.
    let own = facilitator.store.import_archive_bytes(&written, None).unwrap();
    assert_eq!((own.added, own.updated), (0, 0));
}

#[test]
fn a_note_takers_archive_merges_into_the_facilitators_lab_without_duplicates() {
    let facilitator = Fixture::open();
    let lab = full_lab(&facilitator);
    let laptop = Fixture::open();
    laptop.store.import_archive_bytes(&archive(&facilitator, &lab), None).unwrap();
    let challenge = facilitator.store.list_challenges(lab.id).unwrap()[0].clone();
    let group = facilitator.store.list_groups(lab.id).unwrap()[1].id;
    let shared = facilitator.store.list_notes(challenge.id).unwrap();

    // Both go on working apart: three notes on the laptop, two at the front, and each edits
    // a different note that both had.
    for text in ["Laptop one", "Laptop two #hyfforddiant", "Laptop three"] {
        laptop.note(&challenge, Some(group), text);
    }
    for text in ["Front one", "Front two"] {
        facilitator.note(&challenge, None, text);
    }
    let edit = |fixture: &Fixture, id, text: &str| {
        let note = fixture.store.get_note(id).unwrap();
        let edit = NoteEdit {
            role_id: note.role_id,
            kind: note.kind,
            stage: note.stage,
            text: text.into(),
            confidential: false,
        };
        fixture.store.update_note(id, &edit).unwrap();
    };
    edit(&laptop, shared[0].id, "Edited on the laptop #newydd");
    edit(&facilitator, shared[1].id, "Edited at the front");
    laptop.store.delete_note(shared[2].id).unwrap();
    let theme = laptop.store.list_themes(challenge.id).unwrap()[0].id;
    laptop.store.set_note_theme(shared[3].id, Some(theme)).unwrap();
    // The laptop moves the challenge to other stages; its old second stage must not linger.
    let moved = ChallengeFields {
        title: challenge.title.clone(),
        description: challenge.description.clone(),
        stages: vec![Stage::Oversight, Stage::Planning],
        prompts: challenge.prompts.clone(),
    };
    laptop.store.update_challenge(challenge.id, &moved).unwrap();
    // An older edit of the same note on the laptop loses to the facilitator's, a minute later.
    facilitator.clock.advance(chrono::TimeDelta::minutes(1));
    edit(&facilitator, shared[0].id, "Edited at the front, later");

    let summary = facilitator.store.import_archive_bytes(&archive(&laptop, &lab), None).unwrap();
    assert_eq!(summary.notes_added, 3);
    let notes = facilitator.store.list_notes(challenge.id).unwrap();
    assert_eq!(notes.len(), shared.len() + 5 - 1, "every note once, and the one deleted on the laptop gone");
    assert!(notes.iter().all(|n| n.id != shared[2].id));
    let themes = facilitator.store.list_themes(challenge.id).unwrap();
    assert!(themes[0].note_ids.contains(&shared[3].id), "a note moved into a theme moves there too");
    let stages = facilitator.store.get_challenge(challenge.id).unwrap().stages;
    assert_eq!(stages, [Stage::Oversight, Stage::Planning], "the newer challenge, with exactly its stages");
    let text_of = |id| notes.iter().find(|n| n.id == id).unwrap().text.clone();
    assert_eq!(text_of(shared[0].id), "Edited at the front, later", "the later edit wins");
    assert_eq!(text_of(shared[1].id), "Edited at the front");
    let tagged = facilitator
        .store
        .search_notes(lab.id, &NoteFilter { tag: Some("hyfforddiant".into()), ..NoteFilter::default() })
        .unwrap();
    assert_eq!(tagged.len(), 1, "the laptop's tags came with its notes");

    // And the other way: the laptop takes the facilitator's later edit, and its tags.
    laptop.store.import_archive_bytes(&archive(&facilitator, &lab), None).unwrap();
    assert_eq!(laptop.store.get_note(shared[0].id).unwrap().text, "Edited at the front, later");
    let stale =
        laptop.store.search_notes(lab.id, &NoteFilter { tag: Some("newydd".into()), ..NoteFilter::default() }).unwrap();
    assert!(stale.is_empty(), "a replaced note loses the tags of its old text");
    let notes_of = |fixture: &Fixture| {
        let mut notes: Vec<String> =
            tables(&archive(fixture, &lab))["input"].as_array().unwrap().iter().map(Value::to_string).collect();
        notes.sort();
        notes
    };
    assert!(notes_of(&laptop) == notes_of(&facilitator), "both laptops now hold the same notes");
}

/// Rewrites part of an archive, as a broken or hostile file might.
fn altered(written: &[u8], change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(written).unwrap();
    change(&mut value);
    serde_json::to_vec(&value).unwrap()
}

#[test]
fn broken_or_foreign_archives_are_refused_with_what_is_wrong_and_nothing_is_written() {
    let source = Fixture::open();
    let lab = full_lab(&source);
    let other = source.lab("Another lab");
    let written = archive(&source, &lab);
    let notes = tables(&written)["input"].as_array().unwrap().len();

    let target = Fixture::open();
    target.lab("Already here");
    let before = dump(&target);
    let refused = |bytes: &[u8]| {
        let error = target.store.import_archive_bytes(bytes, None).unwrap_err();
        assert_eq!(dump(&target), before, "nothing written after: {error}");
        error
    };
    let location = |error: Error| match error {
        Error::InvalidFile { location, problem } => format!("{location}: {problem}"),
        other => panic!("expected an invalid file, got {other}"),
    };

    assert!(location(refused(b"{\"format\": \"designlab-lab-archive\", ")).starts_with("line 1, column"));
    assert!(location(refused(&[0xff, 0xfe, 0x00])).contains("not UTF-8"));
    let template = source.store.template(designlab_core::templates::TemplateSource::Builtin, Language::En).unwrap();
    assert_eq!(refused(template.to_json().as_bytes()).code(), ErrorCode::NotAnArchive);
    assert_eq!(refused(b"[1, 2, 3]").code(), ErrorCode::NotAnArchive);
    let newer = altered(&written, |v| v["version"] = 2.into());
    assert_eq!(refused(&newer).code(), ErrorCode::ArchiveTooNew);

    let last_note = format!("tables.input[{}].kind: it is empty, too long, or not one of the values", notes - 1);
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (altered(&written, |v| v["tables"]["secrets"] = Value::Array(vec![])), "tables.secrets: not a table"),
        (altered(&written, |v| v["tables"]["input"][0]["mood"] = "happy".into()), "tables.input[0].mood: not a column"),
        (
            altered(&written, |v| v["tables"]["input"][0]["text"] = Value::Array(vec![])),
            "tables.input[0].text: must be",
        ),
        (
            altered(&written, |v| v["tables"]["input"][2]["lab_id"] = other.id.to_string().into()),
            "tables.input[2]: does not belong",
        ),
        (
            altered(&written, |v| v["tables"]["vote"][0]["group_id"] = uuid::Uuid::now_v7().to_string().into()),
            "tables.vote[0].group_id",
        ),
        (altered(&written, |v| v["lab"]["id"] = other.id.to_string().into()), "tables.lab: must hold exactly"),
        (altered(&written, |v| v["unexpected"] = true.into()), "unknown field"),
        (altered(&written, |v| v["tables"]["lab"][0]["created_at"] = "yesterday".into()), "tables.lab[0].created_at"),
        (altered(&written, |v| v["tables"]["lab"][0]["date"] = "2026-19-39".into()), "is not a date"),
        (
            altered(&written, |v| v["tables"]["input"][1]["updated_at"] = "2026-11-23T10:00:00+01:00".into()),
            "not written as Design Lab writes times",
        ),
        (altered(&written, |v| v["tables"]["challenge"][0]["prompts"] = "{}".into()), "must be a JSON list"),
        (altered(&written, |v| v["tables"]["input_revision"][0]["kind"] = "shout".into()), "not a kind of note"),
        // Found by the schema's own rules, worded without its SQL.
        (altered(&written, |v| v["tables"]["input"][notes - 1]["kind"] = "shout".into()), &last_note),
        (altered(&written, |v| v["tables"]["input"][notes - 1]["text"] = "".into()), ".text: it is empty"),
        (altered(&written, |v| v["tables"]["input"][0]["text"] = 42.into()), "input[0].text: must be text"),
        (altered(&written, |v| v["tables"]["input"][0]["text"] = Value::Null), "input[0].text: it must not be missing"),
    ];
    for (bytes, expected) in cases {
        let said = location(refused(&bytes));
        assert!(said.contains(expected), "{said:?} should name {expected:?}");
    }
    let wrong_lab = target.store.import_archive_bytes(&written, Some(other.id)).unwrap_err();
    assert!(location(wrong_lab).contains("not"));
    assert_eq!(dump(&target), before);

    // A lab's ids cannot be used to reach into another lab of the same database.
    let hostile = altered(&written, |v| {
        v["lab"]["id"] = other.id.to_string().into();
        let tables = v["tables"].as_object_mut().unwrap();
        for rows in tables.values_mut() {
            for row in rows.as_array_mut().unwrap() {
                if row.get("lab_id").is_some() {
                    row["lab_id"] = other.id.to_string().into();
                }
            }
        }
        tables["lab"][0]["id"] = other.id.to_string().into();
    });
    let error = source.store.import_archive_bytes(&hostile, None).unwrap_err();
    assert!(location(error).contains("belongs to another lab"));
    assert_eq!(source.store.list_challenges(other.id).unwrap().len(), 0);
}

#[test]
fn archives_are_written_whole_to_the_path_asked_for() {
    let fixture = Fixture::open();
    let lab = full_lab(&fixture);
    let path = fixture.dir.path().join("lab.json");
    fixture.store.export_to(lab.id, ExportFormat::Json, Language::En, &path).unwrap();
    let fresh = Fixture::open();
    let summary = fresh.store.import_archive(&path, None).unwrap();
    assert_eq!(summary.title, lab.title);
    assert_eq!(fresh.store.list_labs().unwrap().len(), 1);
}

#[test]
fn history_may_name_a_role_since_removed() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let (first, second) = {
        let roles = fixture.store.list_roles(lab.id).unwrap();
        (roles[0].id, roles[1].id)
    };
    let note = fixture.note(&challenge, None, "Said first by one role");
    let edit = NoteEdit {
        role_id: second,
        kind: NoteKind::Idea,
        stage: Stage::TenderAward,
        text: "Then by another".into(),
        confidential: false,
    };
    fixture.store.update_note(note.id, &edit).unwrap();
    fixture.store.remove_role(first).unwrap();
    let written = archive(&fixture, &lab);
    let fresh = Fixture::open();
    fresh.store.import_archive_bytes(&written, None).unwrap();
    let history = fresh.store.note_history(note.id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].role_id, first, "the history keeps who said it first");
}

#[test]
fn a_file_too_large_to_import_is_refused_before_it_is_read() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    // Sparse files: as large as they say, without writing it all.
    let huge = |name: &str, size: u64| {
        let path = fixture.dir.path().join(name);
        std::fs::File::create(&path).unwrap().set_len(size).unwrap();
        path
    };
    let archive = huge("huge.json", designlab_core::archive::ARCHIVE_FILE_MAX + 1);
    let error = fixture.store.import_archive(&archive, None).unwrap_err();
    assert_eq!(error.code(), ErrorCode::FileTooLarge, "{error}");
    let csv = huge("huge.csv", designlab_core::notes_from_csv::NOTES_CSV_MAX + 1);
    let error = fixture.store.import_notes_csv(lab.id, &csv).unwrap_err();
    assert_eq!(error.code(), ErrorCode::FileTooLarge, "{error}");
    assert_eq!(fixture.store.list_labs().unwrap().len(), 1);
}

/// Finding 6 of issue 13: rows that lose the merge (the same edit time as the row already
/// here) are checked as fully as the rows that win, so a broken one is refused.
#[test]
fn rows_that_would_lose_the_merge_are_checked_all_the_same() {
    let fixture = Fixture::open();
    let lab = full_lab(&fixture);
    let written = archive(&fixture, &lab);
    let before = dump(&fixture);
    for (column, value) in [("text", Value::from(42)), ("kind", "shout".into()), ("text", Value::Null)] {
        let broken = altered(&written, |v| v["tables"]["input"][0][column] = value);
        let error = fixture.store.import_archive_bytes(&broken, None).unwrap_err();
        assert_eq!(error.code(), ErrorCode::InvalidFile, "{error}");
        assert_eq!(error.location().as_deref(), Some(format!("tables.input[0].{column}").as_str()), "{error}");
        assert_eq!(dump(&fixture), before);
    }
}

/// Finding 5 of issue 13: a refusal is one short line, quoting only the start of what it
/// refuses, with no SQL in it.
#[test]
fn refusals_are_one_short_line_without_sql() {
    let fixture = Fixture::open();
    let lab = full_lab(&fixture);
    let written = archive(&fixture, &lab);
    let huge = "2".repeat(5_000_000);
    let elsewhere = Some(designlab_core::LabId::generate());
    let cases = [
        (altered(&written, |v| v["tables"]["lab"][0]["created_at"] = huge.clone().into()), None),
        (altered(&written, |v| v["tables"]["input"][0]["kind"] = huge.clone().into()), None),
        (altered(&written, |v| v["tables"]["input"][0]["text"] = "".into()), None),
        (altered(&written, |v| v["tables"]["input"][0][huge.as_str()] = 1.into()), None),
        (altered(&written, |v| v["tables"][huge.as_str()] = Value::Array(vec![])), None),
        (altered(&written, |v| v["exported_at"] = Value::Array(vec![huge.clone().into()])), None),
        (altered(&written, |v| v["lab"]["title"] = huge.clone().into()), elsewhere),
    ];
    for (index, (bytes, into)) in cases.iter().enumerate() {
        let error = fixture.store.import_archive_bytes(bytes, *into).unwrap_err();
        let api = designlab_core::ApiError::from(&error);
        for said in [error.brief(), api.message.clone(), api.location.clone().unwrap_or_default()] {
            assert!(said.chars().count() <= designlab_core::brief::MESSAGE_MAX, "case {index}: {} chars", said.len());
            assert!(!said.contains('\n'), "case {index}: {said}");
            assert!(!said.contains("CHECK") && !said.contains("constraint"), "case {index}: {said}");
            assert!(!said.contains(&"2".repeat(designlab_core::brief::QUOTE_MAX + 1)), "case {index}: {said}");
        }
    }
}
