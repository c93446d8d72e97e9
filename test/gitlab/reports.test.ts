import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Annotation, ExecutionRecord } from '../../src/core/record.js';
import { codeQualityIssues, renderCodeQuality } from '../../src/render/gitlab-codequality.js';
import {
  DOTENV_MAX_BYTES,
  DOTENV_MAX_VARIABLES,
  renderDotenv,
  renderStepsDotenv,
  runTotals,
  validateDotenv,
} from '../../src/render/gitlab-dotenv.js';
import { renderJunit } from '../../src/render/gitlab-junit.js';
import { FIXTURES, expectValidJunit, runFake } from './helpers.js';

const CODEQUALITY_SCHEMA = JSON.parse(readFileSync(new URL('codequality.schema.json', FIXTURES), 'utf8'));

/** Reads a dotenv file the way GitLab's ParseDotenvArtifactService does. */
function parseLikeGitlab(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split(/(?<=\n)/)) {
    const match = /^(.*?)=(.*)$/m.exec(line);
    if (!match) throw new Error(`Invalid Format: ${JSON.stringify(line)}`);
    variables[match[1].trim()] = match[2].trim();
  }
  return variables;
}

const failedTwice = () =>
  runFake(
    {
      name: 'unit tests',
      maxAttempts: 3,
      masks: ['hunter2'],
      timeoutMs: 5000,
      attempts: [
        {
          output: [['stdout', 'FAIL a.test.ts\npassword hunter2\n']],
          facts: { exitCode: 1 },
          durationMs: 1234,
        },
        {
          output: [['stdout', 'still sleeping\n']],
          facts: { exitCode: null, signal: 'SIGTERM', timedOut: 'deadline' },
        },
        { output: [['stderr', 'ok now\n']], durationMs: 250 },
      ],
    },
    [],
  );

