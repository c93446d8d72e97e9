// The execution as a JUnit report: GitLab's merge-request test summary and Tests tab, Jenkins' `junit`
// step, CircleCI's `store_test_results`, Buildkite Test Engine and Azure's PublishTestResults all
// read it. One test case per execution with its final result: a step that passed on its second
// attempt is a passed test (the merge request shows no failure), and its earlier attempts, with their
// output, are in the case's system-out. GitLab reads testcase@classname (shown as the suite), @name,
// @time and the failure/error text (https://docs.gitlab.com/ci/testing/unit_test_reports/). A run of
// several steps is one test case per step (renderStepsJunit).
import junitModule, { type Builder, type TestSuite } from 'junit-report-builder';
import { hostFailure } from '../ansible/results.js';
import type { AttemptRecord, ExecutionRecord } from '../core/record.js';
import { decidingRecord, runSpan } from '../core/run-span.js';
import { formatDuration, plural } from './format.js';
import { describeOutcome } from './outcome.js';
import { executionUsage } from './resources.js';
import { cleanLogText } from './gitlab-section.js';

// The package's types declare an ES default export, but its CommonJS entry assigns the builder to
// module.exports, which is what Node and ncc hand to a default import. Accept either shape.
const junitReportBuilder = ((junitModule as unknown as { default?: Builder }).default ??
  junitModule) as unknown as Builder;

export interface JunitOptions {
  /** The output tail of each attempt (masked, ANSI stripped), by attempt number. */
  attemptOutput?: ReadonlyMap<number, string>;
}

export function renderJunit(record: ExecutionRecord, options: JunitOptions = {}): string {
  const builder = junitReportBuilder.newBuilder();
  const name = cleanLogText(record.name);
  const suite = builder.testSuite().name(name);
  if (record.startedAt) suite.timestamp(record.startedAt);
  if (record.durationMs !== null) suite.time(seconds(record.durationMs));
  const testCase = suite
    .testCase()
    .className(name)
    .name(name)
    .time(seconds(record.durationMs ?? 0));

  const last = record.attempts.at(-1);
  if (last === undefined) {
    // steplog could not start anything: the test case carries its error.
    testCase.error(describeOutcome(record), record.status, record.error ?? describeOutcome(record));
    return builder.build();
  }
  addUsage(suite, record, null);
  const output = outputOf(record, last, options);
  const which = record.maxAttempts > 1 ? ` (attempt ${last.number} of ${record.maxAttempts})` : '';
  switch (record.status) {
    case 'success':
      break;
    case 'failed':
      if (last.error !== null) testCase.error(last.error, 'error', output);
      else testCase.failure(describeAttempt(record, last) + which, 'failed').stacktrace(output);
      break;
    case 'timed_out':
      testCase.failure(describeAttempt(record, last) + which, 'timed_out').stacktrace(output);
      break;
    default:
      // Cancelled (or cut short by a crash): not the command's failure, so an error, not a failure.
      testCase.error(describeAttempt(record, last), record.status, output);
  }
  const earlier = record.attempts.slice(0, -1);
  if (earlier.length > 0) testCase.standardOutput(earlierAttempts(record, earlier, options));
  addAnsibleHosts(suite, name, record);
  return builder.build();
}

/**
 * An Ansible run: one more test case per host (`deploy: web1`), failing with why (`1 failed task`,
 * `unreachable`), so the merge request counts the hosts that failed.
 */
function addAnsibleHosts(suite: TestSuite, className: string, record: ExecutionRecord): void {
  for (const host of record.ansible?.hosts ?? []) {
    const testCase = suite
      .testCase()
      .className(className)
      .name(`${className}: ${cleanLogText(host.host)}`);
    const failure = hostFailure(host);
    const counts = `ok=${host.ok} changed=${host.changed} unreachable=${host.unreachable} failed=${host.failed} skipped=${host.skipped} rescued=${host.rescued} ignored=${host.ignored}`;
    if (failure !== null)
      testCase.failure(`${record.ansible!.command}: ${failure}`, 'failed').stacktrace(counts);
    else testCase.standardOutput(counts);
  }
}

/**
 * The tree's peak memory over every attempt and the CPU of them all, as properties of the suite:
 * the JUnit model Jenkins, CircleCI and Azure read has properties on suites only. A run of steps
 * names each step's in the key (`steplog.<test case>.peak_memory_bytes`).
 */
function addUsage(suite: TestSuite, record: ExecutionRecord, testCase: string | null): void {
  const usage = executionUsage(record);
  if (!usage) return;
  const key = testCase === null ? 'steplog' : `steplog.${testCase}`;
  suite.property(`${key}.peak_memory_bytes`, String(usage.peakRssBytes));
  suite.property(`${key}.cpu_ms`, String(usage.cpuMs));
}

/** What each attempt before the last ended with, and its output: a retried step's history. */
function earlierAttempts(
  record: ExecutionRecord,
  attempts: readonly AttemptRecord[],
  options: JunitOptions,
): string {
  const intro =
    record.status === 'success'
      ? `${describeOutcome(record)}; the attempts before it did not succeed:`
      : `${plural(attempts.length, 'earlier attempt')} did not succeed either:`;
  const parts = attempts.map(
    (attempt) =>
      `--- attempt ${attempt.number} of ${record.maxAttempts}: ${describeAttempt(record, attempt)}, ` +
      `after ${formatDuration(attempt.durationMs ?? 0)}\n${outputOf(record, attempt, options)}`,
  );
  return [intro, ...parts].join('\n\n');
}

