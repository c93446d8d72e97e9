// The summary of a `steps` run: golden markdown for a mixed run, an all-success run and hostile step
// names, read back with markdown-it (GitHub's settings) so the table, the Mermaid timeline and each
// failed step's own summary are checked as structure, not strings. The records come from the real
// ExecutionLogger driven on a fixed clock, the way runSteps drives one logger per step.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { ExecutionLogger } from '../../src/core/logger.js';
import type { AttemptFacts } from '../../src/core/outcome.js';
import type { Annotation, ExecutionRecord, StreamName } from '../../src/core/record.js';
import { MAX_SUMMARY_BYTES } from '../../src/render/summary.js';
import {
  elapsedAxisFormat,
  renderGantt,
  renderStepsResults,
  renderStepsSummary,
} from '../../src/render/steps-summary.js';
import { decideRunOutcome, type RunOutcome } from '../../src/core/run-span.js';
import { CONTROL, REFERENCE_IN_TEXT, tokensOf, visibleText, type Token } from './parse.js';

// `UPDATE_GOLDEN=1 npx vitest run test/render/steps-summary.test.ts` rewrites them after an intended change.
const GOLDEN = fileURLToPath(new URL('../golden/steps/', import.meta.url));
const T0 = Date.parse('2026-03-02T09:30:00.000Z');

type Action =
  | 'start'
  | 'attempt'
  | 'complete'
  | { out: StreamName; text: string }
  | { annotate: Omit<Annotation, 'attempt' | 'source'> }
  | { end: Partial<AttemptFacts> }
  | { retry: number }
  | { cancel: NodeJS.Signals };

interface StepPlay {
  id: string;
  name: string;
  command: string;
  maxAttempts?: number;
  timeoutMs?: number;
  /** Each action at a time in ms after T0. A step with no 'start' was cancelled before it ran. */
  timeline: [number, Action][];
}

