import { describe, expect, it } from 'vitest';
import { randomBytes, randomHex, randomUUID } from '../../src/core/random.js';

describe('random identifiers', () => {
  it('UUIDs have the version 4 layout and do not repeat', () => {
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('bytes come from the device, and from node:crypto when there is none or it gives nothing', () => {
    for (const device of ['/dev/urandom', '/nonexistent/urandom', '/dev/null']) {
      const samples = Array.from({ length: 50 }, () => randomBytes(32, device).toString('hex'));
      expect(samples.every((hex) => hex.length === 64)).toBe(true);
      expect(new Set(samples).size).toBe(samples.length);
      // Not all zero: Buffer.alloc's zeros would pass the length check.
      expect(samples.some((hex) => /[1-9a-f]/.test(hex))).toBe(true);
    }
  });

  it('hex has two digits per byte', () => {
    expect(randomHex(6)).toMatch(/^[0-9a-f]{12}$/);
  });
});
