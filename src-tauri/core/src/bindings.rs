//! The TypeScript declarations of every type that crosses IPC, generated from these Rust
//! types. The UI imports them from `ui/src/lib/bindings.ts`, which is committed; the test
//! `tests/bindings.rs` fails when that file differs from what this produces.

use strum::VariantArray;
use ts_rs::{Config, TS};

use crate::*;

/// The whole bindings file.
pub fn typescript() -> String {
    let config = Config::new();
    let declarations = [
        ApiError::decl(&config),
        LabId::decl(&config),
        ChallengeId::decl(&config),
        RoleId::decl(&config),
        GroupId::decl(&config),
        ParticipantId::decl(&config),
        SegmentId::decl(&config),
        NoteId::decl(&config),
        ThemeId::decl(&config),
        ActionId::decl(&config),
        TemplateId::decl(&config),
        DeviceId::decl(&config),
        ErrorCode::decl(&config),
        Field::decl(&config),
        CsvError::decl(&config),
        CsvProblem::decl(&config),
        CsvName::decl(&config),
        Lab::decl(&config),
        LabFields::decl(&config),
        SeriesLink::decl(&config),
        Category::decl(&config),
        Stage::decl(&config),
        NoteKind::decl(&config),
        Challenge::decl(&config),
        ChallengeFields::decl(&config),
        StakeholderRole::decl(&config),
        Note::decl(&config),
        NewNote::decl(&config),
        NoteEdit::decl(&config),
        Language::decl(&config),
        SegmentKind::decl(&config),
        Segment::decl(&config),
        SegmentFields::decl(&config),
        Agenda::decl(&config),
        agenda::timing::AgendaTiming::decl(&config),
        agenda::timing::Slot::decl(&config),
        RoleCount::decl(&config),
        BreakoutGroup::decl(&config),
        BreakoutGroupFields::decl(&config),
        Participant::decl(&config),
        ParticipantFields::decl(&config),
        PublicParticipant::decl(&config),
        templates::TemplateSource::decl(&config),
        templates::TemplateSummary::decl(&config),
        templates::file::StageGuide::decl(&config),
        SaveDialog::decl(&config),
        run::RunStatus::decl(&config),
        run::RunAction::decl(&config),
        run::RunPhase::decl(&config),
        run::RunSlot::decl(&config),
        run::RunState::decl(&config),
        search::NoteFilter::decl(&config),
        RevisionChange::decl(&config),
        NoteRevision::decl(&config),
        themes::Theme::decl(&config),
        themes::ThemeFields::decl(&config),
        crate::ThemeSuggestion::decl(&config),
        crate::SharedWord::decl(&config),
        voting::VoteMethod::decl(&config),
        voting::VoteTarget::decl(&config),
        voting::Voter::decl(&config),
        voting::Vote::decl(&config),
        voting::VoteResult::decl(&config),
        voting::Voting::decl(&config),
        archive::ImportSummary::decl(&config),
        import::ImportKind::decl(&config),
        actions::Action::decl(&config),
        actions::ActionFields::decl(&config),
        actions::ActionStatus::decl(&config),
        Goal::decl(&config),
        GoalFamily::decl(&config),
        GoalTarget::decl(&config),
        export::ExportFormat::decl(&config),
        export::ReportLanguages::decl(&config),
        plan::invitation::InvitationQuestion::decl(&config),
        report::ReportSections::decl(&config),
        report::ReportSetup::decl(&config),
        Device::decl(&config),
        DeviceSettings::decl(&config),
        DeviceNote::decl(&config),
        LabView::decl(&config),
        LabSummary::decl(&config),
        SegmentNow::decl(&config),
        devices::JoinRequest::decl(&config),
        devices::JoinAnswer::decl(&config),
        devices::HubAddress::decl(&config),
        devices::QrCode::decl(&config),
        devices::HubStatus::decl(&config),
        restore::BackupFile::decl(&config),
        restore::SoundBackup::decl(&config),
        restore::Restored::decl(&config),
        restore::Recovery::decl(&config),
        restore::About::decl(&config),
        NotesChanged::decl(&config),
        DevicesChanged::decl(&config),
    ];
    let mut out =
        String::from("// Generated from the Rust types in src-tauri/core by `scripts/bindings`. Do not edit.\n\n");
    for declaration in declarations {
        out.push_str("export ");
        out.push_str(&declaration);
        out.push_str("\n\n");
    }
    let keys = |keys: Vec<&str>| keys.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(", ");
    out.push_str(&format!(
        "/** The procurement stages, in the toolkit's order. */\n\
         export const STAGES: readonly Stage[] = [{}];\n\n\
         /** The kinds of note, in the order the capture screen offers them. */\n\
         export const KINDS: readonly NoteKind[] = [{}];\n\n\
         /** The kinds of agenda segment. */\n\
         export const SEGMENT_KINDS: readonly SegmentKind[] = [{}];\n\n\
         /** The well-being goals, ways of working and procurement duties, in the Acts' order. */\n\
         export const GOALS: readonly {{ goal: Goal; family: GoalFamily }}[] = [{}];\n\n",
        keys(Stage::VARIANTS.iter().map(|s| s.key()).collect()),
        keys(NoteKind::VARIANTS.iter().map(|k| k.key()).collect()),
        keys(SegmentKind::VARIANTS.iter().map(|k| k.key()).collect()),
        Goal::VARIANTS
            .iter()
            .map(|g| format!("{{ goal: '{}', family: '{}' }}", g.key(), g.family().key()))
            .collect::<Vec<_>>()
            .join(", "),
    ));
    out.push_str(&format!(
        "/** Character limits the core enforces, for counters in the UI. */\n\
         export const LIMITS = {{ title: {}, line: {}, text: {}, segmentMinutes: {}, groupRole: {}, templateFile: {}, themeSummary: {}, action: {}, budget: {}, rating: {}, reportSummary: {} }} as const;\n",
        limits::TITLE_MAX,
        limits::LINE_MAX,
        limits::TEXT_MAX,
        agenda::SEGMENT_MINUTES_MAX,
        groups::GROUP_ROLE_MAX,
        templates::file::TEMPLATE_FILE_MAX,
        themes::THEME_SUMMARY_MAX,
        actions::ACTION_MAX,
        voting::BUDGET_MAX,
        voting::RATING_MAX,
        report::REPORT_SUMMARY_MAX,
    ));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
