// GitHub Actions: the job log with workflow commands stopped around the command's output, step
// outputs, annotations and the job summary. Used by the action (src/action/main.ts) and by the CLI
// when it runs inside a GitHub `run:` step. @actions/core reads GITHUB_OUTPUT, GITHUB_STEP_SUMMARY
// and writes workflow commands through process.env and process.stdout, so the context given here
// must be the process's own environment and stdout.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StepSettings } from '../core/settings.js';
import type { Sink } from '../core/sink.js';
import { createGithubStepsReporter, type GithubStepsReporter } from './github-steps.js';
import { createGithubAnnotationsSink } from '../sinks/github-annotations.js';
import { createGithubConsoleSink, type GithubConsoleSink } from '../sinks/github-console.js';
import { createGithubOutputsSink } from '../sinks/github-outputs.js';
import { createGithubSummarySink } from '../sinks/github-summary.js';
import type { Platform, PlatformContext } from './platform.js';

export interface GithubPlatformOptions {
  /**
   * Emit the "what happened" error annotation for a failed step from the annotations sink (the
   * CLI). The action leaves it to core.setFailed, which is the same annotation.
   */
  announceOutcome: boolean;
}

export interface GithubPlatform extends Platform {
  createStepsReporter(run: StepSettings, context: PlatformContext): Promise<GithubStepsReporter>;
  name: 'github';
  /** The console sinks created so far: the action resumes commands through them if all else failed. */
  readonly consoles: readonly Pick<GithubConsoleSink, 'resume'>[];
  /** Whether an outputs sink has written (or tried to write) the step outputs. */
  readonly outputsWritten: boolean;
}

/** Unique per step and process: GITHUB_ACTION names the step, RUNNER_TEMP is emptied after each job. */
export function defaultGithubLogFile(env: NodeJS.ProcessEnv): string {
  const step = (env.GITHUB_ACTION || 'step').replace(/[^A-Za-z0-9_.-]/g, '_');
  return path.join(env.RUNNER_TEMP || tmpdir(), 'steplog', `steplog-${step}-${process.pid}.jsonl`);
}

export function createGithubPlatform(options: GithubPlatformOptions): GithubPlatform {
  const consoles: Pick<GithubConsoleSink, 'resume'>[] = [];
  const outputs: { readonly written: boolean }[] = [];
  return {
    name: 'github',
    consoles,
    get outputsWritten() {
      return outputs.some((sink) => sink.written);
    },
    async createStepsReporter(run, context) {
      const reporter = createGithubStepsReporter(run, context, {
        announceOutcome: options.announceOutcome,
        logFile: run.logFile ?? defaultGithubLogFile(context.env),
      });
      consoles.push(reporter.gate);
      outputs.push({
        get written() {
          return reporter.outputsWritten;
        },
      });
      return reporter;
    },
    defaultLogFile: (context: PlatformContext) => defaultGithubLogFile(context.env),
    async createSinks(settings, context) {
      const consoleSink = createGithubConsoleSink({
        streams: context,
        masks: settings.masks,
        workflowCommands: settings.workflowCommands,
      });
      consoles.push(consoleSink);
      const outputsSink = createGithubOutputsSink(settings.logFile ?? defaultGithubLogFile(context.env));
      outputs.push(outputsSink);
      // Order matters: the console resumes commands at `end` before the others issue any.
      const sinks: Sink[] = [
        consoleSink,
        outputsSink,
        createGithubAnnotationsSink({
          announceOutcome: options.announceOutcome,
          elsewhere: [
            settings.checkRun ? 'the check run' : null,
            settings.summary === 'never' ? null : 'the job summary',
            'the JSON-lines log',
          ]
            .filter(Boolean)
            .join(', '),
        }),
      ];
      if (settings.summary !== 'never')
        sinks.push(createGithubSummarySink({ env: context.env, mode: settings.summary }));
      return sinks;
    },
  };
}

export const githubPlatform: Platform = createGithubPlatform({ announceOutcome: true });
