// Resource usage in words and charts, shared by every renderer: "312 MiB peak, 2.1s CPU", the JUnit
// properties, and a Mermaid chart of memory and CPU over a long attempt (GitHub and GitLab draw
// `xychart-beta` blocks in markdown).
import type { AttemptRecord, ExecutionRecord, ResourceUsage } from '../core/record.js';
import { formatBytes, formatDuration } from './format.js';

export function cpuMs(usage: ResourceUsage): number {
  return usage.cpuUserMs + usage.cpuSystemMs;
}

/**
 * The usage of an attempt in figures, or null when nothing was measured: a process that ended
 * before the first sample saw it alive leaves no memory figure, and "0 B peak, 0ms CPU" for it
 * would be made up.
 */
export function measuredUsage(
  usage: ResourceUsage | undefined,
): { peakRssBytes: number; cpuMs: number } | null {
  if (!usage || usage.processes === 0 || usage.peakRssBytes === 0) return null;
  return { peakRssBytes: usage.peakRssBytes, cpuMs: cpuMs(usage) };
}

/** The execution's usage: the largest peak of its attempts, the CPU of all of them; null when none was measured. */
export function executionUsage(record: ExecutionRecord): { peakRssBytes: number; cpuMs: number } | null {
  const measured = record.attempts.flatMap((a) => (measuredUsage(a.resources) ? [a.resources!] : []));
  if (measured.length === 0) return null;
  return {
    peakRssBytes: Math.max(...measured.map((u) => u.peakRssBytes)),
    cpuMs: measured.reduce((sum, u) => sum + cpuMs(u), 0),
  };
}

/** `312 MiB peak, 2.1s CPU`. */
export function describeUsage(usage: { peakRssBytes: number; cpuMs: number }): string {
  return `${formatBytes(usage.peakRssBytes)} peak, ${formatDuration(usage.cpuMs)} CPU`;
}

/** JUnit `<property>`s of one attempt's test case. */
export function usageProperties(usage: ResourceUsage | undefined): [string, string][] {
  if (!usage) return [];
  return [
    ['steplog.peak_memory_bytes', String(usage.peakRssBytes)],
    ['steplog.cpu_user_ms', String(usage.cpuUserMs)],
    ['steplog.cpu_system_ms', String(usage.cpuSystemMs)],
    ['steplog.processes', String(usage.processes)],
  ];
}

/**
 * Two Mermaid `xychart-beta` blocks (memory in MiB, CPU in % of a core) for an attempt that kept a
 * timeline (attempts longer than 30 s); empty otherwise.
 */
export function renderUsageCharts(attempt: AttemptRecord, title: string): string[] {
  const timeline = attempt.resources?.timeline;
  if (!timeline || timeline.length < 2) return [];
  const labels = timeline.map((p) => `"${formatDuration(p.atMs)}"`).join(', ');
  const mib = timeline.map((p) => (p.rssBytes / 1024 / 1024).toFixed(1));
  const cpu = timeline.map((p) => String(p.cpuPercent));
  const chart = (name: string, axis: string, values: string[]) =>
    [
      '```mermaid',
      'xychart-beta',
      `  title "${title.replace(/"/g, "'")}: ${name}"`,
      `  x-axis [${labels}]`,
      `  y-axis "${axis}" 0 --> ${Math.max(1, Math.ceil((Math.max(...values.map(Number)) * 11) / 10))}`,
      `  line [${values.join(', ')}]`,
      '```',
      '',
    ].join('\n');
  return [chart('memory', 'MiB', mib), chart('CPU', '% of a core', cpu)];
}
