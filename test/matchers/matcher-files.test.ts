// Real problem-matcher files shipped by public actions (copied byte for byte into
// fixtures/matchers/files/, see SOURCES.md there) load and annotate as the GitHub runner would, and
// broken files are refused with a message naming the input, the file and the fault.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { loadMatchers } from '../../src/matchers/load-matchers.js';
import { MatcherFileError, parseMatcherFile } from '../../src/matchers/parse-matcher-file.js';
import { annotate, FIXTURES, sample } from './helpers.js';

function loadFile(file: string) {
  return loadMatchers([file], { workspace: `${FIXTURES}files`, label: 'matchers' });
}

const brief = (found: ReturnType<typeof annotate>) =>
  found.map((a) => [a.level, a.file, a.line, a.column, a.code, a.message]);

describe('real matcher files', () => {
  it('setup-node tsc.json: both tsc formats; the code group holds the digits only', async () => {
    const matchers = await loadFile('actions-setup-node/tsc.json');
    expect(matchers).toEqual([
      expect.objectContaining({
        owner: 'tsc',
        pattern: [expect.objectContaining({ file: 1, code: 5, message: 6 })],
      }),
    ]);
    const expected = [
      ['error', 'src/a.ts', 1, 7, '2322', "Type 'string' is not assignable to type 'number'."],
      [
        'error',
        'src/a.ts',
        2,
        34,
        '2551',
        "Property 'toFixed' does not exist on type 'string'. Did you mean 'fixed'?",
      ],
    ];
    expect(brief(annotate(matchers, sample('tsc.txt')))).toEqual(expected);
    expect(brief(annotate(matchers, sample('tsc-pretty.txt')))).toEqual(expected);
  });

  it('setup-node eslint-stylish.json: two patterns with loop; its regexp needs a rule, so the parse error is skipped', async () => {
    const found = annotate(
      await loadFile('actions-setup-node/eslint-stylish.json'),
      sample('eslint-stylish-color.txt'),
    );
    expect(found).toHaveLength(7);
    expect(found[0]).toEqual({
      level: 'error',
      message: "'unused' is assigned a value but never used",
      file: 'src/app2.js',
      line: 1,
      column: 7,
      code: 'no-unused-vars',
      source: 'eslint-stylish',
    });
    expect(found.map((a) => [a.file, a.line, a.level])).toContainEqual(['src/ok.js', 2, 'warning']);
  });

  it('setup-node eslint-compact.json: severities `Error`/`Warning` compared case-insensitively', async () => {
    const found = annotate(
      await loadFile('actions-setup-node/eslint-compact.json'),
      sample('eslint-compact.txt'),
    );
    expect(found.map((a) => a.level)).toEqual([
      'error',
      'error',
      'warning',
      'warning',
      'error',
      'error',
      'warning',
    ]);
    expect(found[2]).toMatchObject({ file: 'src/app2.js', line: 3, column: 3, code: 'no-console' });
  });

  it("setup-python python.json: two consecutive patterns, File line then raise X('message')", async () => {
    const matchers = await loadFile('actions-setup-python/python.json');
    expect(annotate(matchers, sample('python-raise.txt'))).toEqual([
      { level: 'error', message: 'negative value', file: 'raise_single.py', line: 3, source: 'python' },
    ]);
    // `raise X("…")` with double quotes is not its format: nothing, as on GitHub.
    expect(annotate(matchers, sample('python-chain.txt'))).toEqual([]);
  });

  it('ammaraskar gcc_matcher.json: optional column, lazy file, no notes', async () => {
    const found = annotate(await loadFile('ammaraskar-gcc-problem-matcher/gcc_matcher.json'), [
      ...sample('gcc.txt'),
      ...sample('gcc-fatal.txt'),
    ]);
    expect(brief(found)).toEqual([
      [
        'warning',
        'src/main.c',
        10,
        14,
        undefined,
        'format ‘%d’ expects argument of type ‘int’, but argument 2 has type ‘char *’ [-Wformat=]',
      ],
      ['error', 'src/main.c', 11, 12, undefined, '‘undeclared’ undeclared (first use in this function)'],
      ['warning', 'src/main.c', 7, 9, undefined, 'unused variable ‘unused’ [-Wunused-variable]'],
      ['warning', 'src/main.c', 4, 12, undefined, '‘unused_fn’ defined but not used [-Wunused-function]'],
      ['error', 'src/inc.c', 1, 10, undefined, 'nothere.h: No such file or directory'],
    ]);
    expect(found[0].source).toBe('gcc-problem-matcher');
  });

  it('liskin gcc.json: greedy file group; messages holding `::` stay whole', async () => {
    const found = annotate(await loadFile('liskin-gh-problem-matcher-wrap/gcc.json'), sample('gcc-cpp.txt'));
    expect(brief(found)).toEqual([
      [
        'error',
        'src/lib.cpp',
        2,
        27,
        undefined,
        'conversion from ‘int’ to non-scalar type ‘std::string’ {aka ‘std::__cxx11::basic_string<char>’} requested',
      ],
      [
        'error',
        'src/lib.cpp',
        2,
        38,
        undefined,
        'cannot convert ‘std::string’ {aka ‘std::__cxx11::basic_string<char>’} to ‘int’ in return',
      ],
    ]);
  });

  it('liskin pytest.json: matcher-level severity; a match with an empty message is dropped', async () => {
    const found = annotate(
      await loadFile('liskin-gh-problem-matcher-wrap/pytest.json'),
      sample('pytest-long.txt'),
    );
    // `tests/test_calc.py:14: ` (an intermediate frame) matches with an empty message.
    expect(brief(found)).toEqual([
      ['error', 'tests/test_calc.py', 10, undefined, undefined, 'AssertionError'],
      ['error', 'pkg/calc.py', 10, undefined, undefined, 'KeyError'],
      ['error', 'tests/test_calc.py', 20, undefined, undefined, 'AssertionError'],
    ]);
  });

  it('liskin flake8.json: two matchers in one file, each with its own default severity', async () => {
    const matchers = await loadFile('liskin-gh-problem-matcher-wrap/flake8.json');
    expect(matchers.map((m) => [m.owner, m.severity])).toEqual([
      ['flake8-error', 'error'],
      ['flake8-warning', 'warning'],
    ]);
    expect(
      annotate(matchers, sample('flake8.txt')).map((a) => [
        a.source,
        a.level,
        a.file,
        a.line,
        a.column,
        a.code,
      ]),
    ).toEqual([
      ['flake8-error', 'error', 'src/app.py', 1, 1, 'F401'],
      ['flake8-error', 'error', 'src/app.py', 3, 80, 'E501'],
      ['flake8-error', 'error', 'src/app.py', 7, 5, 'E722'],
      ['flake8-warning', 'warning', 'src/app.py', 9, 1, 'W391'],
      ['flake8-warning', 'warning', 'src/util.py', 2, 10, 'W605'],
    ]);
  });

  it('every copied file is byte for byte what SOURCES.md lists', () => {
    const sources = readFileSync(`${FIXTURES}files/SOURCES.md`, 'utf8');
    for (const file of [
      'actions-setup-node/tsc.json',
      'actions-setup-node/eslint-stylish.json',
      'actions-setup-node/eslint-compact.json',
      'actions-setup-python/python.json',
      'ammaraskar-gcc-problem-matcher/gcc_matcher.json',
      'liskin-gh-problem-matcher-wrap/gcc.json',
      'liskin-gh-problem-matcher-wrap/pytest.json',
      'liskin-gh-problem-matcher-wrap/flake8.json',
    ]) {
      expect(sources).toContain(`\`${file}\``);
    }
  });
});

