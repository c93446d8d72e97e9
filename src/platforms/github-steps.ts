// A run of several steps on GitHub: one stop/resume around every step's output (a step's resume
// must not re-enable commands while another step still prints), each step's lines prefixed with its
// id when they run in parallel, and once all have ended: the run's outputs, one job summary, and the
// annotations of every step within GitHub's 10 per level.
import * as core from '../sinks/github-commands.js';
import { messageOf } from '../core/errors.js';
import type { ExecutionRecord } from '../core/record.js';
import type { StepSettings } from '../core/settings.js';
import { describeOutcome } from '../render/outcome.js';
import { renderStepsSummary } from '../render/steps-summary.js';
import { emitAnnotation, planAnnotations } from '../sinks/github-annotations.js';
import { createCommandGate, createGatedConsoleSink, type CommandGate } from '../sinks/github-console.js';
import { renderRunOutputs, writeOutputs } from '../sinks/github-outputs.js';
import { appendJobSummary } from '../sinks/github-summary.js';
import type { PlatformContext, StepsReporter } from './platform.js';

export interface GithubStepsReporter extends StepsReporter {
  readonly gate: CommandGate;
  readonly outputsWritten: boolean;
}

export function createGithubStepsReporter(
  run: StepSettings,
  context: PlatformContext,
  options: { announceOutcome: boolean; logFile: string },
): GithubStepsReporter {
  const gate = createCommandGate({
    streams: context,
    masks: run.masks,
    workflowCommands: run.workflowCommands,
  });
  gate.stop();
  let outputsWritten = false;
  // Each report is its own try: a broken GITHUB_OUTPUT must not cost the summary, and so on.
  const attempt = (what: string, action: () => void | Promise<void>) =>
    Promise.resolve()
      .then(action)
      .catch((error: unknown) =>
        core.warning(`steplog: could not write ${what}: ${messageOf(error)}`, { title: 'steplog' }),
      );

  return {
    gate,
    get outputsWritten() {
      return outputsWritten;
    },
    sinksFor: (step, parallel) => [createGatedConsoleSink(gate, false, parallel ? `[${step.id}] ` : '')],
    async finish(records, outcome) {
      gate.resume();
      outputsWritten = true;
      await attempt('the step outputs', () =>
        writeOutputs(renderRunOutputs(records, outcome, options.logFile)),
      );
      const failed = records.filter((r) => r.status !== 'success');
      const annotations = records.flatMap((r) => r.annotations);
      const plan = planAnnotations(annotations, {
        reservedErrors: failed.length > 0 ? 1 : 0,
        reservedWarnings: 0,
        elsewhere: run.checkRun ? 'the check run and the job summary' : 'the job summary and the log',
      });
      for (const annotation of plan.shown) emitAnnotation(annotation);
      if (failed.length > 0 && options.announceOutcome) core.error(describeRun(failed));
      if (plan.overflowNotice) core.notice(plan.overflowNotice, { title: 'steplog' });
      if (run.summary === 'always' || (run.summary === 'on-failure' && outcome.status !== 'success')) {
        await attempt('the job summary', () =>
          appendJobSummary(context.env, (maxBytes) => renderStepsSummary(records, outcome, { maxBytes })),
        );
      }
    },
  };
}

/** The failure sentence of a run: each step that did not succeed, in words. */
export function describeRun(failed: readonly ExecutionRecord[]): string {
  return failed.map(describeOutcome).join('; ');
}
