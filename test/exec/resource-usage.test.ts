// Resource usage of an attempt's process tree, measured on real processes: a grandchild that holds
// memory, a CPU burner, several processes, one that left the process group; and the parsers.
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ProcReader,
  TreeTally,
  TIMELINE_POINTS,
  parsePsUsage,
  parseStatLine,
  psTimeMs,
  startResourceSampler,
  type ProcessReading,
} from '../../src/exec/resource-usage.js';
import { NODE, removeScratch, run } from './helpers.js';

const RESOURCES = fileURLToPath(new URL('../fixtures/resources/', import.meta.url));
const script = (name: string) => JSON.stringify(path.join(RESOURCES, name));
const MiB = 1024 * 1024;

afterAll(removeScratch);

describe('the tree of a real command', () => {
  test('a grandchild holding 300 MiB for 2 s: the peak is its RSS (±15%)', async () => {
    // bash → sh → node: the memory is held two levels down.
    const { record, capture } = await run({
      run: `sh -c '"${NODE}" ${script('hold-memory.js')} 300 2000; true'`,
    });
    expect(record.status).toBe('success');
    const truth = JSON.parse(capture.text('stdout')) as { rss: number };
    const usage = record.attempts[0].resources!;
    expect(truth.rss).toBeGreaterThan(300 * MiB);
    expect(usage.peakRssBytes).toBeGreaterThan(truth.rss * 0.85);
    expect(usage.peakRssBytes).toBeLessThan(truth.rss * 1.15);
    expect(usage.processes).toBeGreaterThanOrEqual(3);
    expect(usage.samples).toBeGreaterThan(5);
  });

  test('a 2 s CPU burner in a subshell: the CPU time is what it used (±15%)', async () => {
    const { record, capture } = await run({ run: `("${NODE}" ${script('burn-cpu.js')} 2000)` });
    expect(record.status).toBe('success');
    const truth = JSON.parse(capture.text('stdout')) as { cpuMs: number };
    const usage = record.attempts[0].resources!;
    const cpuMs = usage.cpuUserMs + usage.cpuSystemMs;
    expect(cpuMs).toBeGreaterThan(truth.cpuMs * 0.85);
    expect(cpuMs).toBeLessThan(truth.cpuMs * 1.15);
  });

  test('short-lived children are counted through the CPU their parent reaped', async () => {
    // Ten burners of 150 ms each, most living between two samples: their parent's cutime holds them.
    const { record, capture } = await run({
      run: `for i in 1 2 3 4 5 6 7 8 9 10; do "${NODE}" ${script('burn-cpu.js')} 150; done; sleep 0.3`,
    });
    const used = capture
      .text('stdout')
      .split('\n')
      .reduce((sum, line) => sum + (JSON.parse(line) as { cpuMs: number }).cpuMs, 0);
    const usage = record.attempts[0].resources!;
    const cpuMs = usage.cpuUserMs + usage.cpuSystemMs;
    expect(cpuMs).toBeGreaterThan(used * 0.85);
    expect(cpuMs).toBeLessThan(used * 1.3);
  });

  test('a process that left the group is still part of the tree (it carries the execution id)', async () => {
    const { record } = await run({
      run: `setsid "${NODE}" ${script('hold-memory.js')} 100 1500 > /dev/null & sleep 1.2; wait`,
    });
    expect(record.attempts[0].resources!.peakRssBytes).toBeGreaterThan(100 * MiB);
  });

  test('every attempt has its own usage', async () => {
    const { record } = await run({ run: 'sleep 0.2; exit 1', maxAttempts: 2 });
    expect(record.attempts).toHaveLength(2);
    for (const attempt of record.attempts) {
      expect(attempt.resources?.sampleIntervalMs).toBe(500);
      expect(attempt.resources?.processes).toBeGreaterThanOrEqual(1);
    }
  });

  test('where nothing can be read (Windows) there is no usage', async () => {
    const sampler = startResourceSampler({ executionId: 'x', groupId: 1, method: { kind: 'none' } });
    expect(await sampler.stop()).toBeUndefined();
  });
});

const reading = (over: Partial<ProcessReading> & { pid: number }): ProcessReading => ({
  ppid: 1,
  pgid: 1,
  start: 1,
  rssBytes: 0,
  userMs: 0,
  systemMs: 0,
  reapedUserMs: 0,
  reapedSystemMs: 0,
  ...over,
});

