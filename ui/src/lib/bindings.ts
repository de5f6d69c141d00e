// Generated from the Rust types in src-tauri/core by `scripts/bindings`. Do not edit.

export type ApiError = { code: ErrorCode, message: string, field: Field | null, 
/**
 * Where in an imported file the problem is, such as `agenda[2].minutes`.
 */
location: string | null, 
/**
 * What is wrong in a spreadsheet of notes, for the UI to word in either language.
 */
csv: CsvError | null, 
/**
 * The file or folder the error is about, as the person named it.
 */
path: string | null, };

export type LabId = string;

export type ChallengeId = string;

export type RoleId = string;

export type GroupId = string;

export type ParticipantId = string;

export type SegmentId = string;

export type NoteId = string;

export type ThemeId = string;

export type ActionId = string;

export type TemplateId = string;

export type DeviceId = string;

export type ErrorCode = "empty" | "too_long" | "not_found" | "role_not_in_lab" | "role_in_use" | "role_has_participants" | "challenge_not_in_lab" | "group_not_in_lab" | "theme_not_in_challenge" | "series_loop" | "over_budget" | "budget_below_given" | "ambiguous_lab" | "out_of_range" | "unknown_stage" | "invalid_time" | "schema_too_new" | "database_corrupt" | "disk_full" | "busy" | "storage" | "io" | "backup_failed" | "invalid_file" | "invalid_csv" | "not_a_template" | "template_too_new" | "not_an_archive" | "archive_too_new" | "file_too_large" | "agenda_empty" | "run_not_started" | "window" | "unauthorized" | "wrong_code" | "revoked" | "not_yours" | "locked_out" | "too_large" | "bad_host" | "bad_request" | "address_in_use" | "hub" | "not_a_file" | "no_such_folder" | "would_overwrite_database" | "read_only";

export type Field = "title" | "venue" | "description" | "text" | "name" | "notes" | "minutes" | "address" | "organisers" | "author" | "partner_projects" | "topics" | "ground_rules" | "prompts" | "stages" | "location" | "note_taker" | "organisation" | "participants" | "summary" | "budget" | "rating";

export type CsvError = { row: number, 
/**
 * The column's heading as the file spells it.
 */
heading: string | null, 
/**
 * The column's letter as a spreadsheet shows it (`D`), when there is no heading to name it.
 */
column: string | null, problem: CsvProblem, };

export type CsvProblem = { "kind": "not_utf8" } | { "kind": "unreadable", detail: string, } | { "kind": "heading_twice", heading: string, first: string, } | { "kind": "unknown_heading", heading: string, } | { "kind": "no_text_column" } | { "kind": "no_role_column" } | { "kind": "no_challenge_column" } | { "kind": "no_challenges" } | { "kind": "too_many_cells", cells: number, headings: number, } | { "kind": "missing", what: CsvName, } | { "kind": "no_such", what: CsvName, name: string, } | { "kind": "several_called", what: CsvName, name: string, } | { "kind": "role_retired", name: string, } | { "kind": "not_a_kind", name: string, } | { "kind": "not_a_stage", name: string, } | { "kind": "not_a_goal", name: string, } | { "kind": "text_empty" } | { "kind": "text_too_long", length: number, max: number, };

export type CsvName = "challenge" | "role" | "group";

export type Lab = { id: LabId, 
/**
 * The earlier lab this one follows in a series, when that lab is in this database.
 */
follows: LabId | null, created_at: string, updated_at: string, title: string, date: string | null, 
/**
 * Local clock time at the venue, `HH:MM`.
 */
start_time: string | null, end_time: string | null, venue: string, address: string, organisers: string, author: string, partner_projects: Array<string>, topics: Array<string>, category: Category | null, description: string, ground_rules: string, 
/**
 * The languages the room used, or will, each once: for the report's details.
 */
languages: Array<Language>, };

export type LabFields = { title: string, date: string | null, 
/**
 * Local clock time at the venue, `HH:MM`.
 */
start_time: string | null, end_time: string | null, venue: string, address: string, organisers: string, author: string, partner_projects: Array<string>, topics: Array<string>, category: Category | null, description: string, ground_rules: string, 
/**
 * The languages the room used, or will, each once: for the report's details.
 */
languages: Array<Language>, };

