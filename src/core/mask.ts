// Redaction of masked values in everything steplog writes. Secrets are replaced by `***` (as the
// GitHub runner does). A multi-line secret is also registered line by line, because output arrives
// and is rendered line by line.

export const MASK = '***';

export class Redactor {
  /** Longest first, so a secret that contains another is replaced whole. */
  private secrets: string[] = [];
  /** Longest secret length: how much of an unterminated line must be held back before emitting it. */
  maxLength = 0;

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
    this.maxLength = this.secrets.length ? this.secrets[0].length : 0;
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

  /**
   * A cut of `text` at or after `at` that no secret spans, so the two sides can be redacted apart.
   * A secret that spans `at` is moved whole into the first side; it ends within `text` as long as
   * `text` holds `maxLength - 1` characters past `at`.
   */
  safeCut(text: string, at: number): number {
    let cut = at;
    for (let moved = true; moved;) {
      moved = false;
      for (const secret of this.secrets) {
        const found = text.indexOf(secret, Math.max(0, cut - secret.length + 1));
        if (found !== -1 && found < cut) {
          cut = found + secret.length;
          moved = true;
        }
      }
    }
    return cut;
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
