// Execution records for the renderer tests, made the way production makes them: by driving the real
// ExecutionLogger (tails, ANSI stripping, redaction, statuses all come from it) with a fixed clock and
// id, so the records, and the golden markdown rendered from them, are the same on every run.
import type { AttemptFacts } from '../../src/core/outcome.js';
import { ExecutionLogger, type ExecutionLoggerOptions } from '../../src/core/logger.js';
import type { Annotation, ExecutionRecord, StreamName } from '../../src/core/record.js';

const BASH = 'bash --noprofile --norc -eo pipefail {0}';
const CWD = '/home/runner/work/shop/shop';

type Step =
  | { out: StreamName; text: string | Buffer }
  | { wait: number }
  | { annotate: Omit<Annotation, 'attempt' | 'source'> & { source?: string } }
  | { end: Partial<AttemptFacts> };

interface Script {
  options?: Partial<ExecutionLoggerOptions>;
  attempts: Step[][];
  /** How the execution ends: complete() (default), cancel(signal) or fail(error). */
  finish?: { cancel: NodeJS.Signals } | { fail: string };
}

async function play(script: Script): Promise<ExecutionRecord> {
  let now = Date.parse('2026-03-02T09:30:00.000Z');
  const logger = new ExecutionLogger({
    name: 'build',
    command: 'npm run build',
    shell: BASH,
    cwd: CWD,
    maxAttempts: 1,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 64 * 1024,
    id: '0f8a4c2e-5d1b-4e7a-9c3f-2b6d8e1a7f40',
    now: () => new Date(now),
    ...script.options,
  });
  await logger.start();
  for (const [index, steps] of script.attempts.entries()) {
    if (index > 0) {
      await logger.retry(2000, 'the attempt failed');
      now += 2000;
    }
    await logger.startAttempt();
    for (const step of steps) {
      if ('out' in step) {
        // In pipe-sized chunks, as the runner delivers them.
        const bytes = Buffer.from(step.text);
        for (let at = 0; at < bytes.length; at += 65_536)
          logger.write(step.out, bytes.subarray(at, at + 65_536));
      } else if ('wait' in step) now += step.wait;
      else if ('annotate' in step) logger.annotate({ source: 'eslint', ...step.annotate });
      else {
        await logger.endAttempt({
          exitCode: null,
          signal: null,
          timedOut: null,
          cancelled: null,
          error: null,
          ...step.end,
        });
      }
    }
  }
  const finish = script.finish;
  const record =
    finish === undefined
      ? await logger.complete()
      : 'cancel' in finish
        ? await logger.cancel(finish.cancel)
        : await logger.fail(new Error(finish.fail));
  await logger.close();
  return record;
}

const lines = (count: number, make: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => make(i + 1) + '\n').join('');

export async function success(): Promise<ExecutionRecord> {
  return play({
    options: { name: 'Build the shop', command: 'npm ci\nnpm run build' },
    attempts: [
      [
        { out: 'stdout', text: 'added 812 packages in 9s\n' },
        { out: 'stdout', text: '\u001b[32mvite v8.3.8 building for production...\u001b[39m\n' },
        { out: 'stdout', text: '✓ 412 modules transformed.\ndist/index.html  0.46 kB\n' },
        { wait: 12_340 },
        { end: { exitCode: 0 } },
      ],
    ],
  });
}

export async function failure(): Promise<ExecutionRecord> {
  return play({
    options: { name: 'lint', command: 'npx eslint . --max-warnings 0', maxAttempts: 1 },
    attempts: [
      [
        { out: 'stdout', text: '\n/home/runner/work/shop/shop/src/cart.ts\n' },
        {
          out: 'stdout',
          text: "  12:7  \u001b[31merror\u001b[39m  'total' is never reassigned  prefer-const\n",
        },
        {
          out: 'stdout',
          text: '  40:3  \u001b[31merror\u001b[39m  Unexpected any  @typescript-eslint/no-explicit-any\n',
        },
        { out: 'stdout', text: '  51:1  \u001b[33mwarning\u001b[39m  Missing return type\n' },
        { out: 'stdout', text: '\n✖ 3 problems (2 errors, 1 warning)\r\n' },
        { out: 'stderr', text: 'ESLint found too many warnings (maximum: 0).\n' },
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
        {
          annotate: {
            level: 'warning',
            file: 'src/cart.ts',
            line: 51,
            column: 1,
            message: 'Missing return type on function.',
          },
        },
        {
          annotate: {
            level: 'error',
            file: 'src/cart.ts',
            line: 40,
            column: 3,
            title: 'Unexpected any',
            message: 'Unexpected any. Specify a different type.',
            code: '@typescript-eslint/no-explicit-any',
          },
        },
        { annotate: { level: 'notice', message: 'ESLint ran on 48 files', source: 'steplog' } },
        { wait: 4_200 },
        { end: { exitCode: 1 } },
      ],
    ],
  });
}

