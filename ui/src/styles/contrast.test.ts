// WCAG 2.2 AA contrast for every colour pair the stylesheet uses, in the light appearance and
// in the dark one the system may ask for, read from the tokens in app.css so that a change of
// palette is checked as it is made; AAA on the projector.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, 'app.css'), 'utf8');
const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
const colours = (text: string) =>
  new Map([...text.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
const light = colours(css.slice(0, darkAt));
// The dark appearance: its own tokens over the light ones it does not change.
const dark = new Map([...light, ...colours(css.slice(darkAt, css.indexOf('\n}\n', darkAt)))]);

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string, tokens = light): number {
  const [a, b] = [foreground, background].map((name) => {
    const hex = tokens.get(name);
    if (!hex) throw new Error(`no colour token --${name}`);
    return luminance(hex);
  }) as [number, number];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

// [foreground, background, minimum]: 4.5 for text, 3 for focus rings and control borders.
const pairs: [string, string, number][] = [
  ['ink', 'paper', 4.5],
  ['ink', 'surface', 4.5],
  ['ink', 'surface-sunken', 4.5],
  ['ink', 'danger-soft', 4.5],
  ['ink-muted', 'paper', 4.5],
  ['ink-muted', 'surface', 4.5],
  ['primary', 'surface', 4.5],
  ['primary', 'primary-soft', 4.5],
  ['primary', 'paper', 4.5],
  ['on-primary', 'primary', 4.5],
  ['on-primary', 'primary-hover', 4.5],
  ['on-primary', 'danger', 4.5],
  ['danger', 'surface', 4.5],
  ['danger', 'danger-soft', 4.5],
  ['success', 'surface', 4.5],
  ['kind-concern', 'surface', 4.5],
  ['kind-idea', 'surface', 4.5],
  ['kind-question', 'surface', 4.5],
  ['kind-evidence', 'surface', 4.5],
  ['kind-action', 'surface', 4.5],
  ['kind-concern', 'surface-sunken', 4.5],
  ['kind-idea', 'surface-sunken', 4.5],
  ['kind-question', 'surface-sunken', 4.5],
  ['kind-evidence', 'surface-sunken', 4.5],
  ['kind-action', 'surface-sunken', 4.5],
  ['focus', 'paper', 3],
  ['focus', 'surface', 3],
  ['line-strong', 'surface', 3],
];

describe('colour contrast (WCAG 2.2 AA)', () => {
  it.each(pairs)('%s on %s is at least %d:1', (foreground, background, minimum) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(minimum);
  });

  it('has a dark appearance that changes every colour of the page', () => {
    expect(darkAt).toBeGreaterThan(0);
    for (const name of ['paper', 'surface', 'ink', 'ink-muted', 'primary', 'on-primary', 'focus']) {
      expect(dark.get(name), name).not.toBe(light.get(name));
    }
  });

  it.each(pairs)('in the dark appearance, %s on %s is at least %d:1', (foreground, background, minimum) => {
    expect(contrast(foreground, background, dark)).toBeGreaterThanOrEqual(minimum);
  });

  it.each([
    ['projector-ink', 'projector-paper'],
    ['projector-ink', 'projector-alert'],
  ])('on the projector, %s on %s is at least 7:1 (AAA)', (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(7);
  });
});
