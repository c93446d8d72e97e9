// The CI/CD catalog component is generated from the include template: same spec:inputs, same jobs.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { COMPONENT_FILE, SYNC_COMMAND, TEMPLATE_FILE, componentFrom } from '../../scripts/sync-component.js';
import { createFixtureRepo, runGcl } from './gcl.js';

const template = readFileSync(TEMPLATE_FILE, 'utf8');
const component = readFileSync(COMPONENT_FILE, 'utf8');
const repos: string[] = [];
afterAll(() => {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
});

describe('templates/steplog.yml (the catalog component)', () => {
  it(`is what \`${SYNC_COMMAND}\` makes from .gitlab-ci-template.yml`, () => {
    if (component !== componentFrom(template)) {
      expect.fail(`templates/steplog.yml differs from .gitlab-ci-template.yml: run \`${SYNC_COMMAND}\``);
    }
  });

  it('has the same spec:inputs and the same jobs as the include template', () => {
    const [templateSpec, templateBody] = YAML.parseAllDocuments(template).map((d) => d.toJS());
    const [componentSpec, componentBody] = YAML.parseAllDocuments(component).map((d) => d.toJS());
    expect(Object.keys(componentSpec.spec.inputs).length).toBeGreaterThan(10);
    expect(componentSpec).toEqual(templateSpec);
    expect(componentBody).toEqual(templateBody);
    expect(component).toContain('component: $CI_SERVER_FQDN/<group>/steplog/steplog@<version>');
  });

  it('expands with inputs into a job (gitlab-ci-local)', async () => {
    const repo = createFixtureRepo({
      'templates/steplog.yml': component,
      '.gitlab-ci.yml': YAML.stringify({
        include: [{ local: 'templates/steplog.yml', inputs: { 'job-name': 'unit tests', run: 'npm test' } }],
      }),
    });
    repos.push(repo);
    const result = await runGcl(repo, ['--preview']);
    expect(result.exitCode, result.output).toBe(0);
    const expanded = YAML.parse(result.stdout) as Record<string, { variables: Record<string, string> }>;
    expect(expanded['unit tests'].variables.STEPLOG_RUN).toBe('npm test');
  });
});
