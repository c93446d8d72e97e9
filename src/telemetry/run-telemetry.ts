// What a run-level destination (OpenTelemetry, webhooks) offers the run: a sink for each execution's
// logger, the environment of an attempt's command, and one bounded delivery when the run ends.
import type { ExecutionRecord } from '../core/record.js';
import type { Redactor } from '../core/mask.js';
import type { Sink } from '../core/sink.js';

export interface TelemetryFinish {
  /** Every execution of the run, in the order given. */
  records: readonly ExecutionRecord[];
  /** steplog itself was signalled: the run is being cancelled. */
  cancelled: boolean;
  /** How long delivery may take from now. */
  budgetMs: number;
}

export interface RunTelemetry {
  /** A sink for one execution's logger; `redactor` is that execution's (masks the command announced too). */
  sink(redactor?: Redactor): Sink;
  /** Variables for the command of the execution's current attempt (TRACEPARENT …). */
  attemptEnvironment(executionId: string): Record<string, string>;
  /** Ends the run and delivers what is left; resolves within the budget with one warning, or null. Idempotent. */
  finish(finish: TelemetryFinish): Promise<string | null>;
}

/** Delivery at the end of a run: long enough for a collector across the internet, short enough for CI. */
export const END_DELIVERY_CAP_MS = 5000;
/**
 * Delivery when cancelled. GitHub sends SIGTERM 7.5 s after SIGINT: the command has had up to 5 s to
 * stop and its pipes 0.5 s to close, which leaves this much, with a margin for writing the record.
 */
export const CANCEL_DELIVERY_CAP_MS = 1000;

export function deliveryBudgetMs(cancelled: boolean): number {
  return cancelled ? CANCEL_DELIVERY_CAP_MS : END_DELIVERY_CAP_MS;
}
