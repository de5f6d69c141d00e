//! The REFI-QDA export, read back by an independent reader: its `project.qde` validated against
//! the published REFI-QDA project schema and loaded by pyrefiqda (both installed by
//! `scripts/setup` into `.tools/qda`), every theme, tag and coded note checked.

use std::path::{Path, PathBuf};
use std::process::Command;

use designlab_core::export::ExportFormat;
use designlab_core::themes::ThemeFields;
use designlab_core::{Goal, Language, NewNote, NoteKind, Stage};
use serde_json::Value;

use crate::Fixture;

fn tools() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/qda")
}

/// What the independent reader found in a `.qdpx`, as JSON; fails the test if the file is
/// not valid against the schema.
fn read_back(qdpx: &Path) -> Value {
    let python = tools().join("bin/python");
    assert!(python.exists(), "the REFI-QDA reader is missing: run scripts/setup");
    let output = Command::new(python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/qdpx/read.py"))
        .arg(qdpx)
        .arg(tools().join("Project.xsd"))
        .output()
        .unwrap();
    assert!(output.status.success(), "the reader refused the file: {}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn a_lab_opens_in_an_independent_refi_qda_reader_with_every_theme_tag_and_coded_note() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Labordy: AI & gwasanaethau");
    let challenge = fixture.challenge(&lab, "Ysgrifennu'r tendr", Stage::TenderAward);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    let say = |role: usize, text: &str, confidential: bool, goals: Vec<Goal>| {
        let new = NewNote {
            challenge_id: challenge.id,
            group_id: None,
            role_id: roles[role].id,
            kind: NoteKind::Concern,
            stage: None,
            text: text.into(),
            confidential,
            goals,
            language: None,
        };
        fixture.store.create_note(&new).unwrap()
    };
    let skills = say(0, "Mae angen hyfforddiant ar y gweithwyr, ŵyr ac ŷd. #hyfforddiant", false, vec![Goal::FairWork]);
    let lines = say(1, "Two lines\r\nand a <tag> & \"quotes\"\u{7} #data #hyfforddiant", false, Vec::new());
    let plain = say(1, "Who keeps the data?", false, vec![Goal::MoreEqual, Goal::FairWork]);
    say(0, "A confidential word about the supplier", true, vec![Goal::Prevention]);
    let gone = say(0, "A note deleted before the export", false, Vec::new());
    fixture.store.delete_note(gone.id).unwrap();
    let theme =
        fixture.store.add_theme(challenge.id, &ThemeFields { title: "Sgiliau".into(), ..Default::default() }).unwrap();
    fixture.store.set_note_theme(skills.id, Some(theme.id)).unwrap();
    fixture.store.set_note_theme(lines.id, Some(theme.id)).unwrap();

    let file = fixture.dir.path().join("lab.qdpx");
    fixture.store.export_to(lab.id, ExportFormat::Qdpx, Language::Cy, &file).unwrap();
    let project = read_back(&file);
    assert_eq!(project["name"], "Labordy: AI & gwasanaethau");

    // Codes: themes under their challenge under "Themâu"; tags under "Tagiau".
    let codes = project["codes"].as_array().unwrap();
    let code = |name: &str| codes.iter().find(|c| c["name"] == name).unwrap_or_else(|| panic!("{name} in {codes:?}"));
    let guid_of = |name: &str| code(name)["guid"].as_str().unwrap().to_owned();
    assert_eq!((code("Themâu")["codable"].as_bool(), code("Tagiau")["codable"].as_bool()), (Some(false), Some(false)));
    assert_eq!(code("Ysgrifennu'r tendr")["parent"], code("Themâu")["guid"]);
    assert_eq!(code("Sgiliau")["parent"], code("Ysgrifennu'r tendr")["guid"]);
    assert_eq!(code("Sgiliau")["codable"], true);
    assert_eq!(code("#hyfforddiant")["parent"], code("Tagiau")["guid"]);
    // The goals by their official names, under their Act's list; the confidential note's left out.
    assert_eq!(code("Gwaith teg")["parent"], code("Dyletswyddau partneriaeth gymdeithasol a chaffael")["guid"]);
    assert_eq!(code("Cymru sy’n fwy cyfartal")["parent"], code("Y nodau llesiant")["guid"]);
    assert_eq!(code("Y nodau llesiant")["codable"], false);
    assert_eq!(codes.len(), 10, "two groups, a challenge, a theme, two tags, two lists of goals, two goals: {codes:?}");

    // Sources: the published notes only, each text whole, coded over all of it.
    let sources = project["sources"].as_array().unwrap();
    let texts: Vec<&str> = sources.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("confidential") || t.contains("deleted")), "{texts:?}");
    let source = |id: &str| sources.iter().find(|s| s["guid"] == id).unwrap();
    assert_eq!(source(&skills.id.to_string())["text"], skills.text);
    assert_eq!(
        source(&lines.id.to_string())["text"],
        "Two lines\r\nand a <tag> & \"quotes\" #data #hyfforddiant",
        "the line break kept, the control character left out"
    );
    for (note, coded) in [
        (&skills, vec![guid_of("Sgiliau"), guid_of("#hyfforddiant"), guid_of("Gwaith teg")]),
        (&lines, vec![guid_of("Sgiliau"), guid_of("#data"), guid_of("#hyfforddiant")]),
        (&plain, vec![guid_of("Cymru sy’n fwy cyfartal"), guid_of("Gwaith teg")]),
    ] {
        let found = source(&note.id.to_string());
        let selection = &found["selections"][0];
        let text = found["text"].as_str().unwrap();
        assert_eq!(
            (selection["start"].as_u64(), selection["end"].as_u64()),
            (Some(0), Some(text.chars().count() as u64))
        );
        let mut got: Vec<String> =
            selection["codes"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_owned()).collect();
        got.sort();
        let mut expected = coded;
        expected.sort();
        assert_eq!(got, expected, "{}", note.text);
    }

    // Cases: one per role that spoke, holding its notes.
    let cases = project["cases"].as_array().unwrap();
    let case = |role: usize| cases.iter().find(|c| c["guid"] == roles[role].id.to_string()).unwrap();
    assert_eq!(case(0)["name"], roles[0].name);
    assert_eq!(case(0)["sources"], serde_json::json!([skills.id.to_string()]));
    assert_eq!(case(1)["sources"], serde_json::json!([lines.id.to_string(), plain.id.to_string()]));
    assert!(!file.with_extension("qdpx.tmp").exists());
}

#[test]
fn the_same_lab_exports_the_same_file() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    fixture.note(&challenge, None, "Consult the union first #union");
    let first = fixture.store.export(lab.id, ExportFormat::Qdpx, Language::En).unwrap();
    let second = fixture.store.export(lab.id, ExportFormat::Qdpx, Language::En).unwrap();
    assert_eq!(first, second);
}
