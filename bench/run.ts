// `npm run bench`: steplog measured side by side with the tools it stands in for (`node -e 0`,
// `bash -c`, `cat`, coreutils `timeout`), in one run on this machine. It prints each figure next to its
// reference and the ratio, then a markdown table for the README; it asserts nothing.
//   BENCH_QUICK=1       volumes ÷ 10 and fewer repetitions, for a fast check
//   BENCH_CLI=<path>    the CLI bundle to measure (default dist/cli/index.js)
//   BENCH_ACTION=<path> the action bundle to measure (default dist/index.js)
//   BENCH_BASELINE_CLI=<path>  an earlier CLI bundle: the dense-diagnostics row compares with it
//   BENCH_ONLY=<names>  a comma-separated subset of: startup,throughput,timeout,first-output,parallel,standalone
// One file on purpose: Node runs it by type stripping, and `.ts` imports would upset `tsc -p .`.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const root = path.resolve(import.meta.dirname, '..');
const quick = process.env.BENCH_QUICK === '1';
const cli = path.resolve(process.env.BENCH_CLI ?? path.join(root, 'dist/cli/index.js'));
// The Node flags on the bin's shebang line (none today): the bench
// runs the CLI as the `steplog` bin runs, with the same node as everything else.
const cliNodeFlags = shebangFlags(cli);
const action = path.resolve(process.env.BENCH_ACTION ?? path.join(root, 'dist/index.js'));
const node = process.execPath;
const gnuTime = '/usr/bin/time';

const STARTUP_RUNS = quick ? 8 : 20;
const FIRST_OUTPUT_RUNS = quick ? 8 : 20;
const THROUGHPUT_RUNS = quick ? 1 : 3;
const TIMEOUT_RUNS = quick ? 1 : 3;
const VOLUMES = [100e6, 500e6, 1e9].map((bytes) => (quick ? bytes / 10 : bytes));
const PARALLEL_STEPS = 8;
const PARALLEL_BYTES = quick ? 5e6 : 50e6;

interface Row {
  measure: string;
  steplog: string;
  reference: string;
  ratio: string;
  goal: string;
}

interface Exit {
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface Captured extends Exit {
  stdout: string;
  stderr: string;
}

interface Case {
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

const rows: Row[] = [];
const notes: string[] = [];

// The bench runs from anywhere, even inside a CI job: steplog must not pick up that job's platform.
const PLATFORM_VARIABLE = /^(GITHUB_|GITLAB_|INPUT_|STEPLOG_|RUNNER_|ACTIONS_|CI$)/;

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!PLATFORM_VARIABLE.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/** POSIX single quotes, for values put into bash -c pipelines. */
function shq(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
const times = (value: number, reference: number) => `${(value / reference).toFixed(2)}×`;
const volume = (bytes: number) => (bytes >= 1e9 ? `${bytes / 1e9} GB` : `${bytes / 1e6} MB`);
const rate = (bytes: number, elapsed: number) => `${(bytes / 1e6 / (elapsed / 1000)).toFixed(0)} MB/s`;
const statusOf = (exit: Exit) => (exit.signal ? exit.signal : `exit ${exit.code}`);

/** Wall time from spawn to the child's exit (not to its pipes closing: stragglers may hold them). */
function timeExit(command: string, args: string[], options: SpawnOptions = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: 'ignore', ...options });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ ms: performance.now() - start, code, signal }));
  });
}

/** Runs to completion keeping stdout and stderr (small outputs only). */
function capture(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolve({ ms: performance.now() - start, code, signal, stdout, stderr }),
    );
  });
}

/** A warm-up run that also proves the case works; a benchmark of a failing command means nothing. */
async function warmUp(item: Case): Promise<void> {
  const result = await capture(item.command, item.args, item.env);
  if (result.code !== 0) {
    throw new Error(
      `${item.label} ended with ${statusOf(result)} in its warm-up run:\n${result.stderr.trim()}`,
    );
  }
}

