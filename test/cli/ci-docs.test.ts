// The README's snippets for Jenkins, CircleCI, Buildkite and Azure Pipelines: none of those systems
// runs here, so each is checked by structure: it parses, runs `steplog run` with --junit-file, and
// hands that same file to the system's test-report step. The CLI behaviour they rely on is tested
// in ci-reports.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { ROOT } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Jenkins and other CI systems'),
  readme.indexOf('## Reports across executions'),
);

/** The first fenced block of `lang` under the heading `title`. */
function snippet(title: string, lang: string): string {
  const at = section.indexOf(`### ${title}`);
  expect(at, title).toBeGreaterThan(-1);
  const match = new RegExp('```' + lang + '\\n([^]*?)\\n```').exec(section.slice(at));
  expect(match, `${title}: a ${lang} block`).not.toBeNull();
  return match![1];
}

/** The path given to --junit-file in a command line. */
function junitFileOf(command: string): string {
  expect(command).toMatch(/\bnpx steplog run\b/);
  return /--junit-file (\S+)/.exec(command)![1];
}

describe('the README snippets for other CI systems', () => {
  test('Jenkinsfile: a declarative pipeline whose stage runs steplog and always publishes its JUnit file', () => {
    const groovy = snippet('Jenkins (declarative `Jenkinsfile`)', 'groovy');
    // Balanced braces and parentheses, outside strings and comments.
    const code = groovy.replace(/\/\/.*$/gm, '').replace(/'[^'\n]*'/g, "''");
    let depth = 0;
    for (const char of code) {
      if (char === '{' || char === '(') depth += 1;
      if (char === '}' || char === ')') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(groovy).toMatch(
      /^pipeline \{\n {2}agent any\n[^]*\n {2}stages \{\n {4}stage\('Test'\) \{\n {6}steps \{\n[^]*\n {6}post \{\n {8}always \{\n[^]*\n\}$/,
    );
    const sh = /sh '([^']+)'/.exec(groovy)![1];
    expect(groovy).toContain(`junit '${junitFileOf(sh)}'`);
  });

  test('CircleCI: the run step writes into the folder store_test_results uploads', () => {
    const config = YAML.parse(snippet('CircleCI', 'yaml')) as {
      version: number;
      jobs: { test: { steps: (string | { run?: string; store_test_results?: { path: string } })[] } };
      workflows: { main: { jobs: string[] } };
    };
    expect(config.version).toBe(2.1);
    const steps = config.jobs.test.steps;
    const run = steps.find((step) => typeof step === 'object' && step.run?.includes('steplog')) as {
      run: string;
    };
    const store = steps.find((step) => typeof step === 'object' && step.store_test_results) as {
      store_test_results: { path: string };
    };
    expect(junitFileOf(run.run).startsWith(`${store.store_test_results.path}/`)).toBe(true);
    expect(config.workflows.main.jobs).toEqual(['test']);
  });

  test('Buildkite: the step keeps the file as an artifact and the annotate step reads it after a failure too', () => {
    const pipeline = YAML.parse(snippet('Buildkite', 'yaml')) as {
      steps: [
        { command: string; artifact_paths: string },
        { wait: null; continue_on_failure: boolean },
        { plugins: Record<string, { artifacts: string }>[] },
      ];
    };
    const [test, wait, annotate] = pipeline.steps;
    const file = junitFileOf(test.command);
    expect(path.posix.dirname(file)).toBe(path.posix.dirname(test.artifact_paths));
    expect(wait.continue_on_failure).toBe(true);
    const plugin = Object.entries(annotate.plugins[0])[0];
    expect(plugin[0]).toMatch(/^junit-annotate#v\d+\.\d+\.\d+$/);
    expect(path.posix.dirname(plugin[1].artifacts)).toBe(path.posix.dirname(file));
  });

  test('Azure Pipelines: PublishTestResults reads the file as JUnit, after a failure too', () => {
    const steps = YAML.parse(snippet('Azure Pipelines', 'yaml')).steps as [
      { script: string },
      { task: string; condition: string; inputs: { testResultsFormat: string; testResultsFiles: string } },
    ];
    const [run, publish] = steps;
    expect(publish.task).toBe('PublishTestResults@2');
    expect(publish.condition).toBe('succeededOrFailed()');
    expect(publish.inputs).toEqual({ testResultsFormat: 'JUnit', testResultsFiles: junitFileOf(run.script) });
  });
});
