// The action's junit-file and codequality-file inputs: the same JUnit and Code Quality files as the
// CLI's, in the workspace, for a test-report action to read; the record knows the GitHub run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectValidJunit } from '../gitlab/helpers.js';
import { assertBuilt, runAction } from './run-action.js';

beforeAll(assertBuilt);

describe('the action with junit-file and codequality-file', () => {
  it('writes one passed test case for a step green after a retry, and the matcher findings', async () => {
    const run = await runAction({
      with: {
        name: 'typecheck',
        'max-attempts': '2',
        run: [
          'if [ ! -e .tried ]; then touch .tried',
          '  echo "src/app.ts(3,7): error TS2322: Type string is not assignable to type number."; exit 2',
          'fi',
          'echo ok',
        ].join('\n'),
        'junit-file': 'reports/junit.xml',
        'codequality-file': 'reports/codequality.json',
      },
      prepare: (workspace) => {
        // Annotations name files of the workspace only.
        mkdirSync(path.join(workspace, 'src'));
        writeFileSync(path.join(workspace, 'src', 'app.ts'), 'export const n: number = "1";\n');
      },
    });
    expect(run.code).toBe(0);
    const junit = readFileSync(path.join(run.workspace, 'reports/junit.xml'), 'utf8');
    await expectValidJunit(junit);
    expect(junit).toContain('tests="1" failures="0" errors="0"');
    expect(junit).toContain('<testcase classname="typecheck" name="typecheck"');
    expect(junit).toContain('--- attempt 1 of 2: exit code 2');
    const issues = JSON.parse(readFileSync(path.join(run.workspace, 'reports/codequality.json'), 'utf8')) as {
      check_name: string;
    }[];
    expect(issues.map((issue) => issue.check_name)).toEqual(['tsc/TS2322']);
    const end = readFileSync(run.outputs().get('log-file')!, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; record: { ci?: { system: string } } })
      .find((event) => event.type === 'end')!;
    expect(end.record.ci?.system).toBe('github');
  });
});