export type SeriesLink = { lab: Lab, carried: number, left_behind: Array<string>, };

export type Category = "organising" | "speaking" | "attending";

export type Stage = "planning" | "tender_award" | "development_customisation" | "deployment_contract_management" | "oversight";

export type NoteKind = "concern" | "idea" | "question" | "evidence" | "action";

export type Challenge = { id: ChallengeId, lab_id: LabId, title: string, description: string, 
/**
 * The procurement stages it concerns, never empty; the first is its main stage, which
 * a note takes unless the note-taker picks another.
 */
stages: Array<Stage>, 
/**
 * Questions that guide the discussion, in order.
 */
prompts: Array<string>, created_at: string, updated_at: string, };

export type ChallengeFields = { title: string, description: string, 
/**
 * At least one; duplicates are dropped, the order is kept.
 */
stages: Array<Stage>, prompts: Array<string>, };

export type StakeholderRole = { id: RoleId, lab_id: LabId, name: string, 
/**
 * No longer offered for new notes; kept on the notes it was given.
 */
retired: boolean, 
/**
 * How many notes are attributed to this role.
 */
note_count: number, 
/**
 * How many people on the lab's participant list have this role.
 */
participant_count: number, };

export type Note = { id: NoteId, lab_id: LabId, challenge_id: ChallengeId, role_id: RoleId, 
/**
 * The breakout group it was taken in; none when taken for the whole room.
 */
group_id: GroupId | null, stage: Stage, kind: NoteKind, text: string, 
/**
 * The `#tags` in its text, lower-cased, in order.
 */
tags: Array<string>, 
/**
 * Kept out of every export.
 */
confidential: boolean, 
/**
 * What it speaks to among the well-being goals, ways of working and procurement duties.
 */
goals: Array<Goal>, 
/**
 * The language it was said in, as the note-taker said or its words showed; none when
 * neither told.
 */
language: Language | null, created_at: string, updated_at: string, };

export type NewNote = { challenge_id: ChallengeId, group_id: GroupId | null, role_id: RoleId, kind: NoteKind, stage: Stage | null, text: string, confidential: boolean, 
/**
 * Tagged as it is taken; a device's outbox written before goals existed has none.
 */
goals: Array<Goal>, 
/**
 * The language it was said in; without one, the core guesses from its words.
 */
language: Language | null, };

export type NoteEdit = { role_id: RoleId, kind: NoteKind, stage: Stage, text: string, confidential: boolean, };

export type Language = "en" | "cy";

export type SegmentKind = "welcome" | "talk" | "breakout" | "plenary" | "break" | "voting" | "close";

export type Segment = { id: SegmentId, lab_id: LabId, kind: SegmentKind, title: string, 
/**
 * Planned length; zero for a marker such as "doors open".
 */
minutes: number, 
/**
 * The facilitator's prompt or notes.
 */
notes: string, 
/**
 * The challenges this segment works on, in the lab's order.
 */
challenge_ids: Array<ChallengeId>, };

export type SegmentFields = { kind: SegmentKind, title: string, minutes: number, notes: string, challenge_ids: Array<ChallengeId>, };

export type Agenda = { segments: Array<Segment>, timing: AgendaTiming, 
/**
 * Whether an edit can be undone, and an undo redone.
 */
can_undo: boolean, can_redo: boolean, };

export type AgendaTiming = { 
/**
 * One slot per segment, in agenda order; empty when the lab has no start time.
 */
slots: Array<Slot>, total_minutes: number, 
/**
 * Minutes between the lab's start and end, when both are set.
 */
available_minutes: number | null, 
/**
 * How far the agenda runs past the lab's end (positive) or finishes early (negative).
 */
overrun_minutes: bigint | null, };

export type Slot = { 
/**
 * `HH:MM`
 */
starts: string, 
/**
 * `HH:MM`
 */
ends: string, 
/**
 * 0 on the lab's first day, 1 after one midnight, and so on.
 */
day: number, };

export type RoleCount = { role_id: RoleId, participants: number, };

