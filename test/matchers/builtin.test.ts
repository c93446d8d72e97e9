// Every built-in matcher against real (or format-faithful) tool output: see fixtures/matchers/samples/README.md.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_MATCHER_NAMES, BUILTIN_MATCHERS } from '../../src/matchers/builtin/index.js';
import { compileMatcher } from '../../src/matchers/compile.js';
import { runsInLinearTime } from '../../src/matchers/regexp-guard.js';
import { annotate, FIXTURES, loadBuiltin, sample, WORKSPACE } from './helpers.js';

describe('gcc', () => {
  const gccMain = [
    {
      level: 'warning',
      message: 'format ‘%d’ expects argument of type ‘int’, but argument 2 has type ‘char *’',
      file: 'src/main.c',
      line: 10,
      column: 14,
      code: '-Wformat=',
      source: 'gcc',
    },
    {
      level: 'error',
      message: '‘undeclared’ undeclared (first use in this function)',
      file: 'src/main.c',
      line: 11,
      column: 12,
      source: 'gcc',
    },
    {
      level: 'notice',
      message: 'each undeclared identifier is reported only once for each function it appears in',
      file: 'src/main.c',
      line: 11,
      column: 12,
      source: 'gcc',
    },
    {
      level: 'warning',
      message: 'unused variable ‘unused’',
      file: 'src/main.c',
      line: 7,
      column: 9,
      code: '-Wunused-variable',
      source: 'gcc',
    },
    {
      level: 'warning',
      message: '‘unused_fn’ defined but not used',
      file: 'src/main.c',
      line: 4,
      column: 12,
      code: '-Wunused-function',
      source: 'gcc',
    },
  ];

  it('reads gcc diagnostics; notes are notices; context and excerpt lines are not problems', async () => {
    expect(annotate(await loadBuiltin('gcc'), sample('gcc.txt'))).toEqual(gccMain);
  });

  it('reads the same diagnostics from coloured output (ANSI stripped before matching)', async () => {
    expect(annotate(await loadBuiltin('gcc'), sample('gcc-color.txt'))).toEqual(gccMain);
  });

  it('reads fatal errors and C++ messages that contain `::`', async () => {
    const matchers = await loadBuiltin('gcc');
    expect(annotate(matchers, sample('gcc-fatal.txt'))).toEqual([
      {
        level: 'error',
        message: 'nothere.h: No such file or directory',
        file: 'src/inc.c',
        line: 1,
        column: 10,
        source: 'gcc',
      },
    ]);
    const cpp = annotate(matchers, sample('gcc-cpp.txt'));
    expect(cpp.map((a) => [a.file, a.line, a.column, a.level])).toEqual([
      ['src/lib.cpp', 2, 27, 'error'],
      ['src/lib.cpp', 2, 38, 'error'],
    ]);
    expect(cpp[0].message).toContain('{aka ‘std::__cxx11::basic_string<char>’}');
  });

  it('reads clang diagnostics', async () => {
    expect(annotate(await loadBuiltin('gcc'), sample('clang.txt'))).toEqual([
      {
        level: 'warning',
        message: "format specifies type 'int' but the argument has type 'char *'",
        file: 'src/main.c',
        line: 10,
        column: 20,
        code: '-Wformat',
        source: 'gcc',
      },
      {
        level: 'error',
        message: "use of undeclared identifier 'undeclared'",
        file: 'src/main.c',
        line: 11,
        column: 12,
        source: 'gcc',
      },
      {
        level: 'warning',
        message: "unused variable 'unused'",
        file: 'src/main.c',
        line: 7,
        column: 9,
        code: '-Wunused-variable',
        source: 'gcc',
      },
    ]);
  });

  it('reads Windows paths and lines without a column', async () => {
    const found = annotate(await loadBuiltin('gcc'), ['C:\\a\\repo\\src\\x.c:3: warning: old style'], {
      workspace: 'C:\\a\\repo',
    });
    expect(found).toEqual([
      { level: 'warning', message: 'old style', file: 'src/x.c', line: 3, source: 'gcc' },
    ]);
  });
});

