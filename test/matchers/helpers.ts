// Shared by the matcher tests: the fixtures, and running lines through an engine.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMatcherEngine, type MatcherEngineOptions } from '../../src/matchers/engine.js';
import { loadMatchers } from '../../src/matchers/load-matchers.js';
import type { FoundAnnotation, ProblemMatcher } from '../../src/matchers/types.js';

/** The workspace the samples were rewritten to (a GitHub runner's). */
export const WORKSPACE = '/home/runner/work/app/app';
export const FIXTURES = fileURLToPath(new URL('../fixtures/matchers/', import.meta.url));

/** The lines of a sample, as the output stream hands them over (no `\n`). */
export function sample(name: string): string[] {
  const text = readFileSync(`${FIXTURES}samples/${name}`, 'utf8');
  return text.replace(/\n$/, '').split('\n');
}

export function annotate(
  matchers: ProblemMatcher[],
  lines: string[],
  options: MatcherEngineOptions = { workspace: WORKSPACE },
): FoundAnnotation[] {
  const engine = createMatcherEngine(matchers, options);
  return lines.flatMap((line) => engine.matchLine(line));
}

export function loadBuiltin(...names: string[]): Promise<ProblemMatcher[]> {
  return loadMatchers(names, { workspace: WORKSPACE, label: 'matchers' });
}
