// Resource usage where users look: the summary's tables and charts, the console's result line and
// the JUnit properties. Records without it (Windows, older logs) render as before.
import { expect, test } from 'vitest';
import type { ExecutionRecord, ResourceUsage } from '../../src/core/record.js';
import { renderJunit, renderStepsJunit } from '../../src/render/gitlab-junit.js';
import { renderSummary } from '../../src/render/summary.js';
import { renderRetry } from '../../src/sinks/console-lines.js';
import { renderOutcomeLine } from '../../src/render/outcome.js';
import { expectValidJunit } from '../gitlab/helpers.js';
import { failure, timeoutRetries } from './fixtures.js';
import { tokensOf } from './parse.js';

const MiB = 1024 * 1024;
const usage = (peakMiB: number, cpuMs: number, timeline?: ResourceUsage['timeline']): ResourceUsage => ({
  peakRssBytes: peakMiB * MiB,
  cpuUserMs: cpuMs - 100,
  cpuSystemMs: 100,
  processes: 4,
  sampleIntervalMs: 100,
  samples: 20,
  ...(timeline && { timeline }),
});

function withUsage(record: ExecutionRecord, ...usages: ResourceUsage[]): ExecutionRecord {
  const copy = structuredClone(record);
  copy.attempts.forEach((attempt, i) => (attempt.resources = usages[i]));
  return copy;
}

/** The rows (header first) of the markdown's `index`th table. */
function tableRows(markdown: string, index = 0): string[][] {
  const tokens = tokensOf(markdown);
  const rows: string[][] = [];
  let table = -1;
  let row: string[] | null = null;
  for (const token of tokens) {
    if (token.type === 'table_open') table++;
    if (table !== index) continue;
    if (token.type === 'tr_open') row = [];
    if (token.type === 'inline' && row) row.push(token.content);
    if (token.type === 'tr_close' && row) {
      rows.push(row);
      row = null;
    }
    if (token.type === 'table_close') break;
  }
  return rows;
}

test('the summary table shows peak memory and CPU of the execution; the attempts table each attempt', async () => {
  const record = withUsage(await timeoutRetries(), usage(300, 2000), usage(512, 60_000), usage(100, 500));
  const summary = renderSummary(record);
  const [head, row] = tableRows(summary);
  expect(head.slice(-2)).toEqual(['Peak memory', 'CPU']);
  expect(row.slice(-2)).toEqual(['512 MiB', '1m 03s']);
  const attempts = tableRows(summary, 1);
  expect(attempts[0].slice(-2)).toEqual(['Peak memory', 'CPU']);
  expect(attempts.slice(1).map((r) => r.slice(-2))).toEqual([
    ['300 MiB', '2s'],
    ['512 MiB', '1m'],
    ['100 MiB', '500ms'],
  ]);
});

test('without resource usage the tables are as they were', async () => {
  const summary = renderSummary(await timeoutRetries());
  expect(tableRows(summary)[0]).toEqual(['Status', 'Duration', 'Exit code', 'Signal', 'Attempts']);
  expect(summary).not.toContain('xychart-beta');
});

test('an attempt longer than 30 s gets memory and CPU charts (Mermaid xychart-beta)', async () => {
  const timeline = Array.from({ length: 40 }, (_, i) => ({
    atMs: (i + 1) * 1000,
    rssBytes: (100 + i) * MiB,
    cpuPercent: i % 2 ? 100 : 50,
  }));
  const record = withUsage(await failure(), usage(139, 30_000, timeline));
  const summary = renderSummary(record);
  const charts = tokensOf(summary).filter((t) => t.type === 'fence' && t.info === 'mermaid');
  expect(charts).toHaveLength(2);
  const [memory, cpu] = charts.map((c) => c.content.split('\n'));
  expect(memory[0]).toBe('xychart-beta');
  expect(memory[1]).toMatch(/^ {2}title ".*: memory"$/);
  expect(memory[2]).toMatch(/^ {2}x-axis \["1s", "2s", .*"40s"\]$/);
  expect(memory[3]).toBe('  y-axis "MiB" 0 --> 153');
  expect(memory[4]).toBe(`  line [${timeline.map((p) => (p.rssBytes / MiB).toFixed(1)).join(', ')}]`);
  expect(cpu[3]).toBe('  y-axis "% of a core" 0 --> 110');
  expect(summary).toContain('#### Memory and CPU of the command');
});

test('the console lines carry the peak memory and CPU: the final line of the execution, a retried attempt line of its own', async () => {
  const record = withUsage(await failure(), usage(312, 2100));
  expect(renderOutcomeLine(record)).toMatch(
    /^steplog ✖ lint: failed with exit code 1 in \S+ \(312 MiB peak, 2\.1s CPU\)$/,
  );
  const retried = record.attempts[0];
  expect(renderRetry('build', retried, 2, 2000, 'exit code 1')).toMatch(
    /^steplog ↻ build: attempt 1 of 2 failed with exit code 1 in \S+ \(312 MiB peak, 2\.1s CPU\); retrying in 2s$/,
  );
});

test('usage that saw no live process is not shown: no "0 B peak"', async () => {
  const record = withUsage(await failure(), { ...usage(0, 0), processes: 0 });
  expect(renderOutcomeLine(record)).not.toMatch(/peak|CPU/);
  expect(renderSummary(record)).not.toMatch(/Peak memory/);
});

test('JUnit: the suite carries the peak memory and CPU of all attempts, valid for the JUnit schemas', async () => {
  const record = withUsage(await timeoutRetries(), usage(300, 2000), usage(512, 60_000), usage(100, 500));
  const xml = renderJunit(record);
  await expectValidJunit(xml);
  expect(xml).toContain(`<property name="steplog.peak_memory_bytes" value="${512 * MiB}"/>`);
  expect(xml).toContain('<property name="steplog.cpu_ms" value="62500"/>');
  expect(xml.match(/<properties>/g)).toHaveLength(1);

  const steps = renderStepsJunit([{ ...record, stepId: 'e2e' }], { suite: 'steps', outcome: record });
  await expectValidJunit(steps);
  expect(steps).toContain(`<property name="steplog.${record.name}.peak_memory_bytes" value="${512 * MiB}"/>`);
  expect(steps).toContain(`<property name="steplog.${record.name}.cpu_ms" value="62500"/>`);
});
