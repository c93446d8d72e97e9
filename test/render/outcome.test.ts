import { describe, expect, test } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import { describeOutcome, describeOutcomeMarkdown } from '../../src/render/outcome.js';
import { cancelled, failure, hostile, steplogError, success, timeoutRetries } from './fixtures.js';
import { inlineTokens, REFERENCE_IN_TEXT } from './parse.js';

/** A finished record changed the way another run would have ended. */
function variant(record: ExecutionRecord, change: (r: ExecutionRecord) => void): ExecutionRecord {
  const copy = structuredClone(record);
  change(copy);
  return copy;
}

describe('describeOutcome', () => {
  test('records made by the logger', async () => {
    expect(describeOutcome(await success())).toBe('`Build the shop` succeeded in 12.3s');
    expect(describeOutcome(await failure())).toBe('`lint` failed with exit code 1');
    expect(describeOutcome(await cancelled())).toBe('`deploy` was cancelled (steplog received SIGINT)');
    expect(describeOutcome(await steplogError())).toBe(
      'steplog could not run `format`: Shell "zsh" was not found on PATH. Install it or set `shell`.',
    );
  });

  test('a timeout the first signal could not end says the grace ran out', async () => {
    expect(describeOutcome(await timeoutRetries())).toBe(
      '`e2e` timed out after 5m (attempt 3 of 3); killed with SIGKILL after 10s grace',
    );
  });

  test('a timeout the first signal ended, or that exited on it, or with SIGKILL as the first signal', async () => {
    const record = await timeoutRetries();
    const term = variant(record, (r) => (r.signal = 'SIGTERM'));
    expect(describeOutcome(term)).toBe('`e2e` timed out after 5m (attempt 3 of 3); stopped with SIGTERM');
    const exited = variant(record, (r) => {
      r.signal = null;
      r.exitCode = 143;
    });
    expect(describeOutcome(exited)).toBe(
      '`e2e` timed out after 5m (attempt 3 of 3); it exited with code 143 after SIGTERM',
    );
    const kill = variant(record, (r) => (r.limits.killSignal = 'SIGKILL'));
    expect(describeOutcome(kill)).toBe('`e2e` timed out after 5m (attempt 3 of 3); stopped with SIGKILL');
  });

  test('an idle timeout names the idle limit', async () => {
    const idle = variant(await timeoutRetries(), (r) => {
      r.maxAttempts = 1;
      r.attempts = r.attempts.slice(-1);
      r.attempts[0].timeoutKind = 'idle';
      r.limits.idleTimeoutMs = 60_000;
      r.signal = 'SIGTERM';
    });
    expect(describeOutcome(idle)).toBe('`e2e` timed out after 1m without output; stopped with SIGTERM');
  });

  test('killed by a signal, exit codes, retries that succeeded', async () => {
    const record = await failure();
    expect(describeOutcome(variant(record, (r) => ((r.exitCode = null), (r.signal = 'SIGSEGV'))))).toBe(
      '`lint` was killed by SIGSEGV',
    );
    expect(describeOutcome(variant(record, (r) => ((r.maxAttempts = 2), (r.exitCode = 255))))).toBe(
      '`lint` failed with exit code 255 (attempt 1 of 2)',
    );
    const retried = variant(await timeoutRetries(), (r) => {
      r.status = 'success';
      r.attempts[2].status = 'success';
    });
    expect(describeOutcome(retried)).toBe('`e2e` succeeded after 3 attempts');
    expect(describeOutcome(variant(record, (r) => ((r.status = 'cancelled'), (r.cancelSignal = null))))).toBe(
      '`lint` was cancelled',
    );
    // Stopped by fail-fast: the reason, not the SIGTERM steplog sent the command.
    const stopped = variant(record, (r) => {
      r.status = 'cancelled';
      r.cancelSignal = 'SIGTERM';
      r.cancelReason = 'fail-fast: stopped because `build` failed';
    });
    expect(describeOutcome(stopped)).toBe('`lint` was cancelled (fail-fast: stopped because `build` failed)');
  });

  test('a long name is cut', async () => {
    const long = variant(await failure(), (r) => (r.name = 'x'.repeat(5000)));
    expect(describeOutcome(long)).toBe(`\`${'x'.repeat(200)}…\` failed with exit code 1`);
  });
});

describe('describeOutcomeMarkdown', () => {
  test('the name is code, the error escaped text, nothing live', async () => {
    const record = variant(await steplogError(), (r) => {
      r.name = 'deploy @octocat `prod`';
      r.error = '<img src=x onerror=alert(1)> see #1 and @octocat';
    });
    const markdown = describeOutcomeMarkdown(record);
    expect(markdown).toBe(
      'steplog could not run `` deploy @octocat `prod` ``: &lt;img src=x onerror=alert(1)&gt; see `#1` and `@octocat`',
    );
    for (const token of inlineTokens(markdown)) {
      expect(['text', 'code_inline']).toContain(token.type);
      if (token.type === 'text') expect(token.content).not.toMatch(REFERENCE_IN_TEXT);
    }
  });

  test('the hostile record', async () => {
    const markdown = describeOutcomeMarkdown(await hostile());
    expect(inlineTokens(markdown).map((t) => t.type)).toEqual(['code_inline', 'text']);
  });
});
