// Webhooks against a real receiver that verifies every signature: the six event types in order, as
// CloudEvents, retries after 500 and 429, no redirects, a hung receiver bounded by notify-timeout, a
// full queue, and no secret in any body.
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { ExecutionLogger, loggerOptionsFrom } from '../../src/core/logger.js';
import type { ExecutionRecord } from '../../src/core/record.js';
import { runExecution } from '../../src/exec/run-execution.js';
import { EVENT_TYPES } from '../../src/notify/cloudevent.js';
import { DeliveryQueue, QUEUE_LIMIT, retryAfterMs } from '../../src/notify/delivery.js';
import { displayUrl, startNotifications, webhookSecrets } from '../../src/notify/index.js';
import { sign, verify } from '../../src/notify/signature.js';
import { detectCiContext } from '../../src/telemetry/ci-context.js';
import type { RunTelemetry } from '../../src/telemetry/run-telemetry.js';
import { makeSettings, removeScratch, scratch } from '../exec/helpers.js';
import { startWebhookReceiver, type Answer, type WebhookReceiver } from '../support/webhook-receiver.js';

const SECRET = 'whsec-4f1d2c9a7b';
const TOKEN = 'tok-Zm9vYmFyYmF6';
const receivers: WebhookReceiver[] = [];
async function receiver(answers: Answer[] = [], secret: string | null = SECRET): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver(secret, answers);
  receivers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(removeScratch);

interface NotifiedRun {
  record: ExecutionRecord;
  warning: string | null;
}