export type BreakoutGroup = { id: GroupId, lab_id: LabId, name: string, 
/**
 * A table or a room.
 */
location: string, challenge_id: ChallengeId | null, 
/**
 * The note-taker's first name, if the facilitator wants it on the plan.
 */
note_taker: string, 
/**
 * In the lab's role order; roles with nobody are left out.
 */
role_counts: Array<RoleCount>, };

export type BreakoutGroupFields = { name: string, location: string, challenge_id: ChallengeId | null, note_taker: string, role_counts: Array<RoleCount>, };

export type Participant = { id: ParticipantId, lab_id: LabId, name: string, organisation: string, role_id: RoleId, consent_to_be_named: boolean, };

export type ParticipantFields = { name: string, organisation: string, role_id: RoleId, consent_to_be_named: boolean, };

export type PublicParticipant = { role: string, name: string | null, organisation: string | null, };

export type TemplateSource = { "kind": "builtin" } | { "kind": "saved", id: TemplateId, };

export type TemplateSummary = { source: TemplateSource, name: string, description: string, 
/**
 * Whose work the template draws on.
 */
credit: string, language: Language, challenges: number, segments: number, 
/**
 * The agenda's planned length.
 */
minutes: number, };

export type StageGuide = { stage: Stage, focus: string, approaches: Array<string>, prompts: Array<string>, };

export type SaveDialog = { title: string, 
/**
 * The name the dialog suggests.
 */
file_name: string, 
/**
 * How the dialog names the kind of file, such as "Design Lab template".
 */
filter_name: string, };

export type RunStatus = "running" | "paused" | "finished";

export type RunAction = { "kind": "start" } | { "kind": "restart" } | { "kind": "pause" } | { "kind": "resume" } | { "kind": "extend", minutes: number, } | { "kind": "next" } | { "kind": "previous" };

export type RunPhase = "done" | "current" | "upcoming";

export type RunSlot = { segment_id: SegmentId, phase: RunPhase, starts: string, ends: string, 
/**
 * How long it actually ran, for a segment that is done.
 */
actual_minutes: number | null, };

export type RunState = { lab_id: LabId, status: RunStatus, 
/**
 * The current segment's place in the agenda (the last one once the lab is finished).
 */
current: number | null, 
/**
 * The current segment's planned length with its extensions, in seconds.
 */
allowed_seconds: number, 
/**
 * Seconds it has left; negative once it overruns.
 */
remaining_seconds: number, 
/**
 * When this state was worked out, so a view can count down from it.
 */
at: string, slots: Array<RunSlot>, 
/**
 * When the lab will end at this rate, `HH:MM`.
 */
projected_end: string | null, 
/**
 * How far past the lab's planned end that is, in minutes (negative: early).
 */
overrun_minutes: number | null, };

export type NoteFilter = { text: string, challenge_id: ChallengeId | null, group_id: GroupId | null, role_id: RoleId | null, kind: NoteKind | null, stage: Stage | null, tag: string | null, };

export type RevisionChange = "created" | "edited" | "deleted" | "restored";

export type NoteRevision = { change: RevisionChange, role_id: RoleId, kind: NoteKind, stage: Stage, text: string, confidential: boolean, at: string, };

export type Theme = { id: ThemeId, lab_id: LabId, challenge_id: ChallengeId, title: string, summary: string, 
/**
 * The notes in this theme, in the order they were put there (deleted notes left out).
 */
note_ids: Array<NoteId>, 
/**
 * What it speaks to among the well-being goals, ways of working and procurement duties.
 */
goals: Array<Goal>, };

export type ThemeFields = { title: string, summary: string, };

export type ThemeSuggestion = { 
/**
 * A name made of its most telling shared words, for a person to keep or change.
 */
title: string, 
/**
 * Why these notes: the words two or more of them use, most telling first.
 */
words: Array<SharedWord>, note_ids: Array<NoteId>, };

export type SharedWord = { 
/**
 * The word as the notes write it most often.
 */
word: string, 
/**
 * How many of the suggestion's notes use it, in any of its forms.
 */
notes: number, };

export type VoteMethod = "dots" | "rating";

export type VoteTarget = { "kind": "theme", id: ThemeId, } | { "kind": "note", id: NoteId, };

