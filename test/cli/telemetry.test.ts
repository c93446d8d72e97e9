// The bundle with OpenTelemetry and webhooks turned on by the environment and the flags, against real
// receivers; and with nothing set, neither is loaded at all.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import { CANCEL_DELIVERY_CAP_MS } from '../../src/telemetry/run-telemetry.js';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlp-receiver.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { eventually } from '../exec/helpers.js';
import { CLI, readJsonl, requireBundle, runCli, tempDir } from './helpers.js';

const LOG_IMPORTS = fileURLToPath(new URL('../fixtures/telemetry/log-imports.mjs', import.meta.url));
const SECRET = 'whsec-cli-8c1f0e';
const HEADER_KEY = 'hdr-key-7d2b9e41';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});
beforeAll(requireBundle);

async function otlp(mode?: 'ok' | 'fail' | 'hang'): Promise<OtlpReceiver> {
  const receiver = await startOtlpReceiver(mode);
  closers.push(() => receiver.close());
  return receiver;
}
async function webhook(answers: Parameters<typeof startWebhookReceiver>[1] = []): Promise<WebhookReceiver> {
  const receiver = await startWebhookReceiver(SECRET, answers);
  closers.push(() => receiver.close());
  return receiver;
}

/** The bundle's chunk that holds the given text. */
function chunkWith(text: string): string {
  const dir = path.dirname(CLI);
  const found = readdirSync(dir).filter(
    (f) => f.endsWith('.js') && readFileSync(path.join(dir, f), 'utf8').includes(text),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

describe('with nothing set', () => {
  test('neither the OpenTelemetry SDK nor the webhook module is loaded', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'imports.txt');
    const result = await runCli(['run', '--run', 'echo "[$TRACEPARENT]"'], {
      nodeArgs: ['--import', LOG_IMPORTS],
      env: { IMPORT_LOG: log },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[]');
    const loaded = readFileSync(log, 'utf8');
    expect(loaded).toContain('dist/cli/index.js');
    // steplog's OpenTelemetry module, the SDK with the exporters, and the webhook module (with node:crypto).
    const markers = ['steplog.execution.duration', 'ExportTraceServiceRequest', 'dev.steplog.run.started'];
    for (const marker of markers) expect(loaded).not.toContain(chunkWith(marker));

    // The same run with both turned on loads them: the check above can tell.
    const collector = await otlp();
    const hook = await webhook();
    const onLog = path.join(dir, 'imports-on.txt');
    const on = await runCli(['run', '--notify-url', hook.url, '--run', 'true'], {
      nodeArgs: ['--import', LOG_IMPORTS],
      env: { IMPORT_LOG: onLog, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url },
    });
    expect(on.status).toBe(0);
    for (const marker of markers) expect(readFileSync(onLog, 'utf8')).toContain(chunkWith(marker));
  });
});

describe('turned on', () => {
  test('spans and metrics reach the collector, the command nests under its attempt span, webhooks are signed, nothing leaks', async () => {
    const collector = await otlp();
    const hook = await webhook();
    const dir = tempDir();
    const logFile = path.join(dir, 'log.jsonl');
    const result = await runCli(
      [
        'run',
        '--name',
        'cli step',
        '--log-file',
        logFile,
        '--notify-url',
        hook.url,
        '--notify-secret',
        SECRET,
        '--run',
        `echo "tp=$TRACEPARENT"; echo "header=${HEADER_KEY} secret=${SECRET}"; exit 2`,
      ],
      {
        env: {
          OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
          OTEL_EXPORTER_OTLP_HEADERS: `x-api-key=${HEADER_KEY}`,
          TRACEPARENT: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        },
      },
    );
    expect(result.status).toBe(2);
    const spans = collector.spans();
    expect(spans.map((s) => s.name).sort()).toEqual(['attempt 1', 'cli step', 'cli step']);
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set(['0af7651916cd43dd8448eb211c80319c']));
    const attempt = spans.find((s) => s.name === 'attempt 1')!;
    expect(result.stdout).toContain(`tp=00-0af7651916cd43dd8448eb211c80319c-${attempt.spanId}-01`);
    // The OTLP headers reached the collector, and nowhere else.
    expect(collector.requests.every((r) => r.headers['x-api-key'] === HEADER_KEY)).toBe(true);
    expect(collector.points().map((p) => p.metric)).toContain('steplog.execution.duration');

    expect(hook.received.map((r) => r.event.type)).toEqual([
      'dev.steplog.run.started',
      'dev.steplog.execution.started',
      'dev.steplog.attempt.finished',
      'dev.steplog.execution.finished',
      'dev.steplog.run.finished',
    ]);
    expect(hook.received.every((r) => r.verified)).toBe(true);

    const everything = [
      result.stdout,
      result.stderr,
      readFileSync(logFile, 'utf8'),
      ...hook.received.map((r) => r.body),
      ...collector.spans().map((s) => JSON.stringify(s.attributes) + JSON.stringify(s.events)),
    ];
    for (const text of everything) {
      expect(text).not.toContain(HEADER_KEY);
      expect(text).not.toContain(SECRET);
    }
    expect(result.stdout).toContain('header=*** secret=***');
    // Resource usage made it into the record.
    const end = readJsonl(logFile).find((e) => e.type === 'end') as {
      record: { attempts: { resources?: unknown }[] };
    };
    expect(end.record.attempts[0].resources).toMatchObject({ peakRssBytes: expect.any(Number) });
  });

  test('a collector answering 500: one warning, the exit status unchanged', async () => {
    const collector = await otlp('fail');
    const result = await runCli(['run', '--run', 'exit 0'], {
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url },
    });
    expect(result.status).toBe(0);
    const warnings = (result.stdout + result.stderr)
      .split('\n')
      .filter((l) => l.includes('could not send OpenTelemetry data'));
    expect(warnings).toHaveLength(1);
  });

  test('STEPLOG_NOTIFY_URL is read like the flag', async () => {
    const hook = await webhook();
    const result = await runCli(['run', '--run', 'true'], {
      env: { STEPLOG_NOTIFY_URL: hook.url, STEPLOG_NOTIFY_SECRET: SECRET },
    });
    expect(result.status).toBe(0);
    expect(hook.received).toHaveLength(5);
    expect(hook.received.every((r) => r.verified)).toBe(true);
  });

  test('an OTLP protocol steplog cannot send is an input error: nothing runs', async () => {
    const dir = tempDir();
    const result = await runCli(['run', '--run', `touch ${dir}/ran`], {
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' },
    });
    expect(result.status).toBe(125);
    expect(result.stderr).toContain(
      'Invalid OTEL_EXPORTER_OTLP_PROTOCOL: "grpc". Expected http/protobuf or http/json',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  // GitHub sends SIGTERM 7.5 s after SIGINT: the command's grace is capped at 5 s and delivery at
  // CANCEL_DELIVERY_CAP_MS. kill-after and notify-timeout are set far off, so only those caps end
  // this run before the test's timeout, and the hung collector's warning names the delivery budget.
  test('cancelled (SIGINT, as GitHub does): the spans go out as a cancellation, hung receivers are cut short by the cancel caps', async () => {
    const collector = await otlp('hang');
    // The first webhook request never gets an answer: everything after it waits behind it.
    const hook = await webhook(['hang']);
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const ready = path.join(dir, 'ready');
    let pid = 0;
    const running = runCli(
      [
        'run',
        '--log-file',
        log,
        '--notify-url',
        hook.url,
        '--notify-timeout',
        '10m',
        '--kill-after',
        '10m',
        '--run',
        `trap '' INT TERM; touch "${ready}"; sleep 600`,
      ],
      { env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url }, onSpawn: (p) => (pid = p) },
    );
    // Signalled once the command ignores the signal (the trap comes before the ready file).
    await eventually(() => existsSync(ready), 30_000, 'the command set its trap');
    process.kill(pid, 'SIGINT');
    const result = await running;
    expect(result.status).toBe(130);
    const end = readJsonl(log).at(-1) as { type: string; record: ExecutionRecord };
    expect(end.record.attempts.map((a) => a.signal)).toEqual(['SIGKILL']);
    expect(result.stderr).toContain(
      `traces to ${collector.url}/v1/traces: no answer within ${CANCEL_DELIVERY_CAP_MS} ms`,
    );
    const spans = collector.spans();
    expect(spans.map((s) => s.attributes['cicd.pipeline.task.run.result'])).toEqual([
      'cancellation',
      'cancellation',
      'cancellation',
    ]);
    const warnings = (result.stdout + result.stderr)
      .split('\n')
      .filter((l) => l.includes('webhook events were lost'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('not delivered (no time left)');
  });

  test('steps: one trace, a span per step under the run span, each step webhook-announced', async () => {
    const collector = await otlp();
    const hook = await webhook();
    const dir = tempDir();
    const stepsFile = path.join(dir, 'steps.yml');
    writeFileSync(stepsFile, '- name: lint\n  run: echo "lint $TRACEPARENT"\n- name: test\n  run: exit 3\n');
    const result = await runCli(
      ['run', '--steps', stepsFile, '--max-parallel', '2', '--notify-url', hook.url],
      {
        env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, GITHUB_ACTIONS: 'true', GITHUB_JOB: 'ci-job' },
      },
    );
    expect(result.status).toBe(3);
    const spans = collector.spans();
    const run = spans.find((s) => s.name === 'ci-job')!;
    const steps = spans.filter((s) => s.parentSpanId === run.spanId);
    expect(steps.map((s) => s.name).sort()).toEqual(['lint', 'test']);
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    expect(run.attributes['cicd.pipeline.task.run.result']).toBe('failure');
    const attempts = spans.filter((s) => s.name === 'attempt 1');
    expect(attempts.map((a) => steps.find((s) => s.spanId === a.parentSpanId)?.name).sort()).toEqual([
      'lint',
      'test',
    ]);
    const started = hook.received.filter((r) => r.event.type === 'dev.steplog.execution.started');
    expect(started.map((r) => r.event.subject).sort()).toEqual(['lint', 'test']);
    expect(hook.received.at(-1)!.event.data).toMatchObject({
      type: 'run-end',
      status: 'failed',
      exitStatus: 3,
    });
  });
});
