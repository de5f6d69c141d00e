// The notes on the capture screen, newest first, and the last change to one of them, which
// Undo takes back. Each change is announced when the backend has kept it; a refused one throws,
// for the screen to show why where the note-taker is looking. The backend is the app's core
// (IPC) or the device hub (HTTP, through the device's outbox): see capture-backend.ts.
import type { Note, NoteEdit, NewNote } from './bindings';
import type { CaptureBackend } from './capture-backend';
import { t } from './i18n.svelte';
import { status } from './status.svelte';

export class CapturedNotes<N extends Note = Note> {
  list = $state<N[]>([]);
  undoable = $state<{ message: string; undo: () => Promise<void> } | null>(null);

  constructor(readonly backend: CaptureBackend<N>) {}

  /** The challenge's notes; only one group's when that group has the laptop. */
  async load(labId: string, challengeId: string, groupId: string | null): Promise<void> {
    this.list = await this.backend.listNotes({ labId, challengeId, groupId });
  }

  async add(note: NewNote): Promise<void> {
    const input = await this.backend.createNote(note);
    this.list = [input, ...this.list.filter((i) => i.id !== input.id)];
  }

  async update(id: string, edit: NoteEdit): Promise<void> {
    const before = this.list.find((input) => input.id === id);
    this.#replace(await this.backend.updateNote(id, edit));
    status.say(t('input-updated'));
    if (before) this.undoable = { message: t('input-updated'), undo: () => this.#putBack(before) };
  }

  // Deleting needs no confirmation where Undo brings the note back, where it was in the list.
  // A backend that cannot restore leaves nothing to undo (the screen asks first instead).
  async remove(input: N): Promise<void> {
    await this.backend.deleteNote(input.id);
    this.list = this.list.filter((i) => i.id !== input.id);
    status.say(t('input-deleted'));
    const restore = this.backend.restoreNote;
    this.undoable = restore
      ? {
          message: t('input-deleted'),
          undo: async () => {
            const restored = await restore(input.id);
            this.list = [...this.list, restored].sort((a, b) => b.created_at.localeCompare(a.created_at));
          },
        }
      : null;
  }

  async undo(): Promise<void> {
    const last = this.undoable;
    if (!last) return;
    await last.undo();
    this.undoable = null;
    status.say(t('input-undone'));
  }

  /** Undo of an edit: the note as it was, saved again (the history keeps both). */
  async #putBack(before: N) {
    this.#replace(
      await this.backend.updateNote(before.id, {
        text: before.text,
        role_id: before.role_id,
        kind: before.kind,
        stage: before.stage,
        confidential: before.confidential,
      }),
    );
  }

  #replace(changed: N) {
    this.list = this.list.map((input) => (input.id === changed.id ? changed : input));
  }
}
