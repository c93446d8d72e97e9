// The plain CLI: a terminal, Jenkins, any CI that is neither GitHub nor GitLab.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunSink } from '../core/sink.js';
import { createPlainConsoleRunSink } from '../sinks/console-plain.js';
import { renderWarning } from '../sinks/console-lines.js';
import { messageOf } from '../core/errors.js';
import { createReportFileSinks } from '../sinks/report-files.js';
import { createSummaryFileSink } from '../sinks/summary-file.js';
import type { Platform } from './platform.js';

export const localPlatform: Platform = {
  name: 'local',
  defaultLogFile: () => path.join(tmpdir(), 'steplog', `steplog-${process.pid}-${Date.now()}.jsonl`),
  async createSinks(run, context) {
    const { mode, settings } = run;
    const sinks: RunSink[] = [createPlainConsoleRunSink(context)];
    if (settings.summaryFile) sinks.push(createSummaryFileSink(mode, settings.summaryFile, settings.summary));
    const unwritten = (what: string) => (error: unknown) =>
      context.stderr.write(renderWarning(`the ${what} was not written: ${messageOf(error)}`) + '\n');
    sinks.push(...(await createReportFileSinks(run, context.env, unwritten)));
    return sinks;
  },
};
