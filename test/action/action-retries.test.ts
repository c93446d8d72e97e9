// Retries as a user of the action sees them, judged by the runner emulation: problems of an attempt
// that a retry replaced by a success are notices naming their attempt, an identical annotation is
// emitted once, a green step that needed retries says so in one warning, the stdout output is the
// last attempt's, and a workflow command's file is kept even when it is not in the workspace.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runAction } from './run-action.js';
import { annotationsOf } from './runner-view.js';

beforeAll(assertBuilt);

/** Attempt 1 reports the same error twice and exits 2; attempt 2 warns and passes. */
const FLAKY = [
  `n=$(( $(cat count 2>/dev/null || echo 0) + 1 )); echo $n > count`,
  'echo "attempt $n output"',
  'if [ $n -eq 1 ]; then',
  '  echo "::error file=src/missing.ts,line=3::boom"',
  '  echo "::error file=src/missing.ts,line=3::boom"',
  '  exit 2',
  'fi',
  'echo "::warning file=src/missing.ts,line=9::flaky but fine"',
].join('\n');

describe('a step that succeeded after a retry', () => {
  it('reports the failed attempt’s problems once, as notices naming it, and warns that it needed a retry', async () => {
    const run = await runAction({ with: { name: 'flaky', run: FLAKY, 'max-attempts': '3' } });
    expect(run.code).toBe(0);
    const annotations = annotationsOf(run).map((c) => [c.command, c.properties.file ?? null, c.data]);
    expect(annotations).toEqual([
      ['notice', 'src/missing.ts', 'attempt 1 of 3 (retried): boom'],
      ['warning', 'src/missing.ts', 'flaky but fine'],
      ['warning', null, 'flaky succeeded on attempt 2 of 3 (attempt 1: exit code 2)'],
    ]);
    // The outputs are the last attempt's.
    expect(run.outputs().get('stdout')).toBe(
      'attempt 2 output\n::warning file=src/missing.ts,line=9::flaky but fine',
    );
    expect(run.outputs().get('attempts')).toBe('2');
    // The summary counts what was emitted.
    expect(run.summary()).toContain('#### Annotations (2 warnings, 1 notice)');
  });

  it('warn-on-retry: false leaves the warning out', async () => {
    const run = await runAction({
      with: { name: 'flaky', run: FLAKY, 'max-attempts': '3', 'warn-on-retry': 'false' },
    });
    expect(run.code).toBe(0);
    expect(annotationsOf(run).map((c) => c.data)).not.toContain(
      'flaky succeeded on attempt 2 of 3 (attempt 1: exit code 2)',
    );
  });
});

describe('a step that failed on every attempt', () => {
  it('keeps its errors as errors, each once, with the file as the command gave it', async () => {
    const run = await runAction({
      with: {
        name: 'broken',
        run: 'echo "::error file=gen/out.ts,line=1::bad"; exit 1',
        'max-attempts': '2',
      },
    });
    expect(run.code).toBe(1);
    expect(annotationsOf(run).map((c) => [c.command, c.properties.file ?? null, c.data])).toEqual([
      ['error', 'gen/out.ts', 'bad'],
      ['error', null, '`broken` failed with exit code 1 on attempt 2 of 2'],
    ]);
  });
});
