// Reads a problem-matcher JSON file (`{"problemMatcher": [{"owner", "severity"?, "pattern": […]}]}`)
// and checks it as the runner does when `::add-matcher::` loads it, so a broken file stops the step
// before the command runs instead of silently matching nothing. Unknown keys are ignored, as the
// runner ignores them; steplog's own extensions (`skip`, `unlessNext`, `properties`) are not read from files.
import { InputError } from '../core/errors.js';
import type { AnnotationLevel } from '../core/record.js';
import { compileMatcher, GROUP_PROPERTIES, MatcherDefinitionError } from './compile.js';
import type { ProblemMatcher, ProblemPattern } from './types.js';

const ACCEPTED_FILE =
  'a GitHub problem-matcher file such as {"problemMatcher": [{"owner": "tool", "pattern": ' +
  '[{"regexp": "^(.+):(\\\\d+): (.+)$", "file": 1, "line": 2, "message": 3}]}]}';

/** A matcher file that cannot be used: names the input, the file and what is wrong in it. */
export class MatcherFileError extends InputError {
  constructor(label: string, file: string, problem: string) {
    super(label, file, ACCEPTED_FILE);
    this.name = 'MatcherFileError';
    this.message = `Invalid ${label}: ${JSON.stringify(file)}: ${problem}. Expected ${ACCEPTED_FILE}.`;
  }
}

export interface MatcherFileSource {
  /** How the user named the input, e.g. `matchers` or `--matchers`. */
  label: string;
  /** The file as the user gave it. */
  file: string;
}

// Group properties a file may set: everything but steplog's `properties` extension.
const FILE_GROUPS = GROUP_PROPERTIES.filter((property) => property !== 'properties');
const SEVERITIES: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/** Parses and checks a matcher file's text. Throws MatcherFileError. */
export function parseMatcherFile(text: string, source: MatcherFileSource): ProblemMatcher[] {
  const fail = (problem: string) => new MatcherFileError(source.label, source.file, problem);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw fail(`it is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data) || !Array.isArray(data.problemMatcher)) throw fail('it has no "problemMatcher" array');
  if (data.problemMatcher.length === 0) throw fail('its "problemMatcher" array is empty');

  const owners = new Set<string>();
  return data.problemMatcher.map((raw: unknown, index: number) => {
    const matcher = readMatcher(raw, index, fail);
    const key = matcher.owner.toLowerCase();
    if (owners.has(key)) throw fail(`owner ${matcher.owner} appears twice`);
    owners.add(key);
    try {
      compileMatcher(matcher);
    } catch (error) {
      if (error instanceof MatcherDefinitionError) throw fail(error.message);
      throw error;
    }
    return matcher;
  });
}

function readMatcher(raw: unknown, index: number, fail: (problem: string) => Error): ProblemMatcher {
  if (!isObject(raw)) throw fail(`matcher ${index + 1} is not an object`);
  const { owner, severity, pattern } = raw;
  if (typeof owner !== 'string' || !owner.trim()) throw fail(`matcher ${index + 1} has no owner`);
  const matcher: ProblemMatcher = { owner, pattern: [] };
  if (severity !== undefined && severity !== null && severity !== '') {
    const level = typeof severity === 'string' ? severity.toLowerCase() : undefined;
    if (!SEVERITIES.includes(level as AnnotationLevel)) {
      throw fail(`owner ${owner} has severity ${JSON.stringify(severity)}, not error, warning or notice`);
    }
    matcher.severity = level as AnnotationLevel;
  }
  if (!Array.isArray(pattern) || pattern.length === 0) throw fail(`owner ${owner} has no pattern array`);
  matcher.pattern = pattern.map((entry: unknown, number: number) =>
    readPattern(entry, `pattern ${number + 1} of owner ${owner}`, fail),
  );
  return matcher;
}

function readPattern(raw: unknown, where: string, fail: (problem: string) => Error): ProblemPattern {
  if (!isObject(raw)) throw fail(`${where} is not an object`);
  if (typeof raw.regexp !== 'string' || raw.regexp === '') throw fail(`${where} has no regexp`);
  const pattern: ProblemPattern = { regexp: raw.regexp };
  for (const property of FILE_GROUPS) {
    const group = raw[property];
    if (group === undefined || group === null) continue;
    if (typeof group !== 'number' || !Number.isInteger(group) || group < 0) {
      throw fail(`${where} sets ${property} to ${JSON.stringify(group)}, not a group number`);
    }
    pattern[property] = group;
  }
  if (raw.loop !== undefined && raw.loop !== null) {
    if (typeof raw.loop !== 'boolean')
      throw fail(`${where} sets loop to ${JSON.stringify(raw.loop)}, not true or false`);
    if (raw.loop) pattern.loop = true;
  }
  return pattern;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
