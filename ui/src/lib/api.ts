// The one door to the core. Each function names a Tauri command; failures arrive as AppError
// with the core's error code, which the UI switches on.
import { FluentNumber } from '@fluent/bundle';
import { invoke } from '@tauri-apps/api/core';
import type {
  About,
  Action,
  ActionFields,
  ActionStatus,
  Agenda,
  ApiError,
  BackupFile,
  BreakoutGroup,
  BreakoutGroupFields,
  Challenge,
  ChallengeFields,
  CsvError,
  Device,
  ErrorCode,
  ExportFormat,
  ImportKind,
  ImportSummary,
  Field,
  Goal,
  GoalTarget,
  HubAddress,
  HubStatus,
  Note,
  NoteEdit,
  NoteFilter,
  NoteRevision,
  InvitationQuestion,
  Lab,
  LabFields,
  Language,
  ReportLanguages,
  NewNote,
  Participant,
  ParticipantFields,
  Recovery,
  ReportSetup,
  Restored,
  RunAction,
  RunState,
  SeriesLink,
  SaveDialog,
  Segment,
  SegmentFields,
  Stage,
  StageGuide,
  StakeholderRole,
  TemplateSource,
  TemplateSummary,
  Theme,
  ThemeFields,
  ThemeSuggestion,
  VoteMethod,
  VoteTarget,
  Voting,
} from './bindings';
import type { Command } from './commands';
import { translate, type Args } from './i18n.svelte';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode | 'unexpected',
    message: string,
    readonly field: Field | null = null,
    readonly location: string | null = null,
    readonly csv: CsvError | null = null,
    readonly path: string | null = null,
  ) {
    super(message);
  }

  /** A message for people, in `language`. */
  describe(language: Language): string {
    if (this.code === 'unexpected') return translate(language, 'error-unexpected', { detail: this.message });
    if (this.csv !== null) return describeCsv(language, this.csv);
    const args: Args = this.field ? { field: this.field } : {};
    // A problem inside a file: where, in the person's language (what the reader found is
    // in English, its own wording, and is shown apart: see `readerSaid`).
    if (this.location !== null) Object.assign(args, { location: placeInFile(language, this.location) });
    // The file or folder a person chose, as they named it.
    if (this.path !== null) Object.assign(args, { path: this.path });
    return translate(language, `error-${this.code}`, args);
  }

  /** What the file's reader said about a problem inside a file, in its own English words;
   * null for any other refusal. */
  readerSaid(): string | null {
    return this.location !== null && this.code !== 'unexpected' ? this.message : null;
  }
}

/** Where in a file, as the core names it (`exchange/files.rs`): "line 3, column 12" and
 * "byte 40" said in `language`; a path inside the file ("agenda[1].kind") as it is. */
export function placeInFile(language: Language, location: string): string {
  const number = (digits: string) => new FluentNumber(Number(digits), { useGrouping: false });
  const line = /^line (\d+), column (\d+)$/.exec(location);
  if (line?.[1] && line[2]) return translate(language, 'file-place-line', { line: number(line[1]), column: number(line[2]) });
  const byte = /^byte (\d+)$/.exec(location);
  if (byte?.[1]) return translate(language, 'file-place-byte', { byte: number(byte[1]) });
  return location;
}

/** A refused spreadsheet: the row and column, then what is wrong there, each in `language`. */
function describeCsv(language: Language, { row: rowNumber, heading, column, problem }: CsvError): string {
  // A row number is a label to find, so "Row 1234", not "Row 1,234".
  const row = new FluentNumber(rowNumber, { useGrouping: false });
  const where =
    heading !== null
      ? translate(language, 'csv-at-heading', { row, heading })
      : column !== null
        ? translate(language, 'csv-at-column', { row, column })
        : translate(language, 'csv-at-row', { row });
  const { kind, ...args } = problem;
  return translate(language, 'error-invalid_csv', {
    where,
    problem: translate(language, `csv-problem-${kind}`, args),
  });
}

function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** Turns whatever a failed command threw into an AppError. */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof AppError) return thrown;
  if (isApiError(thrown)) {
    return new AppError(
      thrown.code,
      thrown.message,
      thrown.field ?? null,
      thrown.location ?? null,
      thrown.csv ?? null,
      thrown.path ?? null,
    );
  }
  // Tauri's own failures (a malformed argument, say) arrive as strings.
  return new AppError('unexpected', thrown instanceof Error ? thrown.message : String(thrown));
}

async function call<T>(command: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toAppError(thrown);
  }
}

