// After a list item moved by keyboard, keep focus on the button that moved it, so the next
// press moves it again. At either end of the list that button is disabled: focus the other.
import { tick } from 'svelte';

export type Direction = 'up' | 'down';

/** `idFor(direction)` names the item's Move up / Move down buttons. */
export async function keepFocusOnMove(idFor: (direction: Direction) => string, moved: Direction): Promise<void> {
  await tick();
  const same = document.getElementById(idFor(moved)) as HTMLButtonElement | null;
  const other = document.getElementById(idFor(moved === 'up' ? 'down' : 'up'));
  (same && !same.disabled ? same : other)?.focus();
}
