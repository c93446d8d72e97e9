// The plain CLI: a terminal, Jenkins, any CI that is neither GitHub nor GitLab.
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunSink } from '../core/sink.js';
import { createPlainConsoleRunSink } from '../sinks/console-plain.js';
import { createSummaryFileSink } from '../sinks/summary-file.js';
import type { Platform } from './platform.js';

export const localPlatform: Platform = {
  name: 'local',
  defaultLogFile: () => path.join(tmpdir(), 'steplog', `steplog-${process.pid}-${Date.now()}.jsonl`),
  async createSinks({ mode, settings }, context) {
    const sinks: RunSink[] = [createPlainConsoleRunSink(context)];
    if (settings.summaryFile) sinks.push(createSummaryFileSink(mode, settings.summaryFile, settings.summary));
    return sinks;
  },
};
