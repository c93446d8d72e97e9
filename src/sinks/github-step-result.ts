// The action's way of ending a step that did not succeed: core.setFailed with what happened in words
// (one error annotation, and exit code 1 unless the action sets another). The CLI on GitHub says the
// same with the annotations sink instead (announceOutcome), since its exit status fails the step.
import * as core from './actions-toolkit.js';
import type { RunSink } from '../core/sink.js';
import { describeOutcome, describeRun } from '../render/outcome.js';

export function createGithubStepResultSink(): RunSink {
  return {
    name: 'step result',
    end({ mode, records, outcome, internalError }) {
      if (internalError !== null) return core.setFailed(`steplog: internal error: ${internalError}`);
      if (mode === 'command') {
        if (records[0].status !== 'success') core.setFailed(describeOutcome(records[0]));
        return;
      }
      if (outcome.exitStatus !== 0) {
        const failed = records.filter((record) => record.status !== 'success');
        core.setFailed(describeRun(failed) || 'steplog: the steps failed');
      }
    },
  };
}
