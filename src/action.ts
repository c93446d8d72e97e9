// GitHub Action entry (action.yml → dist/index.js): hand the process's environment and streams to
// runAction, which never throws, and leave with its status (never process.exit: pending writes flush).
import { boundYoungGeneration, tuneRuntime } from './runtime-tuning.js';

tuneRuntime();
// Bounded before the action's modules load, not after as in the CLI: loading them (the Actions
// toolkit with its HTTP client) can grow the young generation to 8 MiB before the bound, which then
// stays for the whole run. Setting the flag first costs the later modules V8's code cache (a few ms).
boundYoungGeneration();
const { runAction } = await import('./action/main.js');

process.exitCode = await runAction(process.env, { stdout: process.stdout, stderr: process.stderr });
