// How an attempt is stopped, whatever runs it: a first signal now, then the kill after a grace. One
// kill deadline per attempt: a later, shorter grace (a cancellation during a timeout) moves it
// earlier, never later. It also remembers whether its kill found something still alive: the main
// process may die of the first signal while a child that ignores it needed the kill, and the
// attempt then reports SIGKILL, the strongest signal its tree needed.

/** What is stopped: an attempt's target (./executor.ts). */
export interface Stoppable {
  /** The first signal of a stop. */
  terminate(signal: NodeJS.Signals): void;
  kill(): void;
  /** Whether something is still alive to kill; assumed so when not said. */
  alive?(): boolean;
}

export class Escalation {
  private killTimer: NodeJS.Timeout | undefined;
  private killAt = Infinity;
  private done = false;
  private killedAlive = false;

  constructor(private readonly target: Stoppable) {}

  /** A stop is under way (signalled, kill planned or sent). */
  get terminating(): boolean {
    return this.done || this.killAt !== Infinity;
  }

  get killed(): boolean {
    return this.done;
  }

  /** The kill was sent while the target still had something alive: it was needed. */
  get neededKill(): boolean {
    return this.killedAlive;
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
    if (!this.done) this.killedAlive = this.target.alive?.() ?? true;
    this.done = true;
    this.target.kill();
  }

  dispose(): void {
    clearTimeout(this.killTimer);
  }
}
