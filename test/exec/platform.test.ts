// The platform-specific pieces: the command line used on macOS (only Linux runs here),
// the parsers behind the sweep, the sweep itself on real processes, and the program lookup.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { findProgram } from '../../src/exec/find-program.js';
import { OutputPump } from '../../src/exec/output-pump.js';
import {
  TRACKING_VARIABLE,
  hasEnvironmentEntry,
  parseProcStat,
  parsePsEnvironment,
  trackingMethod,
} from '../../src/exec/platform.js';
import { writeScriptFile } from '../../src/exec/script-file.js';
import { describeProcesses, findTracked, groupAliveNow, sweep } from '../../src/exec/sweep.js';
import { createWatchdog } from '../../src/exec/watchdog.js';
import { eventually, expectNoSurvivors, newId, removeScratch, scratch, watchMarker } from './helpers.js';

afterEach(expectNoSurvivors);
afterAll(removeScratch);

describe('how processes are found per platform', () => {
  it('macOS (and other BSDs) list environments with ps -E -ww', () => {
    expect(trackingMethod('darwin')).toEqual({
      kind: 'ps',
      file: 'ps',
      args: ['-E', '-ww', '-o', 'pid=,pgid=,command='],
    });
    expect(trackingMethod('freebsd')).toMatchObject({ kind: 'ps' });
    expect(trackingMethod('linux')).toEqual({ kind: 'proc', dir: '/proc' });
    expect(trackingMethod('win32')).toEqual({ kind: 'none' });
  });
});

describe('parsers', () => {
  const entry = `${TRACKING_VARIABLE}=abc`;

  it('ps -E output: whole-word environment entries only', () => {
    const output = [
      `  101   100 sleep 100 PATH=/usr/bin ${entry} HOME=/Users/x`,
      `  102   102 sleep 100 PATH=/usr/bin ${entry}`,
      `  103   100 sleep 100 ${entry}d`,
      `  104   100 sleep 100 X${entry}`,
      '  105   100 -bash',
      'garbage',
    ].join('\n');
    expect(parsePsEnvironment(output, entry)).toEqual([
      { pid: 101, pgid: 100 },
      { pid: 102, pgid: 102 },
    ]);
  });

  it('/proc/<pid>/environ: an exact NUL-separated entry', () => {
    const env = (...entries: string[]) => Buffer.from(entries.join('\0') + '\0');
    expect(hasEnvironmentEntry(env('A=1', entry, 'B=2'), entry)).toBe(true);
    expect(hasEnvironmentEntry(env(entry), entry)).toBe(true);
    expect(hasEnvironmentEntry(Buffer.from(`A=1\0${entry}`), entry)).toBe(true);
    expect(hasEnvironmentEntry(env('A=1', `${entry}def`), entry)).toBe(false);
    expect(hasEnvironmentEntry(env(`X_${entry}`), entry)).toBe(false);
    expect(hasEnvironmentEntry(env(`OTHER=${entry}`, `X${entry}`, entry), entry)).toBe(true);
    expect(hasEnvironmentEntry(Buffer.alloc(0), entry)).toBe(false);
  });

  it('/proc/<pid>/stat: the group id, even with spaces and parentheses in the name; kernel threads; null for zombies', () => {
    const plain = { kernelThread: false, exiting: false };
    expect(parseProcStat('123 (sleep) S 1 120 120 0 -1 4194560')).toEqual({ pgid: 120, ...plain });
    expect(parseProcStat('123 (a (b) c) R 1 99 99 0 -1 4194304')).toEqual({ pgid: 99, ...plain });
    expect(parseProcStat('2 (kthreadd) S 0 0 0 0 -1 2129984')).toEqual({
      pgid: 0,
      kernelThread: true,
      exiting: false,
    });
    expect(parseProcStat('9 (sh) R 1 9 9 0 -1 4194308')).toEqual({
      pgid: 9,
      kernelThread: false,
      exiting: true,
    });
    expect(parseProcStat('123 (sleep) Z 1 120 120 0')).toBeNull();
  });
});

