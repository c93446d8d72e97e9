// steplog's lifecycle as CloudEvents 1.0 in structured mode: the whole event is the JSON body, sent
// with `Content-Type: application/cloudevents+json`. `data` is the event as the JSON-lines log holds it.
import type { LifecycleEvent } from '../core/events.js';
import { randomUUID } from '../core/random.js';
import type { ExecutionRecord } from '../core/record.js';

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

export const EVENT_TYPES = {
  runStarted: 'dev.steplog.run.started',
  executionStarted: 'dev.steplog.execution.started',
  attemptFinished: 'dev.steplog.attempt.finished',
  executionRetrying: 'dev.steplog.execution.retrying',
  executionFinished: 'dev.steplog.execution.finished',
  runFinished: 'dev.steplog.run.finished',
} as const;

export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  id: string;
  source: string;
  type: EventType;
  subject?: string;
  time: string;
  datacontenttype: 'application/json';
  data: T;
}

/** The lifecycle events that are sent, by their type in the log; the others (output, annotations) are not. */
const SENT: Partial<Record<LifecycleEvent['type'], EventType>> = {
  start: EVENT_TYPES.executionStarted,
  'attempt-end': EVENT_TYPES.attemptFinished,
  retry: EVENT_TYPES.executionRetrying,
  end: EVENT_TYPES.executionFinished,
};

export function cloudEventTypeOf(event: LifecycleEvent): EventType | null {
  return SENT[event.type] ?? null;
}

export function toCloudEvent<T>(
  type: EventType,
  data: T,
  source: string,
  time: string,
  subject?: string,
): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source,
    type,
    ...(subject !== undefined && { subject }),
    time,
    datacontenttype: 'application/json',
    data,
  };
}

/** The run's own events (no log line holds them): when it started, and how it ended. */
export interface RunStartedData {
  schemaVersion: 1;
  type: 'run-start';
  time: string;
}

export interface RunFinishedData {
  schemaVersion: 1;
  type: 'run-end';
  time: string;
  status: ExecutionRecord['status'];
  exitStatus: number | null;
  executions: Pick<ExecutionRecord, 'id' | 'stepId' | 'name' | 'status' | 'exitStatus' | 'durationMs'>[];
  /** Attempt events left out because the receiver could not keep up. */
  droppedEvents: number;
}
