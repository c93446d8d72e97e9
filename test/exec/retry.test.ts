// Retries: how many attempts run, the delays between them (recorded in retry events), what retry-on
// and retry-on-exit-codes let through, and the on-retry command between attempts.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RetryEvent } from '../../src/core/events.js';
import type { Sink } from '../../src/core/sink.js';
import type { ExecutionSettings } from '../../src/core/settings.js';
import { expectNoSurvivors, removeScratch, run, scratch, type Run } from './helpers.js';

afterEach(expectNoSurvivors);
afterAll(removeScratch);

/** A script whose attempt n runs the n-th line of `perAttempt` (the last one repeats). */
function attemptScript(perAttempt: string[]): Partial<ExecutionSettings> {
  const counter = path.join(scratch(), `attempt-${randomInt(1e9)}`);
  const cases = perAttempt.map((body, i) => `  ${i + 1}) ${body} ;;`).join('\n');
  return {
    run: `n=$(( $(cat "${counter}" 2>/dev/null || echo 0) + 1 ))\necho $n > "${counter}"\necho "attempt $n"\ncase $n in\n${cases}\n  *) ${perAttempt.at(-1)} ;;\nesac\n`,
  };
}

function retries(result: Run): RetryEvent[] {
  return result.capture.events.filter((e): e is RetryEvent => e.type === 'retry');
}

describe('retries', () => {
  it('three attempts with backoff: delays 100 ms then 200 ms, each recorded in a retry event', async () => {
    const result = await run({ run: 'exit 1', maxAttempts: 3, retryDelayMs: 100, retryBackoff: 2 });
    expect(result.record).toMatchObject({ status: 'failed', exitCode: 1, exitStatus: 1 });
    expect(result.record.attempts.map((a) => a.status)).toEqual(['failed', 'failed', 'failed']);
    expect(retries(result).map((e) => [e.attempt, e.delayMs, e.reason])).toEqual([
      [1, 100, 'exit code 1'],
      [2, 200, 'exit code 1'],
    ]);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(300);
    const gap =
      Date.parse(result.record.attempts[2].startedAt) - Date.parse(result.record.attempts[1].completedAt!);
    expect(gap).toBeGreaterThanOrEqual(200);
  });

  it('stops retrying at the first success', async () => {
    const result = await run({ ...attemptScript(['exit 1', 'exit 0']), maxAttempts: 5 });
    expect(result.record).toMatchObject({ status: 'success', exitStatus: 0 });
    expect(result.record.attempts.map((a) => a.status)).toEqual(['failed', 'success']);
    expect(result.capture.text('stdout')).toBe('attempt 1\nattempt 2');
  });

  it.each([
    ['timeout', 'a failure', 1, 'exit 1'],
    ['timeout', 'a timeout', 2, 'sleep 600'],
    ['error', 'a failure', 2, 'exit 1'],
    ['error', 'a timeout', 1, 'sleep 600'],
    ['any', 'a timeout', 2, 'sleep 600'],
  ] as const)('retry-on %s after %s → %i attempt(s)', async (retryOn, what, attempts, script) => {
    // Only the timeout cases have one: a loaded machine must not turn `exit 1` into a timeout.
    const timeoutMs = what === 'a timeout' ? 300 : 0;
    const { record } = await run({ run: script, retryOn, maxAttempts: 2, timeoutMs, killAfterMs: 500 });
    expect(record.attempts).toHaveLength(attempts);
    expect(record.attempts.every((a) => a.timedOut === (what === 'a timeout'))).toBe(true);
  });

  it('retry-on-exit-codes: exit 3 is retried, exit 4 is not', async () => {
    const { record, capture } = await run({
      ...attemptScript(['exit 3', 'exit 4']),
      maxAttempts: 5,
      retryOnExitCodes: [3],
    });
    expect(record.attempts.map((a) => a.exitCode)).toEqual([3, 4]);
    expect(record).toMatchObject({ status: 'failed', exitCode: 4, exitStatus: 4 });
    expect(capture.text('stdout')).toBe('attempt 1\nattempt 2');
  });

  it('a timed-out attempt is retried with a reason that says so', async () => {
    const result = await run({ run: 'sleep 30', maxAttempts: 2, timeoutMs: 200, killAfterMs: 500 });
    expect(result.record.status).toBe('timed_out');
    expect(retries(result).map((e) => e.reason)).toEqual(['timed out']);
  });

  it('a backed-off delay past the timer limit waits (clamped), rather than firing after 1 ms', async () => {
    const controller = new AbortController();
    const abortOnSecondRetry: Sink = {
      name: 'abort-on-second-retry',
      onEvent: (event) => {
        if (event.type === 'retry' && event.attempt === 2) setTimeout(() => controller.abort('SIGTERM'), 300);
      },
    };
    const result = await run(
      { run: 'exit 1', maxAttempts: 3, retryDelayMs: 10, retryBackoff: 1e9 },
      { cancel: controller.signal, sinks: [abortOnSecondRetry] },
    );
    expect(retries(result).map((e) => e.delayMs)).toEqual([10, 1e10]);
    expect(result.record.attempts).toHaveLength(2);
    expect(result.record.status).toBe('cancelled');
  });

  it('steplog errors are never retried', async () => {
    const { record } = await run({ cwd: path.join(scratch(), 'no-such-dir'), maxAttempts: 3 });
    expect(record.attempts).toHaveLength(1);
    expect(record.exitStatus).toBe(125);
  });
});

