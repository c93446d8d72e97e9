// GitLab CI: the job log with collapsible sections, and the files the template's `artifacts:` pick
// up, all under `.steplog/` relative to the job's working directory (CI_PROJECT_DIR differs per
// runner and is fake under gitlab-ci-local, so it is never used).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError, messageOf } from '../core/errors.js';
import { parseBoolean, parseSize } from '../core/parse.js';
import { reportingEndFailure } from '../core/sink.js';
import { cleanLogText } from '../render/gitlab-section.js';
import { renderWarning } from '../sinks/console-lines.js';
import { createGitlabCodeQualitySink } from '../sinks/gitlab-codequality.js';
import { createGitlabConsoleRunSink } from '../sinks/gitlab-console.js';
import { createGitlabDotenvSink } from '../sinks/gitlab-dotenv.js';
import { createGitlabJunitRunSink } from '../sinks/gitlab-junit.js';
import { OUTPUT_PREFIX } from '../render/gitlab-dotenv.js';
import { createSummaryFileSink } from '../sinks/summary-file.js';
import { createReportFileSinks } from '../sinks/report-files.js';
import type { Platform, PlatformContext } from './platform.js';

/** Where every report goes; `.gitlab-ci-template.yml` lists the same paths under `artifacts:`. */
export const GITLAB_REPORT_DIR = '.steplog';
export const GITLAB_FILES = {
  log: 'steplog.jsonl',
  summary: 'summary.md',
  dotenv: 'steplog.env',
  junit: 'junit.xml',
  codequality: 'codequality.json',
} as const;

/** Below GitLab's default 4 MiB job log limit, leaving room for the job's other lines. */
export const DEFAULT_LOG_LIMIT = '3MiB';

export interface GitlabOptions {
  /** Bytes of the command's output printed to the job log (STEPLOG_LOG_LIMIT). */
  logLimit: number;
  /** Start the output sections collapsed (STEPLOG_COLLAPSED, the template's `collapsed` input). */
  collapsed: boolean;
  /** Before every dotenv variable name (STEPLOG_OUTPUT_PREFIX, the template's `output-prefix`). */
  outputPrefix: string;
}

/** GitLab-only settings from the environment; a bad value is an InputError naming the variable. */
export function readGitlabOptions(env: NodeJS.ProcessEnv): GitlabOptions {
  const value = (name: string, fallback: string) => (env[name]?.trim() ? env[name] : fallback);
  return {
    logLimit: parseSize('STEPLOG_LOG_LIMIT', value('STEPLOG_LOG_LIMIT', DEFAULT_LOG_LIMIT)),
    collapsed: parseBoolean('STEPLOG_COLLAPSED', value('STEPLOG_COLLAPSED', 'false')),
    outputPrefix: parseOutputPrefix(env.STEPLOG_OUTPUT_PREFIX?.trim() ?? ''),
  };
}

function parseOutputPrefix(value: string): string {
  if (!OUTPUT_PREFIX.test(value)) {
    throw new InputError(
      'STEPLOG_OUTPUT_PREFIX',
      value,
      'letters, digits and _ (not starting with a digit, at most 64), e.g. UNIT_',
    );
  }
  return value;
}

export const gitlabPlatform: Platform = {
  name: 'gitlab',
  defaultLogFile: (context) => reportPath(context, 'log'),
  async createSinks(run, context) {
    const { mode, settings, logFile } = run;
    const options = readGitlabOptions(context.env);
    await mkdir(path.join(context.cwd, GITLAB_REPORT_DIR), { recursive: true });
    const summaryFile = settings.summaryFile ?? reportPath(context, 'summary');
    const shown = (file: string) => displayPath(context.cwd, file);
    const detailsHint = `${shown(settings.summary === 'always' ? summaryFile : logFile)} (job artifacts)`;
    // A report that cannot be written when the run ends is a line in the job log, never a changed result.
    const sayUnwritten = (what: string) => (error: unknown) =>
      context.stdout.write(
        renderWarning(`the ${what} was not written: ${cleanLogText(messageOf(error), 2000)}`) + '\n',
      );
    return [
      reportingEndFailure(
        createGitlabDotenvSink(mode, {
          file: reportPath(context, 'dotenv'),
          prefix: options.outputPrefix,
          logFile: shown(logFile),
          summaryFile: shown(summaryFile),
          summary: settings.summary,
          stream: context.stdout,
          now: context.now,
        }),
        sayUnwritten('dotenv report'),
      ),
      reportingEndFailure(
        createGitlabJunitRunSink(mode, {
          file: reportPath(context, 'junit'),
          suite: context.env.CI_JOB_NAME?.trim() || 'steps',
        }),
        sayUnwritten('JUnit report'),
      ),
      reportingEndFailure(
        createGitlabCodeQualitySink(mode, reportPath(context, 'codequality')),
        sayUnwritten('Code Quality report'),
      ),
      reportingEndFailure(
        createSummaryFileSink(mode, summaryFile, settings.summary),
        sayUnwritten('summary'),
      ),
      // `junit-file` / `codequality-file`: a copy where the user asked, besides `.steplog/`.
      ...(await createReportFileSinks(run, context.env, sayUnwritten)),
      // Last: a run of steps ends with the console's result line, after every other sink's last word.
      createGitlabConsoleRunSink(mode, {
        stream: context.stdout,
        collapsed: options.collapsed,
        logLimit: options.logLimit,
        detailsHint,
        now: context.now,
      }),
    ];
  },
};

export function reportPath(context: PlatformContext, file: keyof typeof GITLAB_FILES): string {
  return path.join(context.cwd, GITLAB_REPORT_DIR, GITLAB_FILES[file]);
}

/** Relative to the job's directory when inside it (later jobs find artifacts there), else absolute. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : file;
}
