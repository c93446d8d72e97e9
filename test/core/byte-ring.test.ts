import { describe, expect, test } from 'vitest';
import { ByteRing } from '../../src/core/byte-ring.js';

const text = (ring: ByteRing) => ring.contents().toString();

describe('ByteRing', () => {
  test('keeps everything until it is full, oldest first', () => {
    const ring = new ByteRing(8);
    expect(text(ring)).toBe('');
    ring.push(Buffer.from('abc'));
    ring.push(Buffer.from('de'));
    expect([text(ring), ring.wrapped]).toEqual(['abcde', false]);
    ring.push(Buffer.from('fgh'));
    expect([text(ring), ring.wrapped]).toEqual(['abcdefgh', false]);
  });

  test('then the last capacity bytes, across the wrap, in order', () => {
    const ring = new ByteRing(8);
    ring.push(Buffer.from('abcdef'));
    ring.push(Buffer.from('ghij'));
    expect([text(ring), ring.wrapped]).toEqual(['cdefghij', true]);
    ring.push(Buffer.from('k'));
    expect(text(ring)).toBe('defghijk');
    // Every split of the same bytes gives the same contents.
    const all = 'the quick brown fox jumps over the lazy dog';
    for (let size = 1; size <= 10; size++) {
      const split = new ByteRing(8);
      for (let at = 0; at < all.length; at += size) split.push(Buffer.from(all.slice(at, at + size)));
      expect(text(split), `size ${size}`).toBe(all.slice(-8));
    }
  });

  test('a write longer than the ring keeps its end', () => {
    const ring = new ByteRing(4);
    ring.push(Buffer.from('0123456789'));
    expect([text(ring), ring.wrapped]).toEqual(['6789', true]);
  });

  test('does not keep the buffers it was given', () => {
    const ring = new ByteRing(8);
    const chunk = Buffer.from('abcd');
    ring.push(chunk);
    chunk.fill(0x78);
    expect(text(ring)).toBe('abcd');
  });
});
