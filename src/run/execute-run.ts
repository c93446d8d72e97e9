// The one path of every run, whatever the front door (action, CLI) and however many executions:
// validate every input, build the platform's sinks, run the executions (a single command is a run
// of one), give every sink the run's end, and hand back the exit status.
import { existsSync } from 'node:fs';
import { createAnsibleObserver } from '../ansible/observer.js';
import { SteplogError, messageOf } from '../core/errors.js';
import type { InputName } from '../core/inputs.js';
import { detectCiContext } from '../core/ci-context.js';
import { ExecutionLogger, loggerOptionsFrom } from '../core/logger.js';
import { Redactor } from '../core/mask.js';
import type { ExecutionRecord } from '../core/record.js';
import type { RawInputs } from '../core/resolve-settings.js';
import { decideRunOutcome, type RunOutcome } from '../core/run-span.js';
import type { StepSettings } from '../core/settings.js';
import type { RunContext, RunEnd, RunMode, RunSink } from '../core/sink.js';
import { createStreamBatchMatcher, WORKFLOW_COMMANDS_OWNER } from '../matchers/index.js';
import { createOutputPatternWatcher } from '../matchers/output-patterns.js';
import type { Platform } from '../platforms/platform.js';
import { createJsonlRunSink } from '../sinks/jsonl.js';
import { createOpenTelemetryRunSink } from '../sinks/opentelemetry.js';
import { createWebhookRunSink } from '../sinks/webhooks.js';
import { otelSecrets } from '../telemetry/otel-config.js';
import { planRun, type Matchers, type PlannedExecution, type RunPlan } from './plan.js';
import { runPool } from './pool.js';
import { cancelSignalOf } from '../exec/cancel.js';
import { CANCEL_GRACE_MS } from '../exec/run-attempt.js';
import { renderCancelling, renderHurry } from '../render/cancel.js';

export interface RunOptions {
  raw: RawInputs;
  platform: Platform;
  context: RunContext;
  /** How this front door names an input in messages: `--timeout`, `input 'timeout'`. */
  label: (name: InputName) => string;
  cancel?: AbortSignal;
  /** A second signal while cancelling: kill at once (see exec/cancel.ts). */
  hurry?: AbortSignal;
  /** Sees the validated settings before anything runs (the action logs each with core.debug). */
  onSettings?: (settings: StepSettings) => void;
}

export interface RunResult {
  exitStatus: number;
  /** null when validation failed and nothing ran. */
  mode: RunMode | null;
  /** One per execution, in the order given; empty when nothing ran. */
  records: ExecutionRecord[];
  outcome: RunOutcome | null;
  /** The command's settings, or the top-level ones with `steps`; null when validation failed. */
  settings: StepSettings | null;
  logFile: string | null;
  /** The validation error when nothing ran (no sink was created, nothing was reported). */
  error: SteplogError | null;
  /** steplog's own failure during the run (exit status 125), already handed to every sink. */
  internalError: string | null;
}

export async function executeRun(options: RunOptions): Promise<RunResult> {
  const { context, platform } = options;
  let plan: RunPlan;
  let logFile: string;
  let sinks: RunSink[];
  try {
    plan = await planRun(options.raw, { cwd: context.cwd, label: options.label });
    // The OTLP headers carry API keys: masked in everything every execution writes.
    const otlpSecrets = otelSecrets(context.env);
    for (const { masks } of [plan.settings, ...plan.executions.map((e) => e.settings)])
      masks.push(...otlpSecrets);
    options.onSettings?.(plan.settings);
    logFile = plan.settings.logFile ?? platform.defaultLogFile(context);
    // The log file first: it is the record of last resort when a console write blocks or fails.
    // A bad platform setting (e.g. STEPLOG_LOG_LIMIT on GitLab) is an input error too: nothing runs.
    sinks = [
      createJsonlRunSink(logFile),
      ...(await platform.createSinks({ mode: plan.mode, settings: plan.settings, logFile }, context)),
      await createOpenTelemetryRunSink(plan.settings.name, context),
      await createWebhookRunSink(plan.settings, context),
    ].filter((sink) => sink !== null);
  } catch (error) {
    const failure = error instanceof SteplogError ? error : new SteplogError(messageOf(error));
    return {
      exitStatus: failure.exitStatus,
      mode: null,
      records: [],
      outcome: null,
      settings: null,
      logFile: null,
      error: failure,
      internalError: null,
    };
  }

  const parallel = plan.maxParallel > 1 && plan.executions.length > 1;
  let records: ExecutionRecord[] = [];
  let internalError: string | null = null;
  try {
    records = await runPool({
      executions: plan.executions,
      maxParallel: plan.maxParallel,
      failFast: plan.failFast,
      cancel: options.cancel,
      hurry: options.hurry,
      onCancel: (running) => {
        const graces = running.map((e) => Math.min(e.settings.killAfterMs, CANCEL_GRACE_MS));
        announce(sinks, renderCancelling(cancelSignalOf(options.cancel!), plan.mode, graces));
      },
      onHurry: (running) => announce(sinks, renderHurry(plan.mode, running.length)),
      createLogger: (execution) => createLogger(execution, plan.matchers, sinks, parallel, context),
      attemptEnvironment: (executionId) =>
        Object.assign({}, ...sinks.map((sink) => sink.attemptEnvironment?.(executionId))),
    });
  } catch (error) {
    // The pool records every execution's own failure; this is the last line of defence for a bug.
    internalError = messageOf(error);
  }
  const outcome = decideOutcome(plan, records, internalError, options.cancel);
  await endRun(sinks, { mode: plan.mode, records, outcome, internalError }, plan.settings, context);
  return {
    exitStatus: outcome.exitStatus,
    mode: plan.mode,
    records,
    outcome,
    settings: plan.settings,
    logFile,
    error: null,
    internalError,
  };
}

