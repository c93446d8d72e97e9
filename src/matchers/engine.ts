// The problem-matcher engine: GitHub's matching semantics (actions/runner IssueMatcher.cs and
// OutputManager.cs) over each line of output.
// - Matchers are tried in order; the first whose match makes an annotation wins the line, and any
//   match resets every other matcher's multi-line state.
// - A matcher with several patterns matches consecutive lines; the last pattern emits and, with
//   `loop`, keeps matching while the earlier lines stay in force (eslint's stylish output).
// - A built-in with `unlessNext` holds its match until the next line, which may cancel it.
// - ANSI codes and a trailing `\r` are removed and the line is cut to MAX_MATCH_LENGTH first.
// Create one engine per output stream, as the runner does, and reset() it when an attempt starts.
import stripAnsi from 'strip-ansi';
import type { Lines } from '../core/events.js';
import type { AnnotationLevel } from '../core/record.js';
import { createCandidateFinder, kindOf } from './candidates.js';
import { compileMatcher, type CompiledMatcher, type CompiledPattern, type GroupProperty } from './compile.js';
import {
  createFileResolver,
  normalizeLocation,
  parsePosition,
  type FileResolverOptions,
} from './location.js';
import { MAX_MATCH_LENGTH } from './regexp-guard.js';
import type { FoundAnnotation, ProblemMatcher } from './types.js';
import { parseCommandProperties, unescapeData } from './workflow-command.js';

export type MatcherEngineOptions = FileResolverOptions;

export interface MatcherEngine {
  /** The annotations one line of output makes (at most one, as on GitHub). Never throws. */
  matchLine(line: string): readonly FoundAnnotation[];
  /**
   * The annotations of consecutive lines, in order; the same result as matchLine on each. Only
   * the lines the matchers' anchors find (and the lines around them that multi-line matches need,
   * see ./candidates.ts) are cut out of the batch and matched: most output is never split.
   */
  matchBatch(batch: Lines): readonly FoundAnnotation[];
  /** Forgets every multi-line match in progress. */
  reset(): void;
}

/** A line matched by one pattern, linked to the match of the pattern before it. */
interface Step {
  line: string;
  pattern: CompiledPattern;
  previous: Step | null;
}

type Groups = Partial<Record<GroupProperty, string>>;

const NOTHING: readonly FoundAnnotation[] = Object.freeze([]);

