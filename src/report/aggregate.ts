// Statistics across executions: what a matrix or a `parallel:` job's logs say taken together.
import type { ExecutionRecord, FinalStatus } from '../core/record.js';
import type { LogReadResult } from './read-logs.js';

export interface ExecutionRow {
  id: string;
  stepId: string | null;
  name: string;
  status: ExecutionRecord['status'];
  startedAt: string | null;
  completedAt: string | null;
  durationMs: number;
  attempts: number;
  exitStatus: number | null;
  /** The log file the execution's record was read from (a matrix's jobs may share step names). */
  file: string;
}

export interface Report {
  executions: number;
  byStatus: Record<FinalStatus, number>;
  totalDurationMs: number;
  p50DurationMs: number;
  p95DurationMs: number;
  /** The ten slowest executions, slowest first. */
  slowest: ExecutionRow[];
  /** Failed at least once, then succeeded on a retry. */
  flaky: ExecutionRow[];
  timedOut: ExecutionRow[];
  /** Every execution, in start order (for the timeline). */
  rows: ExecutionRow[];
  unfinished: LogReadResult['unfinished'];
  problems: LogReadResult['problems'];
  files: number;
  lines: number;
}

export function aggregate(logs: LogReadResult): Report {
  const rows = logs.records.map(toRow).sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
  const durations = rows.map((row) => row.durationMs).sort((a, b) => a - b);
  const byStatus: Record<FinalStatus, number> = { success: 0, failed: 0, timed_out: 0, cancelled: 0 };
  for (const row of rows) if (row.status in byStatus) byStatus[row.status as FinalStatus] += 1;
  return {
    executions: rows.length,
    byStatus,
    totalDurationMs: durations.reduce((sum, d) => sum + d, 0),
    p50DurationMs: percentile(durations, 50),
    p95DurationMs: percentile(durations, 95),
    slowest: [...rows].sort((a, b) => b.durationMs - a.durationMs).slice(0, 10),
    flaky: logs.records.filter(({ record }) => isFlaky(record)).map(toRow),
    timedOut: rows.filter((row) => row.status === 'timed_out'),
    rows,
    unfinished: logs.unfinished,
    problems: logs.problems,
    files: logs.files,
    lines: logs.lines,
  };
}

/** Nearest-rank percentile of sorted values; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  // p × n first: (p / 100) × n is a hair above the integer for some p (7 / 100 × 100 = 7.000000000000001).
  const rank = Math.ceil((p * sorted.length) / 100);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function isFlaky(record: ExecutionRecord): boolean {
  return record.status === 'success' && record.attempts.some((attempt) => attempt.status !== 'success');
}

function toRow({ record, file }: { record: ExecutionRecord; file: string }): ExecutionRow {
  return {
    id: record.id,
    stepId: record.stepId,
    name: record.name,
    status: record.status,
    startedAt: record.startedAt,
    completedAt: record.completedAt,
    durationMs: record.durationMs ?? 0,
    attempts: record.attempts.length,
    exitStatus: record.exitStatus,
    file,
  };
}