describe('invalid matcher files', () => {
  const parse = (data: unknown) =>
    parseMatcherFile(typeof data === 'string' ? data : JSON.stringify(data), {
      label: 'matchers',
      file: '.github/m.json',
    });
  const matcher = (pattern: object[], extra: object = {}) => ({
    problemMatcher: [{ owner: 'tsc', pattern, ...extra }],
  });

  const cases: [string, unknown, string][] = [
    ['not JSON', '{"problemMatcher": [', 'it is not valid JSON'],
    ['no problemMatcher array', { matchers: [] }, 'it has no "problemMatcher" array'],
    ['an empty problemMatcher array', { problemMatcher: [] }, 'its "problemMatcher" array is empty'],
    [
      'a matcher without owner',
      { problemMatcher: [{ pattern: [{ regexp: '(x)', message: 1 }] }] },
      'matcher 1 has no owner',
    ],
    ['no patterns', matcher([]), 'owner tsc has no pattern array'],
    [
      'a pattern without regexp',
      matcher([{ regexp: '(a)', file: 1 }, { message: 1 }]),
      'pattern 2 of owner tsc has no regexp',
    ],
    [
      'an invalid regexp',
      matcher([{ regexp: '(unclosed', message: 1 }]),
      'pattern 1 of owner tsc has an invalid regexp',
    ],
    [
      'a group out of range',
      matcher([{ regexp: '(a)', message: 2 }]),
      'pattern 1 of owner tsc sets message to 2, but its regexp has groups 0 to 1',
    ],
    [
      'a group that is not a number',
      matcher([{ regexp: '(a)', message: '1' }]),
      'pattern 1 of owner tsc sets message to "1", not a group number',
    ],
    [
      'a property set twice',
      matcher([
        { regexp: '(a)', file: 1 },
        { regexp: '(b)', file: 1, message: 1 },
      ]),
      'pattern 2 of owner tsc sets file, already set by pattern 1',
    ],
    ['no message', matcher([{ regexp: '(a)', file: 1 }]), 'no pattern of owner tsc sets message'],
    [
      'loop on a single pattern',
      matcher([{ regexp: '(a)', message: 1, loop: true }]),
      'pattern 1 of owner tsc loops, but only the last of several patterns may loop',
    ],
    [
      'loop before the last pattern',
      matcher([
        { regexp: '(a)', file: 1, loop: true },
        { regexp: '(b)', message: 1 },
      ]),
      'pattern 1 of owner tsc loops',
    ],
    [
      'loop without message',
      matcher([
        { regexp: '(a)', message: 1 },
        { regexp: '(b)', file: 1, loop: true },
      ]),
      'pattern 2 of owner tsc loops, so it must set message',
    ],
    [
      'loop that is not a boolean',
      matcher([{ regexp: '(a)', message: 1, loop: 'yes' }]),
      'sets loop to "yes", not true or false',
    ],
    [
      'an unknown severity',
      matcher([{ regexp: '(a)', message: 1 }], { severity: 'fatal' }),
      'owner tsc has severity "fatal", not error, warning or notice',
    ],
    [
      'the same owner twice',
      {
        problemMatcher: [
          { owner: 'a', pattern: [{ regexp: '(x)', message: 1 }] },
          { owner: 'A', pattern: [{ regexp: '(x)', message: 1 }] },
        ],
      },
      'owner A appears twice',
    ],
    [
      'an unboundable regexp',
      matcher([{ regexp: '^(a+)+\\1$', message: 1 }]),
      'pattern 1 of owner tsc is refused',
    ],
  ];

  it.each(cases)('%s', (_name, data, problem) => {
    let error: unknown;
    try {
      parse(data);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MatcherFileError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitStatus).toBe(125);
    expect((error as Error).message).toMatch(/^Invalid matchers: "\.github\/m\.json": /);
    expect((error as Error).message).toContain(problem);
    expect((error as Error).message).toContain('Expected a GitHub problem-matcher file');
  });

  it('accepts what the runner accepts: unknown keys, a BOM, severity in any case, group 0', () => {
    const text = `\uFEFF${JSON.stringify({
      $schema: 'x',
      problemMatcher: [
        { owner: 'x', severity: 'Warning', pattern: [{ regexp: '^W: .*$', message: 0, extra: 1 }] },
      ],
    })}`;
    const matchers = parseMatcherFile(text, { label: 'matchers', file: 'x.json' });
    expect(matchers).toEqual([
      { owner: 'x', severity: 'warning', pattern: [{ regexp: '^W: .*$', message: 0 }] },
    ]);
    expect(annotate(matchers, ['W: careful'])).toEqual([
      { level: 'warning', message: 'W: careful', source: 'x' },
    ]);
  });

  it("steplog's own extensions are not read from files", () => {
    const text = JSON.stringify({
      problemMatcher: [
        { owner: 'x', skip: '^ ', pattern: [{ regexp: '^(.*)$', message: 1, properties: 1 }] },
      ],
    });
    expect(parseMatcherFile(text, { label: 'matchers', file: 'x.json' })).toEqual([
      { owner: 'x', pattern: [{ regexp: '^(.*)$', message: 1 }] },
    ]);
  });
});
