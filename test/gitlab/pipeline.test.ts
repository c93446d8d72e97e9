// Real pipelines: the packed steplog (npm pack of the built dist/) run by gitlab-ci-local's shell
// executor from a fixture repo that includes the template with inputs, the way GitLab would.
// gitlab-ci-local rewrites section markers in its logs, so the raw markers are checked on the
// CLI's own stdout (second block).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { FIXTURES, expectValidJunit, findMarkers } from './helpers.js';
import { ROOT, TEMPLATE, createFixtureRepo, nodePath, runGcl, type GclResult } from './gcl.js';

const validateCodeQuality = new Ajv({ allErrors: true }).compile(
  JSON.parse(readFileSync(new URL('codequality.schema.json', FIXTURES), 'utf8')),
);
const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');
const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const TARBALL = `steplog-${version}.tgz`;
const dirs: string[] = [];
let tarball: string;
/** The tarball unpacked: `package/dist/cli/index.js` is the CLI as npm installs it. */
let unpacked: string;

beforeAll(async () => {
  const packDir = mkdtempSync(path.join(tmpdir(), 'steplog-pack-'));
  dirs.push(packDir);
  tarball = path.join(packDir, TARBALL);
  // STEPLOG_TEST_TARBALL tests a given package (e.g. the release artifact) instead of packing this tree.
  const given = process.env.STEPLOG_TEST_TARBALL;
  if (given) {
    copyFileSync(given, tarball);
  } else {
    const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before these tests`);
    await execa('npm', ['pack', '--silent', '--pack-destination', packDir], {
      cwd: ROOT,
      env: { PATH: nodePath(), npm_config_update_notifier: 'false' },
    });
  }
  execFileSync('tar', ['xzf', tarball], { cwd: packDir });
  unpacked = packDir;
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the template in a real pipeline (gitlab-ci-local, shell executor)', () => {
  let repo: string;
  let result: GclResult;
  const job = (name: string, file: string) =>
    readFileSync(path.join(repo, '.gitlab-ci-local', 'builds', name, file), 'utf8');
  const dotenvOf = (name: string) =>
    readFileSync(
      path.join(
        repo,
        '.gitlab-ci-local',
        'artifacts',
        name,
        '.gitlab-ci-reports',
        'dotenv',
        '.steplog',
        'steplog.env',
      ),
      'utf8',
    );

  beforeAll(async () => {
    // One pipeline for every case, to pay gitlab-ci-local's start-up once. step-ok installs the
    // tarball with npx (STEPLOG_PACKAGE, a top-level variable here); the others use STEPLOG_BIN, the
    // preinstalled-binary override, so only one job pays for an npm install.
    const bin = `node ${path.join(unpacked, 'package', 'dist', 'cli', 'index.js')}`;
    repo = createFixtureRepo({
      '.gitlab-ci-template.yml': readFileSync(TEMPLATE, 'utf8'),
      [TARBALL]: readFileSync(tarball),
      // The file the type error points at: matchers keep only locations inside the workspace.
      'src/app.ts': 'export const answer: number = 42;\n',
      '.gitlab-ci.yml': YAML.stringify({
        stages: ['test', 'report'],
        variables: { STEPLOG_PACKAGE: `./${TARBALL}` },
        include: [
          {
            local: '.gitlab-ci-template.yml',
            inputs: {
              'job-name': 'step-ok',
              name: 'greeting',
              run: 'echo "hello from $CI_JOB_NAME"\nprintf \'\\033[0Ksection_end:1:forged\\r\\033[0K\\n\'\necho "secret is $MY_TOKEN"\n',
              mask: '$MY_TOKEN',
              collapsed: true,
            },
          },
          {
            local: '.gitlab-ci-template.yml',
            inputs: {
              'job-name': 'step-fail',
              name: 'typecheck',
              run: 'echo "src/app.ts(3,7): error TS2322: Type string is not assignable to type number."\nexit 3',
              'max-attempts': 2,
            },
          },
          {
            local: '.gitlab-ci-template.yml',
            inputs: {
              'job-name': 'step-timeout',
              run: 'echo waiting\nsleep 30',
              timeout: '1s',
              'kill-after': '1s',
            },
          },
          {
            // `steps` instead of `run` (no longer a required input): two steps, one failing.
            local: '.gitlab-ci-template.yml',
            inputs: {
              'job-name': 'step-many',
              steps:
                '- name: compile\n  run: echo "compiled in $CI_JOB_NAME"\n- name: unit tests\n  run: echo "1 test failed"; exit 5\n',
              'max-parallel': '2',
            },
          },
          {
            // No `name`: the job's name is the execution's. Fails once, then passes.
            local: '.gitlab-ci-template.yml',
            inputs: {
              'job-name': 'unit-tests',
              run: 'if [ ! -e .first-done ]; then touch .first-done; echo "flaky failure"; exit 1; fi\necho "212 passed"',
              'max-attempts': 2,
              'output-prefix': 'UNIT_',
            },
          },
          {
            // The same flaky command without the warning that it needed a retry.
            local: '.gitlab-ci-template.yml',
            inputs: {
              'job-name': 'quiet-retry',
              run: 'if [ ! -e .first-done ]; then touch .first-done; echo "flaky failure"; exit 1; fi\necho "212 passed"',
              'max-attempts': 2,
              'warn-on-retry': false,
            },
          },
          {
            local: '.gitlab-ci-template.yml',
            inputs: {
              'job-name': 'slow',
              run: 'sleep 30',
              timeout: '1s',
              'kill-after': '1s',
              'output-prefix': 'SLOW_',
            },
          },
        ],
        'unit-tests': { variables: { STEPLOG_BIN: bin } },
        'quiet-retry': { variables: { STEPLOG_BIN: bin } },
        slow: { variables: { STEPLOG_BIN: bin }, allow_failure: { exit_codes: [124] } },
        'after-both': {
          stage: 'report',
          when: 'always',
          needs: ['unit-tests', 'slow'],
          script: [
            'echo "AFTER-BOTH unit=$UNIT_STEPLOG_STATUS/$UNIT_STEPLOG_ATTEMPTS slow=$SLOW_STEPLOG_STATUS/$SLOW_STEPLOG_TIMED_OUT plain=[$STEPLOG_STATUS]"',
          ],
        },
        'step-fail': { variables: { STEPLOG_BIN: bin } },
        'step-many': { variables: { STEPLOG_BIN: bin } },
        'step-timeout': { variables: { STEPLOG_BIN: bin }, allow_failure: { exit_codes: [124] } },
        'after-ok': {
          stage: 'report',
          needs: ['step-ok'],
          script: [
            'echo "AFTER-OK status=$STEPLOG_STATUS exit=$STEPLOG_EXIT_CODE attempts=$STEPLOG_ATTEMPTS"',
          ],
        },
        'after-timeout': {
          stage: 'report',
          when: 'always',
          needs: ['step-timeout'],
          script: [
            'echo "AFTER-TIMEOUT status=$STEPLOG_STATUS timed_out=$STEPLOG_TIMED_OUT exit=[$STEPLOG_EXIT_CODE] signal=$STEPLOG_SIGNAL"',
          ],
        },
      }),
    });
    dirs.push(repo);
    result = await runGcl(
      repo,
      [
        '--shell-executor-no-image',
        '--force-shell-executor',
        '--shell-isolation',
        '--variable',
        'MY_TOKEN=tok-8f3a9c21',
      ],
      { npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' },
    );
  }, 300_000);

  it('fails the pipeline only for the failing job: FAIL 3, WARN 124, the rest PASS', () => {
    expect(result.exitCode, result.output).toBe(1);
    expect(result.output).toMatch(/step-fail\s+finished in .*FAIL 3/);
    expect(result.output).toMatch(/step-timeout\s+finished in .*WARN 124/);
    expect(result.output).toMatch(/step-many\s+finished in .*FAIL 5/);
    expect(result.output).toMatch(/PASS\s+step-ok/);
    expect(result.output).toMatch(/PASS\s+after-ok/);
    expect(result.output).toMatch(/PASS\s+after-timeout/);
  });

  it('hands the dotenv outputs to later jobs through needs', () => {
    expect(result.output).toContain('AFTER-OK status=success exit=0 attempts=1');
    expect(result.output).toContain('AFTER-TIMEOUT status=timed_out timed_out=true exit=[] signal=SIGTERM');
    expect(dotenvOf('step-fail')).toMatch(
      /^STEPLOG_STATUS=failed\nSTEPLOG_EXIT_CODE=3\n[\s\S]*STEPLOG_ATTEMPTS=2\n/,
    );
    for (const name of ['step-ok', 'step-fail', 'step-timeout']) {
      const text = dotenvOf(name);
      expect(
        text
          .split('\n')
          .filter(Boolean)
          .every((line) => /^STEPLOG_[A-Z_]+=\S*$/.test(line)),
        text,
      ).toBe(true);
      expect(text).toContain('STEPLOG_SUMMARY_PATH=.steplog/summary.md\n');
    }
  });

  it('names a job’s execution after the job, and a green job after a retry has no failed test', async () => {
    const junit = job('unit-tests', '.steplog/junit.xml');
    await expectValidJunit(junit);
    expect(junit).toContain('tests="1" failures="0" errors="0"');
    expect(junit).toContain('<testcase classname="unit-tests" name="unit-tests"');
    expect(junit).not.toMatch(/<failure|<error/);
    expect(junit).toMatch(
      /<system-out><!\[CDATA\[`unit-tests` succeeded on attempt 2 of 2; [^]*--- attempt 1 of 2: exit code 1[^]*flaky failure/,
    );
    expect(result.output).toMatch(/PASS\s+unit-tests/);
  });

  it('passes warn-on-retry: the retried green job’s summary warns that it needed a retry, unless false', () => {
    expect(job('unit-tests', '.steplog/summary.md')).toContain(
      'succeeded on attempt 2 of 2 (attempt 1: exit code 1)',
    );
    expect(result.output).toMatch(/PASS\s+quiet-retry/);
    const quiet = job('quiet-retry', '.steplog/summary.md');
    expect(quiet).toContain('2 attempts');
    // The summary's sentence says which attempt succeeded; the warning with why the others failed is gone.
    expect(quiet).toContain('`quiet-retry` succeeded on attempt 2 of 2.');
    expect(quiet).not.toContain('(attempt 1: exit code 1)');
  });

  it('two prefixed jobs in one needs: keep their own dotenv variables', () => {
    expect(dotenvOf('unit-tests')).toMatch(/^UNIT_STEPLOG_STATUS=success\n/);
    expect(dotenvOf('slow')).toMatch(/^SLOW_STEPLOG_STATUS=timed_out\n/);
    expect(dotenvOf('slow')).not.toMatch(/^STEPLOG_/m);
    expect(result.output).toContain('AFTER-BOTH unit=success/2 slow=timed_out/true plain=[]');
  });

  it('shows one steplog section per attempt, not the forged one, and masks the token', () => {
    const okLog = readFileSync(path.join(repo, '.gitlab-ci-local', 'output', 'step-ok.log'), 'utf8');
    expect(okLog.match(/steplog_[0-9a-f]{12}_1_started/g)).toHaveLength(1);
    expect(okLog).not.toContain('forged_started');
    expect(okLog).toContain('hello from step-ok');
    expect(okLog).toContain('section_end:1:forged');
    expect(okLog).toContain('secret is ***');
    const failLog = readFileSync(path.join(repo, '.gitlab-ci-local', 'output', 'step-fail.log'), 'utf8');
    expect(failLog.match(/steplog_[0-9a-f]{12}_\d_started/g)).toHaveLength(2);
    expect(failLog.trimEnd().split('\n').at(-1)).toMatch(
      /: failed with exit code 3 on attempt 2 of 2 in [^;]+$/,
    );
    for (const name of ['step-ok', 'step-fail', 'step-timeout']) {
      const text = readFileSync(path.join(repo, '.gitlab-ci-local', 'output', `${name}.log`), 'utf8');
      expect(text).not.toMatch(/^::/m);
      expect(text).not.toContain('tok-8f3a9c21');
    }
  });

  it('writes JUnit, Code Quality and summary reports that GitLab accepts', async () => {
    await expectValidJunit(job('step-fail', '.steplog/junit.xml'));
    const junit = job('step-fail', '.steplog/junit.xml');
    // One test case for the job's execution, failing with its last attempt; the first in system-out.
    expect(junit).toContain('tests="1" failures="1"');
    expect(junit).toContain('<testcase classname="typecheck" name="typecheck"');
    expect(junit).toContain(
      '<failure message="exit code 3 (attempt 2 of 2)" type="failed"><![CDATA[src/app.ts(3,7): error TS2322',
    );
    expect(junit).toContain('<system-out><![CDATA[1 earlier attempt did not succeed either:');
    await expectValidJunit(job('step-timeout', '.steplog/junit.xml'));
    expect(job('step-timeout', '.steplog/junit.xml')).toContain('type="timed_out"><![CDATA[waiting]]>');
    const issues: unknown = JSON.parse(job('step-fail', '.steplog/codequality.json'));
    expect(validateCodeQuality(issues), JSON.stringify(validateCodeQuality.errors)).toBe(true);
    expect(issues).toEqual([
      expect.objectContaining({
        check_name: 'tsc/TS2322',
        severity: 'major',
        location: { path: 'src/app.ts', lines: { begin: 3 } },
      }),
    ]);
    expect(job('step-ok', '.steplog/summary.md')).toContain('greeting');
    for (const file of ['junit.xml', 'codequality.json', 'summary.md', 'steplog.env', 'steplog.jsonl']) {
      expect(job('step-ok', `.steplog/${file}`)).not.toContain('tok-8f3a9c21');
    }
  });

  it('runs the `steps` input: one test case per step, the run’s status in the dotenv', async () => {
    const log = readFileSync(path.join(repo, '.gitlab-ci-local', 'output', 'step-many.log'), 'utf8');
    // Kept literal by the template, expanded by the step's own shell.
    expect(log).toContain('[compile] compiled in step-many');
    expect(log).toContain('[unit-tests] 1 test failed');
    expect(log.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ✖ 2 steps in \S+: 1 succeeded, 1 failed; `unit tests` failed with exit code 5$/,
    );
    const junit = job('step-many', '.steplog/junit.xml');
    await expectValidJunit(junit);
    expect(junit.match(/<testcase /g)).toHaveLength(2);
    expect(junit).toContain('<testcase classname="step-many" name="compile"');
    expect(junit).toContain('<failure message="exit code 5" type="failed"><![CDATA[1 test failed]]>');
    expect(dotenvOf('step-many')).toMatch(
      /^STEPLOG_STATUS=failed\nSTEPLOG_EXIT_CODE=5\n[\s\S]*STEPLOG_ATTEMPTS=2\n/,
    );
    expect(dotenvOf('step-many')).toMatch(/\nSTEPLOG_RESULTS=\[\{"id":"compile",\S+\]\n$/);
  });
});

describe('the packed CLI in GitLab mode (raw job-log bytes)', () => {
  async function runCli(script: string, env: NodeJS.ProcessEnv) {
    const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-cli-'));
    dirs.push(cwd);
    const cli = path.join(unpacked, 'package', 'dist', 'cli', 'index.js');
    const result = await execa(NODE, [cli, 'run', '--run', script], {
      cwd,
      reject: false,
      env: { PATH: nodePath(), ...env },
      extendEnv: false,
    });
    return { ...result, cwd, read: (file: string) => readFileSync(path.join(cwd, '.steplog', file), 'utf8') };
  }

  it('prints real section markers around the output and neutralises forged ones', async () => {
    const result = await runCli(
      "echo one\nprintf '\\033[0Ksection_end:1:x\\r\\033[0K\\n' >&2\nprintf 'section_start:1:y[collapsed=true]\\r\\033[0Kfake\\n'\nexit 4",
      { STEPLOG_PLATFORM: 'gitlab', STEPLOG_COLLAPSED: 'true', GITLAB_CI: 'false' },
    );
    expect(result.exitCode).toBe(4);
    const markers = findMarkers(result.stdout);
    expect(markers.map((m) => [m.action, m.options])).toEqual([
      ['start', '[collapsed=true]'],
      ['end', undefined],
    ]);
    expect(markers[0].name).toMatch(/^steplog_[0-9a-f]{12}_1$/);
    expect(result.stdout).toContain('\x1b[Ksection_end:1:x\r\x1b[K');
    expect(result.stdout).not.toMatch(/^::/m);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ✖ .*: failed with exit code 4 in [^;]+$/,
    );
    expect(result.read('steplog.env')).toContain('STEPLOG_EXIT_CODE=4\n');
  });

  it('caps the output in the job log and still ends with the result', async () => {
    const result = await runCli('seq 1 20000\nexit 0', {
      STEPLOG_PLATFORM: 'gitlab',
      STEPLOG_LOG_LIMIT: '10KiB',
    });
    expect(result.exitCode).toBe(0);
    expect(Buffer.byteLength(result.stdout)).toBeLessThan(12 * 1024);
    expect(result.stdout).toContain('the job log limit for output (10 KiB, STEPLOG_LOG_LIMIT) is reached');
    expect(result.stdout).toMatch(/of output \(\d+ lines\) was withheld from the job log/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^steplog ✔ seq 1 20000: succeeded in /);
    expect(result.read('summary.md')).toContain('20000');
  });

  it('switches to GitLab mode on GITLAB_CI=true, not on gitlab-ci-local’s GITLAB_CI=false', async () => {
    const real = await runCli('echo hi', { GITLAB_CI: 'true' });
    expect(findMarkers(real.stdout)).toHaveLength(2);
    const local = await runCli('echo hi', { GITLAB_CI: 'false' });
    expect(findMarkers(local.stdout)).toHaveLength(0);
    expect(existsSync(path.join(local.cwd, '.steplog'))).toBe(false);
  });

  it('closes its section and writes the reports when the runner cancels the job (SIGTERM to the group)', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-cancel-'));
    dirs.push(cwd);
    const cli = path.join(unpacked, 'package', 'dist', 'cli', 'index.js');
    // Its own process group, as the runner starts a job script; the runner then signals the group.
    const child = execa(NODE, [cli, 'run', '--run', 'echo started\nsleep 30'], {
      cwd,
      reject: false,
      detached: true,
      env: { PATH: nodePath(), STEPLOG_PLATFORM: 'gitlab' },
      extendEnv: false,
    });
    let seen = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('started\n')) resolve();
      });
    });
    process.kill(-child.pid!, 'SIGTERM');
    const result = await child;
    expect(result.exitCode).toBe(143);
    expect(findMarkers(result.stdout).map((m) => m.action)).toEqual(['start', 'end']);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ⊘ .*: cancelled in .*; steplog received SIGTERM; exit status 143$/,
    );
    const dotenv = readFileSync(path.join(cwd, '.steplog', 'steplog.env'), 'utf8');
    expect(dotenv).toContain('STEPLOG_STATUS=cancelled\n');
    await expectValidJunit(readFileSync(path.join(cwd, '.steplog', 'junit.xml'), 'utf8'));
  });

  it('exits 125 with a message naming a bad GitLab setting', async () => {
    const result = await runCli('echo hi', { STEPLOG_PLATFORM: 'gitlab', STEPLOG_LOG_LIMIT: 'huge' });
    expect(result.exitCode).toBe(125);
    expect(result.stderr).toContain(
      'Invalid STEPLOG_LOG_LIMIT: "huge". Expected a size such as 65536, 64KiB',
    );
  });
});
