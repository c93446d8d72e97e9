// One attempt, real processes: exit codes and signals as they come, shells, streams
//. Every test ends with no process of its execution left alive.
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseShell } from '../../src/core/shells.js';
import { NODE, expectNoSurvivors, fixture, removeScratch, run, scratch } from './helpers.js';

afterEach(expectNoSurvivors);
afterAll(removeScratch);

describe('exit codes and signals', () => {
  it.each([
    ['exit 0', 0, 'success', 0],
    ['exit 1', 1, 'failed', 1],
    ['exit 255', 255, 'failed', 255],
    ['exit 300', 44, 'failed', 44],
  ])('`%s` → exit code %i', async (script, exitCode, status, exitStatus) => {
    const { record } = await run({ run: script });
    expect(record).toMatchObject({
      status,
      exitCode,
      signal: null,
      exitStatus,
      timedOut: false,
      error: null,
    });
    expect(record.attempts).toHaveLength(1);
    expect(record.attempts[0]).toMatchObject({ number: 1, status, exitCode, signal: null });
  });

  it.each([
    ['kill -TERM $$', 'SIGTERM', 143],
    ['kill -KILL $$', 'SIGKILL', 137],
    ['kill -SEGV $$', 'SIGSEGV', 139],
  ])('`%s` → signal %s, exit status %i', async (script, signal, exitStatus) => {
    const { record } = await run({ run: script });
    expect(record).toMatchObject({ status: 'failed', exitCode: null, signal, exitStatus, timedOut: false });
  });

  it('a success code other than 0 counts as success', async () => {
    const { record } = await run({ run: 'exit 1', successCodes: [0, 1] });
    expect(record).toMatchObject({ status: 'success', exitCode: 1, exitStatus: 0 });
  });
});

describe('shells', () => {
  it('bash -e stops a multi-line script at the first failing line', async () => {
    const { record, capture } = await run({ run: 'echo one\nfalse\necho two\n' });
    expect(record).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(capture.text('stdout')).toBe('one');
  });

  it('bash -o pipefail fails a pipeline whose first command fails', async () => {
    const { record } = await run({ run: 'false | cat\necho unreachable' });
    expect(record.exitCode).toBe(1);
  });

  it('sh runs the script with sh -e, not bash', async () => {
    const { record, capture } = await run({
      run: 'if [ -n "$BASH_VERSION" ]; then echo bash; else echo not-bash; fi\nfalse\necho unreachable',
      shell: parseShell('shell', 'sh'),
    });
    expect(capture.text('stdout')).toBe('not-bash');
    expect(record.exitCode).toBe(1);
  });

  it('a custom template: python3 {0} (python may not exist, python3 does)', async () => {
    const { record, capture } = await run({
      run: 'import sys\nprint("python", sys.version_info[0])\nsys.exit(7)\n',
      shell: parseShell('shell', 'python3 {0}'),
    });
    expect(capture.text('stdout')).toBe('python 3');
    expect(record.exitCode).toBe(7);
  });

  it('node {0}, with the script file carrying the .js extension', async () => {
    const { record, capture } = await run({
      run: 'console.log(require("node:path").extname(__filename)); process.exitCode = 5;',
      shell: parseShell('shell', 'node'),
    });
    expect(capture.text('stdout')).toBe('.js');
    expect(record.exitCode).toBe(5);
  });

  it('an unknown shell program → 127 naming it, nothing spawned', async () => {
    const { record } = await run({ shell: parseShell('shell', 'no-such-shell-zsh {0}') });
    expect(record).toMatchObject({
      status: 'failed',
      exitCode: null,
      exitStatus: 127,
      error: 'shell "no-such-shell-zsh" not found: no-such-shell-zsh is not on PATH',
    });
    expect(record.attempts[0].error).toBe(record.error);
  });

  it('a shell given as a path that does not exist → 127 naming the path', async () => {
    const missing = path.join(scratch(), 'missing', 'zsh');
    const { record } = await run({ shell: parseShell('shell', `${missing} {0}`) });
    expect(record).toMatchObject({
      exitStatus: 127,
      error: `shell "${missing}" not found: ${missing} does not exist`,
    });
  });

  it('a shell that is not executable → 126 naming it', async () => {
    const file = path.join(scratch(), 'not-executable-shell');
    writeFileSync(file, '#!/bin/sh\necho hi\n');
    chmodSync(file, 0o644);
    const { record } = await run({ shell: parseShell('shell', `${file} {0}`) });
    expect(record).toMatchObject({
      status: 'failed',
      exitStatus: 126,
      error: `shell "${file}" is not executable: ${file}`,
    });
  });

  it('a NUL in the environment → 125 with the reason, no stack trace', async () => {
    const { record } = await run({ env: { BROKEN: 'a\0b' } });
    expect(record.exitStatus).toBe(125);
    expect(record.error).toMatch(/^could not start "bash": .*null bytes/s);
    expect(record.error).not.toMatch(/\n\s+at /);
  });

  it('a working directory removed before the attempt → 125 naming it', async () => {
    const gone = path.join(scratch(), 'gone-dir');
    const { record } = await run({ cwd: gone });
    expect(record).toMatchObject({
      exitStatus: 125,
      error: `working directory ${gone} does not exist or is not a directory`,
    });
  });
});

