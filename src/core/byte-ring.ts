// The last `capacity` bytes of a stream, in one buffer allocated once. Output tails are kept here
// rather than as the chunks they came in: a chunk kept for a while outlives young-generation
// collections, and a buffer promoted that way is freed only by a full collection, so with eight
// parallel steps most of their output lingered in memory (about 80 MiB) and cost collector time.

export class ByteRing {
  private buffer: Buffer | null = null;
  /** Where the next byte goes. */
  private end = 0;
  private size = 0;
  /** Bytes were overwritten: the contents start inside what was written. */
  wrapped = false;

  constructor(private readonly capacity: number) {}

  push(bytes: Uint8Array): void {
    if (bytes.length === 0 || this.capacity === 0) return;
    this.buffer ??= Buffer.allocUnsafe(this.capacity);
    let source = bytes;
    if (source.length > this.capacity) {
      source = source.subarray(source.length - this.capacity);
      this.wrapped = true;
    }
    const first = Math.min(source.length, this.capacity - this.end);
    this.buffer.set(source.subarray(0, first), this.end);
    if (first < source.length) this.buffer.set(source.subarray(first), 0);
    this.end = (this.end + source.length) % this.capacity;
    if (this.size + source.length > this.capacity) this.wrapped = true;
    this.size = Math.min(this.capacity, this.size + source.length);
  }

  /** The bytes held, oldest first (a copy once wrapped). */
  contents(): Buffer {
    if (!this.buffer) return Buffer.alloc(0);
    if (this.size < this.capacity) return this.buffer.subarray(0, this.size);
    return Buffer.concat([this.buffer.subarray(this.end), this.buffer.subarray(0, this.end)]);
  }
}