describe('total-timeout', () => {
  it('cuts the attempt running at the total deadline, as timeout does, and names that deadline', async () => {
    const result = await run({
      run: 'sleep 30',
      timeoutMs: 2000,
      maxAttempts: 5,
      retryDelayMs: 200,
      totalTimeoutMs: 4000,
      killAfterMs: 500,
    });
    expect(result.record.status).toBe('timed_out');
    expect(result.record.exitStatus).toBe(124);
    const kinds = result.record.attempts.map((a) => a.timeoutKind);
    expect(kinds).toEqual(['deadline', 'total']);
    expect(result.record.attempts[1].retry).toEqual({ retried: false, reason: 'total-timeout 4s reached' });
    expect(result.record.limits.totalTimeoutMs).toBe(4000);
    // Ended at the total deadline, not after five attempts of 2 s: the second attempt is the one the
    // total deadline cut (its own 2 s deadline was further off), and its first signal ended it.
    expect(result.elapsedMs).toBeGreaterThanOrEqual(4000);
    expect(result.record.attempts[1]).toMatchObject({ status: 'timed_out', signal: 'SIGTERM' });
  });

  it('starts no attempt when the retry delay would leave less than its minimum before the deadline', async () => {
    const result = await run({ run: 'exit 1', maxAttempts: 3, retryDelayMs: 950, totalTimeoutMs: 1000 });
    expect(result.record.attempts).toHaveLength(1);
    expect(result.record).toMatchObject({ status: 'failed', exitStatus: 1 });
    expect(result.record.attempts[0].retry).toEqual({
      retried: false,
      reason: 'too little of total-timeout 1s left for another attempt',
    });
    expect(retries(result)).toEqual([]);
  });
});

describe('on-retry', () => {
  it('runs between attempts (not before the first), with its output through the logger', async () => {
    const log = path.join(scratch(), `on-retry-${randomInt(1e9)}.log`);
    const { record, capture } = await run({
      ...attemptScript(['exit 1', 'exit 1', 'exit 0']),
      maxAttempts: 3,
      // An unterminated line: it must not glue onto the next attempt's first line.
      onRetry: `echo "cleanup $STEPLOG_EXECUTION_ID" >> "${log}"\nprintf cleaned`,
    });
    expect(record.status).toBe('success');
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      `cleanup ${record.id}`,
      `cleanup ${record.id}`,
    ]);
    expect(capture.text('stdout')).toBe('attempt 1\ncleaned\nattempt 2\ncleaned\nattempt 3');
    expect(capture.warnings()).toEqual([]);
  });

  it('a failing on-retry command is a warning; the next attempt still runs', async () => {
    const { record, capture } = await run({
      run: 'exit 1',
      maxAttempts: 2,
      onRetry: 'echo cleaning; exit 9',
    });
    expect(record.attempts).toHaveLength(2);
    expect(record).toMatchObject({ status: 'failed', exitCode: 1, exitStatus: 1 });
    expect(capture.warnings()).toEqual(['the on-retry command failed (exit code 9); attempt 2 runs anyway']);
  });

  it('an on-retry command that hangs is bound by the same timeout', async () => {
    const { record, capture } = await run({
      run: 'sleep 0.1; exit 1',
      maxAttempts: 2,
      timeoutMs: 400,
      killAfterMs: 300,
      onRetry: 'sleep 30',
    });
    expect(record.attempts).toHaveLength(2);
    expect(capture.warnings()).toEqual([
      'the on-retry command failed (the timeout passed); attempt 2 runs anyway',
    ]);
  });
});
