// The attempt's two clocks: the overall deadline (`timeout`) and the idle timeout (no output for a
// while). Whichever expires first fires once, and both stop. The idle clock does not run while the
// runner has paused the command's pipes for a slow sink: the command is blocked, not idle.
import type { TimeoutKind } from '../core/record.js';

export interface Watchdog {
  /** Output arrived: the idle clock starts over. */
  touch(): void;
  suspend(): void;
  resume(): void;
  stop(): void;
}

export interface WatchdogOptions {
  /** 0 = none. */
  timeoutMs: number;
  /** 0 = none. */
  idleTimeoutMs: number;
  /** When the deadline's clock started (performance.now()); now by default. */
  startedAt?: number;
  onExpire(kind: TimeoutKind): void;
}

export function createWatchdog({
  timeoutMs,
  idleTimeoutMs,
  startedAt = performance.now(),
  onExpire,
}: WatchdogOptions): Watchdog {
  let stopped = false;
  let suspended = false;
  let idleTimer: NodeJS.Timeout | undefined;
  const expire = (kind: TimeoutKind) => {
    if (stopped) return;
    stop();
    onExpire(kind);
  };
  const left = Math.max(0, timeoutMs - (performance.now() - startedAt));
  const deadlineTimer = timeoutMs > 0 ? setTimeout(() => expire('deadline'), left) : undefined;
  const armIdle = () => {
    clearTimeout(idleTimer);
    if (idleTimeoutMs > 0 && !stopped && !suspended)
      idleTimer = setTimeout(() => expire('idle'), idleTimeoutMs);
  };
  function stop() {
    stopped = true;
    clearTimeout(deadlineTimer);
    clearTimeout(idleTimer);
  }
  armIdle();
  return {
    touch: armIdle,
    suspend() {
      suspended = true;
      clearTimeout(idleTimer);
    },
    resume() {
      suspended = false;
      armIdle();
    },
    stop,
  };
}
