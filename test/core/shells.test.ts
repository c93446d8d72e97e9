import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { BUILTIN_SHELLS, parseShell, shellArgv, splitTemplate } from '../../src/core/shells.js';

const ACCEPTED =
  'one of bash, sh, pwsh, powershell, python, node, cmd, or a command template containing {0} (e.g. "perl {0}")';

const dir = mkdtempSync(path.join(tmpdir(), 'steplog-shells-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` the way the runner will: written to a file, spawned with the shell's argv. */
function runScript(shellName: string, script: string) {
  const shell = parseShell('--shell', shellName);
  const file = path.join(dir, `script with space${shell.extension}`);
  writeFileSync(file, script);
  const [program, ...args] = shellArgv(shell, file);
  const result = spawnSync(program, args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parseShell', () => {
  test('built-in names give GitHub run: templates and script extensions', () => {
    expect(parseShell('--shell', 'bash')).toEqual({
      name: 'bash',
      template: 'bash --noprofile --norc -eo pipefail {0}',
      extension: '.sh',
    });
    expect(parseShell('--shell', ' sh ')).toEqual({ name: 'sh', template: 'sh -e {0}', extension: '.sh' });
    expect(parseShell('--shell', 'pwsh').extension).toBe('.ps1');
    expect(parseShell('--shell', 'python')).toMatchObject({ template: 'python {0}', extension: '.py' });
    expect(parseShell('--shell', 'node')).toMatchObject({ template: 'node {0}', extension: '.js' });
    expect(parseShell('--shell', 'cmd').extension).toBe('.cmd');
    for (const [name, spec] of Object.entries(BUILTIN_SHELLS)) expect(spec.template, name).toContain('{0}');
  });

  test('a custom template with {0} is kept as given, with no extension unless it is PowerShell', () => {
    expect(parseShell('--shell', 'perl -w {0}')).toEqual({
      name: 'perl -w {0}',
      template: 'perl -w {0}',
      extension: '',
    });
    expect(parseShell('--shell', '/opt/pwsh/pwsh -File {0}').extension).toBe('.ps1');
    expect(parseShell('--shell', '"C:\\Program Files\\PowerShell\\powershell.exe" -File {0}').extension).toBe(
      '.ps1',
    );
    expect(parseShell('--shell', 'mypwsh {0}').extension).toBe('');
  });

  test('an unknown shell is refused before anything runs', () => {
    expect(() => parseShell("input 'shell'", 'bashh')).toThrow(InputError);
    expect(() => parseShell("input 'shell'", 'bashh')).toThrow(
      `Invalid input 'shell': "bashh". Expected ${ACCEPTED}.`,
    );
  });

  test.each(['perl -w', 'bash -c', '', 'python {1}', '{}'])(
    'a template without {0} is refused: %j',
    (value) => {
      expect(() => parseShell('--shell', value)).toThrow(
        `Invalid --shell: ${JSON.stringify(value)}. Expected ${ACCEPTED}.`,
      );
    },
  );
});

describe('splitTemplate and shellArgv', () => {
  test('splits on blanks, double quotes group and are removed', () => {
    expect(splitTemplate('bash --noprofile --norc -eo pipefail {0}')).toEqual([
      'bash',
      '--noprofile',
      '--norc',
      '-eo',
      'pipefail',
      '{0}',
    ]);
    expect(splitTemplate('  "C:\\Program Files\\x.exe"   -f  {0} ')).toEqual([
      'C:\\Program Files\\x.exe',
      '-f',
      '{0}',
    ]);
    expect(splitTemplate('a "" b')).toEqual(['a', '', 'b']);
    expect(splitTemplate('pwsh -command ". \'{0}\'"')).toEqual(['pwsh', '-command', ". '{0}'"]);
    expect(splitTemplate('%ComSpec% /D /E:ON /V:OFF /S /C "CALL "{0}""')).toEqual([
      '%ComSpec%',
      '/D',
      '/E:ON',
      '/V:OFF',
      '/S',
      '/C',
      'CALL {0}',
    ]);
  });

  test('the script path replaces every {0} and stays one argument even with spaces', () => {
    const shell = parseShell('--shell', 'sh -c "cat {0} {0}" x');
    expect(shellArgv(shell, '/tmp/a b.sh')).toEqual(['sh', '-c', 'cat /tmp/a b.sh /tmp/a b.sh', 'x']);
    expect(shellArgv(parseShell('--shell', 'bash'), '/tmp/my script.sh')).toEqual([
      'bash',
      '--noprofile',
      '--norc',
      '-eo',
      'pipefail',
      '/tmp/my script.sh',
    ]);
  });
});

describe('templates run for real', () => {
  test('bash stops at the first failing command of a pipeline (-eo pipefail)', () => {
    const result = runScript('bash', 'echo one\nfalse | true\necho unreachable\n');
    expect(result).toMatchObject({ status: 1, stdout: 'one\n' });
  });

  test('bash does not read profile or rc files', () => {
    expect(
      runScript('bash', 'echo "$-"; shopt -q login_shell && echo login || echo not-login\n'),
    ).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^[a-zA-Z]*e[a-zA-Z]*\nnot-login\n$/),
    });
  });

  test('sh stops at the first failing command (-e)', () => {
    expect(runScript('sh', 'echo one\nfalse\necho unreachable\n')).toMatchObject({
      status: 1,
      stdout: 'one\n',
    });
  });

  test('node and python run the script file', () => {
    expect(runScript('node', 'console.log(6 * 7); process.exitCode = 3;')).toMatchObject({
      status: 3,
      stdout: '42\n',
    });
    expect(runScript('python', 'import sys\nprint(6 * 7)\nsys.exit(4)\n')).toMatchObject({
      status: 4,
      stdout: '42\n',
    });
  });

  test('a custom template receives the path of the script', () => {
    expect(runScript('cat {0}', 'echo not run\n')).toMatchObject({ status: 0, stdout: 'echo not run\n' });
  });
});
