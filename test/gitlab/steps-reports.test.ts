// A run of several steps on GitLab, below the CLI: the run's totals, its dotenv and JUnit reports,
// the console of parallel steps (prefixes, one shared log limit), and the platform's sinks writing
// every file under .steplog/ from real execution loggers (fake clock only).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExecutionLogger } from '../../src/core/logger.js';
import type { AttemptFacts } from '../../src/core/outcome.js';
import type { ExecutionRecord } from '../../src/core/record.js';
import type { RunSink, Sink } from '../../src/core/sink.js';
import { GITLAB_REPORT_DIR, gitlabPlatform } from '../../src/platforms/gitlab.js';
import type { PlatformContext } from '../../src/platforms/platform.js';
import { resolveSettings, type RawInputs } from '../../src/core/resolve-settings.js';
import {
  DOTENV_MAX_BYTES,
  RESULTS_KEY,
  renderStepsDotenv,
  runTotals,
  validateDotenv,
} from '../../src/render/gitlab-dotenv.js';
import { renderStepsJunit } from '../../src/render/gitlab-junit.js';
import { renderStepsResults } from '../../src/render/steps-summary.js';
import {
  createGitlabConsoleSink,
  createLogBudget,
  renderRunResultLine,
  renderWithheldLine,
} from '../../src/sinks/gitlab-console.js';
import { executeRun } from '../../src/run/execute-run.js';
import { decideRunOutcome, type RunOutcome } from '../../src/core/run-span.js';
import type { StepSettings } from '../../src/core/settings.js';
import { Capture, expectValidJunit, findMarkers } from './helpers.js';

const T0 = Date.parse('2026-11-28T10:00:00.000Z');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface FakeStep {
  id: string;
  name?: string;
  /** When it starts, in ms after T0. */
  at?: number;
  maxAttempts?: number;
  masks?: string[];
  attempts: Array<{ output?: string; facts?: Partial<AttemptFacts>; durationMs?: number }>;
  annotations?: Parameters<ExecutionLogger['annotate']>[0][];
  /** Cancelled before its first attempt (fail-fast, or the job was cancelled). */
  cancelled?: boolean;
}

/** Every sink's share of one step's logger, as the run hands them out. */
function stepSinks(sinks: readonly RunSink[], step: FakeStep, settings: StepSettings, parallel: boolean) {
  return (logger: ExecutionLogger): Sink[] =>
    sinks.flatMap(
      (sink) => sink.execution?.({ stepId: step.id, settings, parallel, redactor: logger.redactor }) ?? [],
    );
}

async function endRun(sinks: readonly RunSink[], records: ExecutionRecord[], outcome: RunOutcome) {
  for (const sink of sinks) await sink.end?.({ mode: 'steps', records, outcome, internalError: null });
}

/** One step through the real ExecutionLogger, with its own clock starting `at` ms after T0. */
async function runStepFake(
  step: FakeStep,
  sinks: Sink[] | ((logger: ExecutionLogger) => Sink[]) = [],
): Promise<ExecutionRecord> {
  let clock = T0 + (step.at ?? 0);
  const logger = new ExecutionLogger({
    name: step.name ?? step.id,
    command: 'make',
    shell: 'bash --noprofile --norc -eo pipefail {0}',
    cwd: '/work',
    maxAttempts: step.maxAttempts ?? Math.max(1, step.attempts.length),
    limits: { timeoutMs: 5000, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 64 * 1024,
    masks: step.masks,
    sinks: Array.isArray(sinks) ? sinks : [],
    stepId: step.id,
    now: () => new Date(clock),
  });
  if (!Array.isArray(sinks)) for (const sink of sinks(logger)) logger.addSink(sink);
  if (step.cancelled) {
    const record = await logger.cancel('SIGTERM');
    await logger.close();
    return record;
  }
  await logger.start();
  for (const [index, attempt] of step.attempts.entries()) {
    await logger.startAttempt();
    if (attempt.output) logger.write('stdout', Buffer.from(attempt.output));
    if (index === step.attempts.length - 1) for (const a of step.annotations ?? []) logger.annotate(a);
    clock += attempt.durationMs ?? 1000;
    await logger.endAttempt({
      exitCode: 0,
      signal: null,
      timedOut: null,
      cancelled: null,
      error: null,
      ...attempt.facts,
    });
    if (index < step.attempts.length - 1) await logger.retry(0, 'exit code 1');
  }
  const record = await logger.complete();
  await logger.close();
  return record;
}

/** GitLab's ParseDotenvArtifactService: `^(.*?)=(.*)$` per line, both sides stripped. */
function parseLikeGitlab(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split(/(?<=\n)/)) {
    const match = /^(.*?)=(.*)$/m.exec(line);
    if (!match) throw new Error(`Invalid Format: ${JSON.stringify(line)}`);
    variables[match[1].trim()] = match[2].trim();
  }
  return variables;
}

