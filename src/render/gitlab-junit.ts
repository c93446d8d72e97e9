// The execution as a JUnit report (artifacts:reports:junit): GitLab shows it in the merge request's
// test summary and the pipeline's Tests tab. One test case per attempt, so a flaky step that passed
// on its second attempt still shows the failed first one. GitLab reads testcase@classname (shown
// as the suite), @name, @time and the failure/error text
// (https://docs.gitlab.com/ci/testing/unit_test_reports/).
import junitModule, { type Builder } from 'junit-report-builder';
import type { AttemptRecord, ExecutionRecord } from '../core/record.js';
import { formatDuration } from './format.js';
import { describeOutcome } from './outcome.js';
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

  if (record.attempts.length === 0) {
    // steplog could not start anything: one test case carries its error.
    const testCase = suite.testCase().className(name).name(name).time(0);
    testCase.error(describeOutcome(record), record.status, record.error ?? describeOutcome(record));
    return builder.build();
  }

  for (const attempt of record.attempts) {
    const testCase = suite
      .testCase()
      .className(name)
      .name(`${name} (attempt ${attempt.number})`)
      .time(seconds(attempt.durationMs ?? 0));
    const output = outputOf(record, attempt, options);
    switch (attempt.status) {
      case 'success':
        break;
      case 'failed':
        if (attempt.error !== null) testCase.error(attempt.error, 'error', output);
        else testCase.failure(describeAttempt(record, attempt), 'failed').stacktrace(output);
        break;
      case 'timed_out':
        testCase.failure(describeAttempt(record, attempt), 'timed_out').stacktrace(output);
        break;
      case 'cancelled':
      case 'running':
        // Cancelled (or cut short by a crash): not the command's failure, so an error, not a failure.
        testCase.error(describeAttempt(record, attempt), attempt.status, output);
        break;
    }
  }
  return builder.build();
}

/** One line for the failure's `message`: what ended the attempt. */
function describeAttempt(record: ExecutionRecord, attempt: AttemptRecord): string {
  switch (attempt.status) {
    case 'timed_out': {
      const idle = attempt.timeoutKind === 'idle';
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