/**
 * A single command ends as its execution did; a run of steps as decideRunOutcome says (a cancel of
 * steplog itself makes the whole run cancelled).
 */
function decideOutcome(
  plan: RunPlan,
  records: readonly ExecutionRecord[],
  internalError: string | null,
  cancel: AbortSignal | undefined,
): RunOutcome {
  if (internalError !== null || records.length !== plan.executions.length) {
    return { status: 'failed', exitStatus: 125 };
  }
  if (plan.mode === 'command') return { status: records[0].status, exitStatus: records[0].exitStatus ?? 125 };
  return decideRunOutcome(records, cancel?.aborted ?? false);
}

/** One execution's logger with every sink's share of it and the matchers that find annotations. */
function createLogger(
  execution: PlannedExecution,
  matchers: Matchers,
  sinks: readonly RunSink[],
  parallel: boolean,
  context: RunContext,
): ExecutionLogger {
  const { settings, stepId } = execution;
  const logger = new ExecutionLogger({
    ...loggerOptionsFrom(settings),
    stepId,
    ci: detectCiContext(context.env),
  });
  const slot = { stepId, settings, parallel, redactor: logger.redactor };
  for (const sink of sinks) {
    const share = sink.execution?.(slot);
    if (share) logger.addSink(share);
  }
  // With raw workflow commands the runner annotates `::error::` lines itself: do not do it twice.
  const active = settings.workflowCommands
    ? matchers.filter((m) => m.owner !== WORKFLOW_COMMANDS_OWNER)
    : matchers;
  if (active.length > 0) {
    logger.addBatchObserver(
      createStreamBatchMatcher(active, { workspace: context.cwd, cwd: settings.cwd, fileExists: existsSync }),
    );
  }
  if (settings.retryOnOutput.length > 0 || settings.abortOnOutput.length > 0) {
    logger.watchOutput(createOutputPatternWatcher(settings.retryOnOutput, settings.abortOnOutput));
  }
  // Ansible's per-host results are recognised without configuration (cheap when there are none).
  logger.addBatchObserver(createAnsibleObserver(logger));
  return logger;
}

/** A line about the whole run to every console, at once; a console that throws is skipped. */
function announce(sinks: readonly RunSink[], line: string | null): void {
  if (line === null) return;
  for (const sink of sinks) {
    try {
      sink.announce?.(line);
    } catch {
      // A broken console still gets its failure reported at the run's end.
    }
  }
}

/**
 * Every sink's run end, in the order listed. A sink reports its own trouble in its platform's words
 * where it can; one that throws gets one line on stderr and the run's result stands.
 */
async function endRun(
  sinks: readonly RunSink[],
  end: RunEnd,
  settings: StepSettings,
  context: RunContext,
): Promise<void> {
  const redactor = new Redactor(settings.masks);
  for (const sink of sinks) {
    try {
      await sink.end?.(end);
    } catch (error) {
      context.stderr.write(
        redactor.redact(`steplog ⚠ the ${sink.name} sink failed and was turned off: ${messageOf(error)}`) +
          '\n',
      );
    }
  }
}
