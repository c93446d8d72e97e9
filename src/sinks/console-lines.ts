// steplog's own lifecycle lines, in one fixed format shared by every console:
//   steplog ▶ build (attempt 1/3)
//   steplog ✖ build: failed in 1.20s (exit code 1, attempt 1/3, 312 MiB peak, 2.1s CPU)
//   steplog ↻ build: retrying in 2.00s (attempt 2/3 next): exit code 1
import { formatDuration } from '../render/format.js';
import { cpuMs, describeUsage } from '../render/resources.js';
import type { AttemptRecord, ExecutionRecord } from '../core/record.js';
import { describeOutcome } from '../render/outcome.js';

const ICONS: Record<AttemptRecord['status'], string> = {
  running: '▶',
  success: '✔',
  failed: '✖',
  timed_out: '⏱',
  cancelled: '⊘',
};

export function renderAttemptStart(name: string, attempt: number, maxAttempts: number): string {
  return `steplog ▶ ${name} (attempt ${attempt}/${maxAttempts})`;
}

export function renderAttemptEnd(name: string, attempt: AttemptRecord, maxAttempts: number): string {
  const status = attempt.status.replace('_', ' ');
  const usage = attempt.resources
    ? `, ${describeUsage({ peakRssBytes: attempt.resources.peakRssBytes, cpuMs: cpuMs(attempt.resources) })}`
    : '';
  const line = `steplog ${ICONS[attempt.status]} ${name}: ${status} in ${formatDuration(attempt.durationMs ?? 0)} (${describeExit(attempt)}, attempt ${attempt.number}/${maxAttempts}${usage})`;
  // A failure with attempts left that is not retried says why, on the same line.
  return attempt.retry && !attempt.retry.retried ? `${line}; not retried: ${attempt.retry.reason}` : line;
}

export function renderRetry(
  name: string,
  next: number,
  maxAttempts: number,
  delayMs: number,
  reason: string,
): string {
  return `steplog ↻ ${name}: retrying in ${formatDuration(delayMs)} (attempt ${next}/${maxAttempts} next): ${reason}`;
}

export function describeExit(attempt: Pick<AttemptRecord, 'exitCode' | 'signal' | 'error'>): string {
  if (attempt.error) return attempt.error;
  if (attempt.signal) return `killed by ${attempt.signal}`;
  return `exit code ${attempt.exitCode ?? 'unknown'}`;
}

/**
 * The last line of an execution cancelled between two attempts (in the retry delay), which no
 * attempt's end line says; null for any other end.
 */
export function renderCancelledBetween(record: ExecutionRecord): string | null {
  const last = record.attempts.at(-1);
  if (record.status !== 'cancelled' || last === undefined || last.status === 'cancelled') return null;
  return `steplog ${ICONS.cancelled} ${describeOutcome(record)} before attempt ${last.number + 1}/${record.maxAttempts} (exit status ${record.exitStatus ?? 'unknown'})`;
}
