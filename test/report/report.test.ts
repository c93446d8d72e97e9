// `steplog report` from JSON-lines logs written the way steplog writes them: real ExecutionLoggers on a
// fixed clock, each with the real JSON-lines sink, several loggers sharing one file as a steps run
// does. Around them: a duplicate artifact, an execution killed mid-run, a cut line, broken lines, an
// empty folder and a missing path. Golden markdown and HTML show what a reader gets.
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ExecutionLogger } from '../../src/core/logger.js';
import { Redactor } from '../../src/core/mask.js';
import type { AttemptFacts } from '../../src/core/outcome.js';
import type { Annotation } from '../../src/core/record.js';
import { buildReport, renderReport, type Report } from '../../src/report/index.js';
import { aggregate, shownPath } from '../../src/report/aggregate.js';
import { statusWord } from '../../src/report/status-words.js';
import { readLogs } from '../../src/report/read-logs.js';
import { createJsonlSink } from '../../src/sinks/jsonl.js';
import { assertValidEvent } from '../core/schema-helper.js';
import { REFERENCE_IN_TEXT, tokensOf, visibleText, type Token } from '../render/parse.js';

// `UPDATE_GOLDEN=1 npx vitest run test/report` rewrites them after an intended change.
const GOLDEN = fileURLToPath(new URL('../golden/report/', import.meta.url));
/** Stands for the temp folder in the golden files. */
const ROOT_PLACEHOLDER = 'LOGS';

type Action =
  | 'start'
  | 'attempt'
  | 'complete'
  | { annotate: Omit<Annotation, 'attempt' | 'source'> }
  | { end: Partial<AttemptFacts> }
  | { retry: number }
  | { cancel: NodeJS.Signals };

interface Execution {
  n: number;
  name: string;
  stepId?: string;
  maxAttempts?: number;
  timeoutMs?: number;
  /** Each action at ms after `base`. */
  timeline: [number, Action][];
}

/**
 * Plays executions against one log file, each with its own logger and JSON-lines sink (as a steps
 * run does), their events interleaved in time order.
 */
async function writeLog(file: string, base: string, executions: Execution[]): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const t0 = Date.parse(base);
  const players = executions.map((execution) => {
    const clock = { now: t0 };
    const logger = new ExecutionLogger({
      name: execution.name,
      command: `run ${execution.name}`,
      shell: 'bash --noprofile --norc -eo pipefail {0}',
      cwd: '/builds/shop',
      maxAttempts: execution.maxAttempts ?? 1,
      limits: {
        timeoutMs: execution.timeoutMs ?? 0,
        idleTimeoutMs: 0,
        killSignal: 'SIGTERM',
        killAfterMs: 10_000,
      },
      successCodes: [0],
      outputLimit: 1024,
      id: `9b2d7e10-0000-4000-8000-${String(execution.n).padStart(12, '0')}`,
      stepId: execution.stepId ?? null,
      now: () => new Date(clock.now),
      sinks: [createJsonlSink(file, new Redactor([]))],
    });
    return { execution, clock, logger };
  });
  const steps = players.flatMap((player) =>
    player.execution.timeline.map(([at, action]) => ({ player, at, action })),
  );
  // A stable sort: simultaneous actions keep the order they were listed in.
  steps.sort((a, b) => a.at - b.at);
  for (const { player, at, action } of steps) {
    const { logger } = player;
    player.clock.now = t0 + at;
    if (action === 'start') await logger.start();
    else if (action === 'attempt') await logger.startAttempt();
    else if (action === 'complete') await logger.complete();
    else if ('annotate' in action) logger.annotate({ source: 'tsc', ...action.annotate });
    else if ('retry' in action) await logger.retry(action.retry, 'the attempt failed');
    else if ('cancel' in action) await logger.cancel(action.cancel);
    else {
      const facts = { exitCode: null, signal: null, timedOut: null, cancelled: null, error: null };
      await logger.endAttempt({ ...facts, ...action.end });
    }
  }
  for (const { logger } of players) await logger.close();
}

/** One attempt from `start` to `start + ms`, ended by `end`. */
function single(start: number, ms: number, end: Partial<AttemptFacts>): [number, Action][] {
  return [
    [start, 'start'],
    [start, 'attempt'],
    [start + ms, { end }],
    [start + ms, 'complete'],
  ];
}

