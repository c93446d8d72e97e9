// The report as one self-contained HTML page (no scripts, no external assets): the numbers, what needs
// a look, a table per step name, a timeline of when each execution ran and a chart of durations.
// Every text from the logs is escaped; the only inline styles are percentages computed here.
// Statuses are words next to their colour (never colour alone), and the layout is a CSS grid that
// stacks on a phone-width screen: the charts are HTML bars sized in percent, with a minimum width, so
// a 2-second step stays visible in logs that span days.
import { formatBytes, formatDuration, plural } from '../render/format.js';
import { shownPath, type ExecutionRow, type Report } from './aggregate.js';
import { STATUS_WORDS, statusWord } from './status-words.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The narrowest a bar is drawn, so the shortest execution in the widest spread is still seen. */
export const MIN_BAR_PX = 4;

const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:1200px;color:#1f2328;background:#fff}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .6rem}
code{font:13px ui-monospace,monospace;background:#f6f8fa;padding:0 .2em;border-radius:4px;overflow-wrap:anywhere}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.text{min-width:14rem}td.name{min-width:8rem;overflow-wrap:anywhere}td.num{text-align:right;white-space:nowrap}td.when{white-space:nowrap}td.path{overflow-wrap:anywhere;min-width:8rem}
.stats{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;margin:0;list-style:none}
.stats li{border:1px solid #d0d7de;border-radius:6px;padding:.4rem .8rem;min-width:6.5rem}
.stats b{display:block;font-size:1.3rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;list-style:none}
.tag{display:inline-block;border-radius:1em;padding:0 .55em;font-size:13px;font-weight:600;white-space:nowrap;color:#fff}
.tag.unstarted{color:#57606a;border:1px dashed #57606a;background:#fff}
.success{background:#1a7f37}.flaky{background:#7d4e00}.failed{background:#cf222e}
.timeout{background:#953800}.bar.timeout{background:repeating-linear-gradient(135deg,#953800 0 4px,#d4690f 4px 8px)}
.cancelled{background:#57606a}.unstarted{background:#fff}
.chart{border-top:1px solid #d0d7de}
.row{display:grid;grid-template-columns:minmax(0,20rem) minmax(0,1fr);gap:.2rem 1rem;align-items:center;padding:.25rem 0;border-bottom:1px solid #eaeef2}
.label{min-width:0;display:flex;gap:.4rem;align-items:center}
.name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;min-width:0}
.when{color:#57606a;white-space:nowrap;font-size:13px}
.track{position:relative;height:16px;padding-right:${MIN_BAR_PX}px}
.track.none{border-bottom:1px dashed #8c959f;height:9px;margin-bottom:7px}
.bar{display:block;height:16px;min-width:${MIN_BAR_PX}px;border-radius:2px}
.axis{position:relative;height:1.3rem;color:#57606a;font-size:13px}
.axis span{position:absolute;top:0;white-space:nowrap}.axis span.end{transform:translateX(-100%)}
.axis span.mid{transform:translateX(-50%)}
@media (max-width:640px){body{padding:.6rem}.row{grid-template-columns:minmax(0,1fr)}.axis-row .label{display:none}}
`;

export function renderReportHtml(report: Report): string {
  const s = report.byStatus;
  const stats: [string, string][] = [
    ['executions', String(report.executions)],
    ['succeeded', String(s.success)],
    ['of them flaky', String(report.flaky.length)],
    ['failed', String(s.failed)],
    ['timed out', String(s.timed_out)],
    ['cancelled', String(s.cancelled)],
    ['total time', formatDuration(report.totalDurationMs)],
    ['p50', formatDuration(report.p50DurationMs)],
    ['p95', formatDuration(report.p95DurationMs)],
    ['unreadable lines', String(report.problems.length)],
  ];
  const sections = [
    `<h1>steplog report</h1>`,
    `<p>${plural(report.executions, 'execution')} from ${plural(report.files, 'log file')} ` +
      `(${plural(report.lines, 'line')})${report.root ? `; log files are under <code>${escapeHtml(report.root)}</code>` : ''}.</p>`,
    `<ul class="stats">${stats.map(([k, v]) => `<li><b>${escapeHtml(v)}</b>${escapeHtml(k)}</li>`).join('')}</ul>`,
    `<h2>Legend</h2>`,
    `<ul class="legend">${STATUS_WORDS.map(
      (w) => `<li><span class="tag ${w.css}">${w.word}</span> ${escapeHtml(w.meaning)}</li>`,
    ).join('')}</ul>`,
    attentionSection(report),
    stepsSection(report),
    `<h2>Timeline</h2>`,
    renderTimeline(report.rows),
    `<h2>Durations</h2>`,
    renderDurations(report.rows),
    `<h2>Executions</h2>`,
    table(
      ['execution', 'status', 'started (UTC)', 'duration', 'attempts', 'exit', 'log file'],
      report.rows.map((r) => [
        `<td class="name">${escapeHtml(r.name)}</td>`,
        tag(r),
        `<td class="when">${escapeHtml(r.startedAt ? utc(r.startedAt) : '—')}</td>`,
        num(formatDuration(r.durationMs)),
        num(String(r.attempts)),
        num(r.exitStatus === null ? '—' : String(r.exitStatus)),
        path(report, r.file),
      ]),
    ),
  ];
  if (report.ansibleHosts.length > 0) {
    sections.push(
      `<h2>Ansible hosts</h2>`,
      table(
        ['host', 'result', 'execution', 'ok', 'changed', 'unreachable', 'failed', 'skipped', 'ignored'],
        report.ansibleHosts.map((host) => [
          `<td class="name">${escapeHtml(host.host)}</td>`,
          `<td>${host.failedHost ? '❌' : '✅'} ${escapeHtml(host.result)}</td>`,
          `<td class="name">${escapeHtml(host.execution)}</td>`,
          ...[host.ok, host.changed, host.unreachable, host.failed, host.skipped, host.ignored].map((n) =>
            num(String(n)),
          ),
        ]),
      ),
    );
  }
  if (report.unfinished.length > 0) {
    sections.push(
      `<h2>Unfinished (no end event: steplog was killed or the log was cut)</h2>`,
      table(
        ['execution', 'log file'],
        report.unfinished.map((u) => [escapeHtml(u.name), path(report, u.file)]),
      ),
    );
  }
  if (report.problems.length > 0) {
    sections.push(
      `<h2>${plural(report.problems.length, 'line')} that could not be read</h2>`,
      `<ul>${report.problems
        .slice(0, 200)
        .map(
          (p) =>
            `<li><code>${escapeHtml(`${shownPath(report, p.file)}:${p.line}`)}</code> ${escapeHtml(p.message)}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>steplog report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${STYLE}</style></head><body>
${sections.join('\n')}
</body></html>
`;
}

function attentionSection(report: Report): string {
  if (report.attention.length === 0)
    return `<h2>Needs attention</h2>\n<p>Nothing: every execution succeeded on its first attempt.</p>`;
  return (
    `<h2>Needs attention (${report.attention.length})</h2>\n` +
    table(
      ['status', 'execution', 'what happened', 'duration', 'attempts', 'log file'],
      report.attention.map((r) => [
        tag(r),
        `<td class="name">${escapeHtml(r.name)}</td>`,
        `<td class="text">${escapeHtml(r.outcome)}</td>`,
        num(formatDuration(r.durationMs)),
        num(String(r.attempts)),
        path(report, r.file),
      ]),
    )
  );
}

function stepsSection(report: Report): string {
  if (report.steps.length === 0) return '';
  const memory = report.steps.some((step) => step.peakMemoryBytes !== null);
  return (
    `<h2>By step name, worst first</h2>\n` +
    table(
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
        `<td class="name">${escapeHtml(step.name)}</td>`,
        num(String(step.runs)),
        num(String(step.failed)),
        num(String(step.timedOut)),
        num(`${step.flaky} (${Math.round(step.flakyRate * 100)}%)`),
        num(formatDuration(step.p50DurationMs)),
        num(formatDuration(step.p95DurationMs)),
        ...(memory ? [num(step.peakMemoryBytes === null ? '—' : formatBytes(step.peakMemoryBytes))] : []),
        num(step.lostMs > 0 ? formatDuration(step.lostMs) : '—'),
      ]),
    )
  );
}

/** Cells are HTML already (escaped by the caller). */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    `<div class="scroll"><table><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>\n` +
    rows
      .map((cells) => `<tr>${cells.map((c) => (c.startsWith('<td') ? c : `<td>${c}</td>`)).join('')}</tr>`)
      .join('\n') +
    `</table></div>`
  );
}

const num = (text: string) => `<td class="num">${escapeHtml(text)}</td>`;
const path = (report: Report, file: string) => `<td class="path">${escapeHtml(shownPath(report, file))}</td>`;
const tag = (row: ExecutionRow) => {
  const word = statusWord(row);
  return `<span class="tag ${word.css}">${word.word}</span>`;
};
const utc = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
const pct = (value: number) => `${Math.min(100, Math.max(0, value)).toFixed(2)}%`;

function chartRow(row: ExecutionRow, bar: { left: number; width: number } | null): string {
  const track =
    bar === null
      ? `<div class="track none"></div>`
      : `<div class="track"><span class="bar ${statusWord(row).css}" style="margin-left:${pct(bar.left)};width:${pct(bar.width)}"></span></div>`;
  return (
    `<div class="row"><div class="label">${tag(row)}<span class="name" title="${escapeHtml(row.name)}">${escapeHtml(row.name)}</span>` +
    `<span class="when">${row.neverStarted ? '' : formatDuration(row.durationMs)}</span></div>${track}</div>`
  );
}

/** Tick labels at 0, ¼, ½, ¾ and the whole of `spanMs`, in elapsed time. */
function axis(spanMs: number): string {
  const ticks = [0, 25, 50, 75, 100].map((p) => {
    const place = p === 0 ? '' : p === 100 ? ' class="end"' : ' class="mid"';
    return `<span${place} style="left:${pct(p)}">${formatDuration((spanMs * p) / 100)}</span>`;
  });
  return `<div class="row axis-row"><div class="label"></div><div class="axis">${ticks.join('')}</div></div>`;
}

function renderTimeline(rows: readonly ExecutionRow[]): string {
  const timed = rows.filter((r) => r.startedAt && r.completedAt);
  if (rows.length === 0) return '<p>No executions.</p>';
  const start = Math.min(...timed.map((r) => Date.parse(r.startedAt!)));
  const end = Math.max(...timed.map((r) => Date.parse(r.completedAt!)));
  const span = Math.max(1, end - start);
  const lines = rows.map((r) => {
    if (!r.startedAt || !r.completedAt || r.neverStarted) return chartRow(r, null);
    const from = Date.parse(r.startedAt) - start;
    return chartRow(r, {
      left: (from / span) * 100,
      width: ((Date.parse(r.completedAt) - Date.parse(r.startedAt)) / span) * 100,
    });
  });
  const intro =
    timed.length > 0
      ? `<p>From ${escapeHtml(utc(new Date(start).toISOString()))} UTC, ${formatDuration(span)} in all; the axis is time since the first start.</p>`
      : '';
  return `${intro}<div class="chart">${axis(span)}${lines.join('')}</div>`;
}

function renderDurations(rows: readonly ExecutionRow[]): string {
  if (rows.length === 0) return '<p>No executions.</p>';
  const sorted = [...rows].sort((a, b) => b.durationMs - a.durationMs);
  const max = Math.max(1, sorted[0].durationMs);
  const lines = sorted.map((r) =>
    chartRow(r, r.neverStarted ? null : { left: 0, width: (r.durationMs / max) * 100 }),
  );
  return `<div class="chart">${axis(max)}${lines.join('')}</div>`;
}
