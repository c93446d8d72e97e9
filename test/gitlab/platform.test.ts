import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_LOG_LIMIT,
  GITLAB_REPORT_DIR,
  gitlabPlatform,
  readGitlabOptions,
} from '../../src/platforms/gitlab.js';
import { Redactor } from '../../src/core/mask.js';
import type { PlatformContext } from '../../src/platforms/platform.js';
import { resolveSettings, type RawInputs } from '../../src/core/resolve-settings.js';
import { executeRun } from '../../src/run/execute-run.js';
import { Capture, expectValidJunit, findMarkers, runFake, runFakeCommand, type FakeRun } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function runOnGitlab(run: FakeRun, raw: RawInputs = {}, env: NodeJS.ProcessEnv = {}) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-'));
  dirs.push(cwd);
  const stdout = new Capture();
  const context: PlatformContext = { env, stdout, stderr: new Capture(), cwd };
  const settings = resolveSettings({ run: 'make build', ...raw }, { workspace: cwd, label: (name) => name });
  const logFile = settings.logFile ?? gitlabPlatform.defaultLogFile(context);
  const sinks = await gitlabPlatform.createSinks({ mode: 'command', settings, logFile }, context);
  const record = await runFakeCommand(run, sinks, settings);
  const read = (file: string) => readFileSync(path.join(cwd, GITLAB_REPORT_DIR, file), 'utf8');
  return { cwd, record, log: stdout.text, read, context };
}

