// The device's outbox (lib/outbox.ts, plain TypeScript) as reactive state for the capture page:
// what is waiting, what was refused, and whether the hub answers, redrawn whenever it changes.
import type { Entry, NoteState, Outbox, Refusal } from '../lib/outbox';

export class OutboxView {
  entries = $state.raw<readonly Entry[]>([]);
  waiting = $state(0);
  refused = $state(0);
  stopped = $state.raw<Refusal | null>(null);
  unreachable = $state(false);
  retryAt = $state<number | null>(null);
  readonly #unsubscribe: () => void;

  constructor(readonly outbox: Outbox) {
    this.#sync();
    this.#unsubscribe = outbox.subscribe(() => this.#sync());
  }

  stateOf(noteId: string): NoteState {
    void this.entries;
    return this.outbox.stateOf(noteId);
  }

  refusalOf(noteId: string): Refusal | null {
    void this.entries;
    return this.outbox.refusalOf(noteId);
  }

  close(): void {
    this.#unsubscribe();
    this.outbox.stop();
  }

  #sync() {
    this.entries = this.outbox.entries;
    this.waiting = this.outbox.waiting;
    this.refused = this.outbox.refused;
    this.stopped = this.outbox.stopped;
    this.unreachable = this.outbox.unreachable;
    this.retryAt = this.outbox.retryAt;
  }
}
