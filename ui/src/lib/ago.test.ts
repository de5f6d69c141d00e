import { describe, expect, it } from 'vitest';
import { ago, formatAgo } from './ago';
import { i18n } from './i18n.svelte';

const now = Date.parse('2025-03-01T14:00:00Z');
const before = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('ago', () => {
  it('says "now" for under a minute, and for a clock a little ahead', () => {
    expect(ago(before(0), now)).toEqual({ unit: 'now', count: 0 });
    expect(ago(before(59), now)).toEqual({ unit: 'now', count: 0 });
    expect(ago(before(-30), now)).toEqual({ unit: 'now', count: 0 });
  });

  it('counts whole minutes, then hours, then days, rounding down', () => {
    expect(ago(before(60), now)).toEqual({ unit: 'minutes', count: 1 });
    expect(ago(before(119), now)).toEqual({ unit: 'minutes', count: 1 });
    expect(ago(before(59 * 60 + 59), now)).toEqual({ unit: 'minutes', count: 59 });
    expect(ago(before(60 * 60), now)).toEqual({ unit: 'hours', count: 1 });
    expect(ago(before(23 * 3600 + 3599), now)).toEqual({ unit: 'hours', count: 23 });
    expect(ago(before(3 * 86400 + 5), now)).toEqual({ unit: 'days', count: 3 });
  });

  it('reads the offsets RFC 3339 allows', () => {
    expect(ago('2025-03-01T15:58:00+02:00', now)).toEqual({ unit: 'minutes', count: 2 });
  });
});

describe('formatAgo', () => {
  it('says it in English and Welsh', () => {
    i18n.language = 'en';
    expect(formatAgo(before(10), now)).toBe('just now');
    expect(formatAgo(before(120), now)).toBe('2 min ago');
    expect(formatAgo(before(3 * 3600), now)).toBe('3 hours ago');
    expect(formatAgo(before(86400), now)).toBe('1 day ago');
    i18n.language = 'cy';
    expect(formatAgo(before(10), now)).toBe('eiliadau yn ôl');
    expect(formatAgo(before(120), now)).toBe('2 funud yn ôl');
    expect(formatAgo(before(3 * 3600), now)).toBe('3 awr yn ôl');
    expect(formatAgo(before(2 * 86400), now)).toBe('2 ddiwrnod yn ôl');
    i18n.language = 'en';
  });
});