/** Throws a MatcherDefinitionError when a matcher is invalid (files are checked when loaded). */
export function createMatcherEngine(
  matchers: readonly ProblemMatcher[],
  options: MatcherEngineOptions,
): MatcherEngine {
  const running = matchers.map((matcher) => new RunningMatcher(compileMatcher(matcher)));
  const resolveFile = createFileResolver(options);
  // A workflow command's file is kept as given: the runner checks only problem-matcher matches
  // against the repository. Made workspace-relative when it is inside it, as any other path.
  const resolveGiven = createFileResolver({ ...options, fileExists: undefined });
  const resolveCommandFile = (file: string | undefined): string | undefined => {
    const name = file?.trim();
    if (!name || name.includes('\0')) return undefined;
    return resolveGiven(name) ?? name;
  };
  const finder = createCandidateFinder(running.map((matcher) => matcher.definition));
  const watchers = running.filter((matcher) => kindOf(matcher.definition) === 'watch');

  // The match of an `unlessNext` matcher, waiting for the line after it.
  let held: { annotation: FoundAnnotation; unless: RegExp } | null = null;

  /** Settles the held match with the line after it: reported into `found`, or dropped. */
  const settle = (line: string, found: FoundAnnotation[]): void => {
    if (!held) return;
    if (!held.unless.test(line)) found.push(held.annotation);
    held = null;
  };

  const matchPrepared = (line: string, active: readonly RunningMatcher[], found: FoundAnnotation[]): void => {
    settle(line, found);
    for (const matcher of active) {
      const groups = matcher.match(line);
      if (!groups) continue;
      // Matchers left out of `active` are not in a match: resetting them changes nothing.
      for (const other of running) if (other !== matcher) other.reset();
      const annotation = toAnnotation(
        groups,
        matcher.definition,
        matcher.definition.workflowCommand ? resolveCommandFile : resolveFile,
      );
      // A match without a message still reset the others, then the next matcher gets the line.
      if (!annotation) continue;
      const unless = matcher.definition.unlessNext;
      if (unless) held = { annotation, unless };
      else found.push(annotation);
      return;
    }
  };

  return {
    matchLine(raw) {
      if (running.length === 0) return NOTHING;
      const found: FoundAnnotation[] = [];
      matchPrepared(prepareLine(raw), running, found);
      return found.length > 0 ? found : NOTHING;
    },
    matchBatch(batch) {
      const { count } = batch;
      if (running.length === 0 || count === 0) return NOTHING;
      const found: FoundAnnotation[] = [];
      const longest = batch.longest ?? longestOf(batch.lines);
      // Lines cut to MAX_MATCH_LENGTH are not the lines the anchors were found in: every line then.
      if (finder.everyLine || longest > MAX_MATCH_LENGTH) {
        for (const line of batch.lines) matchPrepared(prepareLine(line), running, found);
        return found;
      }
      // The output stream hands over the joined text: no join, and only candidate lines are cut out.
      const text = batch.text ?? batch.lines.join('\n');
      const { starts, hit } = finder.find(text, count);
      // Matchers with no anchor in the batch can match none of its lines; one in a match goes on.
      const active = running.filter((matcher, index) => hit[index] || matcher.inProgress());
      // Dense output (most lines are candidates): every line, without finding each one's bounds.
      if (starts === null) {
        const last = count - 1;
        batch.lines.forEach((line, index) =>
          matchPrepared(prepareLine(line), index === last ? running : active, found),
        );
        return found;
      }
      const lastStart = text.lastIndexOf('\n') + 1;
      /** Where the first line not matched yet starts (past the end: none left). */
      let next = 0;
      const matchAt = (start: number) => {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        // The last line leaves the state the next batch starts with: every matcher sees it.
        matchPrepared(prepareLine(text.slice(start, stop)), start === lastStart ? running : active, found);
        next = stop + 1;
      };
      // A held match waits for the next line; a watch matcher in a match sees every line.
      const mustSeeNext = () => held !== null || watchers.some((matcher) => matcher.inProgress());
      for (const start of starts) {
        while (next < start && mustSeeNext()) matchAt(next);
        if (start < next) continue;
        if (finder.lookBack && next < start) {
          // The line before: what a look-back matcher's state depends on.
          const before = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
          if (before >= next) matchAt(before);
        }
        matchAt(start);
      }
      while (next <= text.length && mustSeeNext()) matchAt(next);
      if (finder.lookBack && next <= lastStart) matchAt(lastStart);
      return found.length > 0 ? found : NOTHING;
    },
    reset() {
      held = null;
      for (const matcher of running) matcher.reset();
    },
  };
}

/** A loop, not Math.max(...): a batch can hold over 100 000 (empty) lines, too many arguments. */
function longestOf(lines: readonly string[]): number {
  let longest = 0;
  for (const line of lines) if (line.length > longest) longest = line.length;
  return longest;
}

function prepareLine(raw: string): string {
  let line = raw.includes('\x1b') || raw.includes('\x9b') ? stripAnsi(raw) : raw;
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.length > MAX_MATCH_LENGTH) {
    // Never leave half of a surrogate pair at the cut.
    const last = line.charCodeAt(MAX_MATCH_LENGTH - 1);
    line = line.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_MATCH_LENGTH - 1 : MAX_MATCH_LENGTH);
  }
  return line;
}

class RunningMatcher {
  readonly definition: CompiledMatcher;
  /** state[i]: the match in progress that ends with pattern i (all but the last pattern). */
  private state: (Step | null)[];

  constructor(definition: CompiledMatcher) {
    this.definition = definition;
    this.state = new Array<Step | null>(definition.patterns.length - 1).fill(null);
  }

  reset(): void {
    this.state.fill(null);
  }

