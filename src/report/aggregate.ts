// Statistics across executions: what a matrix or a `parallel:` job's logs say taken together.
import path from 'node:path';
import type { AttemptRecord, ExecutionRecord, FinalStatus } from '../core/record.js';
import { escapeInline } from '../render/markdown.js';
import { describeOutcome, describeOutcomeMarkdown } from '../render/outcome.js';
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
  /** Succeeded after at least one attempt that did not. */
  flaky: boolean;
  /** Cancelled before its first attempt (a step stopped by fail-fast, say): nothing ran. */
  neverStarted: boolean;
  /** What happened, in one plain sentence (the one the log and the summary say). */
  outcome: string;
  /** Time spent in attempts that did not succeed. */
  lostMs: number;
  /** The largest peak memory of its attempts, when the attempts recorded their resource usage. */
  peakMemoryBytes: number | null;
  /** The log file the execution's record was read from (a matrix's jobs may share step names). */
  file: string;
}

/** Every execution of one step name, across the logs. */
export interface StepStats {
  name: string;
  runs: number;
  failed: number;
  timedOut: number;
  cancelled: number;
  flaky: number;
  /** Flaky runs ÷ runs, 0 to 1. */
  flakyRate: number;
  p50DurationMs: number;
  p95DurationMs: number;
  /** Null when no attempt of the step recorded its resource usage. */
  peakMemoryBytes: number | null;
  /** Time spent in attempts that did not succeed, over every run. */
  lostMs: number;
}

