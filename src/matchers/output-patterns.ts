// retry-on-output and abort-on-output: regular expressions looked for in each attempt's output, on
// the batches the problem matchers see (already redacted, so a masked value is never matched
// against), with ANSI codes and a trailing `\r` removed. The first matching line of each kind is
// kept per attempt; once both are known, batches are not looked at again. Memory stays flat: only
// a line counter and two matches per attempt.
import stripAnsi from 'strip-ansi';
import { InputError, messageOf } from '../core/errors.js';
import type { Lines } from '../core/events.js';
import type { OutputMatch } from '../core/record.js';
import { compileRegexp, MAX_MATCH_LENGTH } from './regexp-guard.js';

/**
 * Checks every pattern before anything runs: an invalid one, or one whose matching time cannot be
 * bounded (the matcher engine's guard), is an input error naming `label`. Returns the patterns.
 */
export function checkOutputPatterns(label: string, patterns: string[]): string[] {
  for (const pattern of patterns) {
    try {
      compileRegexp(pattern);
    } catch (error) {
      throw new InputError(
        label,
        pattern,
        `regular expressions, one per line (JavaScript syntax); this one ${reasonOf(error)}`,
      );
    }
  }
  return patterns;
}

function reasonOf(error: unknown): string {
  const message = messageOf(error);
  if (error instanceof SyntaxError)
    return `is invalid: ${message.replace(/^Invalid regular expression: /, '')}`;
  return message.replace(/^its regexp "(?:[^"\\]|\\.)*" /, '');
}

interface Pattern {
  source: string;
  line: RegExp;
  /** The same with `m`: `^` and `$` at every line of a batch's joined text. */
  scan: RegExp;
}

export interface OutputPatternWatcher {
  /** A logger batch observer: sees each batch of complete, redacted lines. */
  observe(batch: Lines, stream: 'stdout' | 'stderr', attempt: number): void;
  /** The decisive match of an attempt: an abort-on-output match first, else a retry-on-output one. */
  matchOf(attempt: number): OutputMatch | undefined;
}

export function createOutputPatternWatcher(
  retryOn: readonly string[],
  abortOn: readonly string[],
): OutputPatternWatcher {
  const retry = retryOn.map(compile);
  const abort = abortOn.map(compile);
  let current = 0;
  let linesSeen = 0;
  let found: Partial<Record<OutputMatch['kind'], OutputMatch>> = {};
  const wanted = (): [OutputMatch['kind'], Pattern[]][] => {
    const kinds: [OutputMatch['kind'], Pattern[]][] = [];
    if (abort.length > 0 && !found.abort) kinds.push(['abort', abort]);
    if (retry.length > 0 && !found.retry) kinds.push(['retry', retry]);
    return kinds;
  };
  return {
    observe(batch, _stream, attempt) {
      if (attempt !== current) {
        current = attempt;
        linesSeen = 0;
        found = {};
      }
      const first = linesSeen;
      linesSeen += batch.count;
      const kinds = wanted();
      if (kinds.length === 0 || batch.count === 0) return;
      const text = batch.text ?? batch.lines.join('\n');
      // One scan of the joined text rules the batch out when its lines need no preparing.
      const plain =
        !text.includes('\x1b') &&
        !text.includes('\x9b') &&
        !text.includes('\r') &&
        (batch.longest ?? Infinity) <= MAX_MATCH_LENGTH;
      const candidates = plain
        ? kinds.filter(([, patterns]) => patterns.some((pattern) => pattern.scan.test(text)))
        : kinds;
      if (candidates.length === 0) return;
      const lines = batch.lines;
      for (let i = 0; i < lines.length && candidates.length > 0; i++) {
        const line = prepare(lines[i]);
        for (let k = candidates.length - 1; k >= 0; k--) {
          const [kind, patterns] = candidates[k];
          const hit = patterns.find((pattern) => pattern.line.test(line));
          if (!hit) continue;
          found[kind] = { kind, line: first + i + 1, pattern: hit.source };
          candidates.splice(k, 1);
        }
      }
    },
    matchOf(attempt) {
      if (attempt !== current) return undefined;
      return found.abort ?? found.retry;
    },
  };
}

function compile(source: string): Pattern {
  const line = compileRegexp(source);
  const flags = line.flags.replace(/[gym]/g, '');
  return { source, line: new RegExp(source, flags), scan: new RegExp(source, flags + 'm') };
}

/** As the matcher engine sees a line: no ANSI codes, no trailing `\r`, at most MAX_MATCH_LENGTH characters. */
function prepare(raw: string): string {
  let line = raw.includes('\x1b') || raw.includes('\x9b') ? stripAnsi(raw) : raw;
  if (line.endsWith('\r')) line = line.slice(0, -1);
  return line.length > MAX_MATCH_LENGTH ? line.slice(0, MAX_MATCH_LENGTH) : line;
}
