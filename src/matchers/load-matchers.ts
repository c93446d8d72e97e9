// Turns the `matchers` input into problem matchers: built-in names, `builtin` (all of them), `none`
// (no matchers at all, workflow commands included), or paths of problem-matcher JSON files
// relative to the workspace. A matcher whose owner was already loaded replaces it, as
// `::add-matcher::` replaces a matcher with the same owner; the list keeps the order given.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors.js';
import { BUILTIN_MATCHER_NAMES, BUILTIN_MATCHERS, isBuiltinMatcherName } from './builtin/index.js';
import { parseMatcherFile } from './parse-matcher-file.js';
import type { ProblemMatcher } from './types.js';

export interface LoadMatchersOptions {
  /** Base of relative file paths. */
  workspace: string;
  /** How the user named the input, e.g. `matchers` or `--matchers`. */
  label: string;
}

const ACCEPTED_SPECS =
  `a built-in matcher (${BUILTIN_MATCHER_NAMES.join(', ')}), builtin for all of them, none, ` +
  'or the path of a problem-matcher JSON file relative to the workspace';

/** Throws InputError (exit status 125) for an unknown name, a missing file or an invalid file. */
export async function loadMatchers(specs: string[], options: LoadMatchersOptions): Promise<ProblemMatcher[]> {
  const wanted = specs.map((spec) => spec.trim()).filter(Boolean);
  if (wanted.includes('none')) {
    if (wanted.length > 1) {
      throw new InputError(
        options.label,
        wanted.join(', '),
        `none on its own, or a list without it: ${ACCEPTED_SPECS}`,
      );
    }
    return [];
  }
  const loaded: ProblemMatcher[] = [];
  for (const spec of wanted) {
    for (const matcher of await resolveSpec(spec, options)) {
      const owner = matcher.owner.toLowerCase();
      const earlier = loaded.findIndex((other) => other.owner.toLowerCase() === owner);
      if (earlier >= 0) loaded.splice(earlier, 1);
      loaded.push(matcher);
    }
  }
  return loaded;
}

async function resolveSpec(spec: string, options: LoadMatchersOptions): Promise<readonly ProblemMatcher[]> {
  if (spec === 'builtin') return BUILTIN_MATCHER_NAMES.flatMap((name) => BUILTIN_MATCHERS[name]);
  if (isBuiltinMatcherName(spec)) return BUILTIN_MATCHERS[spec];
  const file = path.resolve(options.workspace, spec);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `no such built-in matcher, and no file at ${file}`
        : code === 'EISDIR'
          ? `${file} is a directory`
          : `${file} cannot be read (${(error as Error).message})`;
    throw new InputError(options.label, spec, `${ACCEPTED_SPECS}; ${problem}`);
  }
  return parseMatcherFile(text, { label: options.label, file: spec });
}
