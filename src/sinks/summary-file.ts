// The markdown summary written to a file (CLI `--summary-file`, GitLab artifacts): a single
// command's summary when it ends, or a run of steps' summary when the run ends, as `summary` says.
// GitHub's job summary has its own sink because it appends to GITHUB_STEP_SUMMARY under a size budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wantsSummary, type SummaryMode } from '../core/settings.js';
import type { RunMode, RunSink } from '../core/sink.js';
import { renderStepsSummary } from '../render/steps-summary.js';
import { renderSummary } from '../render/summary.js';
import { writeFileAtomic } from './write-file.js';

export function createSummaryFileSink(mode: RunMode, file: string, summary: SummaryMode): RunSink {
  const name = `summary file (${file})`;
  return {
    name,
    execution: () =>
      mode !== 'command'
        ? null
        : {
            name,
            onEvent(event) {
              if (event.type !== 'end' || !wantsSummary(summary, event.record.status)) return;
              mkdirSync(path.dirname(file), { recursive: true });
              writeFileSync(file, renderSummary(event.record));
            },
          },
    end(run) {
      if (run.mode !== 'steps' || run.internalError !== null) return;
      if (wantsSummary(summary, run.outcome.status)) {
        writeFileAtomic(file, renderStepsSummary(run.records, run.outcome));
      }
    },
  };
}
