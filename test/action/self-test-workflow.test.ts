// The self-test workflow runs on GitHub's runners only; here its `uses: ./` steps run through the
// built action as the runner runs them (Linux, the matrix's bash), and its check steps run with
// bash on what they reported, so the workflow's expectations are held against the real action.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertBuilt, ROOT, readJsonl, runAction, type ActionRun } from './run-action.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}
type Workflow = { jobs: Record<string, { steps: Step[] }> };

const workflow = parse(readFileSync(path.join(ROOT, '.github/workflows/self-test.yml'), 'utf8')) as Workflow;

/** The `with:` of a step as the runner passes it: strings, with the matrix and runner contexts. */
function inputsOf(step: Step, runnerTemp: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.with ?? {}).map(([name, value]) => [
      name,
      String(value)
        .replace(/\$\{\{\s*matrix\.shell\s*\}\}/g, 'bash')
        .replace(/\$\{\{\s*runner\.temp\s*\}\}/g, runnerTemp),
    ]),
  );
}

/** A check step's `env:`, evaluated against the runs of the steps before it. */
function checkEnv(step: Step, runs: Map<string, ActionRun>, runnerTemp: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(step.env ?? {}).map(([name, expression]) => {
      const output = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(expression);
      const outcome = /^\$\{\{ steps\.([\w-]+)\.outcome \}\}$/.exec(expression);
      if (output) return [name, runs.get(output[1])!.outputs().get(output[2]) ?? ''];
      if (outcome) return [name, runs.get(outcome[1])!.code === 0 ? 'success' : 'failure'];
      return [name, expression.replace(/\$\{\{\s*runner\.temp\s*\}\}/g, runnerTemp)];
    }),
  );
}

/** Runs a `run:` step with the shell the workflow's defaults give it (bash, as the runner calls it). */
function runCheck(step: Step, env: Record<string, string>, runnerTemp: string) {
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, RUNNER_TEMP: runnerTemp, ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Processes still alive whose command line mentions `text`. */
function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(text)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

const copySelfTest = (workspace: string) =>
  cpSync(path.join(ROOT, '.github/self-test'), path.join(workspace, '.github/self-test'), {
    recursive: true,
  });

async function until(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(assertBuilt);

describe('the self-test workflow, replayed against the built action', () => {
  for (const job of ['happy', 'sad']) {
    it(`${job}: every action step reports what the job's check step expects`, async () => {
      const runs = new Map<string, ActionRun>();
      const steps = workflow.jobs[job].steps;
      const check = steps.find((step) => step.run && step.env);
      for (const step of steps.filter((step) => step.uses === './')) {
        const run = await runAction({ with: inputsOf(step, '/nonexistent'), prepare: copySelfTest });
        runs.set(step.id!, run);
        // Nothing the command started outlives its step (the tree's markers live in its RUNNER_TEMP).
        expect(processesMentioning(run.runnerTemp)).toEqual([]);
      }
      const result = runCheck(check!, checkEnv(check!, runs, '/nonexistent'), '/nonexistent');
      expect(result.output.match(/^\+ test /gm)?.length).toBeGreaterThanOrEqual(6);
      expect(result, result.output).toMatchObject({ status: 0 });
    });
  }

  it("cancelled: SIGINT, as the runner sends when the step's time is up, is recorded as a cancel", async () => {
    const step = workflow.jobs.cancelled.steps.find((candidate) => candidate.uses === './')!;
    const logDir = mkdtempSync(path.join(tmpdir(), 'steplog-self-test-'));
    const run = await runAction({
      with: inputsOf(step, logDir),
      prepare: copySelfTest,
      onSpawn: (pid, chunks) => {
        void until(() => chunks.some((chunk) => chunk.text.includes('level 2 running')), 30_000).then(() =>
          process.kill(pid, 'SIGINT'),
        );
      },
    });
    expect(run.code).toBe(130);
    expect(processesMentioning(run.runnerTemp)).toEqual([]);
    const logFile = run.outputs().get('log-file')!;
    expect(logFile).toBe(path.join(logDir, 'cancelled.jsonl'));
    expect(readJsonl(logFile).at(-1)).toMatchObject({ type: 'end', record: { status: 'cancelled' } });
    const check = workflow.jobs.cancelled.steps.at(-1)!;
    expect(check.run).toContain(`grep -q '"status":"cancelled"'`);
    expect(readFileSync(logFile, 'utf8').trim().split('\n').at(-1)).toContain('"status":"cancelled"');
  });
});