describe('sweep (a /proc written by the test)', () => {
  const stat = (pid: number, state: string, flags: number) =>
    `${pid} (x) ${state} 1 ${pid} ${pid} 0 -1 ${flags} 0 0 0 0 0 0 0 0 20 0 1 0 100 0 0`;
  const proc = (entries: Record<number, { environ: string; state?: string; flags?: number }>) => {
    const dir = path.join(scratch(), `proc-${newId()}`);
    for (const [pid, { environ, state = 'S', flags = 4194304 }] of Object.entries(entries)) {
      mkdirSync(path.join(dir, pid), { recursive: true });
      writeFileSync(path.join(dir, pid, 'environ'), environ);
      writeFileSync(path.join(dir, pid, 'stat'), stat(Number(pid), state, flags));
    }
    return dir;
  };

  it('a process caught in an exec (its environment reads empty for a moment) is read again, not passed over; one exiting is not counted', async () => {
    const id = newId();
    const entry = `STEPLOG_EXECUTION_ID=${id}\0`;
    const dir = proc({
      2: { environ: '', flags: 2129984 }, // a kernel thread: never ours
      300: { environ: '', state: 'Z' }, // a zombie
      400: { environ: `HOME=/\0${entry}` },
      500: { environ: '' }, // in an exec: its environment appears a moment later
      600: { environ: 'HOME=/\0' },
      900: { environ: '', flags: 4194308 }, // exiting: it has let go of its environment for good
      920: { environ: entry, flags: 4194308 }, // exiting, its environment still readable
    });
    setTimeout(() => writeFileSync(path.join(dir, '500', 'environ'), `PATH=/bin\0${entry}`), 2);
    const found = await findTracked(id, { method: { kind: 'proc', dir } });
    expect(found.map((p) => p.pid).sort()).toEqual([400, 500]);
  });

  it('its command line, empty in the exec as well, is read again too', async () => {
    const dir = proc({ 800: { environ: 'A=1\0' } });
    writeFileSync(path.join(dir, '800', 'cmdline'), '');
    setTimeout(() => writeFileSync(path.join(dir, '800', 'cmdline'), 'sleep\x00300\x00'), 2);
    expect(await describeProcesses([800, 801], { kind: 'proc', dir })).toEqual(['800 sleep 300', '801']);
  });

  it('a process whose environment stays empty (`env -i`) is not ours, and costs a few short pauses at most', async () => {
    const id = newId();
    const dir = proc({ 700: { environ: '' } });
    expect(await findTracked(id, { method: { kind: 'proc', dir } })).toEqual([]);
    // Alive in the group all the same: the group is the command's.
    expect(groupAliveNow(id, 700, { kind: 'proc', dir })).toBe(true);
    expect(groupAliveNow(id, 701, { kind: 'proc', dir })).toBe(false);
  });

  it('a process of the group on its way out is not alive any more', () => {
    const dir = proc({ 910: { environ: '', flags: 4194308 } });
    expect(groupAliveNow(newId(), 910, { kind: 'proc', dir })).toBe(false);
  });
});

describe('sweep (real processes)', () => {
  it('finds and SIGKILLs processes carrying the id, in any session; leaves others alone', async () => {
    const id = newId();
    watchMarker(id);
    const other = newId();
    watchMarker(other);
    const start = (execId: string) =>
      spawn('setsid', ['sleep', '30'], {
        env: { ...process.env, [TRACKING_VARIABLE]: execId },
        stdio: 'ignore',
      });
    const tracked = [start(id), start(id)];
    const untracked = start(other);
    // Polled: each has carried the id once its exec of sleep is done, however loaded the machine.
    let found = await findTracked(id);
    await eventually(async () => (found = await findTracked(id)).length === 2, 10_000, 'both tracked');
    await eventually(async () => (await findTracked(other)).length === 1, 10_000, 'the other one');
    expect(found.map((p) => p.pid).sort()).toEqual(tracked.map((c) => c.pid).sort());
    // setsid made each its own group.
    for (const p of found) expect(p.pgid).toBe(p.pid);
    const killed = await sweep(id);
    expect(killed.map((p) => p.pid).sort()).toEqual(tracked.map((c) => c.pid).sort());
    // SIGKILL is delivered asynchronously: a loaded machine may list a victim once more before it dies.
    await eventually(async () => (await findTracked(id)).length === 0, 10_000, 'both gone');
    expect(await findTracked(other)).toHaveLength(1);
    untracked.kill('SIGKILL');
  });

  it('leaves the excluded (kept) alone; tells a live group member at once; names each with its command line', async () => {
    const id = newId();
    watchMarker(id);
    const start = () =>
      spawn('setsid', ['sleep', '31'], {
        env: { ...process.env, [TRACKING_VARIABLE]: id },
        stdio: 'ignore',
      });
    const [kept, other] = [start(), start()];
    await eventually(async () => (await findTracked(id)).length === 2, 10_000, 'both tracked');
    // setsid: each is the leader of its own group.
    expect(groupAliveNow(id, kept.pid!)).toBe(true);
    expect(await describeProcesses([kept.pid!, 999_999_999])).toEqual([`${kept.pid} sleep 31`, '999999999']);
    const killed = await sweep(id, { exclude: new Set([kept.pid!]) });
    expect(killed.map((p) => p.pid)).toEqual([other.pid]);
    await eventually(() => groupAliveNow(id, other.pid!) === false, 10_000, 'the swept one gone');
    expect((await findTracked(id)).map((p) => p.pid)).toEqual([kept.pid]);
    kept.kill('SIGKILL');
    expect(groupAliveNow(id, 1, { kind: 'ps', file: 'ps', args: [] })).toBeNull();
  });

  it('never reports or kills steplog itself', async () => {
    expect(await findTracked('x', { selfPid: process.pid })).toEqual([]);
    const mine = await findTracked('x', { method: { kind: 'none' } });
    expect(mine).toEqual([]);
  });
});

