// GitHub Action entry (action.yml → dist/index.js): hand the process's environment and streams to
// runAction, which never throws and awaits all its work, then leave with its status once stdout and
// stderr have taken every write (skipping the heap teardown of a natural exit, as the CLI does).
import { tuneHeapForOutput, exitWhenFlushed, tuneRuntime } from './runtime-tuning.js';

tuneRuntime();
const { runAction } = await import('./action/main.js');
// Bounded once the modules are loaded, as in the CLI (see runtime-tuning.ts).
tuneHeapForOutput();

await exitWhenFlushed(await runAction(process.env, { stdout: process.stdout, stderr: process.stderr }));
