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
import { splitTopLevel, type CompiledMatcher, type CompiledPattern } from './compile.js';

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
  /**
   * The start offsets of the candidate lines, ascending, without duplicates; null when more than
   * half the lines are candidates (dense output: every line is matched, and the search stops
   * collecting lines, only which matchers have one).
   */
  starts: number[] | null;
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
  /** The candidates of `text`, `count` lines joined by `\n`. */
  find(text: string, count: number): Candidates;
}

/** The lines found so far, and whether there are so many that only the hits still matter. */
interface Search {
  starts: number[];
  dense: boolean;
  denseAt: number;
}

/** A pattern a literal stands for, and the matcher it belongs to. */
interface Owner {
  regexp: RegExp;
  matcher: number;
}

export function createCandidateFinder(matchers: readonly CompiledMatcher[]): CandidateFinder {
  const literals = new Map<string, Owner[]>();
  /** Patterns scanned as regexps; `gate`: literals one of which must be in the batch for any match. */
  const scans: { scan: Scan; matcher: number; gate: readonly string[] | null }[] = [];
  let everyLine = false;
  matchers.forEach((matcher, index) => {
    for (const pattern of scannedPatterns(matcher)) {
      const owner = { regexp: pattern.regexp, matcher: index };
      // A literal of one or two characters (`:`, `::`) is in most lines of a log: one scan of the
      // batch with the pattern itself costs less than trying it on each of them.
      if (pattern.contains && pattern.contains.some((literal) => literal.length > 2)) {
        for (const literal of pattern.contains)
          literals.set(literal, [...(literals.get(literal) ?? []), owner]);
        continue;
      }
      const within = withinLines(pattern.regexp.source);
      if (within === null) everyLine = true;
      else scans.push({ scan: batchScan(within), matcher: index, gate: pattern.contains });
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
  const searches = [...literals].map(([literal, owners]) => ({ literal, owners, part: literal, offset: 0 }));
  const parts = new SearchParts(searches.map((s) => s.literal));
  let calibrateIn = 0;

  return {
    everyLine,
    lookBack,
    find(text, count) {
      if (calibrateIn-- === 0) {
        parts.calibrate(text);
        for (const search of searches) Object.assign(search, parts.of(search.literal));
        // A short batch (the first lines of a command) says little: the next one is counted too.
        calibrateIn = text.length >= SAMPLE_CHARS ? RECALIBRATE_EVERY : 0;
      }
      const search: Search = { starts: [], dense: false, denseAt: count / 2 };
      const hit = new Array<boolean>(matchers.length).fill(false);
      for (const literal of searches) findVerified(text, literal, search, hit);
      for (const { scan, matcher, gate } of scans) {
        if (gate && !gate.some((literal) => text.includes(literal))) continue;
        if (findScan(text, scan, search.starts)) hit[matcher] = true;
      }
      let special = false;
      for (const char of specials) special = findLiteral(text, char, search.starts) || special;
      // Lines the anchors cannot speak for: every matcher may need them.
      if (special) hit.fill(true);
      const { starts } = search;
      if (search.dense || starts.length > search.denseAt) return { starts: null, hit };
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
  { literal, owners, part, offset }: LiteralSearch,
  search: Search,
  hit: boolean[],
): void {
  for (let found = text.indexOf(part); found !== -1;) {
    const at = found - offset;
    if (at < 0 || !text.startsWith(literal, at)) {
      found = text.indexOf(part, found + 1);
      continue;
    }
    const start = lineStart(text, at);
    const end = text.indexOf('\n', at + literal.length);
    const line = text.slice(start, end === -1 ? text.length : end);
    let matched = false;
    let open = false;
    for (const owner of owners) {
      // Dense: every line is matched anyway; only a matcher not known to be hit is still tried.
      if (search.dense && hit[owner.matcher]) continue;
      if (owner.regexp.test(line)) {
        hit[owner.matcher] = true;
        matched = true;
      } else open = true;
    }
    if (search.dense && !open) return;
    if (matched && !search.dense) {
      search.starts.push(start);
      search.dense = search.starts.length > search.denseAt;
    }
    if (end === -1) break;
    found = text.indexOf(part, end + 1 + offset);
  }
}

/** A literal, the patterns it stands for, and the part of it searched for. */
interface LiteralSearch {
  literal: string;
  owners: readonly Owner[];
  /** `literal` from `offset` on. */
  part: string;
  offset: number;
}

/** The search parts are chosen again after this many batches: a log's make-up changes (a build, then tests). */
const RECALIBRATE_EVERY = 255;
/** How much of a batch is counted to choose them. */
const SAMPLE_CHARS = 16 * 1024;

/**
 * Which part of each literal to search for. V8 finds a literal by looking for its first character
 * and comparing the rest wherever that occurs, so the cost of a search is how often that character
 * is in the text: `fatal: [` searched as it is stops at every `f` of a log; from its `[` on, at
 * every `[`, which pytest prints on every line but a compiler rarely. What is rare depends on the
 * log, so the characters of the literals are counted in a sample of the output, and each literal is
 * searched from its rarest character on and checked whole where that is found.
 */
export class SearchParts {
  /** Occurrences in the last sample, per character of some literal. */
  private readonly counts = new Map<string, number>();

  constructor(literals: readonly string[]) {
    for (const literal of literals) for (const char of literal) this.counts.set(char, 0);
  }

  calibrate(text: string): void {
    for (const char of this.counts.keys()) this.counts.set(char, 0);
    const end = Math.min(text.length, SAMPLE_CHARS);
    for (let i = 0; i < end; i++) {
      const char = text[i];
      const seen = this.counts.get(char);
      if (seen !== undefined) this.counts.set(char, seen + 1);
    }
  }

  /** The rarest character's part: the first of equally rare ones, the whole literal before any sample. */
  of(literal: string): { part: string; offset: number } {
    let offset = 0;
    for (let k = 1; k < literal.length; k++) {
      if (this.counts.get(literal[k])! < this.counts.get(literal[offset])!) offset = k;
    }
    return { part: literal.slice(offset), offset };
  }
}

/** A pattern searched over a whole batch (its source made `withinLines`). */
interface Scan {
  /** Global and multiline; with `first`, each match starts at the `\n` before the line it is in. */
  next: RegExp;
  /** For a pattern anchored at the line start: the batch's first line, tried on its own (sticky). */
  first: RegExp | null;
}

/**
 * A pattern that starts with `^` is searched as `\n…`: V8 then skips to each `\n` instead of
 * trying the pattern at every position of the batch (2–3× faster over a log). The batch's first
 * line, which no `\n` precedes, is tried on its own.
 */
export function batchScan(within: string): Scan {
  if (within.startsWith('^') && splitTopLevel(within)?.length === 1) {
    return { next: new RegExp(`\\n${within.slice(1)}`, 'gm'), first: new RegExp(within, 'my') };
  }
  return { next: new RegExp(within, 'gm'), first: null };
}

/**
 * Adds the start of every line a match of `scan` starts in, and searches on from the next line:
 * the source cannot match a `\n` (`withinLines`), so a line's match never hides a later line's.
 */
function findScan(text: string, { next, first }: Scan, starts: number[]): boolean {
  let hit = false;
  if (first) {
    first.lastIndex = 0;
    if (first.test(text)) {
      hit = true;
      starts.push(0);
    }
  }
  next.lastIndex = 0;
  for (let found = next.exec(text); found !== null; found = next.exec(text)) {
    hit = true;
    // Led by the `\n` before its line: the line starts right after it.
    const at = first ? found.index + 1 : found.index;
    starts.push(first ? at : lineStart(text, at));
    const end = text.indexOf('\n', at);
    if (end === -1) break;
    // Led: the next match starts at this line's `\n`.
    next.lastIndex = first ? end : end + 1;
  }
  return hit;
}
