import { describe, expect, it } from 'vitest';
import type { StakeholderRole } from './bindings';
import { enterSaves, shortKey, type KeyPress, type Offer } from './capture-keys';

const role = (n: number): StakeholderRole =>
  ({ id: `role-${n}`, name: `Role ${n}`, retired: false }) as StakeholderRole;

const offer: Offer = {
  mac: false,
  roles: [1, 2, 3].map(role),
  confidential: false,
  canUndo: true,
  hasGroups: true,
  goalsArmed: false,
};

/** A key pressed with Alt (Control+Option on a Mac), as a US keyboard reports it. */
function alt(key: string, more: Partial<KeyPress> = {}): KeyPress {
  const code = /^[1-9]$/.test(key) ? `Digit${key}` : /^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : key;
  return { key, code, altKey: true, ctrlKey: false, metaKey: false, shiftKey: false, ...more };
}

describe('shortKey', () => {
  it('chooses the role by its place among those offered, Alt+1 first', () => {
    expect(shortKey(alt('1'), offer)).toEqual({ action: 'role', role: role(1) });
    expect(shortKey(alt('3'), offer)).toEqual({ action: 'role', role: role(3) });
    expect(shortKey(alt('3', { code: 'Numpad3' }), offer)).toEqual({ action: 'role', role: role(3) });
  });

  it('chooses each of the five stages with Alt+Shift and a digit', () => {
    const stages = ['1', '2', '3', '4', '5'].map((digit) => shortKey(alt(digit, { shiftKey: true }), offer));
    expect(stages).toEqual([
      { action: 'stage', stage: 'planning' },
      { action: 'stage', stage: 'tender_award' },
      { action: 'stage', stage: 'development_customisation' },
      { action: 'stage', stage: 'deployment_contract_management' },
      { action: 'stage', stage: 'oversight' },
    ]);
  });

  it('reads the digit from the key that was pressed, not the character Shift made of it', () => {
    const pressed = alt('!', { code: 'Digit1', shiftKey: true });
    expect(shortKey(pressed, offer)).toEqual({ action: 'stage', stage: 'planning' });
  });

  it('chooses each kind by its letter', () => {
    const kinds = ['c', 'i', 'q', 'e', 'a'].map((letter) => shortKey(alt(letter), offer));
    expect(kinds).toEqual([
      { action: 'kind', kind: 'concern' },
      { action: 'kind', kind: 'idea' },
      { action: 'kind', kind: 'question' },
      { action: 'kind', kind: 'evidence' },
      { action: 'kind', kind: 'action' },
    ]);
    expect(shortKey(alt('c', { shiftKey: true }), offer)).toEqual({ action: 'kind', kind: 'concern' });
  });

  it('goes by the physical key where there is one, so accents typed with Option do not get in the way', () => {
    expect(shortKey(alt('é', { code: 'KeyE' }), offer)).toEqual({ action: 'kind', kind: 'evidence' });
    expect(shortKey(alt('Q', { code: '' }), offer)).toEqual({ action: 'kind', kind: 'question' });
    expect(shortKey(alt('7', { code: '' }), { ...offer, roles: [1, 2, 3, 4, 5, 6, 7].map(role) })).toEqual({
      action: 'role',
      role: role(7),
    });
  });

  it('tags a well-being goal with Alt+W and then Alt+1–7, the goals in the Act’s order', () => {
    expect(shortKey(alt('w'), offer)).toEqual({ action: 'arm-goals' });
    const armed = { ...offer, goalsArmed: true };
    const goals = ['1', '2', '3', '4', '5', '6', '7'].map((digit) => shortKey(alt(digit), armed));
    expect(goals).toEqual(
      [
        'prosperous',
        'resilient',
        'healthier',
        'more_equal',
        'cohesive_communities',
        'vibrant_culture',
        'globally_responsible',
      ].map((goal) => ({ action: 'goal', goal })),
    );
    expect(shortKey(alt('8'), armed)).toBeNull();
    expect(shortKey(alt('1'), offer), 'a role again once used').toEqual({ action: 'role', role: role(1) });
  });

  it('turns confidential on, and off again', () => {
    expect(shortKey(alt('x'), offer)).toEqual({ action: 'confidential', on: true });
    expect(shortKey(alt('x'), { ...offer, confidential: true })).toEqual({ action: 'confidential', on: false });
  });

  it('undoes with Alt+Z and moves to the next group with Alt+G, when there is something to do', () => {
    expect(shortKey(alt('z'), offer)).toEqual({ action: 'undo' });
    expect(shortKey(alt('g'), offer)).toEqual({ action: 'next-group' });
    expect(shortKey(alt('z'), { ...offer, canUndo: false })).toBeNull();
    expect(shortKey(alt('g'), { ...offer, hasGroups: false })).toBeNull();
  });

  it('leaves alone a role or stage that is not there', () => {
    expect(shortKey(alt('4'), offer)).toBeNull();
    expect(shortKey(alt('9'), { ...offer, roles: [] })).toBeNull();
    expect(shortKey(alt('6', { shiftKey: true }), offer)).toBeNull();
    expect(shortKey(alt('0'), offer)).toBeNull();
  });

  it('leaves alone keys without Alt, with Command or Windows, and other letters', () => {
    expect(shortKey(alt('q', { altKey: false }), offer)).toBeNull();
    expect(shortKey(alt('1', { altKey: false }), offer)).toBeNull();
    expect(shortKey(alt('q', { metaKey: true }), offer)).toBeNull();
    expect(shortKey(alt('b'), offer)).toBeNull();
    expect(shortKey(alt('Enter'), offer)).toBeNull();
    expect(shortKey(alt('Tab'), offer)).toBeNull();
  });

  it('needs Control as well as Option on a Mac, and Alt alone elsewhere', () => {
    const mac = { ...offer, mac: true };
    expect(shortKey(alt('q', { ctrlKey: true }), mac)).toEqual({ action: 'kind', kind: 'question' });
    expect(shortKey(alt('q'), mac)).toBeNull();
    expect(shortKey(alt('q', { ctrlKey: true }), offer)).toBeNull();
  });
});

describe('enterSaves', () => {
  function press(key: string, more: { shiftKey?: boolean; isComposing?: boolean } = {}) {
    const seen = { saved: false, prevented: false };
    const event = {
      key,
      shiftKey: more.shiftKey ?? false,
      isComposing: more.isComposing ?? false,
      preventDefault: () => (seen.prevented = true),
    };
    enterSaves(event, () => (seen.saved = true));
    return seen;
  }

  it('saves on Enter instead of starting a new line', () => {
    expect(press('Enter')).toEqual({ saved: true, prevented: true });
  });

  it('leaves Shift+Enter, Enter while an input method composes, and other keys alone', () => {
    expect(press('Enter', { shiftKey: true })).toEqual({ saved: false, prevented: false });
    expect(press('Enter', { isComposing: true })).toEqual({ saved: false, prevented: false });
    expect(press('a')).toEqual({ saved: false, prevented: false });
  });
});
