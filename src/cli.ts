#!/usr/bin/env -S node --v8-pool-size=2
// CLI entry: gather the process's argv, env and streams and hand them to main().
// Two V8 worker threads instead of four: each keeps its own malloc arena (~2 MiB resident), and one
// step rarely gives more than two of them work (Node takes this flag only at start-up; it is not a
// V8 flag, so V8's code caches still apply, see boundYoungGeneration).
import { unsupportedNode } from './node-version.js';
import { boundYoungGeneration, exitWhenFlushed, tuneRuntime } from './runtime-tuning.js';

const tooOld = unsupportedNode(process.version);
if (tooOld) {
  process.stderr.write(tooOld + '\n');
  process.exit(125);
}
tuneRuntime();
const { main } = await import('./cli/program.js');
boundYoungGeneration();

const status = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
}).catch((error: unknown) => {
  process.stderr.write(
    `steplog: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 125;
});

await exitWhenFlushed(status);
