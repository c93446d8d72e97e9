// The engine's matching semantics, as the GitHub runner has them (IssueMatcher.cs, OutputManager.cs).
import { describe, expect, it } from 'vitest';
import { createMatcherEngine } from '../../src/matchers/engine.js';
import { createStreamBatchMatcher } from '../../src/matchers/stream-matcher.js';
import { MAX_MATCH_LENGTH } from '../../src/matchers/regexp-guard.js';
import type { ProblemMatcher } from '../../src/matchers/types.js';
import { annotate, WORKSPACE } from './helpers.js';

/** `file:line:col: severity: message` with every group, for the general rules. */
const simple: ProblemMatcher = {
  owner: 'simple',
  pattern: [
    {
      regexp: '^([^:]*):([^:]*):([^:]*): (\\w*): (.*)$',
      file: 1,
      line: 2,
      column: 3,
      severity: 4,
      message: 5,
    },
  ],
};

/** A header line naming the file, then problem lines, as eslint's stylish output. */
function twoLines(loop: boolean): ProblemMatcher {
  return {
    owner: 'two',
    pattern: [
      { regexp: '^FILE (.+)$', file: 1 },
      { regexp: '^ +(\\d+): (.+)$', line: 1, message: 2, loop },
    ],
  };
}

describe('severity and message', () => {
  it('reads the severity case-insensitively; tools’ lesser levels become notices', () => {
    const lines = [
      'a.c:1:1: ERROR: x',
      'a.c:1:1: Warning: x',
      'a.c:1:1: notice: x',
      'a.c:1:1: note: x',
      'a.c:1:1: info: x',
      'a.c:1:1: warn: x',
    ];
    expect(annotate([simple], lines).map((a) => a.level)).toEqual([
      'error',
      'warning',
      'notice',
      'notice',
      'notice',
      'warning',
    ]);
  });

  it('an empty severity takes the matcher’s default, else error; an unknown one is an error', () => {
    expect(annotate([simple], ['a.c:1:1: : x'])[0].level).toBe('error');
    expect(annotate([{ ...simple, severity: 'warning' }], ['a.c:1:1: : x'])[0].level).toBe('warning');
    expect(annotate([{ ...simple, severity: 'notice' }], ['a.c:1:1: fatal: x'])[0].level).toBe('error');
  });

  it('a match without a message (empty or blank) makes nothing', () => {
    expect(annotate([simple], ['a.c:1:1: error: ', 'a.c:1:1: error:    '])).toEqual([]);
  });

  it('a trimmed code, and no code when it is blank', () => {
    const coded: ProblemMatcher = {
      owner: 'c',
      pattern: [{ regexp: '^\\[(.*)\\] (.+)$', code: 1, message: 2 }],
    };
    expect(annotate([coded], ['[ E501 ] too long', '[  ] blank code'])).toEqual([
      { level: 'error', message: 'too long', code: 'E501', source: 'c' },
      { level: 'error', message: 'blank code', source: 'c' },
    ]);
  });
});

