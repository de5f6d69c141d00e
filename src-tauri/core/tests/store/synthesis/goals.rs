//! The well-being goals, ways of working and procurement duties: their official names in both
//! languages, tagging notes, themes and actions, and the report's section on them in every
//! format, read back.

use designlab_core::actions::ActionFields;
use designlab_core::export::ExportFormat;
use designlab_core::messages::Messages;
use designlab_core::themes::ThemeFields;
use designlab_core::{ErrorCode, Goal, GoalTarget, Language, NewNote, Stage, Store};
use strum::VariantArray;

use crate::Fixture;

/// The names as the Acts and the Welsh Government write them. The goals: the Well-being of
/// Future Generations (Wales) Act 2015, s.4, Table 1 (legislation.gov.uk/anaw/2015/2/section/4,
/// and its Welsh text, "Tabl 1"), without the table's full stops; the Welsh as the Welsh
/// Government's Future Generations report lists them (llyw.cymru). The ways of working: the
/// five matters of s.5(2)(a)–(e), by the names the statutory guidance, "Shared Purpose: Shared
/// Future", gives them. The duties: the Social Partnership and Public Procurement (Wales) Act
/// 2023 (asc 1), s.16 social partnership duty, s.20 fair work, s.24 socially responsible
/// procurement duty, with the Welsh of "Y ddyletswydd caffael cymdeithasol gyfrifol".
const OFFICIAL: [(Goal, &str, &str); 15] = [
    (Goal::Prosperous, "A prosperous Wales", "Cymru lewyrchus"),
    (Goal::Resilient, "A resilient Wales", "Cymru gydnerth"),
    (Goal::Healthier, "A healthier Wales", "Cymru iachach"),
    (Goal::MoreEqual, "A more equal Wales", "Cymru sy’n fwy cyfartal"),
    (Goal::CohesiveCommunities, "A Wales of cohesive communities", "Cymru o gymunedau cydlynus"),
    (
        Goal::VibrantCulture,
        "A Wales of vibrant culture and thriving Welsh language",
        "Cymru â diwylliant bywiog lle mae’r Gymraeg yn ffynnu",
    ),
    (Goal::GloballyResponsible, "A globally responsible Wales", "Cymru sy’n gyfrifol ar lefel fyd-eang"),
    (Goal::LongTerm, "Long term", "Hirdymor"),
    (Goal::Integration, "Integration", "Integreiddio"),
    (Goal::Involvement, "Involvement", "Cynnwys"),
    (Goal::Collaboration, "Collaboration", "Cydweithio"),
    (Goal::Prevention, "Prevention", "Atal"),
    (Goal::SocialPartnership, "Social partnership duty", "Dyletswydd partneriaeth gymdeithasol"),
    (Goal::FairWork, "Fair work", "Gwaith teg"),
    (
        Goal::SociallyResponsibleProcurement,
        "Socially responsible procurement duty",
        "Dyletswydd caffael cymdeithasol gyfrifol",
    ),
];

#[test]
fn every_goal_has_its_official_name_in_english_and_welsh() {
    let (en, cy) = (Messages::new(Language::En).unwrap(), Messages::new(Language::Cy).unwrap());
    assert_eq!(OFFICIAL.map(|(goal, _, _)| goal), Goal::VARIANTS, "every goal, in the Acts' order");
    for (goal, english, welsh) in OFFICIAL {
        assert_eq!(en.get(&goal.message()), english);
        assert_eq!(cy.get(&goal.message()), welsh);
    }
}

fn say(fixture: &Fixture, challenge: &designlab_core::Challenge, text: &str, goals: Vec<Goal>) -> designlab_core::Note {
    fixture.store.create_note(&NewNote { goals, ..fixture.new_note(challenge, text) }).unwrap()
}

