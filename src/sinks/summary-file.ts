// The markdown summary written to a file (CLI `--summary-file`, GitLab artifacts). GitHub's job
// summary has its own sink because it appends to GITHUB_STEP_SUMMARY under a size budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LifecycleEvent } from '../core/events.js';
import type { SummaryMode } from '../core/settings.js';
import type { Sink } from '../core/sink.js';
import { renderSummary } from '../render/summary.js';

export function createSummaryFileSink(file: string, mode: SummaryMode): Sink {
  return {
    name: `summary file (${file})`,
    onEvent(event: LifecycleEvent) {
      if (event.type !== 'end') return;
      if (mode === 'never' || (mode === 'on-failure' && event.record.status === 'success')) return;
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, renderSummary(event.record));
    },
  };
}
