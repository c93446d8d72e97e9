// The execution record as markdown: GitHub's job summary, the GitLab/CLI summary file and the PR
// comment all render it here. Pure: the same record gives the same bytes. Every piece of the record
// goes through ./markdown.ts; nothing but the record (and our own words) is written.
import { firstBytes } from '../core/output-stream.js';
import type { Annotation, AnnotationLevel, ExecutionRecord, Status, StreamName } from '../core/record.js';
import { formatBytes, formatDuration, plural } from './format.js';
import { executionUsage, measuredUsage, renderUsageCharts } from './resources.js';
import {
  codeBlock,
  escapeInline,
  inlineCode,
  renderTable,
  stripControls,
  tableCell,
  truncateText,
} from './markdown.js';
import { renderAnsibleHosts } from './ansible-hosts.js';
import { renderContainerLine } from './container.js';
import { describeOutcomeMarkdown, MAX_NAME_CHARS } from './outcome.js';
import { CI_SYSTEM_NAMES, type CiContext } from '../core/ci-context.js';

export { describeOutcome } from './outcome.js';
export { formatDuration } from './format.js';

/**
 * GitHub refuses a step summary above 1 MiB, in bytes, and uploads nothing at all:
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits
 */
export const MAX_SUMMARY_BYTES = 1024 * 1024;
/** Annotations listed in the table; the rest are counted ("… and N more"). */
export const MAX_SUMMARY_ANNOTATIONS = 50;
/** Per table cell (and shell, cwd), so 50 annotations of 64 KiB each cannot crowd out the rest. */
const MAX_CELL_CHARS = 1000;
const MAX_ERROR_CHARS = 2000;

export interface SummaryOptions {
  /** Upper bound of the result in UTF-8 bytes; default MAX_SUMMARY_BYTES. */
  maxBytes?: number;
}

const STATUS_EMOJI: Record<Status, string> = {
  success: '✅',
  failed: '❌',
  timed_out: '⏱️',
  cancelled: '🚫',
  running: '⏳',
  pending: '⏳',
};
const STATUS_LABEL: Record<Status, string> = {
  success: 'success',
  failed: 'failed',
  timed_out: 'timed out',
  cancelled: 'cancelled',
  running: 'running',
  pending: 'pending',
};
const LEVEL_EMOJI: Record<AnnotationLevel, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const LEVEL_ORDER: AnnotationLevel[] = ['error', 'warning', 'notice'];
/** Fence info strings for the highlighter, by the shell's program name. */
const SHELL_LANGUAGE: Record<string, string> = {
  bash: 'bash',
  sh: 'sh',
  pwsh: 'powershell',
  powershell: 'powershell',
  cmd: 'bat',
  python: 'python',
  node: 'javascript',
};

/** What one rendering shows; renderSummary shrinks it until the markdown fits. */
interface Plan {
  /** The tail text shown for each stream (controls stripped), or null when the stream is not shown. */
  tails: Record<StreamName, string | null>;
  /** The tails before any cut, to tell a cut one. */
  fullTails: Record<StreamName, string | null>;
  annotationRows: number;
  command: string;
  commandCut: boolean;
  maxBytes: number;
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The record as markdown, never above `maxBytes` UTF-8 bytes. When it does not fit, the output
 * tails are cut first (keeping their ends), then the annotation table, then the command, each with a
 * visible note; the markdown stays valid at every step.
 */
export function renderSummary(record: ExecutionRecord, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_SUMMARY_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
    throw new RangeError(`Invalid maxBytes: ${String(maxBytes)}. Expected a non-negative integer.`);
  }
  const streams = shownStreams(record);
  const full: Plan = {
    tails: streams,
    fullTails: streams,
    annotationRows: Math.min(record.annotations.length, MAX_SUMMARY_ANNOTATIONS),
    command: record.command,
    commandCut: false,
    maxBytes,
  };
  const doc = compose(record, full);
  if (byteLength(doc) <= maxBytes) return doc;

  // 1. The tails: measure everything else, give the rest to the tails, correct the overshoot
  // (fences and notes change a little with the content) and try again.
  let plan: Plan = { ...full, tails: { stdout: null, stderr: null } };
  let budget = maxBytes - byteLength(compose(record, plan));
  for (let round = 0; round < 8 && budget > 0; round++) {
    const tried = compose(record, { ...plan, tails: fitTails(streams, budget) });
    const over = byteLength(tried) - maxBytes;
    if (over <= 0) return tried;
    budget -= over;
  }

  // 2. The annotation table, halved until it fits.
  for (;;) {
    const tried = compose(record, plan);
    if (byteLength(tried) <= maxBytes) return tried;
    if (plan.annotationRows === 0) break;
    plan = { ...plan, annotationRows: Math.floor(plan.annotationRows / 2) };
  }

