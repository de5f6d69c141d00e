import { describe, expect, it } from 'vitest';
import { withGoal } from './goals';

describe('withGoal', () => {
  it('ticks and unticks a goal, keeping the Acts’ order whatever order they were ticked in', () => {
    expect(withGoal(['fair_work'], 'healthier', true)).toEqual(['healthier', 'fair_work']);
    expect(withGoal(['healthier', 'fair_work'], 'healthier', false)).toEqual(['fair_work']);
    expect(withGoal(['fair_work'], 'fair_work', true)).toEqual(['fair_work']);
  });
});
