// Cancellation: steplog gets SIGINT/SIGTERM/SIGHUP, forwards it to the command's group, SIGKILLs
// after min(kill-after, 5 s), records `cancelled`, and ends well inside the runner's budget
// (GitHub: SIGTERM 7.5 s after SIGINT, then a kill 2.5 s later).
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import type { Sink } from '../../src/core/sink.js';
import { cancelSignalOf, listenForCancel } from '../../src/exec/cancel.js';
import { OutputPump } from '../../src/exec/output-pump.js';
import { CANCEL_GRACE_MS, CANCEL_PIPE_WAIT_MS, PIPE_WAIT_MS } from '../../src/exec/run-attempt.js';
import {
  NODE,
  escapeeScript,
  expectNoSurvivors,
  fixture,
  killSurvivors,
  newId,
  pidFile,
  removeScratch,
  run,
  tsNodeArgs,
  watchMarker,
} from './helpers.js';

afterEach(expectNoSurvivors);
afterAll(removeScratch);

/** A sink that aborts `controller` with `reason` once a line equal to `line` is printed. */
function abortOnLine(controller: AbortController, line: string, reason: unknown): Sink {
  return {
    name: 'abort-on-line',
    onOutput: (batch) => {
      if (batch.lines.includes(line)) controller.abort(reason);
    },
  };
}

describe('cancel during an attempt (AbortController)', () => {
  it('forwards the signal to the group and records cancelled with 128+N', async () => {
    const controller = new AbortController();
    const { record } = await run(
      { run: 'echo ready\nsleep 600\n', killAfterMs: 600_000 },
      { cancel: controller.signal, sinks: [abortOnLine(controller, 'ready', 'SIGINT')] },
    );
    expect(record).toMatchObject({
      status: 'cancelled',
      cancelSignal: 'SIGINT',
      exitStatus: 130,
      signal: 'SIGINT',
    });
    expect(record.attempts).toHaveLength(1);
    expect(record.attempts[0].status).toBe('cancelled');
  });

  it('a command ignoring the signal gets SIGKILL after min(kill-after, 5 s)', async () => {
    const controller = new AbortController();
    const { record, elapsedMs } = await run(
      { run: "trap '' INT TERM\necho ready\nsleep 600\n", killAfterMs: 600 },
      { cancel: controller.signal, sinks: [abortOnLine(controller, 'ready', 'SIGTERM')] },
    );
    expect(record).toMatchObject({
      status: 'cancelled',
      cancelSignal: 'SIGTERM',
      exitStatus: 143,
      signal: 'SIGKILL',
    });
    expect(elapsedMs).toBeGreaterThanOrEqual(600);
  });

  it('a cancellation wins over a retry that would follow', async () => {
    const controller = new AbortController();
    const { record } = await run(
      { run: 'echo ready\nsleep 600\n', maxAttempts: 3 },
      { cancel: controller.signal, sinks: [abortOnLine(controller, 'ready', 'SIGHUP')] },
    );
    expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGHUP', exitStatus: 129 });
    expect(record.attempts).toHaveLength(1);
  });
});

describe('cancel after the deadline expired', () => {
  /** Aborts `controller` after `ms`: past the 300 ms timeout, inside the 1.5 s kill grace it started. */
  const cancelAfter = (controller: AbortController, ms: number) =>
    setTimeout(() => controller.abort('SIGINT'), ms);

  it('the attempt stays timed out: the first reason is what happened (exit 124)', async () => {
    const controller = new AbortController();
    const timer = cancelAfter(controller, 700);
    const { record } = await run(
      { run: "trap '' INT TERM\nsleep 30\n", timeoutMs: 300, killAfterMs: 1500 },
      { cancel: controller.signal },
    );
    clearTimeout(timer);
    expect(controller.signal.aborted).toBe(true);
    expect(record).toMatchObject({
      status: 'timed_out',
      exitStatus: 124,
      signal: 'SIGKILL',
      cancelSignal: null,
    });
    expect(record.attempts.map((a) => a.status)).toEqual(['timed_out']);
  });

  it('with retries left: no retry is announced, the execution ends cancelled', async () => {
    const controller = new AbortController();
    const timer = cancelAfter(controller, 700);
    const { record, capture } = await run(
      { run: "trap '' INT TERM\nsleep 30\n", timeoutMs: 300, killAfterMs: 1500, maxAttempts: 3 },
      { cancel: controller.signal },
    );
    clearTimeout(timer);
    expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT', exitStatus: 130 });
    expect(record.attempts.map((a) => a.status)).toEqual(['timed_out']);
    expect(capture.events.map((e) => e.type)).not.toContain('retry');
  });
});