describe('several patterns', () => {
  it('match consecutive lines; any other line in between breaks the match', () => {
    const lines = ['FILE src/a.js', '  3: first', 'FILE src/b.js', 'noise', '  4: orphan'];
    expect(annotate([twoLines(false)], lines)).toEqual([
      { level: 'error', message: 'first', file: 'src/a.js', line: 3, source: 'two' },
    ]);
  });

  it('without loop the match ends with the last pattern; with loop it goes on', () => {
    const lines = ['FILE src/a.js', '  3: first', '  5: second', '', '  6: after a blank line'];
    expect(annotate([twoLines(false)], lines).map((a) => a.message)).toEqual(['first']);
    expect(annotate([twoLines(true)], lines)).toEqual([
      { level: 'error', message: 'first', file: 'src/a.js', line: 3, source: 'two' },
      { level: 'error', message: 'second', file: 'src/a.js', line: 5, source: 'two' },
    ]);
  });

  it('three patterns carry every group to the last line', () => {
    const three: ProblemMatcher = {
      owner: 'three',
      severity: 'warning',
      pattern: [
        { regexp: '^in (.+)$', file: 1 },
        { regexp: '^at line (\\d+)$', line: 1 },
        { regexp: '^(\\w+): (.+)$', code: 1, message: 2 },
      ],
    };
    expect(annotate([three], ['in lib/x.py', 'at line 12', 'W123: look here', 'W124: not again'])).toEqual([
      { level: 'warning', message: 'look here', file: 'lib/x.py', line: 12, code: 'W123', source: 'three' },
    ]);
  });

  it('reset() forgets a match in progress', () => {
    const engine = createMatcherEngine([twoLines(true)], { workspace: WORKSPACE });
    expect(engine.matchLine('FILE a.js')).toEqual([]);
    engine.reset();
    expect(engine.matchLine('  1: lost')).toEqual([]);
    engine.matchLine('FILE a.js');
    expect(engine.matchLine('  1: kept')).toHaveLength(1);
  });

  it('skip (built-ins only) passes over lines while a match is in progress, and only then', () => {
    const skipping: ProblemMatcher = { ...twoLines(false), skip: '^ {4}' };
    expect(annotate([skipping], ['FILE a.js', '    source line', '    ^^^^', '  7: found'])).toEqual([
      { level: 'error', message: 'found', file: 'a.js', line: 7, source: 'two' },
    ]);
    expect(annotate([skipping], ['    source line', 'FILE a.js', 'x', '    y', '  7: lost'])).toEqual([]);
  });
});

describe('several matchers', () => {
  it('the first matcher that annotates a line wins it; the line is not matched twice', () => {
    const other: ProblemMatcher = { owner: 'other', pattern: [{ regexp: '^(.+)$', message: 1 }] };
    expect(annotate([simple, other], ['a.c:1:1: error: x'])).toEqual([
      { level: 'error', message: 'x', file: 'a.c', line: 1, column: 1, source: 'simple' },
    ]);
    expect(annotate([other, simple], ['a.c:1:1: error: x'])[0].source).toBe('other');
  });

  it('a match resets the other matchers’ multi-line state', () => {
    const lines = ['FILE a.js', 'a.c:1:1: error: from simple', '  2: would continue a.js'];
    expect(annotate([twoLines(true), simple], lines).map((a) => a.source)).toEqual(['simple']);
  });

  it('a match without a message still resets the others, then the next matcher gets the line', () => {
    const empty: ProblemMatcher = {
      owner: 'empty',
      pattern: [{ regexp: '^  (\\d+): ()', line: 1, message: 2 }],
    };
    const lines = ['FILE a.js', '  2: text'];
    // `empty` matches `  2: text` with an empty message and resets `two` before `two` sees the line.
    expect(annotate([empty, twoLines(true)], lines)).toEqual([]);
    const fallback: ProblemMatcher = { owner: 'fallback', pattern: [{ regexp: '^ +(.+)$', message: 1 }] };
    expect(annotate([empty, fallback], lines).map((a) => a.source)).toEqual(['fallback']);
  });

  it('no matchers: nothing, and the same frozen empty list every time', () => {
    const engine = createMatcherEngine([], { workspace: WORKSPACE });
    expect(engine.matchLine('a.c:1:1: error: x')).toEqual([]);
    expect(engine.matchLine('x')).toBe(engine.matchLine('y'));
    expect(Object.isFrozen(engine.matchLine('z'))).toBe(true);
  });
});

describe('the line as matchers see it', () => {
  it('ANSI codes (SGR, erase, OSC 8 links) and a trailing \\r are removed first', () => {
    const line =
      '\x1b]8;;file:///w/a.c\x07\x1b[01m\x1b[Ka.c:3:7:\x1b[m\x1b[K \x1b[01;31merror: \x1b[mbad\x1b]8;;\x07\r';
    expect(annotate([simple], [line])).toEqual([
      { level: 'error', message: 'bad', file: 'a.c', line: 3, column: 7, source: 'simple' },
    ]);
  });

  it(`only the first ${MAX_MATCH_LENGTH} characters are matched`, () => {
    const long = `a.c:1:1: error: ${'x'.repeat(10_000)}`;
    const [found] = annotate([simple], [long]);
    expect(found.message).toBe('x'.repeat(MAX_MATCH_LENGTH - 'a.c:1:1: error: '.length));
    // A cut never leaves half of a surrogate pair.
    const emoji = `a.c:1:1: error: ${'😀'.repeat(5000)}`;
    const [cut] = annotate([simple], [emoji]);
    expect(cut.message.endsWith('😀')).toBe(true);
    expect(cut.message.length).toBeLessThanOrEqual(MAX_MATCH_LENGTH);
  });
});

