// The report as one self-contained HTML page (no scripts, no external assets): the numbers, a
// timeline of when each execution ran, and a chart of durations. Every text from the logs is escaped.
import { formatDuration } from '../render/format.js';
import type { ExecutionRow, Report } from './aggregate.js';

const COLORS: Record<string, string> = {
  success: '#2da44e',
  failed: '#cf222e',
  timed_out: '#bf8700',
  cancelled: '#6e7781',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderReportHtml(report: Report): string {
  const s = report.byStatus;
  const stats = [
    ['executions', String(report.executions)],
    ['succeeded', String(s.success)],
    ['failed', String(s.failed)],
    ['timed out', String(s.timed_out)],
    ['cancelled', String(s.cancelled)],
    ['total time', formatDuration(report.totalDurationMs)],
    ['p50', formatDuration(report.p50DurationMs)],
    ['p95', formatDuration(report.p95DurationMs)],
    ['flaky', String(report.flaky.length)],
    ['unreadable lines', String(report.problems.length)],
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>steplog report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
.stats{display:flex;flex-wrap:wrap;gap:1rem}.stats div{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem}
.stats b{display:block;font-size:1.4rem}svg text{font-size:12px}
</style></head><body>
<h1>steplog report</h1>
<p>${report.files} log files, ${report.lines} lines.</p>
<div class="stats">${stats.map(([k, v]) => `<div><b>${escapeHtml(v)}</b>${escapeHtml(k)}</div>`).join('')}</div>
<h2>Timeline</h2>
${renderTimeline(report.rows)}
<h2>Durations</h2>
${renderDurations(report.rows)}
<h2>Executions</h2>
<table><tr><th>execution</th><th>status</th><th>started</th><th>duration</th><th>attempts</th><th>exit</th><th>log file</th></tr>
${report.rows
  .map(
    (r) =>
      `<tr><td>${escapeHtml(r.name)}</td><td>${escapeHtml(r.status)}</td><td>${escapeHtml(r.startedAt ?? '')}</td>` +
      `<td>${formatDuration(r.durationMs)}</td><td>${r.attempts}</td><td>${r.exitStatus ?? ''}</td>` +
      `<td>${escapeHtml(r.file)}</td></tr>`,
  )
  .join('\n')}
</table>
${
  report.problems.length > 0
    ? `<h2>Lines that could not be read</h2><ul>${report.problems
        .slice(0, 200)
        .map((p) => `<li>${escapeHtml(`${p.file}:${p.line}: ${p.message}`)}</li>`)
        .join('')}</ul>`
    : ''
}
</body></html>
`;
}

const ROW = 22;
const LABEL = 220;
const WIDTH = 900;

function renderTimeline(rows: readonly ExecutionRow[]): string {
  const timed = rows.filter((r) => r.startedAt && r.completedAt);
  if (timed.length === 0) return '<p>No executions.</p>';
  const start = Math.min(...timed.map((r) => Date.parse(r.startedAt!)));
  const end = Math.max(...timed.map((r) => Date.parse(r.completedAt!)));
  const span = Math.max(1, end - start);
  const scale = (WIDTH - LABEL) / span;
  const bars = timed.map((r, i) => {
    const x = LABEL + (Date.parse(r.startedAt!) - start) * scale;
    const w = Math.max(2, (Date.parse(r.completedAt!) - Date.parse(r.startedAt!)) * scale);
    return bar(i, r, x, w);
  });
  return svg(timed.length, bars, `0 → ${formatDuration(span)}`);
}

function renderDurations(rows: readonly ExecutionRow[]): string {
  if (rows.length === 0) return '<p>No executions.</p>';
  const sorted = [...rows].sort((a, b) => b.durationMs - a.durationMs);
  const max = Math.max(1, sorted[0].durationMs);
  const bars = sorted.map((r, i) =>
    bar(i, r, LABEL, Math.max(2, (r.durationMs / max) * (WIDTH - LABEL - 80))),
  );
  return svg(sorted.length, bars, `longest ${formatDuration(max)}`);
}

function bar(i: number, r: ExecutionRow, x: number, w: number): string {
  const y = i * ROW;
  const label = r.name.length > 32 ? `${r.name.slice(0, 31)}…` : r.name;
  return (
    `<text x="0" y="${y + 15}">${escapeHtml(label)}</text>` +
    `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="${COLORS[r.status] ?? '#8c959f'}">` +
    `<title>${escapeHtml(`${r.name}: ${r.status}, ${formatDuration(r.durationMs)}`)}</title></rect>` +
    `<text x="${(x + w + 4).toFixed(1)}" y="${y + 15}">${formatDuration(r.durationMs)}</text>`
  );
}

function svg(count: number, bars: string[], caption: string): string {
  const height = count * ROW + 24;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH + 80}" height="${height}" role="img">` +
    bars.join('') +
    `<text x="${LABEL}" y="${height - 6}" fill="#656d76">${escapeHtml(caption)}</text></svg>`
  );
}
