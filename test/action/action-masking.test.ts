// Masked values (the mask input, the github-token, ::add-mask:: from the output) never appear in
// the log, the outputs, the summary, the annotations or the JSON-lines log .
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, FAKE_TOKEN, runAction } from './run-action.js';
import { annotationsOf, ORDERS, viewOf } from './runner-view.js';

beforeAll(assertBuilt);

const DECLARED = 's3cr3t-Value&"*_x';
const SECOND_LINE = 'second-line-secret';
const ANNOUNCED = 'added-Secret-42';
const SECRETS = [DECLARED, SECOND_LINE, ANNOUNCED, FAKE_TOKEN];

describe('masking', () => {
  it('no masked value anywhere steplog writes or the runner would print', async () => {
    const run = await runAction({
      with: {
        mask: `${DECLARED}\n${SECOND_LINE}`,
        run: [
          `echo 'plain ${DECLARED}'`,
          // one secret in two writes 200 ms apart.
          `printf 's3cr3t-'; sleep 0.2; printf '%s split\\n' 'Value&"*_x'`,
          // announced by the command, built at run time as a fetched secret would be.
          `v=added-Secret; echo "::add-mask::$v-42"`,
          `echo "later $v-42 and again"`,
          // the token, given to the command by the job's env.
          'echo "token $GITHUB_TOKEN"',
          `echo '::error file=a.ts,line=1::leaked ${DECLARED}'`,
          `echo '${SECOND_LINE}' >&2`,
          'exit 1',
        ].join('\n'),
      },
      // RUNNER_DEBUG: each resolved setting is logged with core.debug, redacted too.
      env: { GITHUB_TOKEN: FAKE_TOKEN, RUNNER_DEBUG: '1' },
    });
    expect(run.code).toBe(1);
    const outputs = run.outputs();
    const logFile = outputs.get('log-file')!;
    const places: Record<string, string> = {
      'GITHUB_OUTPUT file': readFileSync(run.files.output, 'utf8'),
      'job summary': run.summary(),
      'JSON-lines log': readFileSync(logFile, 'utf8'),
      stderr: run.stderr,
      // steplog's own add-mask commands carry the values to the runner; the runner does not print them.
      stdout: run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    };
    for (const order of ORDERS)
      places[`log as the runner prints it (${order})`] = viewOf(run, order).printed.join('\n');
    for (const [place, text] of Object.entries(places)) {
      for (const secret of SECRETS) {
        // Also JSON-escaped (`"` → `\"`), as it would appear inside a JSON string.
        for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) {
          expect(text.includes(form), `${form} in ${place}`).toBe(false);
        }
      }
    }
    const debug = viewOf(run, 'arrival')
      .commands.filter((c) => c.command === 'debug')
      .map((c) => c.data);
    expect(debug).toEqual(
      expect.arrayContaining(['steplog setting timeoutMs = 0', 'steplog setting masks = 3 value(s)']),
    );
    expect(debug.find((line) => line.startsWith('steplog setting run = '))).toContain('plain ***');
    expect(outputs.get('stdout')).toContain('plain ***');
    expect(outputs.get('stdout')).toContain('*** split');
    expect(outputs.get('stdout')).toContain('later *** and again');
    expect(outputs.get('stdout')).toContain('token ***');
    expect(outputs.get('stderr')).toBe('***');
    // the command's add-mask line reaches the log without its value.
    expect(run.stdout).toContain('::add-mask::***');
    const annotations = annotationsOf(run);
    expect(annotations.find((c) => c.data.startsWith('leaked'))!.data).toBe('leaked ***');
    // The declared masks (and the token) are registered with the runner for the rest of the job,
    // after the resume, in every batch order; so is the value the command masked itself, as in a
    // `run:` step (`echo "::add-mask::$T"; echo "T=$T" >> $GITHUB_ENV` must not leak it later).
    for (const order of ORDERS) {
      const masks = viewOf(run, order)
        .commands.filter((c) => c.command === 'add-mask')
        .map((c) => c.data);
      expect(masks, order).toEqual(expect.arrayContaining([DECLARED, SECOND_LINE, FAKE_TOKEN, ANNOUNCED]));
    }
  });

  it('workflow-commands: true registers a value the command masks before its add-mask line reaches the runner', async () => {
    const run = await runAction({
      with: {
        'workflow-commands': 'true',
        run: `v=added-Secret; echo "::add-mask::$v-42"\necho "later $v-42"`,
      },
    });
    expect(run.code).toBe(0);
    for (const order of ['stdout-first', 'arrival'] as const) {
      const view = viewOf(run, order);
      const masks = view.commands.filter((c) => c.command === 'add-mask').map((c) => c.data);
      expect(masks, order).toContain(ANNOUNCED);
      expect(view.printed.join('\n'), order).not.toContain(ANNOUNCED);
    }
    // Registered before the line that announced it (and before any line using it).
    const stdout = run.stdout;
    expect(stdout.indexOf(`::add-mask::${ANNOUNCED}`)).toBeGreaterThanOrEqual(0);
    expect(stdout.indexOf(`::add-mask::${ANNOUNCED}`)).toBeLessThan(stdout.indexOf('later ***'));
  });

  it('a value announced with ::add-mask:: that is also written in `run` is redacted from the end record and the summary', async () => {
    // e.g. `echo "::add-mask::${{ steps.login.outputs.token }}"`: the runner pastes the value into the script.
    const run = await runAction({ with: { run: `echo '::add-mask::${ANNOUNCED}'\necho done` } });
    expect(run.code).toBe(0);
    expect(run.summary()).not.toContain(ANNOUNCED);
    expect(run.summary()).toContain('::add-mask::***');
    const events = readFileSync(run.outputs().get('log-file')!, 'utf8').trim().split('\n');
    // Only the start event, written before the command announced it, can hold it.
    expect(events.filter((line) => line.includes(ANNOUNCED)).map((line) => JSON.parse(line).type)).toEqual([
      'start',
    ]);
  });
});
