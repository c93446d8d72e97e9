// The files the runner gives a step: the summary within GitHub's 1 MiB, and a missing, unwritable
// or full summary, output or log file costs one warning, never the step's result .
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runAction } from './run-action.js';
import { annotationsOf } from './runner-view.js';

beforeAll(assertBuilt);

const warningsOf = (run: Awaited<ReturnType<typeof runAction>>) =>
  annotationsOf(run)
    .filter((c) => c.command === 'warning')
    .map((c) => c.data);

describe('GitHub files', () => {
  it('the command wrote 900 KiB of summary; steplog appends within the 1 MiB left', async () => {
    const run = await runAction({
      with: {
        name: 'bulky',
        run: 'head -c 921600 /dev/zero | tr "\\0" "a" >> "$GITHUB_STEP_SUMMARY"\nseq 1 200000\nexit 1',
      },
    });
    expect(run.code).toBe(1);
    const size = statSync(run.files.summary).size;
    expect(size).toBeGreaterThan(900 * 1024);
    expect(size).toBeLessThanOrEqual(1024 * 1024);
    expect(readFileSync(run.files.summary, 'utf8').slice(900 * 1024)).toContain('bulky');
  });

  it('summary: never and on-failure (on success) write nothing', async () => {
    const [never, onFailure] = await Promise.all([
      runAction({ with: { run: 'exit 1', summary: 'never' } }),
      runAction({ with: { run: 'true', summary: 'on-failure' } }),
    ]);
    expect(statSync(never.files.summary).size).toBe(0);
    expect(statSync(onFailure.files.summary).size).toBe(0);
  });

  it('GITHUB_STEP_SUMMARY unset → one warning, the result unchanged', async () => {
    const run = await runAction({ with: { run: 'echo fine' }, files: { summary: null } });
    expect(run.code).toBe(0);
    expect(run.outputs().get('status')).toBe('success');
    expect(warningsOf(run)).toEqual([expect.stringContaining('GITHUB_STEP_SUMMARY is not set')]);
  });

  it('a missing summary file → one warning', async () => {
    const run = await runAction({
      with: { run: 'echo fine' },
      files: { summary: '/nonexistent/summary.md' },
    });
    expect(run.code).toBe(0);
    expect(warningsOf(run)).toEqual([expect.stringContaining('/nonexistent/summary.md')]);
  });

  it('a full disk (/dev/full) → one warning, the exit status unchanged', async () => {
    const run = await runAction({ with: { run: 'exit 2' }, files: { summary: '/dev/full' } });
    expect(run.code).toBe(2);
    expect(run.outputs().get('status')).toBe('failed');
    expect(warningsOf(run)).toEqual([expect.stringMatching(/ENOSPC|no space/i)]);
  });

  it('GITHUB_OUTPUT pointing at a missing file → one warning, the result unchanged', async () => {
    const run = await runAction({ with: { run: 'echo fine' }, files: { output: '/nonexistent/output' } });
    expect(run.code).toBe(0);
    expect(warningsOf(run)).toEqual([expect.stringContaining('/nonexistent/output')]);
  });

  it('a log file that cannot be written → a warning, the result unchanged', async () => {
    const run = await runAction({ with: { run: 'echo fine', 'log-file': '/dev/full' } });
    expect(run.code).toBe(0);
    expect(run.outputs().get('status')).toBe('success');
    expect(run.outputs().get('log-file')).toBe('/dev/full');
    expect(warningsOf(run).join('\n')).toMatch(/JSON-lines log/);
  });

  it('the log file input is resolved against the workspace', async () => {
    const run = await runAction({ with: { run: 'true', 'log-file': 'logs/step.jsonl' } });
    expect(run.outputs().get('log-file')).toBe(path.join(run.workspace, 'logs/step.jsonl'));
    expect(statSync(path.join(run.workspace, 'logs/step.jsonl')).size).toBeGreaterThan(0);
  });
});

describe('outputs within GitHub limits', () => {
  it('megabytes of output → each tail output at most 64 KiB of whole UTF-8, whatever output-limit says', async () => {
    const run = await runAction({
      with: {
        // pipefail off: `yes` ends by SIGPIPE once head is done.
        run: "set +o pipefail\nyes 'é🎉 abc' | head -n 200000\nyes 'err' | head -n 100000 >&2",
        'output-limit': '512KiB',
      },
    });
    expect(run.code).toBe(0);
    for (const name of ['stdout', 'stderr']) {
      const value = run.outputs().get(name)!;
      expect(Buffer.byteLength(value)).toBeLessThanOrEqual(64 * 1024);
      expect(Buffer.byteLength(value)).toBeGreaterThan(60 * 1024);
      expect(value).not.toContain('\uFFFD');
    }
    expect(run.outputs().get('stdout')!.endsWith('é🎉 abc')).toBe(true);
  });
});

describe('pull-request feedback', () => {
  it('an API that refuses costs a warning, never the step result', async () => {
    // A fork's read-only token: every request is refused.
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Resource not accessible by integration' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const run = await runAction({
      with: { run: 'echo ok', 'check-run': 'true' },
      env: {
        GITHUB_API_URL: `http://127.0.0.1:${port}`,
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_SHA: 'a'.repeat(40),
      },
    }).finally(() => server.close());
    expect(requests.length).toBeGreaterThan(0);
    expect(run.code).toBe(0);
    expect(run.outputs().get('status')).toBe('success');
    expect(run.summary()).toContain('echo ok');
    expect(warningsOf(run).join('\n')).toMatch(/check run/i);
  });
});
