// Sinks: every destination steplog reports to (a console, the JSON-lines log, step outputs, a job
// summary, a report file, the check run …) is one RunSink, in one file, and hears two moments:
//   1. each execution's lifecycle events and live output, through the `Sink` it gives that
//      execution's logger (./logger.ts);
//   2. once, when every execution of the run has ended: every record and the run's outcome.
// Sinks never change a record. A `Sink` that throws is disabled after one warning (see ./logger.ts);
// a RunSink whose `end` throws gets one warning (see src/run/execute-run.ts). Neither changes the outcome.
import type { Redactor } from './mask.js';
import type { LifecycleEvent, OutputBatch } from './events.js';
import type { ExecutionRecord } from './record.js';
import type { RunOutcome } from './run-span.js';
import type { StepSettings } from './settings.js';

/** What one execution's logger hands a destination. */
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
  /**
   * A line of output of a preparation (an image pull's progress), redacted, between its
   * `preparation-start` and `preparation-end` events. Never the command's output: not in the
   * tails, the outputs or the matchers. Not written to the JSON-lines log.
   */
  onPreparationOutput?(line: string): void;
  /**
   * The destination shows whole lines only (GitHub's runner reads its log line by line): the start
   * of an unfinished line is never shown early for it.
   */
  readonly wholeLines?: boolean;
  drain?(): Promise<void>;
  /** Flush and release. Called once, on every exit path, after the `end` event. */
  close?(): void | Promise<void>;
}

/**
 * How the run was asked for: one command (`run`), reported as that command; or `steps`, reported
 * as a run of several (a table, totals, one test case per step), even when the list holds one.
 */
export type RunMode = 'command' | 'steps';

/** Where a run reports, shared by every sink of the run. */
export interface RunContext {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Where relative paths (log file, reports) are resolved. */
  cwd: string;
  /** The clock of the run's own timestamps (injected by tests); `new Date()` by default. */
  now?: () => Date;
}

/** What a platform builds its sinks from. */
export interface RunSettings {
  mode: RunMode;
  /** The command's settings; with `steps`, the top-level ones every step inherits and the run shares. */
  settings: StepSettings;
  /** The JSON-lines log every execution of the run appends to. */
  logFile: string;
}

/** One execution about to start. */
export interface ExecutionSlot {
  /** The step's id with `steps`; null for a single command. */
  stepId: string | null;
  settings: StepSettings;
  /** Other executions write to the same console at the same time: tell their lines apart. */
  parallel: boolean;
  /** The execution's redactor: masks given up front and those the command announces. */
  redactor: Redactor;
}

/** The run's end: every execution has ended and its logger is closed. */
export interface RunEnd {
  mode: RunMode;
  /** One per execution, in the order given. Empty when steplog failed before any ran. */
  records: readonly ExecutionRecord[];
  outcome: RunOutcome;
  /**
   * steplog's own failure outside every execution (a bug): the run ends with exit status 125. A
   * sink then still releases what it holds (a stopped console, outputs nobody wrote).
   */
  internalError: string | null;
}

export interface RunSink {
  /** Used in the warning when `end` fails. */
  readonly name: string;
  /** The Sink for one execution's logger; none when this destination only reports the run. */
  execution?(slot: ExecutionSlot): Sink | null;
  /** Once, after the last execution's logger has closed; in the order the sinks are listed. */
  end?(run: RunEnd): void | Promise<void>;
  /** Variables this destination gives each attempt's command (TRACEPARENT of the attempt's span …). */
  attemptEnvironment?(executionId: string): Record<string, string>;
  /**
   * A line of steplog's own about the whole run, shown at once (a cancel under way). Consoles show
   * it; other destinations leave it out.
   */
  announce?(line: string): void;
}

/**
 * The same sink, with a failure of its run end reported through `report` (in the platform's own
 * words, e.g. a GitHub warning annotation) instead of reaching the run's generic warning.
 */
export function reportingEndFailure(sink: RunSink, report: (error: unknown) => void): RunSink {
  const { end } = sink;
  if (!end) return sink;
  return {
    name: sink.name,
    execution: sink.execution,
    end: async (run) => {
      try {
        await end(run);
      } catch (error) {
        report(error);
      }
    },
  };
}