function printSection(title: string, sectionRows: Row[]): void {
  rows.push(...sectionRows);
  const table = [
    ['measure', 'steplog', 'reference', 'ratio', 'goal'],
    ...sectionRows.map((r) => Object.values(r)),
  ];
  const widths = table[0].map((_cell, column) => Math.max(...table.map((line) => line[column].length)));
  console.log(`\n## ${title}`);
  for (const line of table) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  '));
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function cliCase(label: string, work: string, args: string[]): Case {
  const log = path.join(work, 'cli.jsonl');
  return {
    label,
    command: node,
    args: [...cliNodeFlags, cli, 'run', '--platform', 'local', '--log-file', log, ...args],
    env: cleanEnv(),
  };
}

// 1. Start-up: what steplog adds to every step that does nothing.
async function benchStartup(work: string): Promise<void> {
  const runnerTemp = path.join(work, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const github = cleanEnv({
    INPUT_RUN: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: path.join(work, 'github-output'),
    GITHUB_STEP_SUMMARY: path.join(work, 'github-step-summary'),
    GITHUB_ENV: path.join(work, 'github-env'),
    GITHUB_STATE: path.join(work, 'github-state'),
    GITHUB_WORKSPACE: work,
    RUNNER_TEMP: runnerTemp,
  });
  // The floors: Node spawning bash with child_process and nothing else, and the same through execa
  // (steplog's executor), bundled by ncc as dist/ is.
  const execaFloor = path.join(work, 'execa-floor');
  const bundled = spawnSync(
    path.join(root, 'node_modules/.bin/ncc'),
    ['build', path.join(root, 'bench/floor/execa-true.js'), '-o', execaFloor, '--target', 'es2023', '-q'],
    { encoding: 'utf8', env: cleanEnv() },
  );
  if (bundled.status !== 0) throw new Error(`could not bundle the execa floor: ${bundled.stderr}`);
  // The peer: a typical JavaScript action (@actions/core + @actions/exec running `true`), bundled the same way.
  const actionsPeer = path.join(work, 'actions-peer');
  const peerBundled = spawnSync(
    path.join(root, 'node_modules/.bin/ncc'),
    ['build', path.join(root, 'bench/floor/actions-true.js'), '-o', actionsPeer, '--target', 'es2023', '-q'],
    { encoding: 'utf8', env: cleanEnv() },
  );
  if (peerBundled.status !== 0) throw new Error(`could not bundle the actions peer: ${peerBundled.stderr}`);
  const cases: Case[] = [
    { label: 'node -e 0', command: node, args: ['-e', '0'], env: cleanEnv() },
    { label: 'bash -c true', command: 'bash', args: ['-c', 'true'], env: cleanEnv() },
    cliCase('CLI run -- true', work, ['--', 'true']),
    { label: 'action INPUT_RUN=true', command: node, args: [action], env: github },
    {
      label: 'child_process floor',
      command: node,
      args: [path.join(root, 'bench/floor/spawn-true.js')],
      env: cleanEnv(),
    },
    { label: 'execa floor', command: node, args: [path.join(execaFloor, 'index.js')], env: cleanEnv() },
    { label: 'actions peer', command: node, args: [path.join(actionsPeer, 'index.js')], env: github },
  ];
  progress(`start-up: ${STARTUP_RUNS} runs of each of ${cases.length} commands, interleaved`);
  for (const item of cases) await warmUp(item);
  const samples = cases.map(() => [] as number[]);
  for (let run = 0; run < STARTUP_RUNS; run++) {
    for (const [index, item] of cases.entries()) {
      samples[index].push((await timeExit(item.command, item.args, { env: item.env })).ms);
    }
  }
  const [nodeMs, bashMs, cliMs, actionMs, spawnMs, execaMs, peerMs] = samples.map(median);
  goals.push({
    measure: 'action start-up, cold, ÷ the `@actions/core` + `@actions/exec` peer',
    goal: '≤ 1.0×',
    value: actionMs / peerMs,
    figure: `${ms(actionMs)} ÷ ${ms(peerMs)} = ${times(actionMs, peerMs)}`,
  });
  printSection(`Start-up (median of ${STARTUP_RUNS} runs)`, [
    {
      measure: 'start-up: CLI `run -- true`',
      steplog: ms(cliMs),
      reference: `${ms(nodeMs)} (node -e 0)`,
      ratio: times(cliMs, nodeMs),
      goal: '≤ 1.5×',
    },
    {
      measure: 'start-up: action, `run: true`',
      steplog: ms(actionMs),
      reference: `${ms(nodeMs)} (node -e 0)`,
      ratio: times(actionMs, nodeMs),
      goal: '≤ 1.5×',
    },
    {
      measure: 'start-up: action vs a typical action (@actions/core + @actions/exec, `true`)',
      steplog: ms(actionMs),
      reference: `${ms(peerMs)} (bundled peer)`,
      ratio: times(actionMs, peerMs),
      goal: '≤ 1.0×',
    },
    {
      measure: 'start-up: CLI vs a bare shell',
      steplog: ms(cliMs),
      reference: `${ms(bashMs)} (bash -c true)`,
      ratio: times(cliMs, bashMs),
      goal: '—',
    },
    {
      measure: 'start-up floor: node:child_process runs bash `true`',
      steplog: ms(spawnMs),
      reference: `${ms(nodeMs)} (node -e 0)`,
      ratio: times(spawnMs, nodeMs),
      goal: '—',
    },
    {
      measure: 'start-up floor: execa runs bash `true` (bundled)',
      steplog: ms(execaMs),
      reference: `${ms(nodeMs)} (node -e 0)`,
      ratio: times(execaMs, nodeMs),
      goal: '—',
    },
  ]);
}

function peakRssKib(file: string): number {
  // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  return Number(lines[lines.length - 1]);
}

/** Counts bytes without storing them, and so proves nothing was lost. */
const consumer = 'wc -c';

/** Generators that outrun any relay: `head -c` from `yes`, or a file read by `cat` (bash). */
interface Corpus {
  name: string;
  generate(bytes: number): string;
}

function corpora(work: string): Corpus[] {
  // The realistic mix, repeated into a file of 16 MiB that `cat` reads again and again.
  const mix = readFileSync(path.join(root, 'bench/corpus/realistic.log'));
  const big = path.join(work, 'realistic-16m.log');
  writeFileSync(big, Buffer.concat(Array.from({ length: Math.ceil(2 ** 24 / mix.length) }, () => mix)));
  return [
    {
      name: '29-byte lines',
      generate: (bytes) => `head -c ${bytes} < <(yes 'some line of text 1234567890') || true`,
    },
    { name: '100-byte lines', generate: (bytes) => `head -c ${bytes} < <(yes ${'x'.repeat(99)}) || true` },
    {
      name: 'realistic log',
      generate: (bytes) => `head -c ${bytes} < <(while cat ${shq(big)}; do :; done) || true`,
    },
  ];
}

interface Pipe {
  ms: number;
  delivered: number;
  rssKib: number;
}

/** Plain Node (bench/floor/relay.js) copying the commands' stdouts to its own, into the consumer. */
function relayScript(commands: string[], rssFile: string): string {
  const relay = path.join(root, 'bench/floor/relay.js');
  return `${gnuTime} -f %M -o ${shq(rssFile)} ${shq(node)} ${shq(relay)} ${commands.map(shq).join(' ')} | ${consumer}`;
}

async function runPipeline(script: string, rssFile: string | null, env = cleanEnv()): Promise<Pipe> {
  const result = await capture('bash', ['-c', `set -o pipefail\n${script}`], env);
  if (result.code !== 0)
    throw new Error(`pipeline ended with ${statusOf(result)}: ${script}\n${result.stderr.trim()}`);
  return {
    ms: result.ms,
    delivered: Number(result.stdout.trim()),
    rssKib: rssFile ? peakRssKib(rssFile) : 0,
  };
}

/** What the goals are checked against, filled as the sections run. */
interface Goal {
  measure: string;
  goal: string;
  /** The measured ratio (or MiB), compared with the goal's number. */
  value: number;
  figure: string;
}
const goals: Goal[] = [];

// 2. Throughput and memory, per corpus, for the CLI and the action, with all built-in matchers and
// none, next to `| cat` and plain Node relaying the same bytes (the floor).
async function benchThroughput(work: string): Promise<void> {
  const rssFile = path.join(work, 'rss');
  const log = path.join(work, 'throughput.jsonl');
  const runnerTemp = path.join(work, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const timed = `${gnuTime} -f %M -o ${shq(rssFile)} ${shq(node)}`;
  const cliRun = (run: string, matchers: string, bundle = cli) =>
    `${timed} ${cliNodeFlags.map(shq).join(' ')} ${shq(bundle)} run --platform local --log-file ${shq(log)} ` +
    `--matchers ${matchers} --run ${shq(run)} | ${consumer}`;
  const actionEnv = (run: string, matchers: string) =>
    cleanEnv({
      INPUT_RUN: run,
      INPUT_MATCHERS: matchers,
      GITHUB_ACTIONS: 'true',
      GITHUB_OUTPUT: path.join(work, 'github-output'),
      GITHUB_STEP_SUMMARY: path.join(work, 'github-step-summary'),
      GITHUB_ENV: path.join(work, 'github-env'),
      GITHUB_STATE: path.join(work, 'github-state'),
      GITHUB_WORKSPACE: work,
      RUNNER_TEMP: runnerTemp,
    });
  const volumeBytes = VOLUMES[VOLUMES.length - 1];
  const sectionRows: Row[] = [];
  let worstRss = 0;
  for (const corpus of corpora(work)) {
    const run = corpus.generate(volumeBytes);
    progress(`throughput: ${volume(volumeBytes)} of ${corpus.name}, ${THROUGHPUT_RUNS}× each way`);
    const ways: [string, () => Promise<Pipe>][] = [
      ['`| cat`', () => runPipeline(`{ ${run}; } | cat | ${consumer}`, null)],
      ['relay floor (plain Node)', () => runPipeline(relayScript([run], rssFile), rssFile)],
      ['CLI, builtin matchers', () => runPipeline(cliRun(run, 'builtin'), rssFile)],
      ['CLI, `matchers: none`', () => runPipeline(cliRun(run, 'none'), rssFile)],
      [
        'action, builtin matchers',
        () => runPipeline(`${timed} ${shq(action)} | ${consumer}`, rssFile, actionEnv(run, 'builtin')),
      ],
      [
        'action, `matchers: none`',
        () => runPipeline(`${timed} ${shq(action)} | ${consumer}`, rssFile, actionEnv(run, 'none')),
      ],
    ];
    const results = ways.map(() => [] as Pipe[]);
    for (let repeat = 0; repeat < THROUGHPUT_RUNS; repeat++) {
      for (const [index, [, way]] of ways.entries()) {
        results[index].push(await way());
        rmSync(log, { force: true });
      }
    }
    const catMs = median(results[0].map((p) => p.ms));
    for (const [index, [label]] of ways.entries()) {
      if (index === 0) continue;
      const wayMs = median(results[index].map((p) => p.ms));
      const rssKib = Math.max(...results[index].map((p) => p.rssKib));
      // The action adds its own lines (stop/resume markers, the summary of the run).
      const short = results[index].find(
        (p) => p.delivered < volumeBytes || (index <= 3 && p.delivered !== volumeBytes),
      );
      if (short)
        notes.push(`${corpus.name}, ${label}: the consumer got ${short.delivered} bytes of ${volumeBytes}`);
      sectionRows.push({
        measure: `${corpus.name}, ${volume(volumeBytes)}: ${label}`,
        steplog: `${seconds(wayMs)} (${rate(volumeBytes, wayMs)}), ${mib(rssKib)}`,
        reference: `${seconds(catMs)} (\`| cat\`)`,
        ratio: times(wayMs, catMs),
        goal:
          index === 1
            ? '—'
            : label.includes('none')
              ? '≤ 1.5×'
              : corpus.name === '29-byte lines'
                ? '≤ 2.5×'
                : corpus.name === 'realistic log'
                  ? '≤ 2.0×'
                  : '—',
      });
      if (index > 1) worstRss = Math.max(worstRss, rssKib);
      const ratio = wayMs / catMs;
      if (label.includes('none'))
        goals.push({
          measure: `${corpus.name}, ${label} ÷ cat`,
          goal: '≤ 1.5×',
          value: ratio,
          figure: times(wayMs, catMs),
        });
      else if (index > 1 && corpus.name !== '100-byte lines')
        goals.push({
          measure: `${corpus.name}, ${label} ÷ cat`,
          goal: corpus.name === '29-byte lines' ? '≤ 2.5×' : '≤ 2.0×',
          value: ratio,
          figure: times(wayMs, catMs),
        });
      if (index === 1)
        goals.push({
          measure: `${corpus.name}: relay floor ÷ cat`,
          goal: '—',
          value: ratio,
          figure: times(wayMs, catMs),
        });
    }
  }
  // RSS from 100 MB to the largest volume: flat when only tails are kept.
  const realistic = corpora(work)[2];
  const small = await runPipeline(cliRun(realistic.generate(VOLUMES[0]), 'builtin'), rssFile);
  const large = await runPipeline(cliRun(realistic.generate(volumeBytes), 'builtin'), rssFile);
  goals.push({
    measure: `peak RSS, any corpus (CLI realistic: ${volume(VOLUMES[0])} → ${volume(volumeBytes)})`,
    goal: '≤ 80 MiB, flat',
    value: worstRss / 1024,
    figure: `max ${mib(worstRss)}; ${mib(small.rssKib)} → ${mib(large.rssKib)}`,
  });
  // Dense diagnostics: every line a gcc error, against an earlier bundle when given.
  const dense = (bytes: number) =>
    `head -c ${bytes} < <(yes 'src/net/http.c:120:7: error: expected expression before ) token') || true`;
  const denseBytes = VOLUMES[0] / 10;
  const baselineCli = process.env.BENCH_BASELINE_CLI;
  const denseNow: Pipe[] = [];
  const denseBefore: Pipe[] = [];
  for (let repeat = 0; repeat < THROUGHPUT_RUNS; repeat++) {
    denseNow.push(await runPipeline(cliRun(dense(denseBytes), 'builtin'), rssFile));
    if (baselineCli)
      denseBefore.push(await runPipeline(cliRun(dense(denseBytes), 'builtin', baselineCli), rssFile));
  }
  const nowMs = median(denseNow.map((p) => p.ms));
  const beforeMs = baselineCli ? median(denseBefore.map((p) => p.ms)) : NaN;
  sectionRows.push({
    measure: `dense diagnostics (every line a gcc error), ${volume(denseBytes)}, CLI`,
    steplog: `${seconds(nowMs)} (${rate(denseBytes, nowMs)})`,
    reference: baselineCli ? `${seconds(beforeMs)} (BENCH_BASELINE_CLI)` : '— (no BENCH_BASELINE_CLI)',
    ratio: baselineCli ? times(nowMs, beforeMs) : '—',
    goal: '≤ 1.1×',
  });
  if (baselineCli)
    goals.push({
      measure: 'dense diagnostics ÷ before',
      goal: '≤ 1.1×',
      value: nowMs / beforeMs,
      figure: times(nowMs, beforeMs),
    });
  printSection(
    `Throughput (median of ${THROUGHPUT_RUNS}; consumer \`wc -c\`; figure: wall time, rate, peak RSS)`,
    sectionRows,
  );
}

/** Processes still carrying the marker in their environment (the kernel keeps it across exec/setsid). */
function findMarked(marker: string): number[] {
  const needle = `BENCH_TREE_MARK=${marker}`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`).includes(needle)) pids.push(Number(entry));
    } catch {
      // gone already, or not ours to read
    }
  }
  return pids;
}

function killStrays(pids: Iterable<number>): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

// 3. Timeout of a tree that ignores SIGTERM, with a member that left the process group.
const STUBBORN_TREE = [
  "trap '' TERM", // the shell ignores TERM, and its children inherit the ignored disposition
  'sleep 60 &',
  "bash -c 'sleep 60; true' &",
  'setsid sleep 60 &', // a new session: out of reach of a process-group kill
  'wait',
].join('\n');

interface TimeoutRun extends Exit {
  survivors: number;
}

async function runStubborn(command: string, args: string[]): Promise<TimeoutRun> {
  const marker = randomBytes(8).toString('hex');
  const exit = await timeExit(command, args, { env: cleanEnv({ BENCH_TREE_MARK: marker }) });
  await sleep(100); // let SIGKILLed processes finish dying before counting
  const survivors = findMarked(marker);
  killStrays(survivors);
  return { ...exit, survivors: survivors.length };
}

async function benchTimeout(work: string): Promise<void> {
  progress(`timeout: a TERM-ignoring tree under steplog and under coreutils timeout, ${TIMEOUT_RUNS}× each`);
  const steplog = cliCase('steplog', work, ['--timeout', '2s', '--kill-after', '1s', '--run', STUBBORN_TREE]);
  const viaSteplog: TimeoutRun[] = [];
  const viaTimeout: TimeoutRun[] = [];
  for (let run = 0; run < TIMEOUT_RUNS; run++) {
    viaTimeout.push(await runStubborn('timeout', ['-k', '1', '2', 'bash', '-c', STUBBORN_TREE]));
    viaSteplog.push(await runStubborn(steplog.command, steplog.args));
  }
  const steplogMs = median(viaSteplog.map((r) => r.ms));
  const timeoutMs = median(viaTimeout.map((r) => r.ms));
  const survivors = (list: TimeoutRun[]) => Math.max(...list.map((r) => r.survivors));
  const statuses = (list: TimeoutRun[]) => [...new Set(list.map(statusOf))].join(', ');
  printSection(`Timeout 2 s, grace 1 s, TERM ignored, one setsid child (median of ${TIMEOUT_RUNS})`, [
    {
      measure: 'timeout: start to exit',
      steplog: `${seconds(steplogMs)} (${statuses(viaSteplog)})`,
      reference: `${seconds(timeoutMs)} (\`timeout -k 1 2\`, ${statuses(viaTimeout)})`,
      ratio: times(steplogMs, timeoutMs),
      goal: '≤ 3.2 s',
    },
    {
      measure: 'timeout: processes left alive',
      steplog: String(survivors(viaSteplog)),
      reference: `${survivors(viaTimeout)} (\`timeout -k 1 2\`)`,
      ratio: '—',
      goal: '0',
    },
  ]);
}

/** Time from spawn until `expected` has arrived on stdout. */
function timeFirstOutput(item: Case, expected: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(item.command, item.args, { stdio: ['ignore', 'pipe', 'ignore'], env: item.env });
    let seen = '';
    let firstAt: number | null = null;
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      if (firstAt === null && seen.includes(expected)) firstAt = performance.now() - start;
    });
    child.once('error', reject);
    child.once('close', () => {
      if (firstAt === null) reject(new Error(`${item.label} never printed ${JSON.stringify(expected)}`));
      else resolve(firstAt);
    });
  });
}

