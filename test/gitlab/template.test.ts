// The include template: its inputs mirror the action's, GitLab's schema accepts what it expands to,
// and GitLab (here gitlab-ci-local, which reproduces GitLab's input checks) rejects bad inputs.
import { readFileSync, rmSync } from 'node:fs';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { INPUTS, envNameOf } from '../../src/core/inputs.js';
import { parseDuration, parseExitCodes, parseSize } from '../../src/core/parse.js';
import { GITLAB_FILES, GITLAB_REPORT_DIR } from '../../src/platforms/gitlab.js';
import { OUTPUT_PREFIX } from '../../src/render/gitlab-dotenv.js';
import { FIXTURES } from './helpers.js';
import { ROOT, createFixtureRepo, runGcl } from './gcl.js';
import { GITLAB_ONLY, NOT_IN_TEMPLATE, readTemplate, variableValue } from './template-inputs.js';

/** The inputs of steplog's table the template takes: all but the GitHub-only and the left-out ones. */
const MIRRORED = INPUTS.filter((input) => input.scope !== 'github' && !(input.name in NOT_IN_TEMPLATE)).map(
  (input) => input.name,
);

const { source, documents, inputs, body, variables } = readTemplate();
const version = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;

const schema = JSON.parse(readFileSync(new URL('gitlab-ci.schema.json', FIXTURES), 'utf8'));
// GitLab's ci.json needs these options (it uses markdownDescription and union types).
const ajv = new Ajv({
  allErrors: true,
  allowUnionTypes: true,
  validateFormats: false,
  strictTypes: false,
  keywords: ['markdownDescription'],
});
const validateCi = ajv.compile(schema);

