// Problem matchers: what the rest of steplog needs from src/matchers/.
export type { FoundAnnotation, ProblemMatcher, ProblemPattern } from './types.js';
export { createMatcherEngine, type MatcherEngine, type MatcherEngineOptions } from './engine.js';
export { createStreamBatchMatcher, type StreamBatchMatcher } from './stream-matcher.js';
export { loadMatchers, type LoadMatchersOptions } from './load-matchers.js';
export { parseMatcherFile, MatcherFileError } from './parse-matcher-file.js';
export { MatcherDefinitionError } from './compile.js';
export { enableRegexpGuard, MAX_MATCH_LENGTH } from './regexp-guard.js';
export { BUILTIN_MATCHERS, BUILTIN_MATCHER_NAMES, type BuiltinMatcherName } from './builtin/index.js';
export { WORKFLOW_COMMANDS_OWNER } from './builtin/workflow-commands.js';
