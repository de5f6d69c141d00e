import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The Tauri event bus, replaced by one the test drives.
const bus = vi.hoisted(() => {
  const handlers = new Map<string, Set<(event: { payload: unknown }) => void>>();
  return {
    handlers,
    emit(event: string, payload: unknown) {
      for (const handler of handlers.get(event) ?? []) handler({ payload });
    },
  };
});

vi.mock('@tauri-apps/api/event', () => ({
  listen: async (event: string, handler: (event: { payload: unknown }) => void) => {
    const set = bus.handlers.get(event) ?? new Set();
    set.add(handler);
    bus.handlers.set(event, set);
    return () => set.delete(handler);
  },
}));

const { onDevicesChanged, onNotesChanged, settled, SETTLE_MS } = await import('./live');

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  bus.handlers.clear();
});

describe('settled', () => {
  it('runs the first call at once and a burst after it once, when the wait ends', () => {
    const handler = vi.fn();
    const { call } = settled(handler, 100);
    call();
    expect(handler).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 30; i++) call();
    expect(handler).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(handler).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(handler).toHaveBeenCalledTimes(2);
    call();
    expect(handler).toHaveBeenCalledTimes(3);
  });

  it('drops what waits when cancelled', () => {
    const handler = vi.fn();
    const { call, cancel } = settled(handler, 100);
    call();
    call();
    cancel();
    vi.advanceTimersByTime(1000);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('onNotesChanged', () => {
  it('follows the notes of its lab, and of its challenge when given one', async () => {
    const anyChallenge = vi.fn();
    const oneChallenge = vi.fn();
    onNotesChanged('lab-1', anyChallenge);
    onNotesChanged('lab-1', oneChallenge, 'ch-1');
    await vi.waitFor(() => expect(bus.handlers.get('notes-changed')?.size).toBe(2));

    bus.emit('notes-changed', { lab_id: 'lab-2', challenge_id: 'ch-1' });
    expect(anyChallenge).not.toHaveBeenCalled();
    bus.emit('notes-changed', { lab_id: 'lab-1', challenge_id: 'ch-2' });
    expect(anyChallenge).toHaveBeenCalledTimes(1);
    expect(oneChallenge).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SETTLE_MS);
    bus.emit('notes-changed', { lab_id: 'lab-1', challenge_id: 'ch-1' });
    expect(anyChallenge).toHaveBeenCalledTimes(2);
    expect(oneChallenge).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unsubscribed, even before the bus answered', async () => {
    const handler = vi.fn();
    const stop = onNotesChanged('lab-1', handler);
    stop();
    bus.emit('notes-changed', { lab_id: 'lab-1', challenge_id: 'ch-1' });
    expect(handler).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(bus.handlers.get('notes-changed')?.size).toBe(0));
  });
});

describe('onDevicesChanged', () => {
  it('follows the devices of its lab only', async () => {
    const handler = vi.fn();
    const stop = onDevicesChanged('lab-1', handler);
    await vi.waitFor(() => expect(bus.handlers.get('devices-changed')?.size).toBe(1));
    bus.emit('devices-changed', { lab_id: 'lab-2' });
    bus.emit('devices-changed', { lab_id: 'lab-1' });
    expect(handler).toHaveBeenCalledTimes(1);
    stop();
    expect(bus.handlers.get('devices-changed')?.size).toBe(0);
  });
});
