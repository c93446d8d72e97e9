// The plain console (terminal, Jenkins, any CI without log markup) driven by real loggers.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ExecutionLogger } from '../../src/core/logger.js';
import { MAX_LINE_LENGTH } from '../../src/core/output-stream.js';
import { createPlainConsoleSink } from '../../src/sinks/console-plain.js';

function captured() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (data: Buffer) => (text += data.toString()));
  return { stream, text: () => text };
}

function loggerWith(name: string, sink: ReturnType<typeof createPlainConsoleSink>): ExecutionLogger {
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

const LONG = 'x'.repeat(MAX_LINE_LENGTH + 10);

describe('plain console', () => {
  it('one step: the command’s bytes as they are, an over-long line continued where it was cut', async () => {
    const out = captured();
    const logger = loggerWith(
      'one',
      createPlainConsoleSink({ stdout: out.stream, stderr: new PassThrough() }),
    );
    await logger.start();
    await logger.startAttempt();
    logger.write('stdout', Buffer.from(LONG));
    logger.write('stdout', Buffer.from('yz\nnext\n'));
    await logger.endAttempt({ exitCode: 0, signal: null, timedOut: null, cancelled: null, error: null });
    expect(out.text()).toBe(`${LONG}yz\nnext\n`);
  });

  it('parallel steps: every line prefixed, and a piece of an over-long line ends its line', async () => {
    const out = captured();
    const [a, b] = ['a', 'b'].map((id) =>
      loggerWith(id, createPlainConsoleSink({ stdout: out.stream, stderr: new PassThrough() }, `[${id}] `)),
    );
    for (const logger of [a, b]) {
      await logger.start();
      await logger.startAttempt();
    }
    a.write('stdout', Buffer.from(LONG));
    b.write('stdout', Buffer.from('other\n'));
    a.write('stdout', Buffer.from('tail\n'));
    expect(out.text().split('\n')).toEqual([`[a] ${LONG}`, '[b] other', '[a] tail', '']);
  });
});
