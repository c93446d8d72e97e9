// What happened, in one plain-English sentence: the failure annotation, the last log line, the line
// under the summary's heading. Built once, in two spellings: plain text and markdown.
import { describeAnsibleFailure } from '../ansible/results.js';
import type { ExecutionRecord } from '../core/record.js';
import { describeOutOfMemory } from './container.js';
import { formatDuration } from './format.js';
import { escapeInline, inlineCode, truncateText } from './markdown.js';

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

/**
 * e.g. "`build` timed out after 5m (attempt 2 of 3); killed with SIGKILL after 10s grace",
 * "`build` failed with exit code 2", "steplog could not run `build`: <error>". No final period.
 */
export function describeOutcome(record: ExecutionRecord): string {
  return sentence(record, plain);
}

/** The failure sentence of a run of several: each execution that did not succeed, in words. */
export function describeRun(failed: readonly ExecutionRecord[]): string {
  return failed.map(describeOutcome).join('; ');
}

/** The same sentence as inline markdown, every piece of the record escaped. */
export function describeOutcomeMarkdown(record: ExecutionRecord): string {
  return sentence(record, markdown);
}

function sentence(record: ExecutionRecord, say: Spelling): string {
  const said = what(record, say);
  // Why a failure with attempts left was not retried (abort-on-output, retry-on …).
  const last = record.attempts.at(-1);
  const ended = record.status === 'failed' || record.status === 'timed_out';
  // A total-timeout says so already: "timed out: total-timeout 15m reached during attempt 3 of 5".
  if (ended && last?.retry && !last.retry.retried && last.timeoutKind !== 'total') {
    return `${said}; not retried: ${say.text(last.retry.reason)}`;
  }
  return said;
}

function what(record: ExecutionRecord, say: Spelling): string {
  const name = say.code(truncateText(record.name, MAX_NAME_CHARS));
  const last = record.attempts.at(-1);
  const which = record.maxAttempts > 1 ? ` (attempt ${last?.number ?? 0} of ${record.maxAttempts})` : '';
  switch (record.status) {
    case 'pending':
      return `${name} has not started`;
    case 'running':
      return `${name} is running`;
    case 'success':
      if (record.attempts.length > 1) return `${name} succeeded after ${record.attempts.length} attempts`;
      return record.durationMs === null
        ? `${name} succeeded`
        : `${name} succeeded in ${formatDuration(record.durationMs)}`;
    case 'cancelled':
      if (record.cancelReason) return `${name} was cancelled (${say.text(record.cancelReason)})`;
      return record.cancelSignal === null
        ? `${name} was cancelled`
        : `${name} was cancelled (steplog received ${say.text(record.cancelSignal)})`;
    case 'timed_out':
      return timedOut(record, name, which, say);
    case 'failed':
      if (record.error !== null) return `steplog could not run ${name}: ${say.text(record.error)}`;
      if (record.container?.oomKilled) return `${name} was ${describeOutOfMemory(record.container)}${which}`;
      if (record.signal !== null) return `${name} was killed by ${say.text(record.signal)}${which}`;
      if (record.exitCode !== null) {
        const ansible = record.ansible ? describeAnsibleFailure(record.ansible) : null;
        const why = ansible === null ? '' : `: ${say.text(ansible)}`;
        return `${name} failed with exit code ${record.exitCode}${which}${why}`;
      }
      return `${name} failed${which}`;
  }
}

function timedOut(record: ExecutionRecord, name: string, which: string, say: Spelling): string {
  const { limits } = record;
  const last = record.attempts.at(-1);
  const kind = last?.timeoutKind;
  const idle = kind === 'idle';
  const limit = idle ? limits.idleTimeoutMs : limits.timeoutMs;
  const after = limit > 0 ? ` after ${formatDuration(limit)}` : '';
  const head =
    kind === 'total'
      ? `${name} timed out: total-timeout ${formatDuration(limits.totalTimeoutMs ?? 0)} reached during attempt ${last?.number ?? 0} of ${record.maxAttempts}`
      : idle
        ? `${name} timed out${after} without output${which}`
        : `${name} timed out${after}${which}`;
  // The first signal may have been enough; SIGKILL when it was not means the grace ran out.
  if (record.signal === 'SIGKILL' && limits.killSignal !== 'SIGKILL') {
    return `${head}; killed with SIGKILL after ${formatDuration(limits.killAfterMs)} grace`;
  }
  if (record.signal !== null) return `${head}; stopped with ${say.text(record.signal)}`;
  if (record.exitCode !== null) {
    return `${head}; it exited with code ${record.exitCode} after ${say.text(limits.killSignal)}`;
  }
  return head;
}
