// The capture screen's keys, for typing while people talk. The short keys leave the focus in
// the text box, and what they set stays set for the next note: Alt+1–9 a role, Alt+Shift+1–5 a
// stage, Alt+C/I/Q/E/A a kind, Alt+X confidential. Alt+W and then Alt+1–7 tags the note with one
// of the seven well-being goals (hold Alt, press W, then the number). Alt+Z takes back the last
// change to a listed note and Alt+G hands the laptop to the next group. Enter saves.
import { GOALS, STAGES, type Goal, type NoteKind, type Stage, type StakeholderRole } from './bindings';

/** The parts of a key press the short keys look at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** What the screen has to offer when a key is pressed. */
export interface Offer {
  /** On a Mac, Option+letter types accents (â, ŵ, é) that Welsh needs, so the short keys there
   * are Control+Option. */
  mac: boolean;
  /** The roles a new note may have, in order: Alt+1 is the first. */
  roles: readonly StakeholderRole[];
  confidential: boolean;
  canUndo: boolean;
  hasGroups: boolean;
  /** Alt+W was the last key: Alt+1–7 now picks a well-being goal rather than a role. */
  goalsArmed: boolean;
}

export type ShortKey =
  | { action: 'role'; role: StakeholderRole }
  | { action: 'stage'; stage: Stage }
  | { action: 'kind'; kind: NoteKind }
  | { action: 'confidential'; on: boolean }
  | { action: 'arm-goals' }
  | { action: 'goal'; goal: Goal }
  | { action: 'undo' }
  | { action: 'next-group' };

/** The seven well-being goals, Alt+1 the first, in the Act's order. */
const WELLBEING_GOALS: readonly Goal[] = GOALS.filter((entry) => entry.family === 'wellbeing_goal').map((e) => e.goal);

const KIND_KEYS: ReadonlyMap<string, NoteKind> = new Map([
  ['c', 'concern'],
  ['i', 'idea'],
  ['q', 'question'],
  ['e', 'evidence'],
  ['a', 'action'],
]);

/** The short key `press` is, or null when it is none and the key should do what it always does. */
export function shortKey(press: KeyPress, offer: Offer): ShortKey | null {
  if (!press.altKey || press.metaKey || press.ctrlKey !== offer.mac) return null;
  // The physical key where the platform says which it is; the character otherwise.
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(press.code)?.[1] ?? /^[1-9]$/.exec(press.key)?.[0];
  const letter = press.code.startsWith('Key') ? press.code.slice(3).toLowerCase() : press.key.toLowerCase();
  if (digit && press.shiftKey) {
    const stage = STAGES[Number(digit) - 1];
    return stage ? { action: 'stage', stage } : null;
  }
  if (digit && offer.goalsArmed) {
    const goal = WELLBEING_GOALS[Number(digit) - 1];
    return goal ? { action: 'goal', goal } : null;
  }
  if (digit) {
    const role = offer.roles[Number(digit) - 1];
    return role ? { action: 'role', role } : null;
  }
  const kind = KIND_KEYS.get(letter);
  if (kind) return { action: 'kind', kind };
  if (letter === 'z' && offer.canUndo) return { action: 'undo' };
  if (letter === 'g' && offer.hasGroups) return { action: 'next-group' };
  if (letter === 'w') return { action: 'arm-goals' };
  if (letter === 'x') return { action: 'confidential', on: !offer.confidential };
  return null;
}

/** Enter saves; Shift+Enter is a new line; an input method composing text keeps Enter. */
export function enterSaves(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'isComposing' | 'preventDefault'>,
  save: () => void,
): void {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    save();
  }
}
