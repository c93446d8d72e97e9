// Moves the command's stdout and stderr chunks into the logger as they arrive. When a sink is
// congested (logger.write returns false) both pipes pause until logger.drain() resolves, so a slow
// reader blocks the command instead of filling steplog's memory.
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ExecutionLogger } from '../core/logger.js';
import type { StreamName } from '../core/record.js';
import { chunkRead } from './spent-chunks.js';

export interface PumpHooks {
  onData?(): void;
  onPause?(): void;
  onResume?(): void;
}

export class OutputPump {
  /** Resolves when both pipes have ended or been destroyed. */
  readonly ended: Promise<void>;
  private paused = false;
  private destroyed = false;
  /** Chunks read so far: a wait for quiet pipes compares it across turns of the event loop. */
  private chunks = 0;
  private readonly resumeWaiters: (() => void)[] = [];
  private readonly streams: Readable[] = [];
  private onFlowChange: ((paused: boolean) => void) | null = null;
  private shortenWait: ((ms: number) => void) | null = null;

  constructor(
    pipes: Partial<Record<StreamName, Readable | null>>,
    private readonly logger: Pick<ExecutionLogger, 'write' | 'drain'>,
    private readonly hooks: PumpHooks = {},
  ) {
    for (const name of ['stdout', 'stderr'] as const) {
      const stream = pipes[name];
      if (!stream) continue;
      this.streams.push(stream);
      stream.on('data', (chunk: Buffer | string) => this.onData(name, chunk));
    }
    this.ended = Promise.all(this.streams.map((stream) => finished(stream).catch(() => undefined))).then(
      () => undefined,
    );
  }

  /**
   * Waits for both pipes to end. Only time spent flowing counts against `budgetMs` (a slow sink is
   * not the command's fault, and once its writers are dead the pipes hold a bounded amount); `capMs`
   * bounds the wait in any case. Returns true when the pipes ended.
   */
  waitForEnd(budgetMs: number, capMs: number, options: { untilQuiet?: boolean } = {}): Promise<boolean> {
    return new Promise((resolve) => {
      let remaining = budgetMs;
      let since = Date.now();
      let budgetTimer: NodeJS.Timeout | undefined;
      let capTimer: NodeJS.Timeout | undefined;
      let done = false;
      const finish = (ended: boolean) => {
        done = true;
        clearTimeout(budgetTimer);
        clearTimeout(capTimer);
        this.onFlowChange = null;
        this.shortenWait = null;
        resolve(ended);
      };
      const arm = () => {
        since = Date.now();
        budgetTimer = setTimeout(() => finish(false), Math.max(0, remaining));
      };
      this.shortenWait = (ms) => {
        clearTimeout(capTimer);
        capTimer = setTimeout(() => finish(false), ms);
      };
      this.shortenWait(capMs);
      this.onFlowChange = (paused) => {
        if (!paused) return arm();
        clearTimeout(budgetTimer);
        remaining -= Date.now() - since;
      };
      if (!this.paused) arm();
      void this.ended.then(() => finish(true));
      if (options.untilQuiet) void this.quiet(() => done).then(() => finish(false));
    });
  }

  /**
   * Resolves once the pipes hold nothing more to read: two whole turns of the event loop, flowing,
   * brought no data. Each turn's poll phase reads every readable pipe until it is empty, so what
   * the writers wrote before is read by then; a writer still at work only makes it take longer.
   * No clock involved: a wait for pipes that processes left running on purpose keep open.
   */
  private async quiet(stopped: () => boolean): Promise<void> {
    let seen = -1;
    let quietTurns = 0;
    while (!stopped() && quietTurns < 2) {
      if (this.paused) {
        await new Promise<void>((resolve) => this.resumeWaiters.push(resolve));
        quietTurns = 0;
        continue;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
      quietTurns = this.chunks === seen ? quietTurns + 1 : 0;
      seen = this.chunks;
    }
  }

  /** Ends a wait in progress within `ms` at most (a cancellation arrived meanwhile). */
  hurry(ms: number): void {
    this.shortenWait?.(ms);
  }

  /** Stops reading: a process that still holds a pipe can no longer keep steplog waiting. */
  destroy(): void {
    this.destroyed = true;
    for (const stream of this.streams) stream.destroy();
  }

  private onData(name: StreamName, chunk: Buffer | string): void {
    this.chunks += 1;
    chunkRead(chunk.length);
    this.hooks.onData?.();
    const flowing = this.logger.write(name, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (flowing || this.paused) return;
    this.setPaused(true);
    this.logger
      .drain()
      .catch(() => undefined)
      .then(() => this.setPaused(false));
  }

  private setPaused(paused: boolean): void {
    this.paused = paused;
    for (const stream of this.streams) {
      if (this.destroyed) break;
      if (paused) stream.pause();
      else stream.resume();
    }
    if (paused) this.hooks.onPause?.();
    else {
      this.hooks.onResume?.();
      for (const resume of this.resumeWaiters.splice(0)) resume();
    }
    this.onFlowChange?.(paused);
  }
}
