// Typed events the execution logger emits. Every event except `output` is written to the JSON-lines
// log and must validate against schema/v1/event.schema.json.
import type { Annotation, AttemptRecord, ExecutionRecord, StreamName } from './record.js';

interface EventBase {
  schemaVersion: 1;
  /** Execution id (ExecutionRecord.id). */
  executionId: string;
  stepId: string | null;
  /** Monotonic per execution, starting at 1. */
  seq: number;
  /** ISO 8601 UTC. */
  time: string;
}

export interface StartEvent extends EventBase {
  type: 'start';
  record: ExecutionRecord;
}
export interface AttemptStartEvent extends EventBase {
  type: 'attempt-start';
  attempt: number;
  maxAttempts: number;
}
export interface AttemptEndEvent extends EventBase {
  type: 'attempt-end';
  attempt: AttemptRecord;
}
export interface RetryEvent extends EventBase {
  type: 'retry';
  /** The attempt that just ended. */
  attempt: number;
  delayMs: number;
  reason: string;
}
export interface AnnotationEvent extends EventBase {
  type: 'annotation';
  annotation: Annotation;
}
export interface WarningEvent extends EventBase {
  type: 'warning';
  message: string;
}
export interface EndEvent extends EventBase {
  type: 'end';
  record: ExecutionRecord;
}

export type LifecycleEvent =
  StartEvent | AttemptStartEvent | AttemptEndEvent | RetryEvent | AnnotationEvent | WarningEvent | EndEvent;

/**
 * Consecutive lines of output. `lines` may be split from `text` only when first read: most batches
 * are only written out and scanned whole, and splitting a gigabyte into ten million strings is a
 * large share of what steplog costs per byte.
 */
export interface Lines {
  readonly lines: readonly string[];
  /** How many `lines` there are, known without splitting. */
  readonly count: number;
  /** The lines joined with `\n`, when none is a piece. */
  readonly text?: string;
  /** The length of the longest line, when known without splitting. */
  readonly longest?: number;
}

/** Lines of the command's output, already redacted, without their `\n`. Never written to the JSONL log. */
export interface OutputBatch extends Lines {
  readonly stream: StreamName;
  /** True when the last element is a piece of a line longer than the line cap, not a whole line. */
  readonly partial?: boolean;
  /** The same lines as the command wrote them, newline included, when nothing in them was masked. */
  readonly raw?: Buffer;
}
