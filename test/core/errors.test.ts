import { describe, expect, test } from 'vitest';
import { InputError, SteplogError, messageOf } from '../../src/core/errors.js';
import { INPUTS, envNameOf } from '../../src/core/inputs.js';

describe('errors', () => {
  test('InputError names the input, the value and what is accepted; exits 125', () => {
    const error = new InputError('--timeout', '5 min', 'a duration');
    expect(error).toBeInstanceOf(SteplogError);
    expect(error).toMatchObject({ name: 'InputError', input: '--timeout', exitStatus: 125 });
    expect(error.message).toBe('Invalid --timeout: "5 min". Expected a duration.');
  });

  test('SteplogError carries its exit status (125 unless told)', () => {
    expect(new SteplogError('internal').exitStatus).toBe(125);
    expect(new SteplogError('zsh: not found', 127)).toMatchObject({ name: 'SteplogError', exitStatus: 127 });
  });

  test('messageOf turns anything thrown into a message', () => {
    expect(messageOf(new TypeError('bad'))).toBe('bad');
    expect(messageOf('plain')).toBe('plain');
    expect(messageOf({ code: 1 })).toBe('{"code":1}');
    expect(messageOf(undefined)).toBe('undefined');
    expect(messageOf(null)).toBe('null');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(messageOf(circular)).toBe('[object Object]');
    expect(messageOf(10n)).toBe('10');
  });
});

describe('inputs table', () => {
  test('names and CLI flags are unique', () => {
    const names = INPUTS.map((input) => input.name);
    expect(new Set(names).size).toBe(names.length);
    const flags = INPUTS.map((input) => input.flag).filter((flag) => flag !== null);
    expect(new Set(flags).size).toBe(flags.length);
  });

  test('envNameOf gives the STEPLOG_* variable of an input', () => {
    expect(envNameOf('timeout')).toBe('STEPLOG_TIMEOUT');
    expect(envNameOf('retry-on-exit-codes')).toBe('STEPLOG_RETRY_ON_EXIT_CODES');
  });
});
