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
