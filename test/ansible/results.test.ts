// Ansible's per-host results from real ansible-core 2.14 output (test/fixtures/matchers/samples),
// the outcome sentence and the summary table.
import { describe, expect, it } from 'vitest';
import { withAnsibleDefaults } from '../../src/ansible/environment.js';
import { AnsibleResults, describeAnsibleFailure, MAX_ANSIBLE_HOSTS } from '../../src/ansible/results.js';
import type { AnsibleRecord } from '../../src/core/record.js';
import { renderAnsibleHosts } from '../../src/render/ansible-hosts.js';
import { renderJunit, renderStepsJunit } from '../../src/render/gitlab-junit.js';
import { makeRecord } from '../github-api/helpers.js';
import { sample } from '../matchers/helpers.js';

function read(lines: string[], batch = lines.length): AnsibleRecord | null {
  const results = new AnsibleResults();
  for (let i = 0; i < lines.length; i += batch) {
    const part = lines.slice(i, i + batch);
    results.readBatch({ lines: part, count: part.length, text: part.join('\n') });
  }
  return results.toRecord();
}

const host = (name: string, counts: Partial<Omit<AnsibleRecord['hosts'][number], 'host'>> = {}) => ({
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

describe('AnsibleResults', () => {
  it('reads PLAY RECAP: ok, changed, failed, skipped and ignored tasks', () => {
    expect(read(sample('ansible-playbook.txt'))).toEqual({
      command: 'ansible-playbook',
      hosts: [host('localhost', { ok: 3, changed: 2, failed: 1, skipped: 1, ignored: 1 })],
      omittedHosts: 0,
    });
  });

  it('reads an unreachable host, whichever way the output is cut into batches', () => {
    const expected = {
      command: 'ansible-playbook',
      hosts: [host('localhost', { ok: 1 }), host('unreachable.invalid', { unreachable: 1 })],
      omittedHosts: 0,
    };
    for (const batch of [1, 2, 3, 100])
      expect(read(sample('ansible-unreachable.txt'), batch)).toEqual(expected);
  });

  it('reads ad-hoc results when there is no recap', () => {
    expect(read(sample('ansible-adhoc.txt'))).toEqual({
      command: 'ansible',
      hosts: [host('unreachable.invalid', { unreachable: 1 }), host('localhost', { ok: 1, failed: 2 })],
      omittedHosts: 0,
    });
  });

  it('a syntax error has no results; recap-looking lines outside a recap are not read', () => {
    expect(read(sample('ansible-syntax.txt'))).toBeNull();
    expect(read(['web1 : ok=1 changed=0 unreachable=0 failed=1 skipped=0 rescued=0 ignored=0'])).toBeNull();
  });

  it('two recaps (two playbooks in one script) add up; coloured output reads the same', () => {
    const recap = (failed: number) => [
      '\x1b[0;33mPLAY RECAP *********\x1b[0m',
      `\x1b[0;31mweb1\x1b[0m : \x1b[0;32mok=1\x1b[0m    changed=0    unreachable=0    failed=${failed}    skipped=0    rescued=0    ignored=0   `,
      '',
    ];
    expect(read([...recap(0), 'other output', ...recap(1)])?.hosts).toEqual([
      host('web1', { ok: 2, failed: 1 }),
    ]);
  });

  it(`keeps at most ${MAX_ANSIBLE_HOSTS} hosts and counts the rest`, () => {
    const lines = ['PLAY RECAP ***'];
    for (let i = 0; i < MAX_ANSIBLE_HOSTS + 7; i++)
      lines.push(`h${i} : ok=1 changed=0 unreachable=0 failed=0`);
    const record = read(lines)!;
    expect([record.hosts.length, record.omittedHosts]).toEqual([MAX_ANSIBLE_HOSTS, 7]);
  });
});

describe('describeAnsibleFailure', () => {
  it('names the failing hosts and why', () => {
    const record: AnsibleRecord = {
      command: 'ansible-playbook',
      hosts: [
        host('web1', { ok: 3 }),
        host('web2', { ok: 2, failed: 1 }),
        host('web3', { ok: 3, ignored: 1 }),
        host('db1', { unreachable: 1 }),
        host('db2', { ok: 4 }),
      ],
      omittedHosts: 0,
    };
    expect(describeAnsibleFailure(record)).toBe(
      'ansible-playbook failed on 2 of 5 hosts: web2 (1 failed task), db1 (unreachable)',
    );
    expect(describeAnsibleFailure({ ...record, hosts: [host('a', { ok: 1 })] })).toBeNull();
  });

  it('names five failing hosts and counts the others', () => {
    const hosts = Array.from({ length: 8 }, (_, i) => host(`h${i}`, { failed: 2 }));
    expect(describeAnsibleFailure({ command: 'ansible', hosts, omittedHosts: 2 })).toBe(
      'ansible failed on 8 of 10 hosts: h0 (2 failed tasks), h1 (2 failed tasks), h2 (2 failed tasks), h3 (2 failed tasks), h4 (2 failed tasks), 3 more',
    );
  });
});

describe('renderAnsibleHosts', () => {
  it('one row per host, host names escaped', () => {
    const markdown = renderAnsibleHosts({
      command: 'ansible-playbook',
      hosts: [host('web|1', { ok: 2, changed: 1 }), host('db1', { unreachable: 1 })],
      omittedHosts: 3,
    });
    expect(markdown).toBe(
      [
        '#### `ansible-playbook` hosts',
        '',
        '| Host | Result | ok | changed | unreachable | failed | skipped | rescued | ignored |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
        '| web\\|1 | ✅ ok | 2 | 1 | 0 | 0 | 0 | 0 | 0 |',
        '| db1 | 🔌 unreachable | 0 | 0 | 1 | 0 | 0 | 0 | 0 |',
        '',
        '… and 3 more hosts.',
        '',
      ].join('\n'),
    );
  });
});

describe('withAnsibleDefaults', () => {
  it('asks for `task path:` lines unless the step or the host environment already says', () => {
    expect(withAnsibleDefaults({ A: '1' }, {})).toEqual({
      A: '1',
      ANSIBLE_SHOW_TASK_PATH_ON_FAILURE: 'True',
    });
    expect(withAnsibleDefaults({ ANSIBLE_SHOW_TASK_PATH_ON_FAILURE: 'False' }, {})).toEqual({
      ANSIBLE_SHOW_TASK_PATH_ON_FAILURE: 'False',
    });
    expect(withAnsibleDefaults({}, { ANSIBLE_SHOW_TASK_PATH_ON_FAILURE: 'no' })).toEqual({});
  });
});

describe('JUnit for GitLab', () => {
  const ansible: AnsibleRecord = {
    command: 'ansible-playbook',
    hosts: [host('web1', { ok: 3 }), host('web2', { ok: 1, failed: 1 }), host('db1', { unreachable: 1 })],
    omittedHosts: 0,
  };

  it('one test case per host, failed hosts failing with why, after the attempts’ test case', () => {
    const xml = renderJunit(makeRecord({ name: 'deploy', status: 'failed', exitCode: 2, ansible }));
    const cases = [...xml.matchAll(/<testcase [^>]*name="([^"]+)"[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g)].map(
      (match) => [match[1], /<failure message="([^"]*)"/.exec(match[2])?.[1] ?? null],
    );
    expect(cases.slice(-3)).toEqual([
      ['deploy: web1', null],
      ['deploy: web2', 'ansible-playbook: 1 failed task'],
      ['deploy: db1', 'ansible-playbook: unreachable'],
    ]);
  });

  it('a run of steps: the hosts follow their step', () => {
    const xml = renderStepsJunit([makeRecord({ name: 'deploy', stepId: 'deploy', ansible })], {
      suite: 'job',
      outcome: { status: 'failed' },
    });
    expect([...xml.matchAll(/<testcase [^>]*name="([^"]+)"/g)].map((match) => match[1])).toEqual([
      'deploy',
      'deploy: web1',
      'deploy: web2',
      'deploy: db1',
    ]);
  });
});