// 4. How soon a person sees the command's first line.
async function benchFirstOutput(work: string): Promise<void> {
  progress(`first output: ${FIRST_OUTPUT_RUNS} runs of steplog \`echo hi\` and of node -e 0, interleaved`);
  const steplog = cliCase('CLI run -- echo hi', work, ['--', 'echo', 'hi']);
  const bare: Case = { label: 'node -e 0', command: node, args: ['-e', '0'], env: cleanEnv() };
  await warmUp(steplog);
  const firstMs: number[] = [];
  const nodeMs: number[] = [];
  for (let run = 0; run < FIRST_OUTPUT_RUNS; run++) {
    firstMs.push(await timeFirstOutput(steplog, 'hi'));
    nodeMs.push((await timeExit(bare.command, bare.args, { env: bare.env })).ms);
  }
  const first = median(firstMs);
  const reference = median(nodeMs);
  const extra = first - reference;
  printSection(`First output line (median of ${FIRST_OUTPUT_RUNS})`, [
    {
      measure: 'first stdout byte of `echo hi`',
      steplog: ms(first),
      reference: `${ms(reference)} (node -e 0, to exit)`,
      ratio: `${extra >= 0 ? '+' : ''}${ms(extra)}`,
      goal: '≤ node -e 0 + 15 ms',
    },
  ]);
}

