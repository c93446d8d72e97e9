// The GitLab Code Quality report (artifacts:reports:codequality): every annotation of the run,
// written when a single command ends, or when a run of steps ends.
import type { RunMode, RunSink } from '../core/sink.js';
import { renderCodeQuality } from '../render/gitlab-codequality.js';
import { writeFileAtomic } from './write-file.js';

export function createGitlabCodeQualitySink(mode: RunMode, file: string): RunSink {
  const name = `Code Quality report (${file})`;
  if (mode === 'command') {
    return {
      name,
      execution: () => ({
        name,
        onEvent(event) {
          if (event.type === 'end') writeFileAtomic(file, renderCodeQuality(event.record.annotations));
        },
      }),
    };
  }
  return {
    name,
    end({ records, internalError }) {
      if (internalError !== null) return;
      writeFileAtomic(file, renderCodeQuality(records.flatMap((record) => record.annotations)));
    },
  };
}
