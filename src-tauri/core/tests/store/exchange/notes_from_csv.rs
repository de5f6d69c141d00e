//! Notes from a spreadsheet: the notes export imports again, headings in either language, and
//! a file with any bad row saves nothing.

use designlab_core::export::ExportFormat;
use designlab_core::search::NoteFilter;
use designlab_core::{Error, Language, NoteKind, Stage};

use crate::Fixture;

fn all_notes(fixture: &Fixture, lab: designlab_core::LabId) -> Vec<designlab_core::Note> {
    fixture.store.search_notes(lab, &NoteFilter::default()).unwrap()
}

#[test]
fn the_notes_export_imports_again_adding_nothing_twice() {
    let fixture = Fixture::open();
    let lab = fixture.store.create_sample_lab(Language::Cy).unwrap();
    let challenge = fixture.store.list_challenges(lab.id).unwrap()[0].clone();
    let plus = fixture.group(&lab, "+ Digital", 0);
    fixture.note(&challenge, Some(plus.id), "=SUM(A1:A9) is what we pay #cyflog");
    let csv = fixture.store.export(lab.id, ExportFormat::Csv, Language::Cy).unwrap();
    let before = all_notes(&fixture, lab.id).len();

    // Into the lab it came from: every row is a note it has.
    let summary = fixture.store.import_notes_csv_bytes(lab.id, &csv).unwrap();
    assert_eq!((summary.added, summary.unchanged), (0, before as u32));

    // Into a copy of the lab without its notes: every note comes back as it was.
    let archive = fixture.store.export(lab.id, ExportFormat::Json, Language::En).unwrap();
    let empty = Fixture::open();
    empty.store.import_archive_bytes(&archive, None).unwrap();
    for note in all_notes(&empty, lab.id) {
        empty.store.delete_note(note.id).unwrap();
    }
    let summary = empty.store.import_notes_csv_bytes(lab.id, &csv).unwrap();
    assert_eq!(summary.added, before as u32);
    let key =
        |n: &designlab_core::Note| (n.challenge_id, n.role_id, n.kind.key(), n.stage.key(), n.group_id, n.text.clone());
    let mut original: Vec<_> = all_notes(&fixture, lab.id).iter().map(key).collect();
    let mut imported: Vec<_> = all_notes(&empty, lab.id).iter().map(key).collect();
    original.sort();
    imported.sort();
    assert_eq!(imported, original);
    assert!(imported.iter().any(|n| n.5 == "=SUM(A1:A9) is what we pay #cyflog"), "the export's apostrophe is gone");
    let again = empty.store.import_notes_csv_bytes(lab.id, &csv).unwrap();
    assert_eq!(again.added, 0);
}

#[test]
fn a_spreadsheet_of_post_its_with_welsh_or_plain_headings_imports() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let tenders = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    fixture.challenge(&lab, "Oversight", Stage::Oversight);
    let group = fixture.group(&lab, "Table A", 0);
    let role = fixture.store.list_roles(lab.id).unwrap()[0].clone();

    let welsh = format!(
        "Her,Rôl,Math,Cam,Nodyn,Tagiau,Grŵp\n\
         tenders,{role},Pryder,Goruchwyliaeth,\"Two lines,\nwith a comma\",\"hyfforddiant, #data\",table a\n\
         Tenders,{role},,,Defaults for the rest,,\n\
         ,,,,,,\n",
        role = role.name.to_uppercase()
    );
    let summary = fixture.store.import_notes_csv_bytes(lab.id, welsh.as_bytes()).unwrap();
    assert_eq!((summary.added, summary.title.as_str()), (2, "Lab"));
    let notes = fixture.store.list_notes(tenders.id).unwrap();
    let first = notes.iter().find(|n| n.text.starts_with("Two lines")).unwrap();
    assert_eq!(first.text, "Two lines,\nwith a comma #hyfforddiant #data");
    assert_eq!(
        (first.kind, first.stage, first.group_id, first.role_id),
        (NoteKind::Concern, Stage::Oversight, Some(group.id), role.id)
    );
    let second = notes.iter().find(|n| n.text == "Defaults for the rest").unwrap();
    assert_eq!((second.kind, second.stage, second.group_id), (NoteKind::Idea, Stage::TenderAward, None));

    let plain = format!("text;role\nx;{}\n", role.name);
    let error = fixture.store.import_notes_csv_bytes(lab.id, plain.as_bytes()).unwrap_err();
    assert!(error.to_string().contains("text;role"), "semicolons are not commas: {error}");
}

