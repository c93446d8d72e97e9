// GitLab CI for a run of several steps (the `steps` input). Every step's logger gets a console sink
// and an output tail; once all have ended, the run writes the same files as a single step, in the
// same places (`.steplog/`, see ./gitlab.ts), for the run as a whole:
// - job log: steps one after another each get their collapsible sections; steps in parallel get
//   `[<step id>] ` before each output line instead (sections cannot hold interleaved lines). One
//   log limit for every step together (it is the job's), one line for what was withheld, and the
//   run's result as the last line.
// - dotenv: the run's totals under the single-step names, STEPLOG_RESULTS while it fits (../render/
//   gitlab-dotenv.ts); JUnit: one test case per step (../render/gitlab-junit.ts); Code Quality: every
//   step's annotations; summary.md: renderStepsSummary, as `summary` says.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { messageOf } from '../core/errors.js';
import { lastBytes } from '../core/output-stream.js';
import type { ExecutionRecord } from '../core/record.js';
import type { StepSettings } from '../core/settings.js';
import type { Sink } from '../core/sink.js';
import { renderCodeQuality } from '../render/gitlab-codequality.js';
import { renderStepsDotenv, runTotals, type RunTotals } from '../render/gitlab-dotenv.js';
import { renderStepsJunit } from '../render/gitlab-junit.js';
import { cleanLogText } from '../render/gitlab-section.js';
import { renderStepsResults, renderStepsSummary } from '../render/steps-summary.js';
import { waitForDrain } from '../sinks/console-plain.js';
import {
  createGitlabConsoleSink,
  createLogBudget,
  renderRunResultLine,
  renderWithheldLine,
} from '../sinks/gitlab-console.js';
import { JUNIT_OUTPUT_BUDGET, TailBuffer } from '../sinks/gitlab-junit.js';
import { writeFileAtomic } from '../sinks/gitlab-report-file.js';
import type { StepDefinition } from '../steps/parse-steps.js';
import { GITLAB_REPORT_DIR, displayPath, readGitlabOptions, reportPath, writesSummary } from './gitlab.js';
import type { PlatformContext, StepsReporter } from './platform.js';

export interface GitlabStepsOptions {
  /** Injected by tests. */
  now?: () => Date;
}

export async function createGitlabStepsReporter(
  run: StepSettings,
  context: PlatformContext,
  options: GitlabStepsOptions = {},
): Promise<StepsReporter> {
  const now = options.now ?? (() => new Date());
  const gitlab = readGitlabOptions(context.env);
  await mkdir(path.join(context.cwd, GITLAB_REPORT_DIR), { recursive: true });
  const logFile = run.logFile ?? reportPath(context, 'log');
  const summaryFile = run.summaryFile ?? reportPath(context, 'summary');
  const shown = (file: string) => displayPath(context.cwd, file);
  const detailsHint = `${shown(run.summary === 'always' ? summaryFile : logFile)} (job artifacts)`;
  const filesFor = (status: string) => ({
    logFile: shown(logFile),
    summaryFile: writesSummary(run.summary, status) ? shown(summaryFile) : null,
  });
  const budget = createLogBudget(gitlab.logLimit);
  /** Each step's last attempt's output, in order, by step id. */
  const tails = new Map<string, string>();
  const say = (line: string) => context.stdout.write(line + '\n');

  // Written before any step runs, as a single step does at its start: a job killed mid-run (GitLab's
  // own timeout) still hands `running` to the jobs that need it.
  const running: RunTotals = {
    status: 'running',
    deciding: null,
    exitCode: null,
    signal: null,
    timedOut: false,
    durationMs: null,
    startedAt: now().toISOString(),
    completedAt: null,
    attempts: 0,
  };
  try {
    writeFileAtomic(
      reportPath(context, 'dotenv'),
      renderStepsDotenv(running, null, filesFor('running')).text,
    );
  } catch (error) {
    // As a single step's dotenv sink: a warning, and the run goes on (finish() tries again).
    say(`steplog: warning: the dotenv report was not written: ${cleanLogText(messageOf(error), 2000)}`);
  }

  return {
    sinksFor(step: StepDefinition, parallel: boolean): Sink[] {
      return [
        createGitlabConsoleSink({
          stream: context.stdout,
          collapsed: gitlab.collapsed,
          logLimit: gitlab.logLimit,
          detailsHint,
          budget,
          linePrefix: parallel ? `[${step.id}] ` : undefined,
          now,
        }),
        createStepTailSink(step.id, step.settings.outputLimit, tails),
      ];
    },

    async finish(records: readonly ExecutionRecord[], outcome) {
      const totals = runTotals(records, outcome);
      // A report that cannot be written is a warning in the log, never a change in the result.
      const write = (what: string, render: () => void) => {
        try {
          render();
        } catch (error) {
          say(`steplog: warning: the ${what} was not written: ${cleanLogText(messageOf(error), 2000)}`);
        }
      };
      write('summary', () => {
        if (writesSummary(run.summary, outcome.status)) {
          writeFileAtomic(summaryFile, renderStepsSummary(records, outcome));
        }
      });
      write('dotenv report', () => {
        const dotenv = renderStepsDotenv(totals, renderStepsResults(records), filesFor(outcome.status));
        writeFileAtomic(reportPath(context, 'dotenv'), dotenv.text);
        if (dotenv.resultsLeftOut !== null) {
          say(
            `steplog: STEPLOG_RESULTS (${dotenv.resultsLeftOut} bytes) is left out of the dotenv report, which GitLab takes only under 5 KB; every step's result is in ${shown(logFile)} and the JUnit report`,
          );
        }
      });
      write('JUnit report', () => {
        // Every step's share of the budget keeps the file far under GitLab's 30 MB.
        const share = Math.max(1, Math.floor(JUNIT_OUTPUT_BUDGET / Math.max(1, records.length)));
        const stepOutput = new Map([...tails].map(([id, text]) => [id, lastBytes(text, share).text]));
        const suite = context.env.CI_JOB_NAME?.trim() || 'steps';
        writeFileAtomic(
          reportPath(context, 'junit'),
          renderStepsJunit(records, { suite, outcome, stepOutput }),
        );
      });
      write('Code Quality report', () => {
        writeFileAtomic(
          reportPath(context, 'codequality'),
          renderCodeQuality(records.flatMap((record) => record.annotations)),
        );
      });
      const withheld = renderWithheldLine(budget, detailsHint);
      if (withheld !== null) say(withheld);
      // Always the last line, whatever was cut before it.
      say(renderRunResultLine(records, totals, outcome.exitStatus));
      await waitForDrain(context.stdout);
    },
  };
}

/** Keeps the last attempt's output of one step (masked, ANSI stripped, in order) for its test case. */
function createStepTailSink(stepId: string, limit: number, tails: Map<string, string>): Sink {
  let tail = new TailBuffer(limit);
  let attempted = false;
  return {
    name: `JUnit output of step ${stepId}`,
    onEvent(event) {
      if (event.type === 'attempt-start') {
        tail = new TailBuffer(limit);
        attempted = true;
      } else if (event.type === 'end' && attempted) {
        tails.set(stepId, tail.text());
      }
    },
    onOutput(batch) {
      tail.push(batch);
    },
  };
}
