// The action bundle run as the runner runs it: what a command starts in the background outlives the
// step by default (as after a `run:` step) and is named; `background: kill` ends it; a timeout
// reports the strongest signal the tree needed in the `signal` output.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSurvivors, killSurvivors, survivors, watchMarker } from '../exec/helpers.js';
import { assertBuilt, readJsonl, runAction } from './run-action.js';
import { annotationsOf, expectCommandsStoppedAroundOutput } from './runner-view.js';

beforeAll(assertBuilt);
afterEach(expectNoSurvivors);

/** Started in the background, its pid written down, and waited for until it has become `sleep` (setsid done). */
const UNTIL_SLEEP = 'until [ "$(cat /proc/$!/comm)" = sleep ]; do sleep 0.01; done';
const SERVER = [
  'nohup sleep 300 >/dev/null 2>&1 &',
  'echo $! > "$RUNNER_TEMP/server.pid"',
  UNTIL_SLEEP,
  'echo started',
].join('\n');

describe('background processes (action bundle)', () => {
  it('keep (default): the server outlives the step, one line names it, the step succeeds', async () => {
    const marker = `action-keep-${Date.now()}`;
    watchMarker(marker);
    try {
      const run = await runAction({
        with: { name: 'serve', run: SERVER },
        env: { STEPLOG_TEST_MARKER: marker },
      });
      const pid = Number(readFileSync(path.join(run.runnerTemp, 'server.pid'), 'utf8'));
      expect(run.code).toBe(0);
      expect(run.outputs().get('status')).toBe('success');
      expect(survivors(marker)).toEqual([pid]);
      const line = `left running in the background: ${pid} sleep 300`;
      expect(run.stdout).toContain(`steplog ℹ ${line}\n`);
      // A server started on purpose is no problem of the step: a line, no warning annotation.
      expect(annotationsOf(run)).toEqual([]);
      expectCommandsStoppedAroundOutput(run);
    } finally {
      killSurvivors(marker);
    }
  });

  it('kill: the server is gone when the step ends; an escapee is swept with a warning', async () => {
    const marker = `action-kill-${Date.now()}`;
    watchMarker(marker);
    const run = await runAction({
      with: { name: 'serve', run: `${SERVER}\nsetsid sleep 300 &\n${UNTIL_SLEEP}`, background: 'kill' },
      env: { STEPLOG_TEST_MARKER: marker },
    });
    expect(run.code).toBe(0);
    expect(survivors(marker)).toEqual([]);
    expect(annotationsOf(run).map((c) => [c.command, c.data])).toEqual([
      [
        'warning',
        expect.stringMatching(/^killed 1 process the command left running outside its process group/),
      ],
    ]);
  });

  it('a bad value: exit 125 naming the input, the value and what is accepted; nothing runs', async () => {
    const run = await runAction({ with: { run: 'echo ran', background: 'detach' } });
    expect(run.code).toBe(125);
    expect(run.stdout).not.toContain('ran\n');
    expect(run.stdout + run.stderr).toContain(
      `Invalid input 'background': "detach". Expected one of keep, kill.`,
    );
  });
});

describe('the strongest signal the tree needed (action bundle)', () => {
  it(`timeout on bash -c 'trap "" TERM; sleep 30': signal SIGKILL in the output and the log`, async () => {
    const run = await runAction({
      with: { run: `bash -c 'trap "" TERM; sleep 30'`, timeout: '1s', 'kill-after': '1s' },
    });
    expect(run.code).toBe(124);
    const outputs = run.outputs();
    expect([outputs.get('status'), outputs.get('signal'), outputs.get('exit-code')]).toEqual([
      'timed_out',
      'SIGKILL',
      '',
    ]);
    const end = readJsonl(outputs.get('log-file')!).find((event) => event.type === 'end') as {
      record: { signal: string };
    };
    expect(end.record.signal).toBe('SIGKILL');
  });
});
