// Pull-request feedback end to end through the built action (dist/index.js): the sticky comment and
// the check run against the local mock GitHub (test/github-api/mock-github.ts: every request and
// response checked against GitHub's OpenAPI description), reached through GITHUB_API_URL from a
// pull_request event, as on a real runner.
// The action's own API tuning applies here (retry waits of 1, 4 and 9 s, a 30 s deadline), so only
// the feedback runs take long, and they run side by side.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventPath, HEAD_SHA, MERGE_SHA, PULL, TOKEN } from '../github-api/helpers.js';
import { ACTIONS_BOT, MockGitHub, type MockAnnotation } from '../github-api/mock-github.js';
import type { OperationId } from '../github-api/openapi.js';
import { assertBuilt, runAction, type ActionRun } from './run-action.js';
import { annotationsOf } from './runner-view.js';

beforeAll(assertBuilt);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const OPERATIONS: OperationId[] = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-for-ref',
  'users/get-authenticated',
];

async function startMock(prefix?: string): Promise<MockGitHub> {
  const mock = await MockGitHub.start({ token: TOKEN, pulls: [PULL], prefix });
  cleanups.push(() => mock.close());
  return mock;
}

/** Every operation answers `status`, however often it is asked. */
function failForever(mock: MockGitHub, status: number): void {
  for (const operation of OPERATIONS) mock.fault({ operation, times: Infinity, answer: { status } });
}

/** Files the errors point at: annotations on files missing from the workspace lose their location. */
const SOURCES = ['src/parser.c', 'src/lexer.c', 'lib/util.c'];
const ERRORS = 120;
const WARNINGS = 4;

/** A failing build: 120 gcc errors and 4 warnings on files of the workspace, 1 error on a missing file. */
const BUILD = [
  `files=(${SOURCES.join(' ')})`,
  `for i in $(seq 1 ${ERRORS}); do`,
  `  echo "\${files[$((i % 3))]}:$i:7: error: expected ';' before '}' token (number $i)" >&2`,
  'done',
  'echo "gone/missing.c:5:1: error: no such file" >&2',
  `for i in $(seq 1 ${WARNINGS}); do`,
  `  echo "${SOURCES[0]}:$((i * 1000)):2: warning: unused variable \\"v$i\\" [-Wunused-variable]" >&2`,
  'done',
  'echo "build finished"',
  'exit 3',
].join('\n');

/** The check-run annotations BUILD must produce, in order. */
function buildAnnotations(): MockAnnotation[] {
  const errors = Array.from({ length: ERRORS }, (_, n) => {
    const line = n + 1;
    return {
      path: SOURCES[line % 3],
      start_line: line,
      end_line: line,
      start_column: 7,
      end_column: 7,
      annotation_level: 'failure',
      message: `expected ';' before '}' token (number ${line})`,
    };
  });
  const warnings = Array.from({ length: WARNINGS }, (_, n) => ({
    path: SOURCES[0],
    start_line: (n + 1) * 1000,
    end_line: (n + 1) * 1000,
    start_column: 2,
    end_column: 2,
    annotation_level: 'warning',
    message: `unused variable "v${n + 1}"`,
    title: '-Wunused-variable',
  }));
  return [...errors, ...warnings];
}

