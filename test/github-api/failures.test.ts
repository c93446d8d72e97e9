// How the GitHub API can fail, and what the step sees: one clear warning (or a notice), never a throw,
// never a change to the record, never the token in a log line.
import { createServer } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { publishPullRequestFeedback } from '../../src/github-api/index.js';
import {
  TOKEN,
  collectLog,
  feedbackOptions,
  makeAnnotations,
  makeRecord,
  runnerEnv,
  type CollectedLog,
} from './helpers.js';
import { MockGitHub, type MockOptions } from './mock-github.js';

let mock: MockGitHub | undefined;
const logs: CollectedLog[] = [];

async function start(options: Partial<MockOptions> = {}): Promise<[MockGitHub, CollectedLog]> {
  mock = await MockGitHub.start({ token: TOKEN, ...options });
  const log = collectLog();
  logs.push(log);
  return [mock, log];
}

afterEach(async () => {
  await mock?.close();
  expect(mock?.violations ?? []).toEqual([]);
  // whatever happened, the token is in no log line, debug included.
  for (const log of logs.splice(0)) {
    for (const line of log.lines) expect(line.message).not.toContain(TOKEN);
  }
  mock = undefined;
});

const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

test('no token or a blank one → one notice, no request, nothing else', async () => {
  const [mock] = await start();
  for (const token of ['', '   ']) {
    const log = collectLog();
    await publishPullRequestFeedback(feedbackOptions(mock, log, { token }));
    expect(log.lines).toEqual([
      {
        level: 'notice',
        message: 'Check run and PR comment skipped: no GitHub token (the `github-token` input is empty).',
      },
    ]);
  }
  expect(mock.requests).toEqual([]);
});

test('both features off → no request and no log line at all', async () => {
  const [mock, log] = await start();
  await publishPullRequestFeedback(feedbackOptions(mock, log, { checkRun: false, prComment: 'never' }));
  expect(log.lines).toEqual([]);
  expect(mock.requests).toEqual([]);
});

test('403 "Resource not accessible by integration" (fork PR) → one warning each with the permission hint, no retry', async () => {
  const [mock, log] = await start();
  mock.fault({
    operation: 'checks/create',
    answer: {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
        status: '403',
      },
    },
  });
  mock.fault({
    operation: 'issues/list-comments',
    answer: {
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
        status: '403',
      },
    },
  });
  await publishPullRequestFeedback(feedbackOptions(mock, log));
  expect(mock.requests.map((r) => r.operation)).toEqual(['checks/create', 'issues/list-comments']);
  const hint =
    'On pull requests from forks GitHub only grants a read-only token, so this cannot work there; annotations still show through workflow commands.';
  expect(log.of('warning')).toEqual([
    `Check run not published: the token may not do this (403: Resource not accessible by integration - https://docs.github.com/rest/checks/runs#create-a-check-run). Give the job \`permissions: checks: write\`. ${hint}`,
    `PR comment not published: the token may not do this (403: Resource not accessible by integration - https://docs.github.com/rest/issues/comments#list-issue-comments). Give the job \`permissions: pull-requests: write\`. ${hint}`,
  ]);
});

test('404 and 410 → a warning each, no retry', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'checks/create', answer: { status: 404 } });
  mock.fault({
    operation: 'issues/list-comments',
    answer: {
      status: 410,
      body: {
        message: 'Issues are disabled for this repo',
        documentation_url: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
        status: '410',
      },
    },
  });
  await publishPullRequestFeedback(feedbackOptions(mock, log));
  expect(mock.requests).toHaveLength(2);
  expect(log.of('warning')).toEqual([
    `Check run not published: GitHub answered 404 (Not Found): the repository, pull request or check run is not there, or the token cannot see it (API: ${mock.url}).`,
    expect.stringMatching(
      /^PR comment not published: GitHub answered 410 \(Issues are disabled for this repo - https:/,
    ),
  ]);
});

test('a 502 on a read is retried with backoff and then succeeds', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'issues/list-comments', times: 2, answer: { status: 502 } });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { checkRun: false }));
  expect(mock.requestsFor('issues/list-comments').map((r) => r.status)).toEqual([502, 502, 200]);
  expect(mock.comments).toHaveLength(1);
  expect(log.of('warning')).toEqual([]);
});

test('a 503 that lasts → 3 retries with growing waits, then one warning', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'issues/list-comments', times: 10, answer: { status: 503 } });
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { checkRun: false, tuning: { retryBaseMs: 50, recheckDelayMs: 0 } }),
  );
  const tries = mock.requestsFor('issues/list-comments');
  expect(tries).toHaveLength(4);
  // plugin-retry waits (n+1)² × base: 50, 200, 450 ms.
  const gaps = tries.slice(1).map((r, i) => r.at - tries[i].at);
  expect(gaps[0]).toBeGreaterThanOrEqual(40);
  expect(gaps[1]).toBeGreaterThanOrEqual(180);
  expect(gaps[2]).toBeGreaterThanOrEqual(430);
  expect(log.of('warning')).toEqual([
    'PR comment not published: GitHub kept failing (503: Service Unavailable) after bounded retries.',
  ]);
});

