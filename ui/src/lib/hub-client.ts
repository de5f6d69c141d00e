// The capture page's door to the device hub (docs/hub-api.md) for everything but sending notes,
// which goes through the outbox: joining, the lab as a device sees it, the device's own
// settings and its group's notes. Also where the device keeps its token (its credential, not lab
// data) and the names of the localStorage keys, so that the page and its tests agree on them.
import { AppError } from './api';
import type {
  Device,
  DeviceNote,
  DeviceSettings,
  ErrorCode,
  Field,
  JoinAnswer,
  JoinRequest,
  Language,
  LabView,
} from './bindings';
import { translate } from './i18n.svelte';
import type { Fetch, StorageLike } from './outbox';

/** What a joined device keeps: its token, and the lab and device it was given. */
export interface Session {
  token: string;
  lab_id: string;
  device_id: string;
}

const SESSION_PREFIX = 'designlab-device:';
const OUTBOX_PREFIX = 'designlab-outbox:';

/** The key of the device's session with the hub at `origin`. */
export const sessionKey = (origin: string) => `${SESSION_PREFIX}${origin}`;
/** The key of the outbox of the lab `labId` on the hub at `origin`. */
export const outboxKey = (origin: string, labId: string) => `${OUTBOX_PREFIX}${origin}:${labId}`;

export function loadSession(storage: StorageLike, origin: string): Session | null {
  try {
    const parsed = JSON.parse(storage.getItem(sessionKey(origin)) ?? 'null') as Partial<Session> | null;
    if (parsed && typeof parsed.token === 'string' && typeof parsed.lab_id === 'string') {
      return { token: parsed.token, lab_id: parsed.lab_id, device_id: parsed.device_id ?? '' };
    }
  } catch {
    // A session that cannot be read is no session: the device joins again.
  }
  return null;
}

export function saveSession(storage: StorageLike, origin: string, session: Session): void {
  storage.setItem(sessionKey(origin), JSON.stringify(session));
}

const LANGUAGE_KEY = 'designlab-device-language';

/** The language the note-taker chose on this device, kept for the next time the page opens. */
export function loadLanguage(storage: StorageLike): Language | null {
  try {
    const language = storage.getItem(LANGUAGE_KEY);
    return language === 'en' || language === 'cy' ? language : null;
  } catch {
    return null;
  }
}

export function saveLanguage(storage: StorageLike, language: Language): void {
  try {
    storage.setItem(LANGUAGE_KEY, language);
  } catch {
    // It applies now; it is only not remembered.
  }
}

/** Forgets the token (the hub no longer takes it); the lab's outbox stays where it is. */
export function forgetToken(storage: StorageLike & { removeItem(key: string): void }, origin: string): void {
  storage.removeItem(sessionKey(origin));
}

/** The secret from a QR link, `…/#k=<secret>`, if the page was opened by one. */
export function secretFrom(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  return secret ? secret : null;
}

/** A refusal from the hub: its HTTP status, and the code the page words in its own language. */
export class HubError extends AppError {
  constructor(
    readonly status: number,
    code: ErrorCode | 'unexpected',
    message: string,
    field: Field | null = null,
  ) {
    super(code, message, field);
  }

  /** The device must join again: the hub no longer knows its token, or it was revoked. */
  get mustJoin(): boolean {
    return this.status === 401 || (this.status === 403 && this.code === 'revoked');
  }

  override describe(language: Language): string {
    const said = super.describe(language);
    // A code this page has no words for (a newer hub) still says something useful.
    return said === `error-${this.code}` ? translate(language, 'error-unexpected', { detail: this.message }) : said;
  }
}

/** No answer from the hub: the network is down, or the laptop stopped capturing. */
export class Unreachable extends HubError {
  constructor(detail: string) {
    super(0, 'unexpected', detail);
  }

  override describe(language: Language): string {
    return translate(language, 'device-unreachable');
  }
}

/** Turns a refusal's JSON (code, message, field) and status into a HubError. */
export function hubError(status: number, body: unknown): HubError {
  const { code, message, field } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return new HubError(
    status,
    typeof code === 'string' ? (code as ErrorCode) : 'unexpected',
    typeof message === 'string' ? message : `HTTP ${status}`,
    typeof field === 'string' ? (field as Field) : null,
  );
}

export class HubClient {
  /** The laptop's clock minus this device's, in ms, from the hub's Date header. */
  clockOffset = 0;

  constructor(
    private readonly fetcher: Fetch,
    private readonly token: () => string | null,
    private readonly base = '',
  ) {}

  join(request: JoinRequest): Promise<JoinAnswer> {
    return this.#call('POST', '/api/join', request);
  }

  lab(): Promise<LabView> {
    return this.#call('GET', '/api/lab');
  }

  saveDevice(settings: DeviceSettings): Promise<Device> {
    return this.#call('PUT', '/api/device', settings);
  }

  /** The device's group's notes (only its own without a group), newest first. */
  notes(): Promise<DeviceNote[]> {
    return this.#call('GET', '/api/notes');
  }

  /** The hub's time now, by this device's clock corrected by the hub's. */
  now(): number {
    return Date.now() + this.clockOffset;
  }

  async #call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = this.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    const init: RequestInit = { method, headers, cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response: Response;
    let text: string;
    try {
      response = await this.fetcher(`${this.base}${path}`, init);
      text = await response.text();
    } catch (thrown) {
      throw new Unreachable(thrown instanceof Error ? thrown.message : String(thrown));
    }
    const date = Date.parse(response.headers.get('Date') ?? '');
    if (!Number.isNaN(date)) this.clockOffset = date - Date.now();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    if (!response.ok) throw hubError(response.status, parsed);
    return parsed as T;
  }
}