describe('tsc', () => {
  const expected = [
    {
      level: 'error',
      message: "Type 'string' is not assignable to type 'number'.",
      file: 'src/a.ts',
      line: 1,
      column: 7,
      code: 'TS2322',
      source: 'tsc',
    },
    {
      level: 'error',
      message: "Property 'toFixed' does not exist on type 'string'. Did you mean 'fixed'?",
      file: 'src/a.ts',
      line: 2,
      column: 34,
      code: 'TS2551',
      source: 'tsc',
    },
  ];

  it('reads `file(line,col): error TSxxxx: message`', async () => {
    expect(annotate(await loadBuiltin('tsc'), sample('tsc.txt'))).toEqual(expected);
  });

  it('reads the coloured `file:line:col - error TSxxxx: message` of --pretty, not its related locations', async () => {
    expect(annotate(await loadBuiltin('tsc'), sample('tsc-pretty.txt'))).toEqual(expected);
  });

  it('reads errors that have no file', async () => {
    expect(annotate(await loadBuiltin('tsc'), sample('tsc-global.txt'))).toEqual([
      { level: 'error', message: "Unknown compiler option '--badOption'.", code: 'TS5023', source: 'tsc' },
    ]);
  });
});

describe('eslint', () => {
  const problems = [
    ['src/app.js', 7, 1, 'error', 'Parsing error: Unexpected token', undefined],
    ['src/app2.js', 1, 7, 'error', "'unused' is assigned a value but never used", 'no-unused-vars'],
    ['src/app2.js', 2, 10, 'error', "'f' is defined but never used", 'no-unused-vars'],
    ['src/app2.js', 3, 3, 'warning', 'Unexpected console statement', 'no-console'],
    ['src/app2.js', 4, 12, 'warning', "Expected '===' and instead saw '=='", 'eqeqeq'],
    ['src/app2.js', 4, 22, 'error', "'undefinedThing' is not defined", 'no-undef'],
    ['src/ok.js', 1, 1, 'error', 'Unexpected var, use let or const instead', 'no-var'],
    ['src/ok.js', 2, 1, 'warning', "Unexpected 'debugger' statement", 'no-debugger'],
  ] as const;
  const summary = (found: ReturnType<typeof annotate>) =>
    found.map((a) => [a.file, a.line, a.column, a.level, a.message.replace(/\.$/, ''), a.code]);

  it('eslint-stylish: one file line, then a loop over its problem lines (with and without colour)', async () => {
    const matchers = await loadBuiltin('eslint-stylish');
    for (const name of ['eslint-stylish.txt', 'eslint-stylish-color.txt']) {
      const found = annotate(matchers, sample(name));
      expect(summary(found)).toEqual(problems);
      expect(new Set(found.map((a) => a.source))).toEqual(new Set(['eslint-stylish']));
    }
  });

  it('eslint-compact: one line per problem, severities `Error`/`Warning`', async () => {
    const found = annotate(await loadBuiltin('eslint-compact'), sample('eslint-compact.txt'));
    expect(summary(found)).toEqual(problems);
    expect(found[1].message).toBe("'unused' is assigned a value but never used.");
  });
});

