import { describe, expect, test } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import {
  describeOutcome,
  describeOutcomeMarkdown,
  describeRun,
  renderOutcomeLine,
} from '../../src/render/outcome.js';
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
      '`e2e` timed out after 5m on attempt 3 of 3; killed with SIGKILL after 10s grace',
    );
  });

  test('a timeout the first signal ended, or that exited on it, or with SIGKILL as the first signal', async () => {
    const record = await timeoutRetries();
    const term = variant(record, (r) => (r.signal = 'SIGTERM'));
    expect(describeOutcome(term)).toBe('`e2e` timed out after 5m on attempt 3 of 3; stopped with SIGTERM');
    const exited = variant(record, (r) => {
      r.signal = null;
      r.exitCode = 143;
    });
    expect(describeOutcome(exited)).toBe(
      '`e2e` timed out after 5m on attempt 3 of 3; it exited with code 143 after SIGTERM',
    );
    const kill = variant(record, (r) => (r.limits.killSignal = 'SIGKILL'));
    expect(describeOutcome(kill)).toBe('`e2e` timed out after 5m on attempt 3 of 3; stopped with SIGKILL');
  });

  test('an idle timeout says it was idle, and for how long', async () => {
    const idle = variant(await timeoutRetries(), (r) => {
      r.maxAttempts = 1;
      r.attempts = r.attempts.slice(-1);
      r.attempts[0].timeoutKind = 'idle';
      r.limits.idleTimeoutMs = 60_000;
      r.signal = 'SIGTERM';
    });
    expect(describeOutcome(idle)).toBe('`e2e` timed out: idle, no output for 1m; stopped with SIGTERM');
  });

  test('killed by a signal, exit codes, retries that succeeded', async () => {
    const record = await failure();
    expect(describeOutcome(variant(record, (r) => ((r.exitCode = null), (r.signal = 'SIGSEGV'))))).toBe(
      '`lint` was killed by SIGSEGV',
    );
    expect(describeOutcome(variant(record, (r) => ((r.maxAttempts = 2), (r.exitCode = 255))))).toBe(
      '`lint` failed with exit code 255 on attempt 1 of 2',
    );
    const retried = variant(await timeoutRetries(), (r) => {
      r.status = 'success';
      r.attempts[2].status = 'success';
    });
    expect(describeOutcome(retried)).toBe('`e2e` succeeded on attempt 3 of 3');
    expect(describeOutcome(variant(record, (r) => ((r.status = 'cancelled'), (r.cancelSignal = null))))).toBe(
      '`lint` was cancelled',
    );
    // Stopped by fail-fast: the reason, not the SIGTERM steplog sent the command.
    const stopped = variant(record, (r) => {
      r.status = 'cancelled';
      r.cancelSignal = 'SIGTERM';
      r.cancelReason = 'fail-fast: `build` failed';
    });
    expect(describeOutcome(stopped)).toBe('`lint` was cancelled (fail-fast: `build` failed)');
    const notStarted = variant(stopped, (r) => (r.attempts = []));
    expect(describeOutcome(notStarted)).toBe('`lint` was not started (fail-fast: `build` failed)');
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

// The final line of every console (CLI, GitHub, GitLab): `steplog <icon> <name>: <outcome>…`.
describe('renderOutcomeLine', () => {
  const lines = async () => ({
    success: renderOutcomeLine(await success()),
    failure: renderOutcomeLine(await failure()),
    timeout: renderOutcomeLine(await timeoutRetries()),
    cancelled: renderOutcomeLine(await cancelled()),
    error: renderOutcomeLine(await steplogError()),
  });

  test('one pattern: icon, name, outcome, attempt, duration, usage, details', async () => {
    expect(await lines()).toEqual({
      success: 'steplog ✔ Build the shop: succeeded in 12.3s',
      failure: 'steplog ✖ lint: failed with exit code 1 in 4.2s',
      timeout:
        'steplog ⏱ e2e: timed out after 5m on attempt 3 of 3; killed with SIGKILL after 10s grace; exit status 124',
      cancelled: 'steplog ⊘ deploy: cancelled in 1m 02s; steplog received SIGINT; exit status 130',
      error:
        'steplog ✖ format: could not run: Shell "zsh" was not found on PATH. Install it or set `shell`; exit status 127',
    });
  });

  test('no repeated phrase: the exit status only where it differs from the exit code', async () => {
    const retried = variant(await failure(), (r) => {
      r.maxAttempts = 2;
      r.exitCode = 3;
      r.exitStatus = 3;
    });
    expect(renderOutcomeLine(retried)).toBe(
      'steplog ✖ lint: failed with exit code 3 on attempt 1 of 2 in 4.2s',
    );
    for (const line of Object.values(await lines())) {
      expect(line).not.toMatch(/\b(\w+ \w+ \w+)\b.*\b\1\b/);
      expect(line).not.toMatch(/timed_out|steplog ⚠ steplog:|\(attempt/);
    }
  });

  test('an idle timeout says it was idle', async () => {
    const idle = variant(await timeoutRetries(), (r) => {
      r.attempts.at(-1)!.timeoutKind = 'idle';
      r.limits.idleTimeoutMs = 60_000;
      r.signal = 'SIGTERM';
    });
    expect(renderOutcomeLine(idle)).toBe(
      'steplog ⏱ e2e: timed out on attempt 3 of 3: idle, no output for 1m; stopped with SIGTERM; exit status 124',
    );
  });

  test('a step fail-fast never started is "not started", without an exit status; one it stopped says fail-fast only', async () => {
    const stopped = variant(await failure(), (r) => {
      r.status = 'cancelled';
      r.cancelSignal = 'SIGTERM';
      r.cancelReason = 'fail-fast: `build` failed';
      r.exitCode = null;
      r.signal = 'SIGTERM';
      r.exitStatus = 143;
    });
    expect(renderOutcomeLine(stopped)).toBe('steplog ⊘ lint: cancelled by fail-fast in 4.2s');
    const never = variant(stopped, (r) => {
      r.attempts = [];
      r.durationMs = 0;
    });
    expect(renderOutcomeLine(never)).toBe('steplog ⊘ lint: not started (fail-fast)');
  });

  test('127 and 126 say what they mean; the reason not to retry does not repeat the exit code', async () => {
    const notFound = variant(await failure(), (r) => {
      r.maxAttempts = 3;
      r.exitCode = 127;
      r.exitStatus = 127;
      r.attempts[0].exitCode = 127;
      r.attempts[0].retry = {
        retried: false,
        reason: '127 is retried only when retry-on-exit-codes lists it',
      };
    });
    expect(renderOutcomeLine(notFound)).toBe(
      'steplog ✖ lint: failed with exit code 127 (command not found) on attempt 1 of 3 in 4.2s; not retried: 127 is retried only when retry-on-exit-codes lists it',
    );
  });

  test('usage only where it was measured: a process gone before the first sample has no figures', async () => {
    const measured = variant(await success(), (r) => {
      r.attempts[0].resources = {
        peakRssBytes: 312 * 1024 * 1024,
        cpuUserMs: 2000,
        cpuSystemMs: 100,
        processes: 3,
        sampleIntervalMs: 500,
        samples: 20,
      };
    });
    expect(renderOutcomeLine(measured)).toBe(
      'steplog ✔ Build the shop: succeeded in 12.3s (312 MiB peak, 2.1s CPU)',
    );
    const unseen = variant(measured, (r) => {
      r.attempts[0].resources = {
        ...r.attempts[0].resources!,
        peakRssBytes: 0,
        processes: 0,
        cpuUserMs: 0,
        cpuSystemMs: 0,
      };
    });
    expect(renderOutcomeLine(unseen)).toBe('steplog ✔ Build the shop: succeeded in 12.3s');
  });

  test('an Ansible run names the hosts that failed', async () => {
    const ansible = variant(await failure(), (r) => {
      r.exitCode = 2;
      r.exitStatus = 2;
      r.ansible = {
        command: 'ansible-playbook',
        hosts: [
          { host: 'web1', ok: 3, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 },
          { host: 'web2', ok: 2, changed: 0, unreachable: 0, failed: 1, skipped: 0, rescued: 0, ignored: 0 },
          { host: 'db1', ok: 0, changed: 0, unreachable: 1, failed: 0, skipped: 0, rescued: 0, ignored: 0 },
          { host: 'db2', ok: 3, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 },
          { host: 'lb', ok: 3, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 },
        ],
        omittedHosts: 0,
      };
    });
    expect(renderOutcomeLine(ansible)).toBe(
      'steplog ✖ lint: failed with exit code 2 in 4.2s; ansible-playbook failed on 2 of 5 hosts: web2 (1 failed task), db1 (unreachable)',
    );
  });
});

describe('describeRun', () => {
  test('names each step that failed, and only counts those fail-fast stopped', async () => {
    const failed = variant(await failure(), (r) => ((r.exitCode = 3), (r.exitStatus = 3)));
    const stopped = (attempts: boolean) =>
      variant(failed, (r) => {
        r.status = 'cancelled';
        r.cancelReason = 'fail-fast: `lint` failed';
        if (!attempts) r.attempts = [];
      });
    expect(describeRun([failed, stopped(true), stopped(false), stopped(false)])).toBe(
      '`lint` failed with exit code 3; other steps: 1 cancelled, 2 not started (fail-fast)',
    );
    // A run cancelled as a whole: the cancelled steps say so themselves.
    const cancelledRun = variant(failed, (r) => ((r.status = 'cancelled'), (r.cancelSignal = 'SIGTERM')));
    expect(describeRun([cancelledRun])).toBe('`lint` was cancelled (steplog received SIGTERM)');
  });
});
