// The device's capture backend: notes in the outbox are listed with the hub's, changes are
// checked as the core checks them before they are kept, and a hub that does not answer leaves
// the last list standing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceNote } from './bindings';
import { HubClient } from './hub-client';
import { HubBackend, mergeNotes, tagsIn } from './hub-backend';
import { Outbox, type Fetch, type StorageLike } from './outbox';

const storage = (): StorageLike => {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
};

const hubNote = (id: string, minute: number, fields: Partial<DeviceNote> = {}): DeviceNote => ({
  id,
  lab_id: 'lab',
  challenge_id: 'challenge',
  role_id: 'role',
  group_id: 'group',
  stage: 'planning',
  kind: 'idea',
  text: `Note ${id}`,
  tags: [],
  confidential: false,
  goals: [],
  language: null,
  created_at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`,
  updated_at: `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`,
  mine: false,
  ...fields,
});

describe('tagsIn', () => {
  it('finds #tags as the core does', () => {
    expect(tagsIn('Pay #Pay and #data-sharing, not a#b; #Cymraeg! #-_ ##x #pay')).toEqual([
      'pay',
      'data-sharing',
      'cymraeg',
      'x',
    ]);
    expect(tagsIn('#gweithwyr_iechyd #ŵyn')).toEqual(['gweithwyr_iechyd', 'ŵyn']);
  });
});

describe('mergeNotes', () => {
  it('lays the outbox over the hub’s notes: new ones added, edits applied, deletions taken out', () => {
    const hub = [hubNote('b', 20, { mine: true }), hubNote('a', 10, { mine: true })];
    const merged = mergeNotes(
      hub,
      [
        {
          seq: 1,
          op: 'create',
          note_id: 'c',
          queued_at: '2026-03-01T10:30:00.000Z',
          tried: false,
          refused: null,
          body: {
            challenge_id: 'challenge',
            group_id: null,
            role_id: 'role',
            kind: 'question',
            stage: 'oversight',
            text: 'Who audits? #audit',
            confidential: false,
            goals: [],
            language: null,
          },
        },
        {
          seq: 2,
          op: 'edit',
          note_id: 'b',
          queued_at: '2026-03-01T10:31:00.000Z',
          tried: false,
          refused: null,
          body: { role_id: 'role', kind: 'action', stage: 'planning', text: 'Edited #now', confidential: true },
        },
        { seq: 3, op: 'delete', note_id: 'a', queued_at: '2026-03-01T10:32:00.000Z', tried: false, refused: null },
      ],
      { labId: 'lab', groupId: 'group' },
    );
    expect(merged.map((n) => n.id)).toEqual(['c', 'b']);
    expect(merged[0]).toMatchObject({ mine: true, group_id: 'group', tags: ['audit'], kind: 'question' });
    expect(merged[1]).toMatchObject({ text: 'Edited #now', tags: ['now'], confidential: true, kind: 'action' });
  });
});

describe('HubBackend', () => {
  let answers: { status: number; body: unknown }[];
  let calls: string[];
  let backend: HubBackend;
  let outbox: Outbox;
  let down: boolean;
  let listed: DeviceNote[];

  beforeEach(() => {
    answers = [];
    calls = [];
    down = false;
    listed = [hubNote('h', 5)];
    const fetch: Fetch = async (url, init) => {
      calls.push(`${init.method} ${url}`);
      if (down) throw new TypeError('Failed to fetch');
      if (url === '/api/notes') return Response.json(listed);
      const next = answers.shift() ?? { status: 201, body: null };
      return new Response(next.status === 204 ? null : JSON.stringify(next.body), { status: next.status });
    };
    outbox = new Outbox({ key: 'k', storage: storage(), fetch, token: () => 't' });
    backend = new HubBackend(new HubClient(fetch, () => 't'), outbox, () => ({ labId: 'lab', groupId: 'group' }));
  });
  afterEach(() => outbox.stop());

  it('lists a note as soon as it is in the outbox, then as the hub answered it', async () => {
    down = true;
    const created = await backend.createNote({
      challenge_id: 'challenge',
      group_id: null,
      role_id: 'role',
      kind: 'idea',
      stage: 'planning',
      text: 'Typed offline',
      confidential: false,
      goals: [],
      language: null,
    });
    expect(created.id).toMatch(/^[0-9a-f-]{14}7/);
    expect(created).toMatchObject({ mine: true, group_id: 'group', text: 'Typed offline' });
    const offline = await backend.listNotes({ labId: 'lab', challengeId: 'challenge', groupId: 'group' });
    expect(offline.map((n) => n.id)).toEqual([created.id]);
    expect(backend.reachable).toBe(false);
    expect(outbox.stateOf(created.id)).toBe('waiting');

    down = false;
    const saved = hubNote(created.id, 59, { text: 'Typed offline', mine: true });
    answers.push({ status: 201, body: saved });
    outbox.retryNow();
    await outbox.idle();
    expect(outbox.stateOf(created.id)).toBe('saved');
    // Known from the hub's answer, before the hub lists it.
    expect(backend.notes('challenge').map((n) => n.id)).toContain(created.id);
    listed = [saved, ...listed];
    const fresh = await backend.listNotes({ labId: 'lab', challengeId: 'challenge', groupId: 'group' });
    expect(fresh.map((n) => n.id).sort()).toEqual([created.id, 'h'].sort());
    expect(backend.reachable).toBe(true);
  });

  it('refuses empty and over-long text before it reaches the outbox', async () => {
    const note = {
      challenge_id: 'challenge',
      group_id: null,
      role_id: 'role',
      kind: 'idea' as const,
      stage: 'planning' as const,
      text: '   ',
      confidential: false,
      goals: [],
      language: null,
    };
    await expect(backend.createNote(note)).rejects.toMatchObject({ code: 'empty', field: 'text' });
    await expect(backend.createNote({ ...note, text: 'x'.repeat(10_001) })).rejects.toMatchObject({
      code: 'too_long',
    });
    expect(outbox.entries).toEqual([]);
  });

  it('keeps drafts in memory, per challenge and group', async () => {
    await backend.saveDraft('challenge', 'group', 'half');
    expect(await backend.draft('challenge', 'group')).toBe('half');
    expect(await backend.draft('challenge', null)).toBe('');
    expect('restoreNote' in backend).toBe(false);
  });

  it('throws a lost token for the page to ask the device to join again', async () => {
    const fetch: Fetch = async () =>
      new Response(JSON.stringify({ code: 'revoked', message: 'Revoked', field: null }), { status: 403 });
    const revoked = new HubBackend(new HubClient(fetch, () => 't'), outbox, () => ({ labId: 'lab', groupId: null }));
    await expect(revoked.listNotes({ labId: 'lab', challengeId: 'c', groupId: null })).rejects.toMatchObject({
      code: 'revoked',
      mustJoin: true,
    });
  });
});