describe('line and column numbers', () => {
  const at = (line: string, column = '1') => annotate([simple], [`a.c:${line}:${column}: error: m`])[0];

  it('0, negative, non-numeric, exponent, fractional and absurd values are dropped; the annotation stays', () => {
    for (const bad of [
      '0',
      '-1',
      'abc',
      '1e9',
      '1.5',
      '0x10',
      '',
      ' ',
      '999999999',
      '12345678901234567890',
    ]) {
      const found = at(bad, bad);
      expect(found).toEqual({ level: 'error', message: 'm', file: 'a.c', source: 'simple' });
    }
    expect(at('007', '2')).toMatchObject({ line: 7, column: 2 });
    expect(at('100000000')).toMatchObject({ line: 100_000_000 });
  });

  it('a column without a line is dropped', () => {
    expect(at('x', '5')).toEqual({ level: 'error', message: 'm', file: 'a.c', source: 'simple' });
  });

  it('ranges follow the runner: end before start dropped, columns only on one line, an end alone becomes the start', () => {
    const ranged: ProblemMatcher = {
      owner: 'r',
      pattern: [
        {
          regexp: '^(\\S*) (\\S*) (\\S*) (\\S*) (.+)$',
          line: 1,
          endLine: 2,
          column: 3,
          endColumn: 4,
          message: 5,
        },
      ],
    };
    const ranges = annotate(
      [ranged],
      [
        '5 3 1 2 end before start',
        '3 5 1 2 columns across lines',
        '- 4 - 9 end only',
        '4 4 9 2 columns backwards',
        '4 4 2 9 ok',
      ],
    );
    expect(
      ranges.map(({ line, endLine, column, endColumn }) => ({ line, endLine, column, endColumn })),
    ).toEqual([
      { line: undefined, endLine: undefined, column: undefined, endColumn: undefined },
      { line: 3, endLine: 5, column: undefined, endColumn: undefined },
      { line: 4, endLine: 4, column: 9, endColumn: 9 },
      { line: 4, endLine: 4, column: undefined, endColumn: undefined },
      { line: 4, endLine: 4, column: 2, endColumn: 9 },
    ]);
  });
});

