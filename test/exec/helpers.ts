// Shared by the exec tests: settings, a real ExecutionLogger with a capturing sink, and a /proc scan
// (independent of src/exec/sweep.ts) for processes that outlived a test.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExecutionLogger, loggerOptionsFrom } from '../../src/core/logger.js';
import type { LifecycleEvent, OutputBatch } from '../../src/core/events.js';
import type { ExecutionRecord, StreamName } from '../../src/core/record.js';
import type { ExecutionSettings } from '../../src/core/settings.js';
import type { Sink } from '../../src/core/sink.js';
import { BUILTIN_SHELLS } from '../../src/core/shells.js';
import type { AttemptObserverFactory, Executor } from '../../src/exec/executor.js';
import { runExecution } from '../../src/exec/run-execution.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/exec/', import.meta.url));
export const NODE = process.execPath;

/** Node ≥ 23 can run the TypeScript sources (type transform + ts-hooks.js); vitest runs on the repo's Node 24. */
export function tsNodeArgs(file: string): string[] {
  return ['--experimental-transform-types', '--no-warnings', '--import', fixture('ts-hooks.js'), file];
}

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export function makeSettings(overrides: Partial<ExecutionSettings> = {}): ExecutionSettings {
  return {
    run: 'true',
    name: 'test',
    shell: { name: 'bash', ...BUILTIN_SHELLS.bash },
    cwd: tmpdir(),
    env: {},
    timeoutMs: 0,
    idleTimeoutMs: 0,
    killAfterMs: 1000,
    killSignal: 'SIGTERM',
    maxAttempts: 1,
    retryOn: 'any',
    retryOnExitCodes: null,
    retryDelayMs: 0,
    retryBackoff: 1,
    retryOnOutput: [],
    abortOnOutput: [],
    totalTimeoutMs: 0,
    warnOnRetry: false,
    onRetry: null,
    successCodes: [0],
    outputLimit: 64 * 1024,
    masks: [],
    background: 'keep',
    ...overrides,
  };
}

export interface Capture extends Sink {
  events: LifecycleEvent[];
  batches: OutputBatch[];
  /** Whole output of one stream, lines joined with `\n`. */
  text(stream: StreamName): string;
  warnings(): string[];
  /** steplog's notes: what it did that is no problem (processes kept running). */
  notes(): string[];
}

export function createCapture(): Capture {
  const events: LifecycleEvent[] = [];
  const batches: OutputBatch[] = [];
  return {
    name: 'capture',
    events,
    batches,
    onEvent: (event) => void events.push(event),
    onOutput: (batch) => void batches.push(batch),
    text: (stream) =>
      batches
        .filter((b) => b.stream === stream)
        .flatMap((b) => b.lines)
        .join('\n'),
    warnings: () => events.flatMap((e) => (e.type === 'warning' ? [e.message] : [])),
    notes: () => events.flatMap((e) => (e.type === 'note' ? [e.message] : [])),
  };
}

export interface Run {
  record: ExecutionRecord;
  capture: Capture;
  /** The execution id: every process of the run carries it (STEPLOG_EXECUTION_ID). */
  id: string;
  elapsedMs: number;
}

/** Runs an execution with a real logger and a capturing sink. */
export async function run(
  overrides: Partial<ExecutionSettings> = {},
  options: {
    cancel?: AbortSignal;
    hurry?: AbortSignal;
    sinks?: Sink[];
    id?: string;
    executor?: Executor;
    observers?: AttemptObserverFactory[];
  } = {},
): Promise<Run> {
  const settings = makeSettings(overrides);
  const capture = createCapture();
  const id = options.id ?? newId();
  watchMarker(id);
  const logger = new ExecutionLogger({
    ...loggerOptionsFrom(settings),
    id,
    sinks: [capture, ...(options.sinks ?? [])],
  });
  const started = Date.now();
  const record = await runExecution({
    settings,
    logger,
    cancel: options.cancel,
    hurry: options.hurry,
    tempDir: scratch(),
    executor: options.executor,
    observers: options.observers,
  });
  const elapsedMs = Date.now() - started;
  await logger.close();
  return { record, capture, id, elapsedMs };
}

export function newId(): string {
  return `exec-test-${randomUUID()}`;
}

let scratchDir: string | null = null;
/** One temp dir per test file for script files; removed by removeScratch(). */
export function scratch(): string {
  scratchDir ??= mkdtempSync(path.join(tmpdir(), 'steplog-exec-test-'));
  return scratchDir;
}
export function removeScratch(): void {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
  scratchDir = null;
}

/** Live processes whose environment or command line contains `marker` (zombies excluded). */
export function survivors(marker: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (/^\S+ \(.*\) [ZX] /s.test(stat)) continue;
      const environ = readFileSync(`/proc/${name}/environ`, 'latin1');
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'latin1');
      if (environ.includes(marker) || cmdline.includes(marker)) found.push(Number(name));
    } catch {
      // exited meanwhile, or not ours
    }
  }
  return found;
}

/** Kills what `survivors` finds, so one failing test cannot leave processes to the next. */
export function killSurvivors(marker: string): number[] {
  const pids = survivors(marker);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  return pids;
}

/**
 * A script that starts `command` (e.g. `setsid sh -c …`, which writes its pid to the file in "$1") in
 * the background and waits until that process has left the script's session, then runs `after`.
 */
export function escapeeScript(pidFile: string, command: string, after: string): string {
  return [
    `set -- "${pidFile}"`,
    `${command} &`,
    `escaped() { [ -s "$1" ] && [ "$(cut -d' ' -f6 "/proc/$(cat "$1")/stat")" != "$(cut -d' ' -f6 /proc/$$/stat)" ]; }`,
    'until escaped "$1"; do sleep 0.02; done',
    after,
  ].join('\n');
}

export function pidFile(name: string): string {
  return path.join(scratch(), `${name}-${randomUUID()}.pid`);
}

const markers = new Set<string>();

/** Registers a marker that no process may carry once the test is over (see expectNoSurvivors). */
export function watchMarker(marker: string): void {
  markers.add(marker);
}

/**
 * For afterEach: fails when a process carrying a marker of this test is still alive (and kills it,
 * so one failure cannot cascade). A poll with a deadline lets SIGKILLed processes finish dying, however
 * loaded the machine.
 */
export async function expectNoSurvivors(): Promise<void> {
  const all = [...markers];
  markers.clear();
  let left: string[] = [];
  await eventually(() => {
    left = all.filter((marker) => survivors(marker).length > 0);
    return left.length === 0;
  }, 5000).catch(() => undefined);
  if (left.length === 0) return;
  const report = left.map((marker) => `${marker}: pids ${killSurvivors(marker).join(', ')}`);
  throw new Error(`processes outlived the test: ${report.join('; ')}`);
}

/** Polls `check` until it holds; rejects naming `what` once `deadlineMs` has passed. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  deadlineMs = 10_000,
  what = 'the condition',
): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what} did not hold within ${deadlineMs} ms`);
    await delay(20);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
