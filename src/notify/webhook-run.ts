// Webhooks for one run: each lifecycle event is POSTed to every notify URL as a signed CloudEvent,
// in order, from a queue per URL, so a slow receiver never delays the command. When the run ends,
// delivery waits at most notify-timeout, then gives one warning for whatever was not delivered.
import type { LifecycleEvent } from '../core/events.js';
import type { Redactor } from '../core/mask.js';
import { displayUrl } from './secrets.js';
import type { Sink } from '../core/sink.js';
import { decideRunStatus } from './run-status.js';
import type { CiContext } from '../telemetry/ci-context.js';
import type { RunTelemetry, TelemetryFinish } from '../telemetry/run-telemetry.js';
import { VERSION } from '../version.js';
import {
  CLOUDEVENTS_CONTENT_TYPE,
  EVENT_TYPES,
  cloudEventTypeOf,
  toCloudEvent,
  type EventType,
  type RunFinishedData,
  type RunStartedData,
} from './cloudevent.js';
import { DeliveryQueue } from './delivery.js';
import { SIGNATURE_HEADER, sign } from './signature.js';

export interface WebhookOptions {
  urls: readonly string[];
  secret: string | null;
  /** How long delivery may go on after the command has ended. */
  timeoutMs: number;
  ci: CiContext;
  /** The logger's redactor: values the command masked later are masked in every body too. */
  redactor?: Redactor;
  /** Injected for tests. */
  fetch?: typeof fetch;
  now?: () => Date;
}

export function startWebhooks(options: WebhookOptions): RunTelemetry {
  const now = options.now ?? (() => new Date());
  const source = options.ci.jobUrl ?? options.ci.runUrl ?? 'urn:steplog';
  const queues = options.urls.map((url) => ({ url, queue: new DeliveryQueue(url, options.fetch) }));
  const post = (
    type: EventType,
    data: unknown,
    time: string,
    subject?: string,
    redactor = options.redactor,
  ) => {
    const clean = redactor ? redactor.redactDeep(data) : data;
    const body = JSON.stringify(toCloudEvent(type, clean, source, time, subject));
    const headers: Record<string, string> = {
      'Content-Type': CLOUDEVENTS_CONTENT_TYPE,
      'User-Agent': `steplog/${VERSION}`,
    };
    if (options.secret) headers[SIGNATURE_HEADER] = sign(body, options.secret);
    const droppable = type === EVENT_TYPES.attemptFinished || type === EVENT_TYPES.executionRetrying;
    for (const { queue } of queues) queue.push({ body, headers, droppable });
  };
  const started = now().toISOString();
  post(
    EVENT_TYPES.runStarted,
    { schemaVersion: 1, type: 'run-start', time: started } satisfies RunStartedData,
    started,
  );

  const names = new Map<string, string>();
  const onEvent = (event: LifecycleEvent, redactor?: Redactor): void => {
    if (event.type === 'start') names.set(event.executionId, event.record.name);
    const type = cloudEventTypeOf(event);
    if (type) post(type, event, event.time, names.get(event.executionId), redactor);
  };

  let finished: Promise<string | null> | null = null;
  return {
    sink: (redactor?: Redactor): Sink => ({ name: 'webhook', onEvent: (event) => onEvent(event, redactor) }),
    attemptEnvironment: () => ({}),
    finish(finish: TelemetryFinish) {
      finished ??= (async () => {
        const time = now().toISOString();
        const status = decideRunStatus(finish.records, finish.cancelled);
        const data: RunFinishedData = {
          schemaVersion: 1,
          type: 'run-end',
          time,
          status,
          exitStatus:
            finish.records.find((r) => r.status !== 'success')?.exitStatus ??
            (status === 'success' ? 0 : null),
          executions: finish.records.map(({ id, stepId, name, status, exitStatus, durationMs }) => ({
            id,
            stepId,
            name,
            status,
            exitStatus,
            durationMs,
          })),
          droppedEvents: Math.max(0, ...queues.map(({ queue }) => queue.dropped)),
        };
        post(EVENT_TYPES.runFinished, data, time);
        const deadline = performance.now() + Math.min(options.timeoutMs, finish.budgetMs);
        const reports = await Promise.all(
          queues.map(async ({ url, queue }) => ({ url, ...(await queue.drain(deadline)) })),
        );
        const problems = reports.flatMap((r) => {
          const parts: string[] = [];
          if (r.failed > 0) parts.push(`${r.failed} not delivered (${r.lastError})`);
          if (r.dropped > 0)
            parts.push(`${r.dropped} attempt events dropped (the receiver could not keep up)`);
          return parts.length > 0 ? [`${displayUrl(r.url)}: ${parts.join(', ')}`] : [];
        });
        if (problems.length === 0) return null;
        return `webhook events were lost: ${problems.join('; ')}; the step's result is unchanged`;
      })();
      return finished;
    },
  };
}
