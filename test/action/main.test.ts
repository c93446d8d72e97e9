// runAction's last line of defence: whatever steplog itself throws, even a non-Error, fails the
// step with a message and still sets the outputs; runAction never throws.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/main.js';
import { parseEnvFile } from './runner-oracle.js';

const savedOutput = process.env.GITHUB_OUTPUT;
const savedExitCode = process.exitCode;
afterEach(() => {
  if (savedOutput === undefined) delete process.env.GITHUB_OUTPUT;
  else process.env.GITHUB_OUTPUT = savedOutput;
  process.exitCode = savedExitCode;
});

async function stdoutOf(action: () => Promise<number>): Promise<{ status: number; text: string }> {
  const original = process.stdout.write;
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    return { status: await action(), text };
  } finally {
    process.stdout.write = original;
  }
}

describe('runAction', () => {
  it.each([
    ['an Error', new Error('boom')],
    ['a string', 'boom'],
    ['an object', { reason: 'boom' }],
  ])('fails the step when steplog throws %s, with outputs', async (_kind, thrown) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'steplog-main-')), 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    const env: NodeJS.ProcessEnv = { INPUT_RUN: 'true', 'INPUT_GITHUB-TOKEN': 'ghs_x', GITHUB_OUTPUT: file };
    const streams = { stdout: new PassThrough(), stderr: new PassThrough() };
    const { status, text } = await stdoutOf(() =>
      runAction(env, streams, {
        executeRun: () => {
          throw thrown;
        },
      }),
    );
    expect(status).toBe(125);
    expect(process.exitCode).toBe(1);
    expect(text).toMatch(/^::error::steplog: internal error: .*boom/m);
    expect(parseEnvFile(readFileSync(file, 'utf8')).get('status')).toBe('failed');
    // The inputs were read, then removed from the environment the command would inherit.
    expect(Object.keys(env).filter((name) => name.startsWith('INPUT_'))).toEqual([]);
  });
});
