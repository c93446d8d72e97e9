// A user regexp such as `^(a+)+$` against a long line must not stall the process (a
// JavaScript RegExp has no timeout, and a stalled event loop stops the command's own timeout timer).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  compileRegexp,
  enableRegexpGuard,
  repeatsARepetition,
  runsInLinearTime,
} from '../../src/matchers/regexp-guard.js';
import { FIXTURES } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs fixtures/matchers/stall-probe.ts in a child Node (types stripped by Node itself). */
function runProbe(mode: 'guarded' | 'unguarded', timeoutMs: number) {
  return promisify(execFile)(
    process.execPath,
    ['--no-warnings', '--import', `${FIXTURES}ts-hooks.mjs`, `${FIXTURES}stall-probe.ts`, mode],
    { cwd: ROOT, timeout: timeoutMs, killSignal: 'SIGKILL' },
  );
}

describe.concurrent('catastrophic regexps in a real process', () => {
  it('with the guard, 10 lines of 10 000 characters through three catastrophic matchers finish, and timers still fire', async () => {
    const { stdout } = await runProbe('guarded', 30_000);
    const result = JSON.parse(stdout) as {
      found: number;
      matchedAfterMs: number;
      timerFiredAt: number | null;
    };
    // It finished at all: without the guard it never ends (next test), and the probe is killed at 30 s.
    expect(result.found).toBe(0);
    expect(result.timerFiredAt).not.toBeNull();
  });

  it('control: with V8’s fallback turned off again, the same probe is still stuck after 2 s', async () => {
    const error = await runProbe('unguarded', 2_000).then(
      () => null,
      (caught: unknown) => caught as { killed?: boolean; signal?: string; stdout?: string },
    );
    expect(error).toMatchObject({ killed: true, signal: 'SIGKILL', stdout: '' });
  });
});

describe('which patterns are refused', () => {
  it('the linear engine is available on this Node', () => {
    expect(enableRegexpGuard()).toBe(true);
    expect(enableRegexpGuard()).toBe(true);
  });

  it('patterns V8 can fall back on are accepted, however they nest', () => {
    for (const source of ['^(a+)+$', '^(\\w+\\s?)*$', '(a|a)*b', '^(.*?):(\\d+): (.*)$', '(?<=x)(a+)+$']) {
      expect([source, runsInLinearTime(source)]).toEqual([source, true]);
      expect(compileRegexp(source)).toBeInstanceOf(RegExp);
    }
  });

  it('patterns without a fallback are accepted unless a repeated group repeats inside', () => {
    for (const source of ['^(?!node_modules)(.+):(\\d+)$', '^(\\w)\\1+$', '.{0,100}x', '(?=a)(?:ab)*$']) {
      expect([source, runsInLinearTime(source)]).toEqual([source, false]);
      expect(compileRegexp(source)).toBeInstanceOf(RegExp);
    }
    for (const source of ['^(a+)+\\1$', '(?!x)(\\w+\\s?)*$', '^(?:a{1,100})+$', '(?=.)(?:[a-z]+-?)*$']) {
      expect(() => compileRegexp(source)).toThrow(/repeats a group that itself repeats/);
    }
  });

  it('invalid patterns throw a SyntaxError', () => {
    expect(() => compileRegexp('(unclosed')).toThrow(SyntaxError);
  });
});

describe('repeatsARepetition', () => {
  it.each([
    ['(a+)+', true],
    ['(a*)*', true],
    ['(?:x*y){2,}', true],
    ['(?:x+y){2,5}', true],
    ['((a)+b)*', true],
    ['(a+)?', false],
    ['(a+){1}', false],
    ['(ab)+', false],
    ['a+b+c*', false],
    ['\\(a+\\)+', false],
    ['[(a+)]+', false],
    ['[\\]+(]+', false],
    ['(?<name>a+)', false],
    ['(?:a|b)*', false],
    ['(a+?)+?', true],
    ['x{,5}', false],
  ])('%s → %s', (source, expected) => {
    expect(repeatsARepetition(source)).toBe(expected);
  });
});