const FILES = { logFile: '.steplog/steplog.jsonl', summaryFile: '.steplog/summary.md' };

/** lint passes; unit tests fail twice with exit code 3; e2e times out (killed by SIGTERM). */
async function mixedRun(): Promise<ExecutionRecord[]> {
  return Promise.all([
    runStepFake({ id: 'lint', attempts: [{ output: 'clean\n' }], at: 0 }),
    runStepFake({
      id: 'unit-tests',
      name: 'unit tests for $HOME ✓',
      at: 200,
      maxAttempts: 2,
      attempts: [
        { output: 'FAIL a\n', facts: { exitCode: 3 } },
        { output: 'FAIL b\n', facts: { exitCode: 3 }, durationMs: 2500 },
      ],
    }),
    runStepFake({
      id: 'e2e',
      at: 100,
      attempts: [{ output: 'waiting\n', facts: { exitCode: null, signal: 'SIGTERM', timedOut: 'deadline' } }],
    }),
  ]);
}

describe('the totals and dotenv report of a run of steps', () => {
  it('sums the run up: the first failure in list order decides, any timeout, wall time, all attempts', async () => {
    const records = await mixedRun();
    const outcome = decideRunOutcome(records, false);
    expect(outcome).toEqual({ status: 'failed', exitStatus: 3 });
    const totals = runTotals(records, outcome);
    expect(totals).toMatchObject({
      status: 'failed',
      exitCode: 3,
      signal: null,
      timedOut: true,
      startedAt: '2026-11-28T10:00:00.000Z',
      // unit tests: starts at 200 ms, 1 s + 2.5 s of attempts.
      completedAt: '2026-11-28T10:00:03.700Z',
      durationMs: 3700,
      attempts: 4,
    });
    expect(totals.deciding?.stepId).toBe('unit-tests');

    const { text, resultsLeftOut } = renderStepsDotenv(totals, renderStepsResults(records), FILES);
    expect(resultsLeftOut).toBeNull();
    expect(validateDotenv(text)).toEqual([]);
    const variables = parseLikeGitlab(text);
    expect(variables).toMatchObject({
      STEPLOG_STATUS: 'failed',
      STEPLOG_EXIT_CODE: '3',
      STEPLOG_SIGNAL: '',
      STEPLOG_TIMED_OUT: 'true',
      STEPLOG_DURATION_MS: '3700',
      STEPLOG_STARTED_AT: '2026-11-28T10:00:00.000Z',
      STEPLOG_COMPLETED_AT: '2026-11-28T10:00:03.700Z',
      STEPLOG_ATTEMPTS: '4',
      STEPLOG_LOG_PATH: '.steplog/steplog.jsonl',
      STEPLOG_SUMMARY_PATH: '.steplog/summary.md',
    });
    // One line, no space and no `$` (GitLab would expand it in later jobs), yet the same JSON.
    const results = variables[RESULTS_KEY];
    expect(results).not.toMatch(/[\s$]/);
    expect(results).toMatch(/^[\x21-\x7e]+$/);
    expect(JSON.parse(results)).toEqual(JSON.parse(renderStepsResults(records)));
    expect(JSON.parse(results)[1]).toMatchObject({ name: 'unit tests for $HOME ✓', exitCode: 3 });
  });

  it('says 0 when every step succeeded, and the deciding step’s code (empty if killed) otherwise', async () => {
    const ok = await Promise.all([
      runStepFake({ id: 'a', attempts: [{}] }),
      runStepFake({ id: 'b', attempts: [{}], at: 50 }),
    ]);
    expect(runTotals(ok, decideRunOutcome(ok, false))).toMatchObject({
      status: 'success',
      exitCode: 0,
      deciding: null,
      durationMs: 1050,
    });
    const killed = await Promise.all([
      runStepFake({ id: 'a', attempts: [{}] }),
      runStepFake({ id: 'b', attempts: [{ facts: { exitCode: null, signal: 'SIGKILL' } }] }),
      runStepFake({ id: 'c', attempts: [{ facts: { exitCode: 9 } }] }),
    ]);
    const totals = runTotals(killed, decideRunOutcome(killed, false));
    expect(totals).toMatchObject({ status: 'failed', exitCode: null, signal: 'SIGKILL' });
    expect(parseLikeGitlab(renderStepsDotenv(totals, null, FILES).text)).toMatchObject({
      STEPLOG_EXIT_CODE: '',
      STEPLOG_SIGNAL: 'SIGKILL',
    });
  });

  it('leaves STEPLOG_RESULTS out rather than break GitLab’s 5 KB limit', async () => {
    const records = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        runStepFake({ id: `step-${i}`, name: `a step with a long name, number ${i}`, attempts: [{}] }),
      ),
    );
    const totals = runTotals(records, decideRunOutcome(records, false));
    const { text, resultsLeftOut } = renderStepsDotenv(totals, renderStepsResults(records), FILES);
    expect(resultsLeftOut).toBeGreaterThan(DOTENV_MAX_BYTES);
    expect(text).not.toContain(RESULTS_KEY);
    expect(validateDotenv(text)).toEqual([]);
    expect(text).toContain('STEPLOG_STATUS=success\n');
  });
});