describe('python', () => {
  const cases: [string, object][] = [
    [
      'python-value.txt',
      {
        file: 'pkg/calc.py',
        line: 2,
        code: 'ValueError',
        message: "ValueError: invalid literal for int() with base 10: 'abc'",
      },
    ],
    // Python 3.11's `~~^~~` and `^^^^` lines sit between the frame and the exception.
    ['python-zero.txt', { file: 'pkg/calc.py', line: 6, message: 'ZeroDivisionError: division by zero' }],
    ['python-key.txt', { file: 'pkg/calc.py', line: 10, message: "KeyError: 'inner'" }],
    [
      'python-custom.txt',
      {
        file: 'app.py',
        line: 20,
        code: 'main.<locals>.ConfigError',
        message: "main.<locals>.ConfigError: bad config: 'x'",
      },
    ],
    [
      'python-syntax.txt',
      { file: 'bad.py', line: 1, code: 'SyntaxError', message: 'SyntaxError: invalid syntax' },
    ],
  ];

  it.each(cases)('%s: the innermost frame and the exception line', async (name, expected) => {
    const found = annotate(await loadBuiltin('python'), sample(name));
    expect(found).toEqual([{ level: 'error', source: 'python', ...expected, code: expect.any(String) }]);
  });

  it('a chained traceback gives one annotation per exception', async () => {
    const found = annotate(await loadBuiltin('python'), sample('python-chain.txt'));
    expect(found.map((a) => [a.file, a.line, a.message])).toEqual([
      ['pkg/calc.py', 10, "KeyError: 'missing'"],
      ['app.py', 16, 'RuntimeError: lookup failed'],
    ]);
  });

  it('a pseudo-file (`<string>`) is no file; the line stays', async () => {
    expect(annotate(await loadBuiltin('python'), sample('python-c.txt'))).toEqual([
      { level: 'error', message: 'ValueError: from -c', line: 1, code: 'ValueError', source: 'python' },
    ]);
  });

  it('a frame followed by something that is not an exception line makes nothing', async () => {
    const lines = [
      '  File "/home/runner/work/app/app/a.py", line 3, in f',
      '    x = 1',
      'Done',
      'KeyboardInterrupt',
    ];
    expect(annotate(await loadBuiltin('python'), lines)).toEqual([]);
    const bare = ['  File "a.py", line 3, in f', '    time.sleep(1)', 'KeyboardInterrupt'];
    expect(annotate(await loadBuiltin('python'), bare)).toEqual([
      {
        level: 'error',
        message: 'KeyboardInterrupt',
        file: 'a.py',
        line: 3,
        code: 'KeyboardInterrupt',
        source: 'python',
      },
    ]);
  });
});

describe('pytest', () => {
  const summaryLines = [
    ['tests/test_calc.py', undefined, 'FAILED tests/test_calc.py::test_ratio - assert 0.5 == 0.25'],
    ['tests/test_calc.py', undefined, "FAILED tests/test_calc.py::test_lookup_missing - KeyError: 'k'"],
    [
      'tests/test_calc.py',
      undefined,
      'FAILED tests/test_calc.py::TestGroup::test_equal[2-3] - AssertionError: 2 != 3',
    ],
  ];
  const brief = (found: ReturnType<typeof annotate>) => found.map((a) => [a.file, a.line, a.message]);

  it('--tb=long: `path:line: Exception` lines, then the FAILED summary', async () => {
    expect(brief(annotate(await loadBuiltin('pytest'), sample('pytest-long.txt')))).toEqual([
      ['tests/test_calc.py', 10, 'AssertionError'],
      ['pkg/calc.py', 10, 'KeyError'],
      ['tests/test_calc.py', 20, 'AssertionError'],
      ...summaryLines,
    ]);
  });

  it('--tb=line: `path:line: message` with an absolute path', async () => {
    expect(brief(annotate(await loadBuiltin('pytest'), sample('pytest-line.txt')))).toEqual([
      ['tests/test_calc.py', 10, 'assert 0.5 == 0.25'],
      ['pkg/calc.py', 10, "KeyError: 'k'"],
      ['tests/test_calc.py', 20, 'AssertionError: 2 != 3'],
      ...summaryLines,
    ]);
  });

  it('--tb=short: the last `path:line: in f` frame with its `E` line; frames alone are not problems', async () => {
    const found = annotate(await loadBuiltin('pytest'), sample('pytest-short.txt'));
    expect(brief(found)).toEqual([
      ['tests/test_calc.py', 10, 'assert 0.5 == 0.25'],
      ['pkg/calc.py', 10, "KeyError: 'k'"],
      ['tests/test_calc.py', 20, 'AssertionError: 2 != 3'],
      ...summaryLines,
    ]);
    expect(found[0].source).toBe('pytest-traceback');
    expect(found[3]).toEqual({
      level: 'error',
      message: 'FAILED tests/test_calc.py::test_ratio - assert 0.5 == 0.25',
      file: 'tests/test_calc.py',
      source: 'pytest',
    });
  });

  it('a collection error: the frame outside the workspace is dropped, the ERROR line kept', async () => {
    expect(brief(annotate(await loadBuiltin('pytest'), sample('pytest-collect-error.txt')))).toEqual([
      ['tests/test_broken.py', 1, "ModuleNotFoundError: No module named 'not_a_module'"],
      ['tests/test_broken.py', undefined, 'ERROR tests/test_broken.py'],
    ]);
  });
});

