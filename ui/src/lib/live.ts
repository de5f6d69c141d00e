// What the core says has changed, as it happens: notes taken on devices through the hub (or in
// this window) and devices joining or being revoked. Screens subscribe in onMount or $effect and
// return the unsubscribe function for cleanup.
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import type { DevicesChanged, NotesChanged } from './bindings';

/** A burst of changes (thirty devices sending at once) is handled at most this often. */
export const SETTLE_MS = 300;

/**
 * `handler` at most once per `ms`: the first call runs at once, calls during the wait run
 * once at its end. Returns the wrapped function and a cancel for what is still waiting.
 */
export function settled(handler: () => void, ms: number = SETTLE_MS): { call: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  const wait = () => {
    timer = setTimeout(() => {
      timer = null;
      if (!pending) return;
      pending = false;
      handler();
      wait();
    }, ms);
  };
  return {
    call() {
      if (timer !== null) {
        pending = true;
        return;
      }
      handler();
      wait();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = false;
    },
  };
}

/** Calls `handler` for each `event` whose payload `wanted` accepts, bursts settled; returns the unsubscribe. */
function subscribe<T>(event: string, wanted: (payload: T) => boolean, handler: () => void): () => void {
  let stopped = false;
  let unlisten: UnlistenFn | null = null;
  const { call, cancel } = settled(handler);
  listen<T>(event, ({ payload }) => {
    if (!stopped && wanted(payload)) call();
  })
    .then((stop) => {
      if (stopped) stop();
      else unlisten = stop;
    })
    // Outside the app (a test, a browser) there are no events to follow.
    .catch(() => {});
  return () => {
    stopped = true;
    cancel();
    unlisten?.();
  };
}

/**
 * Calls `handler` when a note of `labId` is created, edited or deleted, by this app or a
 * device; only for `challengeId` when one is given.
 */
export function onNotesChanged(labId: string, handler: () => void, challengeId?: string): () => void {
  return subscribe<NotesChanged>(
    'notes-changed',
    (change) => change.lab_id === labId && (challengeId === undefined || change.challenge_id === challengeId),
    handler,
  );
}

/** Calls `handler` when a device of `labId` joins, is revoked, or sends a note. */
export function onDevicesChanged(labId: string, handler: () => void): () => void {
  return subscribe<DevicesChanged>('devices-changed', (change) => change.lab_id === labId, handler);
}
