// The capture screen's backend on a note-taker's device (the app's is ipcBackend in
// capture-backend.ts). A change goes into the outbox, which sends it to the hub; the screen's
// list is what the hub last said, with the outbox's changes laid over it, so a note typed with
// the Wi-Fi down is listed (as waiting) like any other. Drafts stay in memory: no note text is
// stored on the device except in the outbox.
import type { DeviceNote, NewNote, NoteEdit } from './bindings';
import { LIMITS } from './bindings';
import type { CaptureBackend, NoteScope } from './capture-backend';
import { HubError, Unreachable, type HubClient } from './hub-client';
import { uuidv7, type Entry, type Outbox } from './outbox';

/** What the outbox's notes need that its changes do not say: the lab and the device's group. */
export interface DeviceContext {
  labId: string;
  groupId: string | null;
}

const TAG_MAX = 50;
const TAGS_PER_NOTE_MAX = 20;
const WORD = /[\p{Alphabetic}\p{N}]/u;

/** The `#tags` in a text, as the core finds them (capture/tags.rs), for notes not yet sent. */
export function tagsIn(text: string): string[] {
  const tags: string[] = [];
  const chars = [...text];
  let previous: string | null = null;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const startsWord = previous === null || !(WORD.test(previous) || previous === '_' || previous === '#');
    if (c === '#' && startsWord) {
      let tag: string[] = [];
      while (i + 1 < chars.length) {
        const next = chars[i + 1] as string;
        if (!(WORD.test(next) || next === '-' || next === '_')) break;
        for (const lower of next.toLowerCase()) if (tag.length < TAG_MAX) tag.push(lower);
        i += 1;
        previous = next;
      }
      const word = tag.join('').replace(/[-_]+$/, '');
      tag = [];
      if (word && !tags.includes(word) && tags.length < TAGS_PER_NOTE_MAX) tags.push(word);
      continue;
    }
    previous = c;
  }
  return tags;
}

/** The hub's notes with the outbox's changes laid over them, newest first. */
export function mergeNotes(hub: Iterable<DeviceNote>, entries: readonly Entry[], context: DeviceContext): DeviceNote[] {
  const notes = new Map<string, DeviceNote>();
  for (const note of hub) notes.set(note.id, note);
  for (const entry of entries) {
    const known = notes.get(entry.note_id);
    if (entry.op === 'create') {
      // Already on the hub (the answer to sending it was lost): the hub's copy, edits laid on.
      // An outbox written before goals existed holds notes without them.
      const fields = {
        ...entry.body,
        stage: entry.body.stage ?? known?.stage ?? 'planning',
        goals: entry.body.goals ?? known?.goals ?? [],
        // The hub guesses a note's language when it commits it; until then it has none.
        language: entry.body.language ?? known?.language ?? null,
      };
      notes.set(entry.note_id, {
        id: entry.note_id,
        lab_id: context.labId,
        created_at: known?.created_at ?? entry.queued_at,
        updated_at: known?.updated_at ?? entry.queued_at,
        ...fields,
        group_id: known?.group_id ?? context.groupId,
        tags: tagsIn(entry.body.text),
        mine: true,
      });
    } else if (entry.op === 'edit') {
      if (known) notes.set(entry.note_id, { ...known, ...entry.body, tags: tagsIn(entry.body.text) });
    } else {
      notes.delete(entry.note_id);
    }
  }
  // By instant, not by text: the hub's times and the device's may be written with different precision.
  return [...notes.values()].sort(
    (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id.localeCompare(a.id),
  );
}

/** The same limits the core checks, checked before a change goes into the outbox. */
function check(text: string): void {
  if (text.trim() === '') throw new HubError(422, 'empty', 'Text must not be empty', 'text');
  const length = [...text].length;
  if (length > LIMITS.text) {
    throw new HubError(422, 'too_long', `Text is ${length} characters long; the limit is ${LIMITS.text}`, 'text');
  }
}

export class HubBackend implements CaptureBackend<DeviceNote> {
  /** What the hub last listed, with what it has answered since. */
  #known = new Map<string, DeviceNote>();
  /** The hub's answers to sent changes, numbered, to lay over a list asked for before them. */
  #answers: { serial: number; entry: Entry; note: DeviceNote | null }[] = [];
  #serial = 0;
  #drafts = new Map<string, string>();
  /** Whether the last list came from the hub (false: it did not answer). */
  reachable = true;

  constructor(
    readonly hub: HubClient,
    readonly outbox: Outbox,
    private readonly context: () => DeviceContext,
  ) {
    outbox.onSent((entry, answer) => {
      const note = entry.op !== 'delete' && isNote(answer) ? answer : null;
      this.#answers.push({ serial: ++this.#serial, entry, note });
      this.#apply(entry, note);
    });
  }

  /**
   * The group's notes of the challenge. When the hub does not answer, the last list it gave (and
   * the outbox) stands; any other refusal (the token lost) is thrown.
   */
  async listNotes({ challengeId }: NoteScope): Promise<DeviceNote[]> {
    const asked = this.#serial;
    try {
      const fresh = await this.hub.notes();
      this.#known = new Map(fresh.map((note) => [note.id, note]));
      // Answers that came while the list was on its way are newer than it.
      this.#answers = this.#answers.filter((a) => a.serial > asked);
      for (const answer of this.#answers) this.#apply(answer.entry, answer.note);
      this.reachable = true;
    } catch (thrown) {
      if (!(thrown instanceof Unreachable)) throw thrown;
      this.reachable = false;
    }
    return this.notes(challengeId);
  }

  /** The notes of a challenge as known now, without asking the hub. */
  notes(challengeId: string): DeviceNote[] {
    return mergeNotes(this.#known.values(), this.outbox.entries, this.context()).filter(
      (note) => note.challenge_id === challengeId,
    );
  }

  async createNote(note: NewNote): Promise<DeviceNote> {
    check(note.text);
    const id = uuidv7();
    const { groupId } = this.context();
    this.outbox.create(id, { ...note, group_id: groupId });
    return this.#current(id);
  }

  async updateNote(id: string, edit: NoteEdit): Promise<DeviceNote> {
    check(edit.text);
    this.outbox.edit(id, edit);
    return this.#current(id);
  }

  async deleteNote(id: string): Promise<void> {
    this.outbox.remove(id);
  }

  async draft(challengeId: string, groupId: string | null): Promise<string> {
    return this.draftOf(challengeId, groupId);
  }

  /** The draft at once: it is in memory. */
  draftOf(challengeId: string, groupId: string | null): string {
    return this.#drafts.get(`${challengeId} ${groupId}`) ?? '';
  }

  async saveDraft(challengeId: string, groupId: string | null, text: string): Promise<void> {
    this.#drafts.set(`${challengeId} ${groupId}`, text);
  }

  #current(id: string): DeviceNote {
    const note = mergeNotes(this.#known.values(), this.outbox.entries, this.context()).find((n) => n.id === id);
    if (!note) throw new HubError(404, 'not_found', 'No such note');
    return note;
  }

  #apply(entry: Entry, note: DeviceNote | null) {
    if (entry.op === 'delete') this.#known.delete(entry.note_id);
    else if (note) this.#known.set(note.id, note);
  }
}

function isNote(value: unknown): value is DeviceNote {
  return typeof value === 'object' && value !== null && 'id' in value && 'text' in value && 'created_at' in value;
}
