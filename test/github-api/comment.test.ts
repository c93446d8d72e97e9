// The sticky PR comment against the local GitHub stand-in: one per step name, updated in place, never
// duplicated after an ambiguous 502, never someone else's, skipped outside pull requests.
import { afterEach, expect, test } from 'vitest';
import { commentMarker } from '../../src/github-api/comment-body.js';
import { publishPullRequestFeedback } from '../../src/github-api/index.js';
import {
  PULL,
  SUMMARY,
  TOKEN,
  collectLog,
  feedbackOptions,
  makeRecord,
  runnerEnv,
  type CollectedLog,
} from './helpers.js';
import { ACTIONS_BOT, MockGitHub, type MockOptions, type MockUser } from './mock-github.js';

const MALLORY: MockUser = { login: 'mallory', id: 666, type: 'User' };
const DEV: MockUser = { login: 'Octo-Dev', id: 1234, type: 'User' };
const MARKER = commentMarker('npm test');

let mock: MockGitHub | undefined;

async function start(options: Partial<MockOptions> = {}): Promise<[MockGitHub, CollectedLog]> {
  mock = await MockGitHub.start({ token: TOKEN, ...options });
  return [mock, collectLog()];
}

afterEach(async () => {
  await mock?.close();
  expect(mock?.violations).toEqual([]);
  mock = undefined;
});

const commentOnly = { checkRun: false } as const;

test('creates one comment with the marker, then updates it in place on the next run', async () => {
  const [mock, log] = await start();
  mock.addComment(PULL, 'Looks good to me', DEV);
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  const second = collectLog();
  await publishPullRequestFeedback(
    feedbackOptions(mock, second, { ...commentOnly, summaryMarkdown: '### ✅ npm test passed\n' }),
  );

  const ours = mock.comments.filter((c) => c.body.includes(MARKER));
  expect(ours).toHaveLength(1);
  expect(ours[0]).toMatchObject({ user: ACTIONS_BOT, body: `${MARKER}\n### ✅ npm test passed\n` });
  expect(mock.comments[0].body).toBe('Looks good to me');
  expect(mock.requests.map((r) => `${r.method} ${r.operation}`)).toEqual([
    'GET issues/list-comments',
    'POST issues/create-comment',
    'GET issues/list-comments',
    'GET users/get-authenticated',
    'PATCH issues/update-comment',
  ]);
  expect(log.of('info')).toEqual([
    expect.stringMatching(/^PR comment created: https:\/\/github.com\/.*#issuecomment-\d+$/),
  ]);
  expect(second.of('info')).toEqual([expect.stringMatching(/^PR comment updated: /)]);
  expect([...log.of('warning'), ...second.of('warning')]).toEqual([]);
});

test('a run with the same summary leaves the comment untouched', async () => {
  const [mock, log] = await start();
  mock.addComment(PULL, `${MARKER}\n${SUMMARY}`, ACTIONS_BOT);
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(mock.requests.map((r) => r.operation)).toEqual(['issues/list-comments', 'users/get-authenticated']);
  expect(log.of('info')).toEqual([expect.stringMatching(/^PR comment already up to date: /)]);
});

test('one comment per step name: another step keeps its own', async () => {
  const [mock, log] = await start();
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { ...commentOnly, record: makeRecord({ name: 'npm run lint' }) }),
  );
  expect(mock.comments.map((c) => c.body.split('\n')[0])).toEqual([MARKER, commentMarker('npm run lint')]);
});

test('finds its comment beyond the first page of 100', async () => {
  const [mock, log] = await start();
  for (let i = 0; i < 230; i++) mock.addComment(PULL, `comment ${i}`, DEV);
  const ours = mock.addComment(PULL, `${MARKER}\nold summary`, ACTIONS_BOT);
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(mock.requestsFor('issues/list-comments').map((r) => r.query.get('page') ?? '1')).toEqual([
    '1',
    '2',
    '3',
  ]);
  expect(ours.body).toBe(`${MARKER}\n${SUMMARY}`);
  expect(mock.comments).toHaveLength(231);
});

test('a create answered 502 after GitHub created it is found again, not posted twice', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'issues/create-comment', answer: { status: 502, apply: true } });
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(mock.comments).toHaveLength(1);
  expect(mock.requestsFor('issues/create-comment')).toHaveLength(1);
  expect(mock.requests.map((r) => r.operation)).toEqual([
    'issues/list-comments',
    'issues/create-comment',
    'issues/list-comments',
    'users/get-authenticated',
  ]);
  expect(log.of('warning')).toEqual([]);
  expect(log.of('info')).toEqual([expect.stringMatching(/^PR comment created: /)]);
});

test('a create answered 502 that did not happen is posted once more', async () => {
  const [mock, log] = await start();
  mock.fault({ operation: 'issues/create-comment', answer: { status: 502 } });
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(mock.comments).toHaveLength(1);
  expect(mock.requestsFor('issues/create-comment')).toHaveLength(2);
  expect(log.of('warning')).toEqual([]);
});

