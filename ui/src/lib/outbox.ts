// A note-taker's device must lose nothing on a bad network. Every change to a note (create,
// edit, delete) is written to this outbox in the browser's localStorage BEFORE it is sent to the
// hub; changes go out one at a time, in order, and leave the outbox only when the hub answers
// 2xx (committed). A network error or a 5xx waits 1, 2, 4 … 30 s and tries again (at once when
// the browser comes back online); a permanent refusal (another 4xx) is kept with its reason for
// the note-taker to fix or discard, without holding up the other notes; a lost credential
// (401, 403 revoked) stops sending until the device joins again. The hub stores a note by the
// UUID v7 the device gave it, so a change sent twice is kept once. See docs/hub-api.md.
//
// Plain TypeScript (no runes), with fetch, storage and the event target injected, so that its
// logic is unit-tested in outbox.test.ts.
import type { NewNote, NoteEdit } from './bindings';

/** A new UUID v7: 48 bits of Unix milliseconds, then random bits, so ids sort by time. */
export function uuidv7(now: number = Date.now(), random: Uint8Array = randomBytes(10)): string {
  const bytes = new Uint8Array(16);
  let ms = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((random[0] ?? 0) & 0x0f);
  bytes[7] = random[1] ?? 0;
  bytes[8] = 0x80 | ((random[2] ?? 0) & 0x3f);
  for (let i = 9; i < 16; i++) bytes[i] = random[i - 6] ?? 0;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// crypto.getRandomValues works on plain-HTTP pages too; crypto.randomUUID does not.
function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** Why the hub will never take a change, as it said it (code and field as in ErrorCode, Field). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  field: string | null;
}

interface EntryBase {
  /** Order of sending, unique in this outbox. */
  seq: number;
  note_id: string;
  /** When the change was made on the device (its own clock). */
  queued_at: string;
  /** Whether it was sent at least once (the hub may have it though no answer came back). */
  tried: boolean;
  refused: Refusal | null;
}

export type Entry =
  | (EntryBase & { op: 'create'; body: NewNote })
  | (EntryBase & { op: 'edit'; body: NoteEdit })
  | (EntryBase & { op: 'delete' });

/** What localStorage holds under the outbox's key. */
export interface StoredOutbox {
  version: 1;
  next_seq: number;
  entries: Entry[];
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Per note: on the laptop, still on the device, or refused by the hub. */
export type NoteState = 'saved' | 'waiting' | 'refused';

export interface OutboxOptions {
  /** The localStorage key: one outbox per hub origin and lab (see outboxKey in hub-client.ts). */
  key: string;
  storage: StorageLike;
  fetch: Fetch;
  /** The device's token; null when it has none (sending waits). */
  token: () => string | null;
  /** Prefix of the API's URLs; '' on the page the hub serves. */
  base?: string;
  now?: () => number;
  /** How long one request may take before it counts as lost. */
  timeoutMs?: number;
}

export const BACKOFF_MAX_SECONDS = 30;

/** Seconds to wait after `failures` failed tries in a row: 1, 2, 4, 8, 16, 30, 30 … */
export function backoffSeconds(failures: number): number {
  return Math.min(BACKOFF_MAX_SECONDS, 2 ** Math.max(0, failures - 1));
}

type Listener = () => void;

function lastOf(entries: readonly Entry[], noteId: string): Entry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]?.note_id === noteId) return entries[i];
  return undefined;
}
type SentListener = (entry: Entry, answer: unknown) => void;

export class Outbox {
  readonly key: string;
  #storage: StorageLike;
  #fetch: Fetch;
  #token: () => string | null;
  #base: string;
  #now: () => number;
  #timeoutMs: number;

  #state: StoredOutbox;
  /** The seq of the change on its way to the hub: never merged into, never dropped. */
  #inFlight: number | null = null;
  #sending = false;
  #flushing: Promise<void> = Promise.resolve();
  #failures = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retryAt: number | null = null;
  #unreachable = false;
  #stopped: Refusal | null = null;
  #listeners = new Set<Listener>();
  #sentListeners = new Set<SentListener>();
  #detach: (() => void) | null = null;

