// OpenTelemetry for one run: a root span for the run, a child per execution, a child per attempt,
// and the execution metrics, all exported over OTLP/HTTP once, at the end (or on cancel), within a
// bounded time. Loaded only when the OTEL_* variables turn it on (see ./index.ts): this module pulls
// in the whole SDK.
import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  defaultTextMapGetter,
  defaultTextMapSetter,
  trace,
  type Attributes,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { ExportResultCode, W3CTraceContextPropagator, type ExportResult } from '@opentelemetry/core';
import { OTLPMetricExporter as JsonMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { OTLPTraceExporter as JsonTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, MetricReader, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import {
  TracerProvider,
  type ReadableSpan,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace';
import {
  ATTR_ERROR_TYPE,
  ATTR_SERVICE_NAME,
  ATTR_SERVICE_VERSION,
} from '@opentelemetry/semantic-conventions';
import { messageOf } from '../core/errors.js';
import type { LifecycleEvent } from '../core/events.js';
import type { AttemptRecord, ExecutionRecord, ResourceUsage } from '../core/record.js';
import type { Sink } from '../core/sink.js';
import { describeOutcome } from '../render/outcome.js';
import { VERSION } from '../version.js';
import type { CiContext } from './ci-context.js';
import type { OtelConfig, OtlpSignalConfig } from './otel-config.js';
import type { RunTelemetry, TelemetryFinish } from './run-telemetry.js';

// The CI/CD and VCS attributes are still "development" in the semantic conventions: their names are
// copied here, as the conventions package advises for unstable names, instead of importing them.
export const ATTR = {
  pipelineName: 'cicd.pipeline.name',
  pipelineRunId: 'cicd.pipeline.run.id',
  pipelineRunUrl: 'cicd.pipeline.run.url.full',
  taskName: 'cicd.pipeline.task.name',
  taskRunId: 'cicd.pipeline.task.run.id',
  taskRunUrl: 'cicd.pipeline.task.run.url.full',
  taskRunResult: 'cicd.pipeline.task.run.result',
  repositoryUrl: 'vcs.repository.url.full',
  headName: 'vcs.ref.head.name',
  headRevision: 'vcs.ref.head.revision',
  exitCode: 'process.exit.code',
  errorType: ATTR_ERROR_TYPE,
} as const;

/** What a run or an execution ended as, in the words of `cicd.pipeline.task.run.result`. */
export type TaskResult = 'success' | 'failure' | 'timeout' | 'cancellation' | 'error';

export function taskResult(
  status: ExecutionRecord['status'] | AttemptRecord['status'],
  error: string | null,
): TaskResult {
  if (error !== null && status !== 'cancelled') return 'error';
  if (status === 'success') return 'success';
  if (status === 'timed_out') return 'timeout';
  if (status === 'cancelled') return 'cancellation';
  return 'failure';
}

export interface OtelRunOptions {
  config: OtelConfig;
  env: NodeJS.ProcessEnv;
  ci: CiContext;
  /** The run span's name: the job, or the step when there is one. */
  name: string;
  /** Injected for tests. */
  now?: () => number;
}

interface ExecutionSpans {
  name: string;
  span: Span;
  context: Context;
  attempt: Span | null;
}

export function startOtelRun(options: OtelRunOptions): RunTelemetry {
  const { config, ci } = options;
  const propagator = new W3CTraceContextPropagator();
  const resource = resourceFromAttributes({
    ...config.resourceAttributes,
    [ATTR_SERVICE_NAME]: config.serviceName,
    [ATTR_SERVICE_VERSION]: VERSION,
  });
  const spans = new CollectedSpans();
  const tracer = new TracerProvider({ resource, spanProcessors: [spans] }).getTracer('steplog', VERSION);
  const reader = new OnDemandReader();
  const meter = new MeterProvider({ resource, readers: [reader] }).getMeter('steplog', VERSION);
  const duration = meter.createHistogram('steplog.execution.duration', {
    unit: 's',
    description: 'Wall time of an execution, every attempt and retry delay included.',
  });
  const executions = meter.createCounter('steplog.executions', { description: 'Executions that ended.' });
  const attempts = meter.createCounter('steplog.attempts', { description: 'Attempts that ended.' });

  // A TRACEPARENT in steplog's environment (a CI that traces its jobs, otel-cli) is the run's parent.
  const parent = propagator.extract(
    ROOT_CONTEXT,
    { traceparent: options.env.TRACEPARENT, tracestate: options.env.TRACESTATE },
    defaultTextMapGetter,
  );
  const runSpan = tracer.startSpan(
    options.name,
    { kind: SpanKind.INTERNAL, attributes: pipelineAttributes(ci) },
    parent,
  );
  const runContext = trace.setSpan(parent, runSpan);
  const byExecution = new Map<string, ExecutionSpans>();

  const onEvent = (event: LifecycleEvent): void => {
    if (event.type === 'start') {
      const span = tracer.startSpan(
        event.record.name,
        {
          kind: SpanKind.INTERNAL,
          startTime: timeOf(event.record.startedAt ?? event.time),
          attributes: { ...pipelineAttributes(ci), ...taskAttributes(event.record, ci) },
        },
        runContext,
      );
      byExecution.set(event.executionId, {
        name: event.record.name,
        span,
        context: trace.setSpan(runContext, span),
        attempt: null,
      });
      return;
    }
    const spans = byExecution.get(event.executionId);
    if (!spans) return;
    switch (event.type) {
      case 'attempt-start':
        spans.attempt = tracer.startSpan(
          `attempt ${event.attempt}`,
          {
            kind: SpanKind.INTERNAL,
            startTime: timeOf(event.time),
            attributes: { 'steplog.attempt': event.attempt },
          },
          spans.context,
        );
        return;
      case 'attempt-end': {
        const attempt = event.attempt;
        const result = taskResult(attempt.status, attempt.error);
        const span = spans.attempt;
        spans.attempt = null;
        attempts.add(1, { [ATTR.taskName]: spans.name, [ATTR.taskRunResult]: result });
        if (!span) return;
        span.setAttributes({
          [ATTR.taskRunResult]: result,
          ...exitAttributes(attempt),
          ...usageAttributes(attempt.resources),
        });
        if (result !== 'success')
          span.setStatus({ code: SpanStatusCode.ERROR, message: attemptSentence(attempt) });
        span.end(timeOf(attempt.completedAt ?? event.time));
        return;
      }
      case 'retry':
        spans.span.addEvent(
          'retry',
          {
            'steplog.retry.reason': event.reason,
            'steplog.retry.delay_ms': event.delayMs,
            'steplog.attempt': event.attempt,
          },
          timeOf(event.time),
        );
        return;
      case 'warning':
        spans.span.addEvent('warning', { 'steplog.warning': event.message }, timeOf(event.time));
        return;
      case 'note':
        spans.span.addEvent('note', { 'steplog.note': event.message }, timeOf(event.time));
        return;
      case 'end': {
        const record = event.record;
        const result = taskResult(record.status, record.error);
        spans.attempt?.end(timeOf(event.time));
        spans.span.setAttributes({
          [ATTR.taskRunResult]: result,
          ...exitAttributes(record),
          'steplog.attempts': record.attempts.length,
        });
        if (result !== 'success')
          spans.span.setStatus({ code: SpanStatusCode.ERROR, message: describeOutcome(record) });
        spans.span.end(timeOf(record.completedAt ?? event.time));
        byExecution.delete(event.executionId);
        const labels = { [ATTR.taskName]: record.name, [ATTR.taskRunResult]: result };
        if (record.durationMs !== null) duration.record(record.durationMs / 1000, labels);
        executions.add(1, labels);
        return;
      }
      default:
        return;
    }
  };

  let finished: Promise<string | null> | null = null;
  return {
    sink: (): Sink => ({ name: 'opentelemetry', onEvent }),
    attemptEnvironment(executionId) {
      const attempt = byExecution.get(executionId)?.attempt;
      if (!attempt) return {};
      const carrier: Record<string, string> = {};
      propagator.inject(trace.setSpan(ROOT_CONTEXT, attempt), carrier, defaultTextMapSetter);
      const env: Record<string, string> = {};
      if (carrier.traceparent) env.TRACEPARENT = carrier.traceparent;
      if (carrier.tracestate) env.TRACESTATE = carrier.tracestate;
      return env;
    },
    finish(finish: TelemetryFinish) {
      finished ??= (async () => {
        for (const open of byExecution.values()) {
          open.attempt?.end();
          open.span.end();
        }
        const result =
          finish.records.length > 0
            ? runResult(finish.records)
            : finish.cancelled
              ? 'cancellation'
              : 'success';
        runSpan.setAttribute(ATTR.taskRunResult, result);
        const deciding = finish.records.find((r) => r.status !== 'success');
        if (result !== 'success') {
          runSpan.setStatus({
            code: SpanStatusCode.ERROR,
            message: deciding ? describeOutcome(deciding) : result,
          });
        }
        runSpan.end();
        return exportAll(config, spans.spans, reader, finish.budgetMs);
      })();
      return finished;
    },
  };
}

/** Sends the spans and the metrics at once; resolves within `budgetMs` with one warning or null. */
async function exportAll(
  config: OtelConfig,
  spans: ReadableSpan[],
  reader: OnDemandReader,
  budgetMs: number,
): Promise<string | null> {
  const timeoutMs = Math.max(1, Math.min(config.timeoutMs, budgetMs));
  const sends: Promise<string | null>[] = [];
  if (config.traces && spans.length > 0) {
    const exporter = traceExporter(config.traces, timeoutMs);
    sends.push(send('traces', config.traces, timeoutMs, (done) => exporter.export(spans, done), exporter));
  }
  if (config.metrics) {
    const exporter = metricExporter(config.metrics, timeoutMs);
    const { resourceMetrics } = await reader.collect({ timeoutMillis: timeoutMs });
    if (resourceMetrics.scopeMetrics.some((s) => s.metrics.length > 0)) {
      sends.push(
        send(
          'metrics',
          config.metrics,
          timeoutMs,
          (done) => exporter.export(resourceMetrics, done),
          exporter,
        ),
      );
    }
  }
  const failures = (await Promise.all(sends)).filter((f): f is string => f !== null);
  if (failures.length === 0) return null;
  return `could not send OpenTelemetry data (${failures.join('; ')}); the step's result is unchanged`;
}

function send(
  what: string,
  signal: OtlpSignalConfig,
  timeoutMs: number,
  start: (done: (result: ExportResult) => void) => void,
  exporter: { shutdown(): Promise<void> },
): Promise<string | null> {
  return new Promise<string | null>((resolve) => {
    const timer = setTimeout(
      () => resolve(`${what} to ${signal.url}: no answer within ${timeoutMs} ms`),
      timeoutMs,
    );
    timer.unref();
    try {
      start((result) => {
        clearTimeout(timer);
        resolve(
          result.code === ExportResultCode.SUCCESS
            ? null
            : `${what} to ${signal.url}: ${result.error ? messageOf(result.error) : 'export failed'}`,
        );
      });
    } catch (error) {
      clearTimeout(timer);
      resolve(`${what} to ${signal.url}: ${messageOf(error)}`);
    }
  }).finally(() => void exporter.shutdown().catch(() => undefined));
}

function traceExporter(signal: OtlpSignalConfig, timeoutMillis: number): SpanExporter {
  const options = { url: signal.url, headers: signal.headers, timeoutMillis };
  return signal.protocol === 'http/json' ? new JsonTraceExporter(options) : new ProtoTraceExporter(options);
}

function metricExporter(signal: OtlpSignalConfig, timeoutMillis: number): PushMetricExporter {
  const options = { url: signal.url, headers: signal.headers, timeoutMillis };
  return signal.protocol === 'http/json' ? new JsonMetricExporter(options) : new ProtoMetricExporter(options);
}

/** Keeps every ended span until the run ends: one export, at the end, instead of a background batcher. */
class CollectedSpans implements SpanProcessor {
  readonly spans: ReadableSpan[] = [];
  onStart(): void {}
  onEnd(span: ReadableSpan): void {
    this.spans.push(span);
  }
  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

/** A reader that collects only when asked: the metrics are exported with the spans, at the end. */
class OnDemandReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

function pipelineAttributes(ci: CiContext): Attributes {
  return defined({
    [ATTR.pipelineName]: ci.pipeline,
    [ATTR.pipelineRunId]: ci.runId,
    [ATTR.pipelineRunUrl]: ci.runUrl,
    [ATTR.repositoryUrl]: ci.repositoryUrl,
    [ATTR.headName]: ci.branch,
    [ATTR.headRevision]: ci.commit,
  });
}

function taskAttributes(record: ExecutionRecord, ci: CiContext): Attributes {
  return defined({
    [ATTR.taskName]: record.name,
    [ATTR.taskRunId]: record.id,
    [ATTR.taskRunUrl]: ci.jobUrl,
    'steplog.step.id': record.stepId,
    'steplog.command': record.command,
  });
}

type Outcome = Pick<ExecutionRecord, 'exitCode' | 'signal' | 'error'> & {
  status: ExecutionRecord['status'] | AttemptRecord['status'];
};

function exitAttributes(result: Outcome): Attributes {
  const attributes: Attributes = {};
  if (result.exitCode !== null) attributes[ATTR.exitCode] = result.exitCode;
  const error = errorType(result);
  if (error) attributes[ATTR.errorType] = error;
  if (result.signal) attributes['steplog.signal'] = result.signal;
  return attributes;
}

/** Low-cardinality, as `error.type` asks: the kind of failure, never its message. */
function errorType(result: Outcome): string | null {
  if (result.status === 'success' || result.status === 'running' || result.status === 'pending') return null;
  if (result.status === 'timed_out') return 'timeout';
  if (result.status === 'cancelled') return 'cancelled';
  if (result.error !== null) return 'steplog_error';
  if (result.signal) return result.signal;
  return result.exitCode !== null ? String(result.exitCode) : 'failure';
}

function usageAttributes(usage: ResourceUsage | undefined): Attributes {
  if (!usage) return {};
  return {
    'steplog.resources.peak_rss_bytes': usage.peakRssBytes,
    'steplog.resources.cpu_user_ms': usage.cpuUserMs,
    'steplog.resources.cpu_system_ms': usage.cpuSystemMs,
    'steplog.resources.processes': usage.processes,
    'steplog.resources.sample_interval_ms': usage.sampleIntervalMs,
  };
}

function attemptSentence(attempt: AttemptRecord): string {
  if (attempt.error) return attempt.error;
  if (attempt.status === 'timed_out') return `attempt ${attempt.number} timed out`;
  if (attempt.status === 'cancelled') return `attempt ${attempt.number} was cancelled`;
  if (attempt.signal) return `attempt ${attempt.number} was killed by ${attempt.signal}`;
  return `attempt ${attempt.number} failed with exit code ${attempt.exitCode}`;
}

/** The run's result: its first execution that did not succeed decides, as it decides the exit status. */
function runResult(records: readonly ExecutionRecord[]): TaskResult {
  const deciding = records.find((r) => r.status !== 'success');
  return deciding ? taskResult(deciding.status, deciding.error) : 'success';
}

function timeOf(iso: string): number {
  return Date.parse(iso);
}

function defined(attributes: Record<string, string | number | null>): Attributes {
  const result: Attributes = {};
  for (const [key, value] of Object.entries(attributes))
    if (value !== null && value !== '') result[key] = value;
  return result;
}
