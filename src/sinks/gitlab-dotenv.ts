// The GitLab dotenv report (artifacts:reports:dotenv), read by later jobs. Written when the run
// starts (status `running`, so a job killed mid-run still hands a result to the jobs that need it)
// and again when it ends: a single command's record, or a run of steps' totals with STEPLOG_RESULTS
// while it fits (../render/gitlab-dotenv.ts).
import { messageOf } from '../core/errors.js';
import type { RunTotals } from '../core/run-span.js';
import { wantsSummary, type SummaryMode } from '../core/settings.js';
import type { RunMode, RunSink } from '../core/sink.js';
import { renderDotenv, renderStepsDotenv, runTotals } from '../render/gitlab-dotenv.js';
import { cleanLogText } from '../render/gitlab-section.js';
import { renderStepsResults } from '../render/steps-summary.js';
import { renderNote, renderWarning } from './console-lines.js';
import { writeFileAtomic } from './write-file.js';

export interface GitlabDotenvOptions {
  /** Absolute path. */
  file: string;
  /** The log and summary files as later jobs should see them. */
  logFile: string;
  summaryFile: string;
  summary: SummaryMode;
  /** Before every variable name (`output-prefix`); none by default. */
  prefix?: string;
  /** The job log, for the lines a run of steps says itself. */
  stream: NodeJS.WritableStream;
  now?: () => Date;
}

export function createGitlabDotenvSink(mode: RunMode, options: GitlabDotenvOptions): RunSink {
  const { file } = options;
  const name = `dotenv report (${file})`;
  /** The summary path only when a summary is (or, while running, may be) written. */
  const filesFor = (status: string) => ({
    prefix: options.prefix,
    logFile: options.logFile,
    summaryFile: wantsSummary(options.summary, status) ? options.summaryFile : null,
  });
  if (mode === 'command') {
    return {
      name,
      execution: () => ({
        name,
        onEvent(event) {
          if (event.type === 'start' || event.type === 'end') {
            writeFileAtomic(file, renderDotenv(event.record, filesFor(event.record.status)));
          }
        },
      }),
    };
  }
  const say = (line: string) => options.stream.write(line + '\n');
  const running: RunTotals = {
    status: 'running',
    deciding: null,
    exitCode: null,
    signal: null,
    timedOut: false,
    durationMs: null,
    startedAt: (options.now ?? (() => new Date()))().toISOString(),
    completedAt: null,
    attempts: 0,
  };
  try {
    writeFileAtomic(file, renderStepsDotenv(running, null, filesFor('running')).text);
  } catch (error) {
    // As a single command's dotenv sink: a warning, and the run goes on (its end tries again).
    say(renderWarning(`the dotenv report was not written: ${cleanLogText(messageOf(error), 2000)}`));
  }
  return {
    name,
    end({ records, outcome, internalError }) {
      if (internalError !== null) return;
      const totals = runTotals(records, outcome);
      const dotenv = renderStepsDotenv(totals, renderStepsResults(records), filesFor(outcome.status));
      writeFileAtomic(file, dotenv.text);
      if (dotenv.resultsLeftOut !== null) {
        say(
          renderNote(
            `STEPLOG_RESULTS (${dotenv.resultsLeftOut} bytes) is left out of the dotenv report, which GitLab takes only under 5 KB; every step's result is in ${options.logFile} and the JUnit report`,
          ),
        );
      }
    },
  };
}
