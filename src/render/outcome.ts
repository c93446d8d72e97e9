// What happened, in words, built once for every place that says it: the failure annotation, the
// summary's sentence, and the final line of every console (CLI, GitHub, GitLab). One pattern:
//
//   steplog <icon> <name>: <outcome>[ on attempt N of M][ in <duration>][ (<usage>)][; <detail>]…
//
//   steplog ✔ build: succeeded in 1.2s (312 MiB peak, 2.1s CPU)
//   steplog ✖ build: failed with exit code 3 on attempt 2 of 2 in 1.1s
//   steplog ⏱ build: timed out after 5m; killed with SIGKILL after 10s grace; exit status 124
//   steplog ⏱ build: timed out: idle, no output for 1m; stopped with SIGTERM; exit status 124
//   steplog ⊘ lint: not started (fail-fast)
//
// The summary and the annotations say the same as a sentence, the name in backticks and no
// duration but for a success: "`build` failed with exit code 3 on attempt 2 of 2". The exit
// status is said only where it is news (not after "exit code 3" when steplog exits with 3), usage
// only where it was measured.
import { describeAnsibleFailure } from '../ansible/results.js';
import type { AttemptRecord, ExecutionRecord } from '../core/record.js';
import type { RunTotals } from '../core/run-span.js';
import { describeOutOfMemory } from './container.js';
import { formatDuration, plural } from './format.js';
import { escapeInline, inlineCode, truncateText } from './markdown.js';
import { describeUsage, executionUsage, measuredUsage } from './resources.js';

/** A name longer than this is cut: it defaults to the first line of `run`, which can be long. */
export const MAX_NAME_CHARS = 200;

interface Spelling {
  /** The name. */
  code(text: string): string;
  /** Any other text from the record (errors, signals). */
  text(text: string): string;
}

const plain: Spelling = { code: (text) => `\`${text}\``, text: (text) => text };
const markdown: Spelling = { code: inlineCode, text: escapeInline };
/** The console's spelling: the name bare, before a colon. */
const bare: Spelling = { code: (text) => text, text: (text) => text };

export const OUTCOME_ICONS: Record<ExecutionRecord['status'], string> = {
  pending: '⊘',
  running: '▶',
  success: '✔',
  failed: '✖',
  timed_out: '⏱',
  cancelled: '⊘',
};

/**
 * e.g. "`build` timed out after 5m on attempt 2 of 3; killed with SIGKILL after 10s grace",
 * "`build` failed with exit code 2", "steplog could not run `build`: <error>". No final period.
 */
export function describeOutcome(record: ExecutionRecord): string {
  return sentence(record, plain);
}

/** The same sentence as inline markdown, every piece of the record escaped. */
export function describeOutcomeMarkdown(record: ExecutionRecord): string {
  return sentence(record, markdown);
}

/**
 * The failure sentence of a run of several: each step that failed or timed out in words, then
 * how many others were cancelled or never started (fail-fast or a cancel stopped them: saying why
 * for each would name the same cause again and again). Only when none failed on its own are the
 * cancelled ones described.
 */
export function describeRun(notSucceeded: readonly ExecutionRecord[]): string {
  const failed = notSucceeded.filter((r) => r.status === 'failed' || r.status === 'timed_out');
  const stopped = notSucceeded.filter((r) => r.status === 'cancelled' || r.status === 'pending');
  if (failed.length === 0) return stopped.map(describeOutcome).join('; ');
  const said = failed.map(describeOutcome);
  const counts = stoppedCounts(stopped);
  return counts ? `${said.join('; ')}; ${counts}` : said.join('; ');
}

/** The last line of a console for one execution (see the pattern at the top). */
export function renderOutcomeLine(record: ExecutionRecord): string {
  const p = parts(record, bare, true);
  const name = truncateText(record.name, MAX_NAME_CHARS);
  return `steplog ${OUTCOME_ICONS[record.status]} ${name}: ${[p.head, ...p.details].join('; ')}`;
}

/**
 * The last line of a run of several steps, the run in the place of the name: "steplog ✖ 3 steps
 * in 4.1s: 1 succeeded, 1 failed, 1 not started; `unit tests` failed with exit code 5".
 */
