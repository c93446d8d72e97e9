// OpenTelemetry against a real OTLP/HTTP receiver: the span tree of a run with a retry, its
// attributes, the parent from TRACEPARENT, the TRACEPARENT the command sees, the metrics, both
// encodings, and collectors that are down, slow or failing.
import { createServer } from 'node:net';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { ExecutionLogger, loggerOptionsFrom } from '../../src/core/logger.js';
import type { ExecutionRecord } from '../../src/core/record.js';
import { runExecution } from '../../src/exec/run-execution.js';
import { detectCiContext } from '../../src/telemetry/ci-context.js';
import { otelSecrets, parseKeyValues, readOtelConfig } from '../../src/telemetry/otel-config.js';
import { startOpenTelemetry, type RunTelemetry } from '../../src/telemetry/index.js';
import { createCapture, makeSettings, removeScratch, scratch } from '../exec/helpers.js';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver.js';

const PARENT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN = '00f067aa0ba902b7';
const GITHUB = {
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/widgets',
  GITHUB_RUN_ID: '9753949763',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'test',
  GITHUB_REF_NAME: 'main',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
};

const receivers: OtlpReceiver[] = [];
async function receiver(mode?: 'ok' | 'fail' | 'hang'): Promise<OtlpReceiver> {
  const started = await startOtlpReceiver(mode);
  receivers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(removeScratch);

interface TracedRun {
  record: ExecutionRecord;
  stdout: string;
  warning: string | null;
  telemetry: RunTelemetry;
}

/** One execution through a real logger and runner, with the OpenTelemetry sink and its attempt environment. */
async function tracedRun(
  env: NodeJS.ProcessEnv,
  run: string,
  maxAttempts = 1,
  budgetMs = 5000,
): Promise<TracedRun> {
  const telemetry = (await startOpenTelemetry(env, detectCiContext(env), 'test'))!;
  expect(telemetry).not.toBeNull();
  const settings = makeSettings({ run, name: 'unit tests', maxAttempts });
  const capture = createCapture();
  const logger = new ExecutionLogger({ ...loggerOptionsFrom(settings), sinks: [capture, telemetry.sink()] });
  const record = await runExecution({
    settings,
    logger,
    tempDir: scratch(),
    attemptEnvironment: (id) => telemetry.attemptEnvironment(id),
  });
  await logger.close();
  const warning = await telemetry.finish({ records: [record], cancelled: false, budgetMs });
  return { record, stdout: capture.text('stdout'), warning, telemetry };
}

function byName(spans: ReceivedSpan[], name: string): ReceivedSpan {
  const found = spans.find((s) => s.name === name);
  if (!found) throw new Error(`no span ${name} in ${spans.map((s) => s.name).join(', ')}`);
  return found;
}

describe.each(['http/protobuf', 'http/json'])('exported as %s', (protocol) => {
  test('a run span, an execution span, a span per attempt, a retry event, and the TRACEPARENT the command saw', async () => {
    const collector = await receiver();
    const env = {
      ...GITHUB,
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
      OTEL_SERVICE_NAME: 'ci-steps',
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment.name=staging,team=a%20b',
      TRACEPARENT: `00-${PARENT_TRACE}-${PARENT_SPAN}-01`,
      TRACESTATE: 'vendor=opaque',
    };
    // Attempt 1 fails, attempt 2 succeeds; each prints the TRACEPARENT it was given.
    const marker = `${scratch()}/again-${protocol.replace('/', '-')}`;
    const script = `echo "$TRACEPARENT $TRACESTATE"; test -e ${marker} || { touch ${marker}; exit 3; }`;
    const { record, stdout, warning } = await tracedRun(env, script, 2);
    expect(warning).toBeNull();
    expect(record.status).toBe('success');
    expect(collector.requests.map((r) => r.contentType)).toEqual(
      expect.arrayContaining([protocol === 'http/json' ? 'application/json' : 'application/x-protobuf']),
    );

    const spans = collector.spans();
    expect(spans).toHaveLength(4);
    const run = byName(spans, 'test');
    const execution = byName(spans, 'unit tests');
    const first = byName(spans, 'attempt 1');
    const second = byName(spans, 'attempt 2');
    // One trace, under the span of steplog's own TRACEPARENT.
    for (const span of spans) expect(span.traceId).toBe(PARENT_TRACE);
    expect(run.parentSpanId).toBe(PARENT_SPAN);
    expect(execution.parentSpanId).toBe(run.spanId);
    expect(first.parentSpanId).toBe(execution.spanId);
    expect(second.parentSpanId).toBe(execution.spanId);
    expect(run.traceState).toBe('vendor=opaque');

    // Each attempt's command saw its own span as parent.
    const seen = stdout.split('\n');
    expect(seen).toEqual([
      `00-${PARENT_TRACE}-${first.spanId}-01 vendor=opaque`,
      `00-${PARENT_TRACE}-${second.spanId}-01 vendor=opaque`,
    ]);

    expect(run.resource).toMatchObject({
      'service.name': 'ci-steps',
      'service.version': expect.any(String),
      'deployment.environment.name': 'staging',
      team: 'a b',
    });
    expect(run.attributes).toMatchObject({
      'cicd.pipeline.name': 'CI',
      'cicd.pipeline.run.id': '9753949763',
      'cicd.pipeline.run.url.full': 'https://github.com/acme/widgets/actions/runs/9753949763',
      'vcs.repository.url.full': 'https://github.com/acme/widgets',
      'vcs.ref.head.name': 'main',
      'vcs.ref.head.revision': GITHUB.GITHUB_SHA,
      'cicd.pipeline.task.run.result': 'success',
    });
    expect(execution.attributes).toMatchObject({
      'cicd.pipeline.task.name': 'unit tests',
      'cicd.pipeline.task.run.id': record.id,
      'cicd.pipeline.task.run.url.full': 'https://github.com/acme/widgets/actions/runs/9753949763/attempts/2',
      'cicd.pipeline.task.run.result': 'success',
      'process.exit.code': 0,
    });
    expect(execution.status.code).toBe(0);
    expect(execution.events).toEqual([
      {
        name: 'retry',
        attributes: expect.objectContaining({ 'steplog.retry.reason': 'exit code 3' }),
      },
    ]);
    expect(first.attributes).toMatchObject({
      'cicd.pipeline.task.run.result': 'failure',
      'process.exit.code': 3,
      'error.type': '3',
      'steplog.resources.peak_rss_bytes': expect.any(Number),
      'steplog.resources.processes': expect.any(Number),
    });
    expect(first.status).toEqual({ code: 2, message: 'attempt 1 failed with exit code 3' });
    expect(second.attributes['cicd.pipeline.task.run.result']).toBe('success');

    const points = collector.points();
    const labels = { 'cicd.pipeline.task.name': 'unit tests' };
    expect(points).toEqual(
      expect.arrayContaining([
        {
          metric: 'steplog.execution.duration',
          unit: 's',
          attributes: { ...labels, 'cicd.pipeline.task.run.result': 'success' },
          value: expect.closeTo(record.durationMs! / 1000, 2),
          count: 1,
        },
        {
          metric: 'steplog.executions',
          unit: '',
          attributes: { ...labels, 'cicd.pipeline.task.run.result': 'success' },
          value: 1,
        },
        {
          metric: 'steplog.attempts',
          unit: '',
          attributes: { ...labels, 'cicd.pipeline.task.run.result': 'failure' },
          value: 1,
        },
        {
          metric: 'steplog.attempts',
          unit: '',
          attributes: { ...labels, 'cicd.pipeline.task.run.result': 'success' },
          value: 1,
        },
      ]),
    );
  });
});

test('a timed-out execution: status ERROR with the outcome sentence, result timeout', async () => {
  const collector = await receiver();
  const env = {
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${collector.url}/custom/traces`,
    OTEL_METRICS_EXPORTER: 'none',
  };
  const telemetry = (await startOpenTelemetry(env, detectCiContext(env), 'job'))!;
  const settings = makeSettings({ run: 'sleep 5', name: 'slow', timeoutMs: 300 });
  const logger = new ExecutionLogger({ ...loggerOptionsFrom(settings), sinks: [telemetry.sink()] });
  const record = await runExecution({ settings, logger, tempDir: scratch() });
  await logger.close();
  expect(await telemetry.finish({ records: [record], cancelled: false, budgetMs: 5000 })).toBeNull();
  // The signal's own endpoint is used as given; metrics are off.
  expect(collector.requests.map((r) => r.path)).toEqual(['/custom/traces']);
  const spans = collector.spans();
  const execution = byName(spans, 'slow');
  expect(execution.attributes).toMatchObject({
    'cicd.pipeline.task.run.result': 'timeout',
    'error.type': 'timeout',
  });
  expect(execution.status).toEqual({
    code: 2,
    message: expect.stringMatching(/^`slow` timed out after 300ms/),
  });
  expect(byName(spans, 'job').attributes['cicd.pipeline.task.run.result']).toBe('timeout');
  // Without a TRACEPARENT the run span is a root.
  expect(byName(spans, 'job').parentSpanId).toBe('');
});

describe('a collector that cannot take the data gives one warning, and nothing else changes', () => {
  test('answering 500', async () => {
    const collector = await receiver('fail');
    const { record, warning } = await tracedRun({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url }, 'exit 4');
    expect(record.exitStatus).toBe(4);
    expect(warning).toMatch(
      /^could not send OpenTelemetry data \(traces to http:\/\/127\.0\.0\.1:\d+\/v1\/traces: .+; metrics to .+\); the step's result is unchanged$/,
    );
  });

  test('down (nothing listens)', async () => {
    const port = await freePort();
    const { record, warning } = await tracedRun(
      { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}` },
      'true',
    );
    expect(record.exitStatus).toBe(0);
    expect(warning).toContain(`traces to http://127.0.0.1:${port}/v1/traces`);
  });

  // The warning names the wait that ran out: the 800 ms budget, not the exporters' 10 s default.
  // Were the budget ignored, that default would show here instead.
  test('hanging: the export ends within its budget', async () => {
    const collector = await receiver('hang');
    const { record, warning } = await tracedRun(
      { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url },
      'true',
      1,
      800,
    );
    expect(record.exitStatus).toBe(0);
    expect(warning).toContain('no answer within 800 ms');
    expect(warning).not.toContain('10000 ms');
    expect(collector.requests.length).toBeGreaterThan(0);
  });
});

