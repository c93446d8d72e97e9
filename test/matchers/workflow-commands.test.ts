// Annotation commands printed by tools, decoded exactly as the runner does. The oracle is the real
// @actions/core, run in a child process: what it prints must come back with the same values.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  escapeData,
  parseCommandProperties,
  unescapeData,
  unescapeProperty,
} from '../../src/matchers/workflow-command.js';
import { annotate, loadBuiltin, WORKSPACE } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface CoreCall {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string | number>;
}

/** The lines @actions/core prints for these calls. */
async function printedByCore(calls: CoreCall[]): Promise<string[]> {
  const script = `
    import * as core from '@actions/core';
    for (const { level, message, properties } of JSON.parse(process.env.CALLS)) core[level](message, properties);
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, CALLS: JSON.stringify(calls), GITHUB_ACTIONS: '' },
  });
  return stdout.replace(/\n$/, '').split('\n');
}

describe('values with %, \\r\\n, :: , and commas or colons in properties', () => {
  const tricky: CoreCall = {
    level: 'error',
    message: '100% done\r\nnext line :: still the message, %25 literal',
    properties: {
      file: 'C:\\a,b:c.ts',
      title: 'a, b: c',
      startLine: 3,
      endLine: 3,
      startColumn: 2,
      endColumn: 5,
    },
  };
  const others: CoreCall[] = [
    { level: 'warning', message: 'w: 50%', properties: { file: `${WORKSPACE}/src/x.ts`, startLine: 7 } },
    { level: 'notice', message: 'plain', properties: {} },
    { level: 'error', message: '::error::nested', properties: { title: '::' } },
  ];
  // One child for every call: importing @actions/core takes a while.
  let printed: string[];
  beforeAll(async () => {
    printed = await printedByCore([tricky, ...others]);
  });

  it('what @actions/core prints reads back exactly (posix workspace: the Windows name is a relative name)', async () => {
    expect(printed).toHaveLength(4);
    expect(printed[0]).toMatch(/^::error /);
    expect(annotate(await loadBuiltin('workflow-commands'), printed.slice(0, 1))).toEqual([
      {
        level: 'error',
        message: tricky.message,
        file: 'C:\\a,b:c.ts',
        line: 3,
        endLine: 3,
        column: 2,
        endColumn: 5,
        title: 'a, b: c',
        source: 'workflow-commands',
      },
    ]);
  });

  it('on a Windows workspace the same file is a path inside it, or kept as given outside it', async () => {
    const matchers = await loadBuiltin('workflow-commands');
    expect(annotate(matchers, printed.slice(0, 1), { workspace: 'C:\\' })[0].file).toBe('a,b:c.ts');
    // The runner keeps a workflow command's file as given; only problem-matcher matches are checked.
    expect(annotate(matchers, printed.slice(0, 1), { workspace: 'C:\\work' })[0].file).toBe('C:\\a,b:c.ts');
  });

  it('keeps a file that does not exist in the workspace, where a problem matcher’s match loses it', async () => {
    const gone = () => false;
    const command = await loadBuiltin('workflow-commands');
    const fromCommand = annotate(command, ['::error file=src/generated.ts,line=4::bad'], {
      workspace: '/w',
      fileExists: gone,
    });
    expect(fromCommand[0]).toMatchObject({ file: 'src/generated.ts', line: 4 });
    const tsc = await loadBuiltin('tsc');
    const fromMatcher = annotate(tsc, ['src/generated.ts(4,1): error TS2322: bad'], {
      workspace: '/w',
      fileExists: gone,
    });
    expect(fromMatcher[0].file).toBeUndefined();
  });

  it('every level, and messages without properties', async () => {
    expect(annotate(await loadBuiltin('workflow-commands'), printed.slice(1))).toEqual([
      { level: 'warning', message: 'w: 50%', file: 'src/x.ts', line: 7, source: 'workflow-commands' },
      { level: 'notice', message: 'plain', source: 'workflow-commands' },
      { level: 'error', message: '::error::nested', title: '::', source: 'workflow-commands' },
    ]);
  });
});

describe('which lines are commands', () => {
  it('a command starts the line, after optional whitespace; the name is case-insensitive', async () => {
    const matchers = await loadBuiltin('workflow-commands');
    const lines = [
      '::error::a',
      '   ::warning::b',
      '\t::Notice::c',
      '>>> ::error::prefixed',
      ':: error::space before the name',
      '::error',
      '::errors::other name',
      '::error\tfile=x::tab is not a separator',
      '::add-mask::secret',
      '::set-output name=x::y',
      '::stop-commands::token',
    ];
    expect(annotate(matchers, lines).map((a) => [a.level, a.message])).toEqual([
      ['error', 'a'],
      ['warning', 'b'],
      ['notice', 'c'],
    ]);
  });

  it('the properties end at the first `::`; the message keeps any later one', async () => {
    const found = annotate(await loadBuiltin('workflow-commands'), [
      '::error file=a.ts,line=2::x::y:::z',
      '::error :::colon',
    ]);
    expect(found).toEqual([
      { level: 'error', message: 'x::y:::z', file: 'a.ts', line: 2, source: 'workflow-commands' },
      { level: 'error', message: ':colon', source: 'workflow-commands' },
    ]);
  });
});

describe('property decoding', () => {
  it('splits on commas and the first `=`; names are case-insensitive; the last one wins', () => {
    expect(
      parseCommandProperties(' File=a.ts,LINE=3,line=4,endline=5,Col=1,ENDCOLUMN=2,title=t=1,code=E1 '),
    ).toEqual({
      file: 'a.ts',
      line: '4',
      endLine: '5',
      col: '1',
      endColumn: '2',
      title: 't=1',
    });
  });

  it('skips empty entries, `key=`, `=value`, entries with spaces in the name, and prototype names', () => {
    expect(parseCommandProperties(',,file=,=x, line=3,constructor=1,__proto__=2,title=ok')).toEqual({
      title: 'ok',
    });
    expect(Object.getPrototypeOf(parseCommandProperties('__proto__=x'))).toBe(Object.prototype);
  });

  it('unescapes in @actions/core order, %25 last, so %2525 stays %25', () => {
    expect(unescapeData('a%0D%0Ab%25c%253A%2525')).toBe('a\r\nb%c%3A%25');
    expect(unescapeProperty('a%3Ab%2Cc%0A%25%253A')).toBe('a:b,c\n%%3A');
    expect(unescapeData('%3A%2C')).toBe('%3A%2C');
  });

  it('escapes as @actions/core does, `%` first, and reads back', () => {
    expect(escapeData('50% done\r\nnext %0A')).toBe('50%25 done%0D%0Anext %250A');
    expect(unescapeData(escapeData('a%0D\nb%'))).toBe('a%0D\nb%');
  });
});
