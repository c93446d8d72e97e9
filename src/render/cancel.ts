// The one line steplog prints the moment it is cancelled, and the one for a second signal, so a
// user who pressed Ctrl-C (or a runner's log) sees at once what is happening and how long it takes.
//   steplog ⊘ cancelling: SIGINT sent to the command, SIGKILL in 5s
//   steplog ⊘ cancelling: SIGTERM sent to 3 running steps, SIGKILL in at most 5s
//   steplog ⊘ cancelling now: SIGKILL sent to the command
import type { RunMode } from '../core/sink.js';
import { formatDuration, plural } from './format.js';

/** `graces`: for each execution with an attempt running, the time between the signal and SIGKILL. */
export function renderCancelling(signal: string, mode: RunMode, graces: readonly number[]): string {
  if (graces.length === 0) {
    return `steplog ⊘ cancelling: no ${mode === 'command' ? 'attempt' : 'step'} is running`;
  }
  const longest = Math.max(...graces);
  const kill =
    longest === 0
      ? 'SIGKILL at once'
      : `SIGKILL in ${graces.every((grace) => grace === longest) ? '' : 'at most '}${formatDuration(longest)}`;
  return `steplog ⊘ cancelling: ${signal} sent to ${target(mode, graces.length)}, ${kill}`;
}

/** A second signal: the kill, now. Null when nothing is running any more. */
export function renderHurry(mode: RunMode, running: number): string | null {
  if (running === 0) return null;
  return `steplog ⊘ cancelling now: SIGKILL sent to ${target(mode, running)}`;
}

function target(mode: RunMode, running: number): string {
  return mode === 'command' ? 'the command' : plural(running, 'running step');
}
