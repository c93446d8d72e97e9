// Which STEPLOG_* variables steplog knows, and the one warning for each it does not.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_VARIABLES,
  closestVariable,
  unknownVariableWarnings,
} from '../../src/cli/setting-variables.js';
import { ROOT } from '../gitlab/gcl.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const file = path.join(dir, entry);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('known STEPLOG_* variables', () => {
  it('every one that steplog’s code, scripts and templates name is known (so it is never warned about)', () => {
    const files = [
      ...['src', 'scripts', 'templates'].flatMap((dir) => filesUnder(path.join(ROOT, dir))),
      path.join(ROOT, '.gitlab-ci-template.yml'),
    ];
    const named = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bSTEPLOG_[A-Z0-9_]*[A-Z0-9]\b/g)) {
        named.add(match[0]);
      }
    }
    expect(named.size).toBeGreaterThan(40);
    expect([...named].filter((name) => !KNOWN_VARIABLES.has(name))).toEqual([]);
  });
});

describe('closestVariable', () => {
  it.each([
    ['STEPLOG_CWD', 'STEPLOG_WORKING_DIRECTORY'],
    ['STEPLOG_MATCHER', 'STEPLOG_MATCHERS'],
    ['STEPLOG_TIMEOTU', 'STEPLOG_TIMEOUT'],
    ['STEPLOG_MAX_ATTEMPT', 'STEPLOG_MAX_ATTEMPTS'],
    ['STEPLOG_Timeout', 'STEPLOG_TIMEOUT'],
    ['STEPLOG_KILL_SIGNALS', 'STEPLOG_KILL_SIGNAL'],
    ['STEPLOG_PACKAGES', 'STEPLOG_PACKAGE'],
  ])('%s → %s', (name, expected) => {
    expect(closestVariable(name)).toBe(expected);
  });

  it.each(['STEPLOG_ZZZ_QQQ', 'STEPLOG_RETRIES', 'STEPLOG_', 'STEPLOG_WORKDIR'])(
    '%s: nothing is close',
    (name) => {
      expect(closestVariable(name)).toBeNull();
    },
  );
});

describe('unknownVariableWarnings', () => {
  it('one message per unknown STEPLOG_* variable, in name order; none for known ones or other variables', () => {
    expect(
      unknownVariableWarnings({
        STEPLOG_MATCHER: 'gcc',
        STEPLOG_CWD: 'src',
        STEPLOG_ZZZ_QQQ: '1',
        STEPLOG_PR_COMMENT: 'always',
        STEPLOG_TIMEOUT: '1s',
        STEPLOG_EXECUTION_ID: 'x',
        STEPLOG_STATUS: 'success',
        STEPLOG_PACKAGE: 'steplog@0.1.0',
        INPUT_TIMEOUT: '1s',
        UNIT_STEPLOG_STATUS: 'success',
      }),
    ).toEqual([
      'STEPLOG_CWD is not a steplog setting (did you mean STEPLOG_WORKING_DIRECTORY?); it is ignored',
      'STEPLOG_MATCHER is not a steplog setting (did you mean STEPLOG_MATCHERS?); it is ignored',
      'STEPLOG_PR_COMMENT is not a setting of the CLI (`pr-comment` is an input of the GitHub action only); it is ignored',
      'STEPLOG_ZZZ_QQQ is not a steplog setting; it is ignored',
    ]);
  });

  it('a name with control characters is shown without them', () => {
    expect(unknownVariableWarnings({ 'STEPLOG_A\x1b[2J\nB': '1' })).toEqual([
      'STEPLOG_A?[2J?B is not a steplog setting; it is ignored',
    ]);
  });
});
