// The CLI bundle end to end: exit statuses, flags and STEPLOG_* variables, validation, the
// JSON-lines log, the summary file, masking and cancellation by a signal to steplog only.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import { assertValidEvent } from '../core/schema-helper.js';
import { eventually, expectNoSurvivors, watchMarker } from '../exec/helpers.js';
import { CLI, cleanEnv, readJsonl, requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

describe('steplog run', () => {
  it('runs the command after -- and exits with its status; steplog lines go to stderr', async () => {
    const ok = await runCli(['run', '--', 'echo', 'hello world']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('hello world\n');
    expect(ok.stderr).toContain("steplog ▶ echo 'hello world'\n");
    // The tree's peak memory and CPU end the line where a sample saw it (Linux measures them).
    expect(ok.stderr).toMatch(
      /^steplog ✔ echo 'hello world': succeeded in \S+( \([\d.]+ (KiB|MiB) peak, \S+ CPU\))?$/m,
    );

    const failed = await runCli(['run', '--run', 'echo out; echo err >&2; exit 7']);
    expect(failed.status).toBe(7);
    expect(failed.stdout).toBe('out\n');
    expect(failed.stderr).toContain('err\n');
  });

  it('passes the command’s bytes through unchanged, invalid UTF-8 included, masked or not', () => {
    const script = String.raw`printf 'a\377\376 s3cr3t \342\202\254\n'; printf 'no newline'`;
    const run = (extra: string[]) =>
      spawnSync(process.execPath, [CLI, 'run', ...extra, '--run', script], {
        env: cleanEnv(),
        cwd: tempDir(),
      });
    const plain = run([]);
    expect(plain.status).toBe(0);
    // steplog's own lines go to stderr: an unterminated last line stays unterminated.
    expect(plain.stdout).toEqual(
      Buffer.concat([Buffer.from([0x61, 0xff, 0xfe]), Buffer.from(' s3cr3t €\nno newline')]),
    );
    // Masked: the secret's bytes are replaced, the invalid bytes stay as they were.
    const masked = run(['--mask', 's3cr3t']);
    expect(masked.status).toBe(0);
    expect(masked.stdout).toEqual(
      Buffer.concat([Buffer.from([0x61, 0xff, 0xfe]), Buffer.from(' *** €\nno newline')]),
    );
  });

  it('a reader that falls behind still gets every byte before steplog exits', async () => {
    const child = spawn(process.execPath, [CLI, 'run', '--run', 'yes 0123456789 | head -n 400000 || true'], {
      env: cleanEnv(),
      cwd: tempDir(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let bytes = 0;
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Nothing is read for a while: the pipe fills, steplog's writes wait, the command is paused.
    child.stdout.pause();
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    setTimeout(() => child.stdout.resume(), 1000);
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(0);
    expect(bytes).toBe(400_000 * 11);
    expect(stderr).toMatch(/steplog ✔ .*: succeeded in/);
  });

  it('a reader that goes away ends the command as SIGPIPE would (`steplog run -- yes | head`), exit 141', async () => {
    const marker = `epipe-${randomUUID()}`;
    watchMarker(marker);
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const child = spawn(process.execPath, [CLI, 'run', '--log-file', log, '--run', `yes # ${marker}`], {
      env: cleanEnv({ STEPS_TEST_MARKER: marker }),
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Like `head -1`: the first bytes, then the pipe is closed.
    child.stdout.once('data', () => child.stdout.destroy());
    // `yes` never ends by itself: only the cancel on the broken pipe ends this before the test's timeout.
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(141);
    expect(stderr).toMatch(/steplog ⊘ .*cancelled/);
    const end = readJsonl(log).at(-1) as { type: string; record: Record<string, unknown> };
    expect(end.type).toBe('end');
    expect(end.record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGPIPE', exitStatus: 141 });
  });

  it('maps exit statuses as the README documents them (the code mod 256, 128+N, 124, 0 or 1 by success-codes, 127)', async () => {
    const cases: [string[], number][] = [
      [['--run', 'exit 300'], 44],
      [['--run', 'kill -TERM $$'], 143],
      [['--run', 'kill -KILL $$'], 137],
      [['--run', 'sleep 5', '--timeout', '300ms', '--kill-after', '200ms'], 124],
      [['--run', 'exit 1', '--success-codes', '0,1'], 0],
      [['--run', 'exit 0', '--success-codes', '1'], 1],
      [['--run', 'true', '--shell', 'no-such-shell-xyz {0}'], 127],
    ];
    for (const [args, expected] of cases) {
      const result = await runCli(['run', ...args]);
      expect({ args, status: result.status }).toEqual({ args, status: expected });
    }
  });

  it('names the shell that is missing', async () => {
    const result = await runCli(['run', '--shell', 'no-such-shell-xyz {0}', '--run', 'true']);
    expect(result.stderr).toContain('shell "no-such-shell-xyz" not found');
  });

  it('rejects bad input with 125, naming the flag, its variable, the value and what is accepted; runs nothing', async () => {
    const dir = tempDir();
    const marker = path.join(dir, 'ran');
    const result = await runCli(['run', '--timeout', '5 minutes', '--run', `touch ${marker}`]);
    expect(result.status).toBe(125);
    expect(result.stderr).toBe(
      'steplog: Invalid --timeout (STEPLOG_TIMEOUT): "5 minutes". Expected a duration such as 90 (seconds), 90s, 1.5m, 1h30m or 250ms (units ms, s, m, h, d; 0 for none; at most 24d).\n',
    );
    expect(() => readFileSync(marker)).toThrow();

    const fromEnv = await runCli(['run', '--run', 'true'], { env: { STEPLOG_MAX_ATTEMPTS: '0' } });
    expect(fromEnv.status).toBe(125);
    expect(fromEnv.stderr).toContain(
      'Invalid --max-attempts (STEPLOG_MAX_ATTEMPTS): "0". Expected a whole number from 1 to 100.',
    );

    const both = await runCli(['run', '--run', 'true', '--', 'false']);
    expect(both.status).toBe(125);
    expect(both.stderr).toContain('either with --run (STEPLOG_RUN) or after --, not both');

    const platform = await runCli(['run', '--', 'true'], { env: { STEPLOG_PLATFORM: 'jenkins' } });
    expect(platform.status).toBe(125);
    expect(platform.stderr).toBe(
      'steplog: Invalid --platform (STEPLOG_PLATFORM): "jenkins". Expected one of auto, local, github, gitlab.\n',
    );

    const unknown = await runCli(['run', '--no-such-flag', '--', 'true']);
    expect(unknown.status).toBe(125);
    expect(unknown.stderr).toContain("unknown option '--no-such-flag'");
  });

  it('takes every option from STEPLOG_* variables; a flag wins over its variable', async () => {
    const env = { STEPLOG_RUN: 'echo from-env; exit 3', STEPLOG_SUCCESS_CODES: '3' };
    const fromEnv = await runCli(['run'], { env });
    expect(fromEnv.stdout).toBe('from-env\n');
    expect(fromEnv.status).toBe(0);
    const flagWins = await runCli(['run', '--success-codes', '0'], { env });
    expect(flagWins.status).toBe(3);
  });

  it('lists every option with its default in --help', async () => {
    const help = await runCli(['run', '--help']);
    expect(help.status).toBe(0);
    const text = help.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('--timeout <value>');
    expect(text).toContain('Grace between kill-signal and SIGKILL. [env: STEPLOG_KILL_AFTER] [default: 10s]');
  });

  it('writes a JSON-lines log whose every line validates against schema/v1, and a summary file', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const summary = path.join(dir, 'summary.md');
    const result = await runCli([
      'run',
      '--max-attempts=2',
      '--log-file',
      log,
      '--summary-file',
      summary,
      '--run',
      'echo "src/a.c:3:1: error: boom"; exit 2',
    ]);
    expect(result.status).toBe(2);
    const events = readJsonl(log);
    events.forEach(assertValidEvent);
    expect(events.map((e) => e.type)).toEqual([
      'start',
      'attempt-start',
      'annotation',
      'attempt-end',
      'retry',
      // The second attempt finds the same problem: one annotation per execution, not per attempt.
      'attempt-start',
      'attempt-end',
      'end',
    ]);
    const end = events.at(-1) as {
      record: { status: string; exitStatus: number; attempts: unknown[]; annotations: { attempt: number }[] };
    };
    expect(end.record).toMatchObject({ status: 'failed', exitStatus: 2 });
    expect(end.record.attempts).toHaveLength(2);
    expect(end.record.annotations.map((a) => a.attempt)).toEqual([2]);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('failed with exit code 2');
    expect(markdown).toContain('boom');
  });

  it('appends to an existing log and never fails the step when the log cannot be written', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    writeFileSync(log, '{"existing":true}\n');
    await runCli(['run', '--log-file', log, '--', 'true']);
    expect(readFileSync(log, 'utf8').startsWith('{"existing":true}\n')).toBe(true);

    const full = await runCli(['run', '--log-file', '/dev/full', '--', 'echo', 'still runs']);
    expect(full.status).toBe(0);
    expect(full.stdout).toBe('still runs\n');
    expect(full.stderr.match(/sink failed/g)).toHaveLength(1);
  });

  it('redacts --mask values everywhere it writes, even split across writes and lines', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const summary = path.join(dir, 'summary.md');
    const secret = 'sekrit-VALUE-123';
    const result = await runCli([
      'run',
      '--mask',
      secret,
      '--log-file',
      log,
      '--summary-file',
      summary,
      '--run',
      `printf 'a sekrit-'; sleep 0.2; printf 'VALUE-123 b\\n'; echo "::add-mask::announced""-42"; echo "then announced""-42" >&2; exit 1`,
    ]);
    expect(result.status).toBe(1);
    for (const text of [
      result.stdout,
      result.stderr,
      readFileSync(log, 'utf8'),
      readFileSync(summary, 'utf8'),
    ]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain('announced-42');
    }
    expect(result.stdout).toContain('a *** b');
    expect(result.stderr).toContain('then ***');
  });

  it('is cancelled by SIGINT to steplog only: forwards, records cancelled, exits 130, leaves nothing', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const ready = path.join(dir, 'ready');
    const marker = `cli-cancel-${randomUUID()}`;
    watchMarker(marker);
    let pid = 0;
    const running = runCli(
      // kill-after is far off: only the cancel's own 5 s cap on the grace ends this before the test's timeout.
      [
        'run',
        '--log-file',
        log,
        '--kill-after',
        '10m',
        '--run',
        `trap '' INT TERM; touch "${ready}"; sleep 600 # ${marker}`,
      ],
      { env: { MARKER: marker }, onSpawn: (p) => (pid = p) },
    );
    // Signalled once the command ignores the signal (the trap comes before the ready file).
    await eventually(() => existsSync(ready), 30_000, 'the command set its trap');
    process.kill(pid, 'SIGINT');
    const result = await running;
    expect(result.status).toBe(130);
    const end = readJsonl(log).at(-1) as { type: string; record: ExecutionRecord };
    expect(end).toMatchObject({ type: 'end', record: { status: 'cancelled', cancelSignal: 'SIGINT' } });
    // The command ignored SIGINT: it ended by the SIGKILL that follows the capped grace.
    expect(end.record.attempts.map((a) => a.signal)).toEqual(['SIGKILL']);
  });
});