#[test]
fn notes_themes_and_actions_keep_their_goals_as_a_set_in_the_acts_order() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let store = &fixture.store;

    // Tagged as it is taken, in the note's own transaction.
    let note = say(&fixture, &challenge, "Rotas with no travel time", vec![Goal::FairWork, Goal::Healthier]);
    assert_eq!(note.goals, [Goal::Healthier, Goal::FairWork]);

    // Every key the catalogue has is one the database takes.
    let all = store.set_goals(GoalTarget::Note(note.id), Goal::VARIANTS).unwrap();
    assert_eq!(all, Goal::VARIANTS);
    let set =
        store.set_goals(GoalTarget::Note(note.id), &[Goal::Involvement, Goal::Prosperous, Goal::Involvement]).unwrap();
    assert_eq!(set, [Goal::Prosperous, Goal::Involvement], "replaced, once each, in order");

    let theme = store.add_theme(challenge.id, &ThemeFields { title: "Rotas".into(), ..Default::default() }).unwrap();
    store.set_goals(GoalTarget::Theme(theme.id), &[Goal::FairWork]).unwrap();
    let action = store.add_action(challenge.id, &ActionFields { text: "Ask the union".into(), ..Default::default() });
    let action = action.unwrap();
    store.set_goals(GoalTarget::Action(action.id), &[Goal::SocialPartnership, Goal::Collaboration]).unwrap();

    let reopened = Store::open(&fixture.db_path).unwrap();
    assert_eq!(reopened.get_note(note.id).unwrap().goals, [Goal::Prosperous, Goal::Involvement]);
    assert_eq!(reopened.list_themes(challenge.id).unwrap()[0].goals, [Goal::FairWork]);
    assert_eq!(reopened.list_actions(challenge.id).unwrap()[0].goals, [Goal::Collaboration, Goal::SocialPartnership]);

    // Untagging is setting none.
    assert_eq!(reopened.set_goals(GoalTarget::Theme(theme.id), &[]).unwrap(), []);
    assert!(reopened.list_themes(challenge.id).unwrap()[0].goals.is_empty());

    // What is gone cannot be tagged, and its goals go with it.
    reopened.delete_note(note.id).unwrap();
    let refused = reopened.set_goals(GoalTarget::Note(note.id), &[Goal::FairWork]).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NotFound);
    reopened.remove_action(action.id).unwrap();
    let refused = reopened.set_goals(GoalTarget::Action(action.id), &[Goal::FairWork]).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::NotFound);
    let left: i64 = rusqlite::Connection::open(&fixture.db_path)
        .unwrap()
        .query_row("SELECT count(*) FROM action_goal", [], |row| row.get(0))
        .unwrap();
    assert_eq!(left, 0, "the removed action's goals went with it");
}

#[test]
fn a_device_note_written_before_goals_existed_is_still_taken() {
    let json = r#"{"challenge_id":"00000000-0000-4000-8000-000000000001","group_id":null,
        "role_id":"00000000-0000-4000-8000-000000000002","kind":"idea","stage":null,"text":"x","confidential":false}"#;
    let note: NewNote = serde_json::from_str(json).unwrap();
    assert!(note.goals.is_empty());
}

/// A lab whose notes, a theme and an action speak to goals, one of the notes confidential.
fn tagged_lab(fixture: &Fixture) -> designlab_core::Lab {
    let lab = fixture.lab("Gofal: rotas");
    let challenge = fixture.challenge(&lab, "Rotas", Stage::TenderAward);
    let store = &fixture.store;
    let rotas = say(fixture, &challenge, "Dim amser teithio rhwng ymweliadau", vec![Goal::FairWork, Goal::Healthier]);
    say(fixture, &challenge, "Ask the union before the tender", vec![Goal::SocialPartnership]);
    let secret = say(fixture, &challenge, "A confidential word", vec![Goal::Prevention]);
    store
        .update_note(
            secret.id,
            &designlab_core::NoteEdit {
                role_id: secret.role_id,
                kind: secret.kind,
                stage: secret.stage,
                text: secret.text.clone(),
                confidential: true,
            },
        )
        .unwrap();
    let theme = store.add_theme(challenge.id, &ThemeFields { title: "Amser teithio".into(), ..Default::default() });
    let theme = theme.unwrap();
    store.set_note_theme(rotas.id, Some(theme.id)).unwrap();
    store.set_goals(GoalTarget::Theme(theme.id), &[Goal::FairWork]).unwrap();
    let fields = ActionFields { text: "Cost travel time into the tender".into(), ..Default::default() };
    let action = store.add_action(challenge.id, &fields).unwrap();
    store.set_goals(GoalTarget::Action(action.id), &[Goal::FairWork, Goal::SociallyResponsibleProcurement]).unwrap();
    lab
}

