// The check run against the local GitHub stand-in: batching, head SHA, limits, and no duplicate
// after a 502 that was applied. Every request and response is checked against GitHub's OpenAPI.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { publishPullRequestFeedback } from '../../src/github-api/index.js';
import {
  HEAD_SHA,
  MERGE_SHA,
  TOKEN,
  collectLog,
  feedbackOptions,
  makeAnnotations,
  makeRecord,
  runnerEnv,
  type CollectedLog,
} from './helpers.js';
import { MockGitHub } from './mock-github.js';

let mock: MockGitHub;
let log: CollectedLog;

beforeEach(async () => {
  mock = await MockGitHub.start({ token: TOKEN });
  log = collectLog();
});

afterEach(async () => {
  await mock.close();
  expect(mock.violations).toEqual([]);
});

test('120 annotations land on pull_request.head.sha in batches of 50 (create, then updates)', async () => {
  const located = makeAnnotations(120);
  const record = makeRecord({ annotations: [...located, ...makeAnnotations(2, { line: undefined })] });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { record, prComment: 'never' }));

  expect(log.of('warning')).toEqual([]);
  expect(mock.requests.map((r) => `${r.method} ${r.operation}`)).toEqual([
    'POST checks/create',
    'PATCH checks/update',
    'PATCH checks/update',
  ]);
  expect(
    mock.requests.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length),
  ).toEqual([50, 50, 20]);
  expect(mock.checkRuns).toHaveLength(1);
  const [run] = mock.checkRuns;
  expect(run).toMatchObject({
    name: 'npm test',
    headSha: HEAD_SHA,
    externalId: record.id,
    status: 'completed',
    conclusion: 'failure',
    startedAt: record.startedAt,
    completedAt: record.completedAt,
    detailsUrl: 'https://github.com/octo-org/hello-world/actions/runs/4242',
    title: 'failed with exit code 2: 41 errors, 41 warnings, 40 notices',
  });
  expect(run.headSha).not.toBe(MERGE_SHA);
  expect(run.annotations.map((a) => a.message)).toEqual(located.map((a) => a.message));
  expect(run.summary).toContain(
    '**122 annotations**: 120 shown on the changed files; 2 without a file and line',
  );
  expect(log.of('info')).toEqual([
    `Check run "npm test" published with 120 annotations: https://github.com/octo-org/hello-world/runs/${run.id}`,
  ]);
});

test('on a push the check run uses GITHUB_SHA', async () => {
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, {
      env: runnerEnv(mock, 'push'),
      prComment: 'never',
      record: makeRecord({ status: 'success', exitCode: 0 }),
    }),
  );
  expect(mock.checkRuns).toMatchObject([{ headSha: MERGE_SHA, conclusion: 'success' }]);
  expect(log.of('warning')).toEqual([]);
});

test('conclusion timed_out for a timed-out step', async () => {
  const record = makeRecord({ status: 'timed_out', exitCode: null, signal: 'SIGTERM', timedOut: true });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { record, prComment: 'never' }));
  expect(mock.checkRuns).toMatchObject([
    { conclusion: 'timed_out', title: 'timed out: 1 error, 1 warning, 1 notice' },
  ]);
});

test('a summary over 65,535 bytes is cut before sending, so GitHub accepts it', async () => {
  const summaryMarkdown = '# big\n\n' + '→ ünïcödé line of output\n'.repeat(5000);
  await publishPullRequestFeedback(feedbackOptions(mock, log, { summaryMarkdown, prComment: 'never' }));
  expect(log.of('warning')).toEqual([]);
  const summary = mock.checkRuns[0].summary ?? '';
  expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(65_535);
  expect(summary).toContain('cut to fit the check run summary limit');
});

test('GitHub still answers 422 → one warning with its message, no retry', async () => {
  mock.fault({
    operation: 'checks/create',
    answer: {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }],
        documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
        status: '422',
      },
    },
  });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { prComment: 'never' }));
  expect(mock.requestsFor('checks/create')).toHaveLength(1);
  expect(log.of('warning')).toEqual([
    expect.stringMatching(
      /^Check run not published: GitHub rejected the content \(422: Validation Failed: .*head_sha/,
    ),
  ]);
});

test('a create answered 502 after it was applied is found by external_id, not sent twice', async () => {
  mock.fault({ operation: 'checks/create', answer: { status: 502, apply: true } });
  const record = makeRecord({ annotations: makeAnnotations(70) });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { record, prComment: 'never' }));
  expect(log.of('warning')).toEqual([]);
  expect(mock.checkRuns).toHaveLength(1);
  expect(mock.checkRuns[0].annotations).toHaveLength(70);
  expect(mock.requests.map((r) => r.operation)).toEqual([
    'checks/create',
    'checks/list-for-ref',
    'checks/update',
  ]);
  expect(mock.requests[1].query.get('check_name')).toBe('npm test');
});

test('a create answered 503 without being applied is sent once more', async () => {
  mock.fault({ operation: 'checks/create', answer: { status: 503 } });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { prComment: 'never' }));
  expect(log.of('warning')).toEqual([]);
  expect(mock.requests.map((r) => r.operation)).toEqual([
    'checks/create',
    'checks/list-for-ref',
    'checks/create',
  ]);
  expect(mock.checkRuns).toHaveLength(1);
});

test('an update answered 502 after it was applied does not append its annotations twice', async () => {
  mock.fault({ operation: 'checks/update', answer: { status: 502, apply: true } });
  const record = makeRecord({ annotations: makeAnnotations(60) });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { record, prComment: 'never' }));
  expect(log.of('warning')).toEqual([]);
  expect(mock.checkRuns[0].annotations).toHaveLength(60);
  expect(mock.requests.map((r) => r.operation)).toEqual(['checks/create', 'checks/update', 'checks/get']);
});

test('an update that keeps failing: one warning saying how many annotations made it', async () => {
  mock.fault({ operation: 'checks/update', times: 2, answer: { status: 500 } });
  const record = makeRecord({ annotations: makeAnnotations(60) });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { record, prComment: 'never' }));
  expect(mock.checkRuns[0].annotations).toHaveLength(50);
  expect(log.of('warning')).toEqual([
    `Check run incomplete: the check run (https://github.com/octo-org/hello-world/runs/${mock.checkRuns[0].id}) got 50 of 60 annotations; GitHub kept failing (500: Server Error) after bounded retries.`,
  ]);
});
