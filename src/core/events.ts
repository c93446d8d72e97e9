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
/** steplog saying what it did that is not a problem (processes kept running): a line, no annotation. */
export interface NoteEvent extends EventBase {
  type: 'note';
  message: string;
}
/**
 * What is prepared before the first attempt, outside every attempt's timeout: pulling the container
 * image (`pull`, the only kind so far).
 */
export interface Preparation {
  kind: 'pull';
  /** The image reference as given. */
  image: string;
  engine: 'docker' | 'podman';
}
export interface PreparationStartEvent extends EventBase {
  type: 'preparation-start';
  preparation: Preparation;
}
export interface PreparationEndEvent extends EventBase {
  type: 'preparation-end';
  preparation: Preparation;
  durationMs: number;
  /** Why it failed (exit code and the last lines of its output); null when it succeeded. */
  error: string | null;
}
export interface EndEvent extends EventBase {
  type: 'end';
  record: ExecutionRecord;
}

export type LifecycleEvent =
  | StartEvent
  | PreparationStartEvent
  | PreparationEndEvent
  | AttemptStartEvent
  | AttemptEndEvent
  | RetryEvent
  | AnnotationEvent
  | WarningEvent
  | NoteEvent
  | EndEvent;

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
  /**
   * At least the length of the longest line (the output stream gives its UTF-8 length), when
   * known without splitting.
   */
  readonly longest?: number;
  /**
   * Whether some line holds one of these strings, searched in the lines' bytes without decoding
   * them (what `text.includes` tells, for text without line pieces). Absent: search `text`.
   */
  containsAny?(needles: readonly string[]): boolean;
}

/**
 * What one read of the command's output lets show, and the lines it finished. Never written to the
 * JSONL log.
 * - `bytes`: the command's bytes, redacted, exactly as it wrote them (newlines included, none added,
 *   invalid UTF-8 kept): whole lines, and the start of an unfinished line once it has waited a moment
 *   (only when no sink wants whole lines) or outgrown the line cap. What a console writes.
 * - `lines` (and `text`, `count`): the lines finished, without their `\n`, each one whole even when
 *   its start was shown by an earlier batch; what the matchers and line-based sinks see. Empty when
 *   the batch only shows the start of a line.
 */
export interface OutputBatch extends Lines {
  readonly stream: StreamName;
  readonly bytes: Buffer;
  /** True when the last element of `lines` is a piece of a line longer than the line cap, not a whole line. */
  readonly partial?: boolean;
}