describe('cancel while waiting for the pipes', () => {
  it('a cancellation after the exit cuts the pipe wait short', async () => {
    const controller = new AbortController();
    const marker = `8.${randomInt(1e9)}`;
    watchMarker(marker);
    // What the attempt asks of its output pump. The cancel comes 300 ms into the 2 s wait for the
    // pipes after the exit, which an escapee that neither the group kill nor the sweep reaches keeps
    // open: the wait must be hurried to 0.5 s (the pump tests show a hurry ends a wait that soon).
    const asked: string[] = [];
    const { waitForEnd, hurry } = OutputPump.prototype;
    vi.spyOn(OutputPump.prototype, 'waitForEnd').mockImplementation(function (this: OutputPump, ...args) {
      asked.push(`wait ${args[0]}`);
      if (args[0] === PIPE_WAIT_MS) setTimeout(() => controller.abort('SIGINT'), 300);
      return waitForEnd.apply(this, args).then((ended) => (asked.push(`ended ${ended}`), ended));
    });
    vi.spyOn(OutputPump.prototype, 'hurry').mockImplementation(function (this: OutputPump, ms) {
      asked.push(`hurry ${ms}`);
      hurry.call(this, ms);
    });
    const started = Date.now();
    let doneAt = 0;
    try {
      const { record } = await run(
        {
          run: escapeeScript(
            pidFile('holder'),
            `env -i setsid sh -c 'echo $$ > "$1"; exec sleep ${marker}' sh "$1"`,
            'echo done',
          ),
        },
        {
          cancel: controller.signal,
          sinks: [
            { name: 'clock', onOutput: (b) => void (b.lines.includes('done') && (doneAt = Date.now())) },
          ],
        },
      );
      const afterDone = Date.now() - doneAt;
      expect(doneAt).toBeGreaterThan(started);
      expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT' });
      expect(asked).toEqual([`wait ${PIPE_WAIT_MS}`, `hurry ${CANCEL_PIPE_WAIT_MS}`, 'ended false']);
      expect(afterDone).toBeGreaterThanOrEqual(300 + CANCEL_PIPE_WAIT_MS - 50);
    } finally {
      vi.restoreAllMocks();
      killSurvivors(marker);
    }
  });
});

describe('cancel while what the command left is being kept', () => {
  it('the attempt is cancelled and everything it started is killed after all, setsid escapee included', async () => {
    const controller = new AbortController();
    // The cancel arrives the moment steplog says it keeps the escapee: before the attempt is over.
    const onKept: Sink = {
      name: 'abort-on-kept',
      onEvent: (event) => {
        if (event.type === 'note' && event.message.includes('left running')) controller.abort('SIGINT');
      },
    };
    const { record, capture } = await run(
      {
        run: escapeeScript(
          pidFile('kept'),
          `setsid sh -c 'echo $$ > "$1"; exec sleep 300' sh "$1"`,
          'echo done',
        ),
      },
      { cancel: controller.signal, sinks: [onKept] },
    );
    expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT' });
    expect(capture.notes()).toEqual([expect.stringMatching(/^left running in the background: \d+ /)]);
    expect(capture.warnings()).toEqual([
      expect.stringMatching(/^killed 1 process the command left running outside its process group/),
    ]);
    // expectNoSurvivors (afterEach): nothing of the execution is left.
  });
});

describe('cancel outside an attempt', () => {
  it('during the retry delay: no further attempt, cancelled at once', async () => {
    const controller = new AbortController();
    const onRetry: Sink = {
      name: 'abort-on-retry',
      onEvent: (event) => {
        if (event.type === 'retry') controller.abort('SIGTERM');
      },
    };
    // A delay far longer than the test may take: only the cancel can end it.
    const { record } = await run(
      { run: 'exit 1', maxAttempts: 3, retryDelayMs: 600_000, onRetry: 'echo never' },
      { cancel: controller.signal, sinks: [onRetry] },
    );
    expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGTERM', exitStatus: 143 });
    expect(record.attempts.map((a) => a.status)).toEqual(['failed']);
  });

  it('before the first attempt: nothing runs', async () => {
    const controller = new AbortController();
    controller.abort('SIGINT');
    const { record, capture } = await run({ run: 'echo ran' }, { cancel: controller.signal });
    expect(record).toMatchObject({
      status: 'cancelled',
      cancelSignal: 'SIGINT',
      exitStatus: 130,
      attempts: [],
    });
    expect(capture.text('stdout')).toBe('');
  });
});

