// From raw inputs to what a run will do, every value validated before anything runs: one command
// (`run`) is a run of one execution; `steps` a run of several. A bad value is an InputError naming
// the input, the value and what is accepted.
import { availableParallelism } from 'node:os';
import { InputError } from '../core/errors.js';
import type { InputName } from '../core/inputs.js';
import { parseBoolean, parseInteger } from '../core/parse.js';
import { resolveSettings, type RawInputs } from '../core/resolve-settings.js';
import type { StepSettings } from '../core/settings.js';
import type { RunMode } from '../core/sink.js';
import { loadMatchers } from '../matchers/index.js';
import { parseSteps, readStepsText } from './parse-steps.js';

export type Matchers = Awaited<ReturnType<typeof loadMatchers>>;

export interface PlannedExecution {
  /** The step's id with `steps`; null for a single command. */
  stepId: string | null;
  settings: StepSettings;
}

export interface RunPlan {
  mode: RunMode;
  /** The command's settings; with `steps`, the top-level ones (summary, log file, masks …). */
  settings: StepSettings;
  executions: PlannedExecution[];
  maxParallel: number;
  failFast: boolean;
  matchers: Matchers;
}

export interface PlanContext {
  /** Default working directory and base of relative paths. */
  cwd: string;
  /** How this front door names an input in messages: `--timeout`, `input 'timeout'`. */
  label: (name: InputName) => string;
}

export async function planRun(raw: RawInputs, { cwd, label }: PlanContext): Promise<RunPlan> {
  const given = (name: InputName) => raw[name] !== undefined && raw[name].trim() !== '';
  if (!given('steps')) {
    const settings = resolveSettings(raw, { workspace: cwd, label });
    const matchers = await loadMatchers(settings.matchers, { workspace: cwd, label: label('matchers') });
    return {
      mode: 'command',
      settings,
      executions: [{ stepId: null, settings }],
      maxParallel: 1,
      failFast: false,
      matchers,
    };
  }
  if (given('run')) {
    throw new InputError(
      label('run'),
      raw.run ?? '',
      `no script when ${label('steps')} is given (use one or the other)`,
    );
  }
  // The top level only carries what the steps inherit and what the run shares (summary, log …).
  const settings = resolveSettings({ ...raw, run: 'true', name: 'steps' }, { workspace: cwd, label });
  const text = readStepsText(raw.steps ?? '', label('steps'), cwd);
  const steps = parseSteps(text.text, label('steps'), raw, { workspace: cwd, label }, text.source);
  const parallel = raw['max-parallel']?.trim() || String(availableParallelism());
  const maxParallel = parseInteger(label('max-parallel'), parallel, 1, 64);
  const failFast = parseBoolean(label('fail-fast'), raw['fail-fast']?.trim() || 'false');
  const matchers = await loadMatchers(settings.matchers, { workspace: cwd, label: label('matchers') });
  return {
    mode: 'steps',
    settings,
    executions: steps.map((step) => ({ stepId: step.id, settings: step.settings })),
    maxParallel,
    failFast,
    matchers,
  };
}
