// The device's outbox, with a fetch and a storage of our own: nothing leaves the outbox before
// the hub has taken it, nothing is sent out of order, and a refusal or a lost token is kept and
// said, never silently dropped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewNote } from './bindings';
import { Outbox, backoffSeconds, uuidv7, type Fetch, type StorageLike, type StoredOutbox } from './outbox';

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

type Reply = number | { status: number; body?: unknown } | 'lost';

/** A hub that answers each request with the next reply given (200 once they run out). */
function hub(...replies: Reply[]) {
  const calls: { method: string; url: string; body: unknown; auth: string | null; stored: string | null }[] = [];
  let storage: MemoryStorage | null = null;
  const fetch: Fetch = async (url, init) => {
    const headers = init.headers as Record<string, string>;
    calls.push({
      method: init.method ?? 'GET',
      url,
      body: init.body ? JSON.parse(init.body as string) : null,
      auth: headers.Authorization ?? null,
      stored: storage?.getItem(KEY) ?? null,
    });
    const reply = replies.shift() ?? 200;
    if (reply === 'lost') throw new TypeError('Failed to fetch');
    const { status, body } = typeof reply === 'number' ? { status: reply, body: undefined } : reply;
    const text = status === 204 ? null : JSON.stringify(body ?? { id: url.split('/').pop() });
    return new Response(text, { status });
  };
  return { fetch, calls, watch: (s: MemoryStorage) => (storage = s) };
}

const KEY = 'designlab-outbox:http://10.0.0.2:7878:lab';
const ID = (n: number) => `0190f0c8-0000-7000-8000-${String(n).padStart(12, '0')}`;

const note = (text: string): NewNote => ({
  challenge_id: 'challenge',
  group_id: null,
  role_id: 'role',
  kind: 'idea',
  stage: 'planning',
  text,
  confidential: false,
  goals: [],
  language: null,
});

function outboxWith(server: ReturnType<typeof hub>, storage = new MemoryStorage()) {
  server.watch(storage);
  let token: string | null = 'token-1';
  const outbox = new Outbox({ key: KEY, storage, fetch: server.fetch, token: () => token });
  return { outbox, storage, setToken: (next: string | null) => (token = next) };
}

const stored = (storage: MemoryStorage): StoredOutbox => JSON.parse(storage.getItem(KEY) ?? 'null');

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID', () => {
    expect(uuidv7()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidv7()).not.toBe(uuidv7());
  });

  it('sorts by the time it was made, whatever its random bits', () => {
    const times = [1_700_000_000_000, 1_700_000_000_001, 1_700_000_060_000, 1_800_000_000_000];
    const ids = times.map((time, i) => uuidv7(time, new Uint8Array(10).fill(255 - i * 60)));
    expect([...ids].reverse().sort()).toEqual(ids);
    expect(ids[0]?.startsWith('018bcfe5-6800-7')).toBe(true);
  });
});

describe('backoffSeconds', () => {
  it('doubles from one second up to thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(backoffSeconds)).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
  });
});

