//! The report's content: what may be published and what never is, counts, the agenda as run,
//! and each challenge's themes, ranked results and actions.

use chrono::{Duration, TimeZone, Utc};
use designlab_core::actions::{ActionFields, ActionStatus};
use designlab_core::export::ExportFormat;
use designlab_core::report::{ReportSections, ReportSetup};
use designlab_core::run::RunAction;
use designlab_core::themes::ThemeFields;
use designlab_core::voting::VoteTarget;
use designlab_core::{
    ErrorCode, Field, LabFields, Language, NewNote, NoteKind, ParticipantFields, SegmentFields, SegmentKind, Stage,
};

use crate::Fixture;

#[test]
fn confidential_and_deleted_notes_and_unconsenting_names_appear_nowhere() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let roles = fixture.store.list_roles(lab.id).unwrap();
    let group = fixture.group(&lab, "Table A", 3);
    let open = fixture.note(&challenge, Some(group.id), "Said openly");
    let secret = fixture
        .store
        .create_note(&NewNote {
            challenge_id: challenge.id,
            group_id: Some(group.id),
            role_id: roles[1].id,
            kind: NoteKind::Concern,
            stage: Some(Stage::Oversight),
            text: "Off the record".into(),
            confidential: true,
            goals: Vec::new(),
            language: None,
        })
        .unwrap();
    let gone = fixture.note(&challenge, None, "Typed by mistake");
    fixture.store.delete_note(gone.id).unwrap();
    // The confidential note is in a theme and has dots: neither may leak it.
    let theme =
        fixture.store.add_theme(challenge.id, &ThemeFields { title: "Trust".into(), ..Default::default() }).unwrap();
    fixture.store.set_note_theme(secret.id, Some(theme.id)).unwrap();
    fixture.store.set_note_theme(open.id, Some(theme.id)).unwrap();
    fixture.store.set_vote(challenge.id, Some(group.id), VoteTarget::Note { id: secret.id }, 4).unwrap();
    fixture.store.set_vote(challenge.id, Some(group.id), VoteTarget::Note { id: open.id }, 2).unwrap();
    // A theme of nothing but the confidential note would give it away by its title.
    let hush = fixture
        .store
        .add_theme(challenge.id, &ThemeFields { title: "Hush hush".into(), ..Default::default() })
        .unwrap();
    let second = fixture
        .store
        .create_note(&NewNote { text: "Also off the record".into(), ..new_confidential(&challenge, roles[1].id) })
        .unwrap();
    fixture.store.set_note_theme(second.id, Some(hush.id)).unwrap();
    fixture.store.set_vote(challenge.id, Some(group.id), VoteTarget::Theme { id: hush.id }, 1).unwrap();
    for (name, consent) in [("Ann Named", true), ("Bob Private", false)] {
        let fields = ParticipantFields {
            name: name.into(),
            organisation: "Council".into(),
            role_id: roles[0].id,
            consent_to_be_named: consent,
        };
        fixture.store.add_participant(lab.id, &fields).unwrap();
    }

    let report = fixture.store.report(lab.id).unwrap();
    let everything = serde_json::to_string(&report).unwrap();
    for hidden in ["Off the record", "Typed by mistake", "Bob Private", "Hush hush"] {
        assert!(!everything.contains(hidden), "{hidden:?} leaked into the report");
    }
    assert_eq!(report.note_count, 1);
    assert_eq!(report.named.iter().map(|p| p.name.as_deref()).collect::<Vec<_>>(), [Some("Ann Named")]);
    let section = &report.challenges[0];
    assert_eq!(section.themes[0].notes.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(), ["Said openly"]);
    assert_eq!(section.ranked.len(), 1, "the confidential note's result is left out");
    assert_eq!((section.ranked[0].label.as_str(), section.ranked[0].total), ("Said openly", 2));
    let note = &section.notes[0];
    assert_eq!((note.group.as_deref(), note.theme.as_deref(), note.dots), (Some("Table A"), Some("Trust"), 2));
    assert_eq!(report.notes_by_stage.iter().find(|t| t.what == Stage::Oversight).unwrap().count, 0);
    assert_eq!(report.people_by_role[0].count, 3, "people per role come from the groups");
}

