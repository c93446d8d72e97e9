// The built-in matchers by name. `builtin` loads them all, in this order: the first matcher that
// makes an annotation from a line wins it, so the most specific formats come first.
import type { ProblemMatcher } from '../types.js';
import { ansible } from './ansible.js';
import { dockerBuild } from './docker-build.js';
import { eslintCompact } from './eslint-compact.js';
import { eslintStylish } from './eslint-stylish.js';
import { gcc } from './gcc.js';
import { go } from './go.js';
import { pytest } from './pytest.js';
import { python } from './python.js';
import { tsc } from './tsc.js';
import { workflowCommands } from './workflow-commands.js';

/** Built-ins are shared by every engine: freeze them so that no caller can change one for all. */
function frozen(matchers: ProblemMatcher[]): readonly ProblemMatcher[] {
  for (const matcher of matchers) {
    for (const pattern of matcher.pattern) Object.freeze(pattern);
    Object.freeze(matcher.pattern);
    Object.freeze(matcher);
  }
  return Object.freeze(matchers);
}

export const BUILTIN_MATCHERS = {
  'workflow-commands': frozen(workflowCommands),
  gcc: frozen(gcc),
  tsc: frozen(tsc),
  'eslint-compact': frozen(eslintCompact),
  'eslint-stylish': frozen(eslintStylish),
  python: frozen(python),
  pytest: frozen(pytest),
  go: frozen(go),
  'docker-build': frozen(dockerBuild),
  ansible: frozen(ansible),
} as const;

export type BuiltinMatcherName = keyof typeof BUILTIN_MATCHERS;

export const BUILTIN_MATCHER_NAMES = Object.keys(BUILTIN_MATCHERS) as BuiltinMatcherName[];

export function isBuiltinMatcherName(name: string): name is BuiltinMatcherName {
  return Object.hasOwn(BUILTIN_MATCHERS, name);
}