export async function timeoutRetries(): Promise<ExecutionRecord> {
  const limits = { timeoutMs: 300_000, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 };
  return play({
    options: { name: 'e2e', command: 'npm run e2e', maxAttempts: 3, limits },
    attempts: [
      [
        { out: 'stdout', text: 'Running 48 tests using 2 workers\n' },
        { out: 'stderr', text: 'Error: connect ECONNREFUSED 127.0.0.1:5432\n' },
        { wait: 8_100 },
        { end: { exitCode: 1 } },
      ],
      [
        { out: 'stdout', text: 'Running 48 tests using 2 workers\n' },
        { wait: 300_000 },
        { end: { signal: 'SIGTERM', timedOut: 'deadline' } },
      ],
      [
        { out: 'stdout', text: 'Running 48 tests using 2 workers\n' },
        { out: 'stdout', text: lines(5, (i) => `  ✓ checkout › step ${i} (1.2s)`) },
        { out: 'stdout', text: '  ◼ checkout › pays with a saved card' },
        { out: 'stderr', text: 'waiting for selector "#pay" to be visible\n' },
        { wait: 310_000 },
        { end: { signal: 'SIGKILL', timedOut: 'deadline' } },
      ],
    ],
  });
}

export async function cancelled(): Promise<ExecutionRecord> {
  return play({
    options: { name: 'deploy', command: './scripts/deploy.sh production', maxAttempts: 1 },
    attempts: [
      [
        { out: 'stdout', text: 'Uploading 214 files to s3://shop-prod/...\n' },
        { out: 'stdout', text: 'upload: dist/index.html\n' },
        { wait: 61_500 },
        { end: { signal: 'SIGINT', cancelled: 'SIGINT' } },
      ],
    ],
  });
}

export async function steplogError(): Promise<ExecutionRecord> {
  return play({
    options: { name: 'format', command: 'prettier --check .', shell: 'zsh -e {0}' },
    attempts: [
      [
        { wait: 3 },
        {
          end: {
            error: {
              exitStatus: 127,
              message: 'Shell "zsh" was not found on PATH. Install it or set `shell`.',
            },
          },
        },
      ],
    ],
  });
}

/** Everything an attacker can print, in every field the output can reach . */
export const HOSTILE_LINES = [
  'three ``` four ```` ten ``````````',
  '~~~',
  '```',
  '</code></pre><img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '<details open><summary>fake</summary>',
  '<!-- everything after this is a comment',
  'cc @octocat @shop/admins about #1, GH-1 and shop/api#2',
  '| a | b |',
  '|---|---|',
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-1',
  '# not a heading',
  'nul:\u0000 bell:\u0007 del:\u007f',
  'https://evil.example/login?next=%2F',
  '$\\unicode{x1F600}$ **bold** _em_ [link](http://evil.example) ![img](http://evil.example/x.png)',
];

export async function hostile(): Promise<ExecutionRecord> {
  const text = HOSTILE_LINES.join('\n') + '\n';
  return play({
    options: {
      name: 'release `v2` <b>@octocat</b> #1 | x',
      command: 'echo "```"\necho \'<script>alert(1)</script>\'\nexit 3',
    },
    attempts: [
      [
        { out: 'stdout', text },
        { out: 'stderr', text },
        {
          annotate: {
            level: 'error',
            file: 'src/a|b.ts',
            line: 3,
            title: '<img src=x onerror=alert(1)>',
            message: "a | b\n=cmd|' /C calc'!A0\n+1 -1 @octocat #1 <!--\n```",
            code: '`x`',
          },
        },
        {
          annotate: {
            level: 'warning',
            file: '-rf.ts',
            line: 1,
            message: '</td></tr></table><script>alert(1)</script>',
          },
        },
        { wait: 900 },
        { end: { exitCode: 3 } },
      ],
    ],
  });
}

/** 220 annotations: more than the table lists. */
export async function manyAnnotations(): Promise<ExecutionRecord> {
  const steps: Step[] = [];
  for (let i = 1; i <= 120; i++) {
    steps.push({
      annotate: {
        level: 'error',
        file: `src/gen/file${i}.ts`,
        line: i,
        message: `Type 'string' is not assignable to type 'number'.`,
        code: 'TS2322',
      },
    });
  }
  for (let i = 1; i <= 100; i++) {
    steps.push({
      annotate: { level: 'warning', file: `src/gen/file${i}.ts`, line: 1, message: 'Unused import.' },
    });
  }
  return play({
    options: { name: 'typecheck', command: 'npx tsc -p .' },
    attempts: [
      [
        ...steps,
        { out: 'stdout', text: 'Found 120 errors in 120 files.\n' },
        { wait: 25_000 },
        { end: { exitCode: 2 } },
      ],
    ],
  });
}

/** 2 MiB of 4-byte emoji lines on stdout and 100 KiB on stderr: more than a summary may hold. */
export async function hugeTail(): Promise<ExecutionRecord> {
  const emojiLine = (i: number) => `${String(i).padStart(6, '0')} ${'😀'.repeat(60)}`;
  const stdout = lines(8500, emojiLine);
  return play({
    options: { name: 'fuzz', command: 'npm run fuzz', outputLimit: 4 * 1024 * 1024 },
    attempts: [
      [
        { out: 'stdout', text: stdout },
        { out: 'stderr', text: lines(1000, (i) => `stderr line ${i} ${'🔥'.repeat(20)}`) },
        { wait: 95_000 },
        { end: { exitCode: 1 } },
      ],
    ],
  });
}

export const CASES = {
  success,
  failure,
  'timeout-retries': timeoutRetries,
  cancelled,
  'steplog-error': steplogError,
  hostile,
  'many-annotations': manyAnnotations,
  'huge-tail': hugeTail,
} as const;
