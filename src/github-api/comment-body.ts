// The sticky PR comment's body: a hidden marker that finds the comment again on the next run, then
// the job summary markdown (already rendered and redacted by the summary sink), cut to GitHub's limit.
import { createHash } from 'node:crypto';
import type { ExecutionRecord } from '../core/record.js';
import { truncateMarkdown } from './truncate.js';

/** GitHub rejects longer issue comments ("Body is too long (maximum is 65536 characters)"). */
export const MAX_COMMENT_CHARS = 65_536;

export const COMMENT_CUT_NOTE =
  '_… cut to fit the pull-request comment limit; the full summary is in the job summary._';

/**
 * One comment per step name per pull request. The name is hashed so the marker holds no text from the
 * workflow and cannot be broken by `-->` in a name.
 */
export function commentMarker(stepName: string): string {
  const hash = createHash('sha256').update(stepName, 'utf8').digest('hex').slice(0, 16);
  return `<!-- steplog:${hash} -->`;
}

/** Escapes text for inline markdown: no emphasis, links or raw HTML from it. */
export function escapeInlineMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

export function renderCommentBody(record: ExecutionRecord, summaryMarkdown: string): string {
  const marker = commentMarker(record.name);
  const content = summaryMarkdown.trim()
    ? summaryMarkdown
    : `**${escapeInlineMarkdown(record.name)}**: ${record.status.replace('_', ' ')}\n`;
  return truncateMarkdown(`${marker}\n${content}`, MAX_COMMENT_CHARS, 'chars', COMMENT_CUT_NOTE);
}