// 5. Parallel steps: one steplog running eight steps vs bash running the same eight commands.
async function benchParallel(work: string): Promise<void> {
  const title = `Parallel steps (${PARALLEL_STEPS} × ${volume(PARALLEL_BYTES)} of realistic log lines, median of ${THROUGHPUT_RUNS})`;
  const help = spawnSync(node, [cli, 'run', '--help'], { encoding: 'utf8', env: cleanEnv() });
  if (!`${help.stdout}`.includes('--steps')) {
    console.log(`\n## ${title}\nskipped: --steps not available`);
    rows.push({
      measure: 'parallel steps',
      steplog: 'skipped: --steps not available',
      reference: '—',
      ratio: '—',
      goal: '—',
    });
    return;
  }
  progress(
    `parallel: ${PARALLEL_STEPS} steps of ${volume(PARALLEL_BYTES)} under steplog and under bash, ${THROUGHPUT_RUNS}× each`,
  );
  // Realistic log lines: what parallel builds and test suites print, not lines no tool prints.
  const realistic = corpora(work).find((corpus) => corpus.name === 'realistic log')!;
  const commands = Array.from({ length: PARALLEL_STEPS }, () => realistic.generate(PARALLEL_BYTES));
  const stepsFile = path.join(work, 'steps.yml');
  writeFileSync(
    stepsFile,
    commands.map((run, index) => `- name: step-${index + 1}\n  run: ${JSON.stringify(run)}\n`).join(''),
  );
  const rssFile = path.join(work, 'rss');
  const log = path.join(work, 'parallel.jsonl');
  const steplogScript =
    `${gnuTime} -f %M -o ${shq(rssFile)} ${shq(node)} ${cliNodeFlags.map(shq).join(' ')} ${shq(cli)} run --platform local --log-file ${shq(log)} ` +
    `--max-parallel ${PARALLEL_STEPS} --steps ${shq(stepsFile)} | ${consumer}`;
  const bashScript = `{ ${commands.map((command) => `{ ${command}; } &`).join(' ')} wait; } | ${consumer}`;
  // The floor: plain Node copying the eight stdouts to its own, nothing else.
  const relayFloor = relayScript(commands, rssFile);
  const viaSteplog: Pipe[] = [];
  const viaBash: Pipe[] = [];
  const viaRelay: Pipe[] = [];
  for (let run = 0; run < THROUGHPUT_RUNS; run++) {
    viaBash.push(await runPipeline(bashScript, null));
    viaRelay.push(await runPipeline(relayFloor, rssFile));
    viaSteplog.push(await runPipeline(steplogScript, rssFile));
    rmSync(log, { force: true });
  }
  const steplogMs = median(viaSteplog.map((p) => p.ms));
  const bashMs = median(viaBash.map((p) => p.ms));
  const relayMs = median(viaRelay.map((p) => p.ms));
  goals.push({
    measure: `parallel ${PARALLEL_STEPS} steps × ${volume(PARALLEL_BYTES)} (realistic lines) ÷ bash \`& … wait\``,
    goal: '≤ 2.5×',
    value: steplogMs / bashMs,
    figure: times(steplogMs, bashMs),
  });
  const total = PARALLEL_STEPS * PARALLEL_BYTES;
  // steplog prefixes each line with its step's name, so it delivers a little more than it was given.
  const relayLost = viaRelay.find((p) => p.delivered !== total);
  if (relayLost)
    notes.push(`parallel floor: the consumer got ${relayLost.delivered} bytes, expected ${total}`);
  const short = viaSteplog.find((p) => p.delivered < total);
  if (short)
    notes.push(`parallel steps: the consumer got ${short.delivered} bytes, expected at least ${total}`);
  printSection(title, [
    {
      measure: `parallel: ${PARALLEL_STEPS} steps × ${volume(PARALLEL_BYTES)} (realistic lines), wall time`,
      steplog: `${seconds(steplogMs)} (${rate(total, steplogMs)})`,
      reference: `${seconds(bashMs)} (${rate(total, bashMs)}, bash \`& … wait\`)`,
      ratio: times(steplogMs, bashMs),
      goal: '≤ 2.5×',
    },
    {
      measure: `parallel: ${PARALLEL_STEPS} steps × ${volume(PARALLEL_BYTES)}, peak RSS`,
      steplog: mib(Math.max(...viaSteplog.map((p) => p.rssKib))),
      reference: `${mib(Math.max(...viaRelay.map((p) => p.rssKib)))} (relay floor)`,
      ratio: '—',
      goal: '≤ 120 MiB',
    },
    {
      measure: 'parallel floor: node:child_process relays the 8 stdouts, wall time',
      steplog: `${seconds(relayMs)} (${rate(total, relayMs)})`,
      reference: `${seconds(bashMs)} (bash \`& … wait\`)`,
      ratio: times(relayMs, bashMs),
      goal: '—',
    },
  ]);
}