export const api = {
  listLabs: () => call<Lab[]>('list_labs'),
  getLab: (id: string) => call<Lab>('get_lab', { id }),
  invitationQuestion: (labId: string) => call<InvitationQuestion[]>('invitation_question', { labId }),
  newLabDefaults: (language: Language) => call<LabFields>('new_lab_defaults', { language }),
  createLab: (fields: LabFields, language: Language) => call<Lab>('create_lab', { fields, language }),
  updateLab: (id: string, fields: LabFields) => call<Lab>('update_lab', { id, fields }),
  duplicateLab: (id: string, title: string) => call<Lab>('duplicate_lab', { id, title }),
  startNextLab: (id: string, title: string) => call<SeriesLink>('start_next_lab', { id, title }),
  setLabFollows: (id: string, earlier: string | null) => call<SeriesLink>('set_lab_follows', { id, earlier }),
  deleteLab: (id: string) => call<void>('delete_lab', { id }),

  listChallenges: (labId: string) => call<Challenge[]>('list_challenges', { labId }),
  getChallenge: (id: string) => call<Challenge>('get_challenge', { id }),
  addChallenge: (labId: string, fields: ChallengeFields) => call<Challenge>('add_challenge', { labId, fields }),
  updateChallenge: (id: string, fields: ChallengeFields) => call<Challenge>('update_challenge', { id, fields }),
  removeChallenge: (id: string) => call<void>('remove_challenge', { id }),

  listRoles: (labId: string) => call<StakeholderRole[]>('list_roles', { labId }),
  addRole: (labId: string, name: string) => call<StakeholderRole>('add_role', { labId, name }),
  renameRole: (id: string, name: string) => call<StakeholderRole>('rename_role', { id, name }),
  moveRole: (id: string, index: number) => call<StakeholderRole[]>('move_role', { id, index }),
  setRoleRetired: (id: string, retired: boolean) => call<StakeholderRole>('set_role_retired', { id, retired }),
  removeRole: (id: string) => call<void>('remove_role', { id }),

  listNotes: (challengeId: string) => call<Note[]>('list_notes', { challengeId }),
  createNote: (note: NewNote) => call<Note>('create_note', { note }),
  updateNote: (id: string, edit: NoteEdit) => call<Note>('update_note', { id, edit }),
  deleteNote: (id: string) => call<void>('delete_note', { id }),
  restoreNote: (id: string) => call<Note>('restore_note', { id }),
  noteHistory: (id: string) => call<NoteRevision[]>('note_history', { id }),
  searchNotes: (labId: string, filter: NoteFilter) => call<Note[]>('search_notes', { labId, filter }),
  labTags: (labId: string) => call<string[]>('lab_tags', { labId }),
  draft: (challengeId: string, groupId: string | null) => call<string>('draft', { challengeId, groupId }),
  saveDraft: (challengeId: string, groupId: string | null, text: string) =>
    call<void>('save_draft', { challengeId, groupId, text }),

  listThemes: (challengeId: string) => call<Theme[]>('list_themes', { challengeId }),
  addTheme: (challengeId: string, fields: ThemeFields) => call<Theme>('add_theme', { challengeId, fields }),
  updateTheme: (id: string, fields: ThemeFields) => call<Theme>('update_theme', { id, fields }),
  removeTheme: (id: string) => call<void>('remove_theme', { id }),
  setNoteTheme: (noteId: string, themeId: string | null) =>
    call<Theme[]>('set_note_theme', { noteId, themeId }),
  suggestThemes: (challengeId: string) => call<ThemeSuggestion[]>('suggest_themes', { challengeId }),
  acceptThemeSuggestion: (challengeId: string, fields: ThemeFields, noteIds: string[]) =>
    call<Theme[]>('accept_theme_suggestion', { challengeId, fields, noteIds }),
  voting: (challengeId: string) => call<Voting>('voting', { challengeId }),
  setVoteMethod: (challengeId: string, method: VoteMethod) =>
    call<Voting>('set_vote_method', { challengeId, method }),
  setVoteBudget: (challengeId: string, groupId: string | null, dots: number) =>
    call<Voting>('set_vote_budget', { challengeId, groupId, dots }),
  setVote: (challengeId: string, groupId: string | null, target: VoteTarget, value: number) =>
    call<Voting>('set_vote', { challengeId, groupId, target, value }),
  listActions: (challengeId: string) => call<Action[]>('list_actions', { challengeId }),
  addAction: (challengeId: string, fields: ActionFields) => call<Action>('add_action', { challengeId, fields }),
  updateAction: (id: string, fields: ActionFields) => call<Action>('update_action', { id, fields }),
  setActionStatus: (id: string, status: ActionStatus, note: string) =>
    call<Action>('set_action_status', { id, status, note }),
  removeAction: (id: string) => call<void>('remove_action', { id }),
  setGoals: (target: GoalTarget, goals: Goal[]) => call<Goal[]>('set_goals', { target, goals }),

  reportSetup: (labId: string) => call<ReportSetup>('report_setup', { labId }),
  reportPreview: (labId: string, languages: ReportLanguages) => call<string>('report_preview', { labId, languages }),
  saveReportSetup: (labId: string, setup: ReportSetup) => call<ReportSetup>('save_report_setup', { labId, setup }),
  exportLab: (labId: string, format: ExportFormat, languages: ReportLanguages, dialog: SaveDialog) =>
    call<string | null>('export_lab', { labId, format, languages, dialog }),
  /** Asks for a file with the system's dialog and imports it; `null` when cancelled. */
  importFile: (kind: ImportKind, labId: string | null, dialog: SaveDialog) =>
    call<ImportSummary | null>('import_file', { kind, labId, dialog }),

  agenda: (labId: string) => call<Agenda>('agenda', { labId }),
  addSegment: (labId: string, fields: SegmentFields) => call<Segment>('add_segment', { labId, fields }),
  updateSegment: (id: string, fields: SegmentFields) => call<Segment>('update_segment', { id, fields }),
  removeSegment: (id: string) => call<void>('remove_segment', { id }),
  moveSegment: (id: string, index: number) => call<Agenda>('move_segment', { id, index }),
  undoAgenda: (labId: string) => call<Agenda>('undo_agenda', { labId }),
  redoAgenda: (labId: string) => call<Agenda>('redo_agenda', { labId }),

  listGroups: (labId: string) => call<BreakoutGroup[]>('list_groups', { labId }),
  addGroup: (labId: string, fields: BreakoutGroupFields) => call<BreakoutGroup>('add_group', { labId, fields }),
  updateGroup: (id: string, fields: BreakoutGroupFields) => call<BreakoutGroup>('update_group', { id, fields }),
  removeGroup: (id: string) => call<void>('remove_group', { id }),

  listParticipants: (labId: string) => call<Participant[]>('list_participants', { labId }),
  addParticipant: (labId: string, fields: ParticipantFields) =>
    call<Participant>('add_participant', { labId, fields }),
  updateParticipant: (id: string, fields: ParticipantFields) =>
    call<Participant>('update_participant', { id, fields }),
  removeParticipant: (id: string) => call<void>('remove_participant', { id }),

  listTemplates: (language: Language) => call<TemplateSummary[]>('list_templates', { language }),
  saveLabAsTemplate: (labId: string, name: string, language: Language) =>
    call<TemplateSummary>('save_lab_as_template', { labId, name, language }),
  createLabFromTemplate: (source: TemplateSource, title: string, language: Language) =>
    call<Lab>('create_lab_from_template', { source, title, language }),
  importTemplateBytes: (bytes: Uint8Array) =>
    call<TemplateSummary>('import_template_bytes', { bytes: Array.from(bytes) }),
  exportTemplate: (source: TemplateSource, language: Language, dialog: SaveDialog) =>
    call<string | null>('export_template', { source, language, dialog }),
  deleteTemplate: (id: string) => call<void>('delete_template', { id }),
  stageGuide: (language: Language, stage: Stage) => call<StageGuide | null>('stage_guide', { language, stage }),
  firstRunSample: (language: Language) => call<Lab | null>('first_run_sample', { language }),

  runState: (labId: string) => call<RunState | null>('run_state', { labId }),
  runAction: (labId: string, action: RunAction) => call<RunState>('run_action', { labId, action }),
  soundSignal: () => call<boolean>('sound_signal'),
  setSoundSignal: (on: boolean) => call<void>('set_sound_signal', { on }),
  openProjector: (labId: string, title: string) => call<void>('open_projector', { labId, title }),
  hideProjector: () => call<void>('hide_projector'),
  projectorVisible: () => call<boolean>('projector_visible'),
  projectorLab: () => call<string | null>('projector_lab'),
  toggleFullscreen: () => call<void>('toggle_fullscreen'),

  /** The machine's network addresses to capture from devices on, the likeliest first. */
  hubAddresses: () => call<HubAddress[]>('hub_addresses'),
  /** Starts capture from devices for `labId` on `address`; `port` null for the default. */
  hubOpen: (labId: string, address: string, port: number | null) =>
    call<HubStatus>('hub_open', { labId, address, port }),
  hubClose: () => call<void>('hub_close'),
  hubStatus: () => call<HubStatus | null>('hub_status'),
  listDevices: (labId: string) => call<Device[]>('list_devices', { labId }),
  revokeDevice: (deviceId: string) => call<void>('revoke_device', { deviceId }),
  /** Shows or hides the code to join on the projector window. */
  projectorShowJoin: (show: boolean) => call<void>('projector_show_join', { show }),
  /** What the projector shows of the code to join, for a projector window that just opened. */
  projectorJoin: () => call<HubStatus | null>('projector_join'),

  getLanguage: () => call<Language | null>('get_language'),
  setLanguage: (language: Language) => call<void>('set_language', { language }),
  /** Tells the shell the first screen is drawn, for the start-up time in the log. */
  firstScreenShown: () => call<void>('first_screen_shown'),

  /** This version, its licence, and where the database and its backups are. */
  about: () => call<About>('about'),
  /** The kept backups, newest first. */
  listBackups: () => call<BackupFile[]>('list_backups'),
  /** Restores the backup `name` into the open database, keeping what it held first. */
  restoreBackup: (name: string) => call<Restored>('restore_backup', { name }),
  /** When the database would not open: what a backup can mend, and the backup to use. */
  recovery: () => call<Recovery | null>('recovery'),
  /** Sets the damaged database aside and opens the backup `name` in its place. */
  recover: (name: string) => call<Restored>('recover', { name }),
  openDataFolder: () => call<void>('open_data_folder'),
};