describe('findProgram', () => {
  const env = (dirs: string[]) => ({ PATH: dirs.join(path.delimiter) });

  it('finds a program on the command’s PATH; later dirs when earlier ones lack it', () => {
    const a = path.join(scratch(), 'path-a');
    const b = path.join(scratch(), 'path-b');
    mkdirSync(a, { recursive: true });
    mkdirSync(b, { recursive: true });
    writeFileSync(path.join(b, 'myshell'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findProgram('myshell', { env: env([a, b]), cwd: '/' })).toEqual({ path: path.join(b, 'myshell') });
  });

  it('127 when missing, 126 when only a non-executable match exists', () => {
    const dir = path.join(scratch(), 'path-c');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'noexec'), '');
    chmodSync(path.join(dir, 'noexec'), 0o644);
    mkdirSync(path.join(dir, 'adir'), { recursive: true });
    expect(findProgram('zsh', { env: env([dir]), cwd: '/' })).toEqual({
      error: { exitStatus: 127, message: 'shell "zsh" not found: zsh is not on PATH' },
    });
    expect(findProgram('noexec', { env: env([dir]), cwd: '/' })).toEqual({
      error: { exitStatus: 126, message: `shell "noexec" is not executable: ${path.join(dir, 'noexec')}` },
    });
    expect(findProgram('adir', { env: env([dir]), cwd: '/' })).toMatchObject({ error: { exitStatus: 126 } });
    expect(findProgram('zsh', { env: {}, cwd: '/' })).toMatchObject({ error: { exitStatus: 127 } });
  });

  it('a path is taken relative to the working directory', () => {
    const dir = path.join(scratch(), 'rel');
    mkdirSync(path.join(dir, 'bin'), { recursive: true });
    writeFileSync(path.join(dir, 'bin', 'sh2'), '#!/bin/sh\n', { mode: 0o755 });
    expect(findProgram('./bin/sh2', { env: {}, cwd: dir })).toEqual({ path: path.join(dir, 'bin', 'sh2') });
    expect(findProgram('./bin/none', { env: {}, cwd: dir })).toEqual({
      error: {
        exitStatus: 127,
        message: `shell "./bin/none" not found: ${path.join(dir, 'bin', 'none')} does not exist`,
      },
    });
  });
});

