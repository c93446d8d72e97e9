// The plain CLI: a terminal, Jenkins, any CI that is neither GitHub nor GitLab.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPlainConsoleSink } from '../sinks/console-plain.js';
import { createSummaryFileSink } from '../sinks/summary-file.js';
import type { Platform } from './platform.js';

export const localPlatform: Platform = {
  name: 'local',
  defaultLogFile: () => path.join(tmpdir(), 'steplog', `steplog-${process.pid}-${Date.now()}.jsonl`),
  async createSinks(settings, context) {
    const sinks = [createPlainConsoleSink(context)];
    if (settings.summaryFile && settings.summary !== 'never') {
      sinks.push(createSummaryFileSink(settings.summaryFile, settings.summary));
    }
    return sinks;
  },
};
