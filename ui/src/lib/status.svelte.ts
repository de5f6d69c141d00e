// The app's one polite live region: confirmations ("Saved.") that assistive technology reads
// out without moving focus. Errors use role="alert" beside the control they concern.
class Status {
  message = $state('');
  #serial = 0;

  say(message: string): void {
    const serial = ++this.#serial;
    // Clearing first makes a repeated message ("Saved." twice) be announced again.
    this.message = '';
    queueMicrotask(() => {
      if (serial === this.#serial) this.message = message;
    });
  }
}

export const status = new Status();