export type Voter = { group_id: GroupId | null, 
/**
 * Dots this voter may give.
 */
budget: number, 
/**
 * Dots given so far, or with ratings, how many things were rated.
 */
used: number, };

export type Vote = { group_id: GroupId | null, target: VoteTarget, 
/**
 * Dots given, or the rating (1 to 5).
 */
value: number, };

export type VoteResult = { target: VoteTarget, rank: number, 
/**
 * Dots in all, or the sum of the ratings.
 */
total: number, 
/**
 * How many voters gave it dots or a rating.
 */
voters: number, 
/**
 * With ratings, the mean rating.
 */
mean: number | null, };

export type Voting = { challenge_id: ChallengeId, method: VoteMethod, voters: Array<Voter>, votes: Array<Vote>, results: Array<VoteResult>, };

export type ImportSummary = { lab_id: LabId, title: string, 
/**
 * Rows (of any kind) new to this database.
 */
added: number, 
/**
 * Rows replaced by a newer edit.
 */
updated: number, 
/**
 * Rows that were already here as they are.
 */
unchanged: number, 
/**
 * Of the rows added, how many are notes.
 */
notes_added: number, };

export type ImportKind = "archive" | "notes_csv";

export type Action = { id: ActionId, lab_id: LabId, challenge_id: ChallengeId, text: string, owner_role_id: RoleId | null, due_date: string | null, theme_id: ThemeId | null, status: ActionStatus, 
/**
 * What became of it, in a sentence or two.
 */
status_note: string, 
/**
 * The day, on the venue's calendar, the status was last set; none while it never was.
 */
status_on: string | null, 
/**
 * For an action brought forward from the earlier lab in a series, the action it continues
 * there: "agreed last time".
 */
carried_from: ActionId | null, 
/**
 * What it speaks to among the well-being goals, ways of working and procurement duties.
 */
goals: Array<Goal>, };

export type ActionFields = { text: string, owner_role_id: RoleId | null, due_date: string | null, theme_id: ThemeId | null, };

export type ActionStatus = "open" | "done" | "dropped";

export type Goal = "prosperous" | "resilient" | "healthier" | "more_equal" | "cohesive_communities" | "vibrant_culture" | "globally_responsible" | "long_term" | "integration" | "involvement" | "collaboration" | "prevention" | "social_partnership" | "fair_work" | "socially_responsible_procurement";

export type GoalFamily = "wellbeing_goal" | "way_of_working" | "procurement_duty";

export type GoalTarget = { "kind": "note", "id": NoteId } | { "kind": "theme", "id": ThemeId } | { "kind": "action", "id": ActionId };

export type ExportFormat = "pdf" | "md" | "csv" | "html" | "docx" | "qdpx" | "json";

export type ReportLanguages = { first: Language, 
/**
 * The other language, for a bilingual report.
 */
second: Language | null, 
/**
 * Bilingual: the languages in two columns, section beside section (PDF, Word, web page);
 * otherwise one after the other, as Markdown always is.
 */
side_by_side: boolean, };

export type InvitationQuestion = { language: Language, text: string, };

export type ReportSections = { numbers: boolean, agenda: boolean, challenges: boolean, 
/**
 * The actions brought forward from the earlier lab in a series, and what became of them.
 */
carried: boolean, 
/**
 * How the lab speaks to the well-being goals, ways of working and procurement duties.
 */
goals: boolean, appendix: boolean, };

export type ReportSetup = { summary: string, sections: ReportSections, };

export type Device = { id: DeviceId, lab_id: LabId, name: string, group_id: GroupId | null, language: Language, 
/**
 * Notes it has sent that are not deleted.
 */
note_count: number, joined_at: string, last_seen_at: string, revoked: boolean, };

export type DeviceSettings = { name: string, group_id: GroupId | null, language: Language, };

export type DeviceNote = { mine: boolean, id: NoteId, lab_id: LabId, challenge_id: ChallengeId, role_id: RoleId, 
/**
 * The breakout group it was taken in; none when taken for the whole room.
 */
group_id: GroupId | null, stage: Stage, kind: NoteKind, text: string, 
/**
 * The `#tags` in its text, lower-cased, in order.
 */
tags: Array<string>, 
/**
 * Kept out of every export.
 */
confidential: boolean, 
/**
 * What it speaks to among the well-being goals, ways of working and procurement duties.
 */
goals: Array<Goal>, 
/**
 * The language it was said in, as the note-taker said or its words showed; none when
 * neither told.
 */
language: Language | null, created_at: string, updated_at: string, };

