import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import {
  MAX_TIMER_MS,
  parseBoolean,
  parseDuration,
  parseEnum,
  parseExitCodes,
  parseInteger,
  parseNumber,
  parseSize,
  validateEnv,
} from '../../src/core/parse.js';

const LABEL = "input 'timeout'";
const DURATION =
  'a duration such as 90 (seconds), 90s, 1.5m, 1h30m or 250ms (units ms, s, m, h, d; 0 for none; at most 24d)';
const SIZE = 'a size such as 65536, 64KiB, 1MiB or 1MB (units B, KB, MB, GB, KiB, MiB, GiB)';
const CODES = 'a comma-separated list of exit codes from 0 to 255, such as 0,1';
const ENV_NAMES = 'environment variable names made of letters, digits and _, not starting with a digit';

/** The exact message an InputError carries, checked along with its type and exit status. */
function rejection(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitStatus).toBe(125);
    return (error as Error).message;
  }
  throw new Error('expected an InputError, got a value');
}

describe('parseDuration: the accept/reject table', () => {
  test.each([
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['1.5', 1_500],
    ['1.5m', 90_000],
    ['500ms', 500],
    ['0', 0],
    ['90', 90_000],
    ['90s', 90_000],
    ['1m30s', 90_000],
    ['1d', 86_400_000],
    // Surrounding blanks are trimmed, as @actions/core getInput does for every input.
    [' 10 ', 10_000],
    ['0.0005', 1],
  ])('accepts %j as %d ms', (value, ms) => {
    expect(parseDuration(LABEL, value)).toBe(ms);
  });

  // Each of these is what a lenient parser (Number, parseInt) would silently turn into a number.
  test.each([
    '-1',
    'abc',
    'NaN',
    'Infinity',
    '1e3',
    '0x10',
    '10 s',
    '',
    '   ',
    '5min',
    '10abc',
    '.5',
    '5.',
    '1M',
    '5m-1s',
  ])('rejects %j naming the input, the value and what is accepted', (value) => {
    expect(rejection(() => parseDuration(LABEL, value))).toBe(
      `Invalid input 'timeout': ${JSON.stringify(value)}. Expected ${DURATION}.`,
    );
  });

  test('the message shows the value exactly as given, blanks included', () => {
    expect(rejection(() => parseDuration('--timeout', ' 10 s '))).toBe(
      `Invalid --timeout: " 10 s ". Expected ${DURATION}.`,
    );
  });

  test('a positive value that rounds to 0 ms is refused (it would disable the timeout)', () => {
    expect(rejection(() => parseDuration(LABEL, '0.0001'))).toBe(
      `Invalid input 'timeout': "0.0001". Expected ${DURATION}; at least 1ms.`,
    );
  });

  // setTimeout fires after 1 ms for any delay above 2^31-1: such a timeout would kill at once.
  test.each(['2147483648ms', '30d', '9999999999', '25d', '2147484s'])(
    'rejects %j, above what a timer can wait',
    (value) => {
      expect(rejection(() => parseDuration(LABEL, value))).toBe(
        `Invalid input 'timeout': ${JSON.stringify(value)}. Expected ${DURATION}.`,
      );
    },
  );

  test('accepts the largest delay a timer can wait, and 24d', () => {
    expect(parseDuration(LABEL, '2147483647ms')).toBe(MAX_TIMER_MS);
    expect(parseDuration(LABEL, '24d')).toBe(24 * 86_400_000);
  });
});

describe('parseSize', () => {
  test.each([
    ['65536', 65_536],
    ['64KiB', 65_536],
    ['64kib', 65_536],
    ['1 MiB', 1_048_576],
    ['1MB', 1_000_000],
    ['2KB', 2_000],
    ['10B', 10],
    ['1.5KiB', 1_536],
    ['0', 0],
    [' 1GiB ', 1_073_741_824],
  ])('accepts %j as %d bytes', (value, bytes) => {
    expect(parseSize("input 'output-limit'", value)).toBe(bytes);
  });

  test.each(['', '-1', '1e3', '0x10', '64K', '1TiB', 'abc', 'KiB', '1 2'])('rejects %j', (value) => {
    expect(rejection(() => parseSize("input 'output-limit'", value))).toBe(
      `Invalid input 'output-limit': ${JSON.stringify(value)}. Expected ${SIZE}.`,
    );
  });

  test('rejects a size above the maximum, saying the maximum', () => {
    expect(parseSize('--output-limit', '512KiB', 512 * 1024)).toBe(524_288);
    expect(rejection(() => parseSize('--output-limit', '513KiB', 512 * 1024))).toBe(
      `Invalid --output-limit: "513KiB". Expected ${SIZE}, at most 524288 bytes.`,
    );
    expect(rejection(() => parseSize('--output-limit', '2GiB'))).toBe(
      `Invalid --output-limit: "2GiB". Expected ${SIZE}, at most 1073741824 bytes.`,
    );
  });
});