// 6. The standalone executable (`npm run build:binary`) beside the bundle it is built from.
const standalone = path.join(root, 'standalone', `steplog-linux-${process.arch}`);

async function benchStandalone(work: string): Promise<void> {
  if (!existsSync(standalone)) {
    notes.push(`no standalone executable at ${standalone}: build it with \`npm run build:binary\``);
    return;
  }
  const bundleCase = cliCase('CLI bundle run -- true', work, ['--', 'true']);
  const standaloneCase: Case = {
    ...bundleCase,
    label: 'standalone run -- true',
    command: standalone,
    args: bundleCase.args.slice(bundleCase.args.indexOf(cli) + 1),
  };
  const cases = [bundleCase, standaloneCase];
  progress(`standalone: ${STARTUP_RUNS} runs of each of ${cases.length} commands, interleaved`);
  for (const item of cases) await warmUp(item);
  const samples = cases.map(() => [] as number[]);
  for (let run = 0; run < STARTUP_RUNS; run++) {
    for (const [index, item] of cases.entries()) {
      samples[index].push((await timeExit(item.command, item.args, { env: item.env })).ms);
    }
  }
  const [bundleMs, standaloneMs] = samples.map(median);
  const bytes = (file: string) => statSync(file).size;
  const bundleBytes = readdirSync(path.dirname(cli))
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + bytes(path.join(path.dirname(cli), name)), 0);
  const size = (value: number) => `${(value / 2 ** 20).toFixed(1)} MiB`;
  printSection(`Standalone executable (median of ${STARTUP_RUNS} runs)`, [
    {
      measure: 'start-up: standalone `run -- true`',
      steplog: ms(standaloneMs),
      reference: `${ms(bundleMs)} (bundle on node ${process.version})`,
      ratio: times(standaloneMs, bundleMs),
      goal: '≤ 1.2×',
    },
    {
      measure: 'size: standalone executable',
      steplog: size(bytes(standalone)),
      reference: `${size(bytes(node))} (node) + ${size(bundleBytes)} (bundle)`,
      ratio: times(bytes(standalone), bytes(node) + bundleBytes),
      goal: '—',
    },
  ]);
}

