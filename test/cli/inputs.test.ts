// What the CLI checks before anything runs, and the small conveniences of its inputs: unwritable
// report files, bare `steplog run`, duplicate step names, steps on stdin, and exit codes 126/127.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSurvivors } from '../exec/helpers.js';
import { CLI, cleanEnv, readJsonl, requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

describe('files steplog writes are checked before anything runs', () => {
  const dir = tempDir();
  const aFile = path.join(dir, 'a-file');
  writeFileSync(aFile, '');
  const locked = path.join(dir, 'locked');
  mkdirSync(locked);
  chmodSync(locked, 0o500);
  const asRoot = process.getuid?.() === 0;

  it.each([
    ['--summary-file', '/proc/nope/s.md', 'ENOENT'],
    ['--log-file', '/proc/version', 'a virtual file system such as /proc'],
    ['--log-file', path.join(aFile, 'sub', 'log.jsonl'), 'is a file, where a folder is needed'],
    ['--summary-file', dir, 'is a folder'],
    // Root may write anywhere: the permission case only means something for another user.
    ...(asRoot ? [] : [['--log-file', path.join(locked, 'log.jsonl'), 'EACCES']]),
  ])('%s %s: exit 125 naming the input, nothing run', async (flag, value, why) => {
    const marker = path.join(tempDir(), 'ran');
    const result = await runCli(['run', flag, value, '--', 'touch', marker]);
    expect(result.status).toBe(125);
    expect(result.stderr).toContain(`Invalid ${flag} (`);
    expect(result.stderr).toContain(JSON.stringify(value));
    expect(result.stderr).toContain(why);
    expect(existsSync(marker)).toBe(false);
  });

  it('a missing folder is created, and a good path leaves no stray file when nothing else is wrong', async () => {
    const base = tempDir();
    const log = path.join(base, 'deep', 'er', 'log.jsonl');
    const result = await runCli(['run', '--log-file', log, '--', 'true']);
    expect(result.status).toBe(0);
    expect(readJsonl(log).at(-1)?.type).toBe('end');
  });
});

describe('bare steplog run', () => {
  it('says how to give the command', async () => {
    const result = await runCli(['run']);
    expect(result.status).toBe(125);
    expect(result.stderr).toBe(
      'steplog: nothing to run: give the command after -- (steplog run -- make test), a script with --run (STEPLOG_RUN) or several with --steps (STEPLOG_STEPS)\n',
    );
  });
});

describe('steps', () => {
  it('two steps of one name are refused before any runs, naming the name', async () => {
    const marker = path.join(tempDir(), 'ran');
    const result = await runCli([
      'run',
      '--steps',
      `- name: test\n  run: touch ${marker}\n- name: test\n  run: true`,
    ]);
    expect(result.status).toBe(125);
    expect(result.stderr).toContain(
      'Invalid --steps (STEPLOG_STEPS) step 2 name: "test". Expected a name no other step has (step 1 has it).',
    );
    expect(existsSync(marker)).toBe(false);
  });

  it('--steps - reads the YAML from stdin', () => {
    const dir = tempDir();
    const result = spawnSync(process.execPath, [CLI, 'run', '--max-parallel', '1', '--steps', '-'], {
      input: '- name: one\n  run: echo first\n- name: two\n  run: echo second\n',
      env: cleanEnv(),
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('first\nsecond\n');
  });
});

describe('exit codes 126 and 127', () => {
  it('a command not found is not retried, and the line says why', async () => {
    const result = await runCli(['run', '--max-attempts', '3', '--', 'no-such-command-steplog']);
    expect(result.status).toBe(127);
    expect(result.stderr.match(/steplog ▶/g)).toHaveLength(1);
    expect(result.stderr).toContain(
      'not retried: exit code 127 (command not found), not in retry-on-exit-codes',
    );
  });

  it('is retried when listed in retry-on-exit-codes', async () => {
    const dir = tempDir();
    const script = path.join(dir, 'not-executable.sh');
    writeFileSync(script, 'echo hi\n');
    chmodSync(script, 0o644);
    const result = await runCli(['run', '--max-attempts', '2', '--retry-on-exit-codes', '126', '--', script]);
    expect(result.status).toBe(126);
    expect(result.stderr.match(/steplog ▶/g)).toHaveLength(2);
    expect(readFileSync(script, 'utf8')).toBe('echo hi\n');
  });
});

describe("steplog's own settings never reach the command", () => {
  it('the STEPLOG_* variables it read are gone from the command’s environment, so it can run steplog itself', async () => {
    const inner = `"${process.execPath}" "${CLI}" run -- echo inner ran`;
    const result = await runCli(['run'], {
      env: {
        STEPLOG_RUN: `${inner}\nenv | grep '^STEPLOG_' | cut -d= -f1 | sort`,
        STEPLOG_TIMEOUT: '60s',
        STEPLOG_PLATFORM: 'local',
        STEPLOG_PACKAGE: 'steplog@1.0.0',
      },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('inner ran\nSTEPLOG_EXECUTION_ID\nSTEPLOG_PACKAGE\n');
  });
});
