// 100 MiB of output through a sink slower than the command. The runner pauses the pipes
// while the sink is congested, so steplog's memory stays flat. Measured in a real child process
// (test/fixtures/exec/flood-run.ts) that reports its own RSS. Run with `ignore-backpressure`, the
// same harness peaks ~220 MiB above its baseline, so the bound below does catch a runner that
// stops honouring logger.write() returning false.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { NODE, expectNoSurvivors, fixture, newId, tsNodeArgs, watchMarker } from './helpers.js';

afterEach(expectNoSurvivors);

const MiB = 1024 * 1024;

it('100 MiB through a slow sink: pipes pause, RSS stays bounded, every byte arrives', async () => {
  const id = newId();
  watchMarker(id);
  const { stdout } = await promisify(execFile)(
    NODE,
    ['--expose-gc', ...tsNodeArgs(fixture('flood-run.ts')), '100'],
    {
      env: { ...process.env, STEPLOG_TEST_ID: id },
    },
  );
  const report = JSON.parse(stdout) as {
    status: string;
    stdout: number;
    lines: number;
    baselineRss: number;
    peakRss: number;
    maxHeldChars: number;
    pauses: number;
  };
  expect(report).toMatchObject({ status: 'success', stdout: 100 * MiB, lines: 100 * 1024 });
  // The sink did congest, and never held much more than its 1 MiB threshold.
  expect(report.pauses).toBeGreaterThan(10);
  expect(report.maxHeldChars).toBeLessThan(4 * MiB);
  // The harness loads the TypeScript transform (~100 MiB baseline), so bound the growth, and the total generously.
  expect(report.peakRss - report.baselineRss).toBeLessThan(64 * MiB);
  expect(report.peakRss).toBeLessThan(200 * MiB);
});
