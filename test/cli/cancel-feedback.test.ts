// What a user sees when they cancel steplog (Ctrl-C, the runner's SIGINT): one line at once, a
// second signal kills the tree without waiting for the grace, and a cancel in the retry delay still
// ends with a final line. The real bundle, real signals; polled with deadlines, no clock asserted.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, expectNoSurvivors, survivors, watchMarker } from '../exec/helpers.js';
import { CLI, cleanEnv, readJsonl, requireBundle, tempDir } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

/** The CLI bundle with its output watched as it comes. */
function startCli(args: string[], marker: string) {
  watchMarker(marker);
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: tempDir(),
    env: cleanEnv({ STEPLOG_TEST_MARKER: marker }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let code: number | null | undefined;
  const closed = new Promise<number | null>((resolve) =>
    child.on('close', (status) => {
      code = status;
      resolve(status);
    }),
  );
  return {
    pid: child.pid!,
    stdout: () => stdout,
    stderr: () => stderr,
    exited: () => code !== undefined,
    closed,
  };
}

describe('cancel feedback (CLI bundle)', () => {
  it('first SIGINT: one line at once; second SIGINT: the tree is killed and that is said; nothing survives', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const marker = `cancel-feedback-${randomUUID()}`;
    // Ignores INT and TERM (so only SIGKILL ends it), with a child that left its session.
    const cli = startCli(
      [
        'run',
        '--kill-after',
        '10m',
        '--log-file',
        log,
        '--run',
        `trap '' INT TERM; setsid sleep 300 & sleep 300 & echo ready; while true; do sleep 1; done`,
      ],
      marker,
    );
    await eventually(() => cli.stdout().includes('ready') || cli.exited(), 20_000, 'the command ready');
    process.kill(cli.pid, 'SIGINT');
    const first = 'steplog ⊘ cancelling: SIGINT sent to the command, SIGKILL in 5s';
    await eventually(() => cli.stderr().includes(first) || cli.exited(), 20_000, 'the cancelling line');
    // Said while the command still ran, not at the end.
    expect(cli.exited()).toBe(false);
    expect(cli.stderr().split(first)).toHaveLength(2);
    process.kill(cli.pid, 'SIGINT');
    expect(await cli.closed).toBe(130);
    expect(cli.stderr()).toContain('steplog ⊘ cancelling now: SIGKILL sent to the command\n');
    const end = readJsonl(log).find((event) => event.type === 'end') as {
      record: { status: string; cancelSignal: string; signal: string };
    };
    expect(end.record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT', signal: 'SIGKILL' });
    expect(survivors(marker)).toEqual([]);
  }, 30_000);

  it('on GitLab the line is in the job log (stdout), at once', async () => {
    const marker = `cancel-gitlab-${randomUUID()}`;
    const cli = startCli(
      ['run', '--platform', 'gitlab', '--kill-after', '1s', '--run', 'echo ready; sleep 300'],
      marker,
    );
    await eventually(() => /^ready$/m.test(cli.stdout()) || cli.exited(), 20_000, 'the command ready');
    process.kill(cli.pid, 'SIGTERM');
    const line = 'steplog ⊘ cancelling: SIGTERM sent to the command, SIGKILL in 1s\n';
    await eventually(() => cli.stdout().includes(line) || cli.exited(), 20_000, 'the cancelling line');
    expect(await cli.closed).toBe(143);
    expect(cli.stdout().split(line)).toHaveLength(2);
  }, 30_000);

  it('a cancel in the retry delay still prints the final line', async () => {
    const marker = `cancel-delay-${randomUUID()}`;
    const cli = startCli(
      ['run', '--max-attempts', '3', '--retry-delay', '10m', '--run', 'echo ready; exit 1'],
      marker,
    );
    await eventually(() => cli.stderr().includes('retrying in') || cli.exited(), 20_000, 'the retry delay');
    process.kill(cli.pid, 'SIGINT');
    expect(await cli.closed).toBe(130);
    const lines = cli.stderr().trimEnd().split('\n');
    expect(lines.slice(-2)).toEqual([
      'steplog ⊘ cancelling: no attempt is running',
      expect.stringMatching(
        /^steplog ⊘ echo ready; exit 1: cancelled before attempt 2 of 3 in [^;]+; steplog received SIGINT; exit status 130$/,
      ),
    ]);
  }, 30_000);
});
