// `steps`: several commands in one steplog run, each its own execution record (one JSON-lines file,
// events carrying the step id), reported together by the platform.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { InputError, SteplogError, messageOf } from '../core/errors.js';
import { parseBoolean, parseInteger } from '../core/parse.js';
import type { StepSettings } from '../core/settings.js';
import { loadMatchers } from '../matchers/index.js';
import type { StepsReporter } from '../platforms/platform.js';
import { resolveSettings } from '../platforms/settings.js';
import { createStepLogger, type StepRunOptions, type StepRunResult } from '../run-step.js';
import { parseSteps, type StepDefinition } from './parse-steps.js';
import { decideRunOutcome, runSteps } from './run-steps.js';

export async function runStepsMode(options: StepRunOptions): Promise<StepRunResult> {
  const { context, platform, label, raw } = options;
  let shared: StepSettings;
  let steps: StepDefinition[];
  let maxParallel: number;
  let failFast: boolean;
  let matchers: Awaited<ReturnType<typeof loadMatchers>>;
  try {
    if (raw.run !== undefined && raw.run.trim() !== '') {
      throw new InputError(
        label('run'),
        raw.run,
        `no script when ${label('steps')} is given (use one or the other)`,
      );
    }
    if (!platform.createStepsReporter) {
      throw new SteplogError(`steps are not supported on the ${platform.name} platform yet`);
    }
    // The top level only carries what the steps inherit and what the run shares (summary, log …).
    shared = resolveSettings({ ...raw, run: 'true', name: 'steps' }, { workspace: context.cwd, label });
    const given = readStepsText(raw.steps ?? '', label('steps'), context.cwd);
    steps = parseSteps(given.text, label('steps'), raw, { workspace: context.cwd, label }, given.source);
    const parallel = raw['max-parallel']?.trim() || String(availableParallelism());
    maxParallel = parseInteger(label('max-parallel'), parallel, 1, 64);
    failFast = parseBoolean(label('fail-fast'), raw['fail-fast']?.trim() || 'false');
    matchers = await loadMatchers(shared.matchers, { workspace: context.cwd, label: label('matchers') });
    options.onSettings?.(shared);
  } catch (error) {
    const failure = error instanceof SteplogError ? error : new SteplogError(messageOf(error));
    return { exitStatus: failure.exitStatus, record: null, settings: null, logFile: null, error: failure };
  }

  const logFile = shared.logFile ?? platform.defaultLogFile(context);
  let reporter: StepsReporter;
  try {
    reporter = await platform.createStepsReporter(shared, context);
  } catch (error) {
    // A bad platform setting (e.g. STEPLOG_LOG_LIMIT on GitLab) is an input error: nothing runs.
    const failure = error instanceof SteplogError ? error : new SteplogError(messageOf(error));
    return { exitStatus: failure.exitStatus, record: null, settings: null, logFile: null, error: failure };
  }
  const parallel = maxParallel > 1 && steps.length > 1;
  const records = await runSteps({
    steps,
    maxParallel,
    failFast,
    cancel: options.cancel,
    createLogger: (step) => {
      const logger = createStepLogger(step.settings, matchers, logFile, context, step.id);
      for (const sink of reporter.sinksFor(step, parallel)) logger.addSink(sink);
      return logger;
    },
  });
  const outcome = decideRunOutcome(records, options.cancel?.aborted ?? false);
  await reporter.finish(records, outcome);
  return {
    exitStatus: outcome.exitStatus,
    record: null,
    records,
    outcome,
    settings: shared,
    logFile,
    error: null,
  };
}

/**
 * The CLI flag takes a file or the YAML itself; the action input and STEPLOG_STEPS the YAML. A value
 * on several lines, or starting like a YAML list, is YAML; anything else is a path.
 */
export function readStepsText(value: string, label: string, cwd: string): { text: string; source?: string } {
  const text = value.trim();
  if (text.includes('\n') || text.startsWith('-') || text.startsWith('[')) return { text: value };
  try {
    return { text: readFileSync(path.resolve(cwd, text), 'utf8'), source: text };
  } catch (error) {
    throw new InputError(label, value, `a YAML list of steps or a readable file (${messageOf(error)})`);
  }
}
