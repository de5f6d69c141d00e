// The capture page's HTTP client: the token on every request, refusals as errors worded in the
// device's language, and the device's session and outbox under keys of their own per hub.
import { describe, expect, it } from 'vitest';
import { HubClient, HubError, Unreachable, loadSession, outboxKey, saveSession, secretFrom, sessionKey } from './hub-client';

describe('secretFrom', () => {
  it('reads the secret from a QR link’s fragment', () => {
    expect(secretFrom('#k=k3J-abc_9')).toBe('k3J-abc_9');
    expect(secretFrom('')).toBeNull();
    expect(secretFrom('#x=1')).toBeNull();
  });
});

describe('the device’s session', () => {
  it('is kept per hub origin, with the outbox per origin and lab', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
    expect(loadSession(storage, 'http://10.0.0.2:7878')).toBeNull();
    saveSession(storage, 'http://10.0.0.2:7878', { token: 't', lab_id: 'lab', device_id: 'd' });
    expect(loadSession(storage, 'http://10.0.0.2:7878')).toEqual({ token: 't', lab_id: 'lab', device_id: 'd' });
    expect(loadSession(storage, 'http://10.0.0.3:7878')).toBeNull();
    expect(sessionKey('http://h')).not.toBe(outboxKey('http://h', 'lab'));
    items.set(sessionKey('http://h'), 'not json');
    expect(loadSession(storage, 'http://h')).toBeNull();
  });
});

describe('HubClient', () => {
  it('sends the token, and turns a refusal into an error in the device’s language', async () => {
    const seen: (string | null)[] = [];
    const client = new HubClient(
      async (_url, init) => {
        seen.push((init.headers as Record<string, string>).Authorization ?? null);
        return new Response(JSON.stringify({ code: 'wrong_code', message: 'Wrong PIN', field: null }), {
          status: 401,
          headers: { Date: new Date(Date.now() + 60_000).toUTCString() },
        });
      },
      () => 'secret-token',
    );
    const refused = await client.lab().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HubError);
    expect(refused).toMatchObject({ status: 401, code: 'wrong_code', mustJoin: true });
    expect((refused as HubError).describe('en')).not.toMatch(/^error-/);
    expect(seen).toEqual(['Bearer secret-token']);
    // The laptop's clock is a minute ahead of this one.
    expect(Math.round(client.clockOffset / 1000)).toBeGreaterThanOrEqual(59);
  });

  it('says plainly when the hub does not answer, and words an unknown code as unexpected', async () => {
    const down = new HubClient(async () => {
      throw new TypeError('Failed to fetch');
    }, () => null);
    const lost = await down.notes().catch((e: unknown) => e);
    expect(lost).toBeInstanceOf(Unreachable);
    expect((lost as Unreachable).describe('en')).toMatch(/laptop/i);
    expect((lost as Unreachable).describe('cy')).not.toBe((lost as Unreachable).describe('en'));

    const newer = new HubError(422, 'from_the_future' as never, 'Detail');
    expect(newer.describe('en')).toContain('Detail');
  });
});
