// The job summary gets what is left of the runner's 1 MiB per step.
import { describe, expect, it } from 'vitest';
import type { ExecutionRecord, FinalStatus } from '../../src/core/record.js';
import { wantsSummary } from '../../src/core/settings.js';
import { MAX_STEP_SUMMARY_BYTES, renderSummaryAppend } from '../../src/sinks/github-summary.js';

function record(status: FinalStatus, tail = ''): ExecutionRecord {
  const stream = { bytes: tail.length, lines: 1, tail, truncated: false };
  return {
    schemaVersion: 1,
    id: '00000000-0000-4000-8000-000000000000',
    stepId: null,
    name: 'build',
    command: 'make',
    shell: 'bash --noprofile --norc -eo pipefail {0}',
    cwd: '/w',
    status,
    startedAt: '2026-01-01T00:00:00.000Z',
    completedAt: '2026-01-01T00:00:01.000Z',
    durationMs: 1000,
    exitCode: status === 'success' ? 0 : 2,
    signal: null,
    timedOut: false,
    cancelSignal: null,
    maxAttempts: 1,
    limits: { timeoutMs: 0, idleTimeoutMs: 0, killSignal: 'SIGTERM', killAfterMs: 10000 },
    attempts: [
      {
        number: 1,
        status,
        startedAt: '2026-01-01T00:00:00.000Z',
        completedAt: '2026-01-01T00:00:01.000Z',
        durationMs: 1000,
        exitCode: status === 'success' ? 0 : 2,
        signal: null,
        timedOut: false,
        timeoutKind: null,
        error: null,
      },
    ],
    stdout: stream,
    stderr: stream,
    annotations: [],
    error: null,
    exitStatus: status === 'success' ? 0 : 2,
  };
}

describe('renderSummaryAppend', () => {
  it('after 900 KiB written by the command, the file stays within 1 MiB', () => {
    const existing = 900 * 1024;
    const result = renderSummaryAppend(record('failed', 'x'.repeat(400 * 1024)), existing, false);
    if (!('text' in result)) throw new Error('expected a summary');
    expect(result.text.startsWith('\n\n')).toBe(true);
    expect(existing + Buffer.byteLength(result.text)).toBeLessThanOrEqual(MAX_STEP_SUMMARY_BYTES);
    expect(result.text).toContain('build');
  });

  it('skips with a reason when the file is (nearly) full', () => {
    const result = renderSummaryAppend(record('failed'), MAX_STEP_SUMMARY_BYTES - 10, true);
    expect(result).toEqual({
      skipped: expect.stringContaining(`already holds ${MAX_STEP_SUMMARY_BYTES - 10} bytes`),
    });
  });

  it('adds no separator to an empty file and one newline after a finished line', () => {
    const empty = renderSummaryAppend(record('success'), 0, true);
    const after = renderSummaryAppend(record('success'), 10, true);
    expect('text' in empty && !empty.text.startsWith('\n')).toBe(true);
    expect('text' in after && after.text.startsWith('\n') && !after.text.startsWith('\n\n')).toBe(true);
  });
});

describe('wantsSummary', () => {
  it('follows summary: always | on-failure | never', () => {
    expect(wantsSummary('always', 'success')).toBe(true);
    expect(wantsSummary('on-failure', 'success')).toBe(false);
    expect(wantsSummary('on-failure', 'timed_out')).toBe(true);
    expect(wantsSummary('never', 'failed')).toBe(false);
    // A run still going counts as a failure-to-be (the GitLab dotenv written at the start says so).
    expect(wantsSummary('on-failure', 'running')).toBe(true);
  });
});
