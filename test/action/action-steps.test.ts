// `steps` through the built action: commands stopped around every step's output (parallel
// steps share the runner's command processing), the run's outputs with `results`, one job summary
// with the timeline, annotations of every step, and injections from any step still inert.
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, readJsonl, runAction } from './run-action.js';
import { annotationsOf, expectNoInjectedCommand, expectCommandsStoppedAroundOutput } from './runner-view.js';

beforeAll(assertBuilt);

const STEPS = [
  '- name: lint',
  '  run: |',
  '    echo "src/a.ts:3:5 - error TS2322: Type x is not assignable"',
  "    echo '::set-output name=status::PWNED'",
  '    sleep 0.3',
  '    echo linted',
  '- name: unit tests',
  '  run: |',
  "    echo '::stop-commands::x'; echo '::x::'; echo '::debug::PWNED' >&2",
  '    exit 3',
].join('\n');

describe('the action with steps', () => {
  it('runs every step in parallel under one stop, and reports the run', async () => {
    const run = await runAction({ with: { steps: STEPS, 'max-parallel': '2' } });
    expect(run.code).toBe(3);
    expectNoInjectedCommand(run, 'PWNED');
    expectCommandsStoppedAroundOutput(run);
    expect(run.stdout).toContain('[lint] linted');
    expect(run.stdout).toContain('[unit-tests] ::stop-commands::x');

    const outputs = run.outputs();
    expect(outputs.get('status')).toBe('failed');
    expect(outputs.get('exit-code')).toBe('3');
    expect(outputs.get('attempts')).toBe('2');
    const results = JSON.parse(outputs.get('results') ?? '') as {
      id: string;
      status: string;
      exitStatus: number;
    }[];
    expect(results.map((r) => [r.id, r.status, r.exitStatus])).toEqual([
      ['lint', 'success', 0],
      ['unit-tests', 'failed', 3],
    ]);

    const summary = run.summary();
    expect(summary).toContain('1 of 2 steps did not succeed');
    expect(summary).toMatch(/```mermaid\ngantt\n/);

    const annotations = annotationsOf(run);
    expect(annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ command: 'error', data: 'Type x is not assignable' }),
        expect.objectContaining({
          command: 'error',
          data: expect.stringContaining('`unit tests` failed with exit code 3'),
        }),
      ]),
    );

    const events = readJsonl(outputs.get('log-file') ?? '');
    expect(new Set(events.map((e) => e.stepId))).toEqual(new Set(['lint', 'unit-tests']));
  });
});
