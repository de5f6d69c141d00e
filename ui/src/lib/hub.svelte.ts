// Capture from devices, as the app's window knows it: whether the hub is open (and for which
// lab), and whether the projector shows the room how to join. Kept outside any screen, so that
// leaving the lab page and coming back finds it as it was.
import { api } from './api';
import type { HubStatus } from './bindings';

/** Emitted to the projector window: the hub to show how to join (`HubStatus`), or `null`. */
export const PROJECTOR_JOIN = 'projector-join';

class Hub {
  /** The open hub, for whichever lab it serves; null when capture from devices is closed. */
  status = $state<HubStatus | null>(null);
  /** Whether the projector window shows the code to join. */
  onProjector = $state(false);

  /** Asks the core whether a hub is open, and whether the projector shows its code. */
  async refresh(): Promise<HubStatus | null> {
    const [status, shown] = await Promise.all([api.hubStatus(), api.projectorJoin()]);
    this.status = status;
    this.onProjector = shown !== null;
    return status;
  }

  async open(labId: string, address: string): Promise<HubStatus> {
    const opened = await api.hubOpen(labId, address, null);
    this.status = opened;
    return opened;
  }

  async close(): Promise<void> {
    if (this.onProjector) await api.projectorShowJoin(false).catch(() => {});
    await api.hubClose();
    this.status = null;
    this.onProjector = false;
  }

  /** Shows or hides the code on the projector, opening the projector window for `labId` if it is not showing. */
  async showOnProjector(show: boolean, labId: string, windowTitle: string): Promise<void> {
    if (show && !(await api.projectorVisible())) await api.openProjector(labId, windowTitle);
    await api.projectorShowJoin(show);
    this.onProjector = show;
  }
}

export const hub = new Hub();