describe('Outbox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps each change in storage before sending it, and drops it only once the hub took it', async () => {
    const server = hub({ status: 201 }, 200, 204);
    const { outbox, storage } = outboxWith(server);
    outbox.create(ID(1), note('Who checks the model?'));
    outbox.edit(ID(2), { role_id: 'role', kind: 'concern', stage: 'oversight', text: 'Edited', confidential: true });
    outbox.remove(ID(3));
    await outbox.idle();

    expect(server.calls.map((c) => [c.method, c.url])).toEqual([
      ['PUT', `/api/notes/${ID(1)}`],
      ['PATCH', `/api/notes/${ID(2)}`],
      ['DELETE', `/api/notes/${ID(3)}`],
    ]);
    // What the hub was sent was already in storage when it was sent.
    expect(server.calls[0]?.stored).toContain('Who checks the model?');
    expect(server.calls[2]?.stored).toContain(ID(3));
    expect(server.calls[0]?.body).toEqual(note('Who checks the model?'));
    expect(server.calls.every((c) => c.auth === 'Bearer token-1')).toBe(true);
    expect(stored(storage).entries).toEqual([]);
    expect(outbox.waiting).toBe(0);
    expect(outbox.stateOf(ID(1))).toBe('saved');
  });

  it('waits 1, 2, 4 … seconds while the hub does not answer, and sends everything once it does', async () => {
    const server = hub('lost', 'lost', 503, 'lost');
    const { outbox } = outboxWith(server);
    outbox.create(ID(1), note('one'));
    outbox.create(ID(2), note('two'));
    await outbox.idle();
    expect(server.calls).toHaveLength(1);
    expect(outbox.waiting).toBe(2);
    expect(outbox.stateOf(ID(2))).toBe('waiting');
    expect(outbox.unreachable).toBe(true);

    await vi.advanceTimersByTimeAsync(999);
    expect(server.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4000);
    expect(server.calls).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(8000);
    await outbox.idle();
    // The same note each time, in order, until the hub takes it; then the next.
    expect(server.calls.map((c) => c.url.slice(-1))).toEqual(['1', '1', '1', '1', '1', '2']);
    expect(outbox.waiting).toBe(0);
    expect(outbox.unreachable).toBe(false);
  });

  it('does not wait out the backoff when the browser comes back online', async () => {
    const server = hub('lost', 'lost', 'lost', 'lost', 'lost');
    const { outbox } = outboxWith(server);
    const browser = new EventTarget();
    outbox.start(browser);
    outbox.create(ID(1), note('one'));
    for (let i = 0; i < 4; i++) await vi.advanceTimersByTimeAsync(backoffSeconds(i + 1) * 1000);
    const before = server.calls.length;
    expect(outbox.retryAt).not.toBeNull();
    browser.dispatchEvent(new Event('online'));
    await outbox.idle();
    expect(server.calls.length).toBe(before + 1);
    expect(outbox.waiting).toBe(0);
    outbox.stop();
  });

  it('keeps a refused change with its reason, and sends the other notes', async () => {
    const refusal = { code: 'role_not_in_lab', message: 'No such role', field: null };
    const server = hub({ status: 422, body: refusal }, { status: 422, body: refusal }, 201);
    const { outbox, storage } = outboxWith(server);
    outbox.create(ID(1), note('refused'));
    await outbox.idle();
    expect(outbox.stateOf(ID(1))).toBe('refused');
    // An edit folded into the refused creation frees it: it goes again (and is refused again).
    outbox.edit(ID(1), { role_id: 'role', kind: 'idea', stage: 'planning', text: 'still refused', confidential: false });
    await outbox.idle();
    expect(server.calls).toHaveLength(2);
    expect(server.calls[1]?.body).toMatchObject({ text: 'still refused' });

    outbox.create(ID(2), note('fine'));
    await outbox.idle();
    expect(server.calls).toHaveLength(3);
    expect(outbox.stateOf(ID(1))).toBe('refused');
    expect(outbox.refusalOf(ID(1))).toEqual({ status: 422, ...refusal });
    expect(outbox.stateOf(ID(2))).toBe('saved');
    expect(outbox.refused).toBe(1);
    expect(outbox.waiting).toBe(0);
    // Kept with its reason across a reload.
    expect(stored(storage).entries[0]?.refused?.code).toBe('role_not_in_lab');
  });

  it('holds a note’s later changes behind its refused one, until it is discarded', async () => {
    const server = hub({ status: 422, body: { code: 'group_not_in_lab', message: 'No group', field: null } });
    const { outbox } = outboxWith(server);
    outbox.create(ID(1), note('sent at once'));
    // Made while the creation is on its way, so not folded into it.
    outbox.edit(ID(1), { role_id: 'role', kind: 'idea', stage: 'planning', text: 'edited', confidential: false });
    await outbox.idle();
    expect(server.calls).toHaveLength(1);
    expect(outbox.entries.map((e) => e.op)).toEqual(['create', 'edit']);
    expect(outbox.stateOf(ID(1))).toBe('refused');
    expect(outbox.waiting).toBe(0);
    outbox.discard(ID(1));
    expect(outbox.entries).toEqual([]);
    expect(outbox.stateOf(ID(1))).toBe('saved');
  });

  it('lets a refused edit be given up alone', async () => {
    const server = hub({ status: 403, body: { code: 'not_yours', message: 'Not yours', field: null } });
    const { outbox } = outboxWith(server);
    outbox.edit(ID(1), { role_id: 'role', kind: 'idea', stage: 'planning', text: 'x', confidential: false });
    await outbox.idle();
    expect(outbox.refusalOf(ID(1))?.code).toBe('not_yours');
    expect(outbox.stopped).toBeNull();
    outbox.discard(ID(1));
    expect(outbox.entries).toEqual([]);
  });

  it('drops a refused creation and what followed it when discarded', async () => {
    const server = hub({ status: 422, body: { code: 'too_long', message: 'long', field: 'text' } });
    const { outbox } = outboxWith(server);
    outbox.create(ID(1), note('long'));
    await outbox.idle();
    outbox.create(ID(2), note('other'));
    await outbox.idle();
    outbox.discard(ID(1));
    expect(outbox.entries).toEqual([]);
  });

  it('stops on a lost token or a revoked device, and goes on after joining again', async () => {
    const server = hub({ status: 403, body: { code: 'revoked', message: 'Revoked', field: null } }, 201, 201);
    const { outbox, setToken } = outboxWith(server);
    outbox.create(ID(1), note('one'));
    outbox.create(ID(2), note('two'));
    await outbox.idle();
    expect(outbox.stopped?.code).toBe('revoked');
    expect(outbox.waiting).toBe(2);
    outbox.create(ID(3), note('three'));
    await outbox.idle();
    expect(server.calls).toHaveLength(1);

    setToken('token-2');
    outbox.resume();
    await outbox.idle();
    expect(server.calls.slice(1).map((c) => [c.url.slice(-1), c.auth])).toEqual([
      ['1', 'Bearer token-2'],
      ['2', 'Bearer token-2'],
      ['3', 'Bearer token-2'],
    ]);
    expect(outbox.stopped).toBeNull();
    expect(outbox.waiting).toBe(0);
  });

  it('treats 401 as a lost token', async () => {
    const server = hub({ status: 401, body: { code: 'unauthorized', message: 'Who?', field: null } });
    const { outbox } = outboxWith(server);
    outbox.create(ID(1), note('one'));
    await outbox.idle();
    expect(outbox.stopped?.code).toBe('unauthorized');
    expect(outbox.stateOf(ID(1))).toBe('waiting');
  });

  it('survives a reload: a new page finds the changes and sends them', async () => {
    const offline = hub('lost');
    const { outbox, storage } = outboxWith(offline);
    outbox.create(ID(1), note('typed offline'));
    await outbox.idle();
    outbox.stop();

    const online = hub(201);
    const reloaded = outboxWith(online, storage).outbox;
    expect(reloaded.waiting).toBe(1);
    reloaded.start(null);
    await reloaded.idle();
    expect(online.calls.map((c) => c.body)).toEqual([note('typed offline')]);
    expect(reloaded.waiting).toBe(0);
  });

  it('folds edits into a creation not yet sent, and forgets a note deleted before it was sent', async () => {
    const server = hub('lost');
    const { outbox } = outboxWith(server);
    outbox.create(ID(1), note('first'));
    await outbox.idle(); // tried once: the hub may have it
    outbox.create(ID(2), note('second'));
    outbox.edit(ID(2), { role_id: 'role', kind: 'action', stage: 'oversight', text: 'second, edited', confidential: true });
    expect(outbox.entries.filter((e) => e.note_id === ID(2))).toHaveLength(1);
    outbox.remove(ID(2));
    expect(outbox.entries.some((e) => e.note_id === ID(2))).toBe(false);
    outbox.remove(ID(1));
    expect(outbox.entries.map((e) => [e.note_id, e.op])).toEqual([[ID(1), 'delete']]);
  });

  it('counts a deletion of a note the hub no longer has as done', async () => {
    const server = hub({ status: 404, body: { code: 'not_found', message: 'gone', field: null } });
    const { outbox } = outboxWith(server);
    outbox.remove(ID(1));
    await outbox.idle();
    expect(outbox.entries).toEqual([]);
  });

  it('refuses a change it cannot store, keeping nothing of it', async () => {
    const server = hub();
    const { outbox, storage } = outboxWith(server);
    storage.full = true;
    expect(() => outbox.create(ID(1), note('no room'))).toThrow();
    expect(outbox.entries).toEqual([]);
    expect(server.calls).toHaveLength(0);
  });

  it('keeps an unreadable outbox aside rather than writing over it', () => {
    const storage = new MemoryStorage();
    storage.items.set(KEY, '{not json');
    const { outbox } = outboxWith(hub(), storage);
    expect(outbox.entries).toEqual([]);
    expect([...storage.items.values()]).toContain('{not json');
  });
});
