// Several commands in one run: real parallel processes, prefixed output, fail-fast through the cancel
// path, one JSON-lines file with step ids, one summary with a Mermaid timeline, nothing left behind.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertValidEvent } from '../core/schema-helper.js';
import { expectNoSurvivors, killSurvivors, survivors, watchMarker } from '../exec/helpers.js';
import { readJsonl, requireBundle, runCli, tempDir } from './helpers.js';

beforeAll(requireBundle);
afterEach(expectNoSurvivors);

interface EndEvent {
  type: 'end';
  stepId: string;
  record: {
    name: string;
    status: string;
    exitStatus: number;
    signal: string | null;
    startedAt: string;
    completedAt: string;
  };
}

function ends(log: string): EndEvent[] {
  const events = readJsonl(log);
  events.forEach(assertValidEvent);
  return events.filter((e) => e.type === 'end') as unknown as EndEvent[];
}

describe('steplog run --steps', () => {
  it('runs steps in parallel, prefixes their lines, and reports each as its own execution', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const summary = path.join(dir, 'summary.md');
    const steps = path.join(dir, 'steps.yml');
    // Each step waits for the other's file: they can only both finish if they really run at once.
    writeFileSync(
      steps,
      [
        '- name: lint',
        `  run: touch ${dir}/a; until [ -e ${dir}/b ]; do sleep 0.02; done; echo linted`,
        '- name: unit tests',
        `  run: touch ${dir}/b; until [ -e ${dir}/a ]; do sleep 0.02; done; echo "tested $STEP_VAR"`,
        '  env:',
        '    STEP_VAR: per-step',
        '  timeout: 20s',
      ].join('\n'),
    );
    const result = await runCli([
      'run',
      '--steps',
      steps,
      '--max-parallel',
      '2',
      '--log-file',
      log,
      '--summary-file',
      summary,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').sort()).toEqual(['', '[lint] linted', '[unit-tests] tested per-step']);
    expect(ends(log).map((e) => [e.stepId, e.record.status])).toEqual(
      expect.arrayContaining([
        ['lint', 'success'],
        ['unit-tests', 'success'],
      ]),
    );
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('all 2 steps succeeded');
    expect(markdown).toMatch(/```mermaid\ngantt\n/);
    expect(markdown).toMatch(/ {2}lint :done, s1, \d+, \d+/);
  });

  it('fail-fast cancels the running steps through the cancel path; the run exits with the failure', async () => {
    const dir = tempDir();
    const log = path.join(dir, 'log.jsonl');
    const marker = `steps-ff-${randomUUID()}`;
    watchMarker(marker);
    const ready = path.join(dir, 'long.ready');
    const yaml = [
      '- name: fails',
      // Fails once `long` ignores SIGTERM (the trap comes before the ready file).
      `  run: while [ ! -e "${ready}" ]; do sleep 0.05; done; exit 4`,
      '- name: long',
      // Ignores SIGTERM and would sleep past the test's timeout: only the SIGKILL after its grace ends it.
      `  run: "trap '' TERM; touch '${ready}'; sleep 600 # ${marker}"`,
      '  kill-after: 300ms',
      '- name: never started',
      '  run: echo should not run',
    ].join('\n');
    const result = await runCli(
      [
        'run',
        '--steps',
        yaml,
        '--max-parallel',
        '2',
        '--fail-fast',
        '--log-file',
        log,
        // In the environment every process of the steps inherits: what the survivor check looks for.
      ],
      { env: { STEPS_TEST_MARKER: marker } },
    );
    expect(result.status).toBe(4);
    expect(result.stdout).not.toContain('should not run');
    // fail-fast names the failed step once; a step it kept from starting is "not started", with no
    // exit status of its own; the run's line is the last.
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('fail-fast'))).toEqual([
      'steplog ⚠ fail-fast: `fails` failed; stopping the other steps',
      'steplog ⊘ never started: not started (fail-fast)',
      expect.stringMatching(/^steplog ⊘ long: cancelled by fail-fast in [^;]+$/),
    ]);
    expect(lines.at(-1)).toMatch(
      /^steplog ✖ 3 steps in \S+: 0 succeeded, 1 failed, 1 cancelled, 1 not started; `fails` failed with exit code 4$/,
    );
    expect(result.stderr).not.toMatch(/143|steplog ⚠ steplog|cancelled \(/);
    const byStep = Object.fromEntries(ends(log).map((e) => [e.stepId, e.record.status]));
    expect(byStep).toEqual({ fails: 'failed', long: 'cancelled', 'never-started': 'cancelled' });
    expect(ends(log).find((e) => e.stepId === 'long')!.record.signal).toBe('SIGKILL');
    // The records say why: steplog itself was not signalled, fail-fast stopped them.
    const reasons = Object.fromEntries(
      ends(log).map((e) => [e.stepId, (e.record as { cancelReason?: string }).cancelReason]),
    );
    expect(reasons).toEqual({
      fails: undefined,
      long: 'fail-fast: `fails` failed',
      'never-started': 'fail-fast: `fails` failed',
    });
  });

  it('without fail-fast every step runs; the first failure in list order decides the exit status', async () => {
    const yaml = ['- run: exit 3', '- run: sleep 0.2; exit 5', '- run: echo fine'].join('\n');
    const result = await runCli(['run', '--steps', yaml, '--max-parallel', '1']);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('fine\n');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ✖ 3 steps in \S+: 1 succeeded, 2 failed; `exit 3` failed with exit code 3$/,
    );
  });

  it('writes --summary-file into a folder it creates, like a single command does', async () => {
    const dir = tempDir();
    const steps = path.join(dir, 's.yml');
    writeFileSync(steps, '- run: echo one\n- run: echo two\n');
    const result = await runCli(
      ['run', '--steps', 's.yml', '--summary-file', 'nodir/summary.md', '--log-file', 'log.jsonl'],
      { cwd: dir },
    );
    expect(result.stderr).not.toContain('internal error');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, 'nodir/summary.md'), 'utf8')).toContain('all 2 steps succeeded');
  });

  it('refuses a summary file it cannot write before any step runs', async () => {
    const dir = tempDir();
    const steps = path.join(dir, 's.yml');
    writeFileSync(steps, `- run: touch ${path.join(dir, 'ran')}\n`);
    // A file where the summary's folder should be: neither mkdir nor the write can succeed.
    writeFileSync(path.join(dir, 'blocked'), '');
    const result = await runCli(
      ['run', '--steps', 's.yml', '--summary-file', 'blocked/summary.md', '--log-file', 'log.jsonl'],
      { cwd: dir },
    );
    expect(result.status).toBe(125);
    expect(result.stderr).toContain('Invalid --summary-file (STEPLOG_SUMMARY_FILE): "blocked/summary.md"');
    expect(result.stderr).toContain('is a file, where a folder is needed');
    expect(existsSync(path.join(dir, 'ran'))).toBe(false);
  });

  it('a step may set background: one step keeps its server, the other kills it', async () => {
    const dir = tempDir();
    const marker = `steps-background-${randomUUID()}`;
    watchMarker(marker);
    const pids = { keep: path.join(dir, 'keep.pid'), kill: path.join(dir, 'kill.pid') };
    const server = (file: string) =>
      `nohup sleep 300 >/dev/null 2>&1 & echo $! > ${file}; until [ "$(cat /proc/$!/comm)" = sleep ]; do sleep 0.01; done`;
    const yaml = [
      '- name: keeps',
      `  run: ${JSON.stringify(server(pids.keep))}`,
      '- name: kills',
      `  run: ${JSON.stringify(server(pids.kill))}`,
      '  background: kill',
    ].join('\n');
    const result = await runCli(['run', '--steps', yaml], { env: { STEPLOG_TEST_MARKER: marker } });
    const kept = Number(readFileSync(pids.keep, 'utf8'));
    try {
      expect(result.status).toBe(0);
      expect(survivors(marker)).toEqual([kept]);
      expect(result.stderr).toContain(`steplog ℹ left running in the background: ${kept} sleep 300`);
    } finally {
      killSurvivors(marker);
    }
  });

  it('rejects bad steps before running any, naming the step and the key', async () => {
    const dir = tempDir();
    const touched = path.join(dir, 'ran');
    const cases: [string, string][] = [
      [
        `- run: touch ${touched}\n- run: true\n  timeout: soon`,
        'step 2 timeout (--timeout (STEPLOG_TIMEOUT))',
      ],
      [
        `- run: touch ${touched}\n- name: x\n  colour: red`,
        'Invalid --steps (STEPLOG_STEPS) step 2 key: "colour"',
      ],
      [`- run: touch ${touched}\n- name: no run`, 'step 2 run'],
      ['[]', 'a non-empty YAML list of steps'],
      [
        `- run: touch ${touched}\n- run: true\n  background: detach`,
        'step 2 background (--background (STEPLOG_BACKGROUND)): "detach". Expected one of keep, kill',
      ],
    ];
    for (const [yaml, message] of cases) {
      const result = await runCli(['run', '--steps', yaml]);
      expect({ yaml, status: result.status }).toEqual({ yaml, status: 125 });
      expect(result.stderr).toContain(message);
    }
    const both = await runCli(['run', '--steps', '- run: true', '--run', 'true']);
    expect(both.stderr).toContain('Invalid --run (STEPLOG_RUN): "true". Expected no script when --steps');
    expect(() => readFileSync(touched)).toThrow();
  });
});
