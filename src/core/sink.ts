// A sink renders the logger's events for one destination. Sinks never change the record; a sink
// that throws is disabled after one warning (see ./logger.ts) and never changes the outcome.
import type { LifecycleEvent, OutputBatch } from './events.js';

export interface Sink {
  /** Short, stable name used in the warning when the sink fails, e.g. `jsonl`, `console`. */
  readonly name: string;
  /** Lifecycle events, in order. May be async; the logger awaits it before the next event. */
  onEvent?(event: LifecycleEvent): void | Promise<void>;
  /**
   * The command's live output, redacted. Called on the hot path: keep it cheap. Return `false`
   * when the destination is congested; the runner then pauses the command's pipes until
   * `drain()` resolves.
   */
  onOutput?(batch: OutputBatch): boolean | void;
  drain?(): Promise<void>;
  /** Flush and release. Called once, on every exit path, after the `end` event. */
  close?(): void | Promise<void>;
}
