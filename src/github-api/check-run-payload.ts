// The check run as the Checks API wants it, rendered from the execution record: pure, no I/O.
// Limits (docs "Create a check run"; @octokit/openapi checks/create): 50 annotations per request,
// output.summary and output.text ≤ 65,535, annotation message and raw_details ≤ 64 KB, titles ≤ 255.
import type { Annotation, AnnotationLevel, ExecutionRecord, Status } from '../core/record.js';
import { truncateChars, truncateMarkdown, truncateUtf8 } from './truncate.js';

export const ANNOTATIONS_PER_REQUEST = 50;
/** Bytes, not characters: the API counts characters, but a byte bound is also a character bound. */
export const MAX_CHECK_SUMMARY_BYTES = 65_535;
export const MAX_CHECK_TITLE_CHARS = 255;
export const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024 - 1;
export const MAX_ANNOTATION_TITLE_CHARS = 255;
/**
 * Annotations sent per check run. Each update is a content-creating request, and GitHub's secondary
 * limit is 80 of those a minute; 1,000 annotations are 20 requests. The rest are counted, not sent.
 */
export const MAX_CHECK_ANNOTATIONS = 1000;

export type CheckConclusion = 'success' | 'failure' | 'timed_out' | 'cancelled' | 'neutral';
export type CheckAnnotationLevel = 'notice' | 'warning' | 'failure';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: CheckAnnotationLevel;
  message: string;
  title?: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

export interface CheckRunPayload {
  name: string;
  headSha: string;
  externalId: string;
  conclusion: CheckConclusion;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  /** One per request: the first goes with the create, the others with updates (they append). */
  outputs: CheckOutput[];
  /** Annotations sent, in total. */
  sent: number;
}

const LEVELS: Record<AnnotationLevel, CheckAnnotationLevel> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

export function conclusionFor(status: Status): CheckConclusion {
  switch (status) {
    case 'success':
      return 'success';
    case 'failed':
      return 'failure';
    case 'timed_out':
      return 'timed_out';
    case 'cancelled':
      return 'cancelled';
    default:
      // A record still pending or running has no outcome to report.
      return 'neutral';
  }
}

/** The API needs a path and a line; an annotation without them cannot go into the payload. */
export function toCheckAnnotation(annotation: Annotation): CheckAnnotation | null {
  if (!annotation.file || !annotation.line || annotation.line < 1) return null;
  const start = annotation.line;
  const end = annotation.endLine && annotation.endLine >= start ? annotation.endLine : start;
  const result: CheckAnnotation = {
    path: annotation.file,
    start_line: start,
    end_line: end,
    annotation_level: LEVELS[annotation.level],
    message: truncateUtf8(
      annotation.message.trim() || annotation.title || annotation.code || '(no message)',
      MAX_ANNOTATION_MESSAGE_BYTES,
    ),
  };
  // Columns are only accepted on single-line annotations.
  if (start === end && annotation.column && annotation.column >= 1) {
    result.start_column = annotation.column;
    result.end_column =
      annotation.endColumn && annotation.endColumn >= annotation.column
        ? annotation.endColumn
        : annotation.column;
  }
  const title = annotation.title ?? annotation.code;
  if (title) result.title = truncateChars(title, MAX_ANNOTATION_TITLE_CHARS);
  return result;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function statusWords(record: ExecutionRecord): string {
  switch (record.status) {
    case 'success':
      return 'succeeded';
    case 'timed_out':
      return 'timed out';
    case 'cancelled':
      return 'was cancelled';
    case 'failed':
      return record.exitCode !== null ? `failed with exit code ${record.exitCode}` : 'failed';
    default:
      return record.status;
  }
}

export function renderCheckTitle(record: ExecutionRecord): string {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const annotation of record.annotations) counts[annotation.level]++;
  const parts = [
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.notice, 'notice'),
  ];
  return truncateChars(`${statusWords(record)}: ${parts.join(', ')}`, MAX_CHECK_TITLE_CHARS);
}

/** One line that accounts for every annotation, including those the API cannot take. */
function renderAnnotationCount(total: number, located: number, sent: number): string {
  if (total === 0) return '';
  const unlocated = total - located;
  const parts = [`**${plural(total, 'annotation')}**: ${sent} shown on the changed files`];
  if (unlocated > 0) parts.push(`${unlocated} without a file and line (in the job log)`);
  if (located > sent) parts.push(`${located - sent} more not sent (limit ${MAX_CHECK_ANNOTATIONS})`);
  return `${parts.join('; ')}.\n\n`;
}

export const SUMMARY_CUT_NOTE =
  '_… cut to fit the check run summary limit; the full summary is in the job summary._';

export function renderCheckRunPayload(
  record: ExecutionRecord,
  summaryMarkdown: string,
  target: { headSha: string; detailsUrl: string | null },
): CheckRunPayload {
  const located = record.annotations.map(toCheckAnnotation).filter((a): a is CheckAnnotation => a !== null);
  const annotations = located.slice(0, MAX_CHECK_ANNOTATIONS);
  const title = renderCheckTitle(record);
  const summary = truncateMarkdown(
    renderAnnotationCount(record.annotations.length, located.length, annotations.length) +
      (summaryMarkdown.trim() ? summaryMarkdown : `The step ${statusWords(record)}.`),
    MAX_CHECK_SUMMARY_BYTES,
    'bytes',
    SUMMARY_CUT_NOTE,
  );
  const outputs: CheckOutput[] = [];
  for (let i = 0; i === 0 || i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    // Every update repeats title and summary: an update replaces them, only annotations append.
    outputs.push({ title, summary, annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) });
  }
  return {
    // No documented limit on names; bounded like titles so a huge first line cannot be rejected.
    name: truncateChars(record.name, MAX_CHECK_TITLE_CHARS),
    headSha: target.headSha,
    externalId: record.id,
    conclusion: conclusionFor(record.status),
    startedAt: record.startedAt,
    completedAt: record.completedAt,
    detailsUrl: target.detailsUrl,
    outputs,
    sent: annotations.length,
  };
}
