// Start-up and exit tuning for the entry points. Before the rest of steplog loads: V8's on-disk code
// cache (Node >= 22.1) lets later runs on a machine skip compiling the bundle. The entry points enable
// it, then load the rest with a dynamic import so that the bulk of the code is compiled through the
// cache. A failure (read-only temp dir, older Node) only costs the gain.
import module from 'node:module';
import v8 from 'node:v8';
import { collectSpentChunks } from './exec/spent-chunks.js';

export function tuneRuntime(): void {
  try {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  } catch {
    // no cache: compile as usual
  }
}

/**
 * Output flows through in short-lived buffers and strings; with V8's default young generation, which
 * grows while much of it survives, the RSS grows with the volume (about 130 MiB after 1 GB). Kept at
 * its initial size it stays near 80 MiB at the same speed. Both entry points call this once their
 * modules are loaded: every V8 flag counts in the hash V8 checks before it takes a code cache, so
 * the same limit given on the command line (`--max-semi-space-size`) made Node compile each
 * internal module it loads from source, about 16 ms of start-up. And the action cannot pass
 * flags: the runner starts it.
 */
export function tuneHeapForOutput(): void {
  try {
    v8.setFlagsFromString('--semi-space-growth-factor=1');
  } catch {
    // a Node that refuses: the default, growing young generation
  }
  // And the chunks read from the command are freed as the output flows (see exec/spent-chunks.ts).
  collectSpentChunks();
}

/**
 * Exits with `status` once every write queued on stdout and stderr has been handed to the system. A
 * natural exit would first tear down the V8 heap and every handle: tens of milliseconds at the end of
 * every step, for nothing. Only for an entry point whose work is all awaited (the CLI's main is).
 */
export async function exitWhenFlushed(status: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(status);
}

/** Writes are handed over in order: an empty write's callback runs once those before it are done (or failed). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
