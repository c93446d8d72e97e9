// The command's process group: a first signal, then SIGKILL after a grace, and the clean-up of what
// is left once the main process has exited. One SIGKILL deadline per group: a later, shorter grace
// (a cancellation during a timeout) moves it earlier, never later.
import { setTimeout as delay } from 'node:timers/promises';
import { signalGroup, signalTree, spawnsOwnGroup } from './platform.js';

/** How often settle() looks whether the group's processes are gone. */
const POLL_MS = 50;

export class ProcessGroup {
  private killTimer: NodeJS.Timeout | undefined;
  private killAt = Infinity;
  private killed = false;

  constructor(
    /** The main process; on POSIX also the group id (it was spawned detached). */
    readonly pid: number,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  get terminating(): boolean {
    return this.killed || this.killAt !== Infinity;
  }

  /** Sends `signal` to the group now and SIGKILL `graceMs` later (or sooner if already planned). */
  terminate(signal: NodeJS.Signals, graceMs: number): void {
    if (this.killed) return;
    signalTree(this.pid, signal, this.platform);
    const at = Date.now() + graceMs;
    if (at >= this.killAt) return;
    this.killAt = at;
    clearTimeout(this.killTimer);
    this.killTimer = setTimeout(() => this.kill(), graceMs);
  }

  kill(): void {
    clearTimeout(this.killTimer);
    this.killed = true;
    signalTree(this.pid, 'SIGKILL', this.platform);
  }

  /**
   * After the main process exited: what is left of the group gets `signal` (unless a termination is
   * already under way), `graceMs` to go, then SIGKILL. `isAlive` says whether a live process of the
   * group remains; `kill(-pgid, 0)` cannot say it, because zombies keep the group alive.
   */
  async settle(signal: NodeJS.Signals, graceMs: number, isAlive: () => Promise<boolean>): Promise<void> {
    // Windows: the tree is only reachable through its root, which is gone.
    if (!spawnsOwnGroup(this.platform)) return;
    if (!this.killed && signalGroup(this.pid, 0) && (await isAlive())) {
      if (!this.terminating) this.terminate(signal, graceMs);
      while (!this.killed && (await isAlive())) await delay(POLL_MS);
    }
    // Whatever did not show up as alive (a member that cleared its environment) goes too.
    this.kill();
  }

  dispose(): void {
    clearTimeout(this.killTimer);
  }
}