  constructor(options: OutboxOptions) {
    this.key = options.key;
    this.#storage = options.storage;
    this.#fetch = options.fetch;
    this.#token = options.token;
    this.#base = options.base ?? '';
    this.#now = options.now ?? Date.now;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#state = this.#read();
  }

  // --- What the page shows ---

  /** The changes not yet taken by the hub, in the order they are sent. */
  get entries(): readonly Entry[] {
    return this.#state.entries;
  }

  /** How many notes have a change waiting to be sent. */
  get waiting(): number {
    return new Set(this.#state.entries.filter((e) => this.#stateOfEntry(e) === 'waiting').map((e) => e.note_id)).size;
  }

  /** How many notes have a change the hub refused. */
  get refused(): number {
    return new Set(this.#state.entries.filter((e) => e.refused).map((e) => e.note_id)).size;
  }

  /** Set when the hub no longer knows this device (401) or it was revoked (403): join again. */
  get stopped(): Refusal | null {
    return this.#stopped;
  }

  /** Whether the last try failed for want of an answer (network down, hub stopped, 5xx). */
  get unreachable(): boolean {
    return this.#unreachable;
  }

  /** When the next try is due (ms since the epoch), while waiting after a failure. */
  get retryAt(): number | null {
    return this.#retryAt;
  }

  stateOf(noteId: string): NoteState {
    let state: NoteState = 'saved';
    for (const entry of this.#state.entries) {
      if (entry.note_id !== noteId) continue;
      if (entry.refused) return 'refused';
      state = 'waiting';
    }
    return state;
  }

  /** The first refusal among a note's changes. */
  refusalOf(noteId: string): Refusal | null {
    return this.#state.entries.find((e) => e.note_id === noteId && e.refused)?.refused ?? null;
  }

  /** Called after every change to the outbox or to its sending. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Called when the hub took a change, with what it answered (the note, or null). */
  onSent(listener: SentListener): () => void {
    this.#sentListeners.add(listener);
    return () => this.#sentListeners.delete(listener);
  }

  // --- Changes: each is in storage before this returns, and throws if it could not be ---

  create(noteId: string, body: NewNote): void {
    this.#mutate((state) => {
      state.entries.push({ ...this.#base_entry(state, noteId), op: 'create', body: { ...body } });
    });
    this.#kick();
  }

  /** An edit. Folded into a change to the same note not yet sent (which it then frees of a refusal). */
  edit(noteId: string, body: NoteEdit): void {
    this.#mutate((state) => {
      const last = lastOf(state.entries, noteId);
      if (last && last.seq !== this.#inFlight && last.op === 'create') {
        last.body = { ...last.body, ...body };
        last.refused = null;
      } else if (last && last.seq !== this.#inFlight && last.op === 'edit') {
        last.body = { ...body };
        last.refused = null;
      } else {
        state.entries.push({ ...this.#base_entry(state, noteId), op: 'edit', body: { ...body } });
      }
    });
    this.#kick();
  }

  /**
   * A deletion. A note the hub never saw (its creation not yet sent) just leaves the outbox;
   * otherwise the changes not yet sent are dropped and the deletion goes out.
   */
  remove(noteId: string): void {
    this.#mutate((state) => {
      const unsentCreate = state.entries.some(
        (e) => e.note_id === noteId && e.op === 'create' && !e.tried && e.seq !== this.#inFlight,
      );
      state.entries = state.entries.filter((e) => e.note_id !== noteId || e.seq === this.#inFlight);
      if (!unsentCreate) state.entries.push({ ...this.#base_entry(state, noteId), op: 'delete' });
    });
    this.#kick();
  }

  /**
   * Gives up a note's refused changes: a refused creation takes the note's later changes with
   * it (the hub never had the note); a refused edit or deletion goes alone.
   */
  discard(noteId: string): void {
    this.#mutate((state) => {
      const refusedCreate = state.entries.some((e) => e.note_id === noteId && e.op === 'create' && e.refused);
      state.entries = state.entries.filter(
        (e) => e.note_id !== noteId || e.seq === this.#inFlight || (!refusedCreate && !e.refused),
      );
    });
    this.#kick();
  }

  // --- Sending ---

  /** Listens for the browser coming back online (and for other tabs' changes), and sends. */
  start(target: EventTarget | null = typeof window === 'undefined' ? null : window): void {
    this.#detach?.();
    if (target) {
      const online = () => this.retryNow();
      const storage = (event: Event) => {
        if ((event as StorageEvent).key === this.key) {
          this.#state = this.#read();
          this.#emit();
          this.#kick();
        }
      };
      target.addEventListener('online', online);
      target.addEventListener('storage', storage);
      this.#detach = () => {
        target.removeEventListener('online', online);
        target.removeEventListener('storage', storage);
      };
    }
    void this.flush();
  }

