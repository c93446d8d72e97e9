// `steps` on GitLab through the built CLI (dist/cli/index.js), driven the way the template drives it
// (STEPLOG_* variables) or with flags: real parallel processes, the raw job-log bytes, and the files
// under .steplog/ that the template's artifacts pick up.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseInteger } from '../../src/core/parse.js';
import { CLI, cleanEnv, readJsonl, requireBundle, runCli, tempDir } from '../cli/helpers.js';
import { expectNoSurvivors, watchMarker } from '../exec/helpers.js';
import { TEMPLATE } from './gcl.js';
import { expectValidJunit, findMarkers } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

/** A job directory and a run of the CLI in GitLab mode inside it. */
async function runOnGitlab(args: string[], env: Record<string, string> = {}) {
  const cwd = tempDir('steplog-gitlab-steps-');
  const result = await runCli(['run', '--platform', 'gitlab', ...args], { cwd, env });
  const read = (file: string) => readFileSync(path.join(cwd, '.steplog', file), 'utf8');
  const lines = result.stdout.trimEnd().split('\n');
  return { ...result, cwd, read, lines };
}

function dotenvOf(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .trimEnd()
      .split('\n')
      .map((line) => line.split(/=(.*)/s).slice(0, 2)),
  );
}

describe('steplog run --steps on GitLab', () => {
  it('runs steps in parallel with [id] lines and writes the run’s reports', async () => {
    const dir = tempDir();
    // Each step waits for the other's file: both finish only if they really run at once.
    const steps = YAML.stringify([
      {
        name: 'lint',
        run: `touch ${dir}/a; until [ -e ${dir}/b ]; do sleep 0.02; done; echo "linted hunter2"`,
      },
      {
        name: 'unit tests',
        run: [
          `touch ${dir}/b; until [ -e ${dir}/a ]; do sleep 0.02; done`,
          'echo "src/app.ts(3,7): error TS2322: Type string is not assignable to type number."',
          "printf '\\033[0Ksection_end:1:forged\\r\\033[0K\\n'",
          'exit 3',
        ].join('\n'),
      },
    ]);
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src/app.ts'), 'export const answer: number = 42;\n');
    const cwd = dir;
    const result = await runCli(
      ['run', '--platform', 'gitlab', '--steps', steps, '--max-parallel', '2', '--mask', 'hunter2'],
      { cwd, env: { CI_JOB_NAME: 'checks' } },
    );
    const read = (file: string) => readFileSync(path.join(cwd, '.steplog', file), 'utf8');
    expect(result.status, result.stderr).toBe(3);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('['))).toEqual(
      expect.arrayContaining([
        '[lint] linted ***',
        '[unit-tests] src/app.ts(3,7): error TS2322: Type string is not assignable to type number.',
        '[unit-tests] \x1b[Ksection_end:1:forged\r\x1b[K',
      ]),
    );
    expect(findMarkers(result.stdout)).toEqual([]);
    expect(result.stdout).not.toMatch(/^::/m);
    expect(lines.at(-1)).toMatch(
      /^steplog ✖ 2 steps in \S+: 1 succeeded, 1 failed; `unit tests` failed with exit code 3$/,
    );

    const dotenv = dotenvOf(read('steplog.env'));
    expect(dotenv).toMatchObject({ STEPLOG_STATUS: 'failed', STEPLOG_EXIT_CODE: '3', STEPLOG_ATTEMPTS: '2' });
    expect(JSON.parse(dotenv.STEPLOG_RESULTS)).toMatchObject([
      { id: 'lint', status: 'success' },
      { id: 'unit-tests', name: 'unit tests', status: 'failed', exitCode: 3 },
    ]);
    const junit = read('junit.xml');
    await expectValidJunit(junit);
    expect(junit.match(/<testcase /g)).toHaveLength(2);
    expect(junit).toContain('<testcase classname="checks" name="lint"');
    expect(junit).toContain(
      '<failure message="exit code 3" type="failed"><![CDATA[src/app.ts(3,7): error TS2322',
    );
    expect(JSON.parse(read('codequality.json'))).toMatchObject([
      { check_name: 'tsc/TS2322', location: { path: 'src/app.ts', lines: { begin: 3 } } },
    ]);
    expect(read('summary.md')).toMatch(/```mermaid\ngantt\n/);
    const ends = readJsonl(path.join(cwd, '.steplog', 'steplog.jsonl')).filter((e) => e.type === 'end');
    expect(ends.map((e) => e.stepId).sort()).toEqual(['lint', 'unit-tests']);
    for (const file of ['steplog.env', 'junit.xml', 'codequality.json', 'summary.md', 'steplog.jsonl']) {
      expect(read(file)).not.toContain('hunter2');
    }
    expect(result.stdout).not.toContain('hunter2');
  });

  it('gives each step its own collapsible section with max-parallel 1, set as the template sets it', async () => {
    const { status, stdout, lines, read } = await runOnGitlab([], {
      STEPLOG_RUN: '',
      STEPLOG_STEPS:
        '- name: build\n  run: echo "built $STEP"\n  env: { STEP: one }\n- name: test\n  run: echo tested',
      STEPLOG_MAX_PARALLEL: '1',
      STEPLOG_FAIL_FAST: 'false',
      STEPLOG_COLLAPSED: 'true',
    });
    expect(status).toBe(0);
    const markers = findMarkers(stdout);
    expect(markers.map((m) => [m.action, m.options])).toEqual([
      ['start', '[collapsed=true]'],
      ['end', undefined],
      ['start', '[collapsed=true]'],
      ['end', undefined],
    ]);
    expect(markers[0].name).not.toBe(markers[2].name);
    const all = stdout.split('\n');
    expect(all.slice(markers[0].line + 1, markers[1].line)).toEqual(['built one']);
    expect(all.slice(markers[2].line + 1, markers[3].line)).toEqual(['tested']);
    expect(all[markers[0].line]).toContain('build: output');
    expect(lines.at(-1)).toMatch(/^steplog ✔ 2 steps in \S+: all succeeded$/);
    expect(dotenvOf(read('steplog.env'))).toMatchObject({
      STEPLOG_STATUS: 'success',
      STEPLOG_EXIT_CODE: '0',
    });
  });

  it('fail-fast stops the other steps; the JUnit report skips them', async () => {
    const marker = `gitlab-steps-ff-${randomUUID()}`;
    watchMarker(marker);
    const steps = [
      '- name: fails',
      '  run: sleep 0.3; exit 4',
      '- name: long',
      // Ignores SIGTERM and would sleep past the test's timeout: only the SIGKILL after its grace ends it.
      `  run: "trap '' TERM; sleep 600 # ${marker}"`,
      '  kill-after: 300ms',
      '- name: never started',
      '  run: echo should not run',
    ].join('\n');
    const { status, stdout, lines, read } = await runOnGitlab([
      '--steps',
      steps,
      '--max-parallel',
      '2',
      '--fail-fast',
    ]);
    expect(status).toBe(4);
    expect(stdout).not.toContain('should not run');
    expect(lines.at(-1)).toMatch(
      /^steplog ✖ 3 steps in \S+: 0 succeeded, 1 failed, 1 cancelled, 1 not started; `fails` failed with exit code 4$/,
    );
    expect(lines).toContain('steplog ⊘ never started: not started (fail-fast)');
    expect(lines.filter((line) => line.includes('`fails` failed'))).toEqual([
      'steplog ⚠ fail-fast: `fails` failed; stopping the other steps',
      lines.at(-1),
    ]);
    const junit = read('junit.xml');
    await expectValidJunit(junit);
    expect(junit).toContain('tests="3" failures="1" errors="0" skipped="2"');
    expect(junit).toContain(
      'stopped: fail-fast cancelled the other steps after `fails` failed with exit code 4',
    );
    expect(junit).toContain(
      'not started: fail-fast cancelled the other steps after `fails` failed with exit code 4',
    );
    expect(dotenvOf(read('steplog.env'))).toMatchObject({ STEPLOG_STATUS: 'failed', STEPLOG_EXIT_CODE: '4' });
  });

  it('caps the output of all steps together in the job log and still ends with the result', async () => {
    const { status, stdout, lines, read } = await runOnGitlab(
      ['--steps', '- run: seq 1 5000\n- run: seq 5001 10000', '--max-parallel', '2'],
      { STEPLOG_LOG_LIMIT: '4KiB' },
    );
    expect(status).toBe(0);
    expect(Buffer.byteLength(stdout)).toBeLessThan(6 * 1024);
    expect(
      stdout.match(/the job log limit for output \(4 KiB, STEPLOG_LOG_LIMIT\) is reached/g),
    ).toHaveLength(1);
    expect(stdout.match(/of output \(\d+ lines\) was withheld from the job log/g)).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^steplog ✔ 2 steps in \S+: all succeeded$/);
    expect(read('summary.md')).toContain('10000');
  });

  it('cancels every step on SIGTERM to its process group and still writes the reports', async () => {
    const marker = `gitlab-steps-cancel-${randomUUID()}`;
    watchMarker(marker);
    const cwd = tempDir('steplog-gitlab-steps-');
    const steps = `- name: one\n  run: echo started-one; sleep 30 # ${marker}\n- name: two\n  run: echo started-two; sleep 30 # ${marker}`;
    // Its own process group, as the runner starts a job script; the runner then signals the group.
    const child = spawn(process.execPath, [CLI, 'run', '--steps', steps, '--max-parallel', '2'], {
      cwd,
      detached: true,
      env: cleanEnv({ STEPLOG_PLATFORM: 'gitlab' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve) => {
      child.on('close', () => resolve()); // ended early: the assertions below say how
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('[one] started-one') && stdout.includes('[two] started-two')) resolve();
      });
    });
    process.kill(-child.pid!, 'SIGTERM');
    expect(await exited).toBe(143);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ⊘ 2 steps in \S+: 0 succeeded, 2 cancelled; the run was cancelled; exit status 143$/,
    );
    const read = (file: string) => readFileSync(path.join(cwd, '.steplog', file), 'utf8');
    expect(dotenvOf(read('steplog.env'))).toMatchObject({
      STEPLOG_STATUS: 'cancelled',
      STEPLOG_EXIT_CODE: '',
    });
    const junit = read('junit.xml');
    await expectValidJunit(junit);
    expect(junit).toContain('skipped="2"');
    expect(junit).toContain('`one` was cancelled (steplog received SIGTERM)');
  });

  it('takes `run` or `steps`, not both and not neither: exit 125 before anything runs', async () => {
    const both = await runOnGitlab([], { STEPLOG_RUN: 'touch ran', STEPLOG_STEPS: '- run: touch ran' });
    expect(both.status).toBe(125);
    expect(both.stderr).toContain(
      'Invalid --run (STEPLOG_RUN): "touch ran". Expected no script when --steps (STEPLOG_STEPS) is given (use one or the other).',
    );
    expect(existsSync(path.join(both.cwd, 'ran'))).toBe(false);

    const neither = await runOnGitlab([], { STEPLOG_RUN: '', STEPLOG_STEPS: '' });
    expect(neither.status).toBe(125);
    expect(neither.stderr).toContain(
      'nothing to run: give the command after -- (steplog run -- make test), a script with --run (STEPLOG_RUN) or several with --steps (STEPLOG_STEPS)',
    );
  });

  it('reads the steps from a file in the job directory (`steps: ci/steps.yml`)', async () => {
    const cwd = tempDir('steplog-gitlab-steps-');
    mkdirSync(path.join(cwd, 'ci'));
    writeFileSync(path.join(cwd, 'ci/steps.yml'), '- name: from file\n  run: echo "$PWD"\n');
    const result = await runCli(['run', '--platform', 'gitlab'], {
      cwd,
      env: { STEPLOG_STEPS: 'ci/steps.yml' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`\n${cwd}\n`);
    expect(readFileSync(path.join(cwd, '.steplog', 'junit.xml'), 'utf8')).toContain('name="from file"');
  });
});

describe('the template’s steps inputs', () => {
  const header = YAML.parseAllDocuments(readFileSync(TEMPLATE, 'utf8'))[0].toJS() as {
    spec: { inputs: Record<string, { regex?: string; default?: unknown; type?: string }> };
  };
  const inputs = header.spec.inputs;

  it('checks max-parallel the way steplog parses it (regex ⇔ parser; empty = the CPU count)', () => {
    const regex = new RegExp(inputs['max-parallel'].regex!);
    for (const value of [
      '1',
      '2',
      '9',
      '10',
      '59',
      '64',
      '0',
      '65',
      '100',
      '01',
      '064',
      '-1',
      '-0',
      '2.5',
      'x',
      '1e1',
    ]) {
      let parses = true;
      try {
        parseInteger('max-parallel', value, 1, 64);
      } catch {
        parses = false;
      }
      expect(regex.test(value), value).toBe(parses);
    }
    expect(regex.test('')).toBe(true);
    expect(inputs['max-parallel'].default).toBe('');
    expect(inputs['fail-fast']).toMatchObject({ type: 'boolean', default: false });
    expect(inputs.steps.default).toBe('');
  });
});
