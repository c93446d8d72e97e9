// The action's report mode: logs written by real runs of the action are aggregated into the job
// summary and the `report` output, as a job that downloads a matrix's logs would do.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runAction } from './run-action.js';
import { annotationsOf } from './runner-view.js';

beforeAll(assertBuilt);

describe('the action with report', () => {
  it('aggregates the logs of earlier runs into the summary and the report output', async () => {
    const first = await runAction({ with: { name: 'unit', run: 'echo ok' } });
    const second = await runAction({
      with: { name: 'e2e', run: 'sleep 5', timeout: '300ms', 'kill-after': '100ms' },
    });
    const logs = [first, second].map((run) => run.outputs().get('log-file')!);

    const report = await runAction({
      with: { report: 'artifacts\nmissing-folder' },
      prepare: (workspace) => {
        mkdirSync(path.join(workspace, 'artifacts', 'job-2'), { recursive: true });
        copyFileSync(logs[0], path.join(workspace, 'artifacts', 'job-1.jsonl'));
        copyFileSync(logs[1], path.join(workspace, 'artifacts', 'job-2', 'steplog.jsonl'));
        writeFileSync(path.join(workspace, 'artifacts', 'job-2', 'broken.jsonl'), 'not json\n');
      },
    });
    expect(report.code).toBe(0);
    const output = JSON.parse(report.outputs().get('report') ?? '') as Record<string, unknown>;
    expect(output).toMatchObject({
      executions: 2,
      byStatus: { success: 1, failed: 0, timed_out: 1, cancelled: 0 },
      timedOut: ['e2e'],
      attention: [
        {
          name: 'e2e',
          status: 'timed_out',
          flaky: false,
          outcome: expect.stringMatching(/^`e2e` timed out after 300ms/),
          durationMs: expect.any(Number),
          attempts: 1,
          // Relative to the folder holding every path given (missing-folder included).
          file: 'artifacts/job-2/steplog.jsonl',
        },
      ],
      steps: [
        expect.objectContaining({ name: 'e2e', runs: 1, timedOut: 1 }),
        expect.objectContaining({ name: 'unit' }),
      ],
      problems: 2,
      files: 3,
    });
    expect(report.outputs().has('status')).toBe(false);
    const summary = report.summary();
    expect(summary).toContain(
      '2 executions from 3 log files: 1 succeeded (0 of them flaky), 0 failed, 1 timed out, 0 cancelled.',
    );
    expect(summary).toContain('### 2 lines that could not be read');
    expect(summary).toMatch(
      /### Needs attention \(1\)\n\n.*\n.*\n\| ⏱️ timed out \| e2e \| `e2e` timed out after 300ms/,
    );
    const warnings = annotationsOf(report).filter((a) => a.command === 'warning');
    expect(warnings.map((w) => w.data)).toEqual(
      expect.arrayContaining([expect.stringContaining('missing-folder:0: no such file or directory')]),
    );
  });

  it('refuses a command next to report, and fails when no log exists', async () => {
    const both = await runAction({ with: { report: 'logs', run: 'echo hi' } });
    expect(both.code).toBe(125);
    expect(both.stdout).not.toContain('hi\n');
    expect(annotationsOf(both).find((a) => a.command === 'error')?.data).toBe(
      `Invalid input 'run': "echo hi". Expected nothing when input 'report' is given (a report runs no command).`,
    );
    const none = await runAction({ with: { report: 'nothing-here' } });
    expect(none.code).toBe(125);
    expect(annotationsOf(none).find((a) => a.command === 'error')?.data).toContain(
      'steplog report: no JSON-lines log found at',
    );
  });
});