function prepareSources(workspace: string): void {
  for (const file of SOURCES) {
    mkdirSync(path.join(workspace, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(workspace, file), 'int main(void) { return 0 }\n');
  }
}

/** GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and the JSON-lines log at paths known before the run starts. */
interface RunFiles {
  dir: string;
  output: string;
  summary: string;
  jsonl: string;
}

function runFiles(): RunFiles {
  const dir = mkdtempSync(path.join(tmpdir(), 'steplog-feedback-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const files = {
    dir,
    output: path.join(dir, 'set_output'),
    summary: path.join(dir, 'step_summary'),
    jsonl: path.join(dir, 'steplog.jsonl'),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  return files;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The runner's environment on a pull_request event, with the mock as the API. */
function pullRequestEnv(mock: MockGitHub): Record<string, string> {
  return {
    GITHUB_API_URL: mock.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: `${mock.owner}/${mock.repo}`,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath('pull_request'),
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: '4242',
  };
}

interface FeedbackRun {
  run: ActionRun;
  files: RunFiles;
}

async function runWithFeedback(
  mock: MockGitHub,
  inputs: Record<string, string>,
  options: { files?: RunFiles; env?: Record<string, string> } = {},
): Promise<FeedbackRun> {
  const files = options.files ?? runFiles();
  const run = await runAction({
    with: { name: 'build', run: BUILD, 'github-token': TOKEN, 'log-file': files.jsonl, ...inputs },
    env: { ...pullRequestEnv(mock), ...options.env },
    files: { output: files.output, summary: files.summary },
    prepare: prepareSources,
  });
  cleanups.push(() => rmSync(run.dir, { recursive: true, force: true }));
  return { run, files };
}

/**
 * The summary's table without its peak memory and CPU columns: they are shown only when the sampler
 * saw the short command's tree, which depends on timing, not on the feedback compared here.
 */
function withoutUsageColumns(summary: string): string {
  const lines = summary.split('\n');
  const header = lines.findIndex((line) => line.endsWith('| Peak memory | CPU |'));
  if (header === -1) return summary;
  for (const at of [header, header + 1, header + 2]) lines[at] = lines[at].replace(/(\|[^|]*){2}\|$/, '|');
  return lines.join('\n');
}

/** The warnings steplog itself gave (the feedback's), not the command's annotations. */
const steplogWarnings = (run: ActionRun) =>
  annotationsOf(run)
    .filter((c) => c.command === 'warning' && c.properties.title === 'steplog')
    .map((c) => c.data);

/** `operation` of every request made since `from`, in order. */
const operationsSince = (mock: MockGitHub, from = 0) => mock.requests.slice(from).map((r) => r.operation);

const markerOf = (body: string) => /^<!-- steplog:[0-9a-f]{16} -->\n/.exec(body)?.[0];

/** Everything that differs between two identical runs: ids, clocks, durations, usage and temp paths. */
function normalize(text: string, { run, files }: FeedbackRun): string {
  return (
    text
      .split(run.dir)
      .join('<run-dir>')
      .split(files.dir)
      .join('<files>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '<time>')
      .replace(/"durationMs":\d+/g, '"durationMs":<n>')
      // The process tree's memory and CPU, sampled, differ from run to run.
      .replace(/"resources":\{[^{}]*\}/g, '"resources":<usage>')
      .replace(/\b\d+(?:\.\d+)? (?:B|KiB|MiB|GiB)\b/g, '<size>')
      .replace(/\b\d+(?:\.\d+)?(?:ms|s)\b/g, '<duration>')
  );
}

/** What the job keeps of a step: exit code, outputs, summary, JSON-lines log, annotations and failure. */
function stepResult(feedback: FeedbackRun) {
  const { run, files } = feedback;
  const outputs = Object.fromEntries(
    [...run.outputs()].map(([name, value]) => [
      name,
      name === 'duration-ms' ? '<n>' : normalize(value, feedback),
    ]),
  );
  return {
    code: run.code,
    outputs,
    summary: withoutUsageColumns(normalize(read(files.summary), feedback)),
    jsonl: normalize(read(files.jsonl), feedback),
    // Workflow commands (annotations, the step's failure message) except the feedback's own warnings.
    commands: annotationsOf(run)
      .filter((c) => c.properties.title !== 'steplog')
      .map((c) => c.line),
  };
}

describe('pull-request feedback through the built action', () => {
  it('one comment and a check run on the PR head with all 124 annotations in batches of 50, after outputs, summary and JSONL', async () => {
    const mock = await startMock();
    const files = runFiles();
    let atFirstRequest: { output: string; summary: string; jsonl: string } | null = null;
    mock.onRequest = () => {
      atFirstRequest ??= {
        output: read(files.output),
        summary: read(files.summary),
        jsonl: read(files.jsonl),
      };
    };
    const { run } = await runWithFeedback(mock, { 'pr-comment': 'always', 'check-run': 'true' }, { files });

    // The step is the command's.
    expect(run.code).toBe(3);
    const outputs = run.outputs();
    expect(outputs.get('status')).toBe('failed');
    expect(outputs.get('exit-code')).toBe('3');
    expect(steplogWarnings(run)).toEqual([]);
    expect(mock.violations).toEqual([]);

    // Outputs, summary and JSON-lines log were complete when the first request arrived.
    const final = { output: read(files.output), summary: read(files.summary), jsonl: read(files.jsonl) };
    expect(final.output).toContain('exit-code<<');
    expect(final.summary).toContain('`build` failed with exit code 3');
    expect(final.jsonl).toContain('"type":"end"');
    expect(atFirstRequest).toEqual(final);

    // The check run: on pull_request.head.sha (not the merge commit), every located annotation.
    expect(mock.checkRuns).toHaveLength(1);
    const [check] = mock.checkRuns;
    expect(check.headSha).toBe(HEAD_SHA);
    expect(check.name).toBe('build');
    expect(check.status).toBe('completed');
    expect(check.conclusion).toBe('failure');
    const end = final.jsonl
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { type: string; record?: { id: string } })
      .find((event) => event.type === 'end');
    expect(check.externalId).toBe(end?.record?.id);
    expect(check.annotations).toEqual(buildAnnotations());
    const batches = [...mock.requestsFor('checks/create'), ...mock.requestsFor('checks/update')].map(
      (r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
    );
    expect(batches).toEqual([50, 50, 24]);
    expect(check.summary).toBe(
      '**125 annotations**: 124 shown on the changed files; 1 without a file and line (in the job log).\n\n' +
        final.summary,
    );

    // The comment: one, by the token's account, the hidden marker then the job summary.
    expect(mock.comments).toHaveLength(1);
    const [comment] = mock.comments;
    expect(comment.issue).toBe(PULL);
    expect(comment.user).toEqual(ACTIONS_BOT);
    const marker = markerOf(comment.body);
    expect(marker).toBeDefined();
    expect(comment.body).toBe(`${marker}${final.summary}`);
    expect(run.stdout).toContain(
      `PR comment created: https://github.com/octo-org/hello-world/pull/${PULL}#issuecomment-${comment.id}`,
    );
    expect(operationsSince(mock)).toEqual([
      'checks/create',
      'checks/update',
      'checks/update',
      'issues/list-comments',
      'issues/create-comment',
    ]);
  });

  it('sticky: a second run of the same step name updates the one comment; another name gets its own', async () => {
    const mock = await startMock();
    await runWithFeedback(mock, { 'pr-comment': 'always' });
    expect(mock.comments).toHaveLength(1);
    const [first] = mock.comments;
    const firstBody = first.body;
    expect(firstBody).toContain('`build` failed with exit code 3');

    const before = mock.requests.length;
    const { run: again } = await runWithFeedback(mock, { 'pr-comment': 'always', run: 'echo all good' });
    expect(again.code).toBe(0);
    // GET /user: whose comment it is (GITHUB_TOKEN may not ask, so the Actions bot is assumed).
    expect(operationsSince(mock, before)).toEqual([
      'issues/list-comments',
      'users/get-authenticated',
      'issues/update-comment',
    ]);
    expect(mock.comments).toEqual([first]);
    expect(first.body).not.toBe(firstBody);
    expect(markerOf(first.body)).toBe(markerOf(firstBody));
    expect(first.body).toContain('`build` succeeded');
    expect(first.body).not.toContain('exit code 3');
    expect(again.stdout).toContain(`PR comment updated: `);

    const { run: lint } = await runWithFeedback(mock, { 'pr-comment': 'always', name: 'lint', run: 'true' });
    expect(lint.code).toBe(0);
    expect(mock.comments).toHaveLength(2);
    expect(markerOf(mock.comments[1].body)).not.toBe(markerOf(first.body));
    expect(mock.comments[0]).toBe(first);
    expect(steplogWarnings(again)).toEqual([]);
    expect(mock.violations).toEqual([]);
  });

  it('the comment and the check run are created but the POSTs answer 502: still one of each', async () => {
    const mock = await startMock();
    mock.fault({ operation: 'issues/create-comment', answer: { status: 502, apply: true } });
    mock.fault({ operation: 'checks/create', answer: { status: 502, apply: true } });
    const { run } = await runWithFeedback(mock, { 'pr-comment': 'always', 'check-run': 'true' });

    expect(run.code).toBe(3);
    expect(steplogWarnings(run)).toEqual([]);
    expect(mock.violations).toEqual([]);
    // Each POST once; after the 502 the action looked, found its own write, and went on from there.
    expect(operationsSince(mock)).toEqual([
      'checks/create',
      'checks/list-for-ref',
      'checks/update',
      'checks/update',
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'users/get-authenticated',
    ]);
    expect(mock.checkRuns).toHaveLength(1);
    expect(mock.checkRuns[0].annotations).toEqual(buildAnnotations());
    expect(mock.comments).toHaveLength(1);
    expect(run.stdout).toContain('PR comment created: ');
  });

  it('an API that answers 500 forever costs one warning; the step is exactly as without the API', async () => {
    const [checkMock, commentMock, quietMock] = await Promise.all([startMock(), startMock(), startMock()]);
    failForever(checkMock, 500);
    failForever(commentMock, 500);
    failForever(quietMock, 500);
    // Side by side: each failing run waits out the retries (1 + 4 + 9 s), well within the 30 s deadline.
    const [checkRun, commentRun, without] = await Promise.all([
      runWithFeedback(checkMock, { 'check-run': 'true' }),
      runWithFeedback(commentMock, { 'pr-comment': 'always' }),
      runWithFeedback(quietMock, { 'pr-comment': 'never', 'check-run': 'false' }),
    ]);

    expect(quietMock.requests).toEqual([]);
    expect(steplogWarnings(without.run)).toEqual([]);
    const expected = stepResult(without);
    expect(expected.code).toBe(3);
    expect(expected.outputs.status).toBe('failed');
    expect(expected.summary).toContain('`build` failed with exit code 3');
    expect(expected.jsonl).toContain('"type":"end"');

    // The create is a POST: sent once, never blindly again; the lookup after it is retried 3 times.
    expect(operationsSince(checkMock)).toEqual([
      'checks/create',
      ...Array<OperationId>(4).fill('checks/list-for-ref'),
    ]);
    expect(checkMock.checkRuns).toEqual([]);
    expect(steplogWarnings(checkRun.run)).toEqual([
      expect.stringMatching(
        /^Check run not published: GitHub kept failing \(500: .*\) after bounded retries\.$/,
      ),
    ]);
    expect(stepResult(checkRun)).toEqual(expected);

    expect(operationsSince(commentMock)).toEqual(Array<OperationId>(4).fill('issues/list-comments'));
    expect(commentMock.comments).toEqual([]);
    expect(steplogWarnings(commentRun.run)).toEqual([
      expect.stringMatching(
        /^PR comment not published: GitHub kept failing \(500: .*\) after bounded retries\.$/,
      ),
    ]);
    expect(stepResult(commentRun)).toEqual(expected);
  });

  it('the token is in no log line (debug on), output, summary, JSONL or request body; GHES URL honoured', async () => {
    const mock = await startMock('/api/v3');
    // Exercise the error paths too: a 502 after the create, a 500 retried.
    mock.fault({ operation: 'checks/create', answer: { status: 502, apply: true } });
    mock.fault({ operation: 'issues/list-comments', answer: { status: 500 } });
    const run = [
      // A secret interpolated into the script, and the same token from the job's env.
      `echo "cloning https://x-access-token:${TOKEN}@github.com/octo-org/hello-world"`,
      'echo "from the job env: $GITHUB_TOKEN"',
      `echo "${SOURCES[0]}:9:1: error: bad credentials $GITHUB_TOKEN" >&2`,
      'exit 1',
    ].join('\n');
    const { run: action, files } = await runWithFeedback(
      mock,
      { run, 'pr-comment': 'always', 'check-run': 'true' },
      { env: { RUNNER_DEBUG: '1', GITHUB_TOKEN: TOKEN } },
    );

    expect(action.code).toBe(1);
    expect(mock.violations).toEqual([]);
    expect(steplogWarnings(action)).toEqual([]);
    // GHES: every request went to GITHUB_API_URL's /api/v3, with the token.
    expect(operationsSince(mock)).toEqual([
      'checks/create',
      'checks/list-for-ref',
      'issues/list-comments',
      'issues/list-comments',
      'issues/create-comment',
    ]);
    for (const request of mock.requests) {
      expect(request.path).toMatch(/^\/api\/v3\/repos\/octo-org\/hello-world\/|^\/api\/v3\/user$/);
      expect(request.authorization).toBe(`token ${TOKEN}`);
    }
    // Debug was on: steplog's settings and every API call were logged.
    expect(action.stdout).toContain('::debug::steplog setting');
    expect(action.stdout).toContain(
      '::debug::GitHub API: POST /api/v3/repos/octo-org/hello-world/check-runs ->',
    );

    // The only place the token may appear: the runner's ::add-mask:: command itself.
    const lines = action.stdout.split('\n');
    expect(lines).toContain(`::add-mask::${TOKEN}`);
    const shown = lines.filter((line) => line !== `::add-mask::${TOKEN}`).join('\n');
    const places = {
      stdout: shown,
      stderr: action.stderr,
      outputs: read(files.output),
      summary: read(files.summary),
      jsonl: read(files.jsonl),
      requests: mock.requests.map((r) => `${r.path}?${r.query.toString()}\n${r.rawBody}`).join('\n'),
    };
    for (const [where, text] of Object.entries(places)) {
      expect(text.length, where).toBeGreaterThan(0);
      expect(text.includes(TOKEN), `the token is in ${where}`).toBe(false);
    }
    // Masked, not lost: the output and the comment show *** where the token was.
    expect(action.outputs().get('stdout')).toContain('from the job env: ***');
    expect(mock.comments).toHaveLength(1);
    expect(mock.comments[0].body).toContain('x-access-token:***@github.com');
    expect(mock.checkRuns).toHaveLength(1);
    expect(mock.checkRuns[0].annotations.map((a) => a.message)).toEqual(['bad credentials ***']);
  });
});
