// The report as markdown, for a job summary or a merge-request note.
import { codeBlock, renderTable, tableCell } from '../render/markdown.js';
import { formatDuration } from '../render/format.js';
import type { ExecutionRow, Report } from './aggregate.js';

const STATUS_ICON: Record<string, string> = {
  success: '✅',
  failed: '❌',
  timed_out: '⏱️',
  cancelled: '🚫',
};

export function renderReportMarkdown(report: Report): string {
  const parts: string[] = ['## steplog report', ''];
  const s = report.byStatus;
  parts.push(
    `${report.executions} executions from ${report.files} log files: ` +
      `${s.success} succeeded, ${s.failed} failed, ${s.timed_out} timed out, ${s.cancelled} cancelled. ` +
      `Total ${formatDuration(report.totalDurationMs)}, p50 ${formatDuration(report.p50DurationMs)}, ` +
      `p95 ${formatDuration(report.p95DurationMs)}.`,
    '',
  );
  // With several logs (a matrix's artifacts), the same step name appears once per job: say which.
  const withFile = report.files > 1;
  if (report.slowest.length > 0) {
    parts.push('### Slowest', '', rowsTable(report.slowest, withFile), '');
  }
  if (report.flaky.length > 0) {
    parts.push('### Flaky (failed, then passed on a retry)', '', rowsTable(report.flaky, withFile), '');
  }
  if (report.timedOut.length > 0) {
    parts.push('### Timed out', '', rowsTable(report.timedOut, withFile), '');
  }
  if (report.unfinished.length > 0) {
    parts.push(
      '### Unfinished (no end event: steplog was killed or the log was cut)',
      '',
      renderTable(
        ['execution', 'log file'],
        report.unfinished.map((u) => [tableCell(u.name), tableCell(u.file)]),
      ),
      '',
    );
  }
  if (report.problems.length > 0) {
    const shown = report.problems.slice(0, 50).map((p) => `${p.file}:${p.line}: ${p.message}`);
    if (report.problems.length > 50) shown.push(`… and ${report.problems.length - 50} more`);
    parts.push(
      `### Lines that could not be read (${report.problems.length})`,
      '',
      codeBlock(shown.join('\n')),
      '',
    );
  }
  return parts.join('\n');
}

function rowsTable(rows: readonly ExecutionRow[], withFile: boolean): string {
  return renderTable(
    ['', 'execution', 'duration', 'attempts', 'exit', ...(withFile ? ['log file'] : [])],
    rows.map((row) => [
      STATUS_ICON[row.status] ?? row.status,
      tableCell(row.name),
      formatDuration(row.durationMs),
      String(row.attempts),
      row.exitStatus === null ? '' : String(row.exitStatus),
      ...(withFile ? [tableCell(row.file)] : []),
    ]),
  );
}
