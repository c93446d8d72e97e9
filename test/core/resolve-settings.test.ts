import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { INPUTS, type InputName } from '../../src/core/inputs.js';
import { resolveSettings, type RawInputs } from '../../src/core/resolve-settings.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'steplog-settings-'));
mkdirSync(path.join(workspace, 'sub'));
writeFileSync(path.join(workspace, 'file.txt'), 'not a directory');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const label = (name: InputName) => `input '${name}'`;
const resolve = (raw: RawInputs, env?: Record<string, string>) =>
  resolveSettings(raw, { workspace, label, env });

const DURATION =
  'a duration such as 90 (seconds), 90s, 1.5m, 1h30m or 250ms (units ms, s, m, h, d; 0 for none; at most 24d)';
const SIZE = 'a size such as 65536, 64KiB, 1MiB or 1MB (units B, KB, MB, GB, KiB, MiB, GiB)';
const CODES = 'a comma-separated list of exit codes from 0 to 255, such as 0,1';
const SHELLS =
  'one of bash, sh, pwsh, powershell, python, node, cmd, or a command template containing {0} (e.g. "perl {0}")';

describe('defaults', () => {
  const DEFAULTS = {
    run: 'echo hi',
    name: 'echo hi',
    shell: { name: 'bash', template: 'bash --noprofile --norc -eo pipefail {0}', extension: '.sh' },
    cwd: workspace,
    env: {},
    timeoutMs: 0,
    idleTimeoutMs: 0,
    killAfterMs: 10_000,
    killSignal: 'SIGTERM',
    maxAttempts: 1,
    retryOn: 'any',
    retryOnExitCodes: null,
    retryDelayMs: 0,
    retryBackoff: 1,
    retryOnOutput: [],
    abortOnOutput: [],
    totalTimeoutMs: 0,
    warnOnRetry: true,
    onRetry: null,
    successCodes: [0],
    outputLimit: 65_536,
    masks: [],
    background: 'keep',
    summary: 'always',
    matchers: ['builtin'],
    logFile: null,
    summaryFile: null,
    junitFile: null,
    codequalityFile: null,
    workflowCommands: false,
    prComment: 'never',
    commentAuthor: null,
    checkRun: false,
    notifyUrls: [],
    notifySecret: null,
    notifyTimeoutMs: 5000,
  };

  test('missing inputs take the documented defaults', () => {
    expect(resolve({ run: 'echo hi' })).toEqual(DEFAULTS);
  });

  // The runner fills every action.yml default, and the CLI passes '' for unset variables.
  test('empty or blank values are the defaults too, never 0 ms or an empty list', () => {
    const blank = Object.fromEntries(INPUTS.map((input) => [input.name, ' ']));
    expect(resolve({ ...blank, run: 'echo hi' })).toEqual(DEFAULTS);
    const empty = Object.fromEntries(INPUTS.map((input) => [input.name, '']));
    expect(resolve({ ...empty, run: 'echo hi' })).toEqual(DEFAULTS);
  });

  test('the defaults written out give the same settings', () => {
    const written = Object.fromEntries(
      INPUTS.filter((input) => input.default !== null).map((input) => [input.name, input.default]),
    );
    expect(resolve({ ...written, run: 'echo hi' })).toEqual(DEFAULTS);
  });
});

describe('values', () => {
  test('every input is parsed into its typed setting', () => {
    const settings = resolve(
      {
        run: 'make test',
        name: 'Tests',
        shell: 'sh',
        'working-directory': 'sub',
        timeout: '1h30m',
        'idle-timeout': '5m',
        'kill-after': '2s',
        'kill-signal': 'int',
        'max-attempts': '3',
        'retry-on': 'timeout',
        'retry-on-exit-codes': '1, 2',
        'retry-delay': '1.5',
        'retry-backoff': '2',
        'on-retry': 'make clean',
        'success-codes': '0,1',
        summary: 'on-failure',
        matchers: 'none\n',
        'output-limit': '512KiB',
        'log-file': ' logs/steplog.jsonl ',
        mask: 'token-a\n\n  token-b  \n',
        'workflow-commands': 'true',
        'pr-comment': 'on-failure',
        'check-run': 'True',
      },
      { EXTRA: '1' },
    );
    expect(settings).toMatchObject({
      name: 'Tests',
      shell: { name: 'sh', template: 'sh -e {0}' },
      cwd: path.join(workspace, 'sub'),
      env: { EXTRA: '1' },
      timeoutMs: 5_400_000,
      idleTimeoutMs: 300_000,
      killAfterMs: 2_000,
      killSignal: 'SIGINT',
      maxAttempts: 3,
      retryOn: 'timeout',
      retryOnExitCodes: [1, 2],
      retryDelayMs: 1_500,
      retryBackoff: 2,
      onRetry: 'make clean',
      successCodes: [0, 1],
      summary: 'on-failure',
      matchers: ['none'],
      outputLimit: 524_288,
      logFile: path.join(workspace, 'logs/steplog.jsonl'),
      masks: ['token-a', 'token-b'],
      workflowCommands: true,
      prComment: 'on-failure',
      checkRun: true,
    });
  });

  test.each([
    ['SIGKILL', 'SIGKILL'],
    ['sigkill', 'SIGKILL'],
    [' HUP ', 'SIGHUP'],
    ['USR1', 'SIGUSR1'],
  ])('kill-signal %j is %s', (value, signal) => {
    expect(resolve({ run: 'x', 'kill-signal': value }).killSignal).toBe(signal);
  });

  test('an absolute working-directory is kept', () => {
    expect(resolve({ run: 'x', 'working-directory': path.join(workspace, 'sub') }).cwd).toBe(
      path.join(workspace, 'sub'),
    );
  });
});