async function notifiedRun(
  urls: string[],
  run: string,
  options: { maxAttempts?: number; timeoutMs?: number; budgetMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<NotifiedRun> {
  const settings = makeSettings({
    run,
    name: 'deploy',
    maxAttempts: options.maxAttempts ?? 1,
    masks: [TOKEN, ...webhookSecrets(urls, SECRET)],
  });
  const logger = new ExecutionLogger(loggerOptionsFrom(settings));
  const webhooks = (await startNotifications({
    urls,
    secret: SECRET,
    timeoutMs: options.timeoutMs ?? 5000,
    ci: detectCiContext(options.env ?? {}),
    redactor: logger.redactor,
  })) as RunTelemetry;
  logger.addSink(webhooks.sink());
  const record = await runExecution({ settings, logger, tempDir: scratch() });
  await logger.close();
  const warning = await webhooks.finish({
    records: [record],
    cancelled: false,
    budgetMs: options.budgetMs ?? 5000,
  });
  return { record, warning };
}

test('the six event types, in order, as signed CloudEvents, with the job as source and nothing unmasked', async () => {
  const hook = await receiver();
  const env = { GITLAB_CI: 'true', CI_JOB_URL: 'https://gitlab.example/acme/app/-/jobs/42' };
  // Attempt 1 fails, attempt 2 succeeds; the command prints a masked value and a secret-looking name.
  const marker = `${scratch()}/again`;
  const { record, warning } = await notifiedRun(
    [hook.url],
    `echo ${TOKEN}; test -e ${marker} || { touch ${marker}; echo ${TOKEN} >&2; exit 1; }`,
    { maxAttempts: 2, env },
  );
  expect(warning).toBeNull();
  expect(record.status).toBe('success');
  expect(hook.received.every((r) => r.verified)).toBe(true);
  expect(hook.received.map((r) => r.event.type)).toEqual([
    EVENT_TYPES.runStarted,
    EVENT_TYPES.executionStarted,
    EVENT_TYPES.attemptFinished,
    EVENT_TYPES.executionRetrying,
    EVENT_TYPES.attemptFinished,
    EVENT_TYPES.executionFinished,
    EVENT_TYPES.runFinished,
  ]);
  for (const { headers, event } of hook.received) {
    expect(headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
    expect(event).toMatchObject({
      specversion: '1.0',
      source: 'https://gitlab.example/acme/app/-/jobs/42',
      datacontenttype: 'application/json',
      time: expect.stringMatching(/Z$/),
    });
  }
  expect(new Set(hook.received.map((r) => r.event.id)).size).toBe(7);
  const finished = hook.received[5].event;
  expect(finished.subject).toBe('deploy');
  // data is the JSON-lines log's event: same type, same record.
  expect(finished.data).toMatchObject({ type: 'end', executionId: record.id, record: { status: 'success' } });
  expect(hook.received[2].event.data).toMatchObject({
    type: 'attempt-end',
    attempt: { number: 1, exitCode: 1 },
  });
  expect(hook.received[6].event.data).toMatchObject({
    type: 'run-end',
    status: 'success',
    exitStatus: 0,
    executions: [{ id: record.id, name: 'deploy', status: 'success' }],
    droppedEvents: 0,
  });
  for (const { body } of hook.received) {
    expect(body).not.toContain(TOKEN);
    expect(body).not.toContain(SECRET);
  }
  expect(hook.received[5].body).toContain('***');
});

test('retries after 500 and after 429 (waiting Retry-After), in order, at most 3 tries an event', async () => {
  const hook = await receiver([500, { status: 429, headers: { 'Retry-After': '1' } }, 204, 503, 503, 503]);
  const started = performance.now();
  const { warning } = await notifiedRun([hook.url], 'true');
  // run.started: 500, 429, then accepted; execution.started: 503 three times, given up; the rest accepted.
  expect(hook.received.slice(0, 3).map((r) => r.event.type)).toEqual(Array(3).fill(EVENT_TYPES.runStarted));
  expect(hook.received.slice(3, 6).map((r) => r.event.type)).toEqual(
    Array(3).fill(EVENT_TYPES.executionStarted),
  );
  expect(hook.accepted().map((e) => e.type)).toEqual([
    EVENT_TYPES.runStarted,
    EVENT_TYPES.attemptFinished,
    EVENT_TYPES.executionFinished,
    EVENT_TYPES.runFinished,
  ]);
  // The retried body is the same event, signed the same.
  expect(new Set(hook.received.slice(0, 3).map((r) => r.body)).size).toBe(1);
  expect(warning).toMatch(
    /webhook events were lost: http:\/\/127\.0\.0\.1:\d+\/hook: 1 not delivered \(HTTP 503\); the step's result is unchanged$/,
  );
  // Retry-After: 1 was honoured (a lower bound, not a timing assertion on speed).
  expect(performance.now() - started).toBeGreaterThan(1000);
});

test('a redirect is not followed, and a 4xx is not retried', async () => {
  const hook = await receiver([{ status: 307, headers: { Location: 'http://127.0.0.1:1/elsewhere' } }, 404]);
  const { warning } = await notifiedRun([hook.url], 'true');
  expect(hook.received).toHaveLength(5);
  expect(warning).toContain('2 not delivered (HTTP 404)');
});

test('a receiver that never answers: delivery ends at notify-timeout with one warning, the exit status unchanged', async () => {
  const hook = await receiver(['hang']);
  // The run's budget is left far off: only notify-timeout can end this delivery early. Without it the
  // hung request would run into its own 10 s timeout and the retry deliver everything: no warning.
  const { record, warning } = await notifiedRun([hook.url], 'exit 3', { timeoutMs: 700, budgetMs: 600_000 });
  expect(record.exitStatus).toBe(3);
  expect(warning).toMatch(/: 5 not delivered \(no time left\)/);
  // One request went out, hung, and was given up on: no retry, nothing after it.
  expect(hook.received).toHaveLength(1);
});

test('a receiver that is down: one warning naming it, credentials masked', async () => {
  const { warning } = await notifiedRun([`http://user:${TOKEN}@127.0.0.1:1/hook?token=${TOKEN}`], 'true', {
    timeoutMs: 300,
  });
  expect(warning).toContain('http://***:***@127.0.0.1:1/hook');
  expect(warning).toContain('not delivered');
});

test('two URLs each get every event', async () => {
  const [a, b] = [await receiver(), await receiver()];
  await notifiedRun([a.url, b.url], 'true');
  expect(a.accepted().map((e) => e.id)).toEqual(b.accepted().map((e) => e.id));
  expect(a.accepted()).toHaveLength(5);
});

describe('the queue', () => {
  test('overflowing drops attempt events (counted), never start or finish events, and keeps the order', async () => {
    const bodies: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const send = (async (_url: string, init: RequestInit) => {
      await gate;
      bodies.push(init.body as string);
      return new Response(null, { status: 204 });
    }) as typeof fetch;
    const queue = new DeliveryQueue('http://127.0.0.1/x', send);
    queue.push({ body: 'start', headers: {}, droppable: false });
    for (let i = 0; i < QUEUE_LIMIT + 20; i++)
      queue.push({ body: `attempt ${i}`, headers: {}, droppable: true });
    queue.push({ body: 'finish', headers: {}, droppable: false });
    release();
    const report = await queue.drain(performance.now() + 10_000);
    expect(bodies[0]).toBe('start');
    expect(bodies.at(-1)).toBe('finish');
    // The first went out at once; 100 waited; 20 more attempt events and the finish each pushed out the oldest.
    expect(report.dropped).toBe(21);
    expect(report.delivered).toBe(bodies.length);
    const numbers = bodies.slice(1, -1).map((b) => Number(b.split(' ')[1]));
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
  });

  test('Retry-After as seconds or a date, capped at 10 s', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('600')).toBe(10_000);
    expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 3)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(
      3000,
    );
    expect(retryAfterMs('soon')).toBeNull();
  });
});

describe('secrets', () => {
  test('the signature is the hex HMAC-SHA256 of the exact body', () => {
    // From GitHub's documentation of X-Hub-Signature-256.
    expect(sign('Hello, World!', "It's a Secret to Everybody")).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
    expect(
      verify(
        'Hello, World!',
        "It's a Secret to Everybody",
        sign('Hello, World!', "It's a Secret to Everybody"),
      ),
    ).toBe(true);
    expect(
      verify(
        'Hello, World?',
        "It's a Secret to Everybody",
        sign('Hello, World!', "It's a Secret to Everybody"),
      ),
    ).toBe(false);
  });

  test('URL credentials and tokens are secrets; a shown URL hides them', () => {
    expect(webhookSecrets(['https://bot:p%40ss@hooks.example/x?token=abcdefgh12'], 'shh-secret')).toEqual([
      'shh-secret',
      'bot',
      'p@ss',
      'p%40ss',
      'abcdefgh12',
    ]);
    expect(displayUrl('https://bot:pw@hooks.example/x')).toBe('https://***:***@hooks.example/x');
  });
});
