// A run's status from its executions: the first one, in the order given, that did not succeed.
import type { ExecutionRecord } from '../core/record.js';

export function decideRunStatus(
  records: readonly ExecutionRecord[],
  cancelled: boolean,
): ExecutionRecord['status'] {
  const deciding = records.find((r) => r.status !== 'success');
  if (deciding) return deciding.status;
  return cancelled ? 'cancelled' : 'success';
}
