// How an attempt is stopped, whatever runs it: a first signal now, then the kill after a grace. One
// kill deadline per attempt: a later, shorter grace (a cancellation during a timeout) moves it
// earlier, never later.

/** What is stopped: an attempt's target (./executor.ts). */
export interface Stoppable {
  /** The first signal of a stop. */
  terminate(signal: NodeJS.Signals): void;
  kill(): void;
}

export class Escalation {
  private killTimer: NodeJS.Timeout | undefined;
  private killAt = Infinity;
  private done = false;

  constructor(private readonly target: Stoppable) {}

  /** A stop is under way (signalled, kill planned or sent). */
  get terminating(): boolean {
    return this.done || this.killAt !== Infinity;
  }

  get killed(): boolean {
    return this.done;
  }

  /** Sends `signal` now and kills `graceMs` later (or sooner if already planned). */
  terminate(signal: NodeJS.Signals, graceMs: number): void {
    if (this.done) return;
    this.target.terminate(signal);
    const at = Date.now() + graceMs;
    if (at >= this.killAt) return;
    this.killAt = at;
    clearTimeout(this.killTimer);
    this.killTimer = setTimeout(() => this.kill(), graceMs);
  }

  kill(): void {
    clearTimeout(this.killTimer);
    this.done = true;
    this.target.kill();
  }

  dispose(): void {
    clearTimeout(this.killTimer);
  }
}
