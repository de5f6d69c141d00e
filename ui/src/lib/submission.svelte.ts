// A form's pending save: busy while the core works, and the reason if it refused. The form's
// content is left alone either way, so a refused save loses nothing.
import type { AppError } from './api';
import { attempt } from './attempt';
import type { Field } from './bindings';

export class Submission {
  busy = $state(false);
  error = $state<AppError | null>(null);

  async run(save: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    await attempt(
      async () => {
        await save();
        this.error = null;
      },
      (refused) => (this.error = refused),
    );
    this.busy = false;
  }

  /** For `aria-invalid`: true if the core refused `field`, else nothing. */
  invalid(field: Field): true | undefined {
    return this.error?.field === field || undefined;
  }
}
