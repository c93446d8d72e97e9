import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import {
  decideAttemptStatus,
  exitStatusFor,
  retryDelayMs,
  shouldRetry,
  signalNumber,
  type AttemptFacts,
  type RetryPolicy,
} from '../../src/core/outcome.js';
import type { AttemptRecord, ExecutionRecord } from '../../src/core/record.js';

const FACTS: AttemptFacts = { exitCode: 0, signal: null, timedOut: null, cancelled: null, error: null };

function attempt(overrides: Partial<AttemptRecord>): AttemptRecord {
  return {
    number: 1,
    status: 'failed',
    startedAt: '2024-01-01T00:00:00.000Z',
    completedAt: '2024-01-01T00:00:01.000Z',
    durationMs: 1000,
    exitCode: 1,
    signal: null,
    timedOut: false,
    timeoutKind: null,
    error: null,
    ...overrides,
  };
}

type Ending = Pick<ExecutionRecord, 'status' | 'exitCode' | 'signal' | 'cancelSignal'>;
const ending = (overrides: Partial<Ending>): Ending => ({
  status: 'failed',
  exitCode: null,
  signal: null,
  cancelSignal: null,
  ...overrides,
});

describe('decideAttemptStatus', () => {
  test('the exit code decides, against the success codes', () => {
    expect(decideAttemptStatus(FACTS, [0])).toBe('success');
    expect(decideAttemptStatus({ ...FACTS, exitCode: 1 }, [0])).toBe('failed');
    expect(decideAttemptStatus({ ...FACTS, exitCode: 1 }, [0, 1])).toBe('success');
    expect(decideAttemptStatus(FACTS, [1])).toBe('failed');
    expect(decideAttemptStatus({ ...FACTS, exitCode: null, signal: 'SIGKILL' }, [0])).toBe('failed');
  });

  test('cancellation wins over an error, an error over a timeout, a timeout over the exit code', () => {
    const all: AttemptFacts = {
      exitCode: 0,
      signal: 'SIGTERM',
      timedOut: 'deadline',
      cancelled: 'SIGINT',
      error: { exitStatus: 127, message: 'bash: not found' },
    };
    expect(decideAttemptStatus(all, [0])).toBe('cancelled');
    expect(decideAttemptStatus({ ...all, cancelled: null }, [0])).toBe('failed');
    expect(decideAttemptStatus({ ...all, cancelled: null, error: null }, [0])).toBe('timed_out');
    expect(decideAttemptStatus({ ...FACTS, timedOut: 'idle' }, [0])).toBe('timed_out');
  });
});

describe('shouldRetry', () => {
  const policy = (overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
    maxAttempts: 3,
    retryOn: 'any',
    retryOnExitCodes: null,
    ...overrides,
  });
  const failedExit2 = attempt({ exitCode: 2 });
  const killed = attempt({ exitCode: null, signal: 'SIGKILL' });
  const timedOut = attempt({
    status: 'timed_out',
    exitCode: null,
    signal: 'SIGTERM',
    timedOut: true,
    timeoutKind: 'deadline',
  });

  test.each([
    ['any', failedExit2, true],
    ['error', failedExit2, true],
    ['timeout', failedExit2, false],
    ['any', timedOut, true],
    ['error', timedOut, false],
    ['timeout', timedOut, true],
    ['any', killed, true],
  ] as const)('retry-on %s, attempt %#', (retryOn, ended, expected) => {
    expect(shouldRetry(policy({ retryOn }), ended)).toBe(expected);
  });

  test('retry-on-exit-codes narrows the exit codes retried, not timeouts', () => {
    expect(shouldRetry(policy({ retryOnExitCodes: [2, 3] }), failedExit2)).toBe(true);
    expect(shouldRetry(policy({ retryOnExitCodes: [1] }), failedExit2)).toBe(false);
    expect(shouldRetry(policy({ retryOnExitCodes: [1] }), killed)).toBe(false);
    expect(shouldRetry(policy({ retryOnExitCodes: [1] }), timedOut)).toBe(true);
    expect(shouldRetry(policy({ retryOn: 'timeout', retryOnExitCodes: [2] }), failedExit2)).toBe(false);
  });

  test('never after the last attempt, after a success, a cancellation or an error of steplog', () => {
    expect(shouldRetry(policy(), attempt({ number: 3, exitCode: 2 }))).toBe(false);
    expect(shouldRetry(policy({ maxAttempts: 1 }), failedExit2)).toBe(false);
    expect(shouldRetry(policy(), attempt({ number: 2, exitCode: 2 }))).toBe(true);
    expect(shouldRetry(policy(), attempt({ status: 'success', exitCode: 0 }))).toBe(false);
    expect(shouldRetry(policy(), attempt({ status: 'cancelled', exitCode: null, signal: 'SIGINT' }))).toBe(
      false,
    );
    expect(shouldRetry(policy(), attempt({ exitCode: null, error: 'spawn bash ENOENT' }))).toBe(false);
  });
});

