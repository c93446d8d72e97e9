// Per-host results from Ansible's default output, recognised without configuration:
// - ansible-playbook's PLAY RECAP: after the `PLAY RECAP ****` banner, one line per host,
//   `web1  : ok=2 changed=1 unreachable=0 failed=1 skipped=1 rescued=0 ignored=0`;
// - ad-hoc results (`ansible all -m ping`): `web1 | SUCCESS => {`, `web1 | CHANGED | rc=0 >>`,
//   `web1 | FAILED! => {`, `web1 | FAILED | rc=1 >>`, `db1 | UNREACHABLE! => {`, `web1 | SKIPPED`.
// The output is the command's: it can only fill this table, never change the step's outcome.
import stripAnsi from 'strip-ansi';
import type { Lines } from '../core/events.js';
import type { AnsibleHostRecord, AnsibleRecord } from '../core/record.js';

/** Hosts kept in the record; more are counted (a fleet of thousands would swamp every summary). */
export const MAX_ANSIBLE_HOSTS = 500;
const MAX_HOST_CHARS = 200;

const RECAP_BANNER = /^PLAY RECAP \*+\s*$/;
const RECAP_LINE =
  /^(\S+)\s+: ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)(?:\s+skipped=(\d+))?(?:\s+rescued=(\d+))?(?:\s+ignored=(\d+))?\s*$/;
const ADHOC_LINE =
  /^(\S+) \| (SUCCESS|CHANGED|FAILED!?|UNREACHABLE!|SKIPPED)(?: \| rc=-?\d+)?(?: (?:=>|>>)|$)/;
/**
 * Strings one of which a batch holding any result holds, tested before any line is looked at.
 * Every batch of every command goes through this, so it searches the bytes (no decoding) for
 * strings whose first character is rare in logs (`|`, not the space before it); the lines it lets
 * through are checked by the patterns above.
 */
const HINTS = [
  'PLAY RECAP',
  ...['SUCCESS', 'CHANGED', 'FAILED', 'UNREACHABLE', 'SKIPPED'].map((w) => `| ${w}`),
];

const COUNTS = ['ok', 'changed', 'unreachable', 'failed', 'skipped', 'rescued', 'ignored'] as const;

function mayHoldResults(batch: Lines): boolean {
  if (batch.containsAny) return batch.containsAny(HINTS);
  const { text } = batch;
  return text === undefined || HINTS.some((hint) => text.includes(hint));
}

function emptyHost(host: string): AnsibleHostRecord {
  return { host, ok: 0, changed: 0, unreachable: 0, failed: 0, skipped: 0, rescued: 0, ignored: 0 };
}

/** Collects the results of one attempt's output, a batch of lines at a time. */
export class AnsibleResults {
  private readonly hosts = new Map<string, AnsibleHostRecord>();
  private omitted = new Set<string>();
  private sawRecap = false;
  /** Inside a PLAY RECAP block (after the banner, before the first line that is not a host's). */
  private inRecap = false;
  /** The ad-hoc results, kept apart: a recap already counts the same tasks. */
  private readonly adhoc = new Map<string, AnsibleHostRecord>();
  private changed = false;

  /** Reads the complete lines of a batch; returns whether the results changed. */
  readBatch(batch: Lines): boolean {
    if (!this.inRecap && !mayHoldResults(batch)) return false;
    this.changed = false;
    for (let i = 0; i < batch.count; i++) this.readLine(batch.lines[i]);
    return this.changed;
  }

  readLine(raw: string): void {
    const plain = raw.includes('\x1b') ? stripAnsi(raw) : raw;
    const line = plain.endsWith('\r') ? plain.slice(0, -1) : plain;
    if (RECAP_BANNER.test(line)) {
      this.inRecap = true;
      // Each recap counts the whole playbook run: a second run's recap adds to the first's.
      return;
    }
    if (this.inRecap) {
      const recap = RECAP_LINE.exec(line);
      if (recap) {
        this.sawRecap = true;
        const host = this.host(this.hosts, recap[1]);
        if (host) COUNTS.forEach((count, i) => (host[count] += Number(recap[i + 2] ?? 0)));
        this.changed = true;
        return;
      }
      this.inRecap = false;
    }
    const adhoc = ADHOC_LINE.exec(line);
    if (adhoc) {
      const host = this.host(this.adhoc, adhoc[1]);
      if (host) {
        const status = adhoc[2];
        if (status === 'SUCCESS') host.ok += 1;
        else if (status === 'CHANGED') {
          host.ok += 1;
          host.changed += 1;
        } else if (status === 'SKIPPED') host.skipped += 1;
        else if (status === 'UNREACHABLE!') host.unreachable += 1;
        else host.failed += 1;
      }
      this.changed = true;
    }
  }

  private host(table: Map<string, AnsibleHostRecord>, name: string): AnsibleHostRecord | null {
    const key = name.length > MAX_HOST_CHARS ? `${name.slice(0, MAX_HOST_CHARS)}…` : name;
    let host = table.get(key);
    if (host) return host;
    if (table.size >= MAX_ANSIBLE_HOSTS) {
      this.omitted.add(key);
      return null;
    }
    host = emptyHost(key);
    table.set(key, host);
    return host;
  }

  /** The block for the record, or null when the output held no Ansible results. */
  toRecord(): AnsibleRecord | null {
    const table = this.sawRecap ? this.hosts : this.adhoc;
    if (table.size === 0) return null;
    const omitted = [...this.omitted].filter((name) => !table.has(name)).length;
    return {
      command: this.sawRecap ? 'ansible-playbook' : 'ansible',
      hosts: [...table.values()].map((host) => ({ ...host })),
      omittedHosts: omitted,
    };
  }
}

export type HostVerdict = 'unreachable' | 'failed' | 'ok';

/** A host failed when a task failed (ignored failures are counted apart by Ansible) or it was unreachable. */
export function hostVerdict(host: AnsibleHostRecord): HostVerdict {
  if (host.unreachable > 0) return 'unreachable';
  if (host.failed > 0) return 'failed';
  return 'ok';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Why a host failed, in a few words: `unreachable`, `1 failed task`. */
export function hostFailure(host: AnsibleHostRecord): string | null {
  const verdict = hostVerdict(host);
  if (verdict === 'ok') return null;
  const parts: string[] = [];
  if (host.unreachable > 0) parts.push('unreachable');
  if (host.failed > 0) parts.push(plural(host.failed, 'failed task', 'failed tasks'));
  return parts.join(', ');
}

/** Failing hosts named in the sentence; the rest are counted. */
const NAMED_HOSTS = 5;

/**
 * e.g. "ansible-playbook failed on 2 of 5 hosts: web2 (1 failed task), db1 (unreachable)";
 * null when no host failed.
 */
export function describeAnsibleFailure(record: AnsibleRecord): string | null {
  const failing = record.hosts.filter((host) => hostVerdict(host) !== 'ok');
  if (failing.length === 0) return null;
  const total = record.hosts.length + record.omittedHosts;
  const named = failing.slice(0, NAMED_HOSTS).map((host) => `${host.host} (${hostFailure(host)})`);
  if (failing.length > NAMED_HOSTS) named.push(`${failing.length - NAMED_HOSTS} more`);
  return `${record.command} failed on ${failing.length} of ${plural(total, 'host', 'hosts')}: ${named.join(', ')}`;
}
