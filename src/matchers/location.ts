// Where an annotation points: line and column numbers read strictly and normalised the way
// the runner does it, and a file path made relative to the workspace or dropped.
import path from 'node:path';

/** Larger numbers are noise (a timestamp, a byte offset), not a place in a source file. */
export const MAX_POSITION = 100_000_000;

/** A line or column as printed: decimal digits only, 1 to MAX_POSITION; anything else is dropped. */
export function parsePosition(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = text.trim();
  if (!/^\d{1,9}$/.test(digits)) return undefined;
  const value = Number(digits);
  return value >= 1 && value <= MAX_POSITION ? value : undefined;
}

export interface Location {
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

/**
 * The runner's rules for an annotation's range (IssueCommandExtension.ValidateLinesAndColumns):
 * an end without a start becomes the start; columns need a line and a single-line range; a range
 * that ends before it starts is dropped.
 */
export function normalizeLocation(location: Location): Location {
  let { line, endLine, column, endColumn } = location;
  if (line === undefined) line = endLine;
  if (column === undefined) column = endColumn;
  if (line === undefined || (endLine !== undefined && endLine !== line)) {
    column = undefined;
    endColumn = undefined;
  }
  if (line !== undefined && endLine !== undefined && endLine < line) {
    line = undefined;
    endLine = undefined;
  }
  if (column !== undefined && endColumn !== undefined && endColumn < column) {
    column = undefined;
    endColumn = undefined;
  }
  return { line, endLine, column, endColumn };
}

export interface FileResolverOptions {
  /** The repository checkout; annotation paths are relative to it. */
  workspace: string;
  /** Where the command ran: relative paths in its output start here. Default: the workspace. */
  cwd?: string;
  /** When given, a path to a file that does not exist is dropped, as the runner does. */
  fileExists?: (absolutePath: string) => boolean;
}

// A Windows workspace (`D:\a\repo\repo`, `\\server\share`) means Windows path rules, whatever the
// platform steplog itself runs on, so both rule sets are testable on Linux.
const WINDOWS_PATH = /^(?:[A-Za-z]:[\\/]|\\\\)/;

/**
 * Returns a function turning a path printed by a tool into one relative to the workspace with `/`
 * separators, or undefined when it is empty, a pseudo-file (`<string>`, `<frozen …>`), outside the
 * workspace (absolute elsewhere, `../` escapes) or, with `fileExists`, missing.
 */
export function createFileResolver(
  options: FileResolverOptions,
): (file: string | undefined, fromPath?: string) => string | undefined {
  const rules = WINDOWS_PATH.test(options.workspace) ? path.win32 : path.posix;
  const workspace = rules.resolve(options.workspace);
  const base = rules.resolve(workspace, options.cwd ?? '.');
  const { fileExists } = options;
  // Each path is looked up once per resolver (one step): a tool repeats the same few files in
  // thousands of problems, and a lookup is a system call. Bounded: a log naming more paths than
  // this starts over.
  const known = new Map<string, boolean>();
  const existing = (absolute: string) => {
    let found = known.get(absolute);
    if (found === undefined) {
      if (known.size >= KNOWN_PATHS) known.clear();
      found = exists(fileExists!, absolute);
      known.set(absolute, found);
    }
    return found;
  };
  return (file, fromPath) => {
    const name = file?.trim();
    if (!name || name.includes('\0') || (name.startsWith('<') && name.endsWith('>'))) return undefined;
    const from = fromPath?.trim();
    // fromPath roots a relative file at its own directory (a matcher for a tool that prints the
    // project file first, then paths relative to it).
    const joined = from && !rules.isAbsolute(name) ? rules.join(rules.dirname(from), name) : name;
    const absolute = rules.resolve(base, joined);
    const relative = rules.relative(workspace, absolute);
    if (
      !relative ||
      relative === '..' ||
      relative.startsWith(`..${rules.sep}`) ||
      rules.isAbsolute(relative)
    ) {
      return undefined;
    }
    if (fileExists && !existing(absolute)) return undefined;
    return rules === path.win32 ? relative.replaceAll('\\', '/') : relative;
  };
}

const KNOWN_PATHS = 10_000;

function exists(fileExists: (absolutePath: string) => boolean, absolute: string): boolean {
  try {
    return fileExists(absolute);
  } catch {
    return false;
  }
}