  // 3. The command, keeping its beginning.
  plan = { ...plan, command: '', commandCut: true };
  budget = maxBytes - byteLength(compose(record, plan));
  for (let round = 0; round < 8 && budget > 0; round++) {
    const tried = compose(record, { ...plan, command: headOf(record.command, budget) });
    const over = byteLength(tried) - maxBytes;
    if (over <= 0) return tried;
    budget -= over;
  }
  const bare = compose(record, plan);
  if (byteLength(bare) <= maxBytes) return bare;

  // 4. A limit too small for any of it: the heading alone, or nothing (still valid markdown).
  const heading = `### ${STATUS_EMOJI[record.status]} ${STATUS_LABEL[record.status]}\n`;
  return byteLength(heading) <= maxBytes ? heading : '';
}

/** The tails shown: only when it did not succeed, only streams with something in them. */
function shownStreams(record: ExecutionRecord): Record<StreamName, string | null> {
  const show = (tail: string) => {
    const clean = stripControls(tail);
    return record.status !== 'success' && clean.trim() !== '' ? clean : null;
  };
  return { stdout: show(record.stdout.tail), stderr: show(record.stderr.tail) };
}

/** Shares `budget` bytes between the tails (what one does not need goes to the other), keeping the ends. */
function fitTails(
  streams: Record<StreamName, string | null>,
  budget: number,
): Record<StreamName, string | null> {
  const size = { stdout: byteLength(streams.stdout ?? ''), stderr: byteLength(streams.stderr ?? '') };
  const half = Math.floor(budget / 2);
  const share = {
    stderr: Math.min(size.stderr, Math.max(half, budget - size.stdout)),
    stdout: Math.min(size.stdout, Math.max(half, budget - size.stderr)),
  };
  const cut = (stream: StreamName): string | null => {
    const text = streams[stream];
    if (text === null || share[stream] <= 0) return null;
    if (share[stream] >= size[stream]) return text;
    const kept = lastUtf8Bytes(text, share[stream]);
    // Start at a line when there is one to start at.
    const newline = kept.indexOf('\n');
    const aligned = newline === -1 || newline === kept.length - 1 ? kept : kept.slice(newline + 1);
    return aligned.trim() === '' ? null : aligned;
  };
  return { stderr: cut('stderr'), stdout: cut('stdout') };
}

/**
 * The longest end of `text` within `limit` UTF-8 bytes, on a code point boundary. Walks back from the
 * end instead of encoding the whole tail: it runs several times on megabytes.
 */
function lastUtf8Bytes(text: string, limit: number): string {
  let bytes = 0;
  let start = text.length;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    const pair =
      code >= 0xdc00 && code <= 0xdfff && start >= 2 && isHighSurrogate(text.charCodeAt(start - 2));
    // A lone surrogate is written as U+FFFD: 3 bytes, as Buffer.byteLength counts it.
    const size = pair ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (bytes + size > limit) break;
    bytes += size;
    start -= pair ? 2 : 1;
  }
  return text.slice(start);
}

/** The beginning of `text` within `limit` UTF-8 bytes, ending at a line end when there is one. */
function headOf(text: string, limit: number): string {
  const head = firstBytes(text, limit).text;
  const newline = head.lastIndexOf('\n');
  return newline > 0 ? head.slice(0, newline) : head;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function compose(record: ExecutionRecord, plan: Plan): string {
  // Resource usage where it was measured (not on Windows, not in logs from older versions).
  const usage = executionUsage(record);
  const blocks = [
    `### ${STATUS_EMOJI[record.status]} ${escapeInline(truncateText(record.name, MAX_NAME_CHARS))}\n`,
    `${endSentence(describeOutcomeMarkdown(truncateRecordError(record)))}\n`,
    renderTable(
      ['Status', 'Duration', 'Exit code', 'Signal', 'Attempts', ...(usage ? ['Peak memory', 'CPU'] : [])],
      [
        [
          `${STATUS_EMOJI[record.status]} ${STATUS_LABEL[record.status]}`,
          record.durationMs === null ? '—' : formatDuration(record.durationMs),
          record.exitCode === null ? '—' : String(record.exitCode),
          record.signal === null ? '—' : tableCell(record.signal),
          `${record.attempts.length} of ${record.maxAttempts}`,
          ...(usage ? [formatBytes(usage.peakRssBytes), formatDuration(usage.cpuMs)] : []),
        ],
      ],
    ),
    `${renderSetup(record)}\n`,
    ...(record.container ? [`${renderContainerLine(record.container)}\n`] : []),
    codeBlock(plan.command, SHELL_LANGUAGE[shellProgram(record.shell)] ?? ''),
    ...renderAttempts(record),
    ...(record.ansible ? [renderAnsibleHosts(record.ansible)] : []),
    ...renderCharts(record),
    ...renderAnnotations(record.annotations, plan.annotationRows),
    ...renderCutNote(record, plan),
    ...renderTails(record, plan),
    `${renderFooter(record)}\n`,
  ];
  return blocks.join('\n');
}

/** A period, unless the sentence (an error message at its end) already has one. */
function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function truncateRecordError(record: ExecutionRecord): ExecutionRecord {
  if (record.error === null || record.error.length <= MAX_ERROR_CHARS) return record;
  return { ...record, error: truncateText(record.error, MAX_ERROR_CHARS) };
}

function shellProgram(template: string): string {
  const program = template.trim().split(/\s+/)[0] ?? '';
  return program.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '');
}

