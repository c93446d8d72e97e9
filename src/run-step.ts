// What every front door does once it has raw inputs: validate them all, choose the sinks, run the
// command through the execution logger, close every sink, and hand back the exit status.
import { existsSync } from 'node:fs';
import { InputError, SteplogError, messageOf } from './core/errors.js';
import type { InputName } from './core/inputs.js';
import { ExecutionLogger, loggerOptionsFrom } from './core/logger.js';
import type { ExecutionRecord } from './core/record.js';
import type { StepSettings } from './core/settings.js';
import type { Sink } from './core/sink.js';
import { runExecution } from './exec/run-execution.js';
import { createStreamBatchMatcher, loadMatchers, WORKFLOW_COMMANDS_OWNER } from './matchers/index.js';
import type { Platform, PlatformContext } from './platforms/platform.js';
import { resolveSettings, type RawInputs } from './platforms/settings.js';
import { createJsonlSink } from './sinks/jsonl.js';
import type { RunOutcome } from './steps/run-steps.js';

export interface StepRunOptions {
  raw: RawInputs;
  platform: Platform;
  context: PlatformContext;
  /** How this front door names an input in messages: `--timeout`, `input 'timeout'`. */
  label: (name: InputName) => string;
  cancel?: AbortSignal;
  /** Sees the validated settings before anything runs (the action logs each with core.debug). */
  onSettings?: (settings: StepSettings) => void;
}

export interface StepRunResult {
  exitStatus: number;
  /** null when validation failed and nothing ran. */
  record: ExecutionRecord | null;
  settings: StepSettings | null;
  /** With `steps`: every step's record, in the order given (`record` is then null), and the run's outcome. */
  records?: ExecutionRecord[];
  outcome?: RunOutcome;
  logFile: string | null;
  /** The validation error when nothing ran. */
  error: SteplogError | null;
}

export async function runStep(options: StepRunOptions): Promise<StepRunResult> {
  if (options.raw.steps !== undefined && options.raw.steps.trim() !== '') {
    const { runStepsMode } = await import('./steps/run-steps-mode.js');
    return runStepsMode(options);
  }
  const { context, platform } = options;
  let settings: StepSettings;
  let matchers: Matchers;
  try {
    settings = resolveSettings(options.raw, { workspace: context.cwd, label: options.label });
    matchers = await loadMatchers(settings.matchers, {
      workspace: context.cwd,
      label: options.label('matchers'),
    });
    options.onSettings?.(settings);
  } catch (error) {
    const failure = error instanceof SteplogError ? error : new SteplogError(messageOf(error));
    return { exitStatus: failure.exitStatus, record: null, settings: null, logFile: null, error: failure };
  }

  let sinks: Sink[];
  try {
    sinks = await platform.createSinks(settings, context);
  } catch (error) {
    // A bad platform setting (e.g. STEPLOG_LOG_LIMIT on GitLab) is an input error: nothing runs.
    const failure = error instanceof SteplogError ? error : new SteplogError(messageOf(error));
    return { exitStatus: failure.exitStatus, record: null, settings: null, logFile: null, error: failure };
  }
  const logFile = settings.logFile ?? platform.defaultLogFile(context);
  const logger = createStepLogger(settings, matchers, logFile, context);
  for (const sink of sinks) logger.addSink(sink);

  let record: ExecutionRecord;
  try {
    record = await runExecution({ settings, logger, cancel: options.cancel });
  } catch (error) {
    // runExecution records its own failures; this is the last line of defence for a bug in it.
    record = await logger
      .fail(error, error instanceof SteplogError ? error.exitStatus : 125)
      .catch(() => logger.snapshot());
  } finally {
    await logger.close();
  }
  return { exitStatus: record.exitStatus ?? 125, record, settings, logFile, error: null };
}

export type Matchers = Awaited<ReturnType<typeof loadMatchers>>;

/** A logger that writes the JSON-lines log and finds annotations with the matchers. */
export function createStepLogger(
  settings: StepSettings,
  matchers: Matchers,
  logFile: string,
  context: PlatformContext,
  stepId: string | null = null,
): ExecutionLogger {
  const logger = new ExecutionLogger({ ...loggerOptionsFrom(settings), stepId });
  // The log file first: it is the record of last resort when a console write blocks or fails.
  logger.addSink(createJsonlSink(logFile, logger.redactor));
  // With raw workflow commands the runner annotates `::error::` lines itself: do not do it twice.
  const active = settings.workflowCommands
    ? matchers.filter((m) => m.owner !== WORKFLOW_COMMANDS_OWNER)
    : matchers;
  if (active.length > 0) {
    logger.addBatchObserver(
      createStreamBatchMatcher(active, { workspace: context.cwd, cwd: settings.cwd, fileExists: existsSync }),
    );
  }
  return logger;
}

export { InputError };
