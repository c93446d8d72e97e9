// Timeouts and the whole process tree: nothing the command started may survive, and nothing it
// leaves behind may keep steplog waiting beyond its bounds. Timing-robust: what the command would do
// if steplog did not stop it lasts far longer than the test may (sleep 600), so a missed kill fails
// the test by its timeout; only lower bounds on time are asserted (a loaded machine is only slower).
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PIPE_WAIT_MS } from '../../src/exec/run-attempt.js';
import {
  escapeeScript,
  expectNoSurvivors,
  killSurvivors,
  pidFile,
  removeScratch,
  run,
  survivors,
  watchMarker,
} from './helpers.js';

afterEach(expectNoSurvivors);
afterAll(removeScratch);

/**
 * A background subshell that ignores SIGTERM, then `after` in the foreground once the trap is set:
 * without the handshake a loaded machine can deliver SIGTERM before `trap` ran, and the leftover
 * dies at once instead of testing the SIGKILL escalation.
 */
function trapsTermInBackground(readyFile: string, background: string, after: string): string {
  return [
    `(trap '' TERM; touch "${readyFile}"; ${background}) &`,
    `until [ -e "${readyFile}" ]; do sleep 0.01; done`,
    after,
  ].join('\n');
}

describe('timeout', () => {
  it('at the deadline the group gets SIGTERM; timed_out, exit status 124', async () => {
    const { record, elapsedMs } = await run({ run: 'sleep 600', timeoutMs: 300, killAfterMs: 2000 });
    expect(record).toMatchObject({
      status: 'timed_out',
      timedOut: true,
      signal: 'SIGTERM',
      exitCode: null,
      exitStatus: 124,
    });
    expect(record.attempts[0]).toMatchObject({ timedOut: true, timeoutKind: 'deadline' });
    expect(elapsedMs).toBeGreaterThanOrEqual(300);
  });

  it('kill-signal SIGINT is what the group gets at the deadline', async () => {
    const { record } = await run({
      run: 'sleep 600',
      timeoutMs: 300,
      killSignal: 'SIGINT',
      killAfterMs: 30_000,
    });
    // Ended by SIGINT itself: the SIGKILL would have been the signal otherwise.
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGINT', exitStatus: 124 });
  });

  it('a script ignoring SIGTERM gets SIGKILL after kill-after; total time bounded', async () => {
    const { record, elapsedMs } = await run({
      run: "trap '' TERM\nsleep 600\n",
      timeoutMs: 300,
      killAfterMs: 500,
    });
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGKILL', exitStatus: 124 });
    expect(elapsedMs).toBeGreaterThanOrEqual(800);
  });

  it('a grandchild that traps TERM dies by SIGKILL after the grace, though the main process left at once', async () => {
    const { record, elapsedMs } = await run({
      run: trapsTermInBackground(pidFile('stubborn'), 'sleep 600; echo never', 'sleep 600'),
      timeoutMs: 300,
      killAfterMs: 600,
    });
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGTERM' });
    expect(elapsedMs).toBeGreaterThanOrEqual(900);
  });

  it('a command flooding the output is still killed', async () => {
    const { record } = await run({
      run: 'yes "flooding the event loop"',
      timeoutMs: 500,
      killAfterMs: 500,
    });
    expect(record.status).toBe('timed_out');
    expect(record.stdout.bytes).toBeGreaterThan(0);
  });

  it('idle timeout: output resets the clock; silence ends the attempt as timed out', async () => {
    const { record, capture, elapsedMs } = await run({
      run: 'for i in 1 2 3 4 5; do echo $i; sleep 0.2; done\nsleep 600\n',
      idleTimeoutMs: 600,
      killAfterMs: 1000,
    });
    expect(record).toMatchObject({ status: 'timed_out', exitStatus: 124 });
    expect(record.attempts[0].timeoutKind).toBe('idle');
    // Five lines over ~1 s: longer than the idle timeout, so each line did reset it.
    expect(capture.text('stdout')).toBe('1\n2\n3\n4\n5');
    expect(elapsedMs).toBeGreaterThanOrEqual(1000 + 600 - 200);
  });
});

describe('what the command leaves behind', () => {
  it('`sleep 600 &` left by a successful command is killed; the step ends without waiting for it', async () => {
    const { record, capture } = await run({ run: 'sleep 600 &\necho done' });
    expect(record).toMatchObject({ status: 'success', exitCode: 0 });
    expect(capture.text('stdout')).toBe('done');
    expect(capture.warnings()).toEqual([]);
  });

  it('a leftover that ignores SIGTERM gets SIGKILL after min(kill-after, 2 s)', async () => {
    const { record, elapsedMs } = await run({
      run: trapsTermInBackground(pidFile('leftover'), 'sleep 600', 'echo done'),
      killAfterMs: 400,
    });
    expect(record.status).toBe('success');
    // The grace itself (min(kill-after, 2 s)) is checked without a clock in executor.test.ts.
    expect(elapsedMs).toBeGreaterThanOrEqual(400);
  });

  it('a setsid escapee holding stdout is swept, with a warning naming it', async () => {
    const file = pidFile('escapee');
    const { record, capture } = await run({
      run: escapeeScript(file, `setsid sh -c 'echo $$ > "$1"; exec sleep 600' sh "$1"`, 'echo escaped'),
    });
    const pid = Number(readFileSync(file, 'utf8'));
    expect(record.status).toBe('success');
    expect(capture.text('stdout')).toBe('escaped');
    expect(capture.warnings()).toEqual([
      `steplog: killed 1 process the command left running outside its process group (pid ${pid})`,
    ]);
  });

  it('a process that escaped group and sweep (env -i + setsid) and holds stdout cannot hang steplog', async () => {
    const file = pidFile('holder');
    // Its command line is its only mark: `env -i` removed STEPLOG_EXECUTION_ID from its environment.
    // Far longer than the test may take: steplog must not wait for it.
    const marker = `600.${randomInt(1e9)}`;
    const { record, capture, elapsedMs } = await run({
      run: escapeeScript(
        file,
        `env -i setsid sh -c 'echo $$ > "$1"; exec sleep ${marker}' sh "$1"`,
        'echo done',
      ),
    });
    try {
      expect(record.status).toBe('success');
      expect(capture.text('stdout')).toBe('done');
      // The documented limit: it outlives the step (as it escapes the runner's own orphan cleanup) …
      expect(survivors(marker)).toHaveLength(1);
      // … but steplog waited only the bounded pipe wait for it (not its 600 s).
      expect(elapsedMs).toBeGreaterThanOrEqual(PIPE_WAIT_MS);
    } finally {
      killSurvivors(marker);
      watchMarker(marker);
    }
  });
});
