// Facts about a run of several executions (the `steps` input) that every platform reports alike.
import type { ExecutionRecord } from './record.js';

/** The execution that decides a run's outcome: the first, in the order given, that failed or timed out. */
export function decidingRecord(records: readonly ExecutionRecord[]): ExecutionRecord | null {
  return records.find((r) => r.status === 'failed' || r.status === 'timed_out') ?? null;
}

export interface RunSpan {
  startedAt: string | null;
  completedAt: string | null;
  /** Wall time from the first start to the last end. */
  durationMs: number | null;
}

export function runSpan(records: readonly ExecutionRecord[]): RunSpan {
  // ISO 8601 UTC strings of one format sort as the times they stand for.
  const starts = records
    .map((r) => r.startedAt)
    .filter((t): t is string => t !== null)
    .sort();
  const ends = records
    .map((r) => r.completedAt)
    .filter((t): t is string => t !== null)
    .sort();
  const startedAt = starts[0] ?? null;
  const completedAt = ends.at(-1) ?? null;
  const durationMs = startedAt && completedAt ? Date.parse(completedAt) - Date.parse(startedAt) : null;
  return { startedAt, completedAt, durationMs };
}

/** A run of several steps summed up as one result: the GitHub outputs, the GitLab dotenv and log line. */
export interface RunTotals {
  status: ExecutionRecord['status'];
  /**
   * The step whose result the run reports: the first failed or timed-out one in the order given
   * (as the run's exit status: see decideRunOutcome); null when none.
   */
  deciding: ExecutionRecord | null;
  /** 0 when every step succeeded, else the deciding step's; null when it was killed or there is none. */
  exitCode: number | null;
  signal: string | null;
  /** Any step timed out. */
  timedOut: boolean;
  /** Wall time from the first step's start to the last step's end. */
  durationMs: number | null;
  startedAt: string | null;
  completedAt: string | null;
  /** Attempts of every step together. */
  attempts: number;
}

export function runTotals(
  records: readonly ExecutionRecord[],
  outcome: { status: ExecutionRecord['status'] },
): RunTotals {
  const deciding = decidingRecord(records);
  const { startedAt, completedAt, durationMs } = runSpan(records);
  return {
    status: outcome.status,
    deciding,
    exitCode: outcome.status === 'success' ? 0 : (deciding?.exitCode ?? null),
    signal: deciding?.signal ?? null,
    timedOut: records.some((r) => r.timedOut),
    durationMs,
    startedAt,
    completedAt,
    attempts: records.reduce((sum, r) => sum + r.attempts.length, 0),
  };
}

/** A run's result: one status and the exit status steplog leaves with. */
export interface RunOutcome {
  status: ExecutionRecord['status'];
  exitStatus: number;
}

/**
 * One status and exit status for the whole run: cancelled when steplog itself was cancelled;
 * otherwise the first execution (in the given order) that failed or timed out; else success.
 */
export function decideRunOutcome(records: readonly ExecutionRecord[], cancelled: boolean): RunOutcome {
  if (cancelled) {
    const any = records.find((r) => r.status === 'cancelled');
    return { status: 'cancelled', exitStatus: any?.exitStatus ?? 143 };
  }
  const failed = decidingRecord(records);
  if (failed) return { status: failed.status, exitStatus: failed.exitStatus ?? 1 };
  const other = records.find((r) => r.status !== 'success');
  if (other) return { status: other.status, exitStatus: other.exitStatus ?? 1 };
  return { status: 'success', exitStatus: 0 };
}

/**
 * One record standing for the whole run, for destinations that take one (the check run and the PR
 * comment): the run's status and exit status, every step's annotations, the first start and last end.
 */
export function combineRecords(records: readonly ExecutionRecord[], outcome: RunOutcome): ExecutionRecord {
  const deciding = decidingRecord(records) ?? records[0];
  const span = runSpan(records);
  const combined = structuredClone(deciding);
  combined.name = `steps (${records.map((r) => r.name).join(', ')})`.slice(0, 200);
  combined.stepId = null;
  combined.status = outcome.status;
  combined.exitStatus = outcome.exitStatus;
  combined.startedAt = span.startedAt;
  combined.completedAt = span.completedAt;
  combined.durationMs = span.durationMs;
  combined.annotations = records.flatMap((r) => r.annotations);
  return combined;
}
