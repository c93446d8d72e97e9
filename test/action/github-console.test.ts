// The GitHub console sink driven by a real ExecutionLogger, with its streams injected: the stop
// before the first byte on both streams, the command's output on stdout, the resume exactly once
// after the last byte on every exit path, nothing forwarded after it.
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { ExecutionLogger, PARTIAL_LINE_DELAY_MS } from '../../src/core/logger.js';
import type { Sink } from '../../src/core/sink.js';
import { createCommandGate, createGatedConsoleSink } from '../../src/sinks/github-console.js';
import { MAX_LINE_LENGTH } from '../../src/core/output-stream.js';
import { replayRunner, type CapturedChunk } from './runner-oracle.js';

const TOKEN = 'f'.repeat(48);

function loggerFor(name: string, sink: Sink): ExecutionLogger {
  return new ExecutionLogger({
    name,
    command: 'true',
    shell: 'bash {0}',
    cwd: '/',
    maxAttempts: 1,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10_000 },
    successCodes: [0],
    outputLimit: 1024,
    sinks: [sink],
  });
}

function setup(workflowCommands = false) {
  const chunks: CapturedChunk[] = [];
  const stream = (name: 'stdout' | 'stderr') => {
    const s = new PassThrough();
    s.on('data', (data: Buffer) => chunks.push({ stream: name, text: data.toString() }));
    return s;
  };
  const streams = { stdout: stream('stdout'), stderr: stream('stderr') };
  // One command's console: it owns its gate (stops at `start`, resumes at `end`).
  const sink = createGatedConsoleSink(
    createCommandGate({ streams, masks: [], workflowCommands, createToken: () => TOKEN }),
    true,
  );
  const logger = loggerFor('unit', sink);
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
      expect(text('stdout').split('\n').slice(2)).toEqual([
        'done',
        'a stderr line',
        'tests/test_net.py::test_download PASSED',
        '',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops on both streams first, forwards both of the command’s streams to stdout, resumes once at the end', async () => {
    const { logger, text, chunks, sink } = setup();
    await logger.start();
    expect(sink.stopped).toBe(true);
    await logger.startAttempt();
    logger.write('stderr', Buffer.from('::warning::from stderr\n'));
    logger.write('stdout', Buffer.from('out\n'));
    await logger.endAttempt(facts);
    await logger.complete();
    await logger.close();
    expect(sink.stopped).toBe(false);
    expect(text('stderr')).toBe(`::stop-commands::${TOKEN}\n`);
    expect(text('stdout').split('\n')).toEqual([
      `::stop-commands::${TOKEN}`,
      'steplog ▶ unit (attempt 1/1)',
      '::warning::from stderr',
      'out',
      expect.stringMatching(/^steplog ✔ unit: success in /),
      `::${TOKEN}::`,
      '',
    ]);
    for (const order of ['stderr-first', 'stdout-first', 'arrival'] as const) {
      const view = replayRunner(chunks, order);
      expect(view.commands, order).toEqual([]);
      expect(view.resumes, order).toBe(1);
    }
  });

  it('an internal failure mid-run still resumes once, after the last forwarded byte', async () => {
    const { logger, text } = setup();
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from('last line\n'));
    await logger.fail(new Error('injected fault'));
    await logger.close();
    const out = text('stdout');
    expect(out.split(`::${TOKEN}::`)).toHaveLength(2);
    expect(out.endsWith(`\n::${TOKEN}::\n`)).toBe(true);
    expect(out).toContain('last line\n');
    expect(out.indexOf('last line')).toBeLessThan(out.indexOf(`::${TOKEN}::`));
  });

  it('parallel steps: every line gets its step’s prefix, and a piece of an over-long line ends its line', async () => {
    const { chunks, text } = setup();
    const streams = { stdout: new PassThrough(), stderr: new PassThrough() };
    streams.stdout.on('data', (data: Buffer) => chunks.push({ stream: 'stdout', text: data.toString() }));
    const gate = createCommandGate({ streams, masks: [], workflowCommands: false, createToken: () => TOKEN });
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

  it('resumes in close() when the execution never ended, and forwards nothing afterwards', async () => {
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
    expect(text('stdout')).toMatch(new RegExp(`before\\n::${TOKEN}::\\n$`));
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
      `::${TOKEN}::`,
      '',
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
