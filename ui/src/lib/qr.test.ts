import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrDrawing, qrPixels } from './qr';

/** A matrix from rows of '#' (dark) and '.' (light). */
const code = (...rows: string[]) => ({ size: rows.length, modules: rows.join('').split('').map((c) => c === '#') });

/** The dark cells a path draws, read back from its rectangles. */
function cells(path: string, quiet: number): string[] {
  const dark: string[] = [];
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(w); i++) dark.push(`${Number(x) + i - quiet},${Number(y) - quiet}`);
  }
  return dark.sort();
}

describe('qrDrawing', () => {
  it('draws each run of dark modules in a row as one rectangle, inside the quiet zone', () => {
    const drawing = qrDrawing(code('##.', '.#.', '###'));
    expect(drawing.side).toBe(3 + 2 * QUIET_ZONE);
    expect(drawing.path).toBe('M4 4h2v1h-2zM5 5h1v1h-1zM4 6h3v1h-3z');
  });

  it('draws exactly the dark modules, whatever the quiet zone', () => {
    const qr = code('#.#.#', '.....', '##.##', '#####', '....#');
    const dark = qr.modules.flatMap((on, i) => (on ? [`${i % 5},${Math.floor(i / 5)}`] : [])).sort();
    for (const quiet of [0, 2, 4]) expect(cells(qrDrawing(qr, quiet).path, quiet)).toEqual(dark);
  });

  it('draws nothing for a code with no dark module, and refuses a matrix of the wrong length', () => {
    expect(qrDrawing(code('..', '..')).path).toBe('');
    expect(() => qrDrawing({ size: 3, modules: [true] })).toThrow();
  });
});

describe('qrPixels', () => {
  it('gives every module the same whole number of pixels, at least the size asked for', () => {
    expect(qrPixels(41, 288)).toBe(328);
    expect(qrPixels(33, 288)).toBe(297);
    expect(qrPixels(48, 288)).toBe(288);
  });
});
