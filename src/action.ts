// GitHub Action entry (action.yml → dist/index.js): hand the process's environment and streams to
// runAction, which never throws, and leave with its status (never process.exit: pending writes flush).
import { boundYoungGeneration, tuneRuntime } from './runtime-tuning.js';

tuneRuntime();
const { runAction } = await import('./action/main.js');
boundYoungGeneration();

process.exitCode = await runAction(process.env, { stdout: process.stdout, stderr: process.stderr });