/** Every tag the report page uses. */
const PAGE_TAGS = [
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'h1',
  'h2',
  'p',
  'code',
  'div',
  'span',
  'b',
  'table',
  'tr',
  'th',
  'td',
  'ul',
  'li',
];
const HOSTILE = 'e2e | <img src=x onerror=alert(1)> @octocat #1';
const SHARDS = Array.from({ length: 14 }, (_, i) => i + 1);

let root: string;
let logs: string;
let given: string[];
let report: Report;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'steplog-report-'));
  logs = path.join(root, 'logs');
  const file = (name: string) => path.join(logs, name);

  await writeLog(file('matrix/node-20.jsonl'), '2026-03-02T09:00:00.000Z', [
    { n: 1, name: 'unit tests', timeline: single(0, 42_000, { exitCode: 0 }) },
  ]);
  // The same artifact downloaded twice: its execution counts once.
  copyFileSync(file('matrix/node-20.jsonl'), file('matrix/node-20-copy.jsonl'));

  await writeLog(file('matrix/node-22.jsonl'), '2026-03-02T09:01:00.000Z', [
    {
      n: 2,
      name: 'unit tests',
      maxAttempts: 2,
      timeline: [
        [0, 'start'],
        [0, 'attempt'],
        [30_000, { end: { exitCode: 1 } }],
        [30_000, { retry: 2_000 }],
        [32_000, 'attempt'],
        [63_000, { end: { exitCode: 0 } }],
        [63_000, 'complete'],
      ],
    },
    {
      n: 3,
      name: 'lint',
      timeline: [
        [70_000, 'start'],
        [70_000, 'attempt'],
        [74_000, { annotate: { level: 'error', file: 'src/cart.ts', line: 12, message: 'prefer-const' } }],
        [78_200, { end: { exitCode: 1 } }],
        [78_200, 'complete'],
      ],
    },
  ]);
  const valid = readFileSync(file('matrix/node-22.jsonl'), 'utf8').split('\n')[0];
  appendFileSync(
    file('matrix/node-22.jsonl'),
    [
      '',
      'not json',
      '{"type":"end","seq":"x"}',
      valid.replace('"schemaVersion":1', '"schemaVersion":2'),
      '   ',
      '',
    ].join('\n'),
  );

  // A steps run: three loggers appending to one file, events interleaved.
  await writeLog(file('matrix/node-24/steps.jsonl'), '2026-03-02T09:03:00.000Z', [
    { n: 4, name: 'build', stepId: 'build', timeline: single(0, 12_000, { exitCode: 0 }) },
    {
      n: 5,
      name: HOSTILE,
      stepId: 'e2e-img-src-x-onerror-alert-1-octocat-1',
      timeoutMs: 300_000,
      timeline: single(0, 300_400, { signal: 'SIGTERM', timedOut: 'deadline' }),
    },
    {
      n: 6,
      name: 'deploy',
      stepId: 'deploy',
      timeline: single(12_000, 1_500, { signal: 'SIGINT', cancelled: 'SIGINT' }),
    },
  ]);

  // Fourteen shards in parallel, 2.5 s to 28.5 s.
  await writeLog(
    file('matrix/shards.jsonl'),
    '2026-03-02T09:10:00.000Z',
    SHARDS.map((i) => ({
      n: 100 + i,
      name: `shard ${i}/14`,
      stepId: `shard-${i}-14`,
      timeline: single(i * 100, i * 2_000 + 500, { exitCode: 0 }),
    })),
  );

  // steplog was SIGKILLed mid-run: a start, no end, and a last line cut by the artifact upload.
  await writeLog(file('killed.jsonl'), '2026-03-02T09:20:00.000Z', [
    {
      n: 7,
      name: 'integration',
      timeline: [
        [0, 'start'],
        [0, 'attempt'],
        [5_000, { annotate: { level: 'warning', message: 'slow database' } }],
      ],
    },
  ]);
  appendFileSync(file('killed.jsonl'), valid.slice(0, 40));

  writeFileSync(file('notes.txt'), 'not a log: ignored');
  mkdirSync(path.join(root, 'empty'));
  given = [logs, path.join(root, 'empty'), path.join(root, 'missing')];
  report = await buildReport(given);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const relative = (file: string) => path.relative(root, file);

