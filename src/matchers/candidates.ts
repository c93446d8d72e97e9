// Which lines of a batch the matchers must see. Most output matches nothing, so instead of trying
// every matcher on every line, each matcher declares anchors: for each of its patterns that can
// change what it does on a line, the literals every line it matches contains (or, where no literal
// of 3 characters or more is known, the pattern itself, scanned over the whole batch). One search
// per anchor over the batch's text gives the candidate lines; only those are split and matched.
//
// Why the other lines may be skipped (the engine then gives what line-by-line matching gives): a
// line that holds no anchor matches no pattern that is scanned, so
// - a one-pattern matcher makes nothing of it;
// - a matcher with several patterns and no `skip` ("look-back"): all its patterns but the first are
//   scanned, so after such a line its state is what its first pattern makes of that line alone,
//   whatever it was before. Seeing the line just before each candidate (and the batch's last line)
//   gives it exactly the state line-by-line matching gives it;
// - a matcher with a `skip` ("watch"): its first pattern is scanned, so it cannot start on such a
//   line. Once started, its state depends on every line (skipped lines keep it), so every line is
//   matched until it is idle again. Likewise the line after a held `unlessNext` match.
// Lines with ANSI codes (stripped before matching could join an anchor) are always candidates, and
// when a pattern is scanned as a regexp, so are lines with a character a multiline regexp takes for
// a line end (`\r`, U+2028, U+2029).
import type { CompiledMatcher, CompiledPattern } from './compile.js';

/** Literals shorter than this find too many lines: the pattern is scanned as a regexp instead. */
const MIN_ANCHOR_LENGTH = 3;

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

export interface CandidateFinder {
  /**
   * No anchors can be trusted (a pattern to scan as a regexp has a negative lookaround, which a
   * following or preceding line can change): every line is a candidate.
   */
  readonly everyLine: boolean;
  /** Whether some matcher needs the line before each candidate (a look-back matcher). */
  readonly lookBack: boolean;
  /** The start offsets of the candidate lines of `text` (lines joined by `\n`), ascending, deduplicated. */
  find(text: string): number[];
}

export function createCandidateFinder(matchers: readonly CompiledMatcher[]): CandidateFinder {
  const literals = new Set<string>();
  const scans: RegExp[] = [];
  let everyLine = false;
  for (const matcher of matchers) {
    for (const pattern of scannedPatterns(matcher)) {
      const anchors = pattern.contains;
      if (anchors && anchors.every((literal) => literal.length >= MIN_ANCHOR_LENGTH)) {
        for (const literal of anchors) literals.add(literal);
      } else {
        const scan = withinLines(pattern.regexp.source);
        if (scan === null) everyLine = true;
        else scans.push(new RegExp(scan, 'gm'));
      }
    }
  }
  // A literal that contains another finds no line the other does not: one search is enough.
  const searched = [...literals].filter(
    (literal) => ![...literals].some((other) => other !== literal && literal.includes(other)),
  );
  const specials = ['\x1b', '\x9b', ...(scans.length > 0 ? ['\r', '\u2028', '\u2029'] : [])];
  const lookBack = matchers.some((matcher) => kindOf(matcher) === 'look-back');

  return {
    everyLine,
    lookBack,
    find(text) {
      const starts: number[] = [];
      for (const literal of searched) findLiteral(text, literal, starts);
      for (const special of specials) findLiteral(text, special, starts);
      for (const scan of scans) findScan(text, scan, starts);
      return starts.length > 1 ? [...new Set(starts)].sort((a, b) => a - b) : starts;
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
function findLiteral(text: string, literal: string, starts: number[]): void {
  for (let at = text.indexOf(literal); at !== -1; ) {
    starts.push(lineStart(text, at));
    const end = text.indexOf('\n', at + literal.length);
    if (end === -1) return;
    at = text.indexOf(literal, end + 1);
  }
}

/**
 * Adds the start of every line a match of `scan` (global, multiline) starts in, and searches on
 * from the next line: a match that starts on an earlier line (`\s` takes `\n`) never hides a later
 * line's own match, since the search restarts at each line after the one it found.
 */
function findScan(text: string, scan: RegExp, starts: number[]): void {
  scan.lastIndex = 0;
  for (let found = scan.exec(text); found !== null; found = scan.exec(text)) {
    starts.push(lineStart(text, found.index));
    const end = text.indexOf('\n', found.index);
    if (end === -1) return;
    scan.lastIndex = end + 1;
  }
}
