// Follows a lab's run for a view (the run view, the projector): asks the core for the run's
// state every second and counts down between answers, so the display moves smoothly and never
// drifts from what is stored. Several views following one run agree because the core is the
// only clock.
import { api, type AppError } from './api';
import { attempt } from './attempt';
import type { RunAction, RunState } from './bindings';

const POLL_MS = 1000;
const TICK_MS = 200;

export class RunFollower {
  state = $state<RunState | null>(null);
  error = $state<AppError | null>(null);
  /** Seconds left in the current segment as of now (negative once it overruns). */
  remaining = $state(0);
  loaded = $state(false);

  #receivedAt = 0;
  #timers: ReturnType<typeof setInterval>[] = [];
  #timeUp: () => void;
  #showError = (refused: AppError) => (this.error = refused);

  constructor(
    readonly labId: string,
    onTimeUp: () => void = () => {},
  ) {
    this.#timeUp = onTimeUp;
  }

  /** Starts following; returns the function that stops it, for `onMount`. */
  follow(): () => void {
    void this.refresh();
    this.#timers.push(setInterval(() => void this.refresh(), POLL_MS));
    this.#timers.push(setInterval(() => this.#tick(), TICK_MS));
    return () => this.#timers.forEach(clearInterval);
  }

  async refresh(): Promise<void> {
    await attempt(async () => {
      this.#accept(await api.runState(this.labId));
      this.error = null;
    }, this.#showError);
    this.loaded = true;
  }

  /** Asks the core to start, pause, move on…; false if it refused. */
  act(action: RunAction): Promise<boolean> {
    return attempt(async () => {
      this.#accept(await api.runAction(this.labId, action));
      this.error = null;
    }, this.#showError);
  }

  #accept(state: RunState | null) {
    this.state = state;
    this.#receivedAt = performance.now();
    this.#tick();
  }

  #tick() {
    const state = this.state;
    if (!state) return;
    const elapsed = state.status === 'running' ? (performance.now() - this.#receivedAt) / 1000 : 0;
    const before = this.remaining;
    this.remaining = state.remaining_seconds - elapsed;
    if (state.status === 'running' && before > 0 && this.remaining <= 0) this.#timeUp();
  }
}
