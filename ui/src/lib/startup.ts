import { api } from './api';

let told = false;

/**
 * Tells the shell, once per start, that the first screen shows its data. Two animation frames
 * later, so that a frame with that data has been drawn, not only put in the page.
 */
export function firstScreenShown(): void {
  if (told) return;
  told = true;
  requestAnimationFrame(() => requestAnimationFrame(() => void api.firstScreenShown().catch(() => {})));
}
