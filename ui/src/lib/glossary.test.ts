// The glossary (assets/glossary.json): each term the app uses is translated one way, as the
// Fluent files and the built-in template translate it, so a term is never Welsh two ways.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Entry {
  message?: string;
  en: string;
  cy: string;
  en_forms?: string[];
  cy_forms?: string[];
}

const glossary = JSON.parse(read('assets/glossary.json')) as Record<'stages' | 'roles' | 'kinds' | 'goals' | 'terms', Entry[]>;

/** A Fluent file's messages by id, each with its continuation lines joined on. */
function messages(language: string): Map<string, string> {
  const found = new Map<string, string>();
  let id: string | null = null;
  for (const line of read(`ui/src/locales/${language}.ftl`).split('\n')) {
    const start = /^([a-z0-9_-]+) = (.*)$/.exec(line);
    if (start) {
      id = start[1]!;
      found.set(id, start[2]!);
    } else if (id && /^\s+\S/.test(line)) {
      found.set(id, `${found.get(id)!} ${line.trim()}`);
    } else {
      id = null;
    }
  }
  return found;
}

const en = messages('en');
const cy = messages('cy');
const template = (language: string) =>
  JSON.parse(read(`assets/templates/worker-voice.${language}.json`)) as { roles: string[] };

/** A message as words: without placeables, and without the product's name. */
const words = (text: string) => text.replace(/\{[^}]*\}/g, ' ').replace(/Design Lab/g, ' ');

/** The messages that say `term` in English but not in the glossary's Welsh, as `id: Welsh`. */
function unlike(term: Entry, english: Map<string, string>, welsh: Map<string, string>): string[] {
  const said = new RegExp(`\\b(?:${term.en_forms!.join('|')})\\b(?!-)`, 'i');
  return [...english]
    .filter(([, value]) => said.test(words(value)))
    .filter(([id]) => !term.cy_forms!.some((form) => (welsh.get(id) ?? '').toLowerCase().includes(form)))
    .map(([id]) => `${id}: ${welsh.get(id)}`);
}

describe('the glossary', () => {
  it.each([...glossary.stages, ...glossary.kinds, ...glossary.goals])(
    '$en is the message $message, in both languages',
    ({ message, en: english, cy: welsh }) => {
      expect([en.get(message!), cy.get(message!)]).toEqual([english, welsh]);
    },
  );

  it('names the stakeholder roles as the built-in template does, in order', () => {
    expect(glossary.roles.map((r) => r.en)).toEqual(template('en').roles);
    expect(glossary.roles.map((r) => r.cy)).toEqual(template('cy').roles);
  });

  it('translates no term two ways', () => {
    const all = Object.values(glossary).filter(Array.isArray).flat() as Entry[];
    for (const language of ['en', 'cy'] as const) {
      const seen = all.map((entry) => entry[language].toLowerCase());
      expect(new Set(seen).size, language).toBe(seen.length);
    }
  });

  it.each(glossary.terms)('every message with “$en” says it in Welsh as “$cy”', (term) => {
    expect(unlike(term, en, cy)).toEqual([]);
  });

  it('catches a message that translates a term another way', () => {
    const noteTaker = glossary.terms.find((term) => term.en === 'note-taker')!;
    const planted = new Map([['hub-intro', 'Note-takers capture on their own phones.']]);
    const other = new Map([['hub-intro', "Mae'r rhai sy'n cymryd nodiadau yn cofnodi."]]);
    expect(unlike(noteTaker, planted, other)).toEqual(["hub-intro: Mae'r rhai sy'n cymryd nodiadau yn cofnodi."]);
    expect(unlike(noteTaker, planted, new Map([['hub-intro', 'Mae cofnodwyr yn cofnodi.']]))).toEqual([]);
  });
});