describe('environment and streams', () => {
  it('the command sees process.env, settings.env and its execution id; cwd is honoured', async () => {
    const cwd = scratch();
    const { record, capture, id } = await run({
      run: 'echo "$EXTRA|$STEPLOG_EXECUTION_ID|$PWD"; [ -n "$PATH" ]',
      env: { EXTRA: 'from-settings' },
      cwd,
    });
    expect(record.status).toBe('success');
    expect(capture.text('stdout')).toBe(`from-settings|${id}|${cwd}`);
  });

  it('stdout and stderr stay apart', async () => {
    const { record, capture } = await run({ run: 'echo out; echo err >&2; echo out2' });
    expect(capture.text('stdout')).toBe('out\nout2');
    expect(capture.text('stderr')).toBe('err');
    expect(record.stdout).toMatchObject({ bytes: 9, lines: 2, tail: 'out\nout2' });
    expect(record.stderr).toMatchObject({ bytes: 4, lines: 1, tail: 'err' });
  });

  it('stdin is at EOF at once: cat and read return immediately', async () => {
    const { record, capture } = await run({
      run: 'cat\nif read -r line; then echo "got $line"; else echo eof; fi',
      timeoutMs: 5000,
    });
    expect(record.status).toBe('success');
    expect(capture.text('stdout')).toBe('eof');
    // An open stdin would have held cat until the 5 s timeout cut the attempt.
    expect(record.attempts[0]).toMatchObject({ timedOut: false, timeoutKind: null, exitCode: 0 });
  });

  it('a character split across writes is decoded whole (€)', async () => {
    const { capture, record } = await run({ run: `"${NODE}" "${fixture('split-euro.js')}"` });
    expect(record.status).toBe('success');
    expect(capture.text('stdout')).toBe('price: €');
    expect(record.stdout.tail).toBe('price: €');
  });

  it('a secret written in two pieces 150 ms apart is still redacted', async () => {
    const secret = 's3cr3t-Value-42';
    const { capture, record } = await run({
      run: `"${NODE}" "${fixture('split-secret.js')}" "${secret}"`,
      masks: [secret],
    });
    expect(capture.text('stdout')).toBe('token=*** end');
    const everything = JSON.stringify({ batches: capture.batches, events: capture.events, record });
    expect(everything).not.toContain('s3cr3t');
    expect(everything).not.toContain('Value-42');
  });

  it('an unterminated last line is delivered when the attempt ends', async () => {
    const { capture } = await run({ run: 'echo first; printf last' });
    expect(capture.text('stdout')).toBe('first\nlast');
  });

  it('the script file and its directory are removed after the attempt', async () => {
    const { capture } = await run({ run: 'echo "$0"' });
    const script = capture.text('stdout');
    expect(script).toMatch(/steplog-[^/]+\/script\.sh$/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(script)).toBe(false);
    expect(existsSync(path.dirname(script))).toBe(false);
  });
});
