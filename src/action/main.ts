// The GitHub Action: read the inputs the runner put in the environment, and run them through the
// one run path (src/run/execute-run.ts) with the GitHub sinks, the step's failure in words and the
// pull-request feedback among them. Outputs are set on every path once the inputs are read:
// - the command ran (success, failure, timeout, cancel, steplog's own error while running): all
//   outputs from the record, written by the outputs sink;
// - an input was invalid (nothing ran): status=failed, attempts=0, timed-out=false,
//   duration-ms=0, every other output empty;
// - steplog itself broke: the same as an invalid input, if nothing was written.
import * as core from '../sinks/actions-toolkit.js';
import { InputError, messageOf } from '../core/errors.js';
import type { InputName } from '../core/inputs.js';
import { Redactor } from '../core/mask.js';
import type { StepSettings } from '../core/settings.js';
import { listenForCancel } from '../exec/cancel.js';
import { createGithubPlatform } from '../platforms/github.js';
import { executeRun } from '../run/execute-run.js';
import { renderInvalidInputOutputs, writeOutputs } from '../sinks/github-outputs.js';
import { readActionInputs, removeActionInputs } from './inputs.js';

export interface ActionStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** How error messages name an input: `Invalid input 'timeout': "5 minutes". Expected …`. */
export function actionLabel(name: InputName): string {
  return `input '${name}'`;
}

/** Each resolved setting as one debug line (masks counted, never shown; everything redacted). */
export function renderSettingsDebug(settings: StepSettings): string[] {
  const redactor = new Redactor(settings.masks);
  return Object.entries(settings).map(([key, value]) => {
    // Redacted before JSON.stringify: an escaped secret (`a\"b`) would no longer match.
    const shown =
      key === 'masks' ? `${settings.masks.length} value(s)` : JSON.stringify(redactor.redactDeep(value));
    return `steplog setting ${key} = ${shown}`;
  });
}

/**
 * Runs the action and returns the process exit status (0 on success; the run's exit status, e.g.
 * 124 after a timeout, otherwise). Never throws; never calls process.exit().
 * `env` must be process.env in production: @actions/core reads it for the file commands.
 */
export async function runAction(
  env: NodeJS.ProcessEnv,
  streams: ActionStreams,
  /** Injected by tests to reach the last-resort path. */
  deps: { executeRun: typeof executeRun } = { executeRun },
): Promise<number> {
  const cancel = listenForCancel();
  try {
    const { raw, githubToken } = readActionInputs(env);
    removeActionInputs(env);
    if (raw.report !== undefined && raw.report.trim() !== '') {
      const { runReportMode } = await import('./report-mode.js');
      try {
        return await runReportMode(raw, env, env.GITHUB_WORKSPACE || process.cwd());
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        core.setFailed(error.message);
        return 125;
      }
    }
    const result = await deps.executeRun({
      raw,
      platform: createGithubPlatform({ announceOutcome: false, action: { githubToken } }),
      context: {
        env,
        stdout: streams.stdout,
        stderr: streams.stderr,
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
      },
      label: actionLabel,
      cancel: cancel.signal,
      hurry: cancel.hurry,
      // Only in debug mode: nothing but the stop should precede the command's output (see github-console.ts).
      onSettings: (settings) => {
        if (core.isDebug()) renderSettingsDebug(settings).forEach((line) => core.debug(line));
      },
    });
    if (result.error) {
      // Nothing ran and no sink exists: the outputs and the failure are the action's to write.
      writeOutputs(renderInvalidInputOutputs());
      core.setFailed(result.error.message);
      return result.exitStatus || 125;
    }
    return result.exitStatus;
  } catch (error) {
    // A bug in steplog before any sink existed (the run reports its own later failures to its sinks).
    try {
      writeOutputs(renderInvalidInputOutputs());
    } catch {
      // GITHUB_OUTPUT itself is broken; the failure below still fails the step.
    }
    core.setFailed(`steplog: internal error: ${messageOf(error)}`);
    return 125;
  } finally {
    cancel.dispose();
  }
}