  stop(): void {
    this.#detach?.();
    this.#detach = null;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#retryAt = null;
  }

  /** Tries again now, not waiting out the backoff: the browser is online, or the hub answered. */
  retryNow(): void {
    this.#failures = 0;
    void this.flush();
  }

  /** Sends again after the device joined anew (with a new token). */
  resume(): void {
    this.#stopped = null;
    this.retryNow();
  }

  /** Sends what is waiting, in order, until the outbox is empty or a try fails. */
  flush(): Promise<void> {
    if (this.#sending) return this.#flushing;
    const token = this.#token();
    if (this.#stopped || !token) return Promise.resolve();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#retryAt = null;
    // Set before anything is awaited, so that a change made meanwhile joins this run.
    this.#sending = true;
    this.#flushing = this.#run(token);
    return this.#flushing;
  }

  /** Resolves when the sending under way (if any) has stopped. */
  idle(): Promise<void> {
    return this.#flushing;
  }

  get sending(): boolean {
    return this.#sending;
  }

  async #run(token: string): Promise<void> {
    try {
      for (;;) {
        this.#state = this.#read();
        const entry = this.#next();
        if (!entry) {
          this.#unreachable = false;
          break;
        }
        if (!(await this.#send(entry, token))) break;
      }
    } finally {
      this.#sending = false;
      this.#inFlight = null;
      this.#emit();
    }
  }

  /** Sends one change; false when sending must stop for now (a failure, or the token lost). */
  async #send(entry: Entry, token: string): Promise<boolean> {
    this.#inFlight = entry.seq;
    if (!entry.tried) this.#mutate((state) => this.#find(state, entry.seq, (e) => (e.tried = true)), false);
    const answer = await this.#request(entry, token);
    if (answer === 'lost' || answer.status === 429 || answer.status === 408 || answer.status >= 500) {
      this.#unreachable = answer === 'lost' || answer.status >= 500;
      this.#failures += 1;
      const wait = backoffSeconds(this.#failures) * 1000;
      this.#retryAt = this.#now() + wait;
      this.#timer = setTimeout(() => void this.flush(), wait);
      return false;
    }
    this.#unreachable = false;
    this.#failures = 0;
    const { status, body } = answer;
    const code = typeof body?.code === 'string' ? body.code : '';
    const taken = (status >= 200 && status < 300) || (status === 404 && entry.op === 'delete');
    if (taken) {
      this.#mutate((state) => (state.entries = state.entries.filter((e) => e.seq !== entry.seq)), false);
      for (const listener of this.#sentListeners) listener(entry, status === 404 ? null : (body ?? null));
      return true;
    }
    const refusal: Refusal = {
      status,
      code: code || 'unexpected',
      message: typeof body?.message === 'string' ? body.message : `HTTP ${status}`,
      field: typeof body?.field === 'string' ? body.field : null,
    };
    if (status === 401 || (status === 403 && code === 'revoked')) {
      this.#stopped = refusal;
      return false;
    }
    this.#mutate((state) => {
      const deletedLater = state.entries.some((e) => e.note_id === entry.note_id && e.op === 'delete');
      if (!deletedLater) this.#find(state, entry.seq, (e) => (e.refused = refusal));
      // The note-taker has deleted the note since: a refused edit no longer matters, and a note
      // the hub never took needs no deleting.
      else if (entry.op === 'create') state.entries = state.entries.filter((e) => e.note_id !== entry.note_id);
      else state.entries = state.entries.filter((e) => e.seq !== entry.seq);
    }, false);
    return true;
  }

  async #request(entry: Entry, token: string): Promise<{ status: number; body: Record<string, unknown> | null } | 'lost'> {
    const method = entry.op === 'create' ? 'PUT' : entry.op === 'edit' ? 'PATCH' : 'DELETE';
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    const init: RequestInit = { method, headers, cache: 'no-store' };
    if (entry.op !== 'delete') {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(entry.body);
    }
    const abort = typeof AbortController === 'undefined' ? null : new AbortController();
    if (abort) init.signal = abort.signal;
    const timer = setTimeout(() => abort?.abort(), this.#timeoutMs);
    try {
      const response = await this.#fetch(`${this.#base}/api/notes/${encodeURIComponent(entry.note_id)}`, init);
      // The answer's body is read in full: a connection cut during it is no answer at all.
      const text = await response.text();
      let body: Record<string, unknown> | null = null;
      try {
        const parsed: unknown = text ? JSON.parse(text) : null;
        if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
      } catch {
        body = null;
      }
      return { status: response.status, body };
    } catch {
      return 'lost';
    } finally {
      clearTimeout(timer);
    }
  }

  /** The next change to send: the first not refused whose note has no earlier refused change. */
  #next(): Entry | undefined {
    const blocked = new Set<string>();
    for (const entry of this.#state.entries) {
      if (entry.refused) blocked.add(entry.note_id);
      else if (!blocked.has(entry.note_id)) return entry;
    }
    return undefined;
  }

  #stateOfEntry(entry: Entry): NoteState {
    return this.stateOf(entry.note_id);
  }