describe('the JUnit report of a run of steps', () => {
  it('has one valid test case per step: its name, its time, its output tail as the failure', async () => {
    const records = await mixedRun();
    const xml = renderStepsJunit(records, {
      suite: 'checks',
      outcome: decideRunOutcome(records, false),
      stepOutput: new Map([['unit-tests', 'FAIL b']]),
    });
    await expectValidJunit(xml);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<testsuite name="checks" timestamp="2026-11-28T10:00:00.000Z" time="3.7"');
    expect(xml).toContain('<testcase classname="checks" name="lint" time="1"/>');
    expect(xml).toContain(
      '<testcase classname="checks" name="unit tests for $HOME ✓" time="3.5">\n      <failure message="exit code 3 (attempt 2 of 2)" type="failed"><![CDATA[FAIL b]]></failure>',
    );
    // Without a kept tail, the record's own tail.
    expect(xml).toContain(
      '<failure message="timed out after 5s (killed by SIGTERM)" type="timed_out"><![CDATA[waiting]]></failure>',
    );
  });

  it('marks steps stopped by fail-fast as skipped, with why, and names repeated names apart', async () => {
    const records = await Promise.all([
      runStepFake({ id: 'build', attempts: [{ facts: { exitCode: 2 } }] }),
      runStepFake({ id: 'build-2', name: 'build', cancelled: true, attempts: [] }),
    ]);
    const outcome = decideRunOutcome(records, false);
    const xml = renderStepsJunit(records, { suite: '', outcome });
    await expectValidJunit(xml);
    expect(xml).toContain('<testsuite name="steps"');
    expect(xml).toContain('failures="1" errors="0" skipped="1"');
    expect(xml).toContain(
      '<testcase classname="steps" name="build (build-2)" time="0">\n      <skipped/>\n      <system-out><![CDATA[not started: fail-fast cancelled the other steps after `build` failed with exit code 2]]>',
    );

    // The whole run cancelled (SIGTERM to steplog): the step says so itself.
    const cancelled = renderStepsJunit(records, { suite: 's', outcome: { status: 'cancelled' } });
    expect(cancelled).toContain('`build` was not started (steplog received SIGTERM)');
  });

  it('reports steplog’s own failure to run a step as an error', async () => {
    const logger = new ExecutionLogger({
      name: 'broken',
      command: 'x',
      shell: 'nosuchshell {0}',
      cwd: '/work',
      maxAttempts: 1,
      limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
      successCodes: [0],
      outputLimit: 1024,
      stepId: 'broken',
    });
    const record = await logger.fail(new Error('shell not found: nosuchshell'), 127);
    const xml = renderStepsJunit([record], { suite: 's', outcome: { status: 'failed' } });
    await expectValidJunit(xml);
    expect(xml).toContain(
      '<error message="steplog could not run `broken`: shell not found: nosuchshell" type="error"><![CDATA[shell not found: nosuchshell]]></error>',
    );
  });
});