export interface Report {
  executions: number;
  byStatus: Record<FinalStatus, number>;
  totalDurationMs: number;
  p50DurationMs: number;
  p95DurationMs: number;
  /** The folder every log file read is in: renderers show paths relative to it. */
  root: string;
  /** Failed, timed out, cancelled, then flaky executions: every one that needs a look, each named. */
  attention: ExecutionRow[];
  /** One row per step name, worst first. */
  steps: StepStats[];
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

/** The order executions that need a look are listed in: what broke before what wobbled. */
const ATTENTION_ORDER: Record<string, number> = { failed: 0, timed_out: 1, cancelled: 2, success: 3 };

export function aggregate(logs: LogReadResult): Report {
  const rows = logs.records.map(toRow).sort(byStart);
  const durations = sortedDurations(rows);
  const byStatus: Record<FinalStatus, number> = { success: 0, failed: 0, timed_out: 0, cancelled: 0 };
  for (const row of rows) if (row.status in byStatus) byStatus[row.status as FinalStatus] += 1;
  const attention = rows
    .filter((row) => row.status !== 'success' || row.flaky)
    .sort((a, b) => (ATTENTION_ORDER[a.status] ?? 4) - (ATTENTION_ORDER[b.status] ?? 4));
  return {
    executions: rows.length,
    byStatus,
    totalDurationMs: durations.reduce((sum, d) => sum + d, 0),
    p50DurationMs: percentile(durations, 50),
    p95DurationMs: percentile(durations, 95),
    root: commonFolder([
      ...rows.map((row) => row.file),
      ...logs.unfinished.map((u) => u.file),
      ...logs.problems.map((p) => p.file),
    ]),
    attention,
    steps: stepStats(rows),
    slowest: [...rows].sort((a, b) => b.durationMs - a.durationMs).slice(0, 10),
    flaky: rows.filter((row) => row.flaky),
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

/** The deepest folder holding every path (the folder itself for one file); '' for none. */
export function commonFolder(files: readonly string[]): string {
  if (files.length === 0) return '';
  const folders = files.map((file) => path.dirname(path.resolve(file)).split(path.sep));
  const common = folders.reduce((acc, parts) => {
    let i = 0;
    while (i < acc.length && i < parts.length && acc[i] === parts[i]) i++;
    return acc.slice(0, i);
  });
  return common.join(path.sep) || path.sep;
}

/** A log file's path as the report shows it: relative to the common folder. */
export function shownPath(report: Pick<Report, 'root'>, file: string): string {
  if (!report.root) return file;
  const relative = path.relative(report.root, path.resolve(file));
  return relative === '' ? '.' : relative.split(path.sep).join('/');
}

function stepStats(rows: readonly ExecutionRow[]): StepStats[] {
  const byName = new Map<string, ExecutionRow[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  const stats = [...byName].map(([name, runs]): StepStats => {
    const durations = sortedDurations(runs.filter((run) => !run.neverStarted));
    const count = (status: string) => runs.filter((run) => run.status === status).length;
    const flaky = runs.filter((run) => run.flaky).length;
    const memory = runs.flatMap((run) => (run.peakMemoryBytes === null ? [] : [run.peakMemoryBytes]));
    return {
      name,
      runs: runs.length,
      failed: count('failed'),
      timedOut: count('timed_out'),
      cancelled: count('cancelled'),
      flaky,
      flakyRate: flaky / runs.length,
      p50DurationMs: percentile(durations, 50),
      p95DurationMs: percentile(durations, 95),
      peakMemoryBytes: memory.length > 0 ? Math.max(...memory) : null,
      lostMs: runs.reduce((sum, run) => sum + run.lostMs, 0),
    };
  });
  // Worst first: runs that broke, then runs that wobbled, then the time lost, then the slow tail.
  return stats.sort(
    (a, b) =>
      b.failed + b.timedOut - (a.failed + a.timedOut) ||
      b.flakyRate - a.flakyRate ||
      b.lostMs - a.lostMs ||
      b.p95DurationMs - a.p95DurationMs ||
      a.name.localeCompare(b.name),
  );
}

function sortedDurations(rows: readonly ExecutionRow[]): number[] {
  return rows.map((row) => row.durationMs).sort((a, b) => a - b);
}

function byStart(a: ExecutionRow, b: ExecutionRow): number {
  return (a.startedAt ?? '').localeCompare(b.startedAt ?? '');
}

/**
 * An attempt's peak memory, from the optional resource-usage fields newer steplog versions record;
 * null when the log predates them or the platform could not measure.
 */
export function attemptPeakMemory(attempt: AttemptRecord): number | null {
  // Read by shape: the field is optional in schema v1 and absent from older logs.
  const usage = (attempt as { resources?: { peakRssBytes?: unknown } }).resources;
  const bytes = usage?.peakRssBytes;
  return typeof bytes === 'number' && Number.isFinite(bytes) ? bytes : null;
}

/** The record each row was made from, for renderers that spell the outcome their own way. */
const recordOfRow = new WeakMap<ExecutionRow, ExecutionRecord>();

/** The outcome sentence as inline markdown, every piece of the record escaped. */
export function outcomeMarkdown(row: ExecutionRow): string {
  const record = recordOfRow.get(row);
  return record ? describeOutcomeMarkdown(record) : escapeInline(row.outcome);
}

function toRow({ record, file }: { record: ExecutionRecord; file: string }): ExecutionRow {
  const failedAttempts = record.attempts.filter((attempt) => attempt.status !== 'success');
  const memory = record.attempts.flatMap((attempt) => attemptPeakMemory(attempt) ?? []);
  const row: ExecutionRow = {
    id: record.id,
    stepId: record.stepId,
    name: record.name,
    status: record.status,
    startedAt: record.startedAt,
    completedAt: record.completedAt,
    durationMs: record.durationMs ?? 0,
    attempts: record.attempts.length,
    exitStatus: record.exitStatus,
    flaky: record.status === 'success' && failedAttempts.length > 0,
    neverStarted: record.attempts.length === 0,
    outcome: describeOutcome(record),
    lostMs: failedAttempts.reduce((sum, attempt) => sum + (attempt.durationMs ?? 0), 0),
    peakMemoryBytes: memory.length > 0 ? Math.max(...memory) : null,
    file,
  };
  recordOfRow.set(row, record);
  return row;
}
