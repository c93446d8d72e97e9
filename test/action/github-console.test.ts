// The GitHub console sink driven by a real ExecutionLogger, with its streams injected: the stop
// before the first byte on both streams, the command's output on stdout, one group per attempt
// opened and closed outside the stopped region, the last resume after the last byte on every exit
// path, nothing forwarded after it.
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { ExecutionLogger, PARTIAL_LINE_DELAY_MS } from '../../src/core/logger.js';
import type { Sink } from '../../src/core/sink.js';
import { createCommandGate, createGatedConsoleSink } from '../../src/sinks/github-console.js';
import { MAX_LINE_LENGTH } from '../../src/core/output-stream.js';
import {
  foldLog,
  replayRunner,
  type BatchOrder,
  type CapturedChunk,
  type LogEntry,
} from './runner-oracle.js';

/** Token number `n` of a gate made with `counting()`. */
const T = (n: number) => `${n}`.padStart(48, 'f');
const counting = () => {
  let n = 0;
  return () => T(++n);
};
/** The lines steplog wrote, without the stop/resume lines. */
const withoutGate = (text: string) =>
  text.split('\n').filter((line) => !/^::(stop-commands::)?f*\d+(::)?$/.test(line));
/** What the log viewer shows (lines and folds), the stop/resume lines left out. */
const seen = (chunks: CapturedChunk[], order: BatchOrder = 'stderr-first'): LogEntry[] =>
  foldLog(replayRunner(chunks, order).printed)
    .filter((entry) => typeof entry !== 'string' || withoutGate(entry).length > 0)
    .map((entry) =>
      typeof entry === 'string'
        ? entry
        : { group: entry.group, lines: entry.lines.filter((line) => withoutGate(line).length > 0) },
    );

function loggerFor(name: string, sink: Sink, maxAttempts = 1): ExecutionLogger {
  return new ExecutionLogger({
    name,
    command: 'true',
    shell: 'bash {0}',
    cwd: '/',
    maxAttempts,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 1024,
    sinks: [sink],
  });
}

function setup(workflowCommands = false, maxAttempts = 1) {
  const chunks: CapturedChunk[] = [];
  const stream = (name: 'stdout' | 'stderr') => {
    const s = new PassThrough();
    s.on('data', (data: Buffer) => chunks.push({ stream: name, text: data.toString() }));
    return s;
  };
  const streams = { stdout: stream('stdout'), stderr: stream('stderr') };
  // One command's console: it owns its gate (stops at `start`, resumes at `end`).
  const sink = createGatedConsoleSink(
    createCommandGate({ streams, masks: [], workflowCommands, createToken: counting() }),
    true,
  );
  const logger = loggerFor('unit', sink, maxAttempts);
  const text = (name: 'stdout' | 'stderr') =>
    chunks
      .filter((c) => c.stream === name)
      .map((c) => c.text)
      .join('');
  return { chunks, sink, logger, text };
}

const facts = { exitCode: 0, signal: null, timedOut: null, cancelled: null, error: null };