#[test]
fn the_report_says_which_goals_the_lab_spoke_to_with_counts_themes_and_actions() {
    let fixture = Fixture::open();
    let lab = tagged_lab(&fixture);
    let report = fixture.store.report(lab.id).unwrap();
    let spoken: Vec<(Goal, u32, usize, usize)> =
        report.goals.iter().map(|g| (g.goal, g.notes, g.themes.len(), g.actions.len())).collect();
    assert_eq!(
        spoken,
        [
            (Goal::Healthier, 1, 0, 0),
            (Goal::SocialPartnership, 1, 0, 0),
            (Goal::FairWork, 1, 1, 1),
            (Goal::SociallyResponsibleProcurement, 0, 0, 1),
        ],
        "in the Acts' order; the confidential note's goal left out"
    );

    let markdown = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Md, Language::En).unwrap()).unwrap();
    let section = &markdown[markdown.find("## How this lab speaks to the well-being goals").unwrap()..];
    let section = &section[..section.find("## Appendix").unwrap()];
    for expected in [
        "### The well-being goals",
        "#### A healthier Wales",
        "### Social partnership and procurement duties",
        "#### Fair work",
        "*1 note, 1 theme, 1 action*",
        "*1 action*",
        "* Theme: Amser teithio",
        "* Action: Cost travel time into the tender",
        "#### Socially responsible procurement duty",
    ] {
        assert!(section.contains(expected), "{expected:?} in\n{section}");
    }
    assert!(!section.contains("Prevention"), "the confidential note's goal stays out");

    let welsh = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Html, Language::Cy).unwrap()).unwrap();
    let page = scraper::Html::parse_document(&welsh);
    let select = |css: &str| scraper::Selector::parse(css).unwrap();
    let headings: Vec<String> =
        page.select(&select("#goals h2, #goals h3, #goals h4")).map(|h| h.text().collect()).collect();
    assert_eq!(
        headings,
        [
            "Sut mae'r labordy hwn yn cyfrannu at y nodau llesiant",
            "Y nodau llesiant",
            "Cymru iachach",
            "Dyletswyddau partneriaeth gymdeithasol a chaffael",
            "Dyletswydd partneriaeth gymdeithasol",
            "Gwaith teg",
            "Dyletswydd caffael cymdeithasol gyfrifol",
        ]
    );
    let contents: Vec<String> = page.select(&select("nav a[href='#goals']")).map(|a| a.text().collect()).collect();
    assert_eq!(contents.len(), 1, "listed in the contents");

    let csv = fixture.store.export(lab.id, ExportFormat::Csv, Language::Cy).unwrap();
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let header = reader.headers().unwrap().clone();
    let column = header.iter().position(|h| h == "Nodau llesiant").unwrap();
    let cells: Vec<String> = reader.records().map(|r| r.unwrap()[column].to_owned()).collect();
    assert!(cells.contains(&"Cymru iachach; Gwaith teg".to_owned()), "{cells:?}");

    let docx = fixture.store.export(lab.id, ExportFormat::Docx, Language::En).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut document = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut document).unwrap();
    for expected in ["How this lab speaks to the well-being goals", "A healthier Wales", "Theme: Amser teithio"] {
        assert!(document.contains(expected), "{expected} in the Word file");
    }
}

#[test]
fn the_pdf_has_the_goals_section_as_text() {
    let fixture = Fixture::open();
    let lab = tagged_lab(&fixture);
    let pdf = fixture.store.export(lab.id, ExportFormat::Pdf, Language::Cy).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = std::process::Command::new("pdftotext").arg(&path).arg("-").output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    for expected in ["Sut mae'r labordy hwn yn cyfrannu at y nodau llesiant", "Cymru iachach", "Thema: Amser teithio"] {
        assert!(text.contains(expected), "{expected} in\n{text}");
    }
}

#[test]
fn goals_leave_the_report_when_the_organiser_leaves_the_section_out() {
    let fixture = Fixture::open();
    let lab = tagged_lab(&fixture);
    let mut setup = fixture.store.report_setup(lab.id).unwrap();
    setup.sections.goals = false;
    fixture.store.save_report_setup(lab.id, &setup).unwrap();
    let markdown = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Md, Language::En).unwrap()).unwrap();
    assert!(!markdown.contains("well-being goals"));
}

#[test]
fn a_lab_archive_carries_every_goal_and_a_notes_csv_brings_them_back() {
    let fixture = Fixture::open();
    let lab = tagged_lab(&fixture);
    let archive = fixture.store.archive_lab(lab.id).unwrap();
    let csv = fixture.store.export(lab.id, ExportFormat::Csv, Language::Cy).unwrap();

    let other = Fixture::open();
    other.store.import_archive_bytes(&archive, None).unwrap();
    let challenge = other.store.list_challenges(lab.id).unwrap()[0].clone();
    let notes = other.store.list_notes(challenge.id).unwrap();
    let rotas = notes.iter().find(|n| n.text.starts_with("Dim amser")).unwrap();
    assert_eq!(rotas.goals, [Goal::Healthier, Goal::FairWork]);
    assert_eq!(other.store.list_themes(challenge.id).unwrap()[0].goals, [Goal::FairWork]);
    assert_eq!(
        other.store.list_actions(challenge.id).unwrap()[0].goals,
        [Goal::FairWork, Goal::SociallyResponsibleProcurement]
    );

    // The notes export, in Welsh, read into a lab with the same challenge and roles.
    let copy = Fixture::open();
    let into = copy.lab("Copi");
    copy.challenge(&into, "Rotas", Stage::TenderAward);
    copy.store.import_notes_csv_bytes(into.id, &csv).unwrap();
    let challenge = copy.store.list_challenges(into.id).unwrap()[0].clone();
    let read: Vec<Vec<Goal>> = copy.store.list_notes(challenge.id).unwrap().into_iter().map(|n| n.goals).collect();
    assert!(read.contains(&vec![Goal::Healthier, Goal::FairWork]), "{read:?}");
    assert!(read.contains(&vec![Goal::SocialPartnership]), "{read:?}");

    let wrong = "Her,Rôl,Nodyn,Nodau llesiant\nRotas,Worker,x,Cymru ddedwydd\n";
    let refused = copy.store.import_notes_csv_bytes(into.id, wrong.as_bytes()).unwrap_err();
    assert_eq!(refused.code(), ErrorCode::InvalidCsv, "{refused}");
    assert!(refused.to_string().contains("Cymru ddedwydd"), "{refused}");
}