describe('go', () => {
  it('reads go build, go vet and linter errors', async () => {
    const matchers = await loadBuiltin('go');
    const lines = [...sample('go-build.txt'), ...sample('go-vet.txt'), ...sample('go-lint.txt')];
    expect(annotate(matchers, lines)).toEqual([
      {
        level: 'error',
        message: '"os" imported and not used',
        file: 'calc.go',
        line: 5,
        column: 2,
        source: 'go',
      },
      { level: 'error', message: 'undefined: total', file: 'calc.go', line: 9, column: 9, source: 'go' },
      {
        level: 'error',
        message: 'fmt.Printf format %d has arg name of wrong type string',
        file: 'calc.go',
        line: 12,
        column: 2,
        source: 'go',
      },
      {
        level: 'error',
        message: 'ineffectual assignment to err (ineffassign)',
        file: 'calc.go',
        line: 20,
        column: 2,
        source: 'go',
      },
    ]);
  });

  it('go test: `--- FAIL:` then every log line of the failed test (loop), subtests included', async () => {
    expect(annotate(await loadBuiltin('go'), sample('go-test.txt'))).toEqual([
      {
        level: 'error',
        message: 'Add(1, 2) = 4; want 3',
        file: 'calc_test.go',
        line: 9,
        code: 'TestAdd',
        source: 'go-test',
      },
      {
        level: 'error',
        message: 'Add(2, 2) = 5; want 4',
        file: 'calc_test.go',
        line: 10,
        code: 'TestAdd',
        source: 'go-test',
      },
      {
        level: 'error',
        message: 'Add(-1, -2) = -4; want -3',
        file: 'calc_test.go',
        line: 24,
        code: 'TestTable/negative',
        source: 'go-test',
      },
    ]);
  });

  it('go test -v: the log line just before `--- FAIL:`; a passing test’s logs make nothing', async () => {
    const found = annotate(await loadBuiltin('go'), sample('go-test-verbose.txt'));
    expect(found.map((a) => [a.file, a.line, a.code, a.message, a.source])).toEqual([
      ['calc_test.go', 9, 'TestAdd', 'Add(1, 2) = 4; want 3', 'go-test-verbose'],
      ['calc_test.go', 24, 'TestTable', 'Add(-1, -2) = -4; want -3', 'go-test-verbose'],
    ]);
  });

  it('test files are named from the package directory: the cwd option places them', async () => {
    const found = annotate(await loadBuiltin('go'), sample('go-test.txt').slice(0, 2), {
      workspace: WORKSPACE,
      cwd: `${WORKSPACE}/calc`,
    });
    expect(found[0].file).toBe('calc/calc_test.go');
  });
});