describe('GitHub console sink', () => {
  it('shows whole lines only: the start of a line waits for its end, however long (the runner is line-based)', async () => {
    vi.useFakeTimers();
    try {
      const { logger, text } = setup();
      await logger.start();
      await logger.startAttempt();
      logger.write('stdout', Buffer.from('done\ntests/test_net.py::test_download '));
      vi.advanceTimersByTime(20 * PARTIAL_LINE_DELAY_MS);
      logger.write('stderr', Buffer.from('a stderr line\n'));
      logger.write('stdout', Buffer.from('PASSED\n'));
      // Shown early, the start would have been ended by the stderr line and the result cut off it.
      expect(withoutGate(text('stdout')).slice(2)).toEqual([
        'done',
        'a stderr line',
        'tests/test_net.py::test_download PASSED',
        '',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops on both streams first, forwards both of the command’s streams to stdout inside the attempt’s group, resumes last at the end', async () => {
    const { logger, text, chunks, sink } = setup();
    await logger.start();
    expect(sink.stopped).toBe(true);
    await logger.startAttempt();
    expect(sink.stopped).toBe(true);
    logger.write('stderr', Buffer.from('::warning::from stderr\n'));
    logger.write('stdout', Buffer.from('out\n'));
    await logger.endAttempt(facts);
    await logger.complete();
    await logger.close();
    expect(sink.stopped).toBe(false);
    expect(text('stderr')).toBe(`::stop-commands::${T(1)}\n`);
    expect(text('stdout').split('\n')).toEqual([
      `::stop-commands::${T(1)}`,
      'steplog ▶ unit',
      // Outside the stopped region only for the group line: resumed and stopped again around it.
      `::${T(1)}::`,
      '::group::unit: output',
      `::stop-commands::${T(2)}`,
      '::warning::from stderr',
      'out',
      `::${T(2)}::`,
      '::endgroup::',
      `::stop-commands::${T(3)}`,
      expect.stringMatching(/^steplog ✔ unit: succeeded in \d+ms$/),
      `::${T(3)}::`,
      '',
    ]);
    for (const order of ['stderr-first', 'stdout-first', 'arrival'] as const) {
      const view = replayRunner(chunks, order);
      expect(
        view.commands.map((c) => c.command),
        order,
      ).toEqual(['group', 'endgroup']);
      expect(view.resumes, order).toBe(3);
      // stdout-first over the whole run reads stderr's stop last: a batch that long does not exist.
      if (order !== 'stdout-first') expect(view.stoppedAtEnd, order).toBe(false);
    }
    const folded = foldLog(replayRunner(chunks, 'arrival').printed).filter((e) => typeof e !== 'string');
    expect(folded).toEqual([
      {
        group: 'unit: output',
        lines: [`::stop-commands::${T(2)}`, '::warning::from stderr', 'out', `::${T(2)}::`],
      },
    ]);
  });

  it('retries: one group per attempt, the attempt, result and retry lines outside every group', async () => {
    const { logger, chunks } = setup(false, 2);
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('first try\n'));
    await logger.endAttempt({ ...facts, exitCode: 1 });
    await logger.retry(0, 'exit code 1');
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('second try\n'));
    await logger.endAttempt(facts);
    await logger.complete();
    await logger.close();
    for (const order of ['stderr-first', 'arrival'] as const) {
      expect(seen(chunks, order), order).toEqual([
        'steplog ▶ unit (attempt 1 of 2)',
        { group: 'unit: output of attempt 1/2', lines: ['first try'] },
        expect.stringMatching(
          /^steplog ↻ unit: attempt 1 of 2 failed with exit code 1 in \d+ms; retrying now$/,
        ),
        'steplog ▶ unit (attempt 2 of 2)',
        { group: 'unit: output of attempt 2/2', lines: ['second try'] },
        expect.stringMatching(/^steplog ✔ unit: succeeded on attempt 2 of 2 in \d+ms$/),
      ]);
    }
  });

  it('an attempt ended by a cancel or an internal failure: its group is closed before the last lines, then commands resume', async () => {
    for (const end of ['cancel', 'fail'] as const) {
      const { logger, text, chunks } = setup();
      await logger.start();
      await logger.startAttempt();
      logger.write('stdout', Buffer.from('last line\n'));
      if (end === 'cancel') await logger.cancel('SIGTERM');
      else await logger.fail(new Error('injected fault'));
      await logger.close();
      const out = text('stdout');
      expect(out.indexOf('last line'), end).toBeLessThan(out.indexOf('::endgroup::'));
      // The final line in the stopped region after the group, then the resume.
      expect(out, end).toMatch(
        new RegExp(`::endgroup::\n::stop-commands::${T(3)}\nsteplog [⊘✖] unit: [^\n]*\n::${T(3)}::\n$`),
      );
      const view = replayRunner(chunks, 'stderr-first');
      expect(view.stoppedAtEnd, end).toBe(false);
      expect(foldLog(view.printed).at(-1), end).toBe(`::${T(3)}::`);
    }
  });

  it('parallel steps: every line gets its step’s prefix, and a piece of an over-long line ends its line', async () => {
    const { chunks, text } = setup();
    const streams = { stdout: new PassThrough(), stderr: new PassThrough() };
    streams.stdout.on('data', (data: Buffer) => chunks.push({ stream: 'stdout', text: data.toString() }));
    const gate = createCommandGate({ streams, masks: [], workflowCommands: false, createToken: counting() });
    const logger = loggerFor('a', createGatedConsoleSink(gate, true, '[a] '));
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('one\ntwo\n'));
    logger.write('stdout', Buffer.from('x'.repeat(MAX_LINE_LENGTH + 10)));
    logger.write('stderr', Buffer.from('three\n'));
    await logger.endAttempt(facts);
    await logger.complete();
    await logger.close();
    const lines = text('stdout').split('\n');
    expect(lines).toContain('[a] one');
    expect(lines).toContain('[a] two');
    expect(lines).toContain('[a] three');
    // The piece is prefixed and ended: the next line (stderr's) starts on a line of its own.
    const piece = lines.findIndex((line) => line.startsWith('[a] xxx'));
    expect(lines[piece]).toBe('[a] ' + 'x'.repeat(MAX_LINE_LENGTH + 10));
    expect(lines[piece + 1]).toBe('[a] three');
  });

  it('resumes in close() when the execution never ended (its group closed first), and forwards nothing afterwards', async () => {
    const { logger, text, sink } = setup();
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('before\n'));
    await logger.close();
    sink.onOutput!({
      stream: 'stdout',
      bytes: Buffer.from('::set-output name=late::1\n'),
      lines: ['::set-output name=late::1'],
      count: 1,
    });
    sink.resume();
    expect(text('stdout')).toMatch(
      new RegExp(`before\\n::${T(2)}::\\n::endgroup::\\n::stop-commands::${T(3)}\\n::${T(3)}::\\n$`),
    );
  });

  it('ends an over-long line cut in pieces before another stream’s line and before the resume', async () => {
    const { sink, text } = setup();
    await sink.onEvent!({ type: 'start', record: { name: 'n', maxAttempts: 1 } } as never);
    sink.onOutput!({
      stream: 'stderr',
      bytes: Buffer.from('piece of a long line'),
      lines: ['piece of a long line'],
      count: 1,
      partial: true,
    });
    sink.onOutput!({
      stream: 'stdout',
      bytes: Buffer.from('::warning::x\n'),
      lines: ['::warning::x'],
      count: 1,
    });
    sink.onOutput!({
      stream: 'stdout',
      bytes: Buffer.from('another piece'),
      lines: ['another piece'],
      count: 1,
      partial: true,
    });
    sink.resume();
    expect(text('stdout').split('\n').slice(1)).toEqual([
      'piece of a long line',
      '::warning::x',
      'another piece',
      `::${T(1)}::`,
      '',
    ]);
  });

  it('workflow-commands: true groups each attempt without stopping; a group the command opens ends steplog’s, whose end then closes it', async () => {
    const { logger, text, chunks } = setup(true, 2);
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('compiling\n'));
    await logger.endAttempt({ ...facts, exitCode: 1 });
    await logger.retry(0, 'exit code 1');
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('before\n::group::Tests\nok 1\n'));
    // The command never closes its group: steplog's end of the attempt does.
    await logger.endAttempt(facts);
    await logger.complete();
    await logger.close();
    expect(text('stdout')).not.toContain('stop-commands');
    expect(seen(chunks, 'arrival')).toEqual([
      'steplog ▶ unit (attempt 1 of 2)',
      { group: 'unit: output of attempt 1/2', lines: ['compiling'] },
      expect.stringMatching(
        /^steplog ↻ unit: attempt 1 of 2 failed with exit code 1 in \d+ms; retrying now$/,
      ),
      'steplog ▶ unit (attempt 2 of 2)',
      // GitHub has one level: the command's group replaces steplog's.
      { group: 'unit: output of attempt 2/2', lines: ['before'] },
      { group: 'Tests', lines: ['ok 1'] },
      expect.stringMatching(/^steplog ✔ unit: succeeded/),
    ]);
  });

  it('workflow-commands: true: a last stdout line without its newline is ended before the group’s end', async () => {
    const { logger, text, chunks } = setup(true);
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('abc'));
    await logger.endAttempt(facts);
    await logger.complete();
    await logger.close();
    expect(text('stdout')).toContain('abc\n::endgroup::\n');
    expect(seen(chunks, 'arrival')).toEqual([
      'steplog ▶ unit',
      { group: 'unit: output', lines: ['abc'] },
      expect.stringMatching(/^steplog ✔ unit: succeeded/),
    ]);
  });

  it('steps in parallel: no groups (their lines interleave), every line prefixed', async () => {
    const chunks: CapturedChunk[] = [];
    const streams = { stdout: new PassThrough(), stderr: new PassThrough() };
    streams.stdout.on('data', (data: Buffer) => chunks.push({ stream: 'stdout', text: data.toString() }));
    const gate = createCommandGate({ streams, masks: [], workflowCommands: false, createToken: counting() });
    gate.stop();
    const [a, b] = ['a', 'b'].map((id) => loggerFor(id, createGatedConsoleSink(gate, false, `[${id}] `)));
    for (const logger of [a, b]) {
      await logger.start();
      await logger.startAttempt();
    }
    a.write('stdout', Buffer.from('from a\n'));
    b.write('stdout', Buffer.from('from b\n'));
    for (const logger of [a, b]) {
      await logger.endAttempt(facts);
      await logger.complete();
      await logger.close();
    }
    gate.resume();
    const view = replayRunner(chunks, 'arrival');
    expect(view.commands).toEqual([]);
    expect(seen(chunks, 'arrival').filter((e) => !String(e).startsWith('steplog'))).toEqual([
      '[a] from a',
      '[b] from b',
    ]);
  });

  it('workflow-commands: true forwards each stream to its own stream, unwrapped', async () => {
    const { logger, text } = setup(true);
    await logger.start();
    await logger.startAttempt();
    logger.write('stderr', Buffer.from('err\n'));
    logger.write('stdout', Buffer.from('::set-output name=a::b\n'));
    await logger.endAttempt(facts);
    await logger.complete();
    await logger.close();
    expect(text('stderr')).toBe('err\n');
    expect(text('stdout')).not.toContain('stop-commands');
    expect(text('stdout')).toContain('::set-output name=a::b\n');
  });
});
