// A GitLab report artifact (dotenv, Code Quality …) rendered from the record and written where the
// template's `artifacts:` expect it. Written whole through a temporary file and a rename, so the
// runner's artifact upload never picks up half a file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LifecycleEvent } from '../core/events.js';
import type { ExecutionRecord } from '../core/record.js';
import type { Sink } from '../core/sink.js';

export interface ReportFileOptions {
  /** Shown in the warning if the sink fails, e.g. `dotenv report`. */
  name: string;
  /** Absolute path. */
  file: string;
  render: (record: ExecutionRecord) => string;
  /** Also write at the start (status `running`), so a job killed mid-step still leaves a report. */
  writeAtStart?: boolean;
}

export function createReportFileSink(options: ReportFileOptions): Sink {
  return {
    name: `${options.name} (${options.file})`,
    onEvent(event: LifecycleEvent) {
      if (event.type === 'end' || (event.type === 'start' && options.writeAtStart)) {
        writeFileAtomic(options.file, options.render(event.record));
      }
    },
  };
}

export function writeFileAtomic(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