describe('name', () => {
  test.each([
    ['make build', 'make build'],
    ['#!/bin/bash\n# build it\n\n   make build  \nmake test\n', 'make build'],
    ['\r\n# c\r\nnpm ci\r\n', 'npm ci'],
    ['echo "#not a comment"', 'echo "#not a comment"'],
  ])('defaults to the first non-comment line of %j', (run, name) => {
    expect(resolve({ run }).name).toBe(name);
  });

  test('a given name wins; a very long one is shortened to 200 characters', () => {
    expect(resolve({ run: 'x', name: 'Build' }).name).toBe('Build');
    const long = resolve({ run: `echo ${'a'.repeat(300)}` }).name;
    expect(long).toHaveLength(200);
    expect(long.endsWith('aaa…')).toBe(true);
  });
});

describe('bad values: the exact message, and nothing started', () => {
  const cases: [string, RawInputs, string][] = [
    [
      'run empty',
      { run: '' },
      `Invalid input 'run': "". Expected a non-empty script (not only blank lines or comments), or several commands in input 'steps'.`,
    ],
    [
      'run missing',
      { run: undefined },
      `Invalid input 'run': "". Expected a non-empty script (not only blank lines or comments), or several commands in input 'steps'.`,
    ],
    [
      'run blank',
      { run: '  \n\t\n' },
      `Invalid input 'run': "  \\n\\t\\n". Expected a non-empty script (not only blank lines or comments), or several commands in input 'steps'.`,
    ],
    [
      'run only comments',
      { run: '#!/bin/bash\n  # nothing to do\n' },
      `Invalid input 'run': "#!/bin/bash\\n  # nothing to do\\n". Expected a non-empty script (not only blank lines or comments), or several commands in input 'steps'.`,
    ],
    [
      'run with NUL',
      { run: 'echo a\0b' },
      `Invalid input 'run': "echo a\\\\0b". Expected a script without NUL characters.`,
    ],
    [
      'working-directory missing',
      { 'working-directory': 'nope' },
      `Invalid input 'working-directory': "nope". Expected an existing directory.`,
    ],
    [
      'working-directory a file',
      { 'working-directory': 'file.txt' },
      `Invalid input 'working-directory': "file.txt". Expected a directory, not a file.`,
    ],
    ['shell unknown', { shell: 'bashh' }, `Invalid input 'shell': "bashh". Expected ${SHELLS}.`],
    [
      'shell template without {0}',
      { shell: 'perl -w' },
      `Invalid input 'shell': "perl -w". Expected ${SHELLS}.`,
    ],
    ['timeout', { timeout: '10 s' }, `Invalid input 'timeout': "10 s". Expected ${DURATION}.`],
    ['timeout too long', { timeout: '30d' }, `Invalid input 'timeout': "30d". Expected ${DURATION}.`],
    ['idle-timeout', { 'idle-timeout': '1e3' }, `Invalid input 'idle-timeout': "1e3". Expected ${DURATION}.`],
    ['kill-after', { 'kill-after': '-1' }, `Invalid input 'kill-after': "-1". Expected ${DURATION}.`],
    [
      'kill-signal unknown',
      { 'kill-signal': 'SIGFOO' },
      `Invalid input 'kill-signal': "SIGFOO". Expected a signal name such as SIGTERM, SIGINT, SIGHUP or SIGKILL.`,
    ],
    [
      'kill-signal a number',
      { 'kill-signal': '9' },
      `Invalid input 'kill-signal': "9". Expected a signal name such as SIGTERM, SIGINT, SIGHUP or SIGKILL.`,
    ],
    [
      'kill-signal STOP (would freeze the tree)',
      { 'kill-signal': 'STOP' },
      `Invalid input 'kill-signal': "STOP". Expected a signal name such as SIGTERM, SIGINT, SIGHUP or SIGKILL.`,
    ],
    [
      'max-attempts',
      { 'max-attempts': '0' },
      `Invalid input 'max-attempts': "0". Expected a whole number from 1 to 100.`,
    ],
    [
      'max-attempts too many',
      { 'max-attempts': '101' },
      `Invalid input 'max-attempts': "101". Expected a whole number from 1 to 100.`,
    ],
    [
      'retry-on',
      { 'retry-on': 'always' },
      `Invalid input 'retry-on': "always". Expected one of any, error, timeout.`,
    ],
    [
      'retry-on-exit-codes',
      { 'retry-on-exit-codes': '1,x' },
      `Invalid input 'retry-on-exit-codes': "1,x". Expected ${CODES}.`,
    ],
    ['retry-delay', { 'retry-delay': 'soon' }, `Invalid input 'retry-delay': "soon". Expected ${DURATION}.`],
    [
      'retry-backoff',
      { 'retry-backoff': '0.5' },
      `Invalid input 'retry-backoff': "0.5". Expected a number from 1 to 10.`,
    ],
    ['success-codes', { 'success-codes': '256' }, `Invalid input 'success-codes': "256". Expected ${CODES}.`],
    [
      'background',
      { background: 'detach' },
      `Invalid input 'background': "detach". Expected one of keep, kill.`,
    ],
    [
      'summary',
      { summary: 'sometimes' },
      `Invalid input 'summary': "sometimes". Expected one of always, on-failure, never.`,
    ],
    [
      'output-limit',
      { 'output-limit': '1MiB' },
      `Invalid input 'output-limit': "1MiB". Expected ${SIZE}, at most 524288 bytes.`,
    ],
    [
      'output-limit unit',
      { 'output-limit': '64K' },
      `Invalid input 'output-limit': "64K". Expected ${SIZE}.`,
    ],
    [
      'workflow-commands',
      { 'workflow-commands': 'yes' },
      `Invalid input 'workflow-commands': "yes". Expected true or false.`,
    ],
    [
      'pr-comment',
      { 'pr-comment': 'on-success' },
      `Invalid input 'pr-comment': "on-success". Expected one of never, always, on-failure.`,
    ],
    ['check-run', { 'check-run': '1' }, `Invalid input 'check-run': "1". Expected true or false.`],
    [
      'comment-author',
      { 'comment-author': 'acme ci' },
      `Invalid input 'comment-author': "acme ci". Expected a GitHub login such as github-actions[bot] or acme-ci[bot].`,
    ],
    [
      'notify-url',
      { 'notify-url': 'https://hooks.example/a\nftp://u:pw@files.example/' },
      `Invalid input 'notify-url': "ftp://***:***@files.example/". Expected http:// or https:// URLs, one per line.`,
    ],
    [
      'notify-timeout',
      { 'notify-timeout': 'a while' },
      `Invalid input 'notify-timeout': "a while". Expected ${DURATION}.`,
    ],
  ];

  test('webhook URLs one per line; the secret and URL credentials are masked', () => {
    const settings = resolve({
      run: 'true',
      mask: 'other',
      'notify-url': 'https://bot:pa55word@hooks.example/x\n\nhttp://127.0.0.1:8080/hook',
      'notify-secret': ' whsec-123 ',
      'notify-timeout': '2s',
    });
    expect(settings.notifyUrls).toEqual([
      'https://bot:pa55word@hooks.example/x',
      'http://127.0.0.1:8080/hook',
    ]);
    expect(settings.notifySecret).toBe('whsec-123');
    expect(settings.notifyTimeoutMs).toBe(2000);
    expect(settings.masks).toEqual(['other', 'whsec-123', 'bot', 'pa55word']);
  });

  test.each(cases)('%s', (_name, raw, message) => {
    const run = `touch ${path.join(workspace, 'ran')}`;
    const before = readdirSync(workspace).sort();
    let error: unknown;
    try {
      resolve({ run, 'log-file': 'created.jsonl', ...raw });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitStatus).toBe(125);
    expect((error as Error).message).toBe(message);
    // Validation writes nothing: no log file, no script, no marker of a run.
    expect(readdirSync(workspace).sort()).toEqual(before);
  });

  test('a bad environment variable name', () => {
    expect(() => resolve({ run: 'x' }, { 'A=B': '1' })).toThrow(
      'Invalid env: "A=B". Expected environment variable names made of letters, digits and _, not starting with a digit.',
    );
  });

  test('the label is the front door’s own: a CLI flag', () => {
    expect(() =>
      resolveSettings({ run: 'x', timeout: 'abc' }, { workspace, label: (name) => `--${name}` }),
    ).toThrow(`Invalid --timeout: "abc". Expected ${DURATION}.`);
  });
});
