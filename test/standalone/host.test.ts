// The standalone executable on this machine with no Node.js reachable: PATH holds only a shell and
// the tools the steps use, so neither steplog nor its command can find a `node`.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertValidEvent } from '../core/schema-helper.js';
import { readJsonl, tempDir } from '../cli/helpers.js';
import { expectNoSurvivors, watchMarker } from '../exec/helpers.js';
import { standaloneExecutable } from '../support/standalone.js';

let steplog: string;
beforeAll(async () => {
  steplog = await standaloneExecutable();
}, 600_000);
afterEach(expectNoSurvivors);

/** A folder with links to the few programs the steps need, and no node. */
function pathWithoutNode(): string {
  const bin = tempDir('steplog-no-node-');
  for (const tool of ['bash', 'sh', 'sleep', 'cat']) symlinkSync(`/usr/bin/${tool}`, path.join(bin, tool));
  symlinkSync(steplog, path.join(bin, 'steplog'));
  return bin;
}

function run(args: string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('steplog', args, {
      cwd,
      env: { PATH: pathWithoutNode(), HOME: cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('the standalone executable without Node.js', () => {
  it('runs a step end to end: live output, exit status, JSON-lines log, summary', async () => {
    const dir = tempDir();
    const result = await run(
      [
        'run',
        '--platform',
        'local',
        '--log-file',
        'log.jsonl',
        '--summary-file',
        'summary.md',
        '--run',
        'command -v node || echo "no node here"; echo "to stderr" >&2; exit 3',
      ],
      dir,
    );
    expect(result.stdout).toContain('no node here');
    expect(result.stderr).toContain('to stderr');
    expect(result.status).toBe(3);
    const events = readJsonl(path.join(dir, 'log.jsonl'));
    events.forEach(assertValidEvent);
    expect(events.at(-1)).toMatchObject({ type: 'end', record: { status: 'failed', exitStatus: 3 } });
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain('no node here');
  });

  it('kills the whole process tree at the timeout and exits 124', async () => {
    const dir = tempDir();
    const marker = `steplog-standalone-${randomUUID()}`;
    watchMarker(marker);
    const result = await run(
      ['run', '--platform', 'local', '--timeout', '1s', '--kill-after', '1s', '--run', `sh -c 'sleep 60; : ${marker}' & sleep 60`],
      dir,
    );
    expect(result.status).toBe(124);
  });

  it('runs several steps from a file (the modules the bundle loads lazily are inside)', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'steps.yml'),
      ['- name: first', '  run: echo one', '- name: second', '  run: echo two'].join('\n') + '\n',
    );
    const result = await run(['run', '--platform', 'local', '--steps', 'steps.yml', '--log-file', 'log.jsonl'], dir);
    expect(result.stdout).toContain('one');
    expect(result.stdout).toContain('two');
    expect(result.status).toBe(0);
    const ends = readJsonl(path.join(dir, 'log.jsonl')).filter((event) => event.type === 'end');
    expect(ends).toHaveLength(2);
  });
});
