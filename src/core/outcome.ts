// One place decides what happened: the runner reports facts, these functions turn them into a
// status, a retry decision and the exit status.
import { constants } from 'node:os';
import type {
  AttemptDetails,
  AttemptRecord,
  ExecutionRecord,
  FinalStatus,
  OutputMatch,
  ResourceUsage,
  TimeoutKind,
} from './record.js';
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
  /** What the attempt's process tree used, where measured. */
  resources?: ResourceUsage;
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
  /** Whether `retry-on-output` is set: a failure is then retried only when one of its lines matched. */
  retryOnOutput?: boolean;
}

/** Why another attempt follows, or why not (null when nothing needs saying: a success, a cancel). */
export interface RetryDecision {
  retry: boolean;
  reason: string | null;
}

/** What the policy cannot know from the attempt alone. */
export interface RetryCircumstances {
  /** The line of the attempt's output that matched retry-on-output or abort-on-output, if any. */
  outputMatch?: OutputMatch;
  /** Milliseconds of total-timeout that would be left when the next attempt starts; null = no total deadline. */
  leftForNextMs?: number | null;
  /** The total-timeout as given, for the reason (e.g. `15m`). */
  totalTimeout?: string;
}

/** An attempt shorter than this is not worth starting before the total-timeout. */
export const MIN_ATTEMPT_MS = 100;

/**
 * Whether another attempt follows `attempt`, and why (or why not) in words for the log:
 * "line 12 matched /ECONNRESET/", "retry-on is timeout". A reason not to retry never restates how
 * the attempt ended: every line that gives it has said so already. Cancellations and steplog's
 * own errors never retry; an abort-on-output match stops retrying whatever the rest says.
 */
export function decideRetry(
  policy: RetryPolicy,
  attempt: AttemptRecord,
  circumstances: RetryCircumstances = {},
): RetryDecision {
  if (attempt.status !== 'failed' && attempt.status !== 'timed_out') return { retry: false, reason: null };
  if (attempt.error !== null) return { retry: false, reason: null };
  const stop = (reason: string): RetryDecision => ({ retry: false, reason });
  const { outputMatch } = circumstances;
  if (outputMatch?.kind === 'abort') return stop(describeMatch(outputMatch));
  if (attempt.timeoutKind === 'total') {
    return stop(`total-timeout ${circumstances.totalTimeout ?? ''} reached`.trimEnd());
  }
  // The last attempt: the attempt line already says "attempt 3/3".
  if (attempt.number >= policy.maxAttempts) return { retry: false, reason: null };
  const what = describeEnd(attempt);
  if (attempt.status === 'timed_out') {
    if (policy.retryOn === 'error') return stop('retry-on is error');
  } else {
    if (policy.retryOn === 'timeout') return stop('retry-on is timeout');
    const listed = policy.retryOnExitCodes;
    if (listed !== null && (attempt.exitCode === null || !listed.includes(attempt.exitCode))) {
      return stop(
        attempt.exitCode === null
          ? 'retry-on-exit-codes is set, and a signal is no exit code'
          : `retry-on-exit-codes does not list ${attempt.exitCode}`,
      );
    }
    // 126 (not executable) and 127 (not found) do not go away by running again.
    const code = attempt.exitCode;
    if ((code === 126 || code === 127) && !listed?.includes(code)) {
      return stop(`${code} is retried only when retry-on-exit-codes lists it`);
    }
  }
  if (policy.retryOnOutput) {
    if (outputMatch?.kind !== 'retry') return stop('no line matched retry-on-output');
  }
  const left = circumstances.leftForNextMs;
  if (left !== undefined && left !== null && left < MIN_ATTEMPT_MS) {
    return stop(`too little of total-timeout ${circumstances.totalTimeout ?? ''} left for another attempt`);
  }
  return { retry: true, reason: outputMatch?.kind === 'retry' ? describeMatch(outputMatch) : what };
}

/** Whether another attempt follows `attempt` (decideRetry without the reason). */
export function shouldRetry(policy: RetryPolicy, attempt: AttemptRecord): boolean {
  return decideRetry(policy, attempt).retry;
}

/** "line 12 matched /ECONNRESET/". */
export function describeMatch(match: OutputMatch): string {
  return `line ${match.line} matched /${match.pattern}/`;
}

function describeEnd(attempt: AttemptRecord): string {
  if (attempt.timeoutKind === 'idle') return 'timed out without output';
  if (attempt.status === 'timed_out') return 'timed out';
  if (attempt.signal !== null) return `killed by ${attempt.signal}`;
  return `exit code ${attempt.exitCode}`;
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