describe('parseInteger and parseNumber', () => {
  test('parseInteger accepts whole numbers in range, blanks trimmed', () => {
    expect(parseInteger("input 'max-attempts'", '1', 1, 100)).toBe(1);
    expect(parseInteger("input 'max-attempts'", ' 100 ', 1, 100)).toBe(100);
  });

  test.each(['0', '101', '-1', '1.0', '1e1', '0x3', 'three', '', '3 attempts'])(
    'parseInteger rejects %j',
    (value) => {
      expect(rejection(() => parseInteger("input 'max-attempts'", value, 1, 100))).toBe(
        `Invalid input 'max-attempts': ${JSON.stringify(value)}. Expected a whole number from 1 to 100.`,
      );
    },
  );

  test('parseNumber accepts decimals in range', () => {
    expect(parseNumber("input 'retry-backoff'", '1', 1, 10)).toBe(1);
    expect(parseNumber("input 'retry-backoff'", '1.5', 1, 10)).toBe(1.5);
    expect(parseNumber("input 'retry-backoff'", '10', 1, 10)).toBe(10);
  });

  test.each(['0.5', '10.5', '-2', 'Infinity', 'NaN', '1e1', '', '2x'])('parseNumber rejects %j', (value) => {
    expect(rejection(() => parseNumber("input 'retry-backoff'", value, 1, 10))).toBe(
      `Invalid input 'retry-backoff': ${JSON.stringify(value)}. Expected a number from 1 to 10.`,
    );
  });
});

describe('parseExitCodes', () => {
  test.each([
    ['0', [0]],
    ['0,1', [0, 1]],
    ['1, 2 ,3', [1, 2, 3]],
    ['1\n2\n', [1, 2]],
    ['255', [255]],
    ['1,1,2', [1, 2]],
  ])('accepts %j', (value, codes) => {
    expect(parseExitCodes("input 'success-codes'", value)).toEqual(codes);
  });

  test.each(['', ',', '256', '-1', '1.0', '0x1', 'one', '1;2', '1,2,x'])(
    'rejects %j, naming the whole value',
    (value) => {
      expect(rejection(() => parseExitCodes("input 'success-codes'", value))).toBe(
        `Invalid input 'success-codes': ${JSON.stringify(value)}. Expected ${CODES}.`,
      );
    },
  );
});

describe('parseBoolean and parseEnum', () => {
  test('booleans are the YAML 1.2 core schema spellings', () => {
    for (const value of ['true', 'True', 'TRUE', ' true ']) expect(parseBoolean('--x', value)).toBe(true);
    for (const value of ['false', 'False', 'FALSE']) expect(parseBoolean('--x', value)).toBe(false);
  });

  test.each(['yes', '1', 'on', 'tRUE', '', 'y'])('parseBoolean rejects %j', (value) => {
    expect(rejection(() => parseBoolean("input 'check-run'", value))).toBe(
      `Invalid input 'check-run': ${JSON.stringify(value)}. Expected true or false.`,
    );
  });

  test('parseEnum accepts a listed value, blanks trimmed', () => {
    expect(parseEnum('--retry-on', ' error ', ['any', 'error', 'timeout'])).toBe('error');
  });

  test.each(['ANY', 'errors', '', 'any,timeout'])('parseEnum rejects %j listing the options', (value) => {
    expect(rejection(() => parseEnum('--retry-on', value, ['any', 'error', 'timeout']))).toBe(
      `Invalid --retry-on: ${JSON.stringify(value)}. Expected one of any, error, timeout.`,
    );
  });
});

describe('validateEnv', () => {
  test('accepts portable names and returns the same object', () => {
    const env = { A: '1', _x: '', PATH_2: 'a=b' };
    expect(validateEnv('env', env)).toBe(env);
  });

  // Node passes `A=B` through (the child sees A="B=1"); dash drops `my-var`; `1A` is not a name.
  test.each(['A=B', '1A', 'my-var', '', 'A B', 'A\0B', 'É'])('rejects the name %j', (name) => {
    expect(rejection(() => validateEnv('env', { [name]: '1' }))).toBe(
      `Invalid env: ${JSON.stringify(name)}. Expected ${ENV_NAMES}.`,
    );
  });

  test('rejects a NUL in a value without printing the value', () => {
    expect(rejection(() => validateEnv('env', { TOKEN: 'abc\0def' }))).toBe(
      'Invalid env: "TOKEN=…". Expected values without NUL characters.',
    );
  });

  test('rejects a value over 128 KiB without printing it', () => {
    expect(rejection(() => validateEnv('env', { BIG: 'x'.repeat(128 * 1024) }))).toBe(
      'Invalid env: "BIG=…". Expected values under 128 KiB (the Linux limit for one variable).',
    );
  });

  // The boundary is the kernel's: `NAME=value` plus its NUL must fit in MAX_ARG_STRLEN (32 pages).
  test('the size limit is exactly where a real spawn starts failing with E2BIG', () => {
    const spawnWith = (value: string) =>
      spawnSync('true', [], { env: { PATH: process.env.PATH, X: value } }).error?.message ?? 'ok';
    const largest = 'a'.repeat(128 * 1024 - 3); // "X=" + value + NUL = 131072 bytes
    expect(validateEnv('env', { X: largest }).X).toBe(largest);
    expect(spawnWith(largest)).toBe('ok');
    const over = largest + 'a';
    expect(() => validateEnv('env', { X: over })).toThrow(InputError);
    expect(spawnWith(over)).toMatch(/E2BIG/);
    // Multi-byte characters count as bytes, not characters.
    expect(() => validateEnv('env', { X: '€'.repeat(44_000) })).toThrow(InputError);
  });
});
