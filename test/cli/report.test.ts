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
      '4 executions from 3 log files: 2 succeeded, 1 failed, 1 timed out, 0 cancelled.',
    );
    expect(result.stdout).toMatch(
      /### Flaky \(failed, then passed on a retry\)\n\n.*\n.*\n\| ✅ \| flaky \|/,
    );
    expect(result.stdout).toMatch(/### Timed out\n\n.*\n.*\n\| ⏱️ \| slow &lt;b&gt; \|/);
    expect(result.stdout).toContain('### Lines that could not be read (2)');
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
    };
    expect(report.executions).toBe(4);
    expect(report.byStatus).toEqual({ success: 2, failed: 1, timed_out: 1, cancelled: 0 });
    expect(report.p95DurationMs).toBeGreaterThanOrEqual(report.p50DurationMs);
    expect(report.flaky.map((f) => f.name)).toEqual(['flaky']);

    const out = path.join(logs, 'report.html');
    const html = await runCli(['report', '--format', 'html', '--output', out, logs]);
    expect(html.status).toBe(0);
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('slow &#60;b&#62;');
    expect(page).not.toContain('slow <b>');
    expect(page).not.toMatch(/<script|src=|href=/);
    expect(page.match(/<svg /g)).toHaveLength(2);
  });

  it('exits 125 when no log exists at the paths given', async () => {
    const result = await runCli(['report', path.join(logs, 'missing')]);
    expect(result.status).toBe(125);
    expect(result.stdout).toContain('no such file or directory');
  });
});