  /** Sends soon after a change, unless a failure is being waited out (or one is on its way). */
  #kick() {
    if (this.#timer === undefined && !this.#sending) void this.flush();
  }

  // --- Storage ---

  #base_entry(state: StoredOutbox, noteId: string): EntryBase {
    const seq = state.next_seq;
    state.next_seq += 1;
    return { seq, note_id: noteId, queued_at: new Date(this.#now()).toISOString(), tried: false, refused: null };
  }

  #find(state: StoredOutbox, seq: number, change: (entry: Entry) => void) {
    const entry = state.entries.find((e) => e.seq === seq);
    if (entry) change(entry);
  }

  /**
   * Reads the outbox afresh (another tab may have changed it), changes it and writes it back.
   * Throws, changing nothing, when storage refuses (full): the caller keeps the text and says so.
   */
  #mutate(change: (state: StoredOutbox) => void, mustKeep = true) {
    const state = this.#read();
    change(state);
    try {
      this.#storage.setItem(this.key, JSON.stringify(state));
    } catch (thrown) {
      if (mustKeep) throw thrown;
    }
    this.#state = state;
    this.#emit();
  }

  #read(): StoredOutbox {
    const empty: StoredOutbox = { version: 1, next_seq: 1, entries: [] };
    let raw: string | null;
    try {
      raw = this.#storage.getItem(this.key);
    } catch {
      return JSON.parse(JSON.stringify(this.#state ?? empty)) as StoredOutbox;
    }
    if (raw === null) return empty;
    try {
      const parsed = JSON.parse(raw) as StoredOutbox;
      if (parsed?.version === 1 && Array.isArray(parsed.entries) && Number.isInteger(parsed.next_seq)) return parsed;
    } catch {
      // Fall through: kept aside below, never silently overwritten.
    }
    try {
      this.#storage.setItem(`${this.key}:unreadable:${this.#now()}`, raw);
      this.#storage.setItem(this.key, JSON.stringify(empty));
    } catch {
      // Nothing more can be done with it.
    }
    return empty;
  }

  #emit() {
    for (const listener of this.#listeners) listener();
  }
}