  /** The groups of a complete match ending on this line, or null. */
  match(line: string): Groups | null {
    const { patterns, skip } = this.definition;
    if (patterns.length === 1) {
      const found = exec(patterns[0], line);
      return found ? collect(null, patterns[0], found) : null;
    }
    if (skip && this.inProgress() && skip.test(line)) return null;
    // Last pattern first, so each pattern sees the state the previous line left (IssueMatcher.Match).
    for (let i = patterns.length - 1; i >= 0; i--) {
      const previous = i > 0 ? this.state[i - 1] : null;
      if (i > 0 && !previous) continue;
      const pattern = patterns[i];
      if (i === patterns.length - 1) {
        const found = exec(pattern, line);
        if (found) {
          this.reset();
          if (pattern.loop) this.state[i - 1] = previous;
          return collect(previous, pattern, found);
        }
        this.state[i - 1] = null;
      } else {
        // test(), not exec(): the groups are read again only if the whole match completes.
        const matches = mayContain(pattern, line) && pattern.regexp.test(line);
        this.state[i] = matches ? { line: detach(line), pattern, previous } : null;
      }
    }
    return null;
  }

  inProgress(): boolean {
    for (const step of this.state) if (step) return true;
    return false;
  }
}

/**
 * A copy of `line` that does not keep the string it was cut from alive. A line split out of a
 * batch is a slice of the whole batch's text; held in a match in progress across batches, it would
 * keep that text (tens of KiB) alive long enough to be promoted to the old generation, per stream.
 */
function detach(line: string): string {
  return (' ' + line).slice(1);
}

/** False when the pattern's literal prefilter rules `text` out. */
function mayContain(pattern: CompiledPattern, text: string): boolean {
  if (!pattern.contains) return true;
  for (const literal of pattern.contains) if (text.includes(literal)) return true;
  return false;
}

function exec(pattern: CompiledPattern, line: string): RegExpExecArray | null {
  if (!mayContain(pattern, line)) return null;
  return pattern.regexp.exec(line);
}

/** Gathers the groups each pattern of a complete match sets (each property is set by one pattern). */
function collect(previous: Step | null, last: CompiledPattern, found: RegExpExecArray): Groups {
  const groups: Groups = {};
  read(groups, last, found);
  for (let step = previous; step; step = step.previous) {
    read(groups, step.pattern, step.pattern.regexp.exec(step.line)!);
  }
  return groups;
}

function read(groups: Groups, pattern: CompiledPattern, found: RegExpExecArray): void {
  for (const [property, group] of pattern.groups) {
    const value = found[group];
    if (value !== undefined) groups[property] = value;
  }
}

const LEVELS: ReadonlyMap<string, AnnotationLevel> = new Map([
  ['error', 'error'],
  ['warning', 'warning'],
  ['notice', 'notice'],
  // What tools print for the lesser levels GitHub has no name for (gcc `note:`, `info`).
  ['warn', 'warning'],
  ['note', 'notice'],
  ['info', 'notice'],
]);

function levelOf(severity: string | undefined, fallback: AnnotationLevel | undefined): AnnotationLevel {
  const text = severity?.trim().toLowerCase();
  if (!text) return fallback ?? 'error';
  // Unknown severities count as errors: a problem is not dropped for an odd label.
  return LEVELS.get(text) ?? 'error';
}

function toAnnotation(
  groups: Groups,
  matcher: CompiledMatcher,
  resolveFile: (file: string | undefined, fromPath?: string) => string | undefined,
): FoundAnnotation | null {
  let { file, line, endLine, column, endColumn, message } = groups;
  let title: string | undefined;
  if (matcher.workflowCommand) {
    const properties = parseCommandProperties(groups.properties ?? '');
    ({ file, line, endLine, endColumn, title } = properties);
    column = properties.col;
    message = message === undefined ? undefined : unescapeData(message);
  }
  if (message === undefined || !message.trim()) return null;
  const location = normalizeLocation({
    line: parsePosition(line),
    endLine: parsePosition(endLine),
    column: parsePosition(column),
    endColumn: parsePosition(endColumn),
  });
  const code = groups.code?.trim();
  const annotation: FoundAnnotation = {
    level: levelOf(groups.severity, matcher.severity),
    message,
    source: matcher.owner,
  };
  const path = resolveFile(file, groups.fromPath);
  if (path !== undefined) annotation.file = path;
  if (location.line !== undefined) annotation.line = location.line;
  if (location.endLine !== undefined) annotation.endLine = location.endLine;
  if (location.column !== undefined) annotation.column = location.column;
  if (location.endColumn !== undefined) annotation.endColumn = location.endColumn;
  if (title) annotation.title = title;
  if (code) annotation.code = code;
  return annotation;
}
