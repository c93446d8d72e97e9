// GitHub Actions: the job log with workflow commands stopped around the command's output, step
// outputs, annotations and the job summary; with the action, also the step's failure in words and
// the pull-request feedback. Used by the action (src/action/main.ts) and by the CLI when it runs
// inside a GitHub `run:` step. @actions/core reads GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and writes
// workflow commands through process.env and process.stdout, so the context given here must be the
// process's own environment and stdout.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messageOf } from '../core/errors.js';
import { reportingEndFailure, type RunSink } from '../core/sink.js';
import * as core from '../sinks/actions-toolkit.js';
import { createGithubAnnotationsRunSink } from '../sinks/github-annotations.js';
import { createGithubConsoleRunSink } from '../sinks/github-console.js';
import { createGithubFeedbackSink } from '../sinks/github-feedback.js';
import { createGithubOutputsSink } from '../sinks/github-outputs.js';
import { createGithubStepResultSink } from '../sinks/github-step-result.js';
import { createGithubSummarySink } from '../sinks/github-summary.js';
import { createReportFileSinks } from '../sinks/report-files.js';
import type { Platform, PlatformContext } from './platform.js';

export interface GithubPlatformOptions {
  /**
   * Emit the "what happened" error annotation for a failed step from the annotations sink (the
   * CLI). The action leaves it to core.setFailed, which is the same annotation.
   */
  announceOutcome: boolean;
  /** The action: fail the step in words, and publish the pull-request feedback with this token. */
  action?: { githubToken: string };
}

/** Unique per step and process: GITHUB_ACTION names the step, RUNNER_TEMP is emptied after each job. */
export function defaultGithubLogFile(env: NodeJS.ProcessEnv): string {
  const step = (env.GITHUB_ACTION || 'step').replace(/[^A-Za-z0-9_.-]/g, '_');
  return path.join(env.RUNNER_TEMP || tmpdir(), 'steplog', `steplog-${step}-${process.pid}.jsonl`);
}

/** A report that cannot be written at the run's end is a warning annotation, never a changed result. */
const warnUnwritten = (what: string) => (error: unknown) =>
  core.warning(`could not write ${what}: ${messageOf(error)}`, { title: 'steplog' });

export function createGithubPlatform(options: GithubPlatformOptions): Platform {
  return {
    name: 'github',
    defaultLogFile: (context: PlatformContext) => defaultGithubLogFile(context.env),
    async createSinks(run, context) {
      const { mode, settings } = run;
      // Order matters: the console resumes commands before the others issue any.
      const sinks: RunSink[] = [
        createGithubConsoleRunSink(mode, {
          streams: context,
          masks: settings.masks,
          workflowCommands: settings.workflowCommands,
        }),
        reportingEndFailure(createGithubOutputsSink(mode, run.logFile), warnUnwritten('the step outputs')),
        createGithubAnnotationsRunSink(run, options.announceOutcome),
        reportingEndFailure(
          createGithubSummarySink({ env: context.env, mode, summary: settings.summary }),
          warnUnwritten('the job summary'),
        ),
        ...(await createReportFileSinks(run, context.env, (what) => warnUnwritten(`the ${what}`))),
      ];
      if (options.action) {
        sinks.push(
          createGithubStepResultSink(),
          createGithubFeedbackSink({ settings, token: options.action.githubToken, env: context.env }),
        );
      }
      return sinks;
    },
  };
}

export const githubPlatform: Platform = createGithubPlatform({ announceOutcome: true });
