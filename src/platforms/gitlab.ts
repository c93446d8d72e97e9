// GitLab CI: the job log with collapsible sections, and the files the template's `artifacts:` pick
// up, all under `.steplog/` relative to the job's working directory (CI_PROJECT_DIR differs per
// runner and is fake under gitlab-ci-local, so it is never used).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseBoolean, parseSize } from '../core/parse.js';
import type { SummaryMode } from '../core/settings.js';
import type { Sink } from '../core/sink.js';
import { renderCodeQuality } from '../render/gitlab-codequality.js';
import { renderDotenv } from '../render/gitlab-dotenv.js';
import { createGitlabConsoleSink } from '../sinks/gitlab-console.js';
import { createGitlabJunitSink } from '../sinks/gitlab-junit.js';
import { createReportFileSink } from '../sinks/gitlab-report-file.js';
import { createSummaryFileSink } from '../sinks/summary-file.js';
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
}

/** GitLab-only settings from the environment; a bad value is an InputError naming the variable. */
export function readGitlabOptions(env: NodeJS.ProcessEnv): GitlabOptions {
  const value = (name: string, fallback: string) => (env[name]?.trim() ? env[name] : fallback);
  return {
    logLimit: parseSize('STEPLOG_LOG_LIMIT', value('STEPLOG_LOG_LIMIT', DEFAULT_LOG_LIMIT)),
    collapsed: parseBoolean('STEPLOG_COLLAPSED', value('STEPLOG_COLLAPSED', 'false')),
  };
}

export const gitlabPlatform: Platform = {
  name: 'gitlab',
  defaultLogFile: (context) => reportPath(context, 'log'),
  async createSinks(settings, context) {
    const options = readGitlabOptions(context.env);
    await mkdir(path.join(context.cwd, GITLAB_REPORT_DIR), { recursive: true });
    const logFile = settings.logFile ?? reportPath(context, 'log');
    const summaryFile = settings.summaryFile ?? reportPath(context, 'summary');
    const shown = (file: string) => displayPath(context.cwd, file);
    const detailsHint = `${shown(settings.summary === 'always' ? summaryFile : logFile)} (job artifacts)`;

    const sinks: Sink[] = [
      createGitlabConsoleSink({
        stream: context.stdout,
        collapsed: options.collapsed,
        logLimit: options.logLimit,
        detailsHint,
      }),
      createReportFileSink({
        name: 'dotenv report',
        file: reportPath(context, 'dotenv'),
        writeAtStart: true,
        render: (record) =>
          renderDotenv(record, {
            logFile: shown(logFile),
            summaryFile: writesSummary(settings.summary, record.status) ? shown(summaryFile) : null,
          }),
      }),
      createGitlabJunitSink({
        file: reportPath(context, 'junit'),
        outputLimit: settings.outputLimit,
        maxAttempts: settings.maxAttempts,
      }),
      createReportFileSink({
        name: 'Code Quality report',
        file: reportPath(context, 'codequality'),
        render: (record) => renderCodeQuality(record.annotations),
      }),
    ];
    if (settings.summary !== 'never') sinks.push(createSummaryFileSink(summaryFile, settings.summary));
    return sinks;
  },
  // Loaded only for the `steps` input, as the steps runner itself is.
  async createStepsReporter(run, context) {
    const { createGitlabStepsReporter } = await import('./gitlab-steps.js');
    return createGitlabStepsReporter(run, context);
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

/** The summary sink's own rule (summary-file.ts); `running` counts as a failure-to-be. */
export function writesSummary(mode: SummaryMode, status: string): boolean {
  return mode === 'always' || (mode === 'on-failure' && status !== 'success');
}
