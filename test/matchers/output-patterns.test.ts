// retry-on-output / abort-on-output: patterns checked before anything runs, and the line of an
// attempt's output that matched, found on the batches a real execution logger hands its observers.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { ExecutionLogger } from '../../src/core/logger.js';
import type { AttemptFacts } from '../../src/core/outcome.js';
import { MAX_LINE_LENGTH } from '../../src/core/output-stream.js';
import type { AttemptRecord } from '../../src/core/record.js';
import { checkOutputPatterns, createOutputPatternWatcher } from '../../src/matchers/output-patterns.js';

const FAILED: AttemptFacts = { exitCode: 1, signal: null, timedOut: null, cancelled: null, error: null };

/** A logger that retries up to 3 attempts with these patterns, as steplog builds it. */
function loggerWith(retryOn: string[], abortOn: string[] = [], masks: string[] = []) {
  const logger = new ExecutionLogger({
    name: 'n',
    command: 'c',
    shell: 'sh -e {0}',
    cwd: '/',
    maxAttempts: 3,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 1000 },
    successCodes: [0],
    outputLimit: 1024,
    masks,
    retry: {
      maxAttempts: 3,
      retryOn: 'any',
      retryOnExitCodes: null,
      retryOnOutput: retryOn.length > 0,
      retryDelayMs: 0,
      retryBackoff: 1,
      totalTimeoutMs: 0,
    },
  });
  logger.watchOutput(createOutputPatternWatcher(retryOn, abortOn));
  return logger;
}

/** One attempt that writes `chunks` (stream, text) and fails. */
async function attempt(
  logger: ExecutionLogger,
  chunks: [string, 'stdout' | 'stderr'][],
): Promise<AttemptRecord> {
  await logger.startAttempt();
  for (const [text, stream] of chunks) logger.write(stream, Buffer.from(text));
  return logger.endAttempt(FAILED);
}

describe('checkOutputPatterns', () => {
  it('accepts ordinary patterns and returns them as given', () => {
    expect(checkOutputPatterns('--retry-on-output', ['ECONNRESET', '^HTTP/\\d 50[23]\\b'])).toEqual([
      'ECONNRESET',
      '^HTTP/\\d 50[23]\\b',
    ]);
  });

  it.each([
    ['an invalid pattern', '(unclosed', /is invalid/],
    [
      'a catastrophic pattern the linear engine cannot run',
      '^(a+)+\\1$',
      /repeats a group that itself repeats/,
    ],
  ])('refuses %s, naming the input and the value', (_what, pattern, reason) => {
    let error: unknown;
    try {
      checkOutputPatterns("input 'abort-on-output'", ['fine', pattern]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).toContain(`Invalid input 'abort-on-output': ${JSON.stringify(pattern)}`);
    expect(message).toMatch(reason);
    expect((error as InputError).exitStatus).toBe(125);
  });
});

describe('the line that matched', () => {
  it('is counted over stdout and stderr together, across batches, and retries', async () => {
    const logger = loggerWith(['ECONNRESET', 'ETIMEDOUT']);
    await logger.start();
    const first = await attempt(logger, [
      ['one\ntwo\n', 'stdout'],
      ['three\n', 'stderr'],
      ['four\nError: read ECONNRESET\nsix ETIMEDOUT\n', 'stdout'],
    ]);
    expect(first.outputMatch).toEqual({ kind: 'retry', line: 5, pattern: 'ECONNRESET' });
    expect(first.retry).toEqual({ retried: true, reason: 'line 5 matched /ECONNRESET/' });
  });

  it('starts over with each attempt; a failure without a matching line is not retried, and says why', async () => {
    const logger = loggerWith(['ECONNRESET']);
    await logger.start();
    await attempt(logger, [['ECONNRESET\n', 'stdout']]);
    const second = await attempt(logger, [
      ['a\nb\n', 'stdout'],
      ['unterminated', 'stderr'],
    ]);
    expect(second.outputMatch).toBeUndefined();
    expect(second.retry).toEqual({
      retried: false,
      reason: 'no line matched retry-on-output',
    });
  });

  it('abort-on-output wins over a retry-on-output match, wherever it is', async () => {
    const logger = loggerWith(['ECONNRESET'], ['No space left on device']);
    await logger.start();
    const first = await attempt(logger, [['ECONNRESET\nwrite: No space left on device\n', 'stderr']]);
    expect(first.outputMatch).toEqual({ kind: 'abort', line: 2, pattern: 'No space left on device' });
    expect(first.retry).toEqual({ retried: false, reason: 'line 2 matched /No space left on device/' });
  });

  it('sees lines as the matchers do: ANSI codes and a trailing \\r removed, a last line without newline', async () => {
    const logger = loggerWith(['^Error: 503$']);
    await logger.start();
    const colored = await attempt(logger, [['ok\n\x1b[31mError: 503\x1b[0m\r\n', 'stdout']]);
    expect(colored.outputMatch).toEqual({ kind: 'retry', line: 2, pattern: '^Error: 503$' });
    const unterminated = await attempt(logger, [['x\nError: 503', 'stdout']]);
    expect(unterminated.outputMatch?.line).toBe(2);
  });

  it('never matches a masked value: the lines are redacted first', async () => {
    const logger = loggerWith(['hunter2'], [], ['hunter2']);
    await logger.start();
    const first = await attempt(logger, [['password hunter2 rejected\n', 'stdout']]);
    expect(first.outputMatch).toBeUndefined();
    expect(first.retry?.retried).toBe(false);
  });

  it('finds a match in a line longer than what a batch carries whole', async () => {
    const logger = loggerWith(['^ECONNRESET']);
    await logger.start();
    const long = 'x'.repeat(MAX_LINE_LENGTH * 2);
    const first = await attempt(logger, [[`${long}\nECONNRESET\n`, 'stdout']]);
    expect(first.outputMatch?.kind).toBe('retry');
  });
});
