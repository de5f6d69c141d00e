// Most calls to the core fail in one way: the screen shows why beside the control and carries
// on. This is that way, written once.
import { toAppError, type AppError } from './api';

/**
 * Runs `work`. If it throws, `onError` is given the reason as an AppError and nothing is thrown
 * on. Resolves to whether the work finished, for callers that stop when it did not.
 */
export async function attempt(work: () => Promise<unknown>, onError: (error: AppError) => void): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (thrown) {
    onError(toAppError(thrown));
    return false;
  }
}