export function renderRunOutcomeLine(
  records: readonly ExecutionRecord[],
  totals: RunTotals,
  exitStatus: number,
): string {
  const took = totals.durationMs === null ? '' : ` in ${formatDuration(totals.durationMs)}`;
  const succeeded = records.filter((r) => r.status === 'success').length;
  const counts =
    succeeded === records.length ? 'all succeeded' : `${succeeded} succeeded, ${statusCounts(records)}`;
  const head = `${plural(records.length, 'step')}${took}: ${counts}`;
  const details: string[] = [];
  // A cancelled run ends with the cancel's status, whatever a step did before.
  const deciding = totals.status !== 'success' && totals.status !== 'cancelled' ? totals.deciding : null;
  if (deciding) details.push(describeOutcome(deciding));
  else if (totals.status === 'cancelled') details.push('the run was cancelled');
  if (totals.status !== 'success' && !(deciding && saysExitStatus(deciding, exitStatus))) {
    details.push(`exit status ${exitStatus}`);
  }
  return `steplog ${OUTCOME_ICONS[totals.status]} ${[head, ...details].join('; ')}`;
}

/** A step cancelled before its first attempt: nothing of it ran. */
export function notStarted(record: ExecutionRecord): boolean {
  return (
    (record.status === 'cancelled' || record.status === 'pending') &&
    record.attempts.length === 0 &&
    record.error === null
  );
}

/** "1 failed, 1 timed out, 2 cancelled, 1 not started". */
function statusCounts(records: readonly ExecutionRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of records) {
    if (r.status === 'success') continue;
    const word = notStarted(r) ? 'not started' : r.status.replace('_', ' ');
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const order = ['failed', 'timed out', 'cancelled', 'not started', 'running'];
  return [...counts]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([word, n]) => `${n} ${word}`)
    .join(', ');
}

/** "1 other step cancelled, 2 not started (fail-fast)", or '' when there are none. */
function stoppedCounts(stopped: readonly ExecutionRecord[]): string {
  if (stopped.length === 0) return '';
  const started = stopped.filter((r) => !notStarted(r)).length;
  const words = [
    started > 0 ? `${started} cancelled` : '',
    stopped.length - started > 0 ? `${stopped.length - started} not started` : '',
  ].filter(Boolean);
  const failFast = stopped.every((r) => r.cancelReason?.startsWith('fail-fast'));
  return `${plural(stopped.length, 'other step').replace(/^\d+ /, '')}: ${words.join(', ')}${failFast ? ' (fail-fast)' : ''}`;
}

function sentence(record: ExecutionRecord, say: Spelling): string {
  const p = parts(record, say, false);
  const name = say.code(truncateText(record.name, MAX_NAME_CHARS));
  const head = p.subjectless ? p.head : `${name} ${p.head}`;
  return [head, ...p.details.filter((d) => !d.startsWith('exit status'))].join('; ');
}

interface Parts {
  /** The outcome: "failed with exit code 3 on attempt 2 of 2 in 1.1s (4 MiB peak, 10ms CPU)". */
  head: string;
  /** "killed with SIGKILL after 10s grace", "not retried: …", "exit status 124". */
  details: string[];
  /** The head names the execution itself ("steplog could not run `x`: …"). */
  subjectless?: boolean;
}

/**
 * The pieces both spellings share. `line`: the console's form (no "was", the duration and usage
 * of every outcome); else the sentence's (a subject, the duration of a success only).
 */
function parts(record: ExecutionRecord, say: Spelling, line: boolean): Parts {
  const last = record.attempts.at(-1);
  let which = record.maxAttempts > 1 && last ? ` on attempt ${last.number} of ${record.maxAttempts}` : '';
  const was = line ? '' : 'was ';
  const usage = line ? executionUsage(record) : null;
  const measured = usage ? ` (${describeUsage(usage)})` : '';
  const took = record.durationMs === null ? '' : ` in ${formatDuration(record.durationMs)}`;
  const timing = line ? `${took}${measured}` : '';
  const details: string[] = [];
  const exitStatus = () => {
    if (record.exitStatus !== null && !saysExitStatus(record, record.exitStatus)) {
      details.push(`exit status ${record.exitStatus}`);
    }
  };
  let head: string;
  switch (record.status) {
    case 'pending':
      return { head: `${was}not started`, details };
    case 'running':
      return { head: `${line ? '' : 'is '}running`, details };
    case 'success':
      // The sentence of a retried success leaves the time to the tables beside it, as it always did.
      head = line
        ? `succeeded${which}${timing}`
        : `succeeded${which}${record.attempts.length > 1 ? '' : took}`;
      return { head, details };
    case 'cancelled': {
      const why = cancelReason(record);
      // Cancelled in the retry delay: the attempt that did not start is the news.
      if (last && last.status !== 'cancelled' && record.maxAttempts > last.number) {
        which = ` before attempt ${last.number + 1} of ${record.maxAttempts}`;
      }
      if (notStarted(record)) {
        // The console names the failed step once, in fail-fast's own line.
        const reason = line && record.cancelReason?.startsWith('fail-fast') ? 'fail-fast' : why;
        return { head: `${was}not started${reason ? ` (${say.text(reason)})` : ''}`, details };
      }
      if (!line) {
        head = `was cancelled${which}${why ? ` (${say.text(why)})` : ''}`;
      } else if (record.cancelReason?.startsWith('fail-fast')) {
        // steplog exits with the failed step's status, not this one's.
        return { head: `cancelled by fail-fast${which}${timing}`, details };
      } else {
        head = `cancelled${which}${timing}`;
        if (why) details.push(say.text(why));
      }
      exitStatus();
      return { head, details };
    }
    case 'timed_out':
      head = timedOut(record, last, which, details, say);
      exitStatus();
      return { head, details };
    case 'failed':
      if (record.error !== null) {
        const name = say.code(truncateText(record.name, MAX_NAME_CHARS));
        head = line
          ? `could not run: ${say.text(record.error).replace(/\.$/, '')}`
          : `steplog could not run ${name}: ${say.text(record.error)}`;
        exitStatus();
        return { head, details, subjectless: !line };
      }
      if (record.container?.oomKilled) head = `${was}${describeOutOfMemory(record.container)}`;
      else if (record.signal !== null) head = `${was}killed by ${say.text(record.signal)}`;
      else if (record.exitCode !== null)
        head = `failed with exit code ${record.exitCode}${meaning(record.exitCode)}`;
      else head = 'failed';
      head += `${which}${timing}`;
      if (record.exitCode !== null && record.ansible) {
        const ansible = describeAnsibleFailure(record.ansible);
        if (ansible !== null) details.push(say.text(ansible));
      }
      notRetried(last, details, say);
      exitStatus();
      return { head, details };
  }
}