describe('small pieces', () => {
  it('the script file lives alone in a 0700 directory that dispose() removes', () => {
    const file = writeScriptFile('echo hi\n', '.sh', scratch());
    expect(path.basename(file.path)).toBe('script.sh');
    expect(statSync(path.dirname(file.path)).mode & 0o777).toBe(0o700);
    file.dispose();
    expect(() => statSync(path.dirname(file.path))).toThrow();
  });

  it('dispose() removes the directory whatever the script left in it, or when the script removed itself', () => {
    const crowded = writeScriptFile('echo hi\n', '.sh', scratch());
    writeFileSync(path.join(path.dirname(crowded.path), 'left-behind'), 'x');
    crowded.dispose();
    expect(() => statSync(path.dirname(crowded.path))).toThrow();
    const gone = writeScriptFile('echo hi\n', '.sh', scratch());
    rmSync(gone.path);
    gone.dispose();
    expect(() => statSync(path.dirname(gone.path))).toThrow();
  });

  it('watchdog: the deadline counts from when its clock started, not from when the watchdog was made', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const fired: string[] = [];
      const made = performance.now();
      // Started 800 ms ago with 1 s to go: 200 ms are left.
      createWatchdog({
        timeoutMs: 1000,
        idleTimeoutMs: 0,
        startedAt: made - 800,
        onExpire: () => fired.push('partly spent'),
      });
      // Started 2 s ago with 1 s to go: already past, it fires at once.
      createWatchdog({
        timeoutMs: 1000,
        idleTimeoutMs: 0,
        startedAt: made - 2000,
        onExpire: () => fired.push('spent'),
      });
      vi.advanceTimersByTime(0);
      expect(fired).toEqual(['spent']);
      vi.advanceTimersByTime(199);
      expect(fired).toEqual(['spent']);
      vi.advanceTimersByTime(1);
      expect(fired).toEqual(['spent', 'partly spent']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('watchdog: output resets the idle clock; a suspended clock never fires; one expiry only', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const fired: string[] = [];
      const dog = createWatchdog({ timeoutMs: 0, idleTimeoutMs: 150, onExpire: (kind) => fired.push(kind) });
      for (let i = 0; i < 4; i++) {
        vi.advanceTimersByTime(149);
        dog.touch();
      }
      expect(fired).toEqual([]);
      dog.suspend();
      vi.advanceTimersByTime(10_000);
      expect(fired).toEqual([]);
      dog.resume();
      vi.advanceTimersByTime(149);
      expect(fired).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(fired).toEqual(['idle']);
      dog.touch();
      vi.advanceTimersByTime(10_000);
      expect(fired).toEqual(['idle']);

      const deadline: string[] = [];
      const both = createWatchdog({
        timeoutMs: 100,
        idleTimeoutMs: 1000,
        onExpire: (kind) => deadline.push(kind),
      });
      vi.advanceTimersByTime(5000);
      both.stop();
      expect(deadline).toEqual(['deadline']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('output pump: a congested logger pauses both pipes until drain() resolves', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let release: () => void = () => undefined;
    const written: string[] = [];
    const logger = {
      write: (stream: 'stdout' | 'stderr', chunk: Buffer) => {
        written.push(`${stream}:${chunk.toString()}`);
        return false;
      },
      drain: () => new Promise<void>((resolve) => (release = resolve)),
    };
    const pump = new OutputPump({ stdout, stderr }, logger);
    stdout.write('a');
    await eventually(() => stdout.isPaused() && stderr.isPaused(), 10_000, 'both pipes paused');
    stderr.write('b');
    // Several turns of the event loop: a flowing pipe would have delivered `b` by then.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(written).toEqual(['stdout:a']);
    release();
    await eventually(() => written.length === 2, 10_000, 'b delivered');
    expect(written).toEqual(['stdout:a', 'stderr:b']);
    // The pipe wait counts only flowing time: paused now (write returned false again), so a 50 ms
    // budget does not run out while the logger is congested (the cap is far off) …
    const waited = pump.waitForEnd(50, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 150));
    release();
    stdout.end();
    stderr.end();
    expect(await waited).toBe(true);
    // … and a pipe that never ends is given up on.
    const open = new PassThrough();
    const stuck = new OutputPump({ stdout: open }, { write: () => true, drain: async () => undefined });
    expect(await stuck.waitForEnd(50, 1000)).toBe(false);
    stuck.destroy();
  });

  it('output pump: a hurry ends a wait in progress that much later, whatever was left of it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const open = new PassThrough();
      const pump = new OutputPump({ stdout: open }, { write: () => true, drain: async () => undefined });
      let ended: boolean | undefined;
      void pump.waitForEnd(2000, 10_000).then((result) => (ended = result));
      await vi.advanceTimersByTimeAsync(300);
      pump.hurry(500);
      await vi.advanceTimersByTimeAsync(499);
      expect(ended).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(ended).toBe(false);
      pump.destroy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('output pump: waiting until quiet reads what a pipe kept open holds, then stops, with no timer', async () => {
    // setTimeout never fires here: the wait can only end by the pipe going quiet.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const open = new PassThrough();
      const written: string[] = [];
      const pump = new OutputPump(
        { stdout: open },
        { write: (_stream, chunk) => written.push(chunk.toString()) > 0, drain: async () => undefined },
      );
      const big = 'x'.repeat(300_000);
      open.write(big);
      open.write('last line\n');
      expect(await pump.waitForEnd(60_000, 60_000, { untilQuiet: true })).toBe(false);
      expect(written.join('')).toBe(`${big}last line\n`);
      // A pipe that ends meanwhile still says so.
      const ending = new PassThrough();
      const done = new OutputPump({ stdout: ending }, { write: () => true, drain: async () => undefined });
      ending.end('bye\n');
      expect(await done.waitForEnd(60_000, 60_000, { untilQuiet: true })).toBe(true);
      pump.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});
