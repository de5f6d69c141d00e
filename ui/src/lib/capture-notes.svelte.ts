// The notes on the capture screen, newest first, and the last change to one of them, which
// Undo takes back. Each change is announced when the core has made it; a refused one throws,
// for the screen to show why where the note-taker is looking.
import { api } from './api';
import type { Note, NoteEdit, NewNote } from './bindings';
import { t } from './i18n.svelte';
import { status } from './status.svelte';

export class CapturedNotes {
  list = $state<Note[]>([]);
  undoable = $state<{ message: string; undo: () => Promise<void> } | null>(null);

  /** The challenge's notes; only one group's when that group has the laptop. */
  async load(labId: string, challengeId: string, groupId: string | null): Promise<void> {
    this.list = await (groupId
      ? api.searchNotes(labId, {
          text: '',
          challenge_id: challengeId,
          group_id: groupId,
          role_id: null,
          kind: null,
          stage: null,
          tag: null,
        })
      : api.listNotes(challengeId));
  }

  async add(note: NewNote): Promise<void> {
    const input = await api.createNote(note);
    this.list = [input, ...this.list];
  }

  async update(id: string, edit: NoteEdit): Promise<void> {
    const before = this.list.find((input) => input.id === id);
    this.#replace(await api.updateNote(id, edit));
    status.say(t('input-updated'));
    if (before) this.undoable = { message: t('input-updated'), undo: () => this.#putBack(before) };
  }

  // Deleting needs no confirmation: Undo brings the note back, where it was in the list.
  async remove(input: Note): Promise<void> {
    await api.deleteNote(input.id);
    this.list = this.list.filter((i) => i.id !== input.id);
    status.say(t('input-deleted'));
    this.undoable = {
      message: t('input-deleted'),
      undo: async () => {
        const restored = await api.restoreNote(input.id);
        this.list = [...this.list, restored].sort((a, b) => b.created_at.localeCompare(a.created_at));
      },
    };
  }

  async undo(): Promise<void> {
    const last = this.undoable;
    if (!last) return;
    await last.undo();
    this.undoable = null;
    status.say(t('input-undone'));
  }

  /** Undo of an edit: the note as it was, saved again (the history keeps both). */
  async #putBack(before: Note) {
    this.#replace(
      await api.updateNote(before.id, {
        text: before.text,
        role_id: before.role_id,
        kind: before.kind,
        stage: before.stage,
        confidential: before.confidential,
      }),
    );
  }

  #replace(changed: Note) {
    this.list = this.list.map((input) => (input.id === changed.id ? changed : input));
  }
}
