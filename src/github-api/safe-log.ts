// The log every line of this module goes through: the token is redacted from every message, debug
// included, a throwing logger cannot make publishing throw, and once closed
// (the deadline passed, or publishing returned) work still winding down stays silent.
import type { Redactor } from '../core/mask.js';

export interface FeedbackLog {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  debug(message: string): void;
}

export type LogLevel = keyof FeedbackLog;

export class SafeLog implements FeedbackLog {
  private closed = false;

  constructor(
    private readonly target: FeedbackLog,
    private readonly redactor: Redactor,
  ) {}

  /** Writes even after close(): for the one line that explains why the rest stopped. */
  emit(level: LogLevel, message: string, force = false): void {
    if (this.closed && !force) return;
    try {
      this.target[level](this.redactor.redact(message));
    } catch {
      // A failing logger must not turn feedback into a step failure.
    }
  }

  close(): void {
    this.closed = true;
  }

  readonly info = (message: string): void => this.emit('info', message);
  readonly warning = (message: string): void => this.emit('warning', message);
  readonly notice = (message: string): void => this.emit('notice', message);
  readonly debug = (message: string): void => this.emit('debug', message);
}
