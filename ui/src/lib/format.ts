// Dates, times and outcomes for people, in the interface language.

import type { Action, ImportSummary, Language } from './bindings';
import { t, translate } from './i18n.svelte';

/** A date ("2024-10-15") in the one form the app and its reports write, from the Fluent files
 * rather than the WebView's own data: "Tuesday 15 October 2024", "dydd Mawrth 15 Hydref 2024". */
export function formatDate(date: string, language: Language): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  // Monday 1 to Sunday 7, as the core counts.
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  return translate(language, 'date-long', {
    weekday: translate(language, `weekday-${weekday}`),
    day: String(day),
    month: translate(language, `month-${month}`),
    year: String(year),
  });
}

/** Text that starts a line, with its first letter a capital: a Welsh date standing alone,
 * "Dydd Mawrth 15 Hydref 2024", where within a line it is "dydd Mawrth". */
export function atLineStart(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Two digits, as a clock shows them. */
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The local clock time of an RFC 3339 instant on the 24-hour clock, as everywhere in the app:
 * "14:05". */
export function formatClock(instant: string): string {
  const at = new Date(instant);
  return `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}`;
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

/** An RFC 3339 instant as a local date and clock time to the second, e.g. "Wednesday
 * 2 December 2026 at 16:05:09". */
export function formatDateTime(instant: string, language: Language): string {
  const at = new Date(instant);
  const day = `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;
  const time = `${formatClock(instant)}:${twoDigits(at.getSeconds())}`;
  return translate(language, 'date-time', { date: formatDate(day, language), time });
}

/** A file's size in the unit that reads best, e.g. "840 kB" or "3.7 MB". */
export function formatBytes(bytes: number, locale: string): string {
  const [unit, value] =
    bytes >= 1_000_000 ? ['megabyte', bytes / 1_000_000] : bytes >= 1_000 ? ['kilobyte', bytes / 1_000] : ['byte', bytes];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** What became of an action and when, "Done, Thursday 3 December 2026"; null while it is open
 * or was never said. */
export function actionStatusSaid(action: Pick<Action, 'status' | 'status_on'>, language: Language): string | null {
  if (action.status === 'open' || !action.status_on) return null;
  return translate(language, `actions-status-${action.status}-on`, { date: formatDate(action.status_on, language) });
}