describe('retryDelayMs', () => {
  test('retry-delay × backoff^(attempt-2), rounded to whole ms', () => {
    expect(retryDelayMs(1000, 2, 2)).toBe(1000);
    expect(retryDelayMs(1000, 2, 3)).toBe(2000);
    expect(retryDelayMs(1000, 2, 5)).toBe(8000);
    expect(retryDelayMs(1000, 1, 9)).toBe(1000);
    expect(retryDelayMs(100, 1.5, 4)).toBe(225);
    expect(retryDelayMs(333, 1.1, 3)).toBe(366);
    expect(retryDelayMs(0, 10, 5)).toBe(0);
  });
});

describe('exitStatusFor: the CLI exit statuses', () => {
  test.each<[string, Ending, number | null, number]>([
    ['success', ending({ status: 'success', exitCode: 0 }), null, 0],
    ['success with a success code of 1', ending({ status: 'success', exitCode: 1 }), null, 0],
    ['the command code', ending({ exitCode: 3 }), null, 3],
    ['255', ending({ exitCode: 255 }), null, 255],
    ['exit 0 that is not a success code', ending({ exitCode: 0 }), null, 1],
    ['no code and no signal', ending({}), null, 1],
    ['killed by SIGKILL', ending({ signal: 'SIGKILL' }), null, 137],
    ['killed by SIGSEGV', ending({ signal: 'SIGSEGV' }), null, 139],
    ['killed by SIGTERM', ending({ signal: 'SIGTERM' }), null, 143],
    ['timed out', ending({ status: 'timed_out', signal: 'SIGKILL' }), null, 124],
    ['misconfigured', ending({}), 125, 125],
    ['not executable', ending({ exitCode: 126 }), 126, 126],
    ['not found', ending({}), 127, 127],
    ['cancelled by SIGINT', ending({ status: 'cancelled', cancelSignal: 'SIGINT' }), null, 130],
    ['cancelled by SIGTERM', ending({ status: 'cancelled', cancelSignal: 'SIGTERM' }), null, 143],
    ['cancelled by SIGHUP', ending({ status: 'cancelled', cancelSignal: 'SIGHUP' }), null, 129],
    ['cancelled, signal unknown', ending({ status: 'cancelled' }), null, 143],
  ])('%s', (_name, record, errorStatus, expected) => {
    expect(exitStatusFor(record, errorStatus as 125 | 126 | 127 | null)).toBe(expected);
  });

  test('signalNumber maps names with os.constants.signals', () => {
    expect(signalNumber('SIGTERM')).toBe(15);
    expect(signalNumber('SIGKILL')).toBe(9);
    expect(signalNumber('SIGBOGUS')).toBeNull();
  });

  // what real processes report, turned into steplog's exit status, matches bash and timeout(1).
  test.each([
    ['exit 0', 0],
    ['exit 1', 1],
    ['exit 255', 255],
    ['exit 300', 44],
    ['kill -TERM $$', 143],
    ['kill -KILL $$', 137],
    ['kill -SEGV $$', 139],
  ])('`%s` exits steplog with %d', (script, expected) => {
    const result = spawnSync('bash', ['-c', script]);
    const facts: AttemptFacts = { ...FACTS, exitCode: result.status, signal: result.signal };
    const status = decideAttemptStatus(facts, [0]);
    expect(
      exitStatusFor({ status, exitCode: result.status, signal: result.signal, cancelSignal: null }, null),
    ).toBe(expected);
    // The same figure the shell itself reports for the child.
    const shell = spawnSync('bash', ['-c', `bash -c '${script}'; echo $?`], { encoding: 'utf8' });
    expect(Number(shell.stdout.trim())).toBe(expected);
  });
});
