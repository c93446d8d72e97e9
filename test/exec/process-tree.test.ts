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
    // The strongest signal the tree needed: the main shell died of SIGTERM, the grandchild needed SIGKILL.
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGKILL', exitCode: null, exitStatus: 124 });
    expect(record.attempts[0]).toMatchObject({ signal: 'SIGKILL', exitCode: null });
    expect(elapsedMs).toBeGreaterThanOrEqual(900);
  });

  it('`bash -c \'trap "" TERM; sleep 600\'`: the wrapper dies of SIGTERM, the tree needed SIGKILL', async () => {
    const { record } = await run({
      run: `bash -c 'trap "" TERM; sleep 600'`,
      timeoutMs: 300,
      killAfterMs: 300,
    });
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGKILL', exitCode: null });
  });

  it('a tree that all obeys SIGTERM reports SIGTERM, though the kill timer would have fired later', async () => {
    const { record } = await run({ run: 'sleep 600 & sleep 600', timeoutMs: 300, killAfterMs: 300 });
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGTERM' });
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

describe('what the command leaves behind, with background: kill', () => {
  it('`sleep 600 &` left by a successful command is killed; the step ends without waiting for it', async () => {
    const { record, capture } = await run({ run: 'sleep 600 &\necho done', background: 'kill' });
    expect(record).toMatchObject({ status: 'success', exitCode: 0 });
    expect(capture.text('stdout')).toBe('done');
    expect(capture.warnings()).toEqual([]);
  });

  it('a leftover that ignores SIGTERM gets SIGKILL after min(kill-after, 2 s)', async () => {
    const { record, elapsedMs } = await run({
      run: trapsTermInBackground(pidFile('leftover'), 'sleep 600', 'echo done'),
      killAfterMs: 400,
      background: 'kill',
    });
    expect(record.status).toBe('success');
    // The grace itself (min(kill-after, 2 s)) is checked without a clock in executor.test.ts.
    expect(elapsedMs).toBeGreaterThanOrEqual(400);
  });

  it('a setsid escapee holding stdout is swept, with a warning naming it', async () => {
    const file = pidFile('escapee');
    const { record, capture } = await run({
      run: escapeeScript(file, `setsid sh -c 'echo $$ > "$1"; exec sleep 600' sh "$1"`, 'echo escaped'),
      background: 'kill',
    });
    const pid = Number(readFileSync(file, 'utf8'));
    expect(record.status).toBe('success');
    expect(capture.text('stdout')).toBe('escaped');
    expect(capture.warnings()).toEqual([
      `killed 1 process the command left running outside its process group (pid ${pid})`,
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
      background: 'kill',
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

/** Whether process `pid` is alive (not a zombie). */
function alive(pid: number): boolean {
  try {
    return !/^\S+ \(.*\) [ZX] /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('what the command leaves behind, with background: keep (the default)', () => {
  it('`nohup sleep 300 &` outlives a successful command, named with its command line in one warning', async () => {
    const file = pidFile('server');
    const { record, capture, id } = await run({
      run: [
        'nohup sleep 300 >/dev/null 2>&1 &',
        `echo $! > "${file}"`,
        // Until the fork has become `sleep`: the line names each process as it is when the command exits.
        'until [ "$(cat /proc/$!/comm)" = sleep ]; do sleep 0.01; done',
        'echo started',
      ].join('\n'),
    });
    try {
      const pid = Number(readFileSync(file, 'utf8'));
      expect(record.status).toBe('success');
      expect(capture.text('stdout')).toBe('started');
      expect(alive(pid)).toBe(true);
      expect(capture.notes()).toEqual([`left running in the background: ${pid} sleep 300`]);
      // Keeping is what was asked: no warning.
      expect(capture.warnings()).toEqual([]);
    } finally {
      killSurvivors(id);
    }
  });

  it('after a failure too; a setsid escapee holding stdout is kept, and steplog does not wait for the pipe it holds', async () => {
    const file = pidFile('escapee');
    const { record, capture, id } = await run({
      // No redirection: the escapee holds the command's stdout and stderr as long as it runs.
      run: escapeeScript(file, `setsid sh -c 'echo $$ > "$1"; exec sleep 300' sh "$1"`, 'echo out\nexit 3'),
    });
    try {
      const pid = Number(readFileSync(file, 'utf8'));
      expect(record).toMatchObject({ status: 'failed', exitCode: 3 });
      expect(capture.text('stdout')).toBe('out');
      expect(alive(pid)).toBe(true);
      const warnings = capture.notes();
      expect(warnings).toHaveLength(1);
      // `sh -c …` or `sleep 300`, depending on whether it has exec'd yet.
      expect(warnings[0]).toMatch(new RegExp(`^left running in the background: ${pid} (sh|sleep) `));
    } finally {
      killSurvivors(id);
    }
  });

  it('every byte the command wrote before it exited is read, though a kept process holds the pipe', async () => {
    const { record, capture, id } = await run({ run: 'sleep 300 &\nseq 1 50000\nseq 1 50000 >&2' });
    try {
      expect(record.status).toBe('success');
      const expected = Array.from({ length: 50000 }, (_, i) => String(i + 1)).join('\n');
      expect(capture.text('stdout')).toBe(expected);
      expect(capture.text('stderr')).toBe(expected);
    } finally {
      killSurvivors(id);
    }
  });

  it('the list is capped: ten processes named, the rest counted', async () => {
    const { capture, id } = await run({ run: 'for i in $(seq 12); do sleep 300 & done' });
    try {
      const [line] = capture.notes();
      expect(line).toMatch(/^left running in the background: (\d+ [^,]+, ){9}\d+ [^,]+ and 2 more$/);
    } finally {
      killSurvivors(id);
    }
  });

  it('a later attempt neither lists nor kills what an earlier one kept, even when it times out', async () => {
    const kept = pidFile('kept');
    const marker = pidFile('first');
    const { record, capture, id } = await run({
      run: [
        `if [ ! -e "${marker}" ]; then touch "${marker}"; sleep 300 & echo $! > "${kept}"; exit 1; fi`,
        'sleep 600',
      ].join('\n'),
      maxAttempts: 2,
      timeoutMs: 1000,
      killAfterMs: 300,
    });
    try {
      const pid = Number(readFileSync(kept, 'utf8'));
      expect(record.attempts.map((a) => a.status)).toEqual(['failed', 'timed_out']);
      expect(alive(pid)).toBe(true);
      // One line, the first attempt's (named as it was then: maybe still the forked shell, not yet `sleep`).
      const warnings = capture.notes();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(new RegExp(`^left running in the background: ${pid} \\S`));
    } finally {
      killSurvivors(id);
    }
  });

  it('a timeout still kills the whole tree, setsid escapees included', async () => {
    const file = pidFile('escapee');
    const { record, capture } = await run({
      run: escapeeScript(file, `setsid sh -c 'echo $$ > "$1"; exec sleep 600' sh "$1"`, 'sleep 600'),
      timeoutMs: 500,
      killAfterMs: 300,
    });
    const pid = Number(readFileSync(file, 'utf8'));
    expect(record.status).toBe('timed_out');
    expect(capture.warnings()).toEqual([
      `killed 1 process the command left running outside its process group (pid ${pid})`,
    ]);
    // expectNoSurvivors (afterEach) proves nothing of the execution is left.
  });
});
