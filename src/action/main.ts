// The GitHub Action: read the inputs the runner put in the environment, run the step through the
// shared runStep with the GitHub sinks, then fail the step in words when it did not succeed.
// Outputs are set on every path once the inputs are read:
// - the command ran (success, failure, timeout, cancel, steplog's own error while running): all
//   outputs from the record, written by the outputs sink at the `end` event;
// - an input was invalid (nothing ran): status=failed, attempts=0, timed-out=false,
//   duration-ms=0, every other output empty;
// - steplog itself broke outside the logger: the same as an invalid input, if nothing was written.
import * as core from '../sinks/github-commands.js';
import { InputError, messageOf } from '../core/errors.js';
import type { InputName } from '../core/inputs.js';
import { Redactor } from '../core/mask.js';
import type { ExecutionRecord } from '../core/record.js';
import type { StepSettings } from '../core/settings.js';
import { listenForCancel } from '../exec/cancel.js';
import { createGithubPlatform } from '../platforms/github.js';
import { describeOutcome, renderSummary } from '../render/summary.js';
import { renderStepsSummary } from '../render/steps-summary.js';
import { combineRecords } from '../steps/run-steps.js';
import { describeRun } from '../platforms/github-steps.js';
import { runStep } from '../run-step.js';
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

/** Time the API calls may take after the command, so a slow API never holds the job for long. */
const FEEDBACK_DEADLINE_MS = 30_000;

/**
 * Runs the action and returns the process exit status (0 on success; the record's exit status,
 * e.g. 124 after a timeout, otherwise). Never throws; never calls process.exit().
 * `env` must be process.env in production: @actions/core reads it for the file commands.
 */
export async function runAction(
  env: NodeJS.ProcessEnv,
  streams: ActionStreams,
  /** Injected by tests to reach the last-resort path. */
  deps: { runStep: typeof runStep } = { runStep },
): Promise<number> {
  const platform = createGithubPlatform({ announceOutcome: false });
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
    const result = await deps.runStep({
      raw,
      platform,
      context: {
        env,
        stdout: streams.stdout,
        stderr: streams.stderr,
        cwd: env.GITHUB_WORKSPACE || process.cwd(),
      },
      label: actionLabel,
      cancel: cancel.signal,
      // Only in debug mode: nothing but the stop should precede the command's output (see github-console.ts).
      onSettings: (settings) => {
        if (core.isDebug()) renderSettingsDebug(settings).forEach((line) => core.debug(line));
      },
    });
    if (!result.error && result.records && result.outcome && result.settings) {
      // `steps`: the platform's steps reporter wrote the outputs, summary and annotations.
      const { records, outcome, settings } = result;
      const failed = records.filter((record) => record.status !== 'success');
      if (result.exitStatus !== 0) core.setFailed(describeRun(failed) || 'steplog: the steps failed');
      if (outcome.status !== 'cancelled' && (settings.prComment !== 'never' || settings.checkRun)) {
        await publishFeedback(combineRecords(records, outcome), settings, githubToken, env, (maxBytes) =>
          renderStepsSummary(records, outcome, { maxBytes }),
        );
      }
      return result.exitStatus;
    }
    if (result.error || !result.record || !result.settings) {
      writeOutputs(renderInvalidInputOutputs());
      core.setFailed(result.error?.message ?? 'steplog: the step did not run');
      return result.exitStatus || 125;
    }
    const { record, settings } = result;
    if (record.status !== 'success') core.setFailed(describeOutcome(record));
    if (record.status !== 'cancelled' && (settings.prComment !== 'never' || settings.checkRun)) {
      await publishFeedback(record, settings, githubToken, env);
    }
    return record.status === 'success' ? 0 : record.exitStatus || 1;
  } catch (error) {
    // A bug in steplog: the command (if any) has been dealt with by runStep's own finally blocks.
    for (const consoleSink of platform.consoles) consoleSink.resume();
    if (!platform.outputsWritten) {
      try {
        writeOutputs(renderInvalidInputOutputs());
      } catch {
        // GITHUB_OUTPUT itself is broken; the failure below still fails the step.
      }
    }
    core.setFailed(`steplog: internal error: ${messageOf(error)}`);
    return 125;
  } finally {
    cancel.dispose();
  }
}

/** The PR comment and the check run, loaded only when asked for (start-up time). Never throws. */
async function publishFeedback(
  record: ExecutionRecord,
  settings: StepSettings,
  token: string,
  env: NodeJS.ProcessEnv,
  render: (maxBytes: number) => string = (maxBytes) => renderSummary(record, { maxBytes }),
): Promise<void> {
  try {
    const { publishPullRequestFeedback } = await import('../github-api/index.js');
    await publishPullRequestFeedback({
      record,
      // A PR comment holds at most 65,536 characters; a string never has more characters than bytes.
      summaryMarkdown: render(65_536),
      prComment: settings.prComment,
      checkRun: settings.checkRun,
      token,
      env,
      log: {
        info: (message) => core.info(message),
        warning: (message) => core.warning(message, { title: 'steplog' }),
        notice: (message) => core.notice(message, { title: 'steplog' }),
        debug: (message) => core.debug(message),
      },
      deadlineMs: FEEDBACK_DEADLINE_MS,
    });
  } catch (error) {
    core.warning(`steplog: could not publish the pull-request feedback: ${messageOf(error)}`, {
      title: 'steplog',
    });
  }
}