describe('listenForCancel', () => {
  it('aborts with the name of the first signal; a second one aborts `hurry`', () => {
    const proc = new EventEmitter();
    const { signal, hurry, dispose } = listenForCancel(proc);
    expect(proc.listenerCount('SIGINT') + proc.listenerCount('SIGTERM') + proc.listenerCount('SIGHUP')).toBe(
      3,
    );
    expect(signal.aborted).toBe(false);
    proc.emit('SIGTERM');
    expect([signal.aborted, hurry.aborted]).toEqual([true, false]);
    proc.emit('SIGINT');
    expect(signal.reason).toBe('SIGTERM');
    expect([hurry.aborted, hurry.reason]).toEqual([true, 'SIGINT']);
    // A third changes nothing.
    proc.emit('SIGINT');
    expect(hurry.reason).toBe('SIGINT');
    dispose();
    expect(proc.eventNames()).toEqual([]);
  });

  it('a reader of steplog’s output that went away (EPIPE) is SIGPIPE; other output errors cancel nothing', () => {
    const stdout = new EventEmitter();
    const stderr = new EventEmitter();
    const { signal, dispose } = listenForCancel(new EventEmitter(), [stdout, stderr]);
    const error = (code: string) => Object.assign(new Error(code), { code });
    stderr.emit('error', error('EAGAIN'));
    expect(signal.aborted).toBe(false);
    stdout.emit('error', error('EPIPE'));
    expect(signal.reason).toBe('SIGPIPE');
    dispose();
    // Still heard after dispose: an EPIPE while the summary is written must not crash steplog.
    expect(() => stdout.emit('error', error('EPIPE'))).not.toThrow();
  });

  it('cancelSignalOf: a signal name reason, else SIGTERM', () => {
    const controller = new AbortController();
    controller.abort('SIGHUP');
    expect(cancelSignalOf(controller.signal)).toBe('SIGHUP');
    const other = new AbortController();
    other.abort(new Error('no signal'));
    expect(cancelSignalOf(other.signal)).toBe('SIGTERM');
  });
});

/** Runs test/fixtures/exec/cancel-run.ts in its own Node process; resolves once the command printed `ready`. */
function startEntryPoint(script: string, killAfterMs: number, options: { detached?: boolean } = {}) {
  const id = newId();
  watchMarker(id);
  const child = spawn(NODE, [...tsNodeArgs(fixture('cancel-run.ts')), script, String(killAfterMs)], {
    env: { ...process.env, STEPLOG_TEST_ID: id },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: options.detached ?? false,
  });
  let result: ExecutionRecord | null = null;
  const ready = new Promise<void>((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'stdout: ready') resolve();
      if (line.startsWith('RESULT ')) result = JSON.parse(line.slice('RESULT '.length)) as ExecutionRecord;
    });
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready, exited, result: () => result };
}

describe('a real steplog process receiving the signal', () => {
  it('SIGINT to the steplog pid only (GitHub): the group gets it, then SIGKILL after the 5 s cap', async () => {
    // Ignores INT and TERM, and kill-after is 10 min: only the 5 s cap ends it within the test.
    const entry = startEntryPoint("trap '' INT TERM\necho ready\nsleep 600\n", 600_000);
    await entry.ready;
    const signalled = Date.now();
    process.kill(entry.child.pid!, 'SIGINT');
    const code = await entry.exited;
    const elapsed = Date.now() - signalled;
    expect(code).toBe(130);
    expect(entry.result()).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT', signal: 'SIGKILL' });
    expect(elapsed).toBeGreaterThanOrEqual(CANCEL_GRACE_MS);
  }, 20_000);

  it('SIGTERM to steplog’s whole process group (GitLab): forwarded to the command; exit 143', async () => {
    const entry = startEntryPoint('echo ready\nsleep 600\n', 600_000, { detached: true });
    await entry.ready;
    process.kill(-entry.child.pid!, 'SIGTERM');
    const code = await entry.exited;
    expect(code).toBe(143);
    expect(entry.result()).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGTERM', exitStatus: 143 });
  });
});
