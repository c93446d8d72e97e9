#!/usr/bin/env node
// CLI entry (the npm bin): check the Node version, then hand the process to the CLI. A plain
// shebang: BusyBox `env` (Alpine) has no `-S`, so no Node flag can ride on it (docs/decisions.md).
import { unsupportedNode } from './node-version.js';
import { tuneHeapForOutput, tuneRuntime } from './runtime-tuning.js';

const tooOld = unsupportedNode(process.version);
if (tooOld) {
  process.stderr.write(tooOld + '\n');
  process.exit(125);
}
tuneRuntime();
const { runCliProcess } = await import('./cli/run-process.js');
tuneHeapForOutput();
await runCliProcess();
