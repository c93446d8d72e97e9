#!/usr/bin/env -S node --min-semi-space-size=2 --max-semi-space-size=2 --v8-pool-size=2
// CLI entry: gather the process's argv, env and streams and hand them to main().
// The shebang gives V8 a small, fixed young generation: output flows through in short-lived
// buffers and strings, and with V8's default the RSS grows with the volume (about 150 MiB after
// 1 GB); at 2 MiB it stays near 80 MiB at the same speed, and a young generation that starts at
// its full size spares start-up a few collections. Two V8 worker threads instead of four: each
// keeps its own malloc arena (~2 MiB resident), and one step rarely gives more than two of them
// work. V8 and Node take these flags only at start-up.
import { unsupportedNode } from './node-version.js';
import { exitWhenFlushed, tuneRuntime } from './runtime-tuning.js';

const tooOld = unsupportedNode(process.version);
if (tooOld) {
  process.stderr.write(tooOld + '\n');
  process.exit(125);
}
tuneRuntime();
const { main } = await import('./cli/program.js');

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
