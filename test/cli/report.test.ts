// `steplog report` over real logs: the runs below write them, the report reads them back together
// with a broken file, and the three formats are checked.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBundle, runCli, tempDir } from './helpers.js';

let logs: string;

beforeAll(async () => {
  requireBundle();
  logs = tempDir('steplog-report-test-');
  mkdirSync(path.join(logs, 'matrix', 'job-2'), { recursive: true });
  const run = (file: string, args: string[]) => runCli(['run', '--log-file', path.join(logs, file), ...args]);
  await run('matrix/job-1.jsonl', ['--name', 'fast', '--', 'true']);
  await run('matrix/job-2/log.jsonl', ['--name', 'broken', '--', 'false']);
  await run('matrix/job-2/log.jsonl', ['--name', 'slow <b>', '--timeout', '300ms', '--', 'sleep', '5']);
  const state = path.join(logs, 'state');
  await run('flaky.jsonl', [
    '--name',
    'flaky',
    '--max-attempts',
    '2',
    '--run',
    `if [ -e ${state} ]; then exit 0; fi; touch ${state}; exit 1`,
  ]);
  appendFileSync(path.join(logs, 'flaky.jsonl'), 'not json\n{"type":"end","seq":"x"}\n');
  writeFileSync(path.join(logs, 'notes.txt'), 'ignored: not a .jsonl file');
});

describe('steplog report', () => {
  it('aggregates every log under the folders as markdown, and reports lines it could not read', async () => {
    const result = await runCli(['report', logs]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '4 executions from 3 log files: 2 succeeded (1 of them flaky), 1 failed, 1 timed out, 0 cancelled.',
    );
    // Each one that needs a look is named, failures first, with its log file relative to the folder.
    const attention = result.stdout.split('### Needs attention (3)\n\n')[1].split('\n').slice(2, 5);
    expect(attention[0]).toMatch(
      /^\| ❌ failed \| broken \| `broken` failed with exit code 1 \| \d+ms \| 1 \| matrix\/job-2\/log\.jsonl \|$/,
    );
    expect(attention[1]).toMatch(
      /^\| ⏱️ timed out \| slow &lt;b&gt; \| `slow <b>` timed out after 300ms; .* \| 1 \| matrix\/job-2\/log\.jsonl \|$/,
    );
    expect(attention[2]).toMatch(
      /^\| ⚠️ flaky \| flaky \| `flaky` succeeded on attempt 2 of \d \| .* \| 2 \| flaky\.jsonl \|$/,
    );
    expect(result.stdout).toContain('### 2 lines that could not be read');
    expect(result.stderr).toContain('flaky.jsonl:');
    expect(result.stderr).toContain('not JSON');
  });

  it('writes JSON with percentiles, and a self-contained HTML page with the names escaped', async () => {
    const json = await runCli(['report', '--format', 'json', logs]);
    const report = JSON.parse(json.stdout) as {
      executions: number;
      byStatus: Record<string, number>;
      p50DurationMs: number;
      p95DurationMs: number;
      flaky: { name: string }[];
      attention: { name: string; status: string; flaky: boolean }[];
      steps: { name: string; runs: number; failed: number; timedOut: number; flaky: number }[];
    };
    expect(report.executions).toBe(4);
    expect(report.byStatus).toEqual({ success: 2, failed: 1, timed_out: 1, cancelled: 0 });
    expect(report.p95DurationMs).toBeGreaterThanOrEqual(report.p50DurationMs);
    expect(report.flaky.map((f) => f.name)).toEqual(['flaky']);
    expect(report.attention.map((row) => [row.name, row.status, row.flaky])).toEqual([
      ['broken', 'failed', false],
      ['slow <b>', 'timed_out', false],
      ['flaky', 'success', true],
    ]);
    // The two that broke first (in the order of the time their failed attempts lost), then the flaky one.
    const steps = report.steps.map((step) => [step.name, step.runs, step.failed, step.timedOut, step.flaky]);
    expect(steps.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['slow <b>', 1, 0, 1, 0],
        ['broken', 1, 1, 0, 0],
      ]),
    );
    expect(steps.slice(2)).toEqual([
      ['flaky', 1, 0, 0, 1],
      ['fast', 1, 0, 0, 0],
    ]);

    const out = path.join(logs, 'report.html');
    const html = await runCli(['report', '--format', 'html', '--output', out, logs]);
    expect(html.status).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('slow &#60;b&#62;');
    expect(page).not.toContain('slow <b>');
    expect(page).not.toMatch(/<script|src=|href=/);
    // A bar per execution in the timeline and in the durations chart.
    expect(page.match(/class="bar /g)).toHaveLength(8);
  });

  it('exits 125 when no log exists at the paths given', async () => {
    const result = await runCli(['report', path.join(logs, 'missing')]);
    expect(result.status).toBe(125);
    expect(result.stdout).toContain('no such file or directory');
  });
});