function compareGolden(name: string, actual: string): void {
  const text = actual.replaceAll(root, ROOT_PLACEHOLDER);
  expect(text).not.toContain(tmpdir() + path.sep);
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  expect(text, `${file} is out of date; run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(
    readFileSync(file, 'utf8'),
  );
}

/** The cells of each row of the table under the heading `title`. */
function tableAfter(tokens: Token[], title: string): string[][] {
  const heading = tokens.findIndex((t, i) => t.type === 'heading_open' && tokens[i + 1].content === title);
  expect(heading, `heading ${title}`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  let i = tokens.findIndex((t, j) => j > heading && t.type === 'table_open');
  for (; tokens[i].type !== 'table_close'; i++) {
    if (tokens[i].type === 'tr_open') rows.push([]);
    if (tokens[i].type === 'inline') rows.at(-1)!.push(visibleText(tokens[i].children ?? []));
  }
  return rows;
}

describe('aggregate', () => {
  test('counts by status; the duplicate artifact counted once, the unfinished execution apart', () => {
    expect(report.executions).toBe(20);
    expect(report.byStatus).toEqual({ success: 17, failed: 1, timed_out: 1, cancelled: 1 });
    expect(report.files).toBe(6);
    expect(report.unfinished.map((u) => [u.id.slice(-2), u.name, relative(u.file)])).toEqual([
      ['07', 'integration', 'logs/killed.jsonl'],
    ]);
  });

  test('total, p50 and p95 by nearest rank over the 20 durations', () => {
    // Sorted: 1.5s 2.5s 4.5s 6.5s 8.2s 8.5s 10.5s 12s 12.5s [14.5s] 16.5s … 28.5s 42s [63s] 300.4s:
    // p50 is the 10th (ceil(0.5 × 20)), p95 the 19th (ceil(0.95 × 20)); no interpolation.
    const shards = SHARDS.reduce((sum, i) => sum + i * 2_000 + 500, 0);
    expect(report.totalDurationMs).toBe(42_000 + 63_000 + 8_200 + 12_000 + 300_400 + 1_500 + shards);
    expect(report.p50DurationMs).toBe(14_500);
    expect(report.p95DurationMs).toBe(63_000);
  });

  test('the ten slowest, slowest first; flaky and timed out; every row in start order', () => {
    expect(report.slowest.map((r) => [r.name, r.durationMs])).toEqual([
      [HOSTILE, 300_400],
      ['unit tests', 63_000],
      ['unit tests', 42_000],
      ...[14, 13, 12, 11, 10, 9, 8].map((i) => [`shard ${i}/14`, i * 2_000 + 500]),
    ]);
    expect(report.flaky.map((r) => [r.id.slice(-2), r.name, r.attempts, r.status])).toEqual([
      ['02', 'unit tests', 2, 'success'],
    ]);
    expect(report.timedOut.map((r) => [r.name, r.stepId, r.exitStatus])).toEqual([
      [HOSTILE, 'e2e-img-src-x-onerror-alert-1-octocat-1', 124],
    ]);
    const starts = report.rows.map((r) => r.startedAt!);
    expect(starts).toEqual([...starts].sort());
    expect(report.rows.slice(0, 6).map((r) => r.name)).toEqual([
      'unit tests',
      'unit tests',
      'lint',
      'build',
      HOSTILE,
      'deploy',
    ]);
  });

  test('needs attention: failures first, then timeouts, cancellations, flaky successes; each with its outcome', () => {
    expect(report.attention.map((r) => [r.name, r.status, r.flaky, r.outcome])).toEqual([
      ['lint', 'failed', false, '`lint` failed with exit code 1'],
      [HOSTILE, 'timed_out', false, `\`${HOSTILE}\` timed out after 5m; stopped with SIGTERM`],
      ['deploy', 'cancelled', false, '`deploy` was cancelled (steplog received SIGINT)'],
      ['unit tests', 'success', true, '`unit tests` succeeded on attempt 2 of 2'],
    ]);
    expect(report.root).toBe(root);
  });

  test('per step name: the matrix jobs of one step together, worst first, time lost to failed attempts', () => {
    const unit = report.steps.find((step) => step.name === 'unit tests')!;
    expect(unit).toEqual({
      name: 'unit tests',
      runs: 2,
      failed: 0,
      timedOut: 0,
      cancelled: 0,
      flaky: 1,
      flakyRate: 0.5,
      p50DurationMs: 42_000,
      p95DurationMs: 63_000,
      peakMemoryBytes: null,
      lostMs: 30_000,
    });
    expect(report.steps.slice(0, 4).map((step) => step.name)).toEqual([
      HOSTILE,
      'lint',
      'unit tests',
      'deploy',
    ]);
    expect(report.steps.at(-1)!.name).toBe('shard 1/14');
  });

  test('p95 peak memory per step when attempts recorded their resource usage; absent from older logs', async () => {
    const logsRead = await readLogs(given);
    const withUsage = structuredClone(logsRead);
    const MiB = 1024 * 1024;
    // A run's peak is its largest attempt's; the step shows the 95th percentile of its runs' peaks.
    let run = 0;
    for (const { record } of withUsage.records)
      if (record.name === 'unit tests') {
        run++;
        record.attempts.forEach((attempt, i) =>
          Object.assign(attempt, {
            resources: {
              peakRssBytes: (i + run) * 300 * MiB,
              cpuUserMs: 0,
              cpuSystemMs: 0,
              processes: 1,
              sampleIntervalMs: 100,
              samples: 1,
            },
          }),
        );
      }
    const measured = aggregate(withUsage);
    const peaks = withUsage.records
      .filter(({ record }) => record.name === 'unit tests')
      .map(({ record }) => Math.max(...record.attempts.map((a) => a.resources!.peakRssBytes)))
      .sort((a, b) => a - b);
    expect(measured.steps.find((step) => step.name === 'unit tests')!.peakMemoryBytes).toBe(
      peaks[Math.ceil(0.95 * peaks.length) - 1],
    );
    expect(measured.steps.find((step) => step.name === 'lint')!.peakMemoryBytes).toBeNull();
    const markdown = tableAfter(tokensOf(renderReport(measured, 'markdown')), 'By step name, worst first');
    expect(markdown[0]).toContain('p95 peak memory');
    expect(markdown.find((row) => row[0] === 'unit tests')![7]).toBe(`${peaks.at(-1)! / MiB} MiB`);
    expect(markdown.find((row) => row[0] === 'lint')![7]).toBe('—');
    expect(renderReport(measured, 'html')).toContain('<th>p95 peak memory</th>');
    expect(renderReport(report, 'html')).not.toContain('peak memory');
  });

  test('problems name the file and line (0 for a whole path) and say what is wrong', () => {
    expect(report.problems.map((p) => [relative(p.file), p.line, p.message])).toEqual([
      ['empty', 0, 'no *.jsonl files in this folder'],
      ['missing', 0, 'no such file or directory'],
      ['logs/killed.jsonl', 4, expect.stringMatching(/^not JSON: /)],
      ['logs/matrix/node-22.jsonl', 14, expect.stringMatching(/^not JSON: /)],
      [
        'logs/matrix/node-22.jsonl',
        15,
        "does not match the v1 event schema: / must have required property 'schemaVersion'",
      ],
      [
        'logs/matrix/node-22.jsonl',
        16,
        'does not match the v1 event schema: /schemaVersion must be equal to constant',
      ],
    ]);
  });

  test('every line readLogs accepted is valid against schema/v1, every line it refused is not', async () => {
    const refused = new Set(report.problems.map((p) => `${p.file}:${p.line}`));
    const logsRead = await readLogs(given);
    const files = [
      'killed.jsonl',
      'matrix/node-20-copy.jsonl',
      'matrix/node-20.jsonl',
      'matrix/node-22.jsonl',
      'matrix/node-24/steps.jsonl',
      'matrix/shards.jsonl',
    ].map((name) => path.join(logs, name));
    let accepted = 0;
    let nonBlank = 0;
    for (const file of files) {
      for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
        if (!line.trim()) continue;
        nonBlank += 1;
        const where = `${file}:${index + 1}`;
        const check = () => assertValidEvent(JSON.parse(line));
        if (refused.has(where)) expect(check, where).toThrow();
        else {
          expect(check, where).not.toThrow();
          accepted += 1;
        }
      }
    }
    expect(logsRead.lines).toBe(nonBlank);
    expect(accepted).toBe(nonBlank - 4);
    // Each execution's `end` once, though the copy holds the first one again.
    expect(logsRead.records).toHaveLength(20);
  });
});

