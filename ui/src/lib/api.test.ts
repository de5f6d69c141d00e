import { describe, expect, it } from 'vitest';
import { AppError, placeInFile, toAppError } from './api';
import type { CsvError, CsvName, CsvProblem } from './bindings';

describe('toAppError', () => {
  it('keeps the code and field of an error from the core', () => {
    const error = toAppError({ code: 'too_long', message: 'Text is 10001 characters long', field: 'text' });
    expect(error).toBeInstanceOf(AppError);
    expect([error.code, error.field, error.message]).toEqual(['too_long', 'text', 'Text is 10001 characters long']);
  });

  it('turns anything else into an unexpected error that keeps its detail', () => {
    const fromString = toAppError('invalid args `id` for command `get_lab`');
    expect(fromString.code).toBe('unexpected');
    expect(fromString.describe('en')).toContain('invalid args `id`');
    expect(toAppError(new Error('boom')).message).toBe('boom');
  });
});

describe('AppError.describe', () => {
  it('names the field in the interface language', () => {
    const error = new AppError('empty', 'Title must not be empty', 'title');
    expect(error.describe('en')).toBe('The title cannot be empty.');
    expect(error.describe('cy')).toBe('Ni all y teitl fod yn wag.');
  });

  it('inflects the field as each language needs', () => {
    expect(new AppError('too_long', '', 'text').describe('cy')).toMatch(/^Mae'r testun yn rhy hir\./);
    expect(new AppError('too_long', '', 'venue').describe('en')).toMatch(/^The venue is too long\./);
  });

  it('reassures that a refused note was not lost', () => {
    expect(new AppError('disk_full', 'disk full').describe('en')).toContain('your text is still here');
  });
});

describe('errors about a file', () => {
  it('say where in the file the problem is, in both languages', () => {
    const error = toAppError({
      code: 'invalid_file',
      message: 'unknown variant `party`',
      field: null,
      location: 'agenda[2].kind',
    });
    expect(error.location).toBe('agenda[2].kind');
    expect(error.describe('en')).toContain('“agenda[2].kind”');
    expect(error.describe('en')).toContain('Nothing was imported');
    expect(error.describe('cy')).toContain('“agenda[2].kind”');
    // The reader's English is kept apart, to be shown marked as English.
    expect(error.describe('cy')).not.toContain('unknown variant');
    expect(error.readerSaid()).toBe('unknown variant `party`');
  });

  it('say a line and column, or a byte, in the person\'s language', () => {
    expect(placeInFile('cy', 'line 1, column 12')).toBe('llinell 1, colofn 12');
    expect(placeInFile('en', 'line 1200, column 3')).toBe('line 1200, column 3');
    expect(placeInFile('cy', 'byte 0')).toBe('beit 0');
    expect(placeInFile('cy', 'agenda[1].kind')).toBe('agenda[1].kind');
  });

  it('name the file or folder a person chose when it cannot be used, in both languages', () => {
    const onto = toAppError({
      code: 'would_overwrite_database',
      message: 'in English',
      field: null,
      path: '/home/ffion/designlab.sqlite3',
    });
    expect(onto.describe('en')).toContain('“/home/ffion/designlab.sqlite3” is Design Lab’s own database');
    expect(onto.describe('cy')).toContain('Cronfa ddata Design Lab');
    expect(onto.describe('cy')).toContain('“/home/ffion/designlab.sqlite3”');
    const device = toAppError({ code: 'not_a_file', message: '', field: null, path: '/dev/full' });
    expect(device.describe('cy')).toMatch(/^Mae “\/dev\/full” yn ffolder/);
    expect(toAppError({ code: 'read_only', message: '', field: null }).describe('en')).toContain('can only be read');
  });
});

describe('a refused spreadsheet', () => {
  const refused = (csv: CsvError) =>
    toAppError({ code: 'invalid_csv', message: 'in English', field: null, location: null, csv });

  it('names the row, the column and the problem in either language', () => {
    const error = refused({
      row: 1234,
      heading: 'Rôl',
      column: null,
      problem: { kind: 'no_such', what: 'role', name: 'Maer' },
    });
    expect(error.describe('en')).toBe(
      'This spreadsheet cannot be imported. Row 1234, column “Rôl”: this lab has no stakeholder role called ' +
        '“Maer”. Nothing was imported.',
    );
    expect(error.describe('cy')).toBe(
      "Ni ellir mewnforio'r daenlen hon. Rhes 1234, colofn “Rôl”: nid oes rôl rhanddeiliad o'r enw “Maer” " +
        'yn y labordy hwn. Ni fewnforiwyd dim.',
    );
  });

  it('lists the names it reads in the language of the interface', () => {
    const error = refused({ row: 2, heading: 'Math', column: null, problem: { kind: 'not_a_kind', name: 'Gwaedd' } });
    expect(error.describe('cy')).toContain(
      'Defnyddiwch “Syniad”, “Pryder”, “Cwestiwn”, “Tystiolaeth” neu “Cam gweithredu”.',
    );
    const heading = refused({
      row: 1,
      heading: null,
      column: 'D',
      problem: { kind: 'unknown_heading', heading: 'Words' },
    });
    expect(heading.describe('en')).toContain('Row 1, column D: “Words” is not a heading');
    expect(heading.describe('cy')).toContain('“Her”, “Rôl”, “Math”, “Cam”, “Nodyn”, “Tagiau”, “Nodau llesiant” neu “Grŵp”');
  });

  it('has words for every problem the core can report, in both languages', () => {
    // Typed so that a kind the core adds and this list lacks fails the type check.
    const problems: { [Kind in CsvProblem['kind']]: Extract<CsvProblem, { kind: Kind }> } = {
      not_utf8: { kind: 'not_utf8' },
      unreadable: { kind: 'unreadable', detail: 'x' },
      heading_twice: { kind: 'heading_twice', heading: 'Rôl', first: 'B' },
      unknown_heading: { kind: 'unknown_heading', heading: 'x' },
      no_text_column: { kind: 'no_text_column' },
      no_role_column: { kind: 'no_role_column' },
      no_challenge_column: { kind: 'no_challenge_column' },
      no_challenges: { kind: 'no_challenges' },
      too_many_cells: { kind: 'too_many_cells', cells: 4, headings: 3 },
      missing: { kind: 'missing', what: 'role' },
      no_such: { kind: 'no_such', what: 'group', name: 'x' },
      several_called: { kind: 'several_called', what: 'challenge', name: 'x' },
      role_retired: { kind: 'role_retired', name: 'x' },
      not_a_kind: { kind: 'not_a_kind', name: 'x' },
      not_a_stage: { kind: 'not_a_stage', name: 'x' },
      not_a_goal: { kind: 'not_a_goal', name: 'x' },
      text_empty: { kind: 'text_empty' },
      text_too_long: { kind: 'text_too_long', length: 10001, max: 10000 },
    };
    for (const problem of Object.values(problems)) {
      for (const language of ['en', 'cy'] as const) {
        const said = refused({ row: 2, heading: null, column: null, problem }).describe(language);
        expect(said, `${problem.kind} in ${language}`).not.toMatch(/csv-problem|\{/);
      }
    }
  });

  it('names each kind of thing a cell names differently', () => {
    const names: CsvName[] = ['challenge', 'role', 'group'];
    for (const language of ['en', 'cy'] as const) {
      for (const kind of ['missing', 'no_such', 'several_called'] as const) {
        const said = names.map((what) =>
          refused({ row: 2, heading: null, column: null, problem: { kind, what, name: 'x' } }).describe(language),
        );
        expect(new Set(said).size, `${kind} in ${language}`).toBe(names.length);
      }
    }
  });
});