describe('file paths', () => {
  const fileOf = (file: string, options = { workspace: WORKSPACE }) =>
    annotate([simple], [`${file}:1:1: error: m`], options)[0].file;

  it('relative paths stay relative; absolute paths inside the workspace become relative', () => {
    expect(fileOf('src/a.c')).toBe('src/a.c');
    expect(fileOf('./src/../src/a.c')).toBe('src/a.c');
    expect(fileOf(`${WORKSPACE}/src/a.c`)).toBe('src/a.c');
  });

  it('paths outside the workspace, escapes, the workspace itself and pseudo-files are omitted', () => {
    for (const outside of [
      '/etc/passwd',
      '../../etc/passwd',
      'src/../../x.c',
      `${WORKSPACE}-other/a.c`,
      WORKSPACE,
      '.',
      '<stdin>',
      ' ',
    ]) {
      expect([outside, fileOf(outside)]).toEqual([outside, undefined]);
    }
  });

  it('relative paths start from the command’s cwd when given', () => {
    const options = { workspace: WORKSPACE, cwd: `${WORKSPACE}/pkg` };
    expect(fileOf('a.c', options)).toBe('pkg/a.c');
    expect(fileOf('../b.c', options)).toBe('b.c');
    expect(fileOf('../../c.c', options)).toBeUndefined();
  });

  it('a Windows workspace: backslashes, drive letters in any case, `/` in the result', () => {
    const drive: ProblemMatcher = {
      owner: 'd',
      pattern: [{ regexp: '^(.+?):(\\d+): (.+)$', file: 1, line: 2, message: 3 }],
    };
    const windowsFile = (file: string) =>
      annotate([drive], [`${file}:1: m`], { workspace: 'D:\\a\\repo\\repo' })[0].file;
    expect(windowsFile('src\\a.c')).toBe('src/a.c');
    expect(windowsFile('d:\\a\\repo\\repo\\src\\b.c')).toBe('src/b.c');
    expect(windowsFile('D:/a/repo/repo/src/c.c')).toBe('src/c.c');
    expect(windowsFile('C:\\a\\repo\\repo\\x.c')).toBeUndefined();
    expect(windowsFile('..\\other\\x.c')).toBeUndefined();
  });

  it('fromPath roots a relative file at its directory', () => {
    const withFrom: ProblemMatcher = {
      owner: 'f',
      pattern: [{ regexp: '^(\\S+) (\\S+) (.+)$', fromPath: 1, file: 2, message: 3 }],
    };
    expect(annotate([withFrom], ['pkg/sub/project.json lib/x.ts m'])[0].file).toBe('pkg/sub/lib/x.ts');
    expect(annotate([withFrom], [`pkg/project.json ${WORKSPACE}/y.ts m`])[0].file).toBe('y.ts');
  });

  it('with fileExists, a path that does not exist is dropped, as the runner does', () => {
    const seen: string[] = [];
    const fileExists = (path: string) => {
      seen.push(path);
      return path.endsWith('/real.c');
    };
    const found = annotate([simple], ['real.c:1:1: error: a', 'gone.c:1:1: error: b'], {
      workspace: WORKSPACE,
      fileExists,
    });
    expect(found.map((a) => a.file)).toEqual(['real.c', undefined]);
    expect(seen).toEqual([`${WORKSPACE}/real.c`, `${WORKSPACE}/gone.c`]);
  });

  it('looks each path up once, however many problems name it', () => {
    const seen: string[] = [];
    const fileExists = (path: string) => {
      seen.push(path);
      return path.endsWith('/real.c');
    };
    const lines = [
      'real.c:1:1: error: a',
      'gone.c:1:1: error: b',
      'real.c:2:1: error: c',
      'gone.c:3:1: error: d',
    ];
    const found = annotate([simple], lines, { workspace: WORKSPACE, fileExists });
    expect(found.map((a) => a.file)).toEqual(['real.c', undefined, 'real.c', undefined]);
    expect(seen).toEqual([`${WORKSPACE}/real.c`, `${WORKSPACE}/gone.c`]);
  });
});

describe('invalid matchers given to the engine', () => {
  it('throw when the engine is created, naming the pattern', () => {
    expect(() =>
      createMatcherEngine([{ owner: 'x', pattern: [{ regexp: '(a)', message: 3 }] }], {
        workspace: WORKSPACE,
      }),
    ).toThrow('pattern 1 of owner x sets message to 3, but its regexp has groups 0 to 1');
  });
});

describe('createStreamBatchMatcher (the logger’s batch observer)', () => {
  const stylish = twoLines(true);
  /** One line at a time, as batches of one line. */
  const lineByLine = () => {
    const observe = createStreamBatchMatcher([stylish], { workspace: WORKSPACE });
    return (line: string, stream: 'stdout' | 'stderr', attempt: number) =>
      observe({ lines: [line], count: 1, text: line }, stream, attempt);
  };

  it('keeps one state per stream, so interleaved stderr lines do not break a stdout match', () => {
    const observe = lineByLine();
    expect(observe('FILE a.js', 'stdout', 1)).toEqual([]);
    expect(observe('warning: something else', 'stderr', 1)).toEqual([]);
    expect(observe('  3: found', 'stdout', 1)).toEqual([
      { level: 'error', message: 'found', file: 'a.js', line: 3, source: 'two' },
    ]);
    expect(observe('  4: not on stderr', 'stderr', 1)).toEqual([]);
  });

  it('a new attempt starts with no match in progress', () => {
    const observe = lineByLine();
    observe('FILE a.js', 'stdout', 1);
    expect(observe('  3: from attempt 2', 'stdout', 2)).toEqual([]);
    observe('FILE b.js', 'stdout', 2);
    expect(observe('  3: found', 'stdout', 2)).toHaveLength(1);
  });
});
