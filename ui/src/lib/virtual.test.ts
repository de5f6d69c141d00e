import { describe, expect, it } from 'vitest';
import { scrollToShow, visibleRange } from './virtual';

describe('visibleRange', () => {
  it('renders the rows in view and a few either side, within the list', () => {
    expect(visibleRange(0, 400, 100, 5000)).toEqual({ start: 0, end: 9 });
    expect(visibleRange(10_000, 400, 100, 5000)).toEqual({ start: 95, end: 109 });
    expect(visibleRange(499_900, 400, 100, 5000)).toEqual({ start: 4994, end: 5000 });
    expect(visibleRange(0, 400, 100, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe('scrollToShow', () => {
  it('scrolls only as far as needed to show a row whole', () => {
    expect(scrollToShow(3, 0, 400, 100)).toBe(0);
    expect(scrollToShow(5, 0, 400, 100)).toBe(200);
    expect(scrollToShow(1, 300, 400, 100)).toBe(100);
  });
});
