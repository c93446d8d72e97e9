// What the CLI checks before anything runs, and the small conveniences of its inputs: unwritable
// report files, bare `steplog run`, duplicate step names, steps on stdin, exit codes 126/127, flag
// names and aliases, unknown STEPLOG_* variables, and a steps file holding a `steps:` mapping.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INPUTS, envNameOf } from '../../src/core/inputs.js';
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
    // One line says it all, the exit code once.
    expect(result.stderr).toMatch(
      /^steplog ✖ no-such-command-steplog: failed with exit code 127 \(command not found\) on attempt 1 of 3 in [^;]+; not retried: 127 is retried only when retry-on-exit-codes lists it$/m,
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

describe('flags and variables follow the inputs’ names', () => {
  it('--working-directory and its alias --cwd both set the directory', async () => {
    const dir = tempDir();
    const long = await runCli(['run', '--working-directory', dir, '--', 'pwd']);
    const short = await runCli(['run', `--cwd=${dir}`, '--', 'pwd']);
    const fromEnv = await runCli(['run', '--', 'pwd'], { env: { STEPLOG_WORKING_DIRECTORY: dir } });
    for (const result of [long, short, fromEnv]) {
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe(`${dir}\n`);
    }
  });

  it('--matchers and its alias --matcher both choose the problem matchers', async () => {
    const annotations = async (flags: string[]) => {
      const log = path.join(tempDir(), 'log.jsonl');
      const result = await runCli([
        'run',
        '--log-file',
        log,
        ...flags,
        '--',
        'echo',
        'src/a.c:3:1: error: boom',
      ]);
      expect(result.status, result.stderr).toBe(0);
      return readJsonl(log).filter((event) => event.type === 'annotation').length;
    };
    expect(await annotations(['--matchers', 'gcc'])).toBe(1);
    expect(await annotations(['--matcher', 'gcc'])).toBe(1);
    expect(await annotations(['--matchers', 'none'])).toBe(0);
    expect(await annotations(['--matcher', 'none'])).toBe(0);
  });

  it('--help shows each flag with its alias and its STEPLOG_* variable beside it', async () => {
    const help = await runCli(['run', '--help']);
    expect(help.status).toBe(0);
    // One entry per option: a line starting with the flags, then its indented continuation lines.
    const entries = new Map<string, string>();
    let current = '';
    for (const line of help.stdout.split('\n')) {
      const term = /^ {2}(--[a-z-]+(?:, --[a-z-]+)?)(?: [<[][a-z]+[>\]])? /.exec(line);
      if (term) entries.set((current = term[1]), line);
      else if (current && line.startsWith('    '))
        entries.set(current, `${entries.get(current)} ${line.trim()}`);
      else current = '';
    }
    const cliInputs = INPUTS.filter((input) => input.flag !== null);
    expect([...entries.keys()].filter((flags) => flags !== '--help')).toEqual([
      '--platform',
      ...cliInputs.map((input) =>
        'alias' in input && input.alias ? `${input.flag}, ${input.alias}` : input.flag,
      ),
    ]);
    const text = (flags: string) => entries.get(flags)!.replace(/\s+/g, ' ');
    expect(text('--platform')).toContain('[env: STEPLOG_PLATFORM]');
    for (const input of cliInputs) {
      const flags = 'alias' in input && input.alias ? `${input.flag}, ${input.alias}` : input.flag;
      expect(text(flags), input.name).toContain(`[env: ${envNameOf(input.name)}]`);
    }
    expect(text('--working-directory, --cwd')).toContain('[env: STEPLOG_WORKING_DIRECTORY]');
  });
});

describe('an unknown STEPLOG_* variable', () => {
  const unknown = {
    STEPLOG_CWD: '/nowhere',
    STEPLOG_MATCHER: 'gcc',
    STEPLOG_ZZZ_QQQ: '1',
    // Known: set by steplog for the command, read by the template's script, or a later job's dotenv.
    STEPLOG_EXECUTION_ID: 'from-an-outer-steplog',
    STEPLOG_PACKAGE: 'steplog@0.1.0',
    STEPLOG_STATUS: 'success',
    // Not steplog's: the action's inputs.
    INPUT_CWD: '/nowhere',
  };
  const expected = [
    'steplog ⚠ STEPLOG_CWD is not a steplog setting (did you mean STEPLOG_WORKING_DIRECTORY?); it is ignored',
    'steplog ⚠ STEPLOG_MATCHER is not a steplog setting (did you mean STEPLOG_MATCHERS?); it is ignored',
    'steplog ⚠ STEPLOG_ZZZ_QQQ is not a steplog setting; it is ignored',
  ];

  it('gets one warning each on stderr before the run, naming the closest known variable; the run goes on', async () => {
    const result = await runCli(['run', '--', 'echo', 'ran'], { env: unknown });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('ran\n');
    const lines = result.stderr.split('\n');
    expect(lines.slice(0, 3)).toEqual(expected);
    expect(lines[3]).toMatch(/^steplog ▶ echo ran/);
    expect(result.stderr.match(/is not a steplog setting/g)).toHaveLength(3);
  });

  it('is named even when steplog then finds nothing to run', async () => {
    const result = await runCli(['run'], { env: { STEPLOG_COMMAND: 'make test' } });
    expect(result.status).toBe(125);
    expect(result.stderr.split('\n')[0]).toBe(
      'steplog ⚠ STEPLOG_COMMAND is not a steplog setting; it is ignored',
    );
  });

  it('is a warning annotation on GitHub', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'output'), '');
    writeFileSync(path.join(dir, 'summary'), '');
    const result = await runCli(['run', '--', 'true'], {
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: path.join(dir, 'output'),
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
        RUNNER_TEMP: dir,
        STEPLOG_CWD: '/nowhere',
      },
    });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      '::warning title=steplog::STEPLOG_CWD is not a steplog setting (did you mean STEPLOG_WORKING_DIRECTORY?); it is ignored',
    );
    expect(result.stdout.match(/::warning/g)).toHaveLength(1);
  });

  it('set by the command is not steplog’s business, but a steplog the command runs warns about it', async () => {
    const inner = `"${process.execPath}" "${CLI}" run -- echo inner ran`;
    const result = await runCli(['run'], {
      env: { STEPLOG_RUN: `export STEPLOG_CWD=/nowhere STEPLOG_EXECUTION_ID=mine\necho outer ran\n${inner}` },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('outer ran\ninner ran\n');
    // Only the inner steplog saw STEPLOG_CWD, and said so once.
    expect(result.stderr.match(/STEPLOG_CWD is not a steplog setting/g)).toHaveLength(1);
    expect(result.stderr.indexOf('STEPLOG_CWD is not')).toBeGreaterThan(result.stderr.indexOf('steplog ▶'));
    expect(result.stderr).not.toMatch(/STEPLOG_EXECUTION_ID is not/);
  });
});

describe('--steps given a mapping', () => {
  it('takes a mapping whose only key is `steps` holding the list', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 's.yml'),
      'steps:\n  - name: one\n    run: echo first\n  - run: echo second\n',
    );
    const result = await runCli(['run', '--max-parallel', '1', '--steps', './s.yml'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('first\nsecond\n');
  });

  it.each([
    ['jobs:\n  - run: echo x\nenv: {}\n', 'a mapping with keys jobs, env'],
    ['run: echo x\n', 'a mapping with key run'],
    ['steps: echo x\n', 'a mapping whose `steps` is a single string'],
    ['steps: []\n', 'a mapping whose `steps` is an empty list'],
    ['# nothing yet\n', 'an empty document'],
  ])('says what it found instead of a list: %j', async (yaml, found) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 's.yml'), yaml);
    const result = await runCli(['run', '--steps', './s.yml'], { cwd: dir });
    expect(result.status).toBe(125);
    expect(result.stderr).toContain(
      `steplog: Invalid --steps (STEPLOG_STEPS): "./s.yml". Expected a non-empty YAML list of steps, each with at least \`run\` (or a mapping with only \`steps:\` holding that list); found ${found}.`,
    );
  });
});