describe('summing the samples', () => {
  test('peak memory is the largest sum over the tree at one sample, not the sum of peaks', () => {
    const tally = new TreeTally(0);
    tally.add([reading({ pid: 10, rssBytes: 5 }), reading({ pid: 11, ppid: 10, rssBytes: 100 })], 100);
    tally.add([reading({ pid: 10, rssBytes: 50 }), reading({ pid: 12, ppid: 10, rssBytes: 20 })], 200);
    const usage = tally.result(100);
    expect(usage.peakRssBytes).toBe(105);
    expect(usage.processes).toBe(3);
    expect(usage.samples).toBe(2);
  });

  test("a child reaped by a parent still seen counts once, through the parent's reaped time", () => {
    const tally = new TreeTally(0);
    tally.add(
      [reading({ pid: 10, userMs: 10 }), reading({ pid: 11, ppid: 10, userMs: 300, systemMs: 20 })],
      100,
    );
    // 11 exited and was reaped: its final 400 + 30 ms are now in 10's cutime/cstime.
    tally.add([reading({ pid: 10, userMs: 20, reapedUserMs: 400, reapedSystemMs: 30 })], 200);
    expect(tally.result(100)).toMatchObject({ cpuUserMs: 420, cpuSystemMs: 30 });
  });

  test('a child whose parent went too counts with its last reading', () => {
    const tally = new TreeTally(0);
    tally.add([reading({ pid: 10, userMs: 10 }), reading({ pid: 11, ppid: 10, userMs: 300 })], 100);
    tally.add([], 200);
    expect(tally.result(100).cpuUserMs).toBe(310);
  });

  test('a reused pid is another process', () => {
    const tally = new TreeTally(0);
    tally.add([reading({ pid: 10, start: 1, userMs: 100 })], 100);
    tally.add([reading({ pid: 10, start: 2, userMs: 5 })], 200);
    expect(tally.result(100)).toMatchObject({ cpuUserMs: 105, processes: 2 });
  });

  test('a timeline only past 30 s, at most 60 points, memory kept at its peak', () => {
    const short = new TreeTally(0);
    for (let t = 1; t <= 10; t++) short.add([reading({ pid: 1, rssBytes: t })], t * 1000);
    expect(short.result(1000).timeline).toBeUndefined();

    const long = new TreeTally(0);
    for (let t = 1; t <= 600; t++) {
      long.add([reading({ pid: 1, rssBytes: t === 333 ? 999 : 1, userMs: t * 50 })], t * 100);
    }
    const { timeline } = long.result(100);
    expect(timeline!.length).toBeLessThanOrEqual(TIMELINE_POINTS);
    expect(timeline!.length).toBeGreaterThan(TIMELINE_POINTS / 2);
    expect(Math.max(...timeline!.map((p) => p.rssBytes))).toBe(999);
    expect(timeline!.at(-1)!.atMs).toBe(60_000);
    expect(timeline!.every((p) => p.cpuPercent === 50)).toBe(true);
  });
});

describe('the readers', () => {
  test('/proc/<pid>/stat: fields after a command name with spaces and parentheses', () => {
    const fields = ['S', '7', '42', '42', '0', '-1', '4194304', '1', '0', '0', '0', '150', '25', '30', '5'];
    const rest = ['20', '0', '3', '0', '98765', '123456789', '2048'];
    const stat = `43 (a (b) c) ${[...fields, ...rest].join(' ')} 18446744073709551615 1 1 0 0`;
    expect(parseStatLine(stat, 4096, 10)).toEqual({
      ppid: 7,
      pgid: 42,
      userMs: 1500,
      systemMs: 250,
      reapedUserMs: 300,
      reapedSystemMs: 50,
      start: 98765,
      rssBytes: 2048 * 4096,
    });
  });

  test('BSD ps: the tree by group or by the variable in the environment, times as ps prints them', () => {
    const output = [
      '  100     1   100  2048   0:01.50   0:02.00 bash script.sh STEPLOG_EXECUTION_ID=e1 HOME=/x',
      '  101   100   100  1024   0:00.10   0:00.10 sleep 5 STEPLOG_EXECUTION_ID=e1',
      '  102     1   102  4096 1-02:03:04.50 1-02:03:05.00 daemon STEPLOG_EXECUTION_ID=e1',
      '  103     1   103  4096   0:00.00   0:00.00 other STEPLOG_EXECUTION_ID=e10',
    ].join('\n');
    const found = parsePsUsage(output, 'STEPLOG_EXECUTION_ID=e1', 100);
    expect(found.map((p) => p.pid)).toEqual([100, 101, 102]);
    expect(found[0]).toMatchObject({ rssBytes: 2048 * 1024, userMs: 1500, systemMs: 500 });
    expect(found[2].userMs).toBe(psTimeMs('1-02:03:04.50'));
    expect(psTimeMs('1-02:03:04.50')).toBe(((24 + 2) * 3600 + 3 * 60 + 4.5) * 1000);
    expect(psTimeMs('0:00.10')).toBe(100);
  });

  test('/proc: a process that left the group, caught in an exec at the first sample, joins the tree at the next', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'steplog-proc-'));
    try {
      const write = (pid: number, pgid: number, start: number, environ: string) => {
        mkdirSync(path.join(dir, String(pid)), { recursive: true });
        writeFileSync(path.join(dir, String(pid), 'environ'), environ);
        const stat = `${pid} (x) S 1 ${pgid} ${pgid} 0 -1 4194304 0 0 0 0 10 5 0 0 20 0 1 0 ${start} 0 256`;
        writeFileSync(path.join(dir, String(pid), 'stat'), stat);
      };
      write(50, 50, 1000, 'STEPLOG_EXECUTION_ID=e1\0');
      write(60, 60, 1010, ''); // a setsid daemon in the middle of its exec: no environment yet
      write(70, 70, 1020, 'HOME=/\0'); // someone else's
      const reader = new ProcReader(dir, 'STEPLOG_EXECUTION_ID=e1', 50);
      expect(reader.read().map((p) => p.pid)).toEqual([50]);
      writeFileSync(path.join(dir, '60', 'environ'), 'STEPLOG_EXECUTION_ID=e1\0');
      writeFileSync(path.join(dir, '70', 'environ'), 'STEPLOG_EXECUTION_ID=e1\0');
      // 70 was decided at the first sample: a process's environment does not change after its exec.
      expect(reader.read().map((p) => p.pid)).toEqual([50, 60]);
      reader.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