/** Shell, working directory and limits on one line. */
function renderSetup(record: ExecutionRecord): string {
  const { limits } = record;
  const parts = [
    `Shell ${inlineCode(truncateText(record.shell, MAX_CELL_CHARS))}`,
    `working directory ${inlineCode(truncateText(record.cwd, MAX_CELL_CHARS))}`,
  ];
  if (limits.timeoutMs > 0) parts.push(`timeout ${formatDuration(limits.timeoutMs)}`);
  if (limits.idleTimeoutMs > 0) parts.push(`idle timeout ${formatDuration(limits.idleTimeoutMs)}`);
  if (limits.timeoutMs > 0 || limits.idleTimeoutMs > 0) {
    const first = escapeInline(limits.killSignal);
    parts.push(
      limits.killSignal === 'SIGKILL'
        ? 'at the limit SIGKILL'
        : `at the limit ${first}, SIGKILL ${formatDuration(limits.killAfterMs)} later`,
    );
  }
  if (record.maxAttempts > 1) parts.push(`up to ${record.maxAttempts} attempts`);
  return parts.join(' · ');
}

function renderAttempts(record: ExecutionRecord): string[] {
  if (record.attempts.length <= 1) return [];
  const rows = record.attempts.map((attempt) => {
    const status = attempt.status === 'running' ? 'running' : attempt.status;
    let result = '—';
    if (attempt.error !== null) result = tableCell(`error: ${truncateText(attempt.error, MAX_CELL_CHARS)}`);
    else if (attempt.exitCode !== null) result = `exit code ${attempt.exitCode}`;
    else if (attempt.signal !== null) result = tableCell(attempt.signal);
    // Said when it is news: a line of output decided, or a failure with attempts left was not retried.
    if (attempt.retry && (attempt.outputMatch || !attempt.retry.retried)) {
      const verb = attempt.retry.retried ? 'retried' : 'not retried';
      result += tableCell(`; ${verb}: ${truncateText(attempt.retry.reason, MAX_CELL_CHARS)}`);
    }
    const kind =
      attempt.timeoutKind === 'idle' ? ' (idle)' : attempt.timeoutKind === 'total' ? ' (total-timeout)' : '';
    return [
      String(attempt.number),
      `${STATUS_EMOJI[status]} ${STATUS_LABEL[status]}${kind}`,
      attempt.durationMs === null ? '—' : formatDuration(attempt.durationMs),
      result,
    ];
  });
  const measured = record.attempts.some((a) => measuredUsage(a.resources));
  const headers = [
    '#',
    'Status',
    'Duration',
    'Exit code / signal',
    ...(measured ? ['Peak memory', 'CPU'] : []),
  ];
  const withUsage = rows.map((row, i) => {
    const usage = measuredUsage(record.attempts[i].resources);
    if (!measured) return row;
    return [...row, usage ? formatBytes(usage.peakRssBytes) : '—', usage ? formatDuration(usage.cpuMs) : '—'];
  });
  return ['#### Attempts\n', renderTable(headers, withUsage)];
}

/** Memory and CPU over time for each attempt that ran longer than 30 s. */
function renderCharts(record: ExecutionRecord): string[] {
  return record.attempts.flatMap((attempt) => {
    const title = record.attempts.length > 1 ? `attempt ${attempt.number}` : 'the command';
    const charts = renderUsageCharts(attempt, title);
    return charts.length > 0 ? [`#### Memory and CPU of ${title}\n`, ...charts] : [];
  });
}