describe('workflow-commands', () => {
  it('reads ::error/::warning/::notice lines and nothing else', async () => {
    expect(annotate(await loadBuiltin('workflow-commands'), sample('workflow-commands.txt'))).toEqual([
      {
        level: 'error',
        message: "Type 'string' is not assignable to type 'number'.",
        file: 'src/app.ts',
        line: 12,
        column: 5,
        endColumn: 9,
        title: 'Type error',
        source: 'workflow-commands',
      },
      {
        level: 'warning',
        message: 'Deprecated API: use parse() instead',
        file: 'src/util.ts',
        line: 3,
        source: 'workflow-commands',
      },
      { level: 'notice', message: 'Coverage 91%', source: 'workflow-commands' },
      {
        level: 'warning',
        message: 'leading whitespace still makes a command',
        title: 'Indented',
        source: 'workflow-commands',
      },
      {
        level: 'error',
        message: 'names are case-insensitive',
        file: 'src/b.ts',
        line: 4,
        source: 'workflow-commands',
      },
      {
        level: 'error',
        message: 'line 0 is dropped, and the column with it',
        file: 'src/a.ts',
        source: 'workflow-commands',
      },
    ]);
  });
});

describe('all built-ins together (`builtin`)', () => {
  const samples = [
    ['gcc', 'gcc.txt'],
    ['gcc', 'gcc-color.txt'],
    ['gcc', 'gcc-cpp.txt'],
    ['gcc', 'clang.txt'],
    ['tsc', 'tsc.txt'],
    ['tsc', 'tsc-pretty.txt'],
    ['eslint-stylish', 'eslint-stylish.txt'],
    ['eslint-compact', 'eslint-compact.txt'],
    ['python', 'python-chain.txt'],
    ['python', 'python-zero.txt'],
    ['pytest', 'pytest-long.txt'],
    ['pytest', 'pytest-short.txt'],
    ['pytest', 'pytest-line.txt'],
    ['go', 'go-test.txt'],
    ['go', 'go-test-verbose.txt'],
    ['go', 'go-build.txt'],
    ['workflow-commands', 'workflow-commands.txt'],
    ['docker-build', 'docker-build-buildkit.txt'],
    ['docker-build', 'docker-build-classic.txt'],
    ['docker-build', 'podman-build.txt'],
    ['ansible', 'ansible-playbook.txt'],
    ['ansible', 'ansible-loop.txt'],
    ['ansible', 'ansible-syntax.txt'],
    ['ansible', 'ansible-adhoc.txt'],
  ] as const;

  it.each(samples)('%s output (%s) annotates the same with every built-in loaded', async (name, file) => {
    const alone = annotate(await loadBuiltin(name), sample(file));
    expect(alone.length).toBeGreaterThan(0);
    expect(annotate(await loadBuiltin('builtin'), sample(file))).toEqual(alone);
  });

  it('the concatenation of every sample gives the sum of their annotations', async () => {
    const all = await loadBuiltin('builtin');
    const each = samples.flatMap(([, file]) => annotate(all, sample(file)));
    expect(
      annotate(
        all,
        samples.flatMap(([, file]) => sample(file)),
      ),
    ).toEqual(each);
  });

  it('the `contains` prefilters never change a result', async () => {
    const all = await loadBuiltin('builtin');
    const unfiltered = all.map((matcher) => ({
      ...matcher,
      pattern: matcher.pattern.map(({ contains: _contains, ...pattern }) => pattern),
    }));
    expect(all.some((matcher) => matcher.pattern.some((pattern) => pattern.contains))).toBe(true);
    const lines = readdirSync(`${FIXTURES}samples`)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => sample(name));
    expect(annotate(unfiltered, lines)).toEqual(annotate(all, lines));
  });

  it('every built-in is valid and runs on the linear engine', () => {
    for (const name of BUILTIN_MATCHER_NAMES) {
      for (const matcher of BUILTIN_MATCHERS[name]) {
        expect(() => compileMatcher(matcher)).not.toThrow();
        for (const pattern of matcher.pattern)
          expect([matcher.owner, runsInLinearTime(pattern.regexp)]).toEqual([matcher.owner, true]);
        if (matcher.skip) expect(runsInLinearTime(matcher.skip)).toBe(true);
        if (matcher.unlessNext) expect(runsInLinearTime(matcher.unlessNext)).toBe(true);
      }
    }
  });
});
