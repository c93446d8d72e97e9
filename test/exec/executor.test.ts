// The executor seam with an executor that is not a process group: an in-memory target whose
// command "exits" when told. The deadline, the escalation, cancellation, the output pump and the
// attempt observers are the supervisor's, above every executor; this proves they need nothing of
// process groups. (The process-group executor is proven on real processes in the other files.)
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { AttemptDetails } from '../../src/core/record.js';
import type {
  AttemptExit,
  AttemptObserverFactory,
  AttemptSpec,
  AttemptTarget,
  Executor,
} from '../../src/exec/executor.js';
import { Escalation } from '../../src/exec/escalation.js';
import { assertValidEvent, assertValidRecord } from '../core/schema-helper.js';
import { run } from './helpers.js';

interface Script {
  /** What the command prints before it decides anything. */
  output?: string;
  /** Exits by itself with this code after `afterMs`; never by itself when absent. */
  exitCode?: number;
  afterMs?: number;
  /** Exits with the signal it is sent (else only a kill ends it). */
  obeys?: boolean;
  /** How long prepare() takes (an image pull, say). */
  prepareMs?: number;
  details?: AttemptDetails;
  /**
   * Leaves a child that ignores the first signal: cleanup waits for it as the process group does,
   * and only the kill ends it.
   */
  stubbornChild?: boolean;
}

/** An executor of one scripted command; `calls` says what the supervisor asked of it, in order. */
function scripted(script: Script) {
  const calls: string[] = [];
  /** The signal and grace cleanup() was given for what the command left behind. */
  const leftovers: string[] = [];
  /** Whether each cleanup() was told to keep what the command left running. */
  const keeps: boolean[] = [];
  const executor: Executor = {
    name: 'scripted',
    async prepare(spec: AttemptSpec) {
      calls.push(`prepare ${spec.script}`);
      if (script.prepareMs) await new Promise((resolve) => setTimeout(resolve, script.prepareMs));
      return {
        start: async () => {
          calls.push('start');
          return target();
        },
        dispose: () => void calls.push('dispose'),
      };
    },
  };
  function target(): AttemptTarget {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let exit: AttemptExit | null = null;
    let childAlive = script.stubbornChild === true;
    let resolveExited: () => void = () => undefined;
    const exited = new Promise<void>((resolve) => (resolveExited = resolve));
    const end = (how: AttemptExit) => {
      if (exit) return;
      exit = how;
      stdout.end();
      stderr.end();
      resolveExited();
    };
    if (script.output) stdout.write(script.output);
    if (script.exitCode !== undefined) {
      setTimeout(() => end({ exitCode: script.exitCode!, signal: null }), script.afterMs ?? 0);
    }
    return {
      stdout,
      stderr,
      exited,
      terminate(signal) {
        calls.push(`terminate ${signal}`);
        if (script.obeys) end({ exitCode: null, signal });
      },
      kill() {
        calls.push('kill');
        childAlive = false;
        end({ exitCode: null, signal: 'SIGKILL' });
      },
      alive: () => exit === null || childAlive,
      async cleanup({ stop, signal, graceMs, keep }) {
        calls.push(`cleanup${stop.killed ? ' (killed)' : ''}`);
        leftovers.push(`${signal} ${graceMs}`);
        keeps.push(keep);
        while (childAlive) await new Promise((resolve) => setTimeout(resolve, 10));
      },
      async abort() {
        calls.push('abort');
      },
      result: async () => exit!,
      details: script.details ? () => script.details! : undefined,
    };
  }
  return { executor, calls, leftovers, keeps };
}

