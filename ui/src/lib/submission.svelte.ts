// A form's pending save: busy while the core works, and the reason if it refused. The form's
// content is left alone either way, so a refused save loses nothing.
import { toAppError, type AppError } from './api';

export class Submission {
  busy = $state(false);
  error = $state<AppError | null>(null);

  async run(save: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await save();
      this.error = null;
    } catch (thrown) {
      this.error = toAppError(thrown);
    } finally {
      this.busy = false;
    }
  }
}
