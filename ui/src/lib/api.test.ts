import { describe, expect, it } from 'vitest';
import { AppError, toAppError } from './api';

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
  });
});
