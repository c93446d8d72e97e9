// The action bundle as the runner runs it, with the job's `env:` turning on OpenTelemetry and the
// notify inputs turning on webhooks: spans with GitHub's CI/CD attributes, signed events whose
// source is the run, the OTLP header and the secret masked, the resource usage in the summary.
import { afterEach, beforeAll, expect, test } from 'vitest';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlp-receiver.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { assertBuilt, runAction } from './run-action.js';

const SECRET = 'whsec-action-5e1d77';
const HEADER = 'otlp-key-93c0aa1f';
let collector: OtlpReceiver;
let hook: WebhookReceiver;

beforeAll(assertBuilt);
afterEach(async () => {
  await Promise.all([collector?.close(), hook?.close()]);
});

test('spans, metrics and signed webhooks from the action; nothing secret in any output', async () => {
  collector = await startOtlpReceiver();
  hook = await startWebhookReceiver(SECRET);
  const run = await runAction({
    with: {
      name: 'unit tests',
      // Long enough for the resource sampler to see the tree, so the summary shows its figures.
      run: `echo "$TRACEPARENT"; echo "${HEADER} ${SECRET}"; sleep 1`,
      'notify-url': hook.url,
      'notify-secret': SECRET,
    },
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${HEADER}`,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_RUN_ID: '42',
      GITHUB_JOB: 'test',
    },
  });
  expect(run.code).toBe(0);
  const spans = collector.spans();
  const execution = spans.find((s) => s.name === 'unit tests')!;
  expect(execution.attributes).toMatchObject({
    'cicd.pipeline.task.name': 'unit tests',
    'cicd.pipeline.run.id': '42',
    'vcs.repository.url.full': 'https://github.com/acme/widgets',
    'cicd.pipeline.task.run.result': 'success',
  });
  const attempt = spans.find((s) => s.name === 'attempt 1')!;
  expect(run.stdout).toContain(`-${attempt.spanId}-01`);
  expect(hook.received).toHaveLength(5);
  expect(hook.received.every((r) => r.verified)).toBe(true);
  expect(hook.received[0].event.source).toMatch(/^https:\/\/github\.com\/acme\/widgets\/actions\/runs\/42/);
  // Registered with the runner (which then hides them everywhere), and printed nowhere else.
  const commands = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
  expect(commands).toEqual(expect.arrayContaining([`::add-mask::${HEADER}`, `::add-mask::${SECRET}`]));
  const stdout = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const text of [stdout, run.stderr, run.summary(), ...hook.received.map((r) => r.body)]) {
    expect(text).not.toContain(HEADER);
    expect(text).not.toContain(SECRET);
  }
  expect(run.summary()).toContain('Peak memory');
});