#[test]
fn one_bad_row_refuses_the_file_and_says_where() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let role = fixture.store.list_roles(lab.id).unwrap()[0].name.clone();
    let refused = |csv: &[u8]| {
        let error = fixture.store.import_notes_csv_bytes(lab.id, csv).unwrap_err();
        assert!(all_notes(&fixture, lab.id).is_empty(), "nothing saved after: {error}");
        match error {
            Error::InvalidCsv(csv) => csv.to_string(),
            other => panic!("expected a refused spreadsheet, got {other}"),
        }
    };
    let long = "x".repeat(10_001);
    let cases = [
        (
            format!("challenge,role,text\nTenders,{role},Fine\nTenders,Mayor,Who?\n"),
            "row 3, column “role”: the lab has no stakeholder role called “Mayor”",
        ),
        (format!("challenge,role,text\nTenders,{role},Fine\nBudgets,{role},x\n"), "row 3, column “challenge”"),
        (format!("challenge,role,kind,text\nTenders,{role},shout,x\n"), "row 2, column “kind”: “shout” is not a kind"),
        (format!("challenge,role,stage,text\nTenders,{role},Later,x\n"), "“Later” is not a procurement stage"),
        (format!("challenge,role,group,text\nTenders,{role},Table Z,x\n"), "no breakout group called “Table Z”"),
        (format!("challenge,role,text\nTenders,{role},\n"), "row 2, column “text”"),
        ("challenge,role,text\nTenders,,x\n".to_owned(), "row 2, column “role”: the row has no stakeholder role"),
        (format!("challenge,role,Rôl,text\nTenders,{role},{role},x\n"), "“Rôl” is the same column as column B"),
        (format!("challenge,role,text\nTenders,{role},{long}\n"), "row 2, column “text”"),
        (
            format!("challenge,role,text,text\nTenders,{role},a,b\n"),
            "row 1, column D: “text” is the same column as column C",
        ),
        (format!("challenge,role,words\nTenders,{role},a\n"), "“words” is not a column"),
        ("challenge,kind\nTenders,Idea\n".to_owned(), "row 1: there is no text column"),
        (format!("challenge,role,text\nTenders,{role},a,b\n"), "row 2: 4 cells, but only 3 headings"),
    ];
    for (csv, expected) in cases {
        let said = refused(csv.as_bytes());
        assert!(said.contains(expected), "{said:?} should say {expected:?}");
    }
    // The UI words the problem itself, in English or Welsh, from what the error carries.
    let error = fixture.store.import_notes_csv_bytes(lab.id, b"challenge,role,text\nTenders,Mayor,x\n").unwrap_err();
    let sent = serde_json::to_value(&error).unwrap();
    assert_eq!(sent["code"], "invalid_csv");
    assert_eq!(
        sent["csv"],
        serde_json::json!({
            "row": 2, "heading": "role", "column": null,
            "problem": {"kind": "no_such", "what": "role", "name": "Mayor"},
        })
    );
    let retired = fixture.store.add_role(lab.id, "Observer").unwrap();
    fixture.store.set_role_retired(retired.id, true).unwrap();
    let said = refused(b"challenge,role,text\nTenders,Observer,x\n");
    assert!(said.contains("“Observer” is retired, so it takes no new notes"), "{said}");
    fixture.challenge(&lab, "TENDERS", Stage::Planning);
    let said = refused(format!("challenge,role,text\nTenders,{role},x\n").as_bytes());
    assert!(said.contains("more than one challenge called “Tenders”"), "{said}");

    let bare = fixture.lab("No challenges yet");
    let error = fixture.store.import_notes_csv_bytes(bare.id, b"challenge,role,text\nTenders,Worker,x\n").unwrap_err();
    assert_eq!(error.to_string(), "row 1: the lab has no challenges yet; add one first");

    let latin1 = b"challenge,role,text\nTenders,Worker,Fine\nTenders,Worker,Caf\xe9\n";
    assert_eq!(
        refused(latin1),
        "row 3, column “text”: the file is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”"
    );
    let latin1_heading = b"challenge,r\xf4l,text\n";
    assert!(refused(latin1_heading).starts_with("row 1, column B: the file is not UTF-8"));
}