describe('GitLab platform', () => {
  it('writes every report under .steplog/ in the job directory', async () => {
    const { cwd, read, log, context } = await runOnGitlab({
      masks: ['hunter2'],
      attempts: [{ output: [['stdout', 'compiling hunter2\n']], facts: { exitCode: 2 } }],
      annotations: [{ level: 'error', message: 'bad hunter2', file: 'src/a.ts', line: 4, source: 'tsc' }],
    });
    expect(readdirSync(path.join(cwd, GITLAB_REPORT_DIR)).sort()).toEqual([
      'codequality.json',
      'junit.xml',
      'steplog.env',
      'summary.md',
    ]);
    expect(gitlabPlatform.defaultLogFile(context)).toBe(path.join(cwd, '.steplog', 'steplog.jsonl'));
    expect(read('steplog.env')).toContain('STEPLOG_STATUS=failed\nSTEPLOG_EXIT_CODE=2\n');
    expect(read('steplog.env')).toContain(
      'STEPLOG_LOG_PATH=.steplog/steplog.jsonl\nSTEPLOG_SUMMARY_PATH=.steplog/summary.md\n',
    );
    await expectValidJunit(read('junit.xml'));
    expect(read('junit.xml')).toContain('<![CDATA[compiling ***]]>');
    expect(JSON.parse(read('codequality.json'))).toMatchObject([
      { description: 'bad ***', location: { path: 'src/a.ts', lines: { begin: 4 } } },
    ]);
    expect(read('summary.md')).toContain('build');
    for (const file of ['steplog.env', 'junit.xml', 'codequality.json', 'summary.md']) {
      expect(read(file)).not.toContain('hunter2');
    }
    expect(log).not.toContain('hunter2');
    expect(findMarkers(log)).toHaveLength(2);
    expect(log).toContain('steplog: error: src/a.ts:4: bad ***');
  });

  it('honours summary: never and a chosen summary file in the dotenv', async () => {
    const never = await runOnGitlab({ attempts: [{}] }, { summary: 'never' });
    expect(never.read('steplog.env')).toContain('STEPLOG_SUMMARY_PATH=\n');
    expect(() => never.read('summary.md')).toThrow(/ENOENT/);

    const chosen = await runOnGitlab(
      { attempts: [{}] },
      { 'summary-file': 'reports/step.md', 'log-file': '/tmp/x.jsonl' },
    );
    expect(chosen.read('steplog.env')).toContain(
      'STEPLOG_LOG_PATH=/tmp/x.jsonl\nSTEPLOG_SUMMARY_PATH=reports/step.md\n',
    );
    expect(readFileSync(path.join(chosen.cwd, 'reports/step.md'), 'utf8')).toContain('build');
  });

  it('takes the log limit and collapsed sections from the environment', async () => {
    const { log } = await runOnGitlab(
      { attempts: [{ output: [['stdout', 'z'.repeat(50) + '\n'.repeat(1) + 'z'.repeat(50) + '\n']] }] },
      {},
      { STEPLOG_LOG_LIMIT: '60', STEPLOG_COLLAPSED: 'true' },
    );
    expect(findMarkers(log)[0].options).toBe('[collapsed=true]');
    expect(log).toContain('job log limit for output (60 B, STEPLOG_LOG_LIMIT) is reached');
  });

  it('rejects bad GitLab settings with the variable, the value and what is accepted', () => {
    expect(readGitlabOptions({})).toEqual({ logLimit: 3 * 1024 * 1024, collapsed: false, outputPrefix: '' });
    expect(readGitlabOptions({ STEPLOG_OUTPUT_PREFIX: ' UNIT_ ' }).outputPrefix).toBe('UNIT_');
    for (const bad of ['2FAST_', 'UNIT-', 'A B', 'X'.repeat(65)]) {
      expect(() => readGitlabOptions({ STEPLOG_OUTPUT_PREFIX: bad })).toThrow(
        `Invalid STEPLOG_OUTPUT_PREFIX: ${JSON.stringify(bad)}. Expected letters, digits and _ (not starting with a digit, at most 64), e.g. UNIT_.`,
      );
    }
    expect(DEFAULT_LOG_LIMIT).toBe('3MiB');
    expect(readGitlabOptions({ STEPLOG_LOG_LIMIT: ' ', STEPLOG_COLLAPSED: '' }).logLimit).toBe(
      3 * 1024 * 1024,
    );
    expect(() => readGitlabOptions({ STEPLOG_LOG_LIMIT: 'lots' })).toThrow(
      'Invalid STEPLOG_LOG_LIMIT: "lots". Expected a size such as 65536, 64KiB',
    );
    expect(() => readGitlabOptions({ STEPLOG_COLLAPSED: 'yes' })).toThrow(
      'Invalid STEPLOG_COLLAPSED: "yes". Expected true or false.',
    );
  });

  it('stops before anything runs when a GitLab setting is bad (exit 125)', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-'));
    dirs.push(cwd);
    const result = await executeRun({
      raw: { run: 'touch ran' },
      platform: gitlabPlatform,
      context: { env: { STEPLOG_LOG_LIMIT: '3 apples' }, stdout: new Capture(), stderr: new Capture(), cwd },
      label: (name: string) => name,
    });
    expect(result.exitStatus).toBe(125);
    expect(result.error?.message).toBe(
      'Invalid STEPLOG_LOG_LIMIT: "3 apples". Expected a size such as 65536, 64KiB, 1MiB or 1MB (units B, KB, MB, GB, KiB, MiB, GiB).',
    );
    expect(existsSync(path.join(cwd, 'ran'))).toBe(false);
  });

  it('writes the dotenv as soon as the step starts, so a killed job still leaves one', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-'));
    dirs.push(cwd);
    const settings = resolveSettings({ run: 'x' }, { workspace: cwd, label: (name) => name });
    const context = { env: {}, stdout: new Capture(), stderr: new Capture(), cwd };
    const logFile = gitlabPlatform.defaultLogFile(context);
    const runSinks = await gitlabPlatform.createSinks({ mode: 'command', settings, logFile }, context);
    const sinks = runSinks.flatMap(
      (sink) =>
        sink.execution?.({ stepId: null, settings, parallel: false, redactor: new Redactor([]) }) ?? [],
    );
    const finished = await runFake({ attempts: [{}] }, []);
    const running = {
      ...finished,
      status: 'running' as const,
      completedAt: null,
      durationMs: null,
      attempts: [],
    };
    for (const sink of sinks) {
      await sink.onEvent?.({
        type: 'start',
        schemaVersion: 1,
        executionId: 'e',
        stepId: null,
        seq: 1,
        time: '2026-11-28T10:00:00.000Z',
        record: running,
      });
    }
    expect(readFileSync(path.join(cwd, '.steplog/steplog.env'), 'utf8')).toContain(
      'STEPLOG_STATUS=running\n',
    );
  });
});
