// The chunks read from the command's pipes are Buffers whose bytes lie outside V8's heap. V8 frees
// them only when a collection finds them dead, and it collects when its own heap fills, which
// relaying output seldom does: up to ~64 MiB of spent chunks wait in memory, and the system keeps
// handing out fresh pages for new ones. A minor collection (a scavenge of the 1 MiB young
// generation, a fraction of a millisecond) every 1 MiB read frees them as they go. 300 MB of
// 100-byte lines with `matchers: none`: 143 MiB peak without, 78 MiB with, in the same time.
// Only the entry points turn it on (it needs V8's `gc`, exposed at run time); elsewhere, tests
// included, nothing happens.
import v8 from 'node:v8';
import vm from 'node:vm';

const COLLECT_EVERY_BYTES = 1024 * 1024;

type Collect = (options: { type: 'minor' }) => void;

let enabled = false;
/** Exposed on the first MiB: a command that prints little never pays for the context it takes. */
let collect: Collect | null = null;
let sinceCollected = 0;

export function collectSpentChunks(): void {
  enabled = true;
}

/** Called with the size of each chunk read from a pipe. */
export function chunkRead(bytes: number): void {
  if (!enabled) return;
  sinceCollected += bytes;
  if (sinceCollected < COLLECT_EVERY_BYTES) return;
  sinceCollected = 0;
  collect ??= exposeCollector();
  collect?.({ type: 'minor' });
}

function exposeCollector(): Collect | null {
  try {
    // The flag gives `gc` to contexts created after it is set; the main one was created before.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return gc as Collect;
  } catch {
    // A runtime that refuses: V8's own schedule.
  }
  enabled = false;
  return null;
}
