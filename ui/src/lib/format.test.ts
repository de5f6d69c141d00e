import { describe, expect, it } from 'vitest';
import { blankToNull, formatDate } from './format';

describe('formatDate', () => {
  it('writes a lab date in full, whatever the machine time zone', () => {
    expect(formatDate('2024-10-15', 'en-GB')).toMatch(/^Tuesday,? 15 October 2024$/);
    expect(formatDate('2024-10-15', 'cy-GB')).toMatch(/Dydd Mawrth,? 15 Hydref 2024/);
  });
});

describe('blankToNull', () => {
  it('sends blank optional fields as null and trims the rest', () => {
    expect(blankToNull('   ')).toBeNull();
    expect(blankToNull(' 13:30 ')).toBe('13:30');
  });
});
