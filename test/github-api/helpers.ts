// Shared pieces of the GitHub API tests: a finished execution record, the runner environment that
// points @actions/github-style context at the mock server, and a log that keeps every line.
import { fileURLToPath } from 'node:url';
import type { Annotation, ExecutionRecord } from '../../src/core/record.js';
import type { ApiTuning, FeedbackLog, PullRequestFeedbackOptions } from '../../src/github-api/index.js';
import type { MockGitHub } from './mock-github.js';

/** Shaped like a real installation token; it must never show up in a log line. */
export const TOKEN = 'ghs_St3pL0gT3stT0k3n0123456789abcdefXY';
/** pull_request.head.sha in the pull_request fixture. */
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
/** GITHUB_SHA: on pull_request events the test merge commit, which a check run must not use. */
export const MERGE_SHA = 'e3b1c4f5a6d7e8f90a1b2c3d4e5f60718293a4b5';
export const PULL = 7;

/** Waits and timeouts short enough for a fast suite; production defaults are in src/github-api/tuning.ts. */
export const FAST: Partial<ApiTuning> = { requestTimeoutMs: 3000, retryBaseMs: 20, recheckDelayMs: 0 };

export type EventName = 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch' | 'issue_comment';

export function eventPath(name: EventName): string {
  return fileURLToPath(new URL(`../fixtures/github-api/${name}.json`, import.meta.url));
}

export function runnerEnv(mock: MockGitHub, event: EventName = 'pull_request'): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: mock.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${mock.owner}/${mock.repo}`,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath(event),
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: '4242',
  };
}

export function makeAnnotations(count: number, extra: Partial<Annotation> = {}): Annotation[] {
  return Array.from({ length: count }, (_, i) => ({
    level: (['error', 'warning', 'notice'] as const)[i % 3],
    message: `problem number ${i + 1}`,
    file: `src/file-${i % 7}.ts`,
    line: i + 1,
    column: 3,
    code: `E${100 + i}`,
    source: 'tsc',
    attempt: 1,
    ...extra,
  }));
}

export function makeRecord(overrides: Partial<ExecutionRecord> = {}): ExecutionRecord {
  const stream = { bytes: 12, lines: 1, tail: 'hello world\n', truncated: false };
  return {
    schemaVersion: 1,
    id: '5f1e6c1a-3b8a-4d0e-9a57-2f1c0f5f9a11',
    stepId: null,
    name: 'npm test',
    command: 'npm test',
    shell: 'bash --noprofile --norc -eo pipefail {0}',
    cwd: '/home/runner/work/hello-world',
    status: 'failed',
    startedAt: '2026-03-01T10:00:00.000Z',
    completedAt: '2026-03-01T10:00:04.250Z',
    durationMs: 4250,
    exitCode: 2,
    signal: null,
    timedOut: false,
    cancelSignal: null,
    maxAttempts: 1,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    attempts: [
      {
        number: 1,
        status: 'failed',
        startedAt: '2026-03-01T10:00:00.000Z',
        completedAt: '2026-03-01T10:00:04.250Z',
        durationMs: 4250,
        exitCode: 2,
        signal: null,
        timedOut: false,
        timeoutKind: null,
        error: null,
      },
    ],
    stdout: stream,
    stderr: { ...stream, bytes: 0, lines: 0, tail: '' },
    annotations: makeAnnotations(3),
    error: null,
    exitStatus: 2,
    ...overrides,
  };
}

export interface LogLine {
  level: keyof FeedbackLog;
  message: string;
}

export interface CollectedLog {
  log: FeedbackLog;
  lines: LogLine[];
  of(level: keyof FeedbackLog): string[];
}

export function collectLog(): CollectedLog {
  const lines: LogLine[] = [];
  const push = (level: keyof FeedbackLog) => (message: string) => void lines.push({ level, message });
  return {
    log: { info: push('info'), warning: push('warning'), notice: push('notice'), debug: push('debug') },
    lines,
    of: (level) => lines.filter((l) => l.level === level).map((l) => l.message),
  };
}

export const SUMMARY = '### ❌ npm test failed\n\n| exit code | duration |\n| --- | --- |\n| 2 | 4.3 s |\n';

export function feedbackOptions(
  mock: MockGitHub,
  log: CollectedLog,
  overrides: Partial<PullRequestFeedbackOptions> = {},
): PullRequestFeedbackOptions {
  return {
    record: makeRecord(),
    summaryMarkdown: SUMMARY,
    prComment: 'always',
    checkRun: true,
    token: TOKEN,
    env: runnerEnv(mock),
    log: log.log,
    deadlineMs: 20_000,
    tuning: FAST,
    ...overrides,
  };
}
