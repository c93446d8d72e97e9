// steplog writes workflow commands with @actions/core's own writers, imported past the root module
// (src/sinks/github-commands.ts). They must behave exactly as the root module's functions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as rootCore from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as commands from '../../src/sinks/github-commands.js';
import { parseEnvFile } from './runner-oracle.js';

/** What `action` writes to process.stdout. */
function stdoutOf(action: () => void): string {
  const original = process.stdout.write;
  let text = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    action();
  } finally {
    process.stdout.write = original;
  }
  return text;
}

const saved = { ...process.env };
const savedExitCode = process.exitCode;
afterEach(() => {
  for (const name of ['GITHUB_OUTPUT', 'RUNNER_DEBUG']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  process.exitCode = savedExitCode;
});

const NASTY = 'a%b\r\nc::d,e:f ##[error]x';
const PROPERTIES = {
  title: 'T, a:b',
  file: 'C:\\a,b:c.ts',
  startLine: 3,
  endLine: 4,
  startColumn: 1,
  endColumn: 9,
};

describe("github-commands: the same bytes as @actions/core's root module", () => {
  it.each([
    ['setSecret', () => commands.setSecret(NASTY), () => rootCore.setSecret(NASTY)],
    ['error', () => commands.error(NASTY, PROPERTIES), () => rootCore.error(NASTY, PROPERTIES)],
    ['warning', () => commands.warning(NASTY, PROPERTIES), () => rootCore.warning(NASTY, PROPERTIES)],
    ['notice', () => commands.notice(NASTY), () => rootCore.notice(NASTY)],
    ['debug', () => commands.debug(NASTY), () => rootCore.debug(NASTY)],
    ['info', () => commands.info(NASTY), () => rootCore.info(NASTY)],
  ] as const)('%s', (_name, ours, theirs) => {
    const text = stdoutOf(ours);
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(stdoutOf(theirs));
  });

  it('setFailed sets exit code 1 and writes the error', () => {
    const ours = stdoutOf(() => commands.setFailed(NASTY));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(ours).toBe(stdoutOf(() => rootCore.setFailed(NASTY)));
  });

  it('isDebug follows RUNNER_DEBUG', () => {
    process.env.RUNNER_DEBUG = '1';
    expect([commands.isDebug(), rootCore.isDebug()]).toEqual([true, true]);
    process.env.RUNNER_DEBUG = '0';
    expect([commands.isDebug(), rootCore.isDebug()]).toEqual([false, false]);
  });

  it('setOutput writes a random-delimiter heredoc the runner reads back', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'steplog-commands-')), 'output');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    const values = ['EOF', 'exit-code=0\nstatus=success', 'ghadelimiter_x\n', 'a\r\nb\rc', '', 'é🎉'];
    values.forEach((value, i) => commands.setOutput(`v${i}`, value));
    const ours = parseEnvFile(readFileSync(file, 'utf8'));
    writeFileSync(file, '');
    values.forEach((value, i) => rootCore.setOutput(`v${i}`, value));
    const theirs = parseEnvFile(readFileSync(file, 'utf8'));
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(values.map((value, i) => [`v${i}`, value])));
    expect(ours).toEqual(theirs);
  });

  it('setOutput falls back to ::set-output when GITHUB_OUTPUT is unset, like core', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(stdoutOf(() => commands.setOutput('a', NASTY))).toBe(
      stdoutOf(() => rootCore.setOutput('a', NASTY)),
    );
  });

  it('summary is core’s own summary object', () => {
    expect(commands.summary).toBe(rootCore.summary);
  });
});
