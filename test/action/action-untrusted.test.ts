// The command's output is untrusted: whatever it prints, it cannot issue workflow commands, forge
// steplog's outputs or end steplog's stop. Tools' own annotations are re-emitted by steplog only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FAKE_TOKEN, readJsonl, runAction } from './run-action.js';
import {
  annotationsOf,
  expectNoInjectedCommand,
  expectCommandsStoppedAroundOutput,
  stopTokenOf,
  viewOf,
} from './runner-view.js';

beforeAll(assertBuilt);

// Every line carries PWNED, so any of them processed by the runner is caught .
const INJECTIONS = String.raw`
echo '::set-output name=first::PWNED' >&2
echo '::set-output name=status::PWNED'
echo '::stop-commands::abc'
echo '::abc::'
echo '::debug::PWNED after a fake resume'
echo '::stop-commands::'
echo '::stop-commands::warning'
echo '::stop-commands::pause-logging'
echo '   ::SET-OUTPUT name=exit-code::PWNED'
echo 'foo ##[set-output name=x;]PWNED'
echo '##[debug]PWNED' >&2
echo '::set-env name=LD_PRELOAD::/tmp/PWNED'
echo '::add-path::/tmp/PWNED'
echo '::add-matcher::evil-matcher.json'
echo '::save-state name=x::PWNED'
echo '::group::PWNED'
echo '::echo::on'
echo '::remove-matcher owner=workflow-commands::PWNED'
echo '::add-mask::masked-by-the-command' >&2
printf '::debug::PWNED split ' ; sleep 0.1 ; echo 'across writes'
echo "PWNED line the evil matcher would turn into an error"
`;

