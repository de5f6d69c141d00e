import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from './bindings';
import type { CaptureBackend } from './capture-backend';
import { CapturedNotes } from './capture-notes.svelte';
import { status } from './status.svelte';

// A backend standing in for the core (or the hub): CapturedNotes knows nothing else.
const core = {
  listNotes: vi.fn(),
  createNote: vi.fn(),
  updateNote: vi.fn(),
  deleteNote: vi.fn(),
  restoreNote: vi.fn(),
  noteHistory: vi.fn(),
  draft: vi.fn(),
  saveDraft: vi.fn(),
} satisfies CaptureBackend;

const note = (id: string, minute: number, text = `Note ${id}`): Note => ({
  id,
  lab_id: 'lab',
  challenge_id: 'challenge',
  role_id: 'role',
  group_id: null,
  stage: 'planning',
  kind: 'idea',
  text,
  tags: [],
  confidential: false,
  goals: [],
  language: null,
  created_at: `2026-03-01T10:${minute}:00Z`,
  updated_at: `2026-03-01T10:${minute}:00Z`,
});

const said = async () => {
  await Promise.resolve();
  return status.message;
};

describe('CapturedNotes', () => {
  let notes: CapturedNotes;
  beforeEach(async () => {
    vi.resetAllMocks();
    core.listNotes.mockResolvedValue([note('c', 30), note('b', 20), note('a', 10)]);
    notes = new CapturedNotes(core);
    await notes.load('lab', 'challenge', null);
  });

  it('loads the notes its backend lists for the screen', async () => {
    expect(notes.list.map((n) => n.id)).toEqual(['c', 'b', 'a']);
    expect(core.listNotes).toHaveBeenCalledWith({ labId: 'lab', challengeId: 'challenge', groupId: null });
    core.listNotes.mockResolvedValue([note('g', 40)]);
    await notes.load('lab', 'challenge', 'group');
    expect(core.listNotes).toHaveBeenLastCalledWith({ labId: 'lab', challengeId: 'challenge', groupId: 'group' });
    expect(notes.list.map((n) => n.id)).toEqual(['g']);
  });

  it('puts a new note first', async () => {
    core.createNote.mockResolvedValue(note('d', 40));
    await notes.add({
      challenge_id: 'challenge',
      group_id: null,
      role_id: 'role',
      kind: 'idea',
      stage: 'planning',
      text: 'x',
      confidential: false,
      goals: [],
      language: null,
    });
    expect(notes.list.map((n) => n.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(notes.undoable).toBeNull();
  });

  it('brings a deleted note back where it was', async () => {
    core.restoreNote.mockResolvedValue(note('b', 20));
    await notes.remove(notes.list[1] as Note);
    expect(notes.list.map((n) => n.id)).toEqual(['c', 'a']);
    expect(await said()).toBe('Input deleted.');
    expect(notes.undoable?.message).toBe('Input deleted.');
    await notes.undo();
    expect(core.restoreNote).toHaveBeenCalledWith('b');
    expect(notes.list.map((n) => n.id)).toEqual(['c', 'b', 'a']);
    expect(notes.undoable).toBeNull();
    expect(await said()).toBe('Undone.');
  });

  it('takes an edit back by saving the note as it was', async () => {
    const edit = { text: 'Changed', role_id: 'role', kind: 'action', stage: 'oversight', confidential: true } as const;
    core.updateNote.mockResolvedValueOnce({ ...note('b', 20), ...edit }).mockResolvedValueOnce(note('b', 20));
    await notes.update('b', edit);
    expect(notes.list[1]?.text).toBe('Changed');
    expect(notes.undoable?.message).toBe('Input updated.');
    await notes.undo();
    expect(core.updateNote).toHaveBeenLastCalledWith('b', {
      text: 'Note b',
      role_id: 'role',
      kind: 'idea',
      stage: 'planning',
      confidential: false,
    });
    expect(notes.list[1]?.text).toBe('Note b');
  });

  it('keeps the undo when the core refuses it, and the list as it was when a delete is refused', async () => {
    core.deleteNote.mockRejectedValueOnce({ code: 'not_found', message: 'gone', field: null });
    await expect(notes.remove(notes.list[0] as Note)).rejects.toMatchObject({ code: 'not_found' });
    expect(notes.list).toHaveLength(3);
    expect(notes.undoable).toBeNull();

    core.restoreNote.mockRejectedValueOnce({ code: 'not_found', message: 'gone', field: null });
    await notes.remove(notes.list[0] as Note);
    await expect(notes.undo()).rejects.toMatchObject({ code: 'not_found' });
    expect(notes.undoable?.message).toBe('Input deleted.');
  });

  it('leaves nothing to undo after a delete when the backend cannot restore (a device)', async () => {
    const device = new CapturedNotes({ ...core, restoreNote: undefined });
    await device.load('lab', 'challenge', null);
    await device.remove(device.list[0] as Note);
    expect(device.list.map((n) => n.id)).toEqual(['b', 'a']);
    expect(device.undoable).toBeNull();
  });
});
