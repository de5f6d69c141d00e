import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { KINDS, SEGMENT_KINDS, STAGES } from './bindings';
import { formatDate } from './format';
import { LANGUAGES, SOURCES, makeBundle, systemLanguage, translate } from './i18n.svelte';

const ids = (source: string) => new Set(new FluentResource(source).body.map((entry) => entry.id));

/** The members of a string union in the generated bindings, e.g. ErrorCode. */
function unionMembers(name: string): string[] {
  const bindings = readFileSync(join(import.meta.dirname, 'bindings.ts'), 'utf8');
  const match = new RegExp(`export type ${name} = ([^;]+);`).exec(bindings);
  if (!match?.[1]) throw new Error(`no union ${name} in bindings.ts`);
  return [...match[1].matchAll(/"([a-z_]+)"/g)].map((m) => m[1] as string);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('message files', () => {
  it('parse without errors in both languages', () => {
    for (const language of LANGUAGES) expect(() => makeBundle(language, SOURCES[language])).not.toThrow();
  });

  it('hold the same messages in English and Welsh', () => {
    expect([...ids(SOURCES.cy)].sort()).toEqual([...ids(SOURCES.en)].sort());
  });

  it('hold every message the code asks for by a literal id', () => {
    const english = ids(SOURCES.en);
    const used = sourceFiles(join(import.meta.dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-z0-9-]+)'/g)].map((m) => m[1] as string),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((id) => !english.has(id))).toEqual([]);
  });

  it('name every field in the messages about fields, in both languages', () => {
    for (const language of LANGUAGES) {
      for (const id of ['error-empty', 'error-too_long']) {
        const phrasings = unionMembers('Field').map((field) => translate(language, id, { field }));
        expect(new Set(phrasings).size, `${language} ${id}`).toBe(phrasings.length);
      }
    }
  });

  it('name every stage, kind, segment kind, error code, category and language', () => {
    const english = ids(SOURCES.en);
    const wanted = [
      ...STAGES.map((stage) => `stage-${stage}`),
      ...KINDS.map((kind) => `kind-${kind}`),
      ...SEGMENT_KINDS.map((kind) => `segment-${kind}`),
      ...unionMembers('ErrorCode').map((code) => `error-${code}`),
      ...unionMembers('Category').map((category) => `category-${category}`),
      ...LANGUAGES.map((language) => `language-${language}`),
    ];
    expect(wanted.filter((id) => !english.has(id))).toEqual([]);
  });
});

describe('translate', () => {
  it('uses the official Welsh stage names', () => {
    expect(translate('cy', 'stage-deployment_contract_management')).toBe('Rhoi ar waith a rheoli contractau');
    expect(translate('en', 'stage-tender_award')).toBe('Tender & award');
  });

  it('follows Welsh plural rules', () => {
    expect(translate('cy', 'labs-count', { count: 2 })).toBe('Dau labordy');
    expect(translate('cy', 'labs-count', { count: 1 })).toBe('Un labordy');
    expect(translate('en', 'labs-count', { count: 3 })).toBe('3 labs');
  });

  it('puts arguments in without isolation marks', () => {
    expect(translate('en', 'labs-created', { title: 'Cardiff' })).toBe('Lab “Cardiff” created.');
  });

  it('shows the id of a message that exists nowhere rather than nothing', () => {
    expect(translate('cy', 'no-such-message')).toBe('no-such-message');
  });
});

describe('systemLanguage', () => {
  it('starts in Welsh only when the system asks for it', () => {
    expect(systemLanguage(['cy-GB', 'en-GB'])).toBe('cy');
    expect(systemLanguage(['en-US'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });
});

describe('Welsh phrases built around a number or a typed name', () => {
  it('mutates after numbers and conjunctions, and quotes a title after a word that would mutate it', () => {
    expect(translate('cy', 'roles-uses', { count: 2 })).toBe('Defnyddiwyd ddwywaith');
    expect(translate('cy', 'themes-suggestion-accepted', { title: 'Hyfforddiant', count: 1 })).toBe(
      'Gwnaed y thema “Hyfforddiant” gydag un nodyn.',
    );
    expect(translate('cy', 'backups-holds', { labs: 2, notes: 1 })).toBe('2 labordy ac 1 nodyn');
    expect(translate('cy', 'capture-back', { lab: 'Abertawe' })).toBe("Yn ôl i'r labordy “Abertawe”");
    expect(translate('cy', 'device-joined', { lab: 'Abertawe' })).toBe("Wedi ymuno â'r labordy “Abertawe”.");
    // A date inside a phrase: the weekday in lower case, and no word before it that mutates it.
    expect(translate('cy', 'actions-due-on', { date: formatDate('2024-10-15', 'cy') })).toBe(
      'Erbyn dydd Mawrth 15 Hydref 2024',
    );
  });
});