test('a retry whose backoff would end after the deadline is not scheduled; the warning comes at once', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'issues/list-comments', times: 10, answer: { status: 503 } });
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { checkRun: false, deadlineMs: 4000, tuning: { retryBaseMs: 1000 } }),
  );
  // Waits would be 1 s, then 4 s: the second one would end past the 4 s deadline, so it is not taken.
  // Taken, it would have run into the deadline, and the warning would say that instead.
  expect(mock.requestsFor('issues/list-comments')).toHaveLength(2);
  expect(log.of('warning')).toEqual([
    'PR comment not published: GitHub kept failing (503: Service Unavailable) after bounded retries.',
  ]);
});

test('429 with retry-after: 1 on a write → waits at least 1 s, then succeeds', async () => {
  const [mock, log] = await start();
  mock.fault({
    operation: 'checks/create',
    answer: {
      status: 429,
      headers: { 'retry-after': '1' },
      body: {
        message: SECONDARY,
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
      },
    },
  });
  await publishPullRequestFeedback(feedbackOptions(mock, log, { prComment: 'never' }));
  const [first, second] = mock.requestsFor('checks/create');
  expect([first.status, second?.status]).toEqual([429, 201]);
  expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
  expect(mock.checkRuns).toHaveLength(1);
  expect(log.of('warning')).toEqual([]);
});

test('429 and 403 secondary limits on a read → each waits at least retry-after, never plugin-retry’s shorter backoff', async () => {
  const [mock, log] = await start();
  for (const status of [429, 403]) {
    mock.fault({
      operation: 'issues/list-comments',
      answer: {
        status,
        headers: { 'retry-after': '1' },
        body: {
          message: SECONDARY,
          documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
        },
      },
    });
  }
  await publishPullRequestFeedback(feedbackOptions(mock, log, { checkRun: false }));
  const tries = mock.requestsFor('issues/list-comments');
  expect(tries.map((r) => r.status)).toEqual([429, 403, 200]);
  expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(1000);
  expect(tries[2].at - tries[1].at).toBeGreaterThanOrEqual(1000);
  expect(mock.comments).toHaveLength(1);
  expect(log.of('warning')).toEqual([]);
});

test('retry-after longer than the time left → skipped at once with one warning, never retried early', async () => {
  const [mock, log] = await start();
  mock.fault({
    operation: 'checks/create',
    times: 5,
    answer: { status: 429, headers: { 'retry-after': '3600' }, body: { message: SECONDARY } },
  });
  // The deadline is far off too: waiting for the hour or for the deadline would outlast the test's timeout.
  await publishPullRequestFeedback(feedbackOptions(mock, log, { deadlineMs: 600_000 }));
  expect(mock.requests.map((r) => r.operation)).toEqual(['checks/create']);
  expect(log.of('warning')).toEqual([
    "Check run not published: GitHub's secondary rate limit (HTTP 429): GitHub asked to wait 3600 s (retry-after), more than the time left; skipped rather than retried early. PR comment not attempted.",
  ]);
});

test('primary rate limit exhausted, reset in an hour → no retry, one warning with the reset time', async () => {
  const [mock, log] = await start();
  const reset = Math.floor(Date.now() / 1000) + 3600;
  mock.fault({
    operation: 'checks/create',
    answer: {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: {
        message: 'API rate limit exceeded for installation ID 123.',
        documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
        status: '403',
      },
    },
  });
  await publishPullRequestFeedback(feedbackOptions(mock, log));
  expect(mock.requests).toHaveLength(1);
  expect(log.of('warning')).toEqual([
    `Check run not published: the token's API rate limit is exhausted (HTTP 403); not retried. It resets at ${new Date(reset * 1000).toISOString()}. PR comment not attempted.`,
  ]);
});

test('a server that accepts and never answers → the request times out, one warning, the step goes on', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'checks/create', times: 5, answer: 'hang' });
  mock.fault({ operation: 'checks/list-for-ref', times: 5, answer: 'hang' });
  // The warning names the 0.4 s request timeout that ended the wait.
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { tuning: { requestTimeoutMs: 400, recheckDelayMs: 0 } }),
  );
  // The create may have been applied before the silence, so it is looked up once, never re-sent blindly.
  expect(mock.requests.map((r) => r.operation)).toEqual(['checks/create', 'checks/list-for-ref']);
  expect(log.of('warning')).toEqual([
    'Check run not published: GitHub did not answer POST /repos/octo-org/hello-world/check-runs within 0.4 s; not retried so the step is not held up. PR comment not attempted.',
  ]);
});

test('one request lost in a hung connection → looked up, sent again, published', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'checks/create', answer: 'hang' });
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { prComment: 'never', tuning: { requestTimeoutMs: 400, recheckDelayMs: 0 } }),
  );
  expect(mock.requests.map((r) => r.operation)).toEqual([
    'checks/create',
    'checks/list-for-ref',
    'checks/create',
  ]);
  expect(mock.checkRuns).toHaveLength(1);
  expect(log.of('warning')).toEqual([]);
});

