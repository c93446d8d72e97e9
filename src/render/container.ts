// One line naming the container a step ran in, for the summary (markdown) and the log (plain).
import type { ContainerRecord } from '../core/record.js';
import { formatBytes } from './format.js';
import { escapeInline, inlineCode } from './markdown.js';

const SHORT_ID = 12;

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, SHORT_ID);
}

/** e.g. "docker 20.10.24 · image `busybox:1.36` (`sha256:…`) · container `3f2a…`". */
export function renderContainerLine(container: ContainerRecord): string {
  const parts = [
    `Container engine ${escapeInline(container.engine)} ${inlineCode(container.engineVersion)}`,
    `image ${inlineCode(container.image)} (${inlineCode(container.imageDigest ?? container.imageId)})`,
  ];
  if (container.containerId) parts.push(`container ${inlineCode(shortId(container.containerId))}`);
  if (container.memoryLimitBytes !== null)
    parts.push(`memory limit ${formatBytes(container.memoryLimitBytes)}`);
  return parts.join(' · ');
}

/** "killed: out of memory (limit 8 MiB)" for a container the kernel killed at its memory limit. */
export function describeOutOfMemory(container: ContainerRecord): string {
  const limit =
    container.memoryLimitBytes === null ? 'no limit set' : `limit ${formatBytes(container.memoryLimitBytes)}`;
  return `killed: out of memory (${limit})`;
}
