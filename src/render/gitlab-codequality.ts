// The problem-matcher annotations as a GitLab Code Quality report (artifacts:reports:codequality):
// a JSON array (no BOM) of CodeClimate issues, of which GitLab reads description, check_name,
// fingerprint, severity, location.path and location.lines.begin
// (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
// Annotations without a file (steplog's own, e.g. "timed out") have no place in a code report and
// are left out; they stay in the summary and the log.
import { createHash } from 'node:crypto';
import type { Annotation, AnnotationLevel } from '../core/record.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end?: number } };
}

/** Far beyond any useful merge-request widget; keeps the report small whatever a tool prints. */
export const MAX_CODEQUALITY_ISSUES = 5000;
const MAX_DESCRIPTION_CHARS = 2000;

const SEVERITY: Record<AnnotationLevel, CodeQualitySeverity> = {
  error: 'major',
  warning: 'minor',
  notice: 'info',
};

export function codeQualityIssues(annotations: readonly Annotation[]): CodeQualityIssue[] {
  const issues = new Map<string, CodeQualityIssue>();
  for (const annotation of annotations) {
    if (!annotation.file || issues.size >= MAX_CODEQUALITY_ISSUES) continue;
    const issue = toIssue(annotation, annotation.file);
    // The same finding from two attempts is one issue (GitLab collapses equal fingerprints anyway).
    if (!issues.has(issue.fingerprint)) issues.set(issue.fingerprint, issue);
  }
  return [...issues.values()];
}

export function renderCodeQuality(annotations: readonly Annotation[]): string {
  return JSON.stringify(codeQualityIssues(annotations), null, 2) + '\n';
}

function toIssue(annotation: Annotation, file: string): CodeQualityIssue {
  const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const begin = annotation.line !== undefined && annotation.line > 0 ? annotation.line : 1;
  const lines: CodeQualityIssue['location']['lines'] = { begin };
  if (annotation.endLine !== undefined && annotation.endLine >= begin) lines.end = annotation.endLine;
  const checkName = annotation.code ? `${annotation.source}/${annotation.code}` : annotation.source;
  const message = annotation.title ? `${annotation.title}: ${annotation.message}` : annotation.message;
  const description =
    message.length > MAX_DESCRIPTION_CHARS ? `${message.slice(0, MAX_DESCRIPTION_CHARS - 1)}…` : message;
  return {
    description,
    check_name: checkName,
    // Stable across pipelines (no attempt number, no time), so GitLab can tell new issues from old.
    fingerprint: fingerprintOf([
      checkName,
      annotation.level,
      path,
      begin,
      annotation.column ?? 0,
      annotation.message,
    ]),
    severity: SEVERITY[annotation.level],
    location: { path, lines },
  };
}

function fingerprintOf(parts: ReadonlyArray<string | number>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