test('the overall deadline bounds everything, even a generous per-request timeout', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'issues/list-comments', answer: 'hang' });
  // The warning names the 0.6 s deadline: the 30 s request timeout would have said otherwise.
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { checkRun: false, deadlineMs: 600, tuning: { requestTimeoutMs: 30_000 } }),
  );
  expect(log.of('warning')).toEqual([
    'PR comment not finished: the 0.6 s deadline for GitHub API calls passed.',
  ]);
  // Nothing reported after returning, when the aborted request settles.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(log.of('warning')).toHaveLength(1);
});

test('a server that is not there → one warning, the comment not attempted', async () => {
  const [mock, log] = await start();
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as { port: number };
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const env = { ...runnerEnv(mock), GITHUB_API_URL: `http://127.0.0.1:${port}` };
  await publishPullRequestFeedback(feedbackOptions(mock, log, { env, tuning: { retryBaseMs: 5 } }));
  expect(log.of('warning')).toEqual([
    expect.stringMatching(
      new RegExp(
        `^Check run not published: could not reach http://127.0.0.1:${port} \\(.*ECONNREFUSED.*\\)\\. PR comment not attempted\\.$`,
      ),
    ),
  ]);
});

test('401 bad credentials → one warning about the token input, the rest not attempted', async () => {
  const [mock, log] = await start();
  await publishPullRequestFeedback(feedbackOptions(mock, log, { token: 'ghs_wrongtoken1234567890' }));
  expect(mock.requests).toHaveLength(1);
  expect(log.of('warning')).toEqual([
    'Check run not published: GitHub rejected the token (401: Bad credentials - https://docs.github.com/rest). Check the `github-token` input. PR comment not attempted.',
  ]);
});

test('whatever fails, the call resolves and the record is untouched', async () => {
  const [mock, log] = await start();
  const record = makeRecord({ annotations: makeAnnotations(60) });
  const before = structuredClone(record);
  mock.fault({ operation: 'checks/update', times: 5, answer: { status: 500 } });
  mock.fault({ operation: 'issues/list-comments', times: 5, answer: { status: 500 } });
  await expect(publishPullRequestFeedback(feedbackOptions(mock, log, { record }))).resolves.toBeUndefined();
  expect(record).toEqual(before);
  expect(log.of('warning')).toEqual([
    expect.stringMatching(/^Check run incomplete: .* got 50 of 60 annotations; GitHub kept failing \(500/),
    'PR comment not published: GitHub kept failing (500: Server Error) after bounded retries.',
  ]);
});

test('a logger that throws cannot make publishing throw', async () => {
  const [mock] = await start();
  const boom = () => {
    throw new Error('logger broke');
  };
  mock.fault({ operation: 'checks/create', answer: { status: 404 } });
  await expect(
    publishPullRequestFeedback(
      feedbackOptions(mock, collectLog(), {
        prComment: 'never',
        log: { info: boom, warning: boom, notice: boom, debug: boom },
      }),
    ),
  ).resolves.toBeUndefined();
});

test('GITHUB_API_URL of a GHES (/api/v3) is honoured, the token only travels in the Authorization header', async () => {
  const [mock, log] = await start({ prefix: '/api/v3' });
  await publishPullRequestFeedback(feedbackOptions(mock, log));
  expect(mock.url).toMatch(/\/api\/v3$/);
  expect(mock.requests.map((r) => r.path)).toEqual([
    '/api/v3/repos/octo-org/hello-world/check-runs',
    '/api/v3/repos/octo-org/hello-world/issues/7/comments',
    '/api/v3/repos/octo-org/hello-world/issues/7/comments',
  ]);
  for (const request of mock.requests) {
    expect(request.authorization).toBe(`token ${TOKEN}`);
    expect(request.rawBody + request.path + request.query.toString()).not.toContain(TOKEN);
  }
  // Debug logs every request, by method and path only.
  expect(log.of('debug')).toContain('GitHub API: POST /api/v3/repos/octo-org/hello-world/check-runs');
  expect(log.of('warning')).toEqual([]);
});

test('a token that leaked into the summary or an annotation is masked before it is published', async () => {
  const [mock, log] = await start();
  const [annotation] = makeAnnotations(1);
  const record = makeRecord({ annotations: [{ ...annotation, message: `auth failed with ${TOKEN}` }] });
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { record, summaryMarkdown: `token: ${TOKEN}\n` }),
  );
  expect(mock.checkRuns[0].summary).toContain('token: ***');
  expect(mock.checkRuns[0].annotations[0].message).toBe('auth failed with ***');
  expect(mock.comments[0].body).toContain('token: ***');
  for (const request of mock.requests) expect(request.rawBody).not.toContain(TOKEN);
});

test('an event with a broken GITHUB_REPOSITORY → one warning naming it, no request', async () => {
  const [mock, log] = await start();
  const env = { ...runnerEnv(mock), GITHUB_REPOSITORY: '' };
  await publishPullRequestFeedback(feedbackOptions(mock, log, { env }));
  expect(log.of('warning')).toEqual([
    'Check run and PR comment skipped: GITHUB_REPOSITORY is ""; expected "owner/repo".',
  ]);
  expect(mock.requests).toEqual([]);
});
