// Redaction of masked values in everything steplog writes. Secrets are replaced by `***` (as the
// GitHub runner does). A multi-line secret is also registered line by line, because output arrives
// and is rendered line by line.

export const MASK = '***';

export class Redactor {
  /** Longest first, so a secret that contains another is replaced whole. */
  private readonly secrets: string[];
  /** Longest secret length: how much of an unterminated line must be held back before emitting it. */
  readonly maxLength: number;

  constructor(values: readonly string[] = []) {
    const all = new Set<string>();
    for (const value of values) {
      if (!value.trim()) continue;
      all.add(value);
      for (const line of value.split(/\r?\n/)) if (line.trim()) all.add(line);
    }
    this.secrets = [...all].sort((a, b) => b.length - a.length);
    this.maxLength = this.secrets.length ? this.secrets[0].length : 0;
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

  /** Redacts every string inside a JSON-like value (used on whole records and events). */
  redactDeep<T>(value: T): T {
    if (!this.active) return value;
    return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
      typeof v === 'string' ? this.redact(v) : v,
    ) as T;
  }
}
