// The per-host table of an Ansible run, for the summary (markdown).
import { hostFailure, hostVerdict } from '../ansible/results.js';
import type { AnsibleRecord } from '../core/record.js';
import { inlineCode, renderTable, tableCell } from './markdown.js';

/** Rows shown; the rest are counted under the table (the record keeps up to MAX_ANSIBLE_HOSTS). */
export const MAX_HOST_ROWS = 100;

const VERDICT_EMOJI = { ok: '✅', failed: '❌', unreachable: '🔌' } as const;

export function renderAnsibleHosts(ansible: AnsibleRecord, maxRows = MAX_HOST_ROWS): string {
  const rows = ansible.hosts
    .slice(0, maxRows)
    .map((host) => [
      tableCell(host.host),
      `${VERDICT_EMOJI[hostVerdict(host)]} ${hostFailure(host) ?? 'ok'}`,
      String(host.ok),
      String(host.changed),
      String(host.unreachable),
      String(host.failed),
      String(host.skipped),
      String(host.rescued),
      String(host.ignored),
    ]);
  const hidden = ansible.hosts.length - rows.length + ansible.omittedHosts;
  const table = renderTable(
    ['Host', 'Result', 'ok', 'changed', 'unreachable', 'failed', 'skipped', 'rescued', 'ignored'],
    rows,
  );
  const more = hidden > 0 ? `\n… and ${hidden} more ${hidden === 1 ? 'host' : 'hosts'}.\n` : '';
  return `#### ${inlineCode(ansible.command)} hosts\n\n${table}${more}`;
}
