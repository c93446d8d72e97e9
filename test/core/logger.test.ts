import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { LifecycleEvent, OutputBatch } from '../../src/core/events.js';
import {
  ExecutionLogger,
  loggerOptionsFrom,
  PARTIAL_LINE_DELAY_MS,
  type ExecutionLoggerOptions,
} from '../../src/core/logger.js';
import type { AttemptFacts } from '../../src/core/outcome.js';
import type { ExecutionRecord } from '../../src/core/record.js';
import type { Sink } from '../../src/core/sink.js';
import { resolveSettings } from '../../src/core/resolve-settings.js';
import { assertValidEvent, assertValidRecord } from './schema-helper.js';

const T0 = Date.parse('2024-05-01T12:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const OK: AttemptFacts = { exitCode: 0, signal: null, timedOut: null, cancelled: null, error: null };

/** Every lifecycle event any logger of this file emits; each must validate against the schema. */
const emitted: LifecycleEvent[] = [];
afterEach(() => {
  for (const event of emitted.splice(0)) assertValidEvent(event);
});

interface RecordingSink extends Sink {
  events: LifecycleEvent[];
  /** The batches as plain data, what they show as a latin1 string (every byte kept). */
  batches: (Omit<OutputBatch, 'bytes'> & { bytes: string })[];
  closed: number;
  /** How many events it had received when it was closed. */
  eventsAtClose: number;
}

function recordingSink(name = 'recording'): RecordingSink {
  const sink: RecordingSink = {
    name,
    events: [],
    batches: [],
    closed: 0,
    eventsAtClose: -1,
    onEvent(event) {
      sink.events.push(event);
      emitted.push(event);
    },
    onOutput(batch) {
      // A copy as plain data: the batch is the logger's, its lines may be split only when read;
      // the bytes become a string, to compare.
      const { stream, lines, count, partial, text } = batch;
      const bytes = batch.bytes.toString('latin1');
      sink.batches.push(structuredClone({ stream, bytes, lines: [...lines], count, partial, text }));
    },
    close() {
      sink.closed += 1;
      sink.eventsAtClose = sink.events.length;
    },
  };
  return sink;
}

function createLogger(options: Partial<ExecutionLoggerOptions> = {}) {
  let now = T0;
  const sink = recordingSink();
  const logger = new ExecutionLogger({
    name: 'build',
    command: 'make build',
    shell: 'bash --noprofile --norc -eo pipefail {0}',
    cwd: '/work',
    maxAttempts: 1,
    limits: { timeoutMs: 60_000, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 1024,
    id: 'exec-1',
    now: () => new Date(now),
    ...options,
    sinks: [sink, ...(options.sinks ?? [])],
  });
  return { logger, sink, tick: (ms: number) => void (now += ms) };
}

const typesOf = (events: LifecycleEvent[]) => events.map((e) => e.type);

/** One attempt with the given facts, 1 s long, then complete(). */
async function runOnce(logger: ExecutionLogger, tick: (ms: number) => void, facts: Partial<AttemptFacts>) {
  await logger.start();
  await logger.startAttempt();
  tick(1000);
  await logger.endAttempt({ ...OK, ...facts });
  const record = await logger.complete();
  await logger.close();
  assertValidRecord(record);
  return record;
}

describe('lifecycle', () => {
  test('pending → running → success, timestamps from the injected clock', async () => {
    const { logger, sink, tick } = createLogger();
    const pending = logger.snapshot();
    assertValidRecord(pending);
    expect(pending).toMatchObject({ status: 'pending', startedAt: null, attempts: [], exitStatus: null });

    await logger.start();
    assertValidRecord(logger.snapshot());
    tick(5);
    expect(await logger.startAttempt()).toBe(1);
    expect(logger.write('stdout', Buffer.from('hello\n'))).toBe(true);
    logger.write('stderr', Buffer.from('warn'));
    tick(1000);
    const attempt = await logger.endAttempt(OK);
    tick(5);
    const record = await logger.complete();
    await logger.close();

    expect(attempt).toEqual({
      number: 1,
      status: 'success',
      startedAt: at(5),
      completedAt: at(1005),
      durationMs: 1000,
      exitCode: 0,
      signal: null,
      timedOut: false,
      timeoutKind: null,
      error: null,
    });
    assertValidRecord(record);
    expect(record).toEqual({
      schemaVersion: 1,
      id: 'exec-1',
      stepId: null,
      name: 'build',
      command: 'make build',
      shell: 'bash --noprofile --norc -eo pipefail {0}',
      cwd: '/work',
      status: 'success',
      startedAt: at(0),
      completedAt: at(1010),
      durationMs: 1010,
      exitCode: 0,
      signal: null,
      timedOut: false,
      cancelSignal: null,
      maxAttempts: 1,
      limits: { timeoutMs: 60_000, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
      attempts: [attempt],
      stdout: { bytes: 6, lines: 1, tail: 'hello', truncated: false },
      stderr: { bytes: 4, lines: 1, tail: 'warn', truncated: false },
      annotations: [],
      error: null,
      exitStatus: 0,
    });
    expect(typesOf(sink.events)).toEqual(['start', 'attempt-start', 'attempt-end', 'end']);
    expect(sink.events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(sink.events.map((e) => e.time)).toEqual([at(0), at(5), at(1005), at(1010)]);
    expect(sink.events[0]).toMatchObject({ schemaVersion: 1, executionId: 'exec-1', stepId: null });
    expect(sink.events[1]).toMatchObject({ attempt: 1, maxAttempts: 1 });
    expect(sink.events.at(-1)).toMatchObject({ type: 'end', record });
    // The unterminated stderr line is flushed when the attempt ends.
    expect(sink.batches).toEqual([
      {
        stream: 'stdout',
        bytes: 'hello\n',
        lines: ['hello'],
        count: 1,
        partial: false,
        text: 'hello',
      },
      // No newline is added to what is shown; the line is whole for the observers.
      { stream: 'stderr', bytes: 'warn', lines: ['warn'], count: 1, partial: false, text: 'warn' },
    ]);
    expect(sink.closed).toBe(1);
  });

  test('failed: the exit status is the command exit code', async () => {
    const { logger, tick } = createLogger({ stepId: 'lint' });
    const record = await runOnce(logger, tick, { exitCode: 2 });
    expect(record).toMatchObject({
      status: 'failed',
      stepId: 'lint',
      exitCode: 2,
      exitStatus: 2,
      error: null,
    });
    expect(record.attempts[0].status).toBe('failed');
  });

  test('success-codes decide: exit 1 can succeed, exit 0 can fail (exit status 1, never 0)', async () => {
    const ok = createLogger({ successCodes: [0, 1] });
    expect(await runOnce(ok.logger, ok.tick, { exitCode: 1 })).toMatchObject({
      status: 'success',
      exitStatus: 0,
    });
    const ko = createLogger({ successCodes: [3] });
    expect(await runOnce(ko.logger, ko.tick, { exitCode: 0 })).toMatchObject({
      status: 'failed',
      exitStatus: 1,
    });
  });

  test('timed_out: exit status 124, the attempt says which deadline', async () => {
    const { logger, tick } = createLogger();
    const record = await runOnce(logger, tick, { exitCode: null, signal: 'SIGTERM', timedOut: 'deadline' });
    expect(record).toMatchObject({ status: 'timed_out', timedOut: true, signal: 'SIGTERM', exitCode: null });
    expect(record.exitStatus).toBe(124);
    expect(record.attempts[0]).toMatchObject({
      status: 'timed_out',
      timedOut: true,
      timeoutKind: 'deadline',
    });
    const idle = createLogger();
    const idleRecord = await runOnce(idle.logger, idle.tick, {
      exitCode: null,
      signal: 'SIGKILL',
      timedOut: 'idle',
    });
    expect(idleRecord.attempts[0]).toMatchObject({ timeoutKind: 'idle', signal: 'SIGKILL' });
    expect(idleRecord.exitStatus).toBe(124);
  });

  test('killed by a signal it did not get from steplog: 128+N', async () => {
    const { logger, tick } = createLogger();
    const record = await runOnce(logger, tick, { exitCode: null, signal: 'SIGKILL' });
    expect(record).toMatchObject({ status: 'failed', signal: 'SIGKILL', exitStatus: 137 });
  });

  test('cancelled during an attempt: endAttempt records it, 128+N of the signal steplog got', async () => {
    const { logger, tick } = createLogger();
    const record = await runOnce(logger, tick, { exitCode: null, signal: 'SIGTERM', cancelled: 'SIGINT' });
    expect(record).toMatchObject({ status: 'cancelled', cancelSignal: 'SIGINT', exitStatus: 130 });
    expect(record.attempts[0].status).toBe('cancelled');
  });

  test('cancelled between attempts: cancel() keeps the ended attempt as it was', async () => {
    const { logger, sink, tick } = createLogger({ maxAttempts: 3 });
    await logger.start();
    await logger.startAttempt();
    tick(10);
    await logger.endAttempt({ ...OK, exitCode: 1 });
    tick(10);
    const record = await logger.cancel('SIGTERM');
    assertValidRecord(record);
    expect(record).toMatchObject({
      status: 'cancelled',
      cancelSignal: 'SIGTERM',
      exitStatus: 143,
      durationMs: 20,
    });
    expect(record.attempts).toHaveLength(1);
    expect(record.attempts[0]).toMatchObject({ status: 'failed', exitCode: 1 });
    expect(typesOf(sink.events)).toEqual(['start', 'attempt-start', 'attempt-end', 'end']);
  });

  test('cancel() during an attempt closes it as cancelled', async () => {
    const { logger, tick } = createLogger();
    await logger.start();
    await logger.startAttempt();
    tick(300);
    const record = await logger.cancel('SIGHUP');
    assertValidRecord(record);
    expect(record).toMatchObject({ status: 'cancelled', exitStatus: 129 });
    expect(record.attempts[0]).toMatchObject({ status: 'cancelled', completedAt: at(300), durationMs: 300 });
  });

  test('cancel() before start ends a run that never started', async () => {
    const { logger, sink, tick } = createLogger();
    tick(7);
    const record = await logger.cancel('SIGINT');
    assertValidRecord(record);
    expect(record).toMatchObject({
      status: 'cancelled',
      startedAt: at(7),
      completedAt: at(7),
      durationMs: 0,
      attempts: [],
      exitStatus: 130,
    });
    expect(typesOf(sink.events)).toEqual(['start', 'end']);
  });

  test('fail() from pending: failed with the error, exit status 125 unless told', async () => {
    const { logger, sink } = createLogger();
    const record = await logger.fail(new Error('Invalid input \'shell\': "bashh".'));
    assertValidRecord(record);
    expect(record).toMatchObject({
      status: 'failed',
      error: 'Invalid input \'shell\': "bashh".',
      exitStatus: 125,
      attempts: [],
      startedAt: at(0),
    });
    expect(typesOf(sink.events)).toEqual(['start', 'end']);
    const notFound = createLogger();
    expect((await notFound.logger.fail('zsh: not found', 127)).exitStatus).toBe(127);
  });

  test('fail() mid-attempt closes the attempt as failed with the error', async () => {
    const { logger, tick } = createLogger();
    await logger.start();
    await logger.startAttempt();
    tick(50);
    const record = await logger.fail(new Error('EACCES: /work/run.sh'), 126);
    assertValidRecord(record);
    expect(record).toMatchObject({ status: 'failed', error: 'EACCES: /work/run.sh', exitStatus: 126 });
    expect(record.attempts[0]).toMatchObject({
      status: 'failed',
      error: 'EACCES: /work/run.sh',
      completedAt: at(50),
      durationMs: 50,
    });
  });

  test('fail() with a non-Error throw still fails, with a message', async () => {
    const { logger } = createLogger();
    await logger.start();
    expect(await logger.fail({ code: 'E' })).toMatchObject({ status: 'failed', error: '{"code":"E"}' });
  });

  test('an attempt steplog could not run: failed with its exit status (126/127)', async () => {
    const { logger, tick } = createLogger();
    const record = await runOnce(logger, tick, {
      exitCode: null,
      error: { exitStatus: 127, message: 'shell not found: zsh' },
    });
    expect(record).toMatchObject({ status: 'failed', error: 'shell not found: zsh', exitStatus: 127 });
    expect(record.attempts[0].error).toBe('shell not found: zsh');
  });

  test('snapshot() is a copy: changing it changes nothing', async () => {
    const { logger } = createLogger();
    await logger.start();
    const copy = logger.snapshot();
    copy.status = 'success';
    copy.attempts.push(copy.attempts[0]);
    expect(logger.snapshot()).toMatchObject({ status: 'running', attempts: [] });
  });
});

describe('methods called in the wrong state throw', () => {
  const ended = async () => {
    const created = createLogger();
    await runOnce(created.logger, created.tick, {});
    return created.logger;
  };
  const running = async () => {
    const created = createLogger({ maxAttempts: 2 });
    await created.logger.start();
    await created.logger.startAttempt();
    return created.logger;
  };
  const started = async () => {
    const created = createLogger();
    await created.logger.start();
    return created.logger;
  };
  const pending = async () => createLogger().logger;

  test.each<[string, () => Promise<ExecutionLogger>, (l: ExecutionLogger) => unknown, string]>([
    ['start twice', started, (l) => l.start(), 'start() needs status pending, the execution is running'],
    [
      'startAttempt before start',
      pending,
      (l) => l.startAttempt(),
      'startAttempt() needs status running, the execution is pending',
    ],
    [
      'endAttempt before startAttempt',
      started,
      (l) => l.endAttempt(OK),
      'endAttempt() called before startAttempt()',
    ],
    ['complete before startAttempt', started, (l) => l.complete(), 'complete() called before startAttempt()'],
    ['complete before endAttempt', running, (l) => l.complete(), 'complete() called before endAttempt()'],
    ['retry before endAttempt', running, (l) => l.retry(0, 'x'), 'retry() called before endAttempt()'],
    [
      'startAttempt during an attempt',
      running,
      (l) => l.startAttempt(),
      'startAttempt() called while attempt 1 is running',
    ],
    [
      'startAttempt after the end',
      ended,
      (l) => l.startAttempt(),
      'startAttempt() needs status running, the execution is success',
    ],
    [
      'endAttempt after the end',
      ended,
      (l) => l.endAttempt(OK),
      'endAttempt() called but attempt 1 has ended',
    ],
    ['complete twice', ended, (l) => l.complete(), 'the execution has already ended'],
    ['fail after the end', ended, (l) => l.fail(new Error('late')), 'the execution has already ended'],
    ['cancel after the end', ended, (l) => l.cancel('SIGINT'), 'the execution has already ended'],
  ])('%s', async (_name, setup, call, message) => {
    const logger = await setup();
    const before = logger.snapshot();
    await expect(async () => call(logger)).rejects.toThrow(message);
    expect(logger.snapshot()).toEqual(before);
  });
});

describe('retries', () => {
  test('each attempt is recorded with its own status, times and exit code', async () => {
    const { logger, sink, tick } = createLogger({ maxAttempts: 2 });
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('try 1, no newline'));
    tick(100);
    const first = await logger.endAttempt({ ...OK, exitCode: 1 });
    await logger.retry(2000, 'exit code 1');
    tick(2000);
    expect(await logger.startAttempt()).toBe(2);
    logger.write('stdout', Buffer.from('try 2\n'));
    tick(300);
    await logger.endAttempt(OK);
    const record = await logger.complete();
    await logger.close();
    assertValidRecord(record);

    expect(first).toMatchObject({ number: 1, status: 'failed', exitCode: 1, durationMs: 100 });
    expect(record.attempts).toEqual([
      first,
      expect.objectContaining({
        number: 2,
        status: 'success',
        exitCode: 0,
        startedAt: at(2100),
        durationMs: 300,
      }),
    ]);
    expect(record).toMatchObject({ status: 'success', exitCode: 0, exitStatus: 0, durationMs: 2400 });
    // The tails are the last attempt's: why the final attempt ended as it did.
    expect(record.stdout).toEqual({ bytes: 6, lines: 1, tail: 'try 2', truncated: false });
    expect(typesOf(sink.events)).toEqual([
      'start',
      'attempt-start',
      'attempt-end',
      'retry',
      'attempt-start',
      'attempt-end',
      'end',
    ]);
    expect(sink.events[3]).toMatchObject({ type: 'retry', attempt: 1, delayMs: 2000, reason: 'exit code 1' });
    expect(sink.events[4]).toMatchObject({ attempt: 2, maxAttempts: 2 });
    // The unterminated line of attempt 1 does not run into attempt 2's output.
    expect(sink.batches.map((b) => b.lines)).toEqual([['try 1, no newline'], ['try 2']]);
  });

  test('the record keeps the last attempt exit code and timeout flag', async () => {
    const { logger, tick } = createLogger({ maxAttempts: 2 });
    await logger.start();
    await logger.startAttempt();
    await logger.endAttempt({ ...OK, exitCode: null, signal: 'SIGTERM', timedOut: 'deadline' });
    await logger.retry(0, 'timed out');
    await logger.startAttempt();
    tick(1);
    await logger.endAttempt({ ...OK, exitCode: 3 });
    const record = await logger.complete();
    assertValidRecord(record);
    expect(record).toMatchObject({
      status: 'failed',
      exitCode: 3,
      signal: null,
      timedOut: false,
      exitStatus: 3,
    });
    expect(record.attempts.map((a) => a.status)).toEqual(['timed_out', 'failed']);
  });
});

describe('sinks', () => {
  const WARNING = 'the bad sink failed and was turned off: boom';

  test('a sink that throws in onEvent: one warning, the outcome unchanged, the others get every event', async () => {
    let calls = 0;
    const bad: Sink = {
      name: 'bad',
      onEvent() {
        calls += 1;
        throw new Error('boom');
      },
    };
    const other = recordingSink('other');
    const { logger, sink, tick } = createLogger({ sinks: [bad, other] });
    const record = await runOnce(logger, tick, {});
    expect(record).toMatchObject({ status: 'success', exitStatus: 0 });
    expect(calls).toBe(1);
    for (const s of [sink, other]) {
      expect(typesOf(s.events)).toEqual(['start', 'warning', 'attempt-start', 'attempt-end', 'end']);
      expect(s.events[1]).toMatchObject({ type: 'warning', message: WARNING, seq: 2 });
    }
    expect(sink.events.at(-1)).toMatchObject({ record });
  });

  test('an async sink that rejects is treated the same', async () => {
    const bad: Sink = { name: 'bad', onEvent: async () => Promise.reject(new Error('boom')) };
    const { logger, sink, tick } = createLogger({ sinks: [bad] });
    expect(await runOnce(logger, tick, { exitCode: 4 })).toMatchObject({ status: 'failed', exitStatus: 4 });
    expect(sink.events.filter((e) => e.type === 'warning')).toHaveLength(1);
    expect(sink.events.find((e) => e.type === 'warning')).toMatchObject({ message: WARNING });
  });

  test('a sink that throws in onOutput (and would in onEvent): exactly one warning', async () => {
    let outputs = 0;
    let events = 0;
    const bad: Sink = {
      name: 'bad',
      onOutput() {
        outputs += 1;
        throw new Error('boom');
      },
      onEvent() {
        events += 1;
        if (outputs > 0) throw new Error('again');
      },
    };
    const other = recordingSink('other');
    const { logger, sink, tick } = createLogger({ sinks: [bad, other] });
    await logger.start();
    await logger.startAttempt();
    expect(logger.write('stdout', Buffer.from('one\n'))).toBe(true);
    logger.write('stdout', Buffer.from('two\n'));
    tick(1);
    await logger.endAttempt(OK);
    const record = await logger.complete();
    await logger.close();
    expect(record.status).toBe('success');
    expect(outputs).toBe(1);
    expect(events).toBe(2);
    for (const s of [sink, other]) {
      expect(s.batches.map((b) => b.lines)).toEqual([['one'], ['two']]);
      expect(typesOf(s.events)).toEqual(['start', 'attempt-start', 'warning', 'attempt-end', 'end']);
    }
  });

  test('a sink that throws in drain or close: a warning, the others still drained and closed', async () => {
    const bad: Sink = {
      name: 'bad',
      drain: async () => Promise.reject(new Error('boom')),
      close() {
        throw new Error('boom on close');
      },
    };
    const last = recordingSink('last');
    const { logger, sink, tick } = createLogger({ sinks: [bad, last] });
    await logger.start();
    await logger.drain();
    expect(sink.events.filter((e) => e.type === 'warning')).toEqual([
      expect.objectContaining({ message: WARNING }),
    ]);
    await logger.startAttempt();
    tick(1);
    await logger.endAttempt(OK);
    await logger.complete();
    await logger.close();
    await logger.close();
    expect([sink.closed, last.closed]).toEqual([1, 1]);
  });

  test('a failure during the last event is reported before the other sinks close', async () => {
    const bad: Sink = {
      name: 'bad',
      onEvent(event) {
        if (event.type === 'end') throw new Error('boom');
      },
    };
    const { logger, sink, tick } = createLogger({ sinks: [bad] });
    await logger.start();
    await logger.startAttempt();
    tick(1);
    await logger.endAttempt(OK);
    const done = logger.complete();
    await logger.close();
    await done;
    expect(typesOf(sink.events)).toEqual(['start', 'attempt-start', 'attempt-end', 'end', 'warning']);
    expect(sink.eventsAtClose).toBe(5);
  });

  test('backpressure: write() says false while a sink is congested, drain() waits for it', async () => {
    let release = () => {};
    let drained = false;
    const slow: Sink = {
      name: 'slow',
      onOutput: () => false,
      drain: () =>
        new Promise<void>((resolve) => {
          release = () => {
            drained = true;
            resolve();
          };
        }),
    };
    const { logger } = createLogger({ sinks: [slow] });
    await logger.start();
    await logger.startAttempt();
    expect(logger.write('stdout', Buffer.from('partial'))).toBe(true);
    expect(logger.write('stdout', Buffer.from(' line\n'))).toBe(false);
    const draining = logger.drain();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drained).toBe(false);
    release();
    await draining;
    expect(drained).toBe(true);
  });

  test('events are frozen: a sink cannot change what the next one sees', async () => {
    const meddler: Sink = {
      name: 'meddler',
      onEvent(event) {
        if (event.type === 'end') (event.record as { status: string }).status = 'success';
      },
    };
    const after = recordingSink('after');
    const { logger, tick } = createLogger({ sinks: [meddler, after] });
    const record = await runOnce(logger, tick, { exitCode: 1 });
    expect(record.status).toBe('failed');
    expect(after.events.find((e) => e.type === 'end')).toMatchObject({ record: { status: 'failed' } });
    expect(after.events.at(-1)).toMatchObject({
      type: 'warning',
      message: expect.stringMatching(/^the meddler sink failed and was turned off: Cannot assign/),
    });
  });

  test('a sink added after construction gets the events that follow', async () => {
    const { logger, tick } = createLogger();
    const late = recordingSink('late');
    await logger.start();
    logger.addSink(late);
    await runAttempt(logger, tick);
    expect(typesOf(late.events)).toEqual(['attempt-start', 'attempt-end', 'end']);
  });
});

async function runAttempt(logger: ExecutionLogger, tick: (ms: number) => void): Promise<ExecutionRecord> {
  await logger.startAttempt();
  tick(1);
  await logger.endAttempt(OK);
  const record = await logger.complete();
  await logger.close();
  return record;
}

describe('masks', () => {
  const SECRET = 's3cr3t-v4lue';

  test('the secret appears nowhere: record, events, output, annotations, warnings', async () => {
    const other = recordingSink('other');
    const bad: Sink = {
      name: 'bad',
      onOutput() {
        throw new Error(`cannot print ${SECRET}`);
      },
    };
    const { logger, sink, tick } = createLogger({
      name: `deploy ${SECRET}`,
      command: `curl -H "token: ${SECRET}" https://example.com`,
      masks: [SECRET],
      maxAttempts: 2,
      sinks: [bad, other],
    });
    logger.addBatchObserver((batch, _stream, attempt) =>
      batch.lines
        .filter((line) => line.startsWith('error'))
        .map((line) => ({
          level: 'error' as const,
          message: line,
          title: `t ${SECRET}`,
          file: `${SECRET}.ts`,
          source: 'test',
          attempt,
        })),
    );
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('token s3cr'));
    logger.write('stdout', Buffer.from('3t-v4lue ok\n'));
    logger.write('stderr', Buffer.from(`error: bad ${SECRET}\n`));
    logger.annotate({ level: 'warning', message: `note ${SECRET}`, source: 'steplog' });
    await logger.warn(`could not write ${SECRET}`);
    await logger.endAttempt({ ...OK, exitCode: 1, error: null });
    await logger.retry(10, `exit 1 after ${SECRET}`);
    await logger.startAttempt();
    logger.write('stdout', Buffer.from(`${SECRET.slice(0, 4)}`));
    logger.write('stdout', Buffer.from(`${SECRET.slice(4)}`));
    tick(5);
    const record = await logger.fail(new Error(`spawn failed: ${SECRET}`));
    await logger.close();

    const everything = JSON.stringify([record, sink.events, sink.batches, other.events, other.batches]);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain('3t-v4lue');
    expect(record).toMatchObject({
      name: 'deploy ***',
      command: 'curl -H "token: ***" https://example.com',
      error: 'spawn failed: ***',
      // The last attempt's output only: a secret split across its writes.
      stdout: { tail: '***' },
      stderr: { tail: '' },
    });
    expect(record.annotations).toEqual([
      {
        level: 'error',
        message: 'error: bad ***',
        title: 't ***',
        file: '***.ts',
        source: 'test',
        attempt: 1,
      },
      { level: 'warning', message: 'note ***', source: 'steplog', attempt: 1 },
    ]);
    expect(sink.events.filter((e) => e.type === 'warning').map((e) => e.message)).toEqual([
      'the bad sink failed and was turned off: cannot print ***',
      'could not write ***',
    ]);
    expect(sink.events.find((e) => e.type === 'retry')).toMatchObject({ reason: 'exit 1 after ***' });
  });

  test('a multi-line secret is redacted line by line in output and tails', async () => {
    const { logger, sink, tick } = createLogger({
      masks: ['-----BEGIN KEY-----\nAAAABBBB\n-----END KEY-----'],
    });
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('key:\n-----BEGIN KEY-----\nAAAABBBB\n-----END KEY-----\ndone\n'));
    const record = await runAttemptEnd(logger, tick);
    expect(sink.batches[0].lines).toEqual(['key:', '***', '***', '***', 'done']);
    expect(record.stdout).toMatchObject({ lines: 5, tail: 'key:\n***\n***\n***\ndone' });
    expect(JSON.stringify(sink.events)).not.toContain('AAAABBBB');
  });
});

