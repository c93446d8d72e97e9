// A platform (local, GitHub, GitLab) turns settings into the sinks for its destinations.
import type { ExecutionRecord } from '../core/record.js';
import type { Sink } from '../core/sink.js';
import type { StepSettings } from '../core/settings.js';
import type { StepDefinition } from '../steps/parse-steps.js';
import type { RunOutcome } from '../steps/run-steps.js';

export interface PlatformContext {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Where relative paths (log file, reports) are resolved. */
  cwd: string;
}

export interface Platform {
  name: 'local' | 'github' | 'gitlab';
  /** Absolute path of the JSON-lines log when the user did not choose one. */
  defaultLogFile(context: PlatformContext): string;
  /** Sinks for this platform's destinations; the JSON-lines sink is added by the caller. */
  createSinks(settings: StepSettings, context: PlatformContext): Promise<Sink[]>;
  /** Reporting for a run of several steps (the `steps` input). */
  createStepsReporter?(run: StepSettings, context: PlatformContext): Promise<StepsReporter>;
}

/** Several steps share one console, one summary, one set of outputs and annotations. */
export interface StepsReporter {
  /** Sinks for one step's logger (its console lines are told apart by the step id). */
  sinksFor(step: StepDefinition, parallel: boolean): Sink[];
  /** Once every step has ended: the run's own outputs, summary and annotations. */
  finish(records: readonly ExecutionRecord[], outcome: RunOutcome): Promise<void>;
}
