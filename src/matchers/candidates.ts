// Which lines of a batch the matchers must see. Most output matches nothing, so instead of trying
// every matcher on every line, each matcher declares anchors: for each of its patterns that can
// change what it does on a line, the literals every line it matches contains (or, where none is
// known, the pattern itself, scanned over the whole batch). One search per anchor over the batch's
// text finds the lines holding it; those the pattern matches are the candidate lines, and only they
// (with the context below) are matched by the engine, with only the matchers that have one.
//
// Why the other lines may be skipped (the engine then gives what line-by-line matching gives): a
// line that is no candidate matches no pattern that is scanned, so
// - a one-pattern matcher makes nothing of it;
// - a matcher with several patterns and no `skip` ("look-back"): all its patterns but the first are
//   scanned, so after such a line its state is what its first pattern makes of that line alone,
//   whatever it was before. Seeing the line just before each candidate (and the batch's last line)
//   gives it exactly the state line-by-line matching gives it;
// - a matcher with a `skip` ("watch"): its first pattern is scanned, so it cannot start on such a
//   line. Once started, its state depends on every line (skipped lines keep it), so every line is
//   matched until it is idle again. Likewise the line after a held `unlessNext` match.
// Lines with ANSI codes (stripped before matching could join an anchor) are always candidates, and
// when a pattern is tried as a regexp on the raw text, so are lines with a character a regexp takes
// for a line end (`\r`, U+2028, U+2029): the line it is matched as differs there.
import type { CompiledMatcher, CompiledPattern } from './compile.js';

export type MatcherKind = 'single' | 'look-back' | 'watch';

export function kindOf(matcher: CompiledMatcher): MatcherKind {
  if (matcher.patterns.length === 1) return 'single';
  return matcher.skip ? 'watch' : 'look-back';
}

/** The patterns whose matches must be found in a batch (see the top comment). */
function scannedPatterns(matcher: CompiledMatcher): readonly CompiledPattern[] {
  const kind = kindOf(matcher);
  if (kind === 'look-back') return matcher.patterns.slice(1);
  return matcher.patterns.slice(0, 1);
}

export interface Candidates {
  /** The start offsets of the candidate lines, ascending, without duplicates. */
  starts: number[];
  /**
   * Per matcher (in the order given), whether some anchor of it is in the batch. A matcher without
   * one can match no line of the batch and start no match (its look-back state aside, which the
   * batch's last line settles).
   */
  hit: boolean[];
}

export interface CandidateFinder {
  /**
   * No anchors can be trusted (a pattern to scan as a regexp has a negative lookaround, which a
   * following or preceding line can change): every line is a candidate.
   */
  readonly everyLine: boolean;
  /** Whether some matcher needs the line before each candidate (a look-back matcher). */
  readonly lookBack: boolean;
  find(text: string): Candidates;
}

/** A pattern a literal stands for, and the matcher it belongs to. */
interface Owner {
  regexp: RegExp;
  matcher: number;
}

export function createCandidateFinder(matchers: readonly CompiledMatcher[]): CandidateFinder {
  const literals = new Map<string, Owner[]>();
  const scans: { regexp: RegExp; matcher: number }[] = [];
  let everyLine = false;
  matchers.forEach((matcher, index) => {
    for (const pattern of scannedPatterns(matcher)) {
      const owner = { regexp: pattern.regexp, matcher: index };
      if (pattern.contains) {
        for (const literal of pattern.contains)
          literals.set(literal, [...(literals.get(literal) ?? []), owner]);
        continue;
      }
      const scan = withinLines(pattern.regexp.source);
      if (scan === null) everyLine = true;
      else scans.push({ regexp: new RegExp(scan, 'gm'), matcher: index });
    }
  });
  // A literal that contains another finds no line the other does not: one search is enough, and
  // its lines are tried with the patterns of both.
  for (const [literal, owners] of literals) {
    const shorter = [...literals.keys()].find((other) => other !== literal && literal.includes(other));
    if (shorter === undefined) continue;
    literals.set(shorter, [...literals.get(shorter)!, ...owners]);
    literals.delete(literal);
  }
  // Lines a pattern is not tried on as it is matched: with ANSI codes (stripped first, which may
  // make a match) or `\r` (a trailing one is removed first); for the multiline scans, also U+2028
  // and U+2029, which a multiline regexp takes for line ends.
  const specials = ['\x1b', '\x9b', '\r', ...(scans.length > 0 ? ['\u2028', '\u2029'] : [])];
  const lookBack = matchers.some((matcher) => kindOf(matcher) === 'look-back');

  return {
    everyLine,
    lookBack,
    find(text) {
      const starts: number[] = [];
      const hit = new Array<boolean>(matchers.length).fill(false);
      for (const [literal, owners] of literals) findVerified(text, literal, owners, starts, hit);
      for (const { regexp, matcher } of scans) if (findScan(text, regexp, starts)) hit[matcher] = true;
      let special = false;
      for (const char of specials) special = findLiteral(text, char, starts) || special;
      // Lines the anchors cannot speak for: every matcher may need them.
      if (special) hit.fill(true);
      return { starts: starts.length > 1 ? [...new Set(starts)].sort((a, b) => a - b) : starts, hit };
    },
  };
}