/** Why it was cancelled, in the words of this version (logs of older ones said "stopped because"). */
function cancelReason(record: ExecutionRecord): string {
  if (record.cancelReason)
    return record.cancelReason.replace(/^fail-fast: (?:not started|stopped) because /, 'fail-fast: ');
  return record.cancelSignal ? `steplog received ${record.cancelSignal}` : '';
}

/** 126 and 127 are the shell's own: what they mean, for who has not learnt them by heart. */
function meaning(exitCode: number): string {
  if (exitCode === 127) return ' (command not found)';
  if (exitCode === 126) return ' (not executable)';
  return '';
}

/** Whether the outcome already says the number steplog exits with ("failed with exit code 3"). */
function saysExitStatus(record: ExecutionRecord, exitStatus: number): boolean {
  if (record.status === 'success') return exitStatus === 0;
  return (
    record.status === 'failed' &&
    record.error === null &&
    record.signal === null &&
    !record.container?.oomKilled &&
    record.exitCode === exitStatus
  );
}

/** Why a failure with attempts left was not retried (abort-on-output, retry-on …). */
function notRetried(last: AttemptRecord | undefined, details: string[], say: Spelling): void {
  // A total-timeout says so already: "timed out: total-timeout 15m reached during attempt 3 of 5".
  if (last?.retry && !last.retry.retried && last.timeoutKind !== 'total') {
    details.push(`not retried: ${say.text(last.retry.reason)}`);
  }
}

function timedOut(
  record: ExecutionRecord,
  last: AttemptRecord | undefined,
  which: string,
  details: string[],
  say: Spelling,
): string {
  const { limits } = record;
  const kind = last?.timeoutKind;
  let head: string;
  if (kind === 'total') {
    head = `timed out: total-timeout ${formatDuration(limits.totalTimeoutMs ?? 0)} reached during attempt ${last?.number ?? 0} of ${record.maxAttempts}`;
  } else if (kind === 'idle') {
    const limit = limits.idleTimeoutMs > 0 ? ` for ${formatDuration(limits.idleTimeoutMs)}` : '';
    head = `timed out${which}: idle, no output${limit}`;
  } else {
    const after = limits.timeoutMs > 0 ? ` after ${formatDuration(limits.timeoutMs)}` : '';
    head = `timed out${after}${which}`;
  }
  // The first signal may have been enough; SIGKILL when it was not means the grace ran out.
  if (record.signal === 'SIGKILL' && limits.killSignal !== 'SIGKILL') {
    details.push(`killed with SIGKILL after ${formatDuration(limits.killAfterMs)} grace`);
  } else if (record.signal !== null) {
    details.push(`stopped with ${say.text(record.signal)}`);
  } else if (record.exitCode !== null) {
    details.push(`it exited with code ${record.exitCode} after ${say.text(limits.killSignal)}`);
  }
  notRetried(last, details, say);
  return head;
}

/** The usage of one attempt, for its own line; null when it was not measured. */
export function describeAttemptUsage(attempt: AttemptRecord): string | null {
  const usage = measuredUsage(attempt.resources);
  return usage ? describeUsage(usage) : null;
}