describe('untrusted output', () => {
  it('no injection on either stream is processed, in any batch order', async () => {
    const run = await runAction({
      with: { run: INJECTIONS },
      env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true' },
      prepare: (workspace) =>
        writeFileSync(
          path.join(workspace, 'evil-matcher.json'),
          JSON.stringify({
            problemMatcher: [{ owner: 'evil', pattern: [{ regexp: '^(PWNED.*)$', message: 1 }] }],
          }),
        ),
    });
    expect(run.code).toBe(0);
    expectNoInjectedCommand(run, 'PWNED');
    expectCommandsStoppedAroundOutput(run);
    // Nothing of it is a command, so steplog has nothing to re-emit: its own group around the output
    // (titled with the step's name, the script's first line), then after the resume the masks: the
    // token, and the value the command masked (as a `run:` step would).
    expect(viewOf(run).commands.map((c) => c.line)).toEqual([
      "::group::echo '::set-output name=first::PWNED' >&2: output",
      '::endgroup::',
      `::add-mask::${FAKE_TOKEN}`,
      '::add-mask::masked-by-the-command',
    ]);
    // The lines are in the log as text.
    expect(run.stdout).toContain('::set-output name=status::PWNED');
    expect(run.stdout).toContain('::set-output name=first::PWNED');
    expect(run.outputs().get('status')).toBe('success');
    expect(run.outputs().has('first')).toBe(false);
  });

  it('a command line echoed as the step name is not a command', async () => {
    // `:` prints nothing: the only place the line shows up is steplog's own use of the name.
    const run = await runAction({ with: { run: ': "::warning::hi" ##[error]PWNED\nexit 1' } });
    expect(run.code).toBe(1);
    // The one annotation is steplog's failure sentence, which quotes the name.
    const annotations = annotationsOf(run);
    expect(annotations.map((c) => c.command)).toEqual(['error']);
    expect(annotations[0].data).toBe('`: "::warning::hi" ##[error]PWNED` failed with exit code 1');
    // The name is in steplog's group title: the data of a group line written by steplog, never a command.
    expect(
      viewOf(run)
        .commands.filter((c) => !['error', 'add-mask'].includes(c.command))
        .map((c) => c.line),
    ).toEqual(['::group::: "::warning::hi" ##[error]PWNED: output', '::endgroup::']);
    expect(run.stdout).toContain('steplog ▶ : "::warning::hi" ##[error]PWNED\n');
  });

  it('outputs the command writes to GITHUB_OUTPUT or prints are overridden by steplog', async () => {
    const run = await runAction({
      with: {
        run: [
          'echo "status=success" >> "$GITHUB_OUTPUT"',
          'echo "exit-code=0" >> "$GITHUB_OUTPUT"',
          'printf \'attempts<<EOF\\n99\\nEOF\\n\' >> "$GITHUB_OUTPUT"',
          'echo "mine=kept" >> "$GITHUB_OUTPUT"',
          'echo "::set-output name=exit-code::0"',
          'exit 3',
        ].join('\n'),
      },
    });
    expect(run.code).toBe(3);
    const outputs = run.outputs();
    expect(Object.fromEntries(outputs)).toMatchObject({
      status: 'failed',
      'exit-code': '3',
      attempts: '1',
      mine: 'kept',
    });
    expectNoInjectedCommand(run, 'set-output');
  });

  it('a command that leaves a heredoc open breaks GITHUB_OUTPUT for the runner, as in a run: step', async () => {
    // Documented behaviour: the runner fails the step ("Matching delimiter not found"); steplog's
    // outputs are written after it and are swallowed by the open heredoc.
    const run = await runAction({ with: { run: 'echo "x<<EOF" >> "$GITHUB_OUTPUT"' } });
    expect(run.code).toBe(0);
    expect(() => run.outputs()).toThrow(/Matching delimiter not found 'EOF'/);
    expect(readFileSync(run.files.output, 'utf8')).toMatch(/^x<<EOF\nstatus<<ghadelimiter_/);
  });

  it('tool annotations are re-emitted by steplog, escaped, after the resume', async () => {
    const run = await runAction({
      with: {
        run: [
          "echo '::error file=src/a.ts,line=3,col=5,title=Type error::Type string is not number'",
          "echo '::warning file=b.py,line=10::unused import' >&2",
          "echo '  ::notice::just so you know'",
          "echo '::error title=a%2Cb%3Ac,file=C:\\a%2Cb%3Ac.ts::100%25 sure%0D%0Aline two :: with colons'",
        ].join('\n'),
      },
      // Annotations point at files of the checkout; like the runner, steplog drops paths that do not exist.
      prepare: (workspace) => {
        mkdirSync(path.join(workspace, 'src'));
        for (const file of ['src/a.ts', 'b.py', 'C:\\a,b:c.ts'])
          writeFileSync(path.join(workspace, file), '');
      },
    });
    expect(run.code).toBe(0);
    const recorded = readJsonl(run.outputs().get('log-file')!).at(-1) as {
      record: { annotations: { level: string; message: string; file?: string; title?: string }[] };
    };
    // The streams are read apart, so the record's order across them is the order they arrived in.
    expect(recorded.record.annotations.map((a) => a.message).sort()).toEqual([
      '100% sure\r\nline two :: with colons',
      'Type string is not number',
      'just so you know',
      'unused import',
    ]);
    const annotations = annotationsOf(run);
    expect(annotations.map((c) => [c.command, c.data, c.properties])).toEqual(
      recorded.record.annotations.map((a) => {
        const properties: Record<string, string> = {};
        if (a.title) properties.title = a.title;
        if (a.file) properties.file = a.file;
        return [a.level, a.message, expect.objectContaining(properties)];
      }),
    );
    expect(annotations.find((c) => c.data.startsWith('Type string'))!.properties).toEqual({
      title: 'Type error',
      file: 'src/a.ts',
      line: '3',
      col: '5',
    });
    expect(annotations.find((c) => c.data.startsWith('100%'))!.properties).toMatchObject({
      title: 'a,b:c',
      file: 'C:\\a,b:c.ts',
    });
    // Only after the resume: in stderr-first order too, each one comes after the resume.
    const text = run.stdout;
    expect(text.indexOf('::error title=Type error')).toBeGreaterThan(text.indexOf(`::${stopTokenOf(run)}::`));
    expectCommandsStoppedAroundOutput(run);
  });

  it('100 errors and 100 warnings → at most 10 per level and one notice with the rest', async () => {
    const run = await runAction({
      with: {
        run: 'for i in $(seq 1 100); do echo "::error file=a.ts,line=$i::e$i"; echo "::warning::w$i"; done\nexit 1',
      },
    });
    expect(run.code).toBe(1);
    const annotations = annotationsOf(run);
    const count = (level: string) => annotations.filter((c) => c.command === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 1]);
    expect(annotations.filter((c) => c.command === 'error').map((c) => c.data)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `e${i + 1}`),
      expect.stringContaining('failed with exit code 1'),
    ]);
    expect(annotations.find((c) => c.command === 'notice')!.data).toMatch(
      /^91 more errors, 90 more warnings not shown/,
    );
  });

  it('the stop token is long, fresh each run and never in the command’s environment or argv', async () => {
    const script =
      'tr "\\0" "\\n" < /proc/$$/environ > env.txt; tr "\\0" " " < /proc/$$/cmdline > argv.txt; tr "\\0" " " < /proc/$PPID/cmdline >> argv.txt';
    const [first, second] = await Promise.all([
      runAction({ with: { run: script } }),
      runAction({ with: { run: script } }),
    ]);
    const token = stopTokenOf(first)!;
    expect(token).toMatch(/^[0-9a-f]{32,}$/);
    expect(stopTokenOf(second)).not.toBe(token);
    // Every token of the run: the first stop's and those around the group lines.
    const tokens = [...first.stdout.matchAll(/^::stop-commands::(.+)$/gm)].map((m) => m[1]);
    expect(tokens.length).toBeGreaterThan(1);
    for (const file of ['env.txt', 'argv.txt']) {
      const text = readFileSync(path.join(first.workspace, file), 'utf8');
      expect(text.length).toBeGreaterThan(0);
      for (const each of tokens) expect(text).not.toContain(each);
    }
    // steplog's own inputs are not in the command's environment either.
    expect(readFileSync(path.join(first.workspace, 'env.txt'), 'utf8')).not.toMatch(/^INPUT_/m);
  });

  it('workflow-commands: true forwards the output raw, as run: does, without re-emitting annotations', async () => {
    const run = await runAction({
      with: {
        run: "echo '::set-output name=raw::yes'\necho '::error::from the tool'",
        'workflow-commands': 'true',
      },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('stop-commands');
    const commands = viewOf(run, 'arrival').commands.map((c) => [c.command, c.data]);
    expect(commands).toEqual([
      // Commands are not stopped, so the masks are registered at once.
      ['add-mask', FAKE_TOKEN],
      ['group', "echo '::set-output name=raw::yes': output"],
      ['set-output', 'yes'],
      ['error', 'from the tool'],
      ['endgroup', ''],
    ]);
  });
});