/** What the figures were measured on; `git rev-parse` only reads. */
function describeMachine(): string {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const memory = `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`;
  return (
    `${os.availableParallelism()} CPUs (${cpu}), ${memory} RAM, Linux ${os.release()}, Node ${process.version}, ` +
    `steplog ${commit || 'unknown commit'}${quick ? ', BENCH_QUICK=1' : ''}`
  );
}

// Other work on the machine skews every figure; the load average says how much there was.
const load = () => os.loadavg()[0].toFixed(2);

function renderMarkdown(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| measure | steplog | reference | ratio | goal |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${[r.measure, r.steplog, r.reference, r.ratio, r.goal].map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Each goal with its figure and whether it is met (the goal's number read from its text). */
function renderGoals(): string {
  const met = (goal: Goal) => {
    const limit = /([\d.]+)/.exec(goal.goal);
    return limit ? (goal.value <= Number(limit[1]) ? 'met' : 'not met') : '—';
  };
  return [
    '| measure | goal | measured | met |',
    '| --- | --- | --- | --- |',
    ...goals.map(
      (g) => `| ${[g.measure, g.goal, g.figure, met(g)].map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`,
    ),
  ].join('\n');
}

// 6. Resource sampling: steplog's own CPU while the command's tree holds 50 idle processes, against
// the same wall time with one. steplog does nothing else then, so the difference is what watching
// 49 more processes costs; the 50-process figure (start-up included) bounds the whole sampler.
const SAMPLING_SECONDS = quick ? 5 : 20;
const SAMPLING_PROCESSES = 50;

async function cpuSecondsOf(work: string, script: string): Promise<number> {
  const timeFile = path.join(work, 'sampling-time.txt');
  const log = path.join(work, 'sampling.jsonl');
  const result = await timeExit(
    gnuTime,
    [
      '-f',
      '%U %S',
      '-o',
      timeFile,
      node,
      ...cliNodeFlags,
      cli,
      'run',
      '--platform',
      'local',
      '--log-file',
      log,
      '--run',
      script,
    ],
    { env: cleanEnv() },
  );
  if (result.code !== 0) throw new Error(`sampling run ended with ${result.code ?? result.signal}`);
  const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return user + system;
}

async function benchSampling(work: string): Promise<void> {
  const seconds = SAMPLING_SECONDS;
  progress(`sampling: steplog's CPU over ${seconds}s with ${SAMPLING_PROCESSES} processes and with 1`);
  const many = await cpuSecondsOf(
    work,
    `for i in $(seq ${SAMPLING_PROCESSES}); do sleep ${seconds} & done; wait`,
  );
  const one = await cpuSecondsOf(work, `sleep ${seconds}`);
  const percent = (cpu: number) => `${((cpu / seconds) * 100).toFixed(2)}% of a core`;
  printSection(`Resource sampling (${SAMPLING_PROCESSES} processes for ${seconds}s)`, [
    {
      measure: `steplog CPU, ${SAMPLING_PROCESSES} processes in the tree`,
      steplog: `${many.toFixed(2)} s (${percent(many)})`,
      reference: `1 process: ${one.toFixed(2)} s`,
      ratio: `+${percent(Math.max(0, many - one))}`,
      goal: 'difference < 1% of a core',
    },
  ]);
}

async function main(): Promise<number> {
  const needs = [
    ['CLI bundle', cli, 'build the bundles with `npm run build` first'],
    ['action bundle', action, 'build the bundles with `npm run build` first'],
    ['GNU time', gnuTime, 'install the `time` package'],
  ];
  for (const [what, file, fix] of needs) {
    if (!existsSync(file)) {
      process.stderr.write(`bench: ${what} not found at ${file} (${fix})\n`);
      return 1;
    }
  }
  const machineLine = describeMachine();
  const startLoad = load();
  const work = mkdtempSync(path.join(os.tmpdir(), 'steplog-bench-'));
  try {
    console.log(`# steplog benchmarks\n${machineLine}, load average ${startLoad}`);
    const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
    const sections: [string, (dir: string) => Promise<void>][] = [
      ['startup', benchStartup],
      ['throughput', benchThroughput],
      ['timeout', benchTimeout],
      ['first-output', benchFirstOutput],
      ['parallel', benchParallel],
      ['sampling', benchSampling],
      ['standalone', benchStandalone],
    ];
    for (const [name, section] of sections) if (!only || only.includes(name)) await section(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(
    `\n## Markdown\nMachine: ${machineLine}, load average ${startLoad} at the start, ${load()} at the end\n\n${renderMarkdown()}`,
  );
  console.log(`\n## Goals\n\n${renderGoals()}`);
  for (const note of notes) console.log(`\nNOTE: ${note}`);
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});

function shebangFlags(file: string): string[] {
  try {
    const first = readFileSync(file, 'utf8').split('\n', 1)[0];
    return /^#!.*\bnode\s+(.+)$/.exec(first)?.[1].trim().split(/\s+/) ?? [];
  } catch {
    return [];
  }
}
