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
  /** Literals one of which the line must contain before the regexp is tried. */
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
  const contains = pattern.contains === undefined ? [] : ([] as string[]).concat(pattern.contains);
  return { regexp, contains: contains.length > 0 ? contains : null, groups, loop };
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