test('a comment with the marker by a person is never edited; ours is created beside it', async () => {
  const [mock, log] = await start();
  const planted = mock.addComment(PULL, `${MARKER}\n✅ all green (trust me)`, MALLORY);
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(planted.body).toBe(`${MARKER}\n✅ all green (trust me)`);
  expect(mock.requestsFor('issues/update-comment')).toEqual([]);
  expect(mock.comments.filter((c) => c.user === ACTIONS_BOT)).toHaveLength(1);
  expect(log.of('debug')).toContain(
    `PR comment ${planted.id} has the steplog marker but is by mallory; left alone`,
  );
});

test('with GITHUB_TOKEN, another app’s bot carrying the marker is never edited; ours is created beside it', async () => {
  const [mock, log] = await start();
  const acme: MockUser = { login: 'acme-ci[bot]', id: 4242, type: 'Bot' };
  const planted = mock.addComment(PULL, `${MARKER}\n✅ all green (trust me)`, acme);
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(planted.body).toBe(`${MARKER}\n✅ all green (trust me)`);
  expect(mock.requestsFor('issues/update-comment')).toEqual([]);
  expect(mock.comments.filter((c) => c.user === ACTIONS_BOT)).toHaveLength(1);
  expect(log.of('debug')).toContain(
    `PR comment ${planted.id} has the steplog marker but is by acme-ci[bot]; left alone`,
  );
});

test('comment-author names the app’s bot: its comment is ours, github-actions[bot]’s is not', async () => {
  const acme: MockUser = { login: 'acme-ci[bot]', id: 4242, type: 'Bot' };
  const [mock, log] = await start({ viewer: acme });
  const actions = mock.addComment(PULL, `${MARKER}\nfrom another workflow`, ACTIONS_BOT);
  const ours = mock.addComment(PULL, `${MARKER}\nold summary`, acme);
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { ...commentOnly, commentAuthor: 'acme-ci[bot]' }),
  );
  expect(actions.body).toBe(`${MARKER}\nfrom another workflow`);
  expect(ours.body).toBe(`${MARKER}\n${SUMMARY}`);
  expect(mock.comments).toHaveLength(2);
});

test('with a personal token, only that user’s comment is ours (GET /user), not the bot’s', async () => {
  const [mock, log] = await start({ viewer: DEV, userEndpoint: 'viewer' });
  const bots = mock.addComment(PULL, `${MARKER}\nfrom another workflow`, ACTIONS_BOT);
  const mine = mock.addComment(PULL, `${MARKER}\nmy old summary`, { ...DEV, login: 'octo-dev' });
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(bots.body).toBe(`${MARKER}\nfrom another workflow`);
  expect(mine.body).toBe(`${MARKER}\n${SUMMARY}`);
  expect(mock.comments).toHaveLength(2);
});

test('on-failure: a failed step posts; a later success refreshes that comment but never creates one', async () => {
  const [mock, log] = await start();
  const success = makeRecord({ status: 'success', exitCode: 0, exitStatus: 0 });
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { ...commentOnly, prComment: 'on-failure', record: success }),
  );
  expect(mock.comments).toEqual([]);
  expect(log.of('debug')).toContain(
    'No earlier PR comment to refresh (pr-comment: on-failure and the step succeeded).',
  );

  await publishPullRequestFeedback(feedbackOptions(mock, log, { ...commentOnly, prComment: 'on-failure' }));
  expect(mock.comments).toHaveLength(1);

  await publishPullRequestFeedback(
    feedbackOptions(mock, log, {
      ...commentOnly,
      prComment: 'on-failure',
      record: success,
      summaryMarkdown: 'fixed\n',
    }),
  );
  expect(mock.comments).toHaveLength(1);
  expect(mock.comments[0].body).toBe(`${MARKER}\nfixed\n`);
});

test('push, schedule and workflow_dispatch skip the comment with a notice and no request', async () => {
  const [mock] = await start();
  for (const event of ['push', 'schedule', 'workflow_dispatch'] as const) {
    const log = collectLog();
    await publishPullRequestFeedback(
      feedbackOptions(mock, log, { ...commentOnly, env: runnerEnv(mock, event) }),
    );
    expect(log.of('notice')).toEqual([
      `PR comment skipped: the "${event}" event is not about a pull request.`,
    ]);
    expect(log.of('warning')).toEqual([]);
  }
  expect(mock.requests).toEqual([]);
});

test('GitHub answers 422 to the comment → one warning quoting it, no retry', async () => {
  const [mock, log] = await start();
  mock.fault({
    operation: 'issues/create-comment',
    answer: {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [
          { resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long' },
        ],
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '422',
      },
    },
  });
  await publishPullRequestFeedback(feedbackOptions(mock, log, commentOnly));
  expect(mock.requestsFor('issues/create-comment')).toHaveLength(1);
  expect(log.of('warning')).toEqual([
    expect.stringMatching(
      /^PR comment not published: GitHub rejected the content \(422: Validation Failed: .*Body is too long/,
    ),
  ]);
});

test('a summary over 65,536 characters is cut so GitHub accepts it', async () => {
  const [mock, log] = await start();
  await publishPullRequestFeedback(
    feedbackOptions(mock, log, { ...commentOnly, summaryMarkdown: '| row |\n'.repeat(10_000) }),
  );
  expect(log.of('warning')).toEqual([]);
  expect(mock.comments[0].body.length).toBeLessThanOrEqual(65_536);
  expect(mock.comments[0].body).toContain('cut to fit the pull-request comment limit');
});