#[test]
fn counts_agenda_as_run_and_actions_are_gathered() {
    let fixture = Fixture::open();
    let fields = LabFields { title: "Lab".into(), start_time: Some("13:30".into()), ..LabFields::default() };
    let lab = fixture.store.create_lab(&fields, Language::En).unwrap();
    let tenders = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let oversight = fixture.challenge(&lab, "Oversight", Stage::Oversight);
    for n in 0..3 {
        fixture.note(&tenders, None, &format!("Tender note {n}"));
    }
    fixture.note(&oversight, None, "Oversight note");
    for (title, minutes) in [("Welcome", 10), ("Breakouts", 60)] {
        let segment = SegmentFields {
            kind: SegmentKind::Breakout,
            title: title.into(),
            minutes,
            notes: String::new(),
            challenge_ids: Vec::new(),
        };
        fixture.store.add_segment(lab.id, &segment).unwrap();
    }
    let start = Utc.with_ymd_and_hms(2026, 3, 10, 13, 30, 0).unwrap();
    fixture.at(start).run_action(lab.id, RunAction::Start).unwrap();
    fixture.at(start + Duration::minutes(14)).run_action(lab.id, RunAction::Next).unwrap();

    let roles = fixture.store.list_roles(lab.id).unwrap();
    let theme =
        fixture.store.add_theme(tenders.id, &ThemeFields { title: "Skills".into(), ..Default::default() }).unwrap();
    let action = ActionFields {
        text: "Write the clause".into(),
        owner_role_id: Some(roles[2].id),
        due_date: chrono::NaiveDate::from_ymd_opt(2026, 4, 1),
        theme_id: Some(theme.id),
    };
    let agreed = fixture.store.add_action(tenders.id, &action).unwrap();
    fixture
        .at(Utc.with_ymd_and_hms(2026, 3, 12, 10, 0, 0).unwrap())
        .set_action_status(agreed.id, ActionStatus::Dropped, "The tender was withdrawn.")
        .unwrap();

    let report = fixture.store.report(lab.id).unwrap();
    let by_challenge: Vec<_> = report.notes_by_challenge.iter().map(|t| (t.what.as_str(), t.count)).collect();
    assert_eq!(by_challenge, [("Tenders", 3), ("Oversight", 1)]);
    assert_eq!(report.notes_by_kind.iter().map(|t| t.count).sum::<u32>(), 4);
    assert!(report.ran);
    let welcome = &report.agenda[0];
    assert_eq!((welcome.planned_start.as_deref(), welcome.planned_end.as_deref()), (Some("13:30"), Some("13:40")));
    assert_eq!(welcome.actual_minutes, Some(14), "the welcome ran 14 minutes");
    assert!(welcome.actual_start.is_some() && report.agenda[1].actual_end.is_none(), "the breakout is still going");
    let actions = &report.challenges[0].actions;
    assert_eq!(actions[0].owner.as_deref(), Some(roles[2].name.as_str()));
    assert_eq!(actions[0].theme.as_deref(), Some("Skills"));
    assert_eq!(
        (actions[0].status, actions[0].status_on),
        (ActionStatus::Dropped, chrono::NaiveDate::from_ymd_opt(2026, 3, 12))
    );
    // Every format says what became of it: the lines come from one place.
    let markdown = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Md, Language::En).unwrap()).unwrap();
    assert!(markdown.contains("; Dropped, Thursday 12 March 2026: The tender was withdrawn."), "{markdown}");
    let welsh = String::from_utf8(fixture.store.export(lab.id, ExportFormat::Md, Language::Cy).unwrap()).unwrap();
    assert!(welsh.contains("Wedi'i ollwng, dydd Iau 12 Mawrth 2026"), "{welsh}");
}

#[test]
fn the_organisers_summary_and_sections_are_kept_and_checked() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    assert_eq!(fixture.store.report_setup(lab.id).unwrap(), ReportSetup::default());
    let setup = ReportSetup {
        summary: "  A good afternoon.  ".into(),
        sections: ReportSections { appendix: false, ..ReportSections::default() },
    };
    let saved = fixture.store.save_report_setup(lab.id, &setup).unwrap();
    assert_eq!(saved.summary, "A good afternoon.");
    assert!(!saved.sections.appendix && saved.sections.agenda);
    let reopened = designlab_core::Store::open(&fixture.db_path).unwrap();
    assert_eq!(reopened.report(lab.id).unwrap().setup, saved);

    let long = ReportSetup { summary: "s".repeat(5_001), ..ReportSetup::default() };
    let error = reopened.save_report_setup(lab.id, &long).unwrap_err();
    assert_eq!((error.code(), error.field()), (ErrorCode::TooLong, Some(Field::Summary)));
    assert_eq!(reopened.report_setup(lab.id).unwrap(), saved, "nothing of the refused setup kept");
}

fn new_confidential(challenge: &designlab_core::Challenge, role_id: designlab_core::RoleId) -> NewNote {
    NewNote {
        challenge_id: challenge.id,
        group_id: None,
        role_id,
        kind: NoteKind::Concern,
        stage: None,
        text: String::new(),
        confidential: true,
        goals: Vec::new(),
        language: None,
    }
}

#[test]
fn dots_are_reported_only_while_a_challenge_is_prioritised_by_dots() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    let note = fixture.note(&challenge, None, "Dotted");
    fixture.store.set_vote(challenge.id, None, VoteTarget::Note { id: note.id }, 3).unwrap();
    assert_eq!(fixture.store.report(lab.id).unwrap().challenges[0].notes[0].dots, 3);
    fixture.store.set_vote_method(challenge.id, designlab_core::voting::VoteMethod::Rating).unwrap();
    fixture.store.set_vote(challenge.id, None, VoteTarget::Note { id: note.id }, 4).unwrap();
    let report = fixture.store.report(lab.id).unwrap();
    assert_eq!(report.challenges[0].notes[0].dots, 0, "old dots are not shown beside ratings");
    assert_eq!(report.challenges[0].ranked[0].mean, Some(4.0));
}

/// A note's tags reach the report in the order they were written, each with its own note.
#[test]
fn each_note_carries_its_own_tags_in_order() {
    let fixture = Fixture::open();
    let lab = fixture.lab("Lab");
    let challenge = fixture.challenge(&lab, "Tenders", Stage::TenderAward);
    fixture.note(&challenge, None, "Who sees the #staffing rota and the #data behind it?");
    fixture.note(&challenge, None, "Nothing tagged here");
    fixture.note(&challenge, None, "#data first, then #ethics");
    let report = fixture.store.report(lab.id).unwrap();
    let tags: Vec<Vec<String>> = report.challenges[0].notes.iter().map(|n| n.tags.clone()).collect();
    let listed: Vec<Vec<String>> =
        fixture.store.list_notes(challenge.id).unwrap().into_iter().map(|n| n.tags).collect();
    assert_eq!(tags, [vec!["staffing", "data"], vec![], vec!["data", "ethics"]]);
    let mut sorted = listed.clone();
    sorted.sort();
    let mut reported = tags.clone();
    reported.sort();
    assert_eq!(reported, sorted, "the same tags as the notes list");
}