describe('rendered', () => {
  test('golden markdown: every execution that needs a look named, a row per step name, paths relative', () => {
    const markdown = renderReport(report, 'markdown');
    compareGolden('matrix.md', markdown);
    const tokens = tokensOf(markdown);
    // Nothing from the logs becomes HTML, a link or a mention.
    for (const token of tokens) {
      expect(['html_block', 'html_inline', 'link_open', 'image']).not.toContain(token.type);
      if (token.type === 'text') expect(token.content).not.toMatch(REFERENCE_IN_TEXT);
    }
    const headline = tokens.find((t) => t.type === 'inline' && t.content.startsWith('20 executions'))!;
    expect(visibleText(headline.children ?? [])).toBe(
      '20 executions from 6 log files: 17 succeeded (1 of them flaky), 1 failed, 1 timed out, 1 cancelled. ' +
        `Total 10m 44s, p50 14.5s, p95 1m 03s. Log files are under ${root}.`,
    );
    // Failures first, then timeouts, cancellations and the flaky success; each with its log file.
    expect(tableAfter(tokens, 'Needs attention (4)')).toEqual([
      ['status', 'execution', 'what happened', 'duration', 'attempts', 'log file'],
      ['❌ failed', 'lint', 'lint failed with exit code 1', '8.2s', '1', 'logs/matrix/node-22.jsonl'],
      [
        '⏱️ timed out',
        HOSTILE,
        `${HOSTILE} timed out after 5m; stopped with SIGTERM`,
        '5m',
        '1',
        'logs/matrix/node-24/steps.jsonl',
      ],
      [
        '🚫 cancelled',
        'deploy',
        'deploy was cancelled (steplog received SIGINT)',
        '1.5s',
        '1',
        'logs/matrix/node-24/steps.jsonl',
      ],
      [
        '⚠️ flaky',
        'unit tests',
        'unit tests succeeded on attempt 2 of 2',
        '1m 03s',
        '2',
        'logs/matrix/node-22.jsonl',
      ],
    ]);
    const steps = tableAfter(tokens, 'By step name, worst first');
    expect(steps[0]).toEqual([
      'step',
      'runs',
      'failed',
      'timed out',
      'flaky',
      'p50',
      'p95',
      'time lost to failed attempts',
    ]);
    // The two `unit tests` of the matrix are one step: their own p50/p95, the flaky attempt's 30s lost.
    expect(steps.slice(1, 5)).toEqual([
      [HOSTILE, '1', '0', '1', '0 (0%)', '5m', '5m', '5m'],
      ['lint', '1', '1', '0', '0 (0%)', '8.2s', '8.2s', '8.2s'],
      ['unit tests', '2', '0', '0', '1 (50%)', '42s', '1m 03s', '30s'],
      ['deploy', '1', '0', '0', '0 (0%)', '1.5s', '1.5s', '1.5s'],
    ]);
    expect(steps).toHaveLength(1 + 19);
    const slowest = tableAfter(tokens, 'Slowest');
    expect(slowest).toHaveLength(11);
    // Several logs: each row names its log file, so the matrix's two `unit tests` are told apart.
    expect(slowest[1]).toEqual(['⏱️ timed out', HOSTILE, '5m', '1', 'logs/matrix/node-24/steps.jsonl']);
    expect(slowest.slice(2, 4).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['⚠️ flaky', 'unit tests', 'logs/matrix/node-22.jsonl'],
      ['✅ succeeded', 'unit tests', 'logs/matrix/node-20-copy.jsonl'],
    ]);
    expect(tableAfter(tokens, 'Unfinished (no end event: steplog was killed or the log was cut)')).toEqual([
      ['execution', 'log file'],
      ['integration', 'logs/killed.jsonl'],
    ]);
    const problems = tokens
      .filter((t) => t.type === 'fence')
      .at(-1)!
      .content.split('\n');
    expect(problems.slice(0, 3)).toEqual([
      'empty:0: no *.jsonl files in this folder',
      'missing:0: no such file or directory',
      expect.stringMatching(/^logs\/killed\.jsonl:4: not JSON: /),
    ]);
    expect(markdown).toContain('### 6 lines that could not be read');
  });

  test('golden HTML: self-contained, every name escaped, statuses in words, a bar per started execution', () => {
    const html = renderReport(report, 'html');
    compareGolden('matrix.html', html);
    expect(html).toMatch(/^<!doctype html>\n/);
    // Only the page's own tags, none that loads or runs anything; names from the logs are text.
    const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b[^>]*>/gi)];
    expect(new Set(tags.map((t) => t[1]))).toEqual(new Set(PAGE_TAGS));
    // Attribute values are escaped text (a name in a `title`), so only the attribute names count.
    for (const [tag] of tags)
      expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\s(?:on\w+|src|href|xlink:href)=/i);
    // The only inline styles are the bars' and ticks' percentages.
    for (const [, style] of html.matchAll(/\sstyle="([^"]*)"/g))
      expect(style).toMatch(/^(?:(?:margin-left|width|left):\d+(?:\.\d+)?%;?)+$/);
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain('e2e | &#60;img src=x onerror=alert(1)&#62; @octocat #1');
    expect(html).not.toMatch(/timed_out/);
    // The legend names every status a row can have.
    for (const word of ['succeeded', 'flaky', 'failed', 'timed out', 'cancelled', 'not started'])
      expect(html).toContain(`>${word}</span>`);
    // Two charts: every execution has a bar in each (none here that never started).
    expect(html.match(/class="bar /g)).toHaveLength(40);
    // Paths are relative to the common folder, which is said once.
    expect(html).toContain('<td class="path">logs/matrix/node-24/steps.jsonl</td>');
    expect(html.split(root)).toHaveLength(2);
    expect(html.match(/<li><code>/g)).toHaveLength(6);
  });

  test('one log file: no log-file column, every row is from it', async () => {
    const single = await buildReport([path.join(logs, 'matrix/node-22.jsonl')]);
    expect(single.files).toBe(1);
    expect(new Set(single.rows.map((row) => row.file))).toEqual(
      new Set([path.join(logs, 'matrix/node-22.jsonl')]),
    );
    const slowest = tableAfter(tokensOf(renderReport(single, 'markdown')), 'Slowest');
    expect(slowest[0]).toEqual(['status', 'execution', 'duration', 'attempts']);
  });

  test('JSON: the report itself', () => {
    expect(JSON.parse(renderReport(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('a mixed run recorded by the real CLI (test/fixtures/report/record-mixed-run.sh)', () => {
  const MIXED = fileURLToPath(new URL('../fixtures/report/mixed-run/', import.meta.url));
  let mixed: Report;
  beforeAll(async () => {
    mixed = await buildReport([MIXED]);
  });

  test('the failure among slow successes is named first; flaky, timed out, cancelled, never started follow', () => {
    expect(mixed.problems).toEqual([]);
    expect(mixed.attention.map((r) => [r.name, statusWord(r).word, shownPath(mixed, r.file)])).toEqual([
      ['THE BROKEN ONE', 'failed', 'test-node-24/steplog.jsonl'],
      ['e2e checkout', 'timed out', 'e2e/steplog.jsonl'],
      ['e2e search', 'cancelled', 'e2e/steplog.jsonl'],
      ['e2e publish', 'not started', 'e2e/steplog.jsonl'],
      ['unit tests', 'flaky', 'test-node-22/steplog.jsonl'],
    ]);
    expect(mixed.attention[0].outcome).toBe('`THE BROKEN ONE` failed with exit code 3');
    // The steps that broke come first (the most time lost to failed attempts first among them).
    expect(mixed.steps.slice(0, 2).map((s) => [s.name, s.failed, s.timedOut])).toEqual([
      ['e2e checkout', 0, 1],
      ['THE BROKEN ONE', 1, 0],
    ]);
    expect(mixed.steps.find((s) => s.name === 'unit tests')).toMatchObject({
      runs: 2,
      flaky: 1,
      flakyRate: 0.5,
    });
  });

  test('golden markdown and HTML', () => {
    const relativeRoot = (text: string) => text.replaceAll(MIXED.replace(/\/$/, ''), 'mixed-run');
    for (const [format, name] of [
      ['markdown', 'mixed-run.md'],
      ['html', 'mixed-run.html'],
    ] as const) {
      const text = relativeRoot(renderReport(mixed, format));
      const file = path.join(GOLDEN, name);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
      expect(text, `${file} is out of date; run UPDATE_GOLDEN=1 npx vitest run test/report`).toBe(
        readFileSync(file, 'utf8'),
      );
    }
    const html = renderReport(mixed, 'html');
    // Every execution that started has a bar in both charts; the one that never started has none.
    expect(html.match(/class="bar /g)).toHaveLength(2 * (mixed.executions - 1));
    expect(html.match(/class="track none"/g)).toHaveLength(2);
  });
});