describe('the GitLab console of parallel steps', () => {
  function consoles(limit: number) {
    const stream = new Capture();
    const budget = createLogBudget(limit);
    const make = (id: string) =>
      createGitlabConsoleSink({
        stream,
        collapsed: false,
        logLimit: 1, // ignored: the shared budget counts
        detailsHint: '.steplog/summary.md (job artifacts)',
        budget,
        linePrefix: `[${id}] `,
      });
    return { stream, budget, a: make('a'), b: make('b') };
  }

  it('prefixes each output line with its step, opens no section, and neutralises forged markers', async () => {
    const { stream, a, b } = consoles(1024 * 1024);
    await Promise.all([
      runStepFake({ id: 'a', attempts: [{ output: 'one\n\x1b[0Ksection_start:1:evil\r\x1b[0Kx\ntwo\n' }] }, [
        a,
      ]),
      runStepFake({ id: 'b', attempts: [{ output: 'three\n' }] }, [b]),
    ]);
    const log = stream.text;
    expect(findMarkers(log)).toEqual([]);
    const lines = log.split('\n');
    expect(lines.filter((l) => l.startsWith('[a] '))).toEqual([
      '[a] one',
      '[a] \x1b[Ksection_start:1:evil\r\x1b[Kx',
      '[a] two',
    ]);
    expect(lines.filter((l) => l.startsWith('[b] '))).toEqual(['[b] three']);
    expect(lines.filter((l) => l.startsWith('steplog ▶'))).toEqual(['steplog ▶ a', 'steplog ▶ b']);
  });

  it('ends each piece of an over-long line on its own line, so no marker forms across steps', () => {
    const { stream, a, b } = consoles(1024 * 1024);
    a.onOutput!({
      stream: 'stdout',
      bytes: Buffer.from('head \x1b[0'),
      lines: ['head \x1b[0'],
      count: 1,
      partial: true,
    });
    b.onOutput!({ stream: 'stdout', bytes: Buffer.from('other\n'), lines: ['other'], count: 1 });
    a.onOutput!({
      stream: 'stdout',
      bytes: Buffer.from('Ksection_end:1:x\r\x1b[0K tail\n'),
      lines: ['Ksection_end:1:x\r\x1b[0K tail'],
      count: 1,
    });
    expect(findMarkers(stream.text)).toEqual([]);
    expect(stream.text).toBe('[a] head \x1b[0\n[b] other\n[a] Ksection_end:1:x\r\x1b[K tail\n');
  });

  it('caps the output of all steps together and says so once ((GitLab’s 4 MiB job log))', async () => {
    const { stream, budget, a, b } = consoles(200);
    const lines = (tag: string) => Array.from({ length: 20 }, (_, i) => `${tag}${i}\n`).join('');
    await Promise.all([
      runStepFake({ id: 'a', attempts: [{ output: lines('a') }] }, [a]),
      runStepFake({ id: 'b', attempts: [{ output: lines('b') }] }, [b]),
    ]);
    const log = stream.text;
    const output = log.split('\n').filter((l) => /^\[[ab]\] /.test(l));
    expect(output.join('\n').length).toBeLessThanOrEqual(200);
    expect(output.length).toBeGreaterThan(5);
    expect(log.match(/job log limit for output \(200 B, STEPLOG_LOG_LIMIT\) is reached/g)).toHaveLength(1);
    // The shared budget's owner reports what was withheld, once; the step consoles do not.
    expect(log).not.toContain('was withheld from the job log');
    expect(budget.withheldLines + output.length).toBe(40);
    expect(renderWithheldLine(budget, 'x')).toBe(
      `steplog ℹ ${budget.withheldBytes} B of output (${budget.withheldLines} lines) was withheld from the job log; the tail of each stream is in x`,
    );
    expect(renderWithheldLine(createLogBudget(10), 'x')).toBeNull();
  });

  it('ends the run with one line: how many succeeded, which step decided, the exit status', async () => {
    const records = await mixedRun();
    const outcome = decideRunOutcome(records, false);
    expect(renderRunResultLine(records, runTotals(records, outcome), outcome.exitStatus)).toBe(
      'steplog ✖ 3 steps in 3.7s: 1 succeeded, 1 failed, 1 timed out; `unit tests for $HOME ✓` failed with exit code 3 on attempt 2 of 2',
    );
    const ok = [records[0]];
    expect(renderRunResultLine(ok, runTotals(ok, { status: 'success' }), 0)).toBe(
      'steplog ✔ 1 step in 1s: all succeeded',
    );
    expect(renderRunResultLine(records, runTotals(records, { status: 'cancelled' }), 143)).toBe(
      'steplog ⊘ 3 steps in 3.7s: 1 succeeded, 1 failed, 1 timed out; the run was cancelled; exit status 143',
    );
  });
});

