// Checks a problem matcher the way the runner does when it is added (IssueMatcherConfig.Validate)
// and compiles its regexps once, so matching a line does no work but running them.
import type { AnnotationLevel } from '../core/record.js';
import { compileRegexp } from './regexp-guard.js';
import type { ProblemMatcher, ProblemPattern } from './types.js';

/** A matcher that cannot be used; the message says which pattern and what is wrong. */
export class MatcherDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MatcherDefinitionError';
  }
}

export const GROUP_PROPERTIES = [
  'file',
  'fromPath',
  'line',
  'endLine',
  'column',
  'endColumn',
  'severity',
  'code',
  'message',
  'properties',
] as const;
export type GroupProperty = (typeof GROUP_PROPERTIES)[number];

export interface CompiledPattern {
  regexp: RegExp;
  /**
   * Literals one of which every line the regexp matches contains (given by a built-in, or read
   * from the regexp): lines without one are not tried, and batches are searched for them.
   */
  contains: readonly string[] | null;
  /** Only the group properties this pattern sets, as [property, group] pairs. */
  groups: readonly (readonly [GroupProperty, number])[];
  loop: boolean;
}

export interface CompiledMatcher {
  owner: string;
  severity: AnnotationLevel | undefined;
  patterns: readonly CompiledPattern[];
  skip: RegExp | null;
  /** A complete match waits for the next line and is dropped when it matches this. */
  unlessNext: RegExp | null;
  /** A pattern sets `properties`: the groups hold an escaped workflow command. */
  workflowCommand: boolean;
}

export function compileMatcher(matcher: ProblemMatcher): CompiledMatcher {
  const { owner } = matcher;
  if (!owner) throw new MatcherDefinitionError('a matcher has no owner');
  if (matcher.pattern.length === 0) throw new MatcherDefinitionError(`owner ${owner} has no patterns`);
  const setBy = new Map<GroupProperty, number>();
  const patterns = matcher.pattern.map((pattern, index) => compilePattern(matcher, pattern, index, setBy));
  if (!setBy.has('message')) throw new MatcherDefinitionError(`no pattern of owner ${owner} sets message`);
  return {
    owner,
    severity: matcher.severity,
    patterns,
    skip: matcher.skip ? compileOrExplain(matcher.skip, `the skip regexp of owner ${owner}`) : null,
    unlessNext: matcher.unlessNext
      ? compileOrExplain(matcher.unlessNext, `the unlessNext regexp of owner ${owner}`)
      : null,
    workflowCommand: setBy.has('properties'),
  };
}

function compilePattern(
  matcher: ProblemMatcher,
  pattern: ProblemPattern,
  index: number,
  setBy: Map<GroupProperty, number>,
): CompiledPattern {
  const where = `pattern ${index + 1} of owner ${matcher.owner}`;
  const isLast = index === matcher.pattern.length - 1;
  if (!pattern.regexp) throw new MatcherDefinitionError(`${where} has no regexp`);
  const regexp = compileOrExplain(pattern.regexp, where);
  // Capture groups in the pattern: an alternation with the empty string always matches.
  const groupCount = new RegExp(`${pattern.regexp}|`).exec('')!.length - 1;
  const groups: (readonly [GroupProperty, number])[] = [];
  for (const property of GROUP_PROPERTIES) {
    const group = pattern[property];
    if (group === undefined) continue;
    if (!Number.isInteger(group) || group < 0 || group > groupCount) {
      throw new MatcherDefinitionError(
        `${where} sets ${property} to ${group}, but its regexp has groups 0 to ${groupCount}`,
      );
    }
    const earlier = setBy.get(property);
    if (earlier !== undefined) {
      throw new MatcherDefinitionError(`${where} sets ${property}, already set by pattern ${earlier}`);
    }
    setBy.set(property, index + 1);
    groups.push([property, group]);
  }
  const loop = pattern.loop === true;
  if (loop && (index === 0 || !isLast)) {
    throw new MatcherDefinitionError(`${where} loops, but only the last of several patterns may loop`);
  }
  if (loop && pattern.message === undefined) {
    throw new MatcherDefinitionError(`${where} loops, so it must set message`);
  }
  const given = pattern.contains === undefined ? null : ([] as string[]).concat(pattern.contains);
  // A built-in's own literals first: they may say what the regexp's structure does not (`TS` is rarer
  // in a log than the `error` the regexp also needs).
  return { regexp, contains: given ?? requiredLiterals(pattern.regexp), groups, loop };
}

