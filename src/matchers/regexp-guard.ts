// A JavaScript RegExp has no timeout and matching runs on the event loop, so one
// catastrophic user pattern (`^(a+)+$` against a long line) would block everything, including the
// command's own timeout timer. Three defences:
// 1. V8 falls back to its linear-time engine once a match backtracks too much
//    (--enable-experimental-regexp-engine-on-excessive-backtracks; on Node 24.9 `^(a+)+$` against
//    10 000 characters returns in about 1 ms instead of never).
// 2. A pattern that engine cannot run (backreferences, lookahead, counted repeats above {,16},
//    inline modifiers) has no fallback: it is refused when it also repeats a group that repeats
//    inside, the shape of exponential backtracking. Other such patterns are accepted.
// 3. Lines are cut to MAX_MATCH_LENGTH characters before matching.
import v8 from 'node:v8';

/** Matchers see at most this many characters of a line: a problem's location never needs more. */
export const MAX_MATCH_LENGTH = 4096;

// Kept in a variable: the flag only exists once the V8 flag below is set.
const LINEAR_FLAG = 'l';

// The V8 flags are process-wide, so whether they took effect is too.
let linearEngine: boolean | undefined;

/**
 * Turns on V8's linear-engine fallback for regexps that backtrack too much. Idempotent; returns
 * whether the linear engine is available. Entry points call it at start-up; compiling a matcher calls
 * it too, so it cannot be forgotten. It only changes how long a match may take, never its result.
 */
export function enableRegexpGuard(): boolean {
  if (linearEngine === undefined) {
    try {
      v8.setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
      // Makes the `l` flag parse, which is how runsInLinearTime asks V8 whether it could fall back.
      v8.setFlagsFromString('--enable-experimental-regexp-engine');
      new RegExp('a', LINEAR_FLAG);
      linearEngine = true;
    } catch {
      linearEngine = false;
    }
  }
  return linearEngine;
}

/** Whether V8's linear engine can run this (valid) pattern, i.e. whether the fallback applies. */
export function runsInLinearTime(source: string): boolean {
  if (!enableRegexpGuard()) return false;
  try {
    new RegExp(source, LINEAR_FLAG);
    return true;
  } catch {
    return false;
  }
}

/**
 * Compiles a matcher's regexp. Throws a SyntaxError for an invalid pattern and an Error saying why
 * for a pattern whose matching time cannot be bounded.
 */
export function compileRegexp(source: string): RegExp {
  const regexp = new RegExp(source);
  if (!runsInLinearTime(source) && repeatsARepetition(source)) {
    throw new Error(
      `its regexp ${JSON.stringify(source)} repeats a group that itself repeats (as in (a+)+) and uses a ` +
        'construct the linear-time engine cannot run (a backreference, a lookahead, a count above {,16} or ' +
        '(?i:) modifiers), so one line of output could stall the step; rewrite it without one of the two',
    );
  }
  return regexp;
}

/**
 * True when a group repeated by `*`, `+` or `{n,m}` contains a repetition itself: `(a+)+`,
 * `(\w+\s?)*`, `(?:x*y){2,}`. A small scanner over the source: escapes, classes and group openers
 * are skipped; a group repeated only by `?` is never dangerous.
 */
export function repeatsARepetition(source: string): boolean {
  // One entry per open group: whether something inside it repeats.
  const groups: boolean[] = [];
  const markRepeat = () => {
    if (groups.length > 0) groups[groups.length - 1] = true;
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') {
      i += 2;
      i = afterQuantifier(source, i, markRepeat);
    } else if (char === '[') {
      i = afterQuantifier(source, afterClass(source, i), markRepeat);
    } else if (char === '(') {
      groups.push(false);
      i += source[i + 1] === '?' ? 2 : 1;
    } else if (char === ')') {
      const innerRepeats = groups.pop() ?? false;
      const quantifier = quantifierAt(source, i + 1);
      if (innerRepeats && quantifier?.repeats) return true;
      if (innerRepeats) markRepeat();
      i = afterQuantifier(source, i + 1, markRepeat);
    } else {
      i = afterQuantifier(source, i + 1, markRepeat);
    }
  }
  return false;
}

interface Quantifier {
  length: number;
  /** `*`, `+`, `{n,}` or `{n,m}` with m > 1, as opposed to `?`, `{0,1}`, `{1}`. */
  repeats: boolean;
}

const COUNTED = /^\{(\d+)(,(\d*))?\}/;

function quantifierAt(source: string, i: number): Quantifier | null {
  const char = source[i];
  if (char === '*' || char === '+') return { length: 1, repeats: true };
  if (char === '?') return { length: 1, repeats: false };
  if (char !== '{') return null;
  const counted = COUNTED.exec(source.slice(i, i + 24));
  if (!counted) return null;
  const max =
    counted[2] === undefined ? Number(counted[1]) : counted[3] === '' ? Infinity : Number(counted[3]);
  return { length: counted[0].length, repeats: max > 1 };
}

/** Skips the quantifier (and its lazy `?`) after an atom ending before `i`, noting any repetition. */
function afterQuantifier(source: string, i: number, markRepeat: () => void): number {
  const quantifier = quantifierAt(source, i);
  if (!quantifier) return i;
  markRepeat();
  const next = i + quantifier.length;
  return source[next] === '?' ? next + 1 : next;
}

/** Index after the `]` closing the class that opens at `start`. */
function afterClass(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}
