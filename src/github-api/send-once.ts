// Writes that must not happen twice. @octokit/plugin-retry re-sends a POST after a 5xx, but a 502 can
// come back after GitHub already created the comment or check run, and check-run
// updates append annotations. So these writes go out with plugin-retry off, and after a failure that
// may have been applied we first look whether it was, and only re-send when it was not.
import { setTimeout as sleep } from 'node:timers/promises';
import { messageOf } from '../core/errors.js';
import { mayHaveBeenApplied } from './failure.js';

export interface SendOnceOptions<T> {
  send: () => Promise<T>;
  /** Looks for the result of an earlier send; null when it did not happen. */
  findApplied: () => Promise<T | null>;
  recheckDelayMs: number;
  signal: AbortSignal;
  debug: (message: string) => void;
  what: string;
}

export async function sendOnce<T>(options: SendOnceOptions<T>): Promise<T> {
  try {
    return await options.send();
  } catch (error) {
    if (!mayHaveBeenApplied(error)) throw error;
    options.debug(`${options.what} may have been applied despite the error; checking before sending again`);
    if (options.recheckDelayMs > 0) {
      await sleep(options.recheckDelayMs, undefined, { signal: options.signal });
    }
    let applied: T | null;
    try {
      applied = await options.findApplied();
    } catch (lookupError) {
      // The first failure is the one worth reporting (a hung server hangs the lookup too).
      options.debug(`Looking for it failed as well: ${messageOf(lookupError)}`);
      throw error;
    }
    if (applied !== null) {
      options.debug(`${options.what} was applied; not sending it again`);
      return applied;
    }
    return options.send();
  }
}
