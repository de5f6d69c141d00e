// Where the capture screen's notes and drafts go. The same screen parts (NoteComposer,
// CapturedNote, CapturedNotes) run in the app, against the core over Tauri's IPC, and on a
// note-taker's phone, against the device hub over HTTP (hub-backend.ts). They speak only to this
// interface, so the two are one capture screen with two doors, not two copies of it.
import { api } from './api';
import type { Goal, Note, NoteEdit, NewNote, NoteRevision } from './bindings';

/** Which notes a capture screen lists: a challenge's, and only one group's when it has one. */
export interface NoteScope {
  labId: string;
  challengeId: string;
  groupId: string | null;
}

export interface CaptureBackend<N extends Note = Note> {
  /** The notes of `scope`, newest first. */
  listNotes(scope: NoteScope): Promise<N[]>;
  /** Resolves once the note is kept: committed by the core, or put in the device's outbox. */
  createNote(note: NewNote): Promise<N>;
  updateNote(id: string, edit: NoteEdit): Promise<N>;
  deleteNote(id: string): Promise<void>;
  /** Brings a deleted note back. Absent where a deletion cannot be taken back (on a device). */
  restoreNote?: (id: string) => Promise<N>;
  /** Tags a listed note with goals, in one change. Absent where notes are tagged only as they
   * are taken (on a device). */
  setNoteGoals?: (id: string, goals: Goal[]) => Promise<Goal[]>;
  /** A note's earlier versions. Absent where they are not shown (on a device). */
  noteHistory?: (id: string) => Promise<NoteRevision[]>;
  /** What was left typed in the box for this challenge and group. */
  draft(challengeId: string, groupId: string | null): Promise<string>;
  saveDraft(challengeId: string, groupId: string | null, text: string): Promise<void>;
}

/** The app's own: every change goes straight to the core, which commits it before answering. */
export const ipcBackend: CaptureBackend = {
  listNotes: ({ labId, challengeId, groupId }) =>
    groupId
      ? api.searchNotes(labId, {
          text: '',
          challenge_id: challengeId,
          group_id: groupId,
          role_id: null,
          kind: null,
          stage: null,
          tag: null,
        })
      : api.listNotes(challengeId),
  createNote: (note) => api.createNote(note),
  updateNote: (id, edit) => api.updateNote(id, edit),
  deleteNote: (id) => api.deleteNote(id),
  restoreNote: (id) => api.restoreNote(id),
  noteHistory: (id) => api.noteHistory(id),
  setNoteGoals: (id, goals) => api.setGoals({ kind: 'note', id }, goals),
  draft: (challengeId, groupId) => api.draft(challengeId, groupId),
  saveDraft: (challengeId, groupId, text) => api.saveDraft(challengeId, groupId, text),
};
