// Which rows of a long list of equal-height rows to put in the page: those in view and a few
// either side, so scrolling through thousands of notes stays smooth.

export interface Range {
  start: number;
  end: number;
}

/** Rows `start` (inclusive) to `end` (exclusive) to render. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 5): Range {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewport)) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + overscan) };
}

/** The scroll position that brings row `index` fully into view, moving as little as possible. */
export function scrollToShow(index: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return bottom - viewport;
  return scrollTop;
}
