// retry-on-output, abort-on-output and total-timeout through the CLI bundle: real commands that
// print what transient and permanent failures print, the line that decided named in the log line,
// the JSON-lines record and the summary; bad patterns refused before anything runs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertValidEvent } from '../core/schema-helper.js';
import { expectNoSurvivors } from '../exec/helpers.js';
import { readJsonl, requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

interface Attempt {
  number: number;
  status: string;
  timeoutKind: string | null;
  signal: string | null;
  outputMatch?: { kind: string; line: number; pattern: string };
  retry?: { retried: boolean; reason: string };
}

/** The attempts of the (one) execution in a JSON-lines log, every event checked against the schema. */
function attemptsIn(log: string): Attempt[] {
  const events = readJsonl(log);
  events.forEach(assertValidEvent);
  const end = events.find((e) => e.type === 'end') as { record: { attempts: Attempt[] } };
  return end.record.attempts;
}

/** Files of one run: the log, the summary, and a counter the script bumps per attempt. */
function files() {
  const dir = tempDir();
  const counter = path.join(dir, 'count');
  return {
    dir,
    log: path.join(dir, 'log.jsonl'),
    summary: path.join(dir, 'summary.md'),
    counter,
    /** bash: n = this attempt's number. */
    bump: `n=$(( $(cat '${counter}' 2>/dev/null || echo 0) + 1 )); echo $n > '${counter}'`,
  };
}

const reporting = (f: ReturnType<typeof files>) => ['--log-file', f.log, '--summary-file', f.summary];

describe('retry-on-output', () => {
  it('retries a failure whose output shows ECONNRESET and names the line; the second attempt passes', async () => {
    const f = files();
    const script = `${f.bump}\necho "attempt $n"\nif [ $n -lt 2 ]; then echo 'npm ERR! read ECONNRESET' >&2; exit 1; fi`;
    const result = await runCli([
      'run',
      ...reporting(f),
      '--max-attempts',
      '3',
      '--retry-on-output',
      'ECONNRESET',
      '--retry-on-output',
      '503 Service Unavailable',
      '--run',
      script,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('attempt 1\nattempt 2\n');
    expect(result.stderr).toMatch(
      /: attempt 1 of 3 failed with exit code 1 in [^;]+; retrying now \(line 2 matched \/ECONNRESET\/\)$/m,
    );
    const attempts = attemptsIn(f.log);
    expect(attempts.map((a) => a.status)).toEqual(['failed', 'success']);
    expect(attempts[0].outputMatch).toEqual({ kind: 'retry', line: 2, pattern: 'ECONNRESET' });
    expect(attempts[0].retry).toEqual({ retried: true, reason: 'line 2 matched /ECONNRESET/' });
    expect(readFileSync(f.summary, 'utf8')).toContain('retried: line 2 matched /ECONNRESET/');
  });

  it('does not retry a failure without a matching line, and says why', async () => {
    const f = files();
    const result = await runCli(
      ['run', ...reporting(f), '--max-attempts', '3', '--run', `${f.bump}\necho 'assertion failed'; exit 1`],
      { env: { STEPLOG_RETRY_ON_OUTPUT: 'ECONNRESET\nETIMEDOUT' } },
    );
    expect(result.status).toBe(1);
    expect(readFileSync(f.counter, 'utf8').trim()).toBe('1');
    // The final line may carry the tree's memory and CPU between the duration and the reason.
    expect(result.stderr).toMatch(
      /: failed with exit code 1 on attempt 1 of 3 in [^;]+; not retried: no line matched retry-on-output$/m,
    );
    expect(attemptsIn(f.log)[0].retry).toEqual({
      retried: false,
      reason: 'no line matched retry-on-output',
    });
    expect(readFileSync(f.summary, 'utf8')).toContain('not retried: no line matched retry-on-output');
  });
});

describe('abort-on-output', () => {
  it('stops at the first attempt that prints "No space left on device", even with attempts left', async () => {
    const f = files();
    const result = await runCli([
      'run',
      ...reporting(f),
      '--max-attempts',
      '3',
      '--abort-on-output',
      'No space left on device',
      '--run',
      `${f.bump}\necho writing; echo 'tar: out.tar: Cannot write: No space left on device' >&2; exit 2`,
    ]);
    expect(result.status).toBe(2);
    expect(readFileSync(f.counter, 'utf8').trim()).toBe('1');
    expect(result.stderr).toContain('not retried: line 2 matched /No space left on device/');
    expect(attemptsIn(f.log)[0].outputMatch).toEqual({
      kind: 'abort',
      line: 2,
      pattern: 'No space left on device',
    });
    expect(readFileSync(f.summary, 'utf8')).toContain(
      'not retried: line 2 matched /No space left on device/',
    );
  });
});

describe('total-timeout', () => {
  it('ends the whole execution at its deadline, cutting the attempt running then, and names that deadline', async () => {
    const f = files();
    const result = await runCli([
      'run',
      ...reporting(f),
      '--total-timeout',
      '3s',
      '--timeout',
      '2s',
      '--max-attempts',
      '5',
      '--retry-delay',
      '100ms',
      '--kill-after',
      '1s',
      '--',
      'sleep',
      '30',
    ]);
    expect(result.status).toBe(124);
    // Ended at the total deadline, not after five attempts of 2 s: the total deadline cut the second
    // attempt (its own 2 s deadline was further off), and its first signal ended it.
    const attempts = attemptsIn(f.log);
    expect(attempts.map((a) => a.timeoutKind)).toEqual(['deadline', 'total']);
    expect(attempts.map((a) => a.signal)).toEqual(['SIGTERM', 'SIGTERM']);
    expect(readFileSync(f.summary, 'utf8')).toContain(
      'timed out: total-timeout 3s reached during attempt 2 of 5',
    );
  });
});

describe('bad patterns', () => {
  it.each([
    [['--retry-on-output', '(unclosed'], {}, '--retry-on-output (STEPLOG_RETRY_ON_OUTPUT): "(unclosed"'],
    [
      [],
      { STEPLOG_ABORT_ON_OUTPUT: 'fine\n^(a+)+\\1$' },
      '--abort-on-output (STEPLOG_ABORT_ON_OUTPUT): "^(a+)+\\\\1$"',
    ],
    [['--total-timeout', 'soon'], {}, '--total-timeout (STEPLOG_TOTAL_TIMEOUT): "soon"'],
  ])('%j %j: exit 125 naming the input, nothing run', async (flags, env, named) => {
    const dir = tempDir();
    const marker = path.join(dir, 'ran');
    const result = await runCli(['run', ...flags, '--', 'touch', marker], { env });
    expect(result.status).toBe(125);
    expect(result.stderr).toContain(`Invalid ${named}`);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('in steps', () => {
  it('each step takes its own patterns, as lines or a YAML list', async () => {
    const f = files();
    const steps = path.join(f.dir, 'steps.yml');
    writeFileSync(
      steps,
      [
        '- name: flaky',
        `  run: "${f.bump}; if [ $n -lt 2 ]; then echo 'HTTP 503 Service Unavailable'; exit 1; fi"`,
        '  max-attempts: 3',
        '  retry-on-output: [ECONNRESET, 503 Service Unavailable]',
        '- name: full',
        `  run: "echo 'ENOSPC: no space left' >&2; exit 1"`,
        '  max-attempts: 3',
        '  abort-on-output: ENOSPC',
      ].join('\n'),
    );
    const result = await runCli(['run', '--log-file', f.log, '--max-parallel', '1', '--steps', steps]);
    expect(result.status).toBe(1);
    const ends = readJsonl(f.log).filter((e) => e.type === 'end') as {
      record: { name: string; status: string; attempts: Attempt[] };
    }[];
    const byName = Object.fromEntries(ends.map((e) => [e.record.name, e.record]));
    expect(byName.flaky.status).toBe('success');
    expect(byName.flaky.attempts[0].outputMatch).toMatchObject({ kind: 'retry', line: 1 });
    expect(byName.full.attempts).toHaveLength(1);
    expect(byName.full.attempts[0].retry).toEqual({ retried: false, reason: 'line 1 matched /ENOSPC/' });
  });
});