async function runAttemptEnd(logger: ExecutionLogger, tick: (ms: number) => void): Promise<ExecutionRecord> {
  tick(1);
  await logger.endAttempt(OK);
  const record = await logger.complete();
  await logger.close();
  assertValidRecord(record);
  return record;
}

describe('the start of an unfinished line', () => {
  test('is shown PARTIAL_LINE_DELAY_MS after it arrived; its line is whole for the observers', async () => {
    vi.useFakeTimers();
    try {
      const { logger, sink } = createLogger();
      const seen: string[] = [];
      logger.addBatchObserver((batch) => void seen.push(...batch.lines));
      await logger.start();
      await logger.startAttempt();
      logger.write('stdout', Buffer.from('tests/test_net.py::test_download '));
      expect(sink.batches).toEqual([]);
      vi.advanceTimersByTime(PARTIAL_LINE_DELAY_MS);
      expect(sink.batches.map((b) => [b.bytes, b.count])).toEqual([['tests/test_net.py::test_download ', 0]]);
      expect(seen).toEqual([]);
      logger.write('stdout', Buffer.from('PASSED\n'));
      expect(sink.batches.at(-1)).toMatchObject({
        bytes: 'PASSED\n',
        lines: ['tests/test_net.py::test_download PASSED'],
      });
      expect(seen).toEqual(['tests/test_net.py::test_download PASSED']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('waits for its end when a sink shows whole lines only', async () => {
    vi.useFakeTimers();
    try {
      const { logger, sink } = createLogger();
      logger.addSink({ name: 'line-based', wholeLines: true });
      await logger.start();
      await logger.startAttempt();
      logger.write('stdout', Buffer.from('waiting '));
      vi.advanceTimersByTime(20 * PARTIAL_LINE_DELAY_MS);
      expect(sink.batches).toEqual([]);
      logger.write('stdout', Buffer.from('done\n'));
      expect(sink.batches.map((b) => b.bytes)).toEqual(['waiting done\n']);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('batch observers and annotations', () => {
  test('observers see whole redacted lines with their stream and attempt, not pieces', async () => {
    const seen: string[] = [];
    const { logger, sink, tick } = createLogger({ masks: ['pw'] });
    logger.addBatchObserver((batch, stream, attempt) => {
      for (const line of batch.lines) seen.push(`${stream}:${attempt}:${line}`);
      return batch.lines.includes('src/a.ts:3:1 error')
        ? [{ level: 'error', message: 'error', file: 'src/a.ts', line: 3, column: 1, source: 'tsc', attempt }]
        : undefined;
    });
    logger.annotate({ level: 'notice', message: 'before any attempt', source: 'steplog' });
    await logger.start();
    await logger.startAttempt();
    logger.write('stderr', Buffer.from('src/a.ts:3:1 error\nthe pw\n'));
    // Ends with what could start the mask: held back from the pieces, seen with the line's end.
    logger.write('stdout', Buffer.from('x'.repeat(70_000) + 'p'));
    logger.write('stdout', Buffer.from('\n'));
    const record = await runAttemptEnd(logger, tick);
    // The pieces of the over-long line are passed on unobserved; only its last piece is seen.
    expect(seen).toEqual(['stderr:1:src/a.ts:3:1 error', 'stderr:1:the ***', 'stdout:1:p']);
    expect(record.annotations).toEqual([
      { level: 'notice', message: 'before any attempt', source: 'steplog', attempt: 0 },
      { level: 'error', message: 'error', file: 'src/a.ts', line: 3, column: 1, source: 'tsc', attempt: 1 },
    ]);
    expect(typesOf(sink.events)).toEqual([
      'annotation',
      'start',
      'attempt-start',
      'annotation',
      'attempt-end',
      'end',
    ]);
  });
});

describe('loggerOptionsFrom', () => {
  test('maps validated settings onto the logger options', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'steplog-logger-'));
    try {
      const settings = resolveSettings(
        {
          run: 'echo hi',
          timeout: '1m',
          'idle-timeout': '5s',
          'kill-signal': 'INT',
          mask: 'a\nb',
          'output-limit': '1KiB',
        },
        { workspace: dir, label: (name) => `--${name}` },
      );
      expect(loggerOptionsFrom(settings)).toEqual({
        name: 'echo hi',
        command: 'echo hi',
        shell: 'bash --noprofile --norc -eo pipefail {0}',
        cwd: dir,
        maxAttempts: 1,
        limits: { timeoutMs: 60_000, idleTimeoutMs: 5_000, killSignal: 'SIGINT', killAfterMs: 10_000 },
        successCodes: [0],
        outputLimit: 1024,
        masks: ['a', 'b'],
        warnOnRetry: true,
        retry: {
          maxAttempts: 1,
          retryOn: 'any',
          retryOnExitCodes: null,
          retryOnOutput: false,
          retryDelayMs: 0,
          retryBackoff: 1,
          totalTimeoutMs: 0,
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
