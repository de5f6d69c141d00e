import { describe, expect, it } from 'vitest';
import { atLineStart, blankToNull, excerpt, formatBytes, formatClock, formatCountdown, formatDate, formatDateTime } from './format';

describe('formatDate', () => {
  it('writes a date in the one form of the app and its reports, whatever the machine time zone', () => {
    expect(formatDate('2024-10-15', 'en')).toBe('Tuesday 15 October 2024');
    expect(formatDate('2024-10-15', 'cy')).toBe('dydd Mawrth 15 Hydref 2024');
    expect(formatDate('2026-12-06', 'cy')).toBe('dydd Sul 6 Rhagfyr 2026');
    expect(formatDate('2026-12-07', 'en')).toBe('Monday 7 December 2026');
  });
});

describe('atLineStart', () => {
  it('capitalises a Welsh date that stands alone, and leaves English as it is', () => {
    expect(atLineStart(formatDate('2024-10-15', 'cy'))).toBe('Dydd Mawrth 15 Hydref 2024');
    expect(atLineStart(formatDate('2024-10-15', 'en'))).toBe('Tuesday 15 October 2024');
  });
});

describe('formatClock', () => {
  it('shows a local time on the 24-hour clock, in either language', () => {
    expect(formatClock('2026-12-02T13:05:09')).toBe('13:05');
    expect(formatClock('2026-12-02T09:30:00')).toBe('09:30');
  });
});

describe('excerpt', () => {
  it('keeps a text that fits and cuts a longer one short of the length, ending in an ellipsis', () => {
    expect(excerpt('Workers must help', 17)).toBe('Workers must help');
    expect(excerpt('Workers must help write the questions', 17)).toBe('Workers must h…');
    expect(excerpt('x'.repeat(200), 120)).toBe(`${'x'.repeat(117)}…`);
    expect(excerpt('', 60)).toBe('');
  });
});

describe('blankToNull', () => {
  it('sends blank optional fields as null and trims the rest', () => {
    expect(blankToNull('   ')).toBeNull();
    expect(blankToNull(' 13:30 ')).toBe('13:30');
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, hours when needed, and an overrun counting up', () => {
    expect(formatCountdown(605)).toBe('10:05');
    expect(formatCountdown(59)).toBe('0:59');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(3725)).toBe('1:02:05');
    expect(formatCountdown(-125)).toBe('+2:05');
    expect(formatCountdown(-0.4)).toBe('0:00');
  });
});

describe('formatBytes', () => {
  it('says a backup\'s size in the unit that reads best', () => {
    expect(formatBytes(512, 'en-GB')).toBe('512 byte');
    expect(formatBytes(385_024, 'en-GB')).toBe('385 kB');
    expect(formatBytes(36_700_000, 'cy-GB')).toBe('36.7 MB');
  });
});

describe('formatDateTime', () => {
  it('gives the date and the clock time to the second, in either language', () => {
    const instant = '2026-12-02T16:59:03.000Z';
    // The local day and time, so the day may differ by the machine's time zone.
    expect(formatDateTime(instant, 'en')).toMatch(/^\w+day [123] December 2026 at \d\d:\d\d:03$/);
    expect(formatDateTime(instant, 'cy')).toMatch(/^dydd \w+ [123] Rhagfyr 2026 am \d\d:\d\d:03$/);
  });
});