/** Whitespace but `\n`, for a character class. */
const SPACE_BUT_NEWLINE = String.raw`\t\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;

/**
 * The regexp `source` with nothing in it that can match `\n`, so that, run over a whole batch, it
 * matches within one line as it does on that line alone (and never scans on past a line end, which
 * made `^\s*` quadratic over a batch of empty lines). Null when that cannot be done safely: a
 * negative lookaround (what follows a line would change its result) or `\W`/`\D` inside a class.
 */
export function withinLines(source: string): string | null {
  if (/\(\?<?!/.test(source)) return null;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      const escaped = source[i + 1];
      i += 1;
      if (escaped === 's') out += String.raw`[^\S\n]`;
      else if (escaped === 'W') out += String.raw`[^\w\n]`;
      else if (escaped === 'D') out += String.raw`[^\d\n]`;
      else out += char + (escaped ?? '');
    } else if (char === '[') {
      let end = i + 1;
      const negated = source[end] === '^';
      // In JavaScript `[]` is an empty class and `[^]` any character: a `]` right away closes it.
      if (negated) end += 1;
      let body = '';
      for (; end < source.length && source[end] !== ']'; end++) {
        if (source[end] === '\\') {
          const escaped = source[end + 1];
          end += 1;
          if (escaped === 'W' || escaped === 'D') return null;
          body += escaped === 's' && !negated ? SPACE_BUT_NEWLINE : '\\' + escaped;
        } else body += source[end];
      }
      if (end >= source.length) return null;
      out += negated ? `[^${body}\\n]` : `[${body}]`;
      i = end;
    } else out += char;
  }
  return out;
}

function lineStart(text: string, at: number): number {
  return at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}

/** Adds the start of every line holding `literal`; searches on from the next line once found. */
function findLiteral(text: string, literal: string, starts: number[]): boolean {
  let at = text.indexOf(literal);
  if (at === -1) return false;
  while (at !== -1) {
    starts.push(lineStart(text, at));
    const end = text.indexOf('\n', at + literal.length);
    if (end === -1) break;
    at = text.indexOf(literal, end + 1);
  }
  return true;
}

/**
 * Adds the start of every line holding `literal` that one of its owners' patterns matches (the
 * line as it is: lines where that differs from how it is matched are found as specials), and marks
 * those owners' matchers as hit.
 */
function findVerified(
  text: string,
  literal: string,
  owners: readonly Owner[],
  starts: number[],
  hit: boolean[],
): void {
  for (let at = text.indexOf(literal); at !== -1;) {
    const start = lineStart(text, at);
    const end = text.indexOf('\n', at + literal.length);
    const line = text.slice(start, end === -1 ? text.length : end);
    let matched = false;
    for (const owner of owners) {
      if (owner.regexp.test(line)) {
        hit[owner.matcher] = true;
        matched = true;
      }
    }
    if (matched) starts.push(start);
    if (end === -1) break;
    at = text.indexOf(literal, end + 1);
  }
}

/**
 * Adds the start of every line a match of `scan` (global, multiline) starts in, and searches on
 * from the next line: a match that starts on an earlier line (`\s` takes `\n`) never hides a later
 * line's own match, since the search restarts at each line after the one it found.
 */
function findScan(text: string, scan: RegExp, starts: number[]): boolean {
  scan.lastIndex = 0;
  let hit = false;
  for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
    hit = true;
    starts.push(lineStart(text, found.index));
    const end = text.indexOf('\n', found.index);
    if (end === -1) break;
    scan.lastIndex = end + 1;
  }
  return hit;
}