function renderAnnotations(annotations: readonly Annotation[], rows: number): string[] {
  if (annotations.length === 0) return [];
  const sorted = LEVEL_ORDER.flatMap((level) => annotations.filter((a) => a.level === level));
  const counts = LEVEL_ORDER.map((level) => [level, sorted.filter((a) => a.level === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => plural(count, level));
  const blocks = [`#### Annotations (${counts.join(', ')})\n`];
  if (rows > 0) {
    blocks.push(
      renderTable(
        ['Level', 'Location', 'Message'],
        sorted.slice(0, rows).map((a) => [`${LEVEL_EMOJI[a.level]} ${a.level}`, location(a), message(a)]),
      ),
    );
  }
  if (sorted.length > rows) blocks.push(`… and ${plural(sorted.length - rows, 'more annotation')}.\n`);
  return blocks;
}

function location(annotation: Annotation): string {
  if (annotation.file === undefined) return '—';
  let where = annotation.file;
  if (annotation.line !== undefined) {
    where += `:${annotation.line}`;
    if (annotation.column !== undefined) where += `:${annotation.column}`;
  }
  return tableCell(truncateText(where, MAX_CELL_CHARS));
}

function message(annotation: Annotation): string {
  const title = tableCell(truncateText(annotation.title ?? '', MAX_CELL_CHARS));
  const text = tableCell(truncateText(annotation.message, MAX_CELL_CHARS));
  const code = tableCell(truncateText(annotation.code ?? '', 100));
  const parts = [title && `**${title}**`, text, code && `(${code})`].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' ') : '—';
}

function renderCutNote(record: ExecutionRecord, plan: Plan): string[] {
  const cut: string[] = [];
  if (plan.tails.stdout !== plan.fullTails.stdout || plan.tails.stderr !== plan.fullTails.stderr) {
    cut.push('output');
  }
  if (plan.annotationRows < Math.min(record.annotations.length, MAX_SUMMARY_ANNOTATIONS)) {
    cut.push('annotations');
  }
  if (plan.commandCut) cut.push('the command');
  if (cut.length === 0) return [];
  const what = cut.length === 1 ? cut[0] : `${cut.slice(0, -1).join(', ')} and ${cut.at(-1)}`;
  const sentence = what[0].toUpperCase() + what.slice(1);
  return [`> ✂️ ${sentence} cut to fit the ${formatBytes(plan.maxBytes)} summary limit.\n`];
}

function renderTails(record: ExecutionRecord, plan: Plan): string[] {
  const blocks: string[] = [];
  for (const stream of ['stderr', 'stdout'] as const) {
    const shown = plan.tails[stream];
    if (shown === null) continue;
    const stats = record[stream];
    const partial = stats.truncated || shown !== plan.fullTails[stream];
    const label =
      `${stream}: ${plural(stats.lines, 'line')}, ${formatBytes(stats.bytes)}` +
      (partial ? `; the last ${formatBytes(byteLength(shown))} shown` : '');
    // Our own HTML: a blank line after <summary> ends the HTML block, so the fence is markdown.
    blocks.push(`<details><summary>${label}</summary>\n\n${codeBlock(shown, 'text')}\n</details>\n`);
  }
  return blocks.length > 0 ? ['#### Output\n', ...blocks] : [];
}

function renderFooter(record: ExecutionRecord): string {
  const parts = [`steplog execution ${inlineCode(record.id)}`];
  if (record.startedAt !== null) parts.push(`started ${escapeInline(record.startedAt)}`);
  if (record.completedAt !== null) parts.push(`completed ${escapeInline(record.completedAt)}`);
  if (record.ci) parts.push(...renderCiContext(record.ci));
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** An absolute http(s) URL that can be a markdown link target as it is. */
const LINKABLE = /^https?:\/\/[^\s()<>[\]`]+$/;

/** Where the run lives, e.g. "Jenkins `shop/main` run [#42](…)", "job `test`", "commit `abc1234` on `main`". */
export function renderCiContext(ci: CiContext): string[] {
  const parts: string[] = [];
  const pipeline = ci.pipeline ? ` ${inlineCode(ci.pipeline)}` : '';
  const run = ci.runId ? `#${ci.runId}` : 'run';
  const link = ci.runUrl
    ? LINKABLE.test(ci.runUrl)
      ? `[${escapeInline(run)}](${ci.runUrl})`
      : `${escapeInline(run)} (${inlineCode(ci.runUrl)})`
    : ci.runId
      ? inlineCode(run)
      : '';
  parts.push(`${CI_SYSTEM_NAMES[ci.system]}${pipeline}${link ? ` run ${link}` : ''}`);
  if (ci.job) parts.push(`job ${inlineCode(ci.job)}`);
  if (ci.commit) {
    parts.push(
      `commit ${inlineCode(ci.commit.slice(0, 12))}${ci.branch ? ` on ${inlineCode(ci.branch)}` : ''}`,
    );
  } else if (ci.branch) parts.push(`branch ${inlineCode(ci.branch)}`);
  return parts;
}
