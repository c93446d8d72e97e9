// The plain CLI: a terminal, Jenkins, any CI that is neither GitHub nor GitLab.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { renderStepsSummary } from '../render/steps-summary.js';
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
  async createStepsReporter(run, context) {
    return {
      sinksFor: (step, parallel) => [createPlainConsoleSink(context, parallel ? `[${step.id}] ` : '')],
      async finish(records, outcome) {
        if (
          run.summaryFile &&
          run.summary !== 'never' &&
          !(run.summary === 'on-failure' && outcome.status === 'success')
        ) {
          writeFileSync(run.summaryFile, renderStepsSummary(records, outcome));
        }
        const failed = records.filter((r) => r.status !== 'success').length;
        context.stderr.write(
          `steplog ${outcome.status === 'success' ? '✔' : '✖'} ${records.length - failed} of ${records.length} steps succeeded (exit status ${outcome.exitStatus})\n`,
        );
      },
    };
  },
};