/** One line for the failure's `message`: what ended the attempt. */
function describeAttempt(record: ExecutionRecord, attempt: AttemptRecord): string {
  switch (attempt.status) {
    case 'timed_out': {
      const idle = attempt.timeoutKind === 'idle';
      if (attempt.timeoutKind === 'total') {
        return `total-timeout ${formatDuration(record.limits.totalTimeoutMs ?? 0)} reached (${describeExit(attempt)})`;
      }
      const limit = idle ? record.limits.idleTimeoutMs : record.limits.timeoutMs;
      const what = idle ? 'timed out without output' : 'timed out';
      return `${what}${limit > 0 ? ` after ${formatDuration(limit)}` : ''} (${describeExit(attempt)})`;
    }
    case 'cancelled':
      return `cancelled${record.cancelSignal ? ` (steplog received ${record.cancelSignal})` : ''}`;
    case 'running':
      return 'did not finish';
    default:
      return describeExit(attempt);
  }
}

/** The attempt's own tail when the sink kept one; the record's tails for the last attempt otherwise. */
function outputOf(record: ExecutionRecord, attempt: AttemptRecord, options: JunitOptions): string {
  const kept = options.attemptOutput?.get(attempt.number);
  if (kept !== undefined) return kept || '(no output)';
  if (attempt.number !== record.attempts.length) return '(output not kept)';
  const parts = [record.stdout.tail, record.stderr.tail].filter(Boolean);
  return parts.length > 0 ? parts.join('\n') : '(no output)';
}

function describeExit(attempt: AttemptRecord): string {
  if (attempt.signal !== null) return `killed by ${attempt.signal}`;
  return attempt.exitCode === null ? 'no exit code' : `exit code ${attempt.exitCode}`;
}

/** JUnit times are seconds; milliseconds precision is all the record has. */
function seconds(ms: number): number {
  return Math.round(ms) / 1000;
}

export interface StepsJunitOptions {
  /** The suite every step's test case belongs to (GitLab shows testcase@classname as the suite). */
  suite: string;
  /** The run's status: tells a run cancelled as a whole from steps stopped by fail-fast. */
  outcome: { status: ExecutionRecord['status'] };
  /** Each step's output tail (masked, ANSI stripped) from its last attempt, by step id. */
  stepOutput?: ReadonlyMap<string, string>;
}

/**
 * A run of several steps: one test case per step, named after it, timed by it, and failing with
 * its last attempt's output tail. A cancelled step did not fail on its own (fail-fast stopped it,
 * or the job was cancelled): it is `skipped`, with the reason and its output in system-out, so
 * the merge request's failed count is the steps that failed. steplog's own error is an `error`.
 */
export function renderStepsJunit(records: readonly ExecutionRecord[], options: StepsJunitOptions): string {
  const builder = junitReportBuilder.newBuilder();
  const suiteName = cleanLogText(options.suite) || 'steps';
  const suite = builder.testSuite().name(suiteName);
  const span = runSpan(records);
  if (span.startedAt) suite.timestamp(span.startedAt);
  if (span.durationMs !== null) suite.time(seconds(span.durationMs));
  const firstFailure = decidingRecord(records);
  const names = new Set<string>();

  for (const record of records) {
    let name = cleanLogText(record.name) || 'step';
    // GitLab counts only the first of several test cases with one name.
    if (names.has(name) && record.stepId) name = `${name} (${record.stepId})`;
    names.add(name);
    const testCase = suite
      .testCase()
      .className(suiteName)
      .name(name)
      .time(seconds(record.durationMs ?? 0));
    addUsage(suite, record, name);
    const kept = record.stepId === null ? undefined : options.stepOutput?.get(record.stepId);
    const last = record.attempts.at(-1);
    const output = kept !== undefined ? kept || '(no output)' : last ? outputOf(record, last, {}) : '';
    const which = record.maxAttempts > 1 && last ? ` (attempt ${last.number} of ${record.maxAttempts})` : '';
    switch (record.status) {
      case 'success':
        break;
      case 'timed_out':
        testCase.failure(describeAttempt(record, last!) + which, 'timed_out').stacktrace(output);
        break;
      case 'cancelled': {
        const why =
          options.outcome.status !== 'cancelled' && firstFailure
            ? `${last ? 'stopped' : 'not started'}: fail-fast cancelled the other steps after ${describeOutcome(firstFailure)}`
            : describeOutcome(record);
        testCase.skipped().standardOutput(last ? `${why}\n\n${output}` : why);
        break;
      }
      default:
        // failed, or (a crash) still running.
        if (last === undefined || record.error !== null) {
          testCase.error(describeOutcome(record), 'error', last ? output : (record.error ?? ''));
        } else if (record.status === 'failed') {
          testCase.failure(describeAttempt(record, last) + which, 'failed').stacktrace(output);
        } else {
          testCase.error(describeAttempt(record, last), record.status, output);
        }
    }
    addAnsibleHosts(suite, name, record);
  }
  return builder.build();
}