let stepNumber = 0;
async function playStep(step: StepPlay): Promise<ExecutionRecord> {
  let now = T0;
  stepNumber += 1;
  const logger = new ExecutionLogger({
    name: step.name,
    command: step.command,
    shell: 'bash --noprofile --norc -eo pipefail {0}',
    cwd: '/home/runner/work/shop/shop',
    maxAttempts: step.maxAttempts ?? 1,
    limits: { timeoutMs: step.timeoutMs ?? 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 64 * 1024,
    id: `5e1f0c3a-0000-4000-8000-${String(stepNumber).padStart(12, '0')}`,
    stepId: step.id,
    now: () => new Date(now),
  });
  let record: ExecutionRecord | undefined;
  for (const [at, action] of step.timeline) {
    now = T0 + at;
    if (action === 'start') await logger.start();
    else if (action === 'attempt') await logger.startAttempt();
    else if (action === 'complete') record = await logger.complete();
    else if ('out' in action) logger.write(action.out, Buffer.from(action.text));
    else if ('annotate' in action) logger.annotate({ source: 'eslint', ...action.annotate });
    else if ('retry' in action) await logger.retry(action.retry, 'the attempt failed');
    else if ('cancel' in action) record = await logger.cancel(action.cancel);
    else {
      const facts = { exitCode: null, signal: null, timedOut: null, cancelled: null, error: null };
      await logger.endAttempt({ ...facts, ...action.end });
    }
  }
  await logger.close();
  if (!record) throw new Error(`the timeline of ${step.id} does not end the execution`);
  return record;
}

/**
 * fail-fast, max-parallel 3: e2e times out and lint fails at the same moment; fail-fast then cancels
 * the running deploy and the queued docs step, which never starts.
 */
async function mixedRun(): Promise<ExecutionRecord[]> {
  stepNumber = 0;
  return Promise.all([
    playStep({
      id: 'build',
      name: 'build',
      command: 'npm run build',
      timeline: [
        [0, 'start'],
        [0, 'attempt'],
        [
          900,
          { out: 'stdout', text: 'vite v8.3.8 building for production...\n✓ 412 modules transformed.\n' },
        ],
        [4_100, { end: { exitCode: 0 } }],
        [4_100, 'complete'],
      ],
    }),
    playStep({
      id: 'lint',
      name: 'lint',
      command: 'npx eslint . --max-warnings 0',
      timeline: [
        [0, 'start'],
        [0, 'attempt'],
        [
          5_000,
          { out: 'stdout', text: "src/cart.ts\n  12:7  error  'total' is never reassigned  prefer-const\n" },
        ],
        [
          5_000,
          {
            out: 'stdout',
            text: '  51:1  warning  Missing return type\n\n✖ 2 problems (1 error, 1 warning)\n',
          },
        ],
        [
          5_000,
          {
            annotate: {
              level: 'error',
              file: 'src/cart.ts',
              line: 12,
              column: 7,
              message: "'total' is never reassigned. Use 'const' instead.",
              code: 'prefer-const',
            },
          },
        ],
        [
          5_000,
          {
            annotate: {
              level: 'warning',
              file: 'src/cart.ts',
              line: 51,
              column: 1,
              message: 'Missing return type.',
            },
          },
        ],
        [5_601, { end: { exitCode: 1 } }],
        [5_603, 'complete'],
      ],
    }),
    playStep({
      id: 'e2e',
      name: 'e2e',
      command: 'npx playwright test',
      timeoutMs: 5_500,
      timeline: [
        [0, 'start'],
        [0, 'attempt'],
        [1_200, { out: 'stdout', text: 'Running 48 tests using 2 workers\n' }],
        [4_000, { out: 'stderr', text: 'waiting for selector "#pay" to be visible\n' }],
        [5_600, { end: { signal: 'SIGTERM', timedOut: 'deadline' } }],
        [5_602, 'complete'],
      ],
    }),
    playStep({
      id: 'deploy-preview',
      name: 'deploy preview',
      command: './scripts/deploy.sh preview',
      timeline: [
        [4_100, 'start'],
        [4_100, 'attempt'],
        [4_300, { out: 'stdout', text: 'Uploading 214 files to s3://shop-preview/...\n' }],
        [5_900, { end: { signal: 'SIGTERM', cancelled: 'SIGTERM' } }],
        [5_900, 'complete'],
      ],
    }),
    playStep({
      id: 'publish-docs',
      name: 'publish docs',
      command: 'npm run docs:publish',
      timeline: [[5_603, { cancel: 'SIGTERM' }]],
    }),
  ]);
}

/** max-parallel 2: install, then typecheck and unit tests side by side; unit tests pass on a retry. */
async function allSuccessRun(): Promise<ExecutionRecord[]> {
  stepNumber = 10;
  return Promise.all([
    playStep({
      id: 'install',
      name: 'install',
      command: 'npm ci',
      timeline: [
        [0, 'start'],
        [0, 'attempt'],
        [12_300, { out: 'stdout', text: 'added 812 packages in 12s\n' }],
        [12_300, { end: { exitCode: 0 } }],
        [12_300, 'complete'],
      ],
    }),
    playStep({
      id: 'typecheck',
      name: 'typecheck',
      command: 'npx tsc -p .',
      timeline: [
        [12_300, 'start'],
        [12_300, 'attempt'],
        [20_100, { end: { exitCode: 0 } }],
        [20_100, 'complete'],
      ],
    }),
    playStep({
      id: 'unit-tests',
      name: 'unit tests',
      command: 'npx vitest run',
      maxAttempts: 2,
      timeline: [
        [20_100, 'start'],
        [20_100, 'attempt'],
        [26_000, { out: 'stderr', text: 'Error: connect ECONNREFUSED 127.0.0.1:5432\n' }],
        [26_000, { end: { exitCode: 1 } }],
        [26_000, { retry: 1000 }],
        [27_000, 'attempt'],
        [39_400, { out: 'stdout', text: 'Test Files  48 passed (48)\n' }],
        [39_400, { end: { exitCode: 0 } }],
        [39_400, 'complete'],
      ],
    }),
  ]);
}

/** Names a YAML file can give a step: Mermaid separators, markdown, HTML, mentions, a newline. */
const HOSTILE_NAMES = [
  'build: web; api #1 %% comment',
  'test `unit` ``` </details><script>alert(1)</script>',
  '<img src=x onerror=alert(1)> cc @octocat @shop/admins GH-1',
  'lint | tee\n```\n~~~',
  '```',
  'a, s9, 0, 1 :crit, s9, 0, 1',
  'Title check',
  'Section 508 audit',
  'call the API',
  '2026-03-02 release',
  'excludes weekends',
];

async function hostileRun(): Promise<ExecutionRecord[]> {
  stepNumber = 20;
  return Promise.all(
    HOSTILE_NAMES.map((name, i) =>
      playStep({
        id: `step-${i + 1}`,
        name,
        command: `echo ${i + 1}`,
        timeline: [
          [i * 1_000, 'start'],
          [i * 1_000, 'attempt'],
          [i * 1_000 + 700, { out: 'stdout', text: `${name}\n` }],
          [i * 1_000 + 2_500, { end: { exitCode: i === 1 ? 2 : 0 } }],
          [i * 1_000 + 2_500, 'complete'],
        ],
      }),
    ),
  );
}

const CASES = { mixed: mixedRun, 'all-success': allSuccessRun, 'hostile-names': hostileRun } as const;
type CaseName = keyof typeof CASES;

const runs = {} as Record<CaseName, { records: ExecutionRecord[]; outcome: RunOutcome }>;
beforeAll(async () => {
  for (const name of Object.keys(CASES) as CaseName[]) {
    const records = await CASES[name]();
    runs[name] = { records, outcome: decideRunOutcome(records, false) };
  }
});

function compareGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, `${name}.md`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${file} is out of date; run UPDATE_GOLDEN=1 npx vitest run test/render`).toBe(
    readFileSync(file, 'utf8'),
  );
}

/** The HTML steplog writes itself (each failed step's summary folds its output tails). */
const OUR_HTML_BLOCK = /^(?:<details><summary>(?:stdout|stderr): [^<>]*<\/summary>\n|<\/details>\n)$/;
const OUR_HTML_INLINE = ['<br>', '<sub>', '</sub>'];

/** What must hold for any steps summary : only our HTML, no links, every fence closed. */
function expectWellFormed(markdown: string, maxBytes = MAX_SUMMARY_BYTES): Token[] {
  expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
  expect(markdown).not.toMatch(CONTROL);
  const tokens = tokensOf(markdown);
  const lines = markdown.split('\n');
  for (const token of tokens) {
    if (token.type === 'html_block') expect(token.content).toMatch(OUR_HTML_BLOCK);
    if (token.type === 'html_inline') expect(OUR_HTML_INLINE).toContain(token.content);
    expect(['link_open', 'image']).not.toContain(token.type);
    if (token.type === 'text') expect(token.content).not.toMatch(REFERENCE_IN_TEXT);
    if (token.type === 'fence') expect(lines[token.map![1] - 1]).toBe(token.markup);
  }
  return tokens;
}

/** The cells of each row of the first table (the steps table), as a reader sees them. */
function stepsTable(tokens: Token[]): string[][] {
  const rows: string[][] = [];
  for (let i = tokens.findIndex((t) => t.type === 'table_open'); tokens[i].type !== 'table_close'; i++) {
    if (tokens[i].type === 'tr_open') rows.push([]);
    if (tokens[i].type === 'inline') rows.at(-1)!.push(visibleText(tokens[i].children ?? []));
  }
  return rows;
}

// Mermaid's gantt lexer (packages/mermaid/src/diagrams/gantt/parser/gantt.jison, case-insensitive,
// first rule wins): a task line is `taskTxt taskData`, where taskTxt is [^#:\n;]+ and must not start
// like a statement, a date or a click/call command; `%%` starts a comment.
const MERMAID_STATEMENT =
  /^(?:gantt|dateformat\s|inclusiveenddates|topaxis|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s|title\s|accdescription\s|section\s|click\s|call\s|acctitle\s*:|accdescr\s*[:{]|\d{4}-\d\d-\d\d)/i;
const TASK_LINE =
  /^ {2}([^#:\n;%]+?) :((?:done|crit|active|milestone)(?:, (?:crit|active))?, |)(s\d+), (\d+), (\d+)$/;
/** Tags and the words after the name, by status ('unstarted': cancelled before its first attempt). */
const TASKS: Record<string, [string, string]> = {
  success: ['done, ', ''],
  failed: ['crit, ', ' (failed)'],
  timed_out: ['crit, active, ', ' (timed out)'],
  cancelled: ['', ' (cancelled)'],
  unstarted: ['milestone, ', ' (not started)'],
};

/**
 * Exactly one mermaid block on an elapsed-time axis, a task line per step in order, with the step's
 * own start and end counted from the first start, its status in tags and in words; returns the names.
 */
function expectGantt(tokens: Token[], records: readonly ExecutionRecord[]): string[] {
  const mermaid = tokens.filter((t) => t.type === 'fence' && t.info === 'mermaid');
  expect(mermaid).toHaveLength(1);
  const [header, ...tasks] = mermaid[0].content.trimEnd().split('\n');
  expect(header).toBe('gantt');
  const timed = records.filter((r) => r.startedAt && r.completedAt);
  const origin = Math.min(...timed.map((r) => Date.parse(r.startedAt!)));
  const span = Math.max(...timed.map((r) => Date.parse(r.completedAt!))) - origin;
  expect(tasks.slice(0, 3)).toEqual([
    '  dateFormat x',
    `  axisFormat ${elapsedAxisFormat(span)}`,
    '  section steps',
  ]);
  const lines = tasks.slice(3);
  expect(lines).toHaveLength(records.length);
  return lines.map((line, i) => {
    const match = TASK_LINE.exec(line);
    expect(match, `task line ${JSON.stringify(line)}`).not.toBeNull();
    const [, text, tags, id, start, end] = match!;
    const record = records[i];
    const [expectedTags, says] = TASKS[record.attempts.length === 0 ? 'unstarted' : record.status];
    expect([tags, id]).toEqual([expectedTags, `s${i + 1}`]);
    expect(text.endsWith(says)).toBe(true);
    const label = text.slice(0, text.length - says.length);
    expect(label.trim()).toBe(label);
    expect(label).not.toMatch(MERMAID_STATEMENT);
    expect(Number(start)).toBe(Date.parse(record.startedAt!) - origin);
    // Mermaid draws nothing for a zero-length task: a step that never ran still gets 1 ms.
    expect(Number(end)).toBe(Math.max(Date.parse(record.completedAt!) - origin, Number(start) + 1));
    return label;
  });
}

const ICON: Record<string, string> = { success: '✅', failed: '❌', timed_out: '⏱️', cancelled: '🚫' };

describe('golden steps summaries', () => {
  test.each(Object.keys(CASES) as CaseName[])('%s', (name) => {
    const { records, outcome } = runs[name];
    const markdown = renderStepsSummary(records, outcome);
    compareGolden(name, markdown);
    const tokens = expectWellFormed(markdown);
    expectGantt(tokens, records);
    // One row per step, in the order given, with what the record says.
    const rows = stepsTable(tokens);
    expect(rows[0]).toEqual(['', 'step', 'status', 'duration', 'attempts', 'exit']);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[4], row[5]])).toEqual(
      // A step stopped before its first attempt has no exit status of its own.
      records.map((r) => [
        ICON[r.status],
        r.attempts.length === 0 ? 'not started' : r.status.replace('_', ' '),
        String(r.attempts.length),
        r.attempts.length === 0 ? '—' : String(r.exitStatus),
      ]),
    );
  });
});

describe('structure of each run', () => {
  test('mixed: run outcome from the first failure in list order, a summary per step that did not succeed', () => {
    const { records, outcome } = runs.mixed;
    expect(records.map((r) => [r.stepId, r.status, r.exitStatus, r.attempts.length])).toEqual([
      ['build', 'success', 0, 1],
      ['lint', 'failed', 1, 1],
      ['e2e', 'timed_out', 124, 1],
      ['deploy-preview', 'cancelled', 143, 1],
      ['publish-docs', 'cancelled', 143, 0],
    ]);
    expect(outcome).toEqual({ status: 'failed', exitStatus: 1 });
    const tokens = expectWellFormed(renderStepsSummary(records, outcome));
    const headings = tokens.flatMap((t, i) =>
      t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1].content}`] : [],
    );
    expect(headings).toEqual([
      'h3 ❌ steplog: 4 of 5 steps did not succeed',
      'h3 ❌ lint',
      'h4 Annotations (1 error, 1 warning)',
      'h4 Output',
      'h3 ⏱️ e2e',
      'h4 Output',
      'h3 🚫 deploy preview',
      'h4 Output',
      'h3 🚫 publish docs',
    ]);
    expect(stepsTable(tokens).map((row) => [row[1], row[3]])).toEqual([
      ['step', 'duration'],
      ['build', '4.1s'],
      ['lint', '5.6s'],
      ['e2e', '5.6s'],
      ['deploy preview', '1.8s'],
      ['publish docs', '—'],
    ]);
  });

  test('all success: one headline, no per-step summary, the retry counted', () => {
    const { records, outcome } = runs['all-success'];
    expect(outcome).toEqual({ status: 'success', exitStatus: 0 });
    const tokens = expectWellFormed(renderStepsSummary(records, outcome));
    expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(1);
    expect(tokens[1].content).toBe('✅ steplog: all 3 steps succeeded');
    expect(stepsTable(tokens).at(-1)).toEqual(['✅', 'unit tests', 'success', '19.3s', '2', '0']);
    expect(tokens.filter((t) => t.type === 'fence').map((t) => t.info)).toEqual(['mermaid']);
  });

  test('hostile step names stay text in the table and plain task names in the chart', () => {
    const { records, outcome } = runs['hostile-names'];
    const tokens = expectWellFormed(renderStepsSummary(records, outcome));
    // Each name reads back as typed (lines joined by <br>), in one cell of a six-cell row.
    const rows = stepsTable(tokens);
    expect(rows).toHaveLength(HOSTILE_NAMES.length + 1);
    expect(rows.every((row) => row.length === 6)).toBe(true);
    expect(rows.slice(1).map((row) => row[1])).toEqual(HOSTILE_NAMES);
    expect(expectGantt(tokens, records)).toEqual([
      'build web api 1 comment',
      'test unit /details script alert(1) /script',
      'img src x onerror alert(1) cc octocat shop/admins GH-1',
      'lint tee',
      'step',
      'a, s9, 0, 1 crit, s9, 0, 1',
      'step Title check',
      'step Section 508 audit',
      'step call the API',
      'step 2026-03-02 release',
      'step excludes weekends',
    ]);
    // Only the failed step's summary adds fences, and none of them is a second chart.
    expect(tokens.filter((t) => t.type === 'fence').map((t) => t.info)).toEqual(['mermaid', 'bash', 'text']);
  });

  test('a long name is cut to 60 characters in the chart, whole in the table', () => {
    const record = structuredClone(runs['all-success'].records[0]);
    record.name = 'x'.repeat(200);
    const line = renderGantt([record])
      .split('\n')
      .find((l) => l.startsWith('  x'))!;
    expect(TASK_LINE.exec(line)?.[1]).toBe('x'.repeat(60));
    const rows = stepsTable(tokensOf(renderStepsSummary([record], { status: 'success', exitStatus: 0 })));
    expect(rows[1][1]).toBe('x'.repeat(200));
  });

  test('the axis reads elapsed time: seconds under a minute, then minutes, then hours', () => {
    expect(elapsedAxisFormat(0)).toBe('%-Ss');
    expect(elapsedAxisFormat(59_999)).toBe('%-Ss');
    expect(elapsedAxisFormat(60_000)).toBe('%-Mm %Ss');
    expect(elapsedAxisFormat(3_599_999)).toBe('%-Mm %Ss');
    expect(elapsedAxisFormat(3_600_000)).toBe('%-Hh %Mm');
  });

  test('no chart when no step has both times', () => {
    const record = structuredClone(runs.mixed.records[0]);
    record.completedAt = null;
    expect(renderGantt([record])).toBe('');
    const tokens = expectWellFormed(renderStepsSummary([record], { status: 'success', exitStatus: 0 }));
    expect(tokens.filter((t) => t.type === 'fence')).toEqual([]);
  });
});

