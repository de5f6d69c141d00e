// Dates, times and outcomes for people, in the interface language.

import type { Action, ImportSummary } from './bindings';
import { t } from './i18n.svelte';

/** A lab's date ("2024-10-15") as a long local date, e.g. "Tuesday 15 October 2024". */
export function formatDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(value);
}

/** The local clock time of an RFC 3339 instant, e.g. "14:05". */
export function formatClock(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** A text longer than `max` characters cut short, ending in an ellipsis; a shorter one whole. */
export function excerpt(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

/** An empty string as null, for optional fields sent to the core. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A countdown as minutes and seconds, `12:05`; past zero it counts up the overrun, `+2:05`. */
export function formatCountdown(seconds: number): string {
  const whole = Math.trunc(seconds);
  const over = whole < 0;
  const size = Math.abs(whole);
  const hours = Math.floor(size / 3600);
  const minutes = Math.floor((size % 3600) / 60);
  const rest = String(size % 60).padStart(2, '0');
  const clock = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
  return over ? `+${clock}` : clock;
}

/** What an import did, in one sentence for the person and the live region. */
export function importDone(summary: ImportSummary): string {
  return t('import-done', {
    title: summary.title,
    notes: summary.notes_added,
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
  });
}

/** An RFC 3339 instant as a local date and clock time, e.g. "2 December 2026 at 16:05:09". */
export function formatDateTime(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'medium' }).format(new Date(instant));
}

/** A file's size in the unit that reads best, e.g. "840 kB" or "3.7 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, value] =
    bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : bytes >= 1_000 ? ['kilobyte', bytes / 1_000] : ['byte', bytes];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** What became of an action and when, "Done, Thursday 3 December 2026"; null while it is open
 * or was never said. */
export function actionStatusSaid(action: Pick<Action, 'status' | 'status_on'>, locale: string): string | null {
  if (action.status === 'open' || !action.status_on) return null;
  return t(`actions-status-${action.status}-on`, { date: formatDate(action.status_on, locale) });
}
