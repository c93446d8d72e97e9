// What the GitHub workflows promise (actionlint itself runs in test/action/workflows.test.ts): the
// operating systems they cover, the least permissions, third-party actions pinned by commit SHA,
// and the release steps.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKFLOWS = path.join(ROOT, '.github/workflows');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { os?: string[]; include?: Record<string, string>[] } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));
const text = (file: string) => readFileSync(path.join(WORKFLOWS, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;

/** The operating systems a job runs on: its matrix's `os`, or its `runs-on`. */
const systems = (job: Job) =>
  job.strategy?.matrix.os ?? job.strategy?.matrix.include?.map((entry) => entry.os) ?? [job['runs-on']];

const ALL_SYSTEMS = ['macos-latest', 'ubuntu-latest', 'windows-latest'];

describe('the workflows', () => {
  it('are ci, release and self-test', () => {
    expect(files.sort()).toEqual(expect.arrayContaining(['ci.yml', 'release.yml', 'self-test.yml']));
  });

  for (const file of files) {
    it(`${file}: read-only by default; a job that writes says so itself`, () => {
      const { permissions, jobs } = workflow(file);
      expect(permissions).toEqual({ contents: 'read' });
      for (const job of Object.values(jobs)) {
        for (const [scope, access] of Object.entries(job.permissions ?? {})) {
          if (access === 'write') expect(text(file)).toMatch(new RegExp(`${scope}: write # \\S`));
        }
      }
    });

    it(`${file}: every action from another repository is pinned by a full commit SHA and names its version`, () => {
      const uses = [...text(file).matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)].filter(
        ([, target]) => !target.startsWith('./'),
      );
      for (const [line, target, comment] of uses) {
        expect(target, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, line).toMatch(/^ # v\d+(\.\d+){0,2}$/);
      }
    });
  }

  it('pin each action at one commit everywhere', () => {
    const pins = new Map<string, Set<string>>();
    for (const file of files) {
      for (const [, action, sha] of text(file).matchAll(/uses: ([\w.-]+\/[\w./-]+)@([0-9a-f]{40})/g)) {
        pins.set(action, (pins.get(action) ?? new Set()).add(sha));
      }
    }
    expect(pins.size).toBeGreaterThan(0);
    for (const [action, shas] of pins) expect([...shas], action).toHaveLength(1);
  });

  it('ci.yml lints, tests, checks dist/ on push and pull request, and runs the unit tests on every OS', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
    for (const command of [
      'npm ci',
      'npm run -s lint',
      'npm run -s format:check',
      'npm test',
      'check-dist',
    ]) {
      expect(
        runs.some((run) => run.includes(command)),
        command,
      ).toBe(true);
    }
    expect(systems(ci.jobs.unit).sort()).toEqual(ALL_SYSTEMS);
    expect(ci.jobs.unit.steps.at(-1)?.run).toMatch(/^npx vitest run /);
  });

  it('self-test.yml runs the action on every OS: happy path, a process tree past its timeout, a cancel', () => {
    const { jobs } = workflow('self-test.yml');
    expect(systems(jobs.happy).sort()).toEqual(ALL_SYSTEMS);
    expect(systems(jobs.sad).sort()).toEqual(ALL_SYSTEMS);
    expect(systems(jobs.cancelled).sort()).toEqual(['macos-latest', 'ubuntu-latest']);
    const tree = jobs.sad.steps.find((step) => step.with?.run?.toString().includes('process-tree.mjs'));
    expect(tree?.with?.timeout).toBeDefined();
    expect(jobs.sad.steps.at(-1)?.run).toMatch(/test ! -e "\$RUNNER_TEMP\/tree-survivor"/);
    const cancelled = jobs.cancelled.steps.find((step) => step.uses === './') as Step & {
      'timeout-minutes'?: number;
    };
    expect(cancelled['timeout-minutes']).toBeGreaterThan(0);
  });

  it("every job that runs a script of the repository sets up the project's Node first", () => {
    for (const file of files) {
      for (const [name, job] of Object.entries(workflow(file).jobs)) {
        const setup = job.steps.findIndex((step) => step.uses?.startsWith('actions/setup-node@'));
        const first = job.steps.findIndex((step) => /\b(npm|npx) |\bnode scripts\//.test(step.run ?? ''));
        if (first >= 0) expect(setup, `${file}: ${name}`).toBeGreaterThanOrEqual(0);
        if (first >= 0) expect(setup, `${file}: ${name}`).toBeLessThan(first);
      }
    }
  });

  it('release.yml runs on a v* tag: tests, publishes with provenance, attaches executables and SHA256SUMS, moves v1', () => {
    const release = workflow('release.yml');
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    const all = text('release.yml');
    expect(all).toContain('npm test');
    expect(all).toContain('npm publish --provenance');
    expect(release.jobs.npm.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(all).toContain('npm run build:binary');
    expect(all).toMatch(/sha256sum .*> SHA256SUMS/);
    expect(all).toContain('node scripts/changelog.ts');
    expect(all).toMatch(/MAJOR_TAG: v1\b/);
    expect(all).toMatch(/git push --force origin "refs\/tags\/\$MAJOR_TAG"/);
    expect(release.jobs['github-release'].permissions).toEqual({ contents: 'write' });
  });
});

describe('Dependabot', () => {
  it('proposes the npm packages and the workflow actions weekly, one grouped pull request each', () => {
    const config = parse(readFileSync(path.join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
      updates: { 'package-ecosystem': string; schedule: { interval: string }; groups?: object }[];
    };
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual([
      'github-actions',
      'npm',
    ]);
    for (const update of config.updates) {
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.keys(update.groups ?? {})).toHaveLength(1);
    }
  });
});