export type LabView = { lab: LabSummary, groups: Array<BreakoutGroup>, roles: Array<StakeholderRole>, challenges: Array<Challenge>, device: Device, segment: SegmentNow | null, };

export type LabSummary = { id: LabId, title: string, };

export type SegmentNow = { title: string, kind: SegmentKind, ends_at: string | null, };

export type JoinRequest = { secret: string | null, pin: string | null, name: string, language: Language, };

export type JoinAnswer = { token: string, device: Device, };

export type HubAddress = { interface: string, address: string, };

export type QrCode = { size: number, modules: Array<boolean>, };

export type HubStatus = { lab_id: LabId, address: string, port: number, 
/**
 * The link the QR code carries, with the joining secret after `#`.
 */
url: string, 
/**
 * The address to type, without the secret: `http://192.168.1.20:7878`.
 */
short_url: string, pin: string, qr: QrCode, };

export type BackupFile = { 
/**
 * The file's name, which is how a person's choice names it.
 */
name: string, 
/**
 * When it was taken: UTC, RFC 3339.
 */
taken_at: string, 
/**
 * Its size; a JavaScript number holds any file's exactly.
 */
bytes: number, };

export type SoundBackup = { backup: BackupFile, labs: number, notes: number, };

export type Restored = { restored: SoundBackup, 
/**
 * The backup of the state before, or the damaged file set aside.
 */
kept: string, };

export type Recovery = { problem: ApiError, 
/**
 * The damaged database, in full, as the About panel names it.
 */
database: string, backup: SoundBackup | null, };

export type About = { version: string, licence: string, database: string, backups: string, 
/**
 * How many backups are kept before the oldest is deleted.
 */
backups_kept: number, read_only: boolean, };

export type NotesChanged = { lab_id: LabId, challenge_id: ChallengeId, };

export type DevicesChanged = { lab_id: LabId, };

/** The procurement stages, in the toolkit's order. */
export const STAGES: readonly Stage[] = ['planning', 'tender_award', 'development_customisation', 'deployment_contract_management', 'oversight'];

/** The kinds of note, in the order the capture screen offers them. */
export const KINDS: readonly NoteKind[] = ['concern', 'idea', 'question', 'evidence', 'action'];

/** The kinds of agenda segment. */
export const SEGMENT_KINDS: readonly SegmentKind[] = ['welcome', 'talk', 'breakout', 'plenary', 'break', 'voting', 'close'];

/** The well-being goals, ways of working and procurement duties, in the Acts' order. */
export const GOALS: readonly { goal: Goal; family: GoalFamily }[] = [{ goal: 'prosperous', family: 'wellbeing_goal' }, { goal: 'resilient', family: 'wellbeing_goal' }, { goal: 'healthier', family: 'wellbeing_goal' }, { goal: 'more_equal', family: 'wellbeing_goal' }, { goal: 'cohesive_communities', family: 'wellbeing_goal' }, { goal: 'vibrant_culture', family: 'wellbeing_goal' }, { goal: 'globally_responsible', family: 'wellbeing_goal' }, { goal: 'long_term', family: 'way_of_working' }, { goal: 'integration', family: 'way_of_working' }, { goal: 'involvement', family: 'way_of_working' }, { goal: 'collaboration', family: 'way_of_working' }, { goal: 'prevention', family: 'way_of_working' }, { goal: 'social_partnership', family: 'procurement_duty' }, { goal: 'fair_work', family: 'procurement_duty' }, { goal: 'socially_responsible_procurement', family: 'procurement_duty' }];

/** Character limits the core enforces, for counters in the UI. */
export const LIMITS = { title: 200, line: 500, text: 10000, segmentMinutes: 1440, groupRole: 1000, templateFile: 2000000, themeSummary: 2000, action: 2000, budget: 1000, rating: 5, reportSummary: 5000 } as const;