function compileOrExplain(source: string, where: string): RegExp {
  try {
    return compileRegexp(source);
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? `has an invalid regexp (${error.message})`
        : `is refused: ${(error as Error).message}`;
    throw new MatcherDefinitionError(`${where} ${reason}`);
  }
}

/** Characters that stand for themselves when escaped (`\.`, `\(` …); other escapes are classes or assertions. */
const ESCAPED_LITERAL = /[\\^$.*+?()[\]{}|/\-:,"'#%&=<>!@`~;]/;

/**
 * Literals one of which every string `source` matches contains; null when none is known. Reads the
 * regexp's top-level sequence: runs of literal characters, and groups that must match (their own
 * literals, or one per alternative). Of those requirements it keeps the one whose shortest literal
 * is longest. Conservative: whatever it does not understand ends a run.
 */
export function requiredLiterals(source: string): string[] | null {
  const branches = splitTopLevel(source);
  if (branches === null) return null;
  const perBranch = branches.map(sequenceLiterals);
  // An alternative that needs no literal lets any line through.
  if (perBranch.some((literals) => literals === null || literals.length === 0)) return null;
  return [...new Set(perBranch.flat() as string[])];
}

/** The alternatives of `source` at its top level; null when its brackets do not balance. */
export function splitTopLevel(source: string): string[] | null {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (char === '[') {
      const end = classEnd(source, i);
      if (end === -1) return null;
      i = end;
    } else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0) return null;
  branches.push(source.slice(start));
  return branches;
}

/** Index of the `]` closing the class that opens at `open`, or -1. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  // In JavaScript a `]` right away closes the class (`[]` matches nothing, `[^]` anything).
  if (source[i] === '^') i += 1;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** Index of the `)` closing the group that opens at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i += 1;
    else if (char === '[') {
      i = classEnd(source, i);
      if (i === -1) return -1;
    } else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The best requirement of one alternative (no top-level `|`): a list of literals, one of which is there. */
function sequenceLiterals(source: string): string[] | null {
  const requirements: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) requirements.push([run]);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    let atom: string | null = null;
    let next = i + 1;
    let group: string[] | null = null;
    if (char === '\\') {
      const escaped = source[i + 1] ?? '';
      atom = ESCAPED_LITERAL.test(escaped) ? escaped : null;
      next = i + 2;
    } else if (char === '[') {
      const end = classEnd(source, i);
      if (end === -1) return null;
      next = end + 1;
    } else if (char === '(') {
      const end = groupEnd(source, i);
      if (end === -1) return null;
      next = end + 1;
      const inner = source.slice(i + 1, end);
      if (/^\?<?[=!]/.test(inner)) {
        // A lookaround: no characters of its own.
        endRun();
        i = next;
        continue;
      }
      const body = inner.replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
      group = inner.startsWith('?') && body === inner ? null : requiredLiterals(body);
    } else if (!'^$.*+?{}|)'.includes(char)) {
      atom = char;
    }
    // What follows the atom: an optional one adds nothing, a repeated one ends the run after it.
    const quantifier = /^(?:[*?]|\{0(?:,\d*)?\}|\+|\{\d+(?:,\d*)?\})\??/.exec(source.slice(next));
    const optional = quantifier !== null && /^(?:[*?]|\{0)/.test(quantifier[0]);
    if (quantifier) next += quantifier[0].length;
    if (atom !== null && !optional) {
      run += atom;
      if (quantifier) endRun();
    } else {
      endRun();
      if (group && !optional) requirements.push(group);
    }
    i = next;
  }
  endRun();
  if (requirements.length === 0) return [];
  const shortest = (literals: string[]) => Math.min(...literals.map((literal) => literal.length));
  return requirements.reduce((best, candidate) => (shortest(candidate) > shortest(best) ? candidate : best));
}
