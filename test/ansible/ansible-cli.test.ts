// Real ansible-core runs through the CLI bundle: the record's per-host block, the annotations, the
// outcome sentence and the summary table, against localhost (connection: local) and a host where
// nothing listens.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import { buildReport, renderReport } from '../../src/report/index.js';
import { readJsonl, requireBundle, runCli, tempDir } from '../cli/helpers.js';
import { assertValidRecord } from '../core/schema-helper.js';
import { requireProgram } from '../support/dockerd.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/ansible/', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  record: ExecutionRecord;
  summary: string;
  log: string;
}

/** Runs `command` with steplog in a copy of the fixtures (the workspace), as a GitLab-free CLI user would. */
async function steplog(command: string, env: Record<string, string> = {}, args: string[] = []): Promise<Run> {
  const workspace = tempDir('steplog-ansible-');
  cpSync(FIXTURES, workspace, { recursive: true });
  const log = path.join(workspace, 'log.jsonl');
  const summary = path.join(workspace, 'summary.md');
  const result = await runCli(
    ['run', ...args, '--log-file', log, '--summary-file', summary, '--run', command],
    {
      cwd: workspace,
      env: {
        ANSIBLE_NOCOLOR: '1',
        ANSIBLE_HOST_KEY_CHECKING: 'False',
        ANSIBLE_LOCAL_TEMP: path.join(workspace, '.tmp'),
        ...env,
      },
    },
  );
  const end = readJsonl(log).find((event) => event.type === 'end') as { record: ExecutionRecord };
  return { ...result, record: end.record, summary: readFileSync(summary, 'utf8'), log };
}

const host = (name: string, counts: Partial<ExecutionRecord['ansible'] & object> | object = {}) => ({
  host: name,
  ok: 0,
  changed: 0,
  unreachable: 0,
  failed: 0,
  skipped: 0,
  rescued: 0,
  ignored: 0,
  ...counts,
});

beforeAll(() => {
  requireBundle();
  requireProgram('ansible-playbook', 'ansible-core');
});

describe('ansible-playbook under steplog', () => {
  it('ok, changed, skipped, ignored and failed tasks: one annotation at the failed task, the hosts table, the sentence', async () => {
    const run = await steplog('ansible-playbook -i local.ini site.yml');
    expect(run.status).toBe(2);
    assertValidRecord(run.record);
    expect(run.record.ansible).toEqual({
      command: 'ansible-playbook',
      hosts: [host('localhost', { ok: 3, changed: 2, failed: 1, skipped: 1, ignored: 1 })],
      omittedHosts: 0,
    });
    // steplog asked for `task path:` lines; the ignored failure makes no annotation.
    expect(run.record.annotations.map((a) => [a.source, a.file, a.line, a.message.slice(0, 33)])).toEqual([
      ['ansible-task', 'site.yml', 17, 'fatal: [localhost]: FAILED! => {"'],
    ]);
    const sentence =
      'failed with exit code 2; ansible-playbook failed on 1 of 1 host: localhost (1 failed task)';
    expect(run.summary).toContain(sentence);
    expect(run.summary).toContain('| localhost | ❌ 1 failed task | 3 | 2 | 0 | 1 | 1 | 0 | 1 |');
    // The console's final line says the same.
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ✖ ansible-playbook -i local\.ini site\.yml: failed with exit code 2 in [^;]+; ansible-playbook failed on 1 of 1 host: localhost \(1 failed task\)$/,
    );
  });

  it('a passing playbook: the table, no annotation, the usual sentence', async () => {
    const run = await steplog('ansible-playbook -i local.ini passing.yml');
    expect(run.status).toBe(0);
    expect(run.record.ansible?.hosts).toEqual([host('localhost', { ok: 1, changed: 1 })]);
    expect(run.record.annotations).toEqual([]);
    expect(run.summary).toContain('| localhost | ✅ ok | 1 | 1 | 0 | 0 | 0 | 0 | 0 |');
  });

  it('an unreachable host, on GitLab', async () => {
    const run = await steplog('ansible-playbook -i inventory.ini unreachable.yml', {}, [
      '--platform',
      'gitlab',
    ]);
    expect(run.status).toBe(4);
    expect(run.record.ansible?.hosts).toEqual([
      host('localhost', { ok: 1 }),
      host('nothing-listens', { unreachable: 1 }),
    ]);
    expect(run.record.annotations.map((a) => a.message.slice(0, 41))).toEqual([
      'fatal: [nothing-listens]: UNREACHABLE! =>',
    ]);
    expect(run.summary).toContain('ansible-playbook failed on 1 of 2 hosts: nothing-listens (unreachable)');
    // The job log's last line: the same pattern as on the CLI, the hosts that failed named.
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^steplog ✖ ansible-playbook -i inventory\.ini unreachable\.yml: failed with exit code 4 in [^;]+; ansible-playbook failed on 1 of 2 hosts: nothing-listens \(unreachable\)$/,
    );
    // `steplog report` over the log: one row per host, the failing one first, in markdown and HTML.
    const report = await buildReport([run.log]);
    expect(renderReport(report, 'markdown')).toContain(
      [
        '### Ansible hosts',
        '',
        '| host | result | execution | ok | changed | unreachable | failed | skipped | ignored |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| nothing-listens | ❌ unreachable | ansible-playbook -i inventory.ini unreachable.yml | 0 | 0 | 1 | 0 | 0 | 0 |',
        '| localhost | ✅ ok | ansible-playbook -i inventory.ini unreachable.yml | 1 | 0 | 0 | 0 | 0 | 0 |',
      ].join('\n'),
    );
    expect(renderReport(report, 'html')).toMatch(
      /<h2>Ansible hosts<\/h2>[\s\S]*nothing-listens[\s\S]*unreachable/,
    );
  });

  it('a syntax error: an annotation at the playbook line and column, no hosts', async () => {
    const run = await steplog('ansible-playbook -i local.ini broken.yml');
    expect(run.status).toBe(4);
    expect(run.record.ansible).toBeUndefined();
    expect(run.record.annotations).toEqual([
      expect.objectContaining({
        source: 'ansible-error',
        file: 'broken.yml',
        line: 7,
        column: 8,
        level: 'error',
      }),
    ]);
  });

  it('a step that sets ANSIBLE_SHOW_TASK_PATH_ON_FAILURE itself keeps its value (no `task path:`, no file)', async () => {
    const run = await steplog('ansible-playbook -i local.ini site.yml', {
      ANSIBLE_SHOW_TASK_PATH_ON_FAILURE: 'False',
    });
    expect(run.record.annotations.map((a) => [a.source, a.file])).toEqual([['ansible', undefined]]);
  });
});

describe('ad-hoc ansible under steplog', () => {
  it('ansible all -m ping: one row per host from the ad-hoc results', async () => {
    const run = await steplog('ansible all -i inventory.ini -m ping');
    expect(run.status).toBe(4);
    expect(run.record.ansible).toEqual({
      command: 'ansible',
      hosts: expect.arrayContaining([
        host('localhost', { ok: 1 }),
        host('nothing-listens', { unreachable: 1 }),
      ]),
      omittedHosts: 0,
    });
    expect(run.summary).toMatch(/ansible failed on 1 of 2 hosts: nothing-listens \(unreachable\)/);
  });
});
