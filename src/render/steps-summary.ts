// The summary of a run of several steps: one table, a timeline drawn as a Mermaid Gantt chart
// (GitHub renders ```mermaid blocks in job summaries and comments), then the full summary of each
// step that did not succeed.
import type { ExecutionRecord } from '../core/record.js';
import { formatDuration, plural } from './format.js';
import { renderTable, tableCell } from './markdown.js';
import { notStarted } from './outcome.js';
import { MAX_SUMMARY_BYTES, renderSummary } from './summary.js';

const ICONS: Record<string, string> = { success: '✅', failed: '❌', timed_out: '⏱️', cancelled: '🚫' };
/**
 * Mermaid task tags by status, and the words after the name: colour is the theme's, so the status is
 * also said in text. A step cancelled before it started is a milestone (a point, never an `active` bar).
 */
const GANTT_TASKS: Record<string, { tags: string; says: string }> = {
  success: { tags: 'done, ', says: '' },
  failed: { tags: 'crit, ', says: ' (failed)' },
  timed_out: { tags: 'crit, active, ', says: ' (timed out)' },
  cancelled: { tags: '', says: ' (cancelled)' },
  unstarted: { tags: 'milestone, ', says: ' (not started)' },
};

export function renderStepsSummary(
  records: readonly ExecutionRecord[],
  outcome: { status: ExecutionRecord['status']; exitStatus: number },
  options: { maxBytes?: number } = {},
): string {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  const failed = records.filter((r) => r.status !== 'success');
  const headline =
    failed.length === 0
      ? `all ${plural(records.length, 'step')} succeeded`
      : `${failed.length} of ${plural(records.length, 'step')} did not succeed`;
  // One byte for the final newline.
  const head = renderHead(`### ${ICONS[outcome.status] ?? ''} steplog: ${headline}`, records, maxBytes - 1);
  const parts = [head];
  let used = Buffer.byteLength(head);
  // Each failed step's own summary shares what is left of the budget.
  for (const [i, record] of failed.entries()) {
    const share = Math.floor((maxBytes - used - 200) / (failed.length - i));
    if (share < 512) break;
    const part = renderSummary(record, { maxBytes: share });
    parts.push(part);
    used += Buffer.byteLength(part) + 2;
  }
  return parts.join('\n\n') + '\n';
}

/**
 * The headline, the table and the chart within `maxBytes` (hundreds of steps would not fit a PR
 * comment): the chart goes first, then rows from the end, those of steps that succeeded before
 * those that did not. A line says how many rows are left out.
 */
function renderHead(headline: string, records: readonly ExecutionRecord[], maxBytes: number): string {
  const compose = (shown: readonly ExecutionRecord[], chart: boolean) => {
    const left = records.length - shown.length;
    return [
      headline,
      '',
      renderTable(
        ['', 'step', 'status', 'duration', 'attempts', 'exit'],
        shown.map((r) =>
          // A step fail-fast stopped before it started has no duration and no exit status of its own.
          notStarted(r)
            ? [ICONS[r.status] ?? '', tableCell(r.name), 'not started', '—', '0', '—']
            : [
                ICONS[r.status] ?? '',
                tableCell(r.name),
                r.status.replace('_', ' '),
                formatDuration(r.durationMs ?? 0),
                String(r.attempts.length),
                r.exitStatus === null ? '' : String(r.exitStatus),
              ],
        ),
      ),
      ...(left > 0 ? ['', `_${plural(left, 'more step')} not shown: the summary has a size limit._`] : []),
      chart ? renderGantt(records) : '',
    ].join('\n');
  };
  const fits = (text: string) => Buffer.byteLength(text) <= maxBytes;
  const whole = compose(records, true);
  if (fits(whole)) return whole;
  const withoutChart = compose(records, false);
  if (fits(withoutChart)) return withoutChart;
  // The most rows that still fit, found by bisection: steps that did not succeed first, then the
  // others in list order; the rows kept are shown in list order.
  const priority = [
    ...records.filter((r) => r.status !== 'success'),
    ...records.filter((r) => r.status === 'success'),
  ];
  const keeping = (count: number) => {
    const kept = new Set(priority.slice(0, count));
    return records.filter((r) => kept.has(r));
  };
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(compose(keeping(middle), false))) low = middle;
    else high = middle - 1;
  }
  return compose(keeping(low), false);
}

/** A Mermaid Gantt chart of when each step ran (absolute times in epoch milliseconds). */
export function renderGantt(records: readonly ExecutionRecord[]): string {
  const timed = records.filter((r) => r.startedAt && r.completedAt);
  if (timed.length === 0) return '';
  // Times since the first start, on an axis of elapsed time (0s, 30s, 1m …) rather than the clock.
  const origin = Math.min(...timed.map((r) => Date.parse(r.startedAt!)));
  const span = Math.max(...timed.map((r) => Date.parse(r.completedAt!))) - origin;
  const lines = [
    '```mermaid',
    'gantt',
    '  dateFormat x',
    `  axisFormat ${elapsedAxisFormat(span)}`,
    '  section steps',
  ];
  for (const [i, r] of timed.entries()) {
    const start = Date.parse(r.startedAt!) - origin;
    // Mermaid draws nothing for a zero-length task.
    const end = Math.max(Date.parse(r.completedAt!) - origin, start + 1);
    const task = GANTT_TASKS[r.attempts.length === 0 ? 'unstarted' : r.status] ?? GANTT_TASKS.cancelled;
    lines.push(`  ${ganttLabel(r.name)}${task.says} :${task.tags}s${i + 1}, ${start}, ${end}`);
  }
  lines.push('```');
  return '\n' + lines.join('\n') + '\n';
}

/**
 * A d3 time format for elapsed times counted from the epoch: seconds for a run under a minute,
 * minutes and seconds under an hour, hours and minutes beyond (Mermaid draws the axis in the
 * reader's time zone; zones offset by whole hours, nearly all of them, read minutes and seconds right).
 */
export function elapsedAxisFormat(spanMs: number): string {
  if (spanMs < 60_000) return '%-Ss';
  if (spanMs < 3_600_000) return '%-Mm %Ss';
  return '%-Hh %Mm';
}

/**
 * Statements of Mermaid's gantt grammar (gantt.jison, case-insensitive, first rule wins): a task
 * line starting with one of them would be read as that statement, not as a task.
 */
const GANTT_STATEMENT =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescription|accdescr|acctitle|section|click|call|\d)/i;

/** Task names cannot hold Mermaid's separators (`:` `;` `#`) or anything that could end the fence. */
function ganttLabel(name: string): string {
  const clean = name
    .replace(/[^\p{L}\p{N} _.,/()+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  if (!clean) return 'step';
  return GANTT_STATEMENT.test(clean) ? `step ${clean}` : clean;
}

/** The `results` output: one entry per step, small enough for a step output. */
export function renderStepsResults(records: readonly ExecutionRecord[]): string {
  return JSON.stringify(
    records.map((r) => ({
      id: r.stepId,
      name: r.name,
      status: r.status,
      exitCode: r.exitCode,
      signal: r.signal,
      timedOut: r.timedOut,
      durationMs: r.durationMs,
      attempts: r.attempts.length,
      exitStatus: r.exitStatus,
    })),
  );
}
