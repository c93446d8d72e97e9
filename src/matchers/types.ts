// GitHub's problem-matcher format, as the runner loads it with `::add-matcher::`
// (actions/toolkit docs/problem-matchers.md; actions/runner src/Runner.Worker/IssueMatcher.cs).
// Group numbers index the regexp's capture groups; 0 is the whole match.
import type { Annotation, AnnotationLevel } from '../core/record.js';

export interface ProblemPattern {
  /** A JavaScript regular expression (no flags), matched against one line of output. */
  regexp: string;
  file?: number;
  /** A path whose directory roots a relative `file`. */
  fromPath?: number;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
  severity?: number;
  code?: number;
  message?: number;
  /** Only on the last pattern of several: it may match many consecutive lines. */
  loop?: boolean;
  /**
   * steplog extension for built-ins (never read from a file): the group holding a workflow command's
   * `key=value,…` properties. When a pattern sets it, file, line, endLine, col, endColumn and title
   * come from those properties, and they and the message are unescaped as the runner does it.
   */
  properties?: number;
  /**
   * steplog extension for built-ins (never read from a file): a literal every line this pattern
   * matches contains (or, for a list, one of them). Lines without it are not tried, which keeps
   * long unrelated lines and batches without diagnostics cheap.
   */
  contains?: string | readonly string[];
}

export interface ProblemMatcher {
  /** Names the matcher; becomes the annotation's `source`. */
  owner: string;
  /** The level when the severity group is absent or empty; `error` when unset. */
  severity?: AnnotationLevel;
  pattern: ProblemPattern[];
  /**
   * steplog extension for built-ins (never read from a file): while a multi-line match is in progress,
   * lines matching this regexp are passed over instead of breaking it (the source and `^^^` lines of a
   * Python traceback, which GitHub's strictly consecutive patterns cannot express).
   */
  skip?: string;
  /**
   * steplog extension for built-ins (never read from a file): a complete match is held until the
   * next line of the stream, and dropped when that line matches this regexp (Ansible prints
   * `...ignoring` under a failure the playbook ignores). A match on the very last line of an
   * attempt's output is therefore never reported.
   */
  unlessNext?: string;
}

/** What the engine finds in one line; the execution logger adds the attempt number. */
export type FoundAnnotation = Omit<Annotation, 'attempt'>;
