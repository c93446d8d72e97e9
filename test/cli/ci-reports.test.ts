// The plain CLI in other CI systems (run as each one runs it, with its documented variables): the
// record's `ci` block, the summary's footer, and the JUnit and Code Quality files their test-report
// steps read, validated against the JUnit schemas the tools accept.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { CI_ENVIRONMENTS } from '../core/ci-environments.js';
import { expectValidJunit } from '../gitlab/helpers.js';
import { CLI, readJsonl, requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);

const endRecord = (log: string) =>
  readJsonl(log).find((event) => event.type === 'end')!.record as Record<string, unknown>;

describe('steplog run on Jenkins', () => {
  it('writes the JUnit and Code Quality files, the ci block and the summary footer', async () => {
    const dir = tempDir();
    const state = path.join(dir, 'state');
    // Annotations name files of the workspace only.
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/app.ts'), 'export const n: number = "1";\n');
    // Fails once with a compiler error, then passes: the green build's JUnit shows no failure.
    const result = await runCli(
      [
        'run',
        '--name',
        'make test',
        '--max-attempts',
        '2',
        '--log-file',
        'steplog.jsonl',
        '--summary-file',
        'summary.md',
        '--junit-file',
        'reports/steplog.xml',
        '--codequality-file',
        'reports/codequality.json',
        '--run',
        `if [ ! -e ${state} ]; then touch ${state}; echo "src/app.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'."; exit 2; fi; echo ok`,
      ],
      { cwd: dir, env: CI_ENVIRONMENTS.jenkins },
    );
    expect(result.status, result.stderr).toBe(0);

    const junit = readFileSync(path.join(dir, 'reports/steplog.xml'), 'utf8');
    await expectValidJunit(junit);
    expect(junit).toContain('tests="1" failures="0" errors="0"');
    expect(junit).toContain('<testcase classname="make test" name="make test"');
    expect(junit).toContain('--- attempt 1 of 2: exit code 2');
    expect(junit).toContain("error TS2322: Type 'string' is not assignable");

    const issues = JSON.parse(readFileSync(path.join(dir, 'reports/codequality.json'), 'utf8')) as {
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(issues.map((i) => [i.check_name, i.location])).toEqual([
      ['tsc/TS2322', { path: 'src/app.ts', lines: { begin: 3 } }],
    ]);

    expect(endRecord(path.join(dir, 'steplog.jsonl')).ci).toEqual({
      system: 'jenkins',
      pipeline: 'shop/main',
      job: 'Test',
      runId: '42',
      runUrl: 'https://ci.example.com/job/shop/job/main/42/',
      commit: '9fceb02d0ae598e95dc970b74767f19372d61af8',
      branch: 'origin/main',
    });
    const footer = readFileSync(path.join(dir, 'summary.md'), 'utf8').trimEnd().split('\n').at(-1);
    expect(footer).toContain(
      ' · Jenkins `shop/main` run [`#42`](https://ci.example.com/job/shop/job/main/42/) · job `Test` · commit `9fceb02d0ae5` on `origin/main`</sub>',
    );
  });

  it('takes the paths from STEPLOG_JUNIT_FILE and STEPLOG_CODEQUALITY_FILE, and fails the test case of a failed run', async () => {
    const dir = tempDir();
    const result = await runCli(['run', '--name', 'lint', '--', 'sh', '-c', 'echo "bad thing" >&2; exit 3'], {
      cwd: dir,
      env: {
        ...CI_ENVIRONMENTS.jenkins,
        STEPLOG_JUNIT_FILE: 'out/junit.xml',
        STEPLOG_CODEQUALITY_FILE: 'out/cq.json',
      },
    });
    expect(result.status).toBe(3);
    const junit = readFileSync(path.join(dir, 'out/junit.xml'), 'utf8');
    await expectValidJunit(junit);
    expect(junit).toContain('tests="1" failures="1" errors="0"');
    expect(junit).toContain('<failure message="exit code 3" type="failed"><![CDATA[bad thing]]></failure>');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/cq.json'), 'utf8'))).toEqual([]);
  });

  it('with steps: one test case per step, the suite named after the Jenkins stage', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'steps.yml'),
      ['- name: unit', '  run: echo unit ok', '- name: lint', '  run: echo "lint broke"; exit 1', ''].join(
        '\n',
      ),
    );
    const result = await runCli(['run', '--steps', 'steps.yml', '--junit-file', 'reports/steps.xml'], {
      cwd: dir,
      env: CI_ENVIRONMENTS.jenkins,
    });
    expect(result.status).toBe(1);
    const junit = readFileSync(path.join(dir, 'reports/steps.xml'), 'utf8');
    await expectValidJunit(junit);
    expect(junit).toMatch(/<testsuite name="Test" [^>]*tests="2" failures="1" errors="0"/);
    expect(junit).toContain('<testcase classname="Test" name="unit"');
    expect(junit).toMatch(
      /<testcase classname="Test" name="lint"[^>]*>\s*<failure message="exit code 1" type="failed"><!\[CDATA\[lint broke\]\]>/,
    );
  });

  it('writes no report file when none is asked for', async () => {
    const dir = tempDir();
    const result = await runCli(['run', '--log-file', 'log.jsonl', '--', 'true'], {
      cwd: dir,
      env: CI_ENVIRONMENTS.jenkins,
    });
    expect(result.status).toBe(0);
    expect(existsSync(path.join(dir, 'reports'))).toBe(false);
  });
});

describe('the ci block from each system the CLI runs in', () => {
  it.each(['circleci', 'buildkite', 'azure-pipelines', 'bitbucket'] as const)('%s', async (system) => {
    const dir = tempDir();
    const result = await runCli(
      ['run', '--log-file', 'log.jsonl', '--summary-file', 'summary.md', '--', 'true'],
      {
        cwd: dir,
        env: CI_ENVIRONMENTS[system],
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const ci = endRecord(path.join(dir, 'log.jsonl')).ci as Record<string, string>;
    expect(ci.system).toBe(system);
    expect(ci.runUrl).toMatch(/^https:\/\//);
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain(`(${ci.runUrl})`);
  });

  it('outside a CI the record has no ci block', async () => {
    const dir = tempDir();
    await runCli(['run', '--log-file', 'log.jsonl', '--', 'true'], { cwd: dir });
    expect(endRecord(path.join(dir, 'log.jsonl'))).not.toHaveProperty('ci');
  });
});

describe('colours for the command', () => {
  const probe = [
    'run',
    '--',
    'sh',
    '-c',
    'echo "FORCE_COLOR=[$FORCE_COLOR] CLICOLOR_FORCE=[$CLICOLOR_FORCE]"',
  ];

  /** The CLI with its stdout on a pseudo-terminal (util-linux `script`), as in a local shell. */
  function inTerminal(env: Record<string, string> = {}): string {
    const command = [process.execPath, CLI, ...probe]
      .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  }

  it('are forced when steplog writes to a terminal', () => {
    expect(inTerminal()).toContain('FORCE_COLOR=[1] CLICOLOR_FORCE=[1]');
  });

  it('are left alone when already set, or NO_COLOR asks for none', () => {
    expect(inTerminal({ FORCE_COLOR: '0' })).toContain('FORCE_COLOR=[0] CLICOLOR_FORCE=[1]');
    expect(inTerminal({ NO_COLOR: '1' })).toContain('FORCE_COLOR=[] CLICOLOR_FORCE=[]');
  });

  it('are not forced when steplog writes to a pipe', async () => {
    const result = await runCli(probe);
    expect(result.stdout).toContain('FORCE_COLOR=[] CLICOLOR_FORCE=[]');
  });
});
