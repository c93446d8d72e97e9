// One group per attempt, as a user of the built action sees the job log: the runner emulation
// replays the action's output and folds it as GitHub's log viewer does (one level of groups). Each
// attempt's output is one fold, steplog's own lines (attempt start, result, retry) are outside
// every fold, a step cut by its timeout has its fold closed before its result line, and the group
// lines are steplog's: the command's `::group::` never runs while commands are stopped.
import { beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../exec/helpers.js';
import { assertBuilt, runAction, type ActionRun } from './run-action.js';
import type { LogEntry } from './runner-oracle.js';
import {
  expectCommandsStoppedAroundOutput,
  expectNoInjectedCommand,
  foldedLogOf,
  ORDERS,
} from './runner-view.js';

beforeAll(assertBuilt);

/** The stop and resume lines (`::stop-commands::<token>`, `::<token>::`), which carry random tokens. */
const isGateLine = (line: string) => /^::(stop-commands::)?[0-9a-f]{48}(::)?$/.test(line);

/** The folded log without the stop/resume lines, in each batch order the runner may produce. */
function shown(run: ActionRun): LogEntry[] {
  const views = ORDERS.filter((order) => order !== 'stdout-first').map((order) =>
    foldedLogOf(run, order)
      .filter((entry) => typeof entry !== 'string' || !isGateLine(entry))
      .map((entry) =>
        typeof entry === 'string'
          ? entry
          : { group: entry.group, lines: entry.lines.filter((line) => !isGateLine(line)) },
      ),
  );
  for (const view of views.slice(1)) expect(view).toEqual(views[0]);
  return views[0];
}

const folds = (entries: LogEntry[]) => entries.filter((entry) => typeof entry !== 'string');
const steplogLines = (entries: LogEntry[]) =>
  entries.filter((entry): entry is string => typeof entry === 'string' && entry.startsWith('steplog'));

describe('GitHub groups, with workflow-commands: false (the default)', () => {
  it('one attempt: its output in one fold, steplog’s lines around it; the command’s group lines are text', async () => {
    const run = await runAction({
      with: { name: 'build', run: "echo compiling\necho '::group::PWNED'\necho '::endgroup::'\necho done" },
    });
    expect(run.code).toBe(0);
    expectCommandsStoppedAroundOutput(run);
    expectNoInjectedCommand(run, 'PWNED');
    const log = shown(run);
    expect(folds(log)).toEqual([
      { group: 'build: output', lines: ['compiling', '::group::PWNED', '::endgroup::', 'done'] },
    ]);
    const fold = log.findIndex((entry) => typeof entry !== 'string');
    expect(log[fold - 1]).toBe('steplog ▶ build');
    expect(log[fold + 1]).toMatch(/^steplog ✔ build/);
  });

  it('two attempts: one fold each, the result and retry lines between them', async () => {
    const run = await runAction({
      with: {
        name: 'flaky',
        run: 'n=$(( $(cat count 2>/dev/null || echo 0) + 1 )); echo $n > count\necho "try $n"\n[ $n -ge 2 ]',
        'max-attempts': '3',
        'retry-delay': '0s',
      },
    });
    expect(run.code).toBe(0);
    expectCommandsStoppedAroundOutput(run);
    const log = shown(run);
    expect(folds(log)).toEqual([
      { group: 'flaky: output of attempt 1/3', lines: ['try 1'] },
      { group: 'flaky: output of attempt 2/3', lines: ['try 2'] },
    ]);
    // Every steplog line is outside the folds, in order around them.
    const order = log.map((entry) =>
      typeof entry === 'string' ? (entry.startsWith('steplog') ? entry : null) : `[${entry.group}]`,
    );
    expect(order.filter((entry) => entry !== null)).toEqual([
      'steplog ▶ flaky (attempt 1 of 3)',
      '[flaky: output of attempt 1/3]',
      expect.stringMatching(
        /^steplog ↻ flaky: attempt 1 of 3 failed with exit code 1 in [^;]+; retrying now$/,
      ),
      'steplog ▶ flaky (attempt 2 of 3)',
      '[flaky: output of attempt 2/3]',
      expect.stringMatching(/^steplog ✔ flaky: succeeded on attempt 2 of 3 in /),
    ]);
  });

  it('timeout: the fold is closed before the timed-out result line', async () => {
    const run = await runAction({
      with: { name: 'slow', run: 'echo started; sleep 30; echo never', timeout: '1s', 'kill-after': '1s' },
    });
    expect(run.code).toBe(124);
    expectCommandsStoppedAroundOutput(run);
    const log = shown(run);
    expect(folds(log)).toEqual([{ group: 'slow: output', lines: ['started'] }]);
    const fold = log.findIndex((entry) => typeof entry !== 'string');
    expect(log[fold + 1]).toMatch(/^steplog ⏱ slow/);
    expect(steplogLines(log).at(-1)).toMatch(/^steplog ⏱ slow/);
  });

  it('cancel (SIGINT to the action) mid-attempt: the fold is closed before the cancelled result line', async () => {
    const run = await runAction({
      with: { name: 'long', run: 'echo started\nsleep 60' },
      onSpawn: (pid, chunks) => {
        void eventually(() => chunks.some((c) => c.text.includes('started')), 20_000, 'the first line').then(
          () => process.kill(pid, 'SIGINT'),
        );
      },
    });
    expect(run.code).toBe(130);
    expectCommandsStoppedAroundOutput(run);
    const log = shown(run);
    expect(folds(log)).toEqual([{ group: 'long: output', lines: ['started'] }]);
    const fold = log.findIndex((entry) => typeof entry !== 'string');
    expect(steplogLines(log.slice(fold + 1)).length).toBeGreaterThan(0);
    expect(steplogLines(log).at(-1)).toMatch(/^steplog ⊘ long/);
  });
});

describe('GitHub groups, with workflow-commands: true', () => {
  it('a fold per attempt without stopping; the command’s own group replaces steplog’s, and steplog’s end closes it', async () => {
    const run = await runAction({
      with: {
        name: 'raw',
        run: "echo compiling\necho '::group::Tests'\necho 'ok 1'\necho '::notice::raw command'",
        'workflow-commands': 'true',
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('::stop-commands::');
    const log = shown(run);
    // GitHub has one level of groups: the command's group ends steplog's fold.
    expect(folds(log)).toEqual([
      { group: 'raw: output', lines: ['compiling'] },
      { group: 'Tests', lines: ['ok 1'] },
    ]);
    // The command left its group open: steplog's result line is outside it all the same.
    expect(log.at(-1)).toMatch(/^steplog ✔ raw/);
  });
});

describe('GitHub groups with steps', () => {
  const STEPS = ['- name: one', '  run: echo first', '- name: two', '  run: echo second'].join('\n');

  it('one after the other: a fold per step’s attempt', async () => {
    const run = await runAction({ with: { steps: STEPS, 'max-parallel': '1' } });
    expect(run.code).toBe(0);
    expectCommandsStoppedAroundOutput(run);
    expect(folds(shown(run))).toEqual([
      { group: 'one: output', lines: ['first'] },
      { group: 'two: output', lines: ['second'] },
    ]);
  });

  it('in parallel: no folds (their lines interleave), each line marked with its step', async () => {
    const run = await runAction({ with: { steps: STEPS, 'max-parallel': '2' } });
    expect(run.code).toBe(0);
    expectCommandsStoppedAroundOutput(run);
    const log = shown(run);
    expect(folds(log)).toEqual([]);
    expect(log).toEqual(expect.arrayContaining(['[one] first', '[two] second']));
  });
});
