import { api } from './api';

/**
 * Tells the shell that the first screen shows its data (the shell counts only the first time a
 * start does). Two animation frames later, so that a frame with that data has been drawn, not
 * only put in the page.
 */
export function firstScreenShown(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => void api.firstScreenShown().catch(() => {})));
}