function expectValidCi(config: unknown): void {
  const valid = validateCi(config);
  expect(valid ? [] : validateCi.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

const repos: string[] = [];
afterAll(() => {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
});

describe('.gitlab-ci-template.yml', () => {
  it('is a spec header and a body, and the header is valid for GitLab', () => {
    expect(documents).toHaveLength(2);
    for (const document of documents) expect(document.errors).toEqual([]);
    expectValidCi(documents[0].toJS());
    for (const [name, spec] of Object.entries(inputs)) {
      expect(spec.description, name).toBeTruthy();
      expect(spec.description!.length, name).toBeLessThanOrEqual(1024);
    }
  });

  it('takes the action inputs plus the GitLab ones, with the same defaults', () => {
    // Every setting of steplog's table that GitLab can use, under its own name; the job's own last.
    const names = Object.keys(inputs);
    expect(names.slice(-GITLAB_ONLY.length)).toEqual(GITLAB_ONLY);
    expect(names.slice(0, -GITLAB_ONLY.length).sort()).toEqual([...MIRRORED].sort());
    for (const name of MIRRORED) {
      const definition = INPUTS.find((input) => input.name === name);
      expect(definition, name).toBeDefined();
      // `run` too defaults to '': it is required unless `steps` is given, which steplog checks.
      const expected = definition!.default ?? '';
      expect(inputs[name].default === undefined ? undefined : String(inputs[name].default), name).toBe(
        expected,
      );
      // Each reaches the CLI as the STEPLOG_* variable it reads.
      const value = variableValue(variables[envNameOf(name)]);
      expect(value, name).toBe(`$[[ inputs.${name} ]]`);
    }
    expect(inputs.run.default).toBe('');
    expect(inputs['steplog-version'].default).toBe(version);
    expect(inputs['retry-on'].options).toEqual(['any', 'error', 'timeout']);
    expect(inputs.background.options).toEqual(['keep', 'kill']);
    expect(inputs['max-attempts'].type).toBe('number');
    expect(inputs.collapsed.type).toBe('boolean');
    expect(inputs['warn-on-retry'].type).toBe('boolean');
    expect(inputs['fail-fast'].type).toBe('boolean');
    expect(variables.STEPLOG_PLATFORM).toBe('gitlab');
    expect(variables.STEPLOG_COLLAPSED).toBe('$[[ inputs.collapsed ]]');
    expect(variables.STEPLOG_RUN).toEqual({ value: '$[[ inputs.run ]]', expand: false });
    expect(variables.STEPLOG_STEPS).toEqual({ value: '$[[ inputs.steps ]]', expand: false });
    // A regular expression's `$` is an anchor, not a variable.
    for (const name of ['retry-on-output', 'abort-on-output']) {
      expect(variables[envNameOf(name)]).toEqual({ value: `$[[ inputs.${name} ]]`, expand: false });
    }
    expect(variables.STEPLOG_ON_RETRY).toEqual({ value: '$[[ inputs.on-retry ]]', expand: false });
    expect(variables.STEPLOG_OUTPUT_PREFIX).toBe('$[[ inputs.output-prefix ]]');
    expect(inputs.summary.options).toEqual(['always', 'on-failure', 'never']);
  });

  it('validates inputs the way steplog parses them (regex ⇔ parser)', () => {
    const agree = (regex: string, parse: (value: string) => unknown, values: string[]) => {
      for (const value of values) {
        let parses = true;
        try {
          parse(value);
        } catch {
          parses = false;
        }
        expect(new RegExp(regex).test(value), `${regex} on ${JSON.stringify(value)}`).toBe(parses);
      }
    };
    const durations = ['0', '90', '90s', '1.5m', '1h30m', '250ms', '2d', 'forever', '5 m', '-1', '1x', ''];
    for (const name of ['timeout', 'idle-timeout', 'kill-after', 'retry-delay', 'total-timeout']) {
      agree(inputs[name].regex!, (v) => parseDuration(name, v), durations);
    }
    agree(inputs['success-codes'].regex!, (v) => parseExitCodes('success-codes', v), [
      '0',
      '0,1',
      '0, 1 ,2',
      'x',
      '1;2',
    ]);
    // Empty is the default: retry on any code.
    agree(inputs['retry-on-exit-codes'].regex!, (v) => v === '' || parseExitCodes('retry-on-exit-codes', v), [
      '',
      '1',
      '1,2',
      '1, 2',
      'x',
      '1;2',
    ]);
    agree(
      inputs['output-prefix'].regex!,
      (v) =>
        OUTPUT_PREFIX.test(v) ||
        (() => {
          throw new Error(v);
        })(),
      ['', 'UNIT_', 'e2e_', '_X', '2FAST', 'A-B', 'A B'],
    );
    agree(inputs['output-limit'].regex!, (v) => parseSize('output-limit', v), [
      '64KiB',
      '1MiB',
      '65536',
      '1 kb',
      '1 parsec',
    ]);
    expect(new RegExp(inputs['steplog-version'].regex!).test(version)).toBe(true);
    expect(new RegExp(inputs['steplog-version'].regex!).test('latest')).toBe(false);
  });

  it('writes its reports where the GitLab platform puts them, with relative paths only', () => {
    const job = body['.steplog'] as {
      artifacts: { when: string; paths: string[]; reports: Record<string, string> };
    };
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.paths).toEqual([`${GITLAB_REPORT_DIR}/`]);
    expect(job.artifacts.reports).toEqual({
      dotenv: `${GITLAB_REPORT_DIR}/${GITLAB_FILES.dotenv}`,
      junit: `${GITLAB_REPORT_DIR}/${GITLAB_FILES.junit}`,
      codequality: `${GITLAB_REPORT_DIR}/${GITLAB_FILES.codequality}`,
    });
    expect(source).not.toContain('CI_PROJECT_DIR');
    // A hidden job for extends:, and a job named from the inputs with the same content.
    expect(body['$[[ inputs.job-name ]]']).toEqual(body['.steplog']);
  });

  it('expands (includes, inputs, extends, overrides) to a pipeline GitLab’s schema accepts', async () => {
    const repo = createFixtureRepo({
      'templates/steplog.yml': source,
      '.gitlab-ci.yml': YAML.stringify({
        stages: ['test', 'report'],
        // The project's own choice of package: no job-level value of the template may hide it.
        variables: { STEPLOG_PACKAGE: './vendor/steplog-0.1.0.tgz' },
        include: [
          {
            local: 'templates/steplog.yml',
            inputs: {
              'job-name': 'unit tests',
              run: 'echo "it\'s $HOME"\nnpm test\n',
              'max-attempts': 3,
              collapsed: true,
              'warn-on-retry': false,
            },
          },
          {
            local: 'templates/steplog.yml',
            inputs: { 'job-name': 'slow', run: 'sleep 30', timeout: '1s', 'retry-on': 'timeout' },
          },
        ],
        slow: { allow_failure: { exit_codes: [124] } },
        extra: { extends: '.steplog', variables: { STEPLOG_RUN: 'echo extra' } },
      }),
    });
    repos.push(repo);
    const result = await runGcl(repo, ['--preview']);
    expect(result.exitCode, result.output).toBe(0);
    const expanded = YAML.parse(result.stdout) as Record<string, Record<string, unknown>>;
    expectValidCi(expanded);
    expect(Object.keys(expanded)).toEqual(expect.arrayContaining(['unit tests', 'slow', 'extra']));
    const unit = expanded['unit tests'] as { variables: Record<string, string>; stage: string };
    expect(unit.stage).toBe('test');
    expect(unit.variables).toMatchObject({
      STEPLOG_MAX_ATTEMPTS: '3',
      STEPLOG_COLLAPSED: 'true',
      STEPLOG_TIMEOUT: '0',
      STEPLOG_WARN_ON_RETRY: 'false',
    });
    for (const variable of ['STEPLOG_PACKAGE', 'STEPLOG_BIN', 'STEPLOG_BINARY_URL']) {
      expect(unit.variables[variable], variable).toBeUndefined();
    }
    expect((expanded.variables as unknown as Record<string, string>).STEPLOG_PACKAGE).toBe(
      './vendor/steplog-0.1.0.tgz',
    );
    // Their defaults live in the script, with the inputs expanded into them.
    const script = (unit as unknown as { script: string[] }).script.join('\n');
    expect(script).toContain(`STEPLOG_PACKAGE="\${STEPLOG_PACKAGE:-steplog@${version}}"`);
    expect(script).toContain(`/steplog/releases/download/v${version}}"`);
    // Each include keeps its own inputs (the YAML anchor), and the override merged in.
    const slow = expanded.slow as { variables: Record<string, string>; allow_failure: unknown };
    expect(slow.variables).toMatchObject({
      STEPLOG_TIMEOUT: '1s',
      STEPLOG_RETRY_ON: 'timeout',
      STEPLOG_MAX_ATTEMPTS: '1',
      STEPLOG_WARN_ON_RETRY: 'true',
    });
    expect(slow.allow_failure).toEqual({ exit_codes: [124] });
    expect((expanded.extra as { variables: Record<string, string> }).variables.STEPLOG_RUN).toBe(
      'echo extra',
    );
  });

  it('lets GitLab reject bad inputs before anything runs', async () => {
    const bad: Array<[Record<string, unknown>, RegExp]> = [
      [{ run: 'x', timeout: 'forever' }, /`timeout` input: `forever` does not match required regex/],
      [
        { run: 'x', 'retry-on': 'sometimes' },
        /`retry-on` input: `sometimes` cannot be used because it is not in the list of allowed options/,
      ],
      [{ run: 'x', 'fail-fast': 'maybe' }, /`fail-fast` input: provided value is not a boolean/],
      [{ run: 'x', 'warn-on-retry': 'maybe' }, /`warn-on-retry` input: provided value is not a boolean/],
    ];
    const files: Record<string, string> = { 'templates/steplog.yml': source };
    bad.forEach(([given], index) => {
      files[`bad-${index}.yml`] = YAML.stringify({
        include: [{ local: 'templates/steplog.yml', inputs: given }],
      });
    });
    const repo = createFixtureRepo(files);
    repos.push(repo);
    const results = await Promise.all(
      bad.map((_, index) =>
        runGcl(repo, ['--file', `bad-${index}.yml`, '--list', '--no-json-schema-validation']),
      ),
    );
    results.forEach((result, index) => {
      expect(result.exitCode, result.output).toBe(1);
      expect(result.output).toMatch(bad[index][1]);
    });
  });
});