describe('the GitLab sinks of a run of steps', () => {
  async function reporterRun(raw: RawInputs, steps: FakeStep[], env: NodeJS.ProcessEnv = {}) {
    const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-steps-'));
    dirs.push(cwd);
    const stdout = new Capture();
    const context: PlatformContext = {
      env: { CI_JOB_NAME: 'checks', ...env },
      stdout,
      stderr: new Capture(),
      cwd,
      now: () => new Date(T0),
    };
    const run = resolveSettings({ run: 'true', ...raw }, { workspace: cwd, label: (name) => name });
    const logFile = gitlabPlatform.defaultLogFile(context);
    const sinks = await gitlabPlatform.createSinks({ mode: 'steps', settings: run, logFile }, context);
    const read = (file: string) => readFileSync(path.join(cwd, GITLAB_REPORT_DIR, file), 'utf8');
    const dotenvAtStart = read('steplog.env');
    const parallel = steps.length > 1;
    const records = await Promise.all(
      steps.map((step) => runStepFake(step, stepSinks(sinks, step, run, parallel))),
    );
    const outcome = decideRunOutcome(records, false);
    await endRun(sinks, records, outcome);
    return { cwd, read, log: stdout.text, dotenvAtStart, records };
  }

  const twoSteps = (): FakeStep[] => [
    {
      id: 'typecheck',
      masks: ['hunter2'],
      attempts: [{ output: 'src/a.ts(3,7): error TS2322 hunter2\n', facts: { exitCode: 2 } }],
      annotations: [{ level: 'error', message: 'bad hunter2', file: 'src/a.ts', line: 3, source: 'tsc' }],
    },
    {
      id: 'lint',
      masks: ['hunter2'],
      attempts: [{ output: 'ok\n' }],
      annotations: [{ level: 'warning', message: 'unused', file: 'src/b.ts', line: 9, source: 'eslint' }],
    },
  ];

  it('writes every report under .steplog/ for the run as a whole, masked', async () => {
    const { cwd, read, log, dotenvAtStart } = await reporterRun({}, twoSteps());
    expect(dotenvAtStart).toContain('STEPLOG_STATUS=running\nSTEPLOG_EXIT_CODE=\n');
    expect(dotenvAtStart).toContain('STEPLOG_STARTED_AT=2026-11-28T10:00:00.000Z\n');
    expect(readdirSync(path.join(cwd, GITLAB_REPORT_DIR)).sort()).toEqual([
      'codequality.json',
      'junit.xml',
      'steplog.env',
      'summary.md',
    ]);
    const dotenv = parseLikeGitlab(read('steplog.env'));
    expect(dotenv).toMatchObject({ STEPLOG_STATUS: 'failed', STEPLOG_EXIT_CODE: '2', STEPLOG_ATTEMPTS: '2' });
    expect(JSON.parse(dotenv.STEPLOG_RESULTS).map((r: { id: string }) => r.id)).toEqual([
      'typecheck',
      'lint',
    ]);
    const junit = read('junit.xml');
    await expectValidJunit(junit);
    expect(junit.match(/<testcase classname="checks" name="(typecheck|lint)"/g)).toHaveLength(2);
    expect(junit).toContain('<![CDATA[src/a.ts(3,7): error TS2322 ***]]>');
    expect(JSON.parse(read('codequality.json'))).toMatchObject([
      { description: 'bad ***', severity: 'major', location: { path: 'src/a.ts', lines: { begin: 3 } } },
      { description: 'unused', severity: 'minor', location: { path: 'src/b.ts', lines: { begin: 9 } } },
    ]);
    expect(read('summary.md')).toContain('1 of 2 steps did not succeed');
    for (const file of ['steplog.env', 'junit.xml', 'codequality.json', 'summary.md']) {
      expect(read(file)).not.toContain('hunter2');
    }
    expect(log).not.toContain('hunter2');
    expect(log).toContain('[typecheck] src/a.ts(3,7): error TS2322 ***\n');
    expect(log.trimEnd().split('\n').at(-1)).toBe(
      'steplog ✖ 2 steps in 1s: 1 succeeded, 1 failed; `typecheck` failed with exit code 2',
    );
  });

  it('writes the summary as `summary` says, and the dotenv points at it only when written', async () => {
    const never = await reporterRun({ summary: 'never' }, twoSteps());
    expect(existsSync(path.join(never.cwd, GITLAB_REPORT_DIR, 'summary.md'))).toBe(false);
    expect(never.read('steplog.env')).toContain('STEPLOG_SUMMARY_PATH=\n');

    const passing = [{ id: 'ok', attempts: [{}] }];
    const onFailure = await reporterRun({ summary: 'on-failure' }, passing);
    expect(existsSync(path.join(onFailure.cwd, GITLAB_REPORT_DIR, 'summary.md'))).toBe(false);
    expect(onFailure.dotenvAtStart).toContain('STEPLOG_SUMMARY_PATH=.steplog/summary.md\n');
    expect(onFailure.read('steplog.env')).toContain('STEPLOG_SUMMARY_PATH=\n');

    const chosen = await reporterRun({ 'summary-file': 'out/steps.md' }, passing);
    expect(readFileSync(path.join(chosen.cwd, 'out/steps.md'), 'utf8')).toContain('all 1 step succeeded');
    expect(chosen.read('steplog.env')).toContain('STEPLOG_SUMMARY_PATH=out/steps.md\n');
  });

  it('warns about a report it cannot write and still ends with the run’s result', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-steps-'));
    dirs.push(cwd);
    // A directory where the JUnit file goes: the rename onto it fails.
    mkdirSync(path.join(cwd, GITLAB_REPORT_DIR, 'junit.xml', 'x'), { recursive: true });
    const stdout = new Capture();
    const context: PlatformContext = { env: {}, stdout, stderr: new Capture(), cwd };
    const run = resolveSettings({ run: 'true' }, { workspace: cwd, label: (name) => name });
    const logFile = gitlabPlatform.defaultLogFile(context);
    const sinks = await gitlabPlatform.createSinks({ mode: 'steps', settings: run, logFile }, context);
    const step = { id: 'ok', attempts: [{}] };
    const record = await runStepFake(step, stepSinks(sinks, step, run, false));
    await endRun(sinks, [record], { status: 'success', exitStatus: 0 });
    const lines = stdout.text.trimEnd().split('\n');
    expect(lines.at(-2)).toMatch(/^steplog ⚠ the JUnit report was not written: .*junit\.xml/);
    expect(lines.at(-1)).toBe('steplog ✔ 1 step in 1s: all succeeded');
    expect(readFileSync(path.join(cwd, GITLAB_REPORT_DIR, 'steplog.env'), 'utf8')).toContain(
      'STEPLOG_STATUS=success\n',
    );
  });

  it('stops before any step runs when a GitLab setting is bad (exit 125)', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'steplog-gitlab-steps-'));
    dirs.push(cwd);
    const context = { env: { STEPLOG_LOG_LIMIT: 'lots' }, stdout: new Capture(), stderr: new Capture(), cwd };
    const result = await executeRun({
      raw: { steps: '- run: touch ran\n- run: touch ran2' },
      platform: gitlabPlatform,
      context,
      label: (name: string) => name,
    });
    expect(result.exitStatus).toBe(125);
    expect(result.error?.message).toMatch(/^Invalid STEPLOG_LOG_LIMIT: "lots"\. Expected a size such as/);
    expect(existsSync(path.join(cwd, 'ran'))).toBe(false);
    expect(existsSync(path.join(cwd, 'ran2'))).toBe(false);
  });
});
