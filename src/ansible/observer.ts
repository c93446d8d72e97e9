// Feeds the command's output to AnsibleResults and keeps the record's `ansible` block current:
// the last attempt's results only, so a retried playbook shows how its final run went.
import type { BatchObserver, ExecutionLogger } from '../core/logger.js';
import { AnsibleResults } from './results.js';

export function createAnsibleObserver(logger: ExecutionLogger): BatchObserver {
  let attempt = 0;
  let results = new AnsibleResults();
  return (batch, _stream, current) => {
    if (current !== attempt) {
      attempt = current;
      results = new AnsibleResults();
      logger.setBlock('ansible', undefined);
    }
    if (results.readBatch(batch)) logger.setBlock('ansible', results.toRecord() ?? undefined);
  };
}
