// Per-host rows of the Ansible runs across the logs: which hosts failed, in which execution.
import { hostFailure, hostVerdict } from '../ansible/results.js';
import type { AnsibleHostRecord, ExecutionRecord } from '../core/record.js';

export interface AnsibleHostRow extends AnsibleHostRecord {
  /** The execution that ran Ansible against the host. */
  execution: string;
  /** `unreachable`, `1 failed task`, or `ok`. */
  result: string;
  failedHost: boolean;
}

/** Failing hosts first, then in the order the executions and Ansible named them. */
export function ansibleHostRows(records: readonly ExecutionRecord[]): AnsibleHostRow[] {
  const rows = records.flatMap((record) =>
    (record.ansible?.hosts ?? []).map((host) => ({
      ...host,
      execution: record.name,
      result: hostFailure(host) ?? 'ok',
      failedHost: hostVerdict(host) !== 'ok',
    })),
  );
  return [...rows.filter((row) => row.failedHost), ...rows.filter((row) => !row.failedHost)];
}