describe('dotenv report (GitLab dotenv rules)', () => {
  it('exports the outputs as STEPLOG_* variables GitLab parses back', async () => {
    const record = await failedTwice();
    const text = renderDotenv(record, {
      logFile: '.steplog/steplog.jsonl',
      summaryFile: '.steplog/summary.md',
    });
    expect(parseLikeGitlab(text)).toEqual({
      STEPLOG_STATUS: 'success',
      STEPLOG_EXIT_CODE: '0',
      STEPLOG_SIGNAL: '',
      STEPLOG_TIMED_OUT: 'false',
      STEPLOG_DURATION_MS: '2984',
      STEPLOG_STARTED_AT: '2026-11-28T10:00:00.000Z',
      STEPLOG_COMPLETED_AT: '2026-11-28T10:00:02.984Z',
      STEPLOG_ATTEMPTS: '3',
      STEPLOG_LOG_PATH: '.steplog/steplog.jsonl',
      STEPLOG_SUMMARY_PATH: '.steplog/summary.md',
    });
    expect(validateDotenv(text)).toEqual([]);
    const lines = text.slice(0, -1).split('\n');
    expect(lines.filter((line) => line === '' || line.startsWith('#'))).toEqual([]);
    expect(text).not.toMatch(/["']/);
    expect(Buffer.byteLength(text)).toBeLessThan(DOTENV_MAX_BYTES);
  });

  it('puts the output prefix before every name, STEPLOG_RESULTS included', async () => {
    const record = await failedTwice();
    const text = renderDotenv(record, { logFile: 'a.jsonl', summaryFile: null, prefix: 'UNIT_' });
    expect(validateDotenv(text)).toEqual([]);
    expect(Object.keys(parseLikeGitlab(text)).every((key) => key.startsWith('UNIT_STEPLOG_'))).toBe(true);
    expect(parseLikeGitlab(text).UNIT_STEPLOG_STATUS).toBe('success');
    const steps = renderStepsDotenv(runTotals([record], { status: 'success' }), '[]', {
      logFile: null,
      summaryFile: null,
      prefix: 'E2E_',
    });
    expect(steps.text).toMatch(/^E2E_STEPLOG_STATUS=success\n[^]*\nE2E_STEPLOG_RESULTS=\[\]\n$/);
  });

  it('reports a timeout and a signal', async () => {
    const record = await runFake(
      { timeoutMs: 1000, attempts: [{ facts: { exitCode: null, signal: 'SIGKILL', timedOut: 'deadline' } }] },
      [],
    );
    const values = parseLikeGitlab(renderDotenv(record, { logFile: null, summaryFile: null }));
    expect(values).toMatchObject({
      STEPLOG_STATUS: 'timed_out',
      STEPLOG_EXIT_CODE: '',
      STEPLOG_SIGNAL: 'SIGKILL',
      STEPLOG_TIMED_OUT: 'true',
      STEPLOG_LOG_PATH: '',
    });
  });

  it('keeps odd paths on one line', async () => {
    const record = await runFake({ attempts: [{}] }, []);
    const text = renderDotenv(record, { logFile: ' /tmp/a\nb.jsonl ', summaryFile: null });
    expect(text).toContain('STEPLOG_LOG_PATH=/tmp/a b.jsonl\n');
    expect(validateDotenv(text)).toEqual([]);
  });

  it('names every rule GitLab would reject', () => {
    expect(validateDotenv('A=1\n\nB=2\n')).toEqual(['line 2 is not KEY=value']);
    expect(validateDotenv('# comment\n')).toEqual(['line 1 is not KEY=value']);
    expect(validateDotenv('MY-KEY=1\n')[0]).toMatch(/key "MY-KEY" is not made of/);
    expect(validateDotenv('A=1\nA=2\n')).toEqual(['line 2: key A repeats']);
    expect(validateDotenv(`A=${'x'.repeat(DOTENV_MAX_BYTES)}\n`)[0]).toMatch(/the limit is under 5120/);
    const many = Array.from({ length: DOTENV_MAX_VARIABLES + 1 }, (_, i) => `V${i}=1\n`).join('');
    expect(validateDotenv(many)).toEqual(['21 variables, the self-managed default limit is 20']);
  });
});

describe('JUnit report', () => {
  it('a green execution after retries is one passed test case; the failed attempts are in its system-out', async () => {
    const record = await failedTwice();
    const xml = renderJunit(record, {
      attemptOutput: new Map([
        [1, 'FAIL a.test.ts\npassword ***'],
        [2, 'still sleeping'],
        [3, 'ok now'],
      ]),
    });
    await expectValidJunit(xml);
    expect(xml).toContain('<testsuite name="unit tests" timestamp="2026-11-28T10:00:00.000Z"');
    // No failure for the merge request widget, the Jenkins trend or the CircleCI tests tab.
    expect(xml).toContain('tests="1" failures="0" errors="0" skipped="0"');
    expect(xml).not.toMatch(/<failure|<error/);
    expect(xml).toContain('<testcase classname="unit tests" name="unit tests" time="2.984">');
    expect(xml).toContain(
      '<system-out><![CDATA[`unit tests` succeeded on attempt 3 of 3; the attempts before it did not succeed:\n\n' +
        '--- attempt 1 of 3: exit code 1, after 1.2s\nFAIL a.test.ts\npassword ***\n\n' +
        '--- attempt 2 of 3: timed out after 5s (killed by SIGTERM), after 1.5s\nstill sleeping]]></system-out>',
    );
    expect(xml).not.toContain('ok now');
    expect(xml).not.toContain('hunter2');
  });

  it('a failed execution after retries is one failed test case with its last output; earlier ones in system-out', async () => {
    const record = await runFake(
      {
        name: 'unit tests',
        maxAttempts: 2,
        attempts: [
          { output: [['stdout', 'first\n']], facts: { exitCode: 1 } },
          { output: [['stdout', 'second\n']], facts: { exitCode: 2 } },
        ],
      },
      [],
    );
    const xml = renderJunit(record, {
      attemptOutput: new Map([
        [1, 'first'],
        [2, 'second'],
      ]),
    });
    await expectValidJunit(xml);
    expect(xml).toContain('tests="1" failures="1" errors="0"');
    expect(xml).toContain(
      '<failure message="exit code 2 (attempt 2 of 2)" type="failed"><![CDATA[second]]></failure>',
    );
    expect(xml).toContain('1 earlier attempt did not succeed either:\n\n--- attempt 1 of 2: exit code 1');
  });

  it('falls back to the record tails for the last attempt', async () => {
    const record = await runFake(
      {
        masks: ['hunter2'],
        attempts: [
          {
            output: [
              ['stdout', '\x1b[31mred\x1b[0m hunter2\n'],
              ['stderr', 'boom\n'],
            ],
            facts: { exitCode: 2 },
          },
        ],
      },
      [],
    );
    const xml = renderJunit(record);
    await expectValidJunit(xml);
    expect(xml).toContain('<![CDATA[red ***\nboom]]>');
  });

  it('survives output that is hostile to XML', async () => {
    const record = await runFake({ attempts: [{ facts: { exitCode: 1 } }] }, []);
    const xml = renderJunit(record, {
      attemptOutput: new Map([[1, 'end ]]> of cdata \x00\x07 <tag attr="x"> & \ud800 😀']]),
    });
    await expectValidJunit(xml);
    expect(xml).toContain('😀');
  });

  it('reports a cancelled attempt and steplog’s own error as errors', async () => {
    const cancelled = await runFake(
      { attempts: [{ facts: { exitCode: null, signal: 'SIGTERM', cancelled: 'SIGTERM' } }] },
      [],
    );
    let xml = renderJunit(cancelled);
    await expectValidJunit(xml);
    expect(xml).toContain('<error message="cancelled (steplog received SIGTERM)" type="cancelled">');
    const broken = await runFake(
      { attempts: [{ facts: { exitCode: null, error: { exitStatus: 127, message: 'bash: not found' } } }] },
      [],
    );
    xml = renderJunit(broken);
    await expectValidJunit(xml);
    expect(xml).toContain('<error message="bash: not found" type="error">');
  });

  it('has a test case even when nothing could start', async () => {
    const record: ExecutionRecord = {
      ...(await runFake({ attempts: [{}] }, [])),
      attempts: [],
      status: 'failed',
      error: 'the shell "zsh" is not installed',
      exitStatus: 127,
    };
    const xml = renderJunit(record);
    await expectValidJunit(xml);
    expect(xml).toContain('tests="1" failures="0" errors="1"');
    expect(xml).toContain('the shell &quot;zsh&quot; is not installed');
  });
});

describe('Code Quality report', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(CODEQUALITY_SCHEMA);
  const base: Annotation = {
    level: 'error',
    message: 'Type string is not assignable',
    source: 'tsc',
    attempt: 1,
  };
  const annotations: Annotation[] = [
    { ...base, file: 'src/a.ts', line: 3, column: 7, code: 'TS2322' },
    { ...base, file: 'src/a.ts', line: 3, column: 7, code: 'TS2322', attempt: 2 },
    {
      ...base,
      level: 'warning',
      message: 'unused',
      file: './src/b.ts',
      line: 10,
      endLine: 12,
      source: 'eslint',
      code: 'no-unused-vars',
    },
    { ...base, level: 'notice', message: 'no line', file: 'README.md', title: 'Spelling' },
    { ...base, message: 'timed out', source: 'steplog' },
  ];

  it('has every field GitLab requires', () => {
    const issues = JSON.parse(renderCodeQuality(annotations));
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toEqual({
      description: 'Type string is not assignable',
      check_name: 'tsc/TS2322',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'src/a.ts', lines: { begin: 3 } },
    });
    expect(issues[1]).toMatchObject({
      check_name: 'eslint/no-unused-vars',
      severity: 'minor',
      location: { path: 'src/b.ts', lines: { begin: 10, end: 12 } },
    });
    expect(issues[2]).toMatchObject({
      description: 'Spelling: no line',
      severity: 'info',
      location: { path: 'README.md', lines: { begin: 1 } },
    });
  });

  it('gives stable, distinct fingerprints', () => {
    const first = codeQualityIssues(annotations).map((i) => i.fingerprint);
    const again = codeQualityIssues(structuredClone(annotations).reverse()).map((i) => i.fingerprint);
    expect(new Set(first).size).toBe(first.length);
    expect([...again].sort()).toEqual([...first].sort());
  });

  it('is a JSON array without a byte order mark, empty when there is nothing to report', () => {
    const text = renderCodeQuality([]);
    expect(text).toBe('[]\n');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
});
