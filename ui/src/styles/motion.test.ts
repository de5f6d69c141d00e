// Motion respects the system's reduced-motion setting: every transition and animation in the
// stylesheet and in the components' styles sits inside `@media (prefers-reduced-motion:
// no-preference)`, and no script scrolls smoothly, so with the setting on nothing moves.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..');

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(css|svelte|ts)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The declarations that move something, each with whether it is inside a no-preference block. */
function motions(css: string): { declaration: string; allowed: boolean }[] {
  const found: { declaration: string; allowed: boolean }[] = [];
  const open: boolean[] = [];
  let inside = 0;
  for (const token of css.matchAll(/@media[^{]*\{|\{|\}|(?:transition|animation)(?:-[a-z-]+)?\s*:[^;}]*/g)) {
    const text = token[0];
    if (text.startsWith('@media')) {
      const allows = /prefers-reduced-motion:\s*no-preference/.test(text);
      open.push(allows);
      if (allows) inside += 1;
    } else if (text === '{') {
      open.push(false);
    } else if (text === '}') {
      if (open.pop()) inside -= 1;
    } else if (!/:\s*none\b/.test(text)) {
      found.push({ declaration: text.trim(), allowed: inside > 0 });
    }
  }
  return found;
}

describe('motion', () => {
  const sources = files(src).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('finds the transitions there are, and can tell one outside the setting', () => {
    const all = sources.filter((s) => /\.(css|svelte)$/.test(s.path)).flatMap((s) => motions(s.text));
    expect(all.length).toBeGreaterThan(0);
    expect(motions('.a { transition: color 1s; }')).toEqual([{ declaration: 'transition: color 1s', allowed: false }]);
  });

  it.each(sources.filter((s) => /\.(css|svelte)$/.test(s.path)).map((s) => [s.path.slice(src.length + 1), s.text]))(
    '%s moves only where reduced motion is not asked for',
    (_, text) => {
      const styles = text.includes('<style') ? [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!) : [text];
      for (const css of styles) {
        expect(motions(css).filter((m) => !m.allowed)).toEqual([]);
      }
    },
  );

  it('scrolls by script without smooth motion', () => {
    for (const { path, text } of sources) {
      expect(/behavior:\s*['"]smooth/.test(text), path).toBe(false);
    }
  });
});
