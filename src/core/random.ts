// Random identifiers without loading node:crypto at start-up: that module (and the nineteen internal
// ones it pulls in) costs about a third of `node -e 0`, and a step that runs `true` needs 16 random
// bytes from it. The kernel's CSPRNG behind /dev/urandom gives the same bytes in three system calls;
// where there is none (Windows), node:crypto is loaded after all.
import { closeSync, openSync, readSync } from 'node:fs';

/** `device` is for tests: a missing or empty one takes the node:crypto path. */
export function randomBytes(count: number, device = '/dev/urandom'): Buffer {
  const bytes = Buffer.alloc(count);
  let fd: number | undefined;
  try {
    fd = openSync(device, 'r');
    for (let filled = 0; filled < count;) {
      const read = readSync(fd, bytes, filled, count - filled, null);
      if (read === 0) throw new Error(`${device} gave no more bytes`);
      filled += read;
    }
    return bytes;
  } catch {
    return process.getBuiltinModule('node:crypto').randomBytes(count);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function randomHex(count: number): string {
  return randomBytes(count).toString('hex');
}

/** An RFC 9562 version 4 UUID, as crypto.randomUUID() returns it. */
export function randomUUID(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
