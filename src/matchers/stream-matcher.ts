// The engine as the execution logger's line observer: one engine per stream, as the runner keeps
// one matcher state per stream (OutputManager), so interleaved stdout and stderr lines never break
// each other's multi-line matches; every new attempt starts with no match in progress.
import type { Lines } from '../core/events.js';
import type { StreamName } from '../core/record.js';
import { createMatcherEngine, type MatcherEngine, type MatcherEngineOptions } from './engine.js';
import type { FoundAnnotation, ProblemMatcher } from './types.js';

export type StreamBatchMatcher = (
  batch: Lines,
  stream: StreamName,
  attempt: number,
) => readonly FoundAnnotation[];

/** A batch of consecutive complete lines at a time (see MatcherEngine.matchBatch). */
export function createStreamBatchMatcher(
  matchers: readonly ProblemMatcher[],
  options: MatcherEngineOptions,
): StreamBatchMatcher {
  // Built on a stream's first output: a step that prints nothing (or only to one stream) does not
  // pay for compiling every matcher's regexps at start-up.
  const engines: Partial<Record<StreamName, MatcherEngine>> = {};
  let currentAttempt = 0;
  return (batch, stream, attempt) => {
    if (attempt !== currentAttempt) {
      currentAttempt = attempt;
      engines.stdout?.reset();
      engines.stderr?.reset();
    }
    const engine = (engines[stream] ??= createMatcherEngine(matchers, options));
    return engine.matchBatch(batch);
  };
}
