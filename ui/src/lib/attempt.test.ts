import { describe, expect, it } from 'vitest';
import { AppError } from './api';
import { attempt } from './attempt';

describe('attempt', () => {
  it('says the work finished and leaves the error alone', async () => {
    const seen: AppError[] = [];
    let done = false;
    const finished = await attempt(
      async () => {
        done = true;
      },
      (error) => seen.push(error),
    );
    expect([finished, done, seen]).toEqual([true, true, []]);
  });

  it('hands a refusal from the core over as it is', async () => {
    const refusal = new AppError('empty', 'The text is empty', 'text');
    let seen: AppError | null = null;
    const finished = await attempt(
      () => Promise.reject(refusal),
      (error) => (seen = error),
    );
    expect(finished).toBe(false);
    expect(seen).toBe(refusal);
  });

  it('turns anything else thrown into an AppError, without throwing it on', async () => {
    let seen: AppError | null = null;
    const finished = await attempt(
      async () => {
        throw new Error('boom');
      },
      (error) => (seen = error),
    );
    expect(finished).toBe(false);
    expect(seen).toBeInstanceOf(AppError);
    expect(seen).toMatchObject({ code: 'unexpected', message: 'boom' });
  });
});
