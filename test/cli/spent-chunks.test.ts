// The chunks read from the command live outside V8's heap, and V8 alone would free them only when
// its own heap fills: relaying plain output (no matcher decodes it) piled up ~80 MiB of spent
// chunks. The bundles collect them as the output flows (src/exec/spent-chunks.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { requireBundle, runCli, tempDir } from './helpers.js';

const REPORT_PRELOAD = fileURLToPath(new URL('../fixtures/runtime/peak-rss-report.mjs', import.meta.url));
const MiB = 1024 * 1024;

async function peakRss(args: string[]): Promise<{ peak: number; stdoutBytes: number }> {
  const report = path.join(tempDir(), 'peak-rss');
  const run = await runCli(args, {
    env: { NODE_OPTIONS: `--import=${REPORT_PRELOAD}`, PEAK_RSS_REPORT: report },
  });
  expect(run.status).toBe(0);
  return { peak: Number(readFileSync(report, 'utf8')), stdoutBytes: run.stdout.length };
}

beforeAll(requireBundle);

it('100 MB of plain output through `matchers: none` takes little more memory than `true`', async () => {
  const idle = await peakRss(['run', '--', 'true']);
  const flood = await peakRss([
    'run',
    '--matchers',
    'none',
    '--run',
    `yes ${'x'.repeat(99)} | head -n 1000000 || true`,
  ]);
  expect(flood.stdoutBytes).toBe(100_000_000);
  expect(idle.peak).toBeGreaterThan(20 * MiB);
  // Collected: ~16 MiB above idle (pipes, the young generation, chunks in flight); not: ~80 MiB.
  expect(flood.peak - idle.peak).toBeLessThan(30 * MiB);
});
