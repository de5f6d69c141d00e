// A note's, theme's or action's goals as a set, kept in the Acts' order as the core keeps them.
import { GOALS, type Goal } from './bindings';

/** `goals` with `goal` ticked (`on`) or not, in the catalogue's order. */
export function withGoal(goals: readonly Goal[], goal: Goal, on: boolean): Goal[] {
  return GOALS.map((entry) => entry.goal).filter((g) => (g === goal ? on : goals.includes(g)));
}
