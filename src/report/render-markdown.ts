// The report as markdown, for a job summary or a merge-request note.
import { codeBlock, inlineCode, inlineToTableCell, renderTable, tableCell } from '../render/markdown.js';
import { formatBytes, formatDuration, plural } from '../render/format.js';
import { outcomeMarkdown, shownPath, type ExecutionRow, type Report } from './aggregate.js';
import { statusWord } from './status-words.js';

export function renderReportMarkdown(report: Report): string {
  const parts: string[] = ['## steplog report', ''];
  parts.push(headline(report), '');
  if (report.attention.length > 0) {
    parts.push(
      `### Needs attention (${report.attention.length})`,
      '',
      renderTable(
        ['status', 'execution', 'what happened', 'duration', 'attempts', 'log file'],
        report.attention.map((row) => [
          statusCell(row),
          tableCell(row.name),
          inlineToTableCell(outcomeMarkdown(row)),
          formatDuration(row.durationMs),
          String(row.attempts),
          tableCell(shownPath(report, row.file)),
        ]),
      ),
      '',
    );
  }
  if (report.steps.length > 0) parts.push('### By step name, worst first', '', stepsTable(report), '');
  if (report.slowest.length > 0) parts.push('### Slowest', '', slowestTable(report), '');
  if (report.ansibleHosts.length > 0) {
    parts.push(
      '### Ansible hosts',
      '',
      renderTable(
        ['host', 'result', 'execution', 'ok', 'changed', 'unreachable', 'failed', 'skipped', 'ignored'],
        report.ansibleHosts.map((host) => [
          tableCell(host.host),
          `${host.failedHost ? '❌' : '✅'} ${host.result}`,
          tableCell(host.execution),
          String(host.ok),
          String(host.changed),
          String(host.unreachable),
          String(host.failed),
          String(host.skipped),
          String(host.ignored),
        ]),
      ),
      '',
    );
  }
  if (report.unfinished.length > 0) {
    parts.push(
      '### Unfinished (no end event: steplog was killed or the log was cut)',
      '',
      renderTable(
        ['execution', 'log file'],
        report.unfinished.map((u) => [tableCell(u.name), tableCell(shownPath(report, u.file))]),
      ),
      '',
    );
  }
  if (report.problems.length > 0) {
    const shown = report.problems
      .slice(0, 50)
      .map((p) => `${shownPath(report, p.file)}:${p.line}: ${p.message}`);
    if (report.problems.length > 50) shown.push(`… and ${report.problems.length - 50} more`);
    parts.push(
      `### ${plural(report.problems.length, 'line')} that could not be read`,
      '',
      codeBlock(shown.join('\n')),
      '',
    );
  }
  return parts.join('\n');
}

function headline(report: Report): string {
  const s = report.byStatus;
  const where = report.root ? ` Log files are under ${inlineCode(report.root)}.` : '';
  return (
    `${plural(report.executions, 'execution')} from ${plural(report.files, 'log file')}: ` +
    `${s.success} succeeded (${report.flaky.length} of them flaky), ${s.failed} failed, ` +
    `${s.timed_out} timed out, ${s.cancelled} cancelled. ` +
    `Total ${formatDuration(report.totalDurationMs)}, p50 ${formatDuration(report.p50DurationMs)}, ` +
    `p95 ${formatDuration(report.p95DurationMs)}.${where}`
  );
}

function statusCell(row: ExecutionRow): string {
  const word = statusWord(row);
  return `${word.icon} ${word.word}`;
}

function stepsTable(report: Report): string {
  // Peak memory only where some attempt recorded it: older logs and platforms without it show no column.
  const memory = report.steps.some((step) => step.peakMemoryBytes !== null);
  return renderTable(
    [
      'step',
      'runs',
      'failed',
      'timed out',
      'flaky',
      'p50',
      'p95',
      ...(memory ? ['p95 peak memory'] : []),
      'time lost to failed attempts',
    ],
    report.steps.map((step) => [
      tableCell(step.name),
      String(step.runs),
      String(step.failed),
      String(step.timedOut),
      `${step.flaky} (${Math.round(step.flakyRate * 100)}%)`,
      formatDuration(step.p50DurationMs),
      formatDuration(step.p95DurationMs),
      ...(memory ? [step.peakMemoryBytes === null ? '—' : formatBytes(step.peakMemoryBytes)] : []),
      step.lostMs > 0 ? formatDuration(step.lostMs) : '—',
    ]),
  );
}

function slowestTable(report: Report): string {
  // With several logs (a matrix's artifacts), the same step name appears once per job: say which.
  const withFile = report.files > 1;
  return renderTable(
    ['status', 'execution', 'duration', 'attempts', ...(withFile ? ['log file'] : [])],
    report.slowest.map((row) => [
      statusCell(row),
      tableCell(row.name),
      formatDuration(row.durationMs),
      String(row.attempts),
      ...(withFile ? [tableCell(shownPath(report, row.file))] : []),
    ]),
  );
}