describe('the supervisor above any executor', () => {
  it('pumps the target’s output into the record and takes its exit code', async () => {
    const { executor, calls } = scripted({ output: 'hello\nworld\n', exitCode: 3 });
    const { record, capture } = await run({ run: 'make' }, { executor });
    expect(record).toMatchObject({ status: 'failed', exitCode: 3, exitStatus: 3 });
    expect(capture.text('stdout')).toBe('hello\nworld');
    expect(calls).toEqual(['prepare make', 'start', 'cleanup', 'dispose']);
  });

  it('at the deadline: the kill signal, then the kill after kill-after, then the clean-up', async () => {
    const { executor, calls } = scripted({});
    const { record } = await run({ timeoutMs: 50, killAfterMs: 100, killSignal: 'SIGINT' }, { executor });
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGKILL', exitStatus: 124 });
    expect(record.attempts[0].timeoutKind).toBe('deadline');
    expect(calls).toEqual([
      'prepare true',
      'start',
      'terminate SIGINT',
      'kill',
      'cleanup (killed)',
      'dispose',
    ]);
  });

  it('leftovers get the kill signal and min(kill-after, 2 s) to go', async () => {
    const short = scripted({ exitCode: 0 });
    await run({ killAfterMs: 400, killSignal: 'SIGHUP' }, { executor: short.executor });
    const long = scripted({ exitCode: 0 });
    await run({ killAfterMs: 60_000 }, { executor: long.executor });
    expect([...short.leftovers, ...long.leftovers]).toEqual(['SIGHUP 400', 'SIGTERM 2000']);
  });

  it('cleanup keeps what the command left only when it exited by itself and background is keep', async () => {
    const kept = scripted({ exitCode: 1 });
    await run({ background: 'keep' }, { executor: kept.executor });
    const killed = scripted({ exitCode: 0 });
    await run({ background: 'kill' }, { executor: killed.executor });
    const timedOut = scripted({ obeys: true });
    await run({ background: 'keep', timeoutMs: 50 }, { executor: timedOut.executor });
    expect([...kept.keeps, ...killed.keeps, ...timedOut.keeps]).toEqual([true, false, false]);
  });

  it('the strongest signal the tree needed: SIGKILL when the kill found a child alive, though the main process died of SIGTERM', async () => {
    const stubborn = scripted({ obeys: true, stubbornChild: true });
    const { record } = await run({ timeoutMs: 50, killAfterMs: 100 }, { executor: stubborn.executor });
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGKILL', exitCode: null, exitStatus: 124 });
    expect(stubborn.calls).toEqual([
      'prepare true',
      'start',
      'terminate SIGTERM',
      'cleanup',
      'kill',
      'dispose',
    ]);
    // The same tree without the stubborn child: SIGTERM was enough, and the kill never came.
    const obedient = scripted({ obeys: true });
    const plain = await run({ timeoutMs: 50, killAfterMs: 100 }, { executor: obedient.executor });
    expect(plain.record).toMatchObject({ status: 'timed_out', signal: 'SIGTERM' });
  });

  it('the idle timeout counts from the last output', async () => {
    const { executor, calls } = scripted({ output: 'one line\n', obeys: true });
    const { record } = await run({ idleTimeoutMs: 50 }, { executor });
    expect(record).toMatchObject({ status: 'timed_out', signal: 'SIGTERM' });
    expect(record.attempts[0].timeoutKind).toBe('idle');
    expect(calls).toContain('terminate SIGTERM');
    expect(calls).not.toContain('kill');
  });

  it('a cancel forwards the signal steplog received', async () => {
    const { executor, calls } = scripted({ obeys: true });
    const cancel = new AbortController();
    const running = run({}, { executor, cancel: cancel.signal });
    // Polled, not slept: the cancel must reach a started attempt.
    for (let tries = 0; !calls.includes('start') && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    cancel.abort('SIGINT');
    const { record } = await running;
    expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT', exitStatus: 130 });
    expect(calls).toContain('terminate SIGINT');
  });

  it('a second signal (hurry) kills at once, without waiting for the grace', async () => {
    const { executor, calls } = scripted({});
    const cancel = new AbortController();
    const hurry = new AbortController();
    const running = run({ killAfterMs: 600_000 }, { executor, cancel: cancel.signal, hurry: hurry.signal });
    for (let tries = 0; !calls.includes('start') && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    cancel.abort('SIGINT');
    expect(calls.slice(-1)).toEqual(['terminate SIGINT']);
    // Synchronously: no timer, however short, has had a chance to fire.
    hurry.abort('SIGINT');
    expect(calls.slice(-1)).toEqual(['kill']);
    const { record } = await running;
    expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT', signal: 'SIGKILL' });
  });

  it('prepare() runs before the attempt’s clock starts', async () => {
    // Preparing takes longer than the timeout; the command itself finishes well within it.
    const { executor } = scripted({ prepareMs: 400, exitCode: 0, afterMs: 50 });
    const { record } = await run({ timeoutMs: 300 }, { executor });
    expect(record).toMatchObject({ status: 'success', timedOut: false });
  });

  it('a preparation that fails ends the attempt unstarted, with its error', async () => {
    const executor: Executor = {
      name: 'unavailable',
      prepare: async () => ({ error: { exitStatus: 127, message: 'image "nope" not found' } }),
    };
    const { record } = await run({}, { executor });
    expect(record).toMatchObject({ status: 'failed', error: 'image "nope" not found', exitStatus: 127 });
  });

  it('the executor’s and the observers’ fields go into the attempt record; a failing observer is left out', async () => {
    const { executor } = scripted({ exitCode: 0, details: { containerId: 'c0ffee' } });
    const seen: string[] = [];
    const sampler: AttemptObserverFactory = (spec) => ({
      started: (target) =>
        void seen.push(`started ${spec.executionId === '' ? '?' : 'id'} ${typeof target.kill}`),
      stopped: () => ({ peakRssBytes: 1024, cpuMs: 7 }),
    });
    const broken: AttemptObserverFactory = () => ({
      started: () => undefined,
      stopped: () => {
        throw new Error('no /proc here');
      },
    });
    const { record, capture } = await run({}, { executor, observers: [sampler, broken] });
    expect(record.status).toBe('success');
    expect(seen).toEqual(['started id function']);
    expect(record.attempts[0].details).toEqual({ containerId: 'c0ffee', peakRssBytes: 1024, cpuMs: 7 });
    assertValidRecord(record);
    for (const event of capture.events) assertValidEvent(event);
  });

  it('an executor may set a block of the execution’s record (the container it ran in)', async () => {
    const container = {
      engine: 'podman' as const,
      engineVersion: '4.3.1',
      image: 'debian:12',
      imageId: 'sha256:' + 'a'.repeat(64),
      imageDigest: null,
      containerId: 'c0ffee',
      oomKilled: false,
      memoryLimitBytes: null,
    };
    const inner = scripted({ exitCode: 0 }).executor;
    const executor: Executor = {
      name: 'in a container',
      prepare: async (spec) => {
        spec.setBlock('container', container);
        return inner.prepare(spec);
      },
    };
    const { record } = await run({}, { executor });
    expect(record.container).toEqual(container);
    assertValidRecord(record);
  });

  it('an attempt with nothing to add has no details at all', async () => {
    const { executor } = scripted({ exitCode: 0 });
    const { record } = await run({}, { executor });
    expect(record.attempts[0]).not.toHaveProperty('details');
  });
});

describe('the escalation', () => {
  function escalation(alive?: () => boolean) {
    const sent: string[] = [];
    const stop = new Escalation({
      terminate: (signal) => void sent.push(signal),
      kill: () => void sent.push('KILL'),
      alive,
    });
    return { stop, sent };
  }

  it('remembers whether its kill found something alive (the first kill decides)', () => {
    const gone = escalation(() => false);
    gone.stop.kill();
    expect(gone.stop.neededKill).toBe(false);
    let living = true;
    const found = escalation(() => living);
    found.stop.kill();
    living = false;
    found.stop.kill();
    expect([found.stop.neededKill, found.sent]).toEqual([true, ['KILL', 'KILL']]);
    // A target that cannot tell is taken as alive.
    const unknown = escalation();
    unknown.stop.kill();
    expect(unknown.stop.neededKill).toBe(true);
  });

  it('signals now and kills after the grace', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { stop, sent } = escalation();
      stop.terminate('SIGTERM', 1000);
      expect([sent, stop.terminating, stop.killed]).toEqual([['SIGTERM'], true, false]);
      vi.advanceTimersByTime(999);
      expect(sent).toEqual(['SIGTERM']);
      vi.advanceTimersByTime(1);
      expect([sent, stop.killed]).toEqual([['SIGTERM', 'KILL'], true]);
      // Nothing more once killed.
      stop.terminate('SIGINT', 0);
      expect(sent).toEqual(['SIGTERM', 'KILL']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('one kill deadline: a later, shorter grace moves it earlier, a longer one never later', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { stop, sent } = escalation();
      stop.terminate('SIGTERM', 10_000);
      vi.advanceTimersByTime(1000);
      stop.terminate('SIGINT', 5000); // a cancel during the timeout's grace: kill at 6 s, not 11 s
      stop.terminate('SIGHUP', 60_000); // never later
      vi.advanceTimersByTime(4999);
      expect(sent).toEqual(['SIGTERM', 'SIGINT', 'SIGHUP']);
      vi.advanceTimersByTime(1);
      expect(sent).toEqual(['SIGTERM', 'SIGINT', 'SIGHUP', 'KILL']);
      vi.advanceTimersByTime(60_000);
      expect(sent).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
