// The action's report mode (`report:` input): instead of running a command, aggregate JSON-lines
// logs (the artifacts of a matrix, say) into the job summary and the `report` output.
import path from 'node:path';
import * as core from '../sinks/actions-toolkit.js';
import { firstBytes } from '../core/output-stream.js';
import { InputError } from '../core/errors.js';
import type { RawInputs } from '../core/resolve-settings.js';
import type { Report } from '../report/index.js';
import { shownPath } from '../report/aggregate.js';
import { appendJobSummary } from '../sinks/github-summary.js';

/** Lists in the `report` output are cut to this many entries, so it stays far under GitHub's 1 MB of outputs. */
export const MAX_REPORT_OUTPUT_ENTRIES = 100;

/** Runs the report and returns the exit status: 0, or 125 when no log could be found at all. */
export async function runReportMode(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  workspace: string,
): Promise<number> {
  for (const other of ['run', 'steps'] as const) {
    const value = raw[other];
    if (value !== undefined && value.trim() !== '') {
      throw new InputError(
        `input '${other}'`,
        value,
        "nothing when input 'report' is given (a report runs no command)",
      );
    }
  }
  const paths = (raw.report ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => path.resolve(workspace, line));
  const { buildReport, renderReport } = await import('../report/index.js');
  const report = await buildReport(paths);
  for (const problem of report.problems.slice(0, 10)) {
    core.warning(`${problem.file}:${problem.line}: ${problem.message}`, { title: 'steplog report' });
  }
  core.setOutput('report', JSON.stringify(reportOutput(report)));
  try {
    await appendJobSummary(env, (maxBytes) => firstBytes(renderReport(report, 'markdown'), maxBytes).text);
  } catch (error) {
    core.warning(`could not write the job summary: ${(error as Error).message}`, {
      title: 'steplog',
    });
  }
  if (report.files === 0) {
    core.setFailed(`steplog report: no JSON-lines log found at ${paths.join(', ') || '(no path given)'}`);
    return 125;
  }
  return 0;
}

/** The statistics without the per-execution rows, with every list cut to a bounded length. */
export function reportOutput(report: Report) {
  const cut = <T>(list: readonly T[]) => list.slice(0, MAX_REPORT_OUTPUT_ENTRIES);
  return {
    executions: report.executions,
    byStatus: report.byStatus,
    totalDurationMs: report.totalDurationMs,
    p50DurationMs: report.p50DurationMs,
    p95DurationMs: report.p95DurationMs,
    slowest: report.slowest.map((row) => ({
      name: row.name,
      status: row.status,
      durationMs: row.durationMs,
    })),
    // Every execution that needs a look, failures first, each with where it ran and what happened.
    attention: cut(report.attention).map((row) => ({
      name: row.name,
      status: row.status,
      flaky: row.flaky,
      outcome: row.outcome,
      durationMs: row.durationMs,
      attempts: row.attempts,
      file: shownPath(report, row.file),
    })),
    steps: cut(report.steps),
    flaky: cut(report.flaky).map((row) => row.name),
    timedOut: cut(report.timedOut).map((row) => row.name),
    unfinished: report.unfinished.length,
    problems: report.problems.length,
    files: report.files,
    lines: report.lines,
  };
}
