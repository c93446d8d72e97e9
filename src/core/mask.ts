// Redaction of masked values in everything steplog writes. Secrets are replaced by `***` (as the
// GitHub runner does). A multi-line secret is also registered line by line, because output arrives
// and is rendered line by line.

export const MASK = '***';
const MASK_BYTES = Buffer.from(MASK);

export class Redactor {
  /** Longest first, so a secret that contains another is replaced whole. */
  private secrets: string[] = [];
  /**
   * The one-line secrets as UTF-8, longest first: output is redacted as the bytes the command wrote,
   * so a masked line keeps its other bytes (invalid UTF-8 included). A multi-line value never
   * matches inside one line; its lines are secrets of their own and are what gets replaced.
   */
  private secretBytes: Buffer[] = [];

  constructor(values: readonly string[] = []) {
    this.add(...values);
  }

  /** Registers more values (e.g. a command's own `::add-mask::`); blank values are ignored. */
  add(...values: string[]): void {
    const all = new Set(this.secrets);
    for (const value of values) {
      if (!value.trim()) continue;
      all.add(value);
      for (const line of value.split(/\r?\n/)) if (line.trim()) all.add(line);
    }
    this.secrets = [...all].sort((a, b) => b.length - a.length);
    this.secretBytes = this.secrets
      .filter((secret) => !secret.includes('\n'))
      .map((secret) => Buffer.from(secret))
      .sort((a, b) => b.length - a.length);
  }

  /** Every value redacted, the lines of multi-line values included. */
  get values(): readonly string[] {
    return this.secrets;
  }

  get active(): boolean {
    return this.secrets.length > 0;
  }

  redact(text: string): string {
    for (const secret of this.secrets) {
      if (text.includes(secret)) text = text.split(secret).join(MASK);
    }
    return text;
  }

  /** `bytes` with every secret replaced by `***`; the same buffer when none occurs in it. */
  redactBytes(bytes: Buffer): Buffer {
    for (const secret of this.secretBytes) {
      let found = bytes.indexOf(secret);
      if (found === -1) continue;
      const pieces: Buffer[] = [];
      let start = 0;
      for (; found !== -1; found = bytes.indexOf(secret, start)) {
        pieces.push(bytes.subarray(start, found), MASK_BYTES);
        start = found + secret.length;
      }
      pieces.push(bytes.subarray(start));
      bytes = Buffer.concat(pieces);
    }
    return bytes;
  }

  /**
   * Where the start of an unfinished line can be cut to show it now: before the longest end of
   * `bytes` that could be the start of a secret (its rest may still come), and never inside a secret
   * that is there whole, so the two sides can be redacted apart.
   */
  safeByteCut(bytes: Buffer): number {
    let cut = bytes.length;
    for (const secret of this.secretBytes) {
      for (let k = Math.min(secret.length - 1, bytes.length); k > 0; k--) {
        if (bytes.subarray(bytes.length - k).equals(secret.subarray(0, k))) {
          cut = Math.min(cut, bytes.length - k);
          break;
        }
      }
    }
    for (let moved = true; moved;) {
      moved = false;
      for (const secret of this.secretBytes) {
        const found = bytes.indexOf(secret, Math.max(0, cut - secret.length + 1));
        if (found !== -1 && found < cut && found + secret.length > cut) {
          cut = found + secret.length;
          moved = true;
        }
      }
    }
    return cut;
  }

  /**
   * `text` with the end of a secret at its very start masked: text cut out of a longer text may
   * begin inside a secret, and what is left of it must not show.
   */
  redactCutFront(text: string): string {
    for (const secret of this.secrets) {
      for (let k = Math.min(secret.length - 1, text.length); k > 0; k--) {
        if (text.startsWith(secret.slice(secret.length - k))) return MASK + text.slice(k);
      }
    }
    return text;
  }

  /** Redacts every string inside a JSON-like value (used on whole records and events). */
  redactDeep<T>(value: T): T {
    if (!this.active) return value;
    return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
      typeof v === 'string' ? this.redact(v) : v,
    ) as T;
  }
}

const ADD_MASK = /^\s*::add-mask::(.*)$/gim;

/**
 * Values a command announces with `::add-mask::value` (the workflow command a `run:` step uses to
 * hide a secret it just fetched). steplog honours them everywhere it writes, on every platform,
 * even while it keeps the command from issuing workflow commands to the runner.
 */
export function findAddMasks(text: string): string[] {
  // includes() first: a plain scan is much cheaper than a case-insensitive one over a whole batch.
  if (!text.includes('::') || !/::add-mask::/i.test(text)) return [];
  return [...text.matchAll(ADD_MASK)].map((m) => unescapeCommandData(m[1].replace(/\r$/, '')));
}

/** Inverse of @actions/core's escapeData: %0D, %0A, %25 (decoded last, as the runner does). */
export function unescapeCommandData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
