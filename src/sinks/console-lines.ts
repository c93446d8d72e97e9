// steplog's own lifecycle lines, in one fixed format shared by every console:
//   steplog ▶ build (attempt 1 of 3)
//   steplog ↻ build: attempt 1 of 3 failed with exit code 1 in 1.2s (312 MiB peak, 2.1s CPU); retrying in 2s
//   steplog ✖ build: failed with exit code 1 on attempt 3 of 3 in 9.1s     (renderOutcomeLine)
// An attempt that another one follows ends with the retry line; the last attempt's end is the
// execution's final line (../render/outcome.ts), so a step run once says how it ended once.
import { formatDuration } from '../render/format.js';
import { describeAttemptUsage } from '../render/outcome.js';
import type { AttemptRecord } from '../core/record.js';

export function renderAttemptStart(name: string, attempt: number, maxAttempts: number): string {
  return maxAttempts > 1 ? `steplog ▶ ${name} (attempt ${attempt} of ${maxAttempts})` : `steplog ▶ ${name}`;
}

/**
 * The line of an attempt another one follows, said when the retry is decided: how it ended and
 * when the next starts. `reason` is said when it is news (a line matched retry-on-output), not
 * when it only repeats how the attempt ended. The last attempt has no line of its own: the final
 * line says how it ended.
 */
export function renderRetry(
  name: string,
  attempt: AttemptRecord | null,
  maxAttempts: number,
  delayMs: number,
  reason: string,
): string {
  const when = delayMs > 0 ? `retrying in ${formatDuration(delayMs)}` : 'retrying now';
  const why = attempt?.outputMatch?.kind === 'retry' ? ` (${reason})` : '';
  if (attempt === null) return `steplog ↻ ${name}: ${when}${why}`;
  const usage = describeAttemptUsage(attempt);
  const took = attempt.durationMs === null ? '' : ` in ${formatDuration(attempt.durationMs)}`;
  const idle = attempt.timeoutKind === 'idle' ? ': idle, no output' : '';
  return `steplog ↻ ${name}: attempt ${attempt.number} of ${maxAttempts} ${describeAttempt(attempt)}${took}${usage ? ` (${usage})` : ''}${idle}; ${when}${why}`;
}

/** A console's line for one of steplog's own warnings: the message never carries the prefix. */
export function renderWarning(message: string): string {
  return `steplog ⚠ ${message}`;
}

/** A console's line for one of steplog's own notes (what it kept running): no problem, no warning sign. */
export function renderNote(message: string): string {
  return `steplog ℹ ${message}`;
}

function describeAttempt(attempt: AttemptRecord): string {
  if (attempt.error) return `could not run: ${attempt.error}`;
  if (attempt.timedOut) return 'timed out';
  if (attempt.signal) return `was killed by ${attempt.signal}`;
  return `failed with exit code ${attempt.exitCode ?? 'unknown'}`;
}