describe('the standard variables', () => {
  test('nothing set, disabled, or both exporters none: off', () => {
    expect(readOtelConfig({})).toBeNull();
    expect(readOtelConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c', OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(
      readOtelConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c',
        OTEL_TRACES_EXPORTER: 'none',
        OTEL_METRICS_EXPORTER: 'none',
      }),
    ).toBeNull();
  });

  test('endpoints, protocol per signal, headers, timeout, service name', () => {
    const config = readOtelConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otlp.example/',
      OTEL_EXPORTER_OTLP_METRICS_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-honeycomb-team=abc%3D123,other=1',
      OTEL_EXPORTER_OTLP_TIMEOUT: '2500',
    })!;
    expect(config.traces).toEqual({
      url: 'https://otlp.example/v1/traces',
      protocol: 'http/protobuf',
      headers: { 'x-honeycomb-team': 'abc=123', other: '1' },
    });
    expect(config.metrics?.protocol).toBe('http/json');
    expect(config.metrics?.url).toBe('https://otlp.example/v1/metrics');
    expect(config.timeoutMs).toBe(2500);
    expect(config.serviceName).toBe('steplog');
  });

  test('grpc is refused by name', () => {
    expect(() =>
      readOtelConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }),
    ).toThrow(
      'Invalid OTEL_EXPORTER_OTLP_PROTOCOL: "grpc". Expected http/protobuf or http/json (steplog sends OTLP over HTTP).',
    );
  });

  test('the header values are secrets', () => {
    expect(otelSecrets({ OTEL_EXPORTER_OTLP_HEADERS: 'api-key=s3cr3t-value,x=1' })).toEqual([
      'api-key=s3cr3t-value,x=1',
      's3cr3t-value',
    ]);
    expect(parseKeyValues(' a = b ,=c,d')).toEqual({ a: 'b' });
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
