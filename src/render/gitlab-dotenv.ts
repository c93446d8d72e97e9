// The step outputs as a GitLab dotenv report (artifacts:reports:dotenv), read by later jobs.
// GitLab's parser (Ci::ParseDotenvArtifactService) is stricter than the dotenv format: every line
// is KEY=value (no blank lines, no comments, no multi-line values, quotes kept literally), the file
// must stay under 5 KB, and self-managed instances accept 20 variables by default. The command's
// output tails are deliberately not exported here: they would break every one of those rules.
//
// A run of several steps (the `steps` input) exports the same variables for the run as a whole
// (runTotals), plus STEPLOG_RESULTS, one JSON line of every step's result, only while the file
// stays within those rules; past 5 KB (about 20 steps) it is left out and the log says so.
import type { ExecutionRecord } from '../core/record.js';

/** The file must be smaller than this (`artifact.file.size < dotenv_size_limit`, 5.kilobytes). */
export const DOTENV_MAX_BYTES = 5 * 1024;
/** Self-managed default of the `dotenv_variables` plan limit (gitlab.com allows 50 to 150). */
export const DOTENV_MAX_VARIABLES = 20;
const KEY = /^[A-Za-z0-9_]{1,255}$/;

export interface DotenvFiles {
  /** Paths as later jobs should see them (relative to the project directory when inside it). */
  logFile: string | null;
  summaryFile: string | null;
  /**
   * Put before every variable name (`UNIT_` gives `UNIT_STEPLOG_STATUS`), so two steplog jobs in one
   * `needs:` do not overwrite each other's variables (the template's `output-prefix`). Default none.
   */
  prefix?: string;
}

/** What an output prefix may be: the start of a dotenv variable name. */
export const OUTPUT_PREFIX = /^([A-Za-z_][A-Za-z0-9_]{0,63})?$/;

/** The variables, in a fixed order. Values are single-line strings; empty when unknown. */
export function dotenvEntries(
  record: Pick<
    ExecutionRecord,
    'status' | 'exitCode' | 'signal' | 'timedOut' | 'durationMs' | 'startedAt' | 'completedAt'
  > & { attempts: { length: number } },
  files: DotenvFiles,
): Array<[string, string]> {
  return [
    ['STEPLOG_STATUS', record.status],
    ['STEPLOG_EXIT_CODE', record.exitCode === null ? '' : String(record.exitCode)],
    ['STEPLOG_SIGNAL', record.signal ?? ''],
    ['STEPLOG_TIMED_OUT', String(record.timedOut)],
    ['STEPLOG_DURATION_MS', record.durationMs === null ? '' : String(record.durationMs)],
    ['STEPLOG_STARTED_AT', record.startedAt ?? ''],
    ['STEPLOG_COMPLETED_AT', record.completedAt ?? ''],
    ['STEPLOG_ATTEMPTS', String(record.attempts.length)],
    // Not STEPLOG_LOG_FILE / STEPLOG_SUMMARY_FILE: those are steplog's own input variables, and a
    // later steplog job that `needs:` this one would inherit them (dotenv outranks job variables).
    ['STEPLOG_LOG_PATH', files.logFile ?? ''],
    ['STEPLOG_SUMMARY_PATH', files.summaryFile ?? ''],
  ];
}

export function renderDotenv(record: ExecutionRecord, files: DotenvFiles): string {
  const text = formatDotenv(dotenvEntries(record, files), files.prefix);
  const problems = validateDotenv(text);
  if (problems.length > 0) throw new Error(`the dotenv report breaks GitLab's rules: ${problems.join('; ')}`);
  return text;
}

import type { RunTotals } from '../core/run-span.js';
export { runTotals, type RunTotals } from '../core/run-span.js';

export const RESULTS_KEY = 'STEPLOG_RESULTS';

export interface StepsDotenv {
  text: string;
  /** Bytes STEPLOG_RESULTS would have taken when it was left out to keep the file valid; else null. */
  resultsLeftOut: number | null;
}

/**
 * The run's totals under the single-step names, then STEPLOG_RESULTS (renderStepsResults' JSON)
 * when the whole file still meets GitLab's rules.
 */
export function renderStepsDotenv(
  totals: RunTotals,
  results: string | null,
  files: DotenvFiles,
): StepsDotenv {
  const entries = dotenvEntries(
    {
      status: totals.status,
      exitCode: totals.exitCode,
      signal: totals.signal,
      timedOut: totals.timedOut,
      durationMs: totals.durationMs,
      startedAt: totals.startedAt,
      completedAt: totals.completedAt,
      attempts: { length: totals.attempts },
    },
    files,
  );
  const text = formatDotenv(entries, files.prefix);
  const problems = validateDotenv(text);
  if (problems.length > 0) throw new Error(`the dotenv report breaks GitLab's rules: ${problems.join('; ')}`);
  if (results === null) return { text, resultsLeftOut: null };
  const line = `${files.prefix ?? ''}${RESULTS_KEY}=${dotenvJson(results)}\n`;
  if (validateDotenv(text + line).length > 0) return { text, resultsLeftOut: Buffer.byteLength(line) };
  return { text: text + line, resultsLeftOut: null };
}

/**
 * JSON that GitLab keeps as written: no spaces (GitLab's documented rule), no `$` (dotenv values
 * are expanded as variable references in later jobs), ASCII only. Inside JSON strings, where all of
 * them can only be, `\u` escapes mean the same characters to JSON.parse.
 */
export function dotenvJson(json: string): string {
  return json.replace(/[\s$\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatDotenv(entries: ReadonlyArray<[string, string]>, prefix = ''): string {
  return entries.map(([key, value]) => `${prefix}${key}=${singleLine(value)}\n`).join('');
}

/** GitLab's dotenv rules, as a list of problems (empty when the text is accepted). */
export function validateDotenv(text: string): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes >= DOTENV_MAX_BYTES) problems.push(`${bytes} bytes, the limit is under ${DOTENV_MAX_BYTES}`);
  if (text.charCodeAt(0) === 0xfeff) problems.push('starts with a byte order mark');
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  const keys = new Set<string>();
  lines.forEach((line, index) => {
    const at = `line ${index + 1}`;
    const eq = line.indexOf('=');
    if (eq === -1) return problems.push(`${at} is not KEY=value`);
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    if (!KEY.test(key)) problems.push(`${at}: key ${JSON.stringify(key)} is not made of A-Z, a-z, 0-9 and _`);
    if (keys.has(key)) problems.push(`${at}: key ${key} repeats`);
    keys.add(key);
    if (value !== value.trim()) problems.push(`${at}: the value has surrounding spaces (GitLab strips them)`);
    if (/[\r\0]/.test(value)) problems.push(`${at}: the value holds a control character`);
  });
  if (keys.size > DOTENV_MAX_VARIABLES) {
    problems.push(`${keys.size} variables, the self-managed default limit is ${DOTENV_MAX_VARIABLES}`);
  }
  return problems;
}

/** Paths are the only values that could carry odd characters: keep them on one line. */
function singleLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
