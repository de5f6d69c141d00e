// How long ago something happened ("2 min ago"), for lists that say when a device was last
// heard from. Whole units, rounded down, so the words never claim more recent than it was.
import { t } from './i18n.svelte';

export type Ago = { unit: 'now' | 'minutes' | 'hours' | 'days'; count: number };

/** How long before `now` (milliseconds since the epoch) the RFC 3339 `instant` was. */
export function ago(instant: string, now: number): Ago {
  const seconds = Math.max(0, Math.floor((now - Date.parse(instant)) / 1000));
  if (Number.isNaN(seconds) || seconds < 60) return { unit: 'now', count: 0 };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
}

/** `ago` in words, in the interface language. */
export function formatAgo(instant: string, now: number): string {
  const { unit, count } = ago(instant, now);
  return t(`hub-seen-${unit}`, { count });
}