describe('the size limit', () => {
  test('failed steps share what is left after the table and chart; each part stays well formed', () => {
    const { records, outcome } = runs.mixed;
    const full = renderStepsSummary(records, outcome);
    // The table and the chart come first; the first failed step's summary starts the next h3.
    const head = full.slice(0, full.indexOf('\n### ')).trimEnd();
    let shown = 0;
    for (const extra of [200, 600, 1_500, 3_000, 6_000, 12_000]) {
      const maxBytes = Buffer.byteLength(head) + extra;
      const markdown = renderStepsSummary(records, outcome, { maxBytes });
      const tokens = expectWellFormed(markdown, maxBytes);
      expect(markdown.startsWith(head)).toBe(true);
      expectGantt(tokens, records);
      // More room never shows fewer step summaries.
      const summaries = tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h3').length - 1;
      expect(summaries).toBeGreaterThanOrEqual(shown);
      shown = summaries;
    }
    expect(shown).toBe(4);
  });
});

describe('hundreds of steps', () => {
  // 400 steps with long names: the table and chart alone are far above a PR comment's 64 KiB.
  const many = () => {
    const base = runs.mixed.records;
    return Array.from({ length: 400 }, (_, i) => {
      const record = structuredClone(base[i % base.length]);
      record.name = `step ${i + 1} ${'n'.repeat(150)}`;
      return record;
    });
  };

  test('the chart goes, then rows of steps that succeeded; the others stay, and a line says so', () => {
    const records = many();
    const outcome = decideRunOutcome(records, false);
    const maxBytes = 64 * 1024;
    const tokens = expectWellFormed(renderStepsSummary(records, outcome, { maxBytes }), maxBytes);
    expect(tokens.filter((t) => t.type === 'fence' && t.info === 'mermaid')).toEqual([]);
    const shown = stepsTable(tokens)
      .slice(1)
      .map((row) => Number(row[1].split(' ')[1]));
    const failedNumbers = records.flatMap((r, i) => (r.status === 'success' ? [] : [i + 1]));
    // Every step that did not succeed is there, in list order, with some that succeeded.
    expect(shown.filter((n) => failedNumbers.includes(n))).toEqual(failedNumbers);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(shown.length).toBeLessThan(records.length);
    const note = tokens.find((t) => t.type === 'inline' && t.content.includes('not shown'));
    expect(note?.content).toBe(
      `_${records.length - shown.length} more steps not shown: the summary has a size limit._`,
    );
  });

  test('even the rows of failed steps are cut when they alone are too many', () => {
    const records = many().map((r) => ({ ...r, status: 'failed' as const }));
    const maxBytes = 8 * 1024;
    const markdown = renderStepsSummary(records, { status: 'failed', exitStatus: 1 }, { maxBytes });
    const tokens = expectWellFormed(markdown, maxBytes);
    expect(stepsTable(tokens).length).toBeGreaterThan(10);
    expect(markdown).toContain('more steps not shown');
  });

  test('what fits is left whole', () => {
    const { records, outcome } = runs.mixed;
    expect(renderStepsSummary(records, outcome)).not.toContain('not shown');
  });
});

test('results: one entry per step, in order, with its id', () => {
  const { records } = runs.mixed;
  const results = JSON.parse(renderStepsResults(records)) as {
    id: string;
    status: string;
    attempts: number;
  }[];
  expect(results.map((r) => [r.id, r.status, r.attempts])).toEqual(
    records.map((r) => [r.stepId, r.status, r.attempts.length]),
  );
});
