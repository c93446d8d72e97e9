// `steplog report <files or folders…>`: statistics across JSON-lines logs, as markdown, JSON or HTML.
import { aggregate, type Report } from './aggregate.js';
import { readLogs } from './read-logs.js';
import { renderReportHtml } from './render-html.js';
import { renderReportMarkdown } from './render-markdown.js';

export type ReportFormat = 'markdown' | 'json' | 'html';

export async function buildReport(paths: readonly string[]): Promise<Report> {
  return aggregate(await readLogs(paths));
}

export function renderReport(report: Report, format: ReportFormat): string {
  switch (format) {
    case 'markdown':
      return renderReportMarkdown(report);
    case 'html':
      return renderReportHtml(report);
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
  }
}

export type { Report };
