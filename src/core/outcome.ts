// One place decides what happened: the runner reports facts, these functions turn them into a
// status, a retry decision and the exit status.
import { constants } from 'node:os';
import type { AttemptDetails, AttemptRecord, ExecutionRecord, FinalStatus, TimeoutKind } from './record.js';
import type { SteplogExitStatus } from './errors.js';
import type { RetryOn } from './settings.js';

/** What the process runner observed for one attempt. */
export interface AttemptFacts {
  exitCode: number | null;
  signal: string | null;
  /** Set when steplog ended the attempt because a deadline passed. */
  timedOut: TimeoutKind | null;
  /** The signal steplog received and forwarded, when the attempt was cancelled. */
  cancelled: NodeJS.Signals | null;
  /** Set when the attempt could not run (shell missing, spawn failure, internal error). */
  error: { exitStatus: SteplogExitStatus; message: string } | null;
  /** Facts the executor or an attempt observer adds to the attempt's record. */
  details?: AttemptDetails;
}

export function decideAttemptStatus(facts: AttemptFacts, successCodes: readonly number[]): FinalStatus {
  if (facts.cancelled) return 'cancelled';
  if (facts.error) return 'failed';
  if (facts.timedOut) return 'timed_out';
  if (facts.exitCode !== null && successCodes.includes(facts.exitCode)) return 'success';
  return 'failed';
}

export interface RetryPolicy {
  maxAttempts: number;
  retryOn: RetryOn;
  retryOnExitCodes: readonly number[] | null;
}

/** Whether another attempt follows `attempt`. Cancellations and steplog's own errors never retry. */
export function shouldRetry(policy: RetryPolicy, attempt: AttemptRecord): boolean {
  if (attempt.number >= policy.maxAttempts) return false;
  if (attempt.error !== null) return false;
  if (attempt.status === 'timed_out') return policy.retryOn !== 'error';
  if (attempt.status !== 'failed') return false;
  if (policy.retryOn === 'timeout') return false;
  if (policy.retryOnExitCodes === null) return true;
  return attempt.exitCode !== null && policy.retryOnExitCodes.includes(attempt.exitCode);
}

/** Delay before attempt `next` (2-based): retry-delay × backoff^(next-2). */
export function retryDelayMs(delayMs: number, backoff: number, next: number): number {
  return Math.round(delayMs * backoff ** Math.max(0, next - 2));
}

export function signalNumber(signal: string): number | null {
  const n = (constants.signals as Record<string, number | undefined>)[signal];
  return n ?? null;
}

export function exitStatusFor(
  record: Pick<ExecutionRecord, 'status' | 'exitCode' | 'signal' | 'cancelSignal'>,
  errorStatus: SteplogExitStatus | null,
): number {
  switch (record.status) {
    case 'success':
      return 0;
    case 'timed_out':
      return 124;
    case 'cancelled':
      return 128 + (signalNumber(record.cancelSignal ?? 'SIGTERM') ?? 15);
    default:
      if (errorStatus !== null) return errorStatus;
      if (record.signal !== null) return 128 + (signalNumber(record.signal) ?? 0);
      // A failure with exit code 0 happens when 0 is not among success-codes: still not 0.
      return record.exitCode === null || record.exitCode === 0 ? 1 : record.exitCode;
  }
}
