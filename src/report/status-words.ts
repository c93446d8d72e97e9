// How the report names a status: in words (a reader never sees `timed_out`), with the icon the
// markdown uses and what it means, for the legend.
import type { ExecutionRow } from './aggregate.js';

export type Shown = 'succeeded' | 'flaky' | 'failed' | 'timed out' | 'cancelled' | 'not started';

export interface StatusWord {
  word: Shown;
  icon: string;
  /** Stable CSS class of the HTML page. */
  css: string;
  meaning: string;
}

export const STATUS_WORDS: readonly StatusWord[] = [
  { word: 'failed', icon: '❌', css: 'failed', meaning: 'the last attempt exited with a failure' },
  { word: 'timed out', icon: '⏱️', css: 'timeout', meaning: 'killed at its timeout or idle timeout' },
  { word: 'cancelled', icon: '🚫', css: 'cancelled', meaning: 'stopped by a signal or by fail-fast' },
  { word: 'not started', icon: '⏹️', css: 'unstarted', meaning: 'cancelled before its first attempt' },
  { word: 'flaky', icon: '⚠️', css: 'flaky', meaning: 'failed at first, then succeeded on a retry' },
  { word: 'succeeded', icon: '✅', css: 'success', meaning: 'succeeded on its first attempt' },
];

export function statusWord(row: Pick<ExecutionRow, 'status' | 'flaky' | 'neverStarted'>): StatusWord {
  const word: Shown = row.neverStarted
    ? 'not started'
    : row.flaky
      ? 'flaky'
      : row.status === 'success'
        ? 'succeeded'
        : row.status === 'timed_out'
          ? 'timed out'
          : row.status === 'failed'
            ? 'failed'
            : 'cancelled';
  return STATUS_WORDS.find((entry) => entry.word === word)!;
}
