//! The language a note was said in: as the note-taker says it, or guessed from its words; kept
//! through an edit; marked in the report where it is not the report's own.

use designlab_core::export::ExportFormat;
use designlab_core::{Language, NewNote, NoteEdit, Stage};

use crate::Fixture;

#[test]
fn a_note_keeps_the_language_it_was_said_in_and_the_report_marks_it() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let role_id = fixture.store.list_roles(lab.id).unwrap()[0].id;
    let say = |text: &str, language: Option<Language>| {
        fixture.store.create_note(&NewNote { language, ..fixture.new_note(&challenge, text) }).unwrap()
    };
    let welsh = say("Mae angen i'r gweithwyr gael llais cyn i'r contract gael ei lofnodi.", None);
    let english = say("Nobody has asked the contact centre staff yet.", None);
    let unknown = say("GDPR 2018", None);
    let told = say("Tendr", Some(Language::Cy));
    let languages = [&welsh, &english, &unknown, &told].map(|note| note.language);
    assert_eq!(languages, [Some(Language::Cy), Some(Language::En), None, Some(Language::Cy)]);

    // An edit keeps the language; a note that had none may show one now.
    let edit = |note: &designlab_core::Note, text: &str| NoteEdit {
        role_id,
        kind: note.kind,
        stage: note.stage,
        text: text.into(),
        confidential: false,
    };
    let edited = fixture
        .store
        .update_note(welsh.id, &edit(&welsh, "The workers need a say before the contract is signed."))
        .unwrap();
    assert_eq!(edited.language, Some(Language::Cy), "said in Welsh, still");
    let shown = fixture.store.update_note(unknown.id, &edit(&unknown, "The GDPR applies to the data")).unwrap();
    assert_eq!(shown.language, Some(Language::En));

    // The English report marks the Welsh notes; the English ones need no mark.
    let page = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Html, Language::En).unwrap()).unwrap();
    let document = scraper::Html::parse_document(&page);
    let marked: Vec<String> = document
        .select(&scraper::Selector::parse("ul.notes li span[lang='cy']").unwrap())
        .map(|span| span.text().collect())
        .collect();
    assert!(marked.contains(&"Tendr".to_owned()), "{marked:?}");
    assert!(!marked.iter().any(|text| text.contains("contact centre")), "{marked:?}");
    assert_eq!(document.select(&scraper::Selector::parse("ul.notes li span[lang='en']").unwrap()).count(), 0);
    // In the Welsh report it is the English notes that are marked.
    let welsh_page =
        String::from_utf8(fixture.store.export(lab.id, ExportFormat::Html, Language::Cy).unwrap()).unwrap();
    assert!(welsh_page.contains("<span lang=\"en\">Nobody has asked the contact centre staff yet.</span>"));
    // And the PDF, tagged, still typesets with the marks.
    assert!(fixture.store.export(lab.id, ExportFormat::Pdf, Language::En).unwrap().starts_with(b"%PDF"));
}
