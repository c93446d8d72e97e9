// Delivers one receiver's events in order, one at a time, without ever holding up the command: a
// bounded queue (attempt events are dropped when it overflows, start and finish events never), up to
// 3 tries an event with backoff on network errors, 429 (honouring Retry-After) and 5xx, and no
// redirects followed. The caller bounds the whole by `drain(deadline)`.
import { messageOf } from '../core/errors.js';
import { setTimeout as delay } from 'node:timers/promises';

export const MAX_TRIES = 3;
/** Pending events per receiver before attempt events are dropped. */
export const QUEUE_LIMIT = 100;
const FIRST_BACKOFF_MS = 500;
/** A Retry-After longer than this is cut to it: the step will not wait minutes for a receiver. */
const MAX_RETRY_AFTER_MS = 10_000;
/** One request never waits longer than this for an answer. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface Delivery {
  body: string;
  headers: Record<string, string>;
  /** Start and finish events are never dropped. */
  droppable: boolean;
}

export interface DeliveryReport {
  delivered: number;
  /** Dropped because the queue was full. */
  dropped: number;
  /** Given up after the tries, or left when the deadline came. */
  failed: number;
  /** Why the last event that failed did. */
  lastError: string | null;
}

export class DeliveryQueue {
  private readonly queue: Delivery[] = [];
  private readonly report: DeliveryReport = { delivered: 0, dropped: 0, failed: 0, lastError: null };
  private running: Promise<void> | null = null;
  private readonly stop = new AbortController();

  constructor(
    private readonly url: string,
    private readonly send: typeof fetch = fetch,
  ) {}

  get dropped(): number {
    return this.report.dropped;
  }

  push(delivery: Delivery): void {
    if (this.stop.signal.aborted) return;
    if (this.queue.length >= QUEUE_LIMIT) {
      const victim = this.queue.findIndex((d) => d.droppable);
      if (delivery.droppable && victim === -1) {
        this.report.dropped++;
        return;
      }
      // The oldest attempt event makes room (a start or finish event always gets in).
      if (victim !== -1) {
        this.queue.splice(victim, 1);
        this.report.dropped++;
      }
    }
    this.queue.push(delivery);
    this.running ??= this.work();
  }

  /** Waits until everything is sent or `deadline` (performance.now() ms) passes; then gives up on the rest. */
  async drain(deadline: number): Promise<DeliveryReport> {
    const left = deadline - performance.now();
    if (this.running && left > 0) {
      const timer = delay(left, undefined, { signal: this.stop.signal }).catch(() => undefined);
      await Promise.race([this.running, timer]);
    }
    this.stop.abort();
    await this.running?.catch(() => undefined);
    if (this.queue.length > 0) {
      this.report.failed += this.queue.length;
      this.report.lastError ??= 'no time left';
      this.queue.length = 0;
    }
    return { ...this.report };
  }

  private async work(): Promise<void> {
    while (this.queue.length > 0 && !this.stop.signal.aborted) {
      // Out of the queue while in flight: an overflow can only drop events still waiting.
      const delivery = this.queue.shift()!;
      const error = await this.deliver(delivery);
      if (this.stop.signal.aborted && error !== null) {
        this.queue.unshift(delivery); // counted as not delivered by drain()
        break;
      }
      if (error === null) this.report.delivered++;
      else {
        this.report.failed++;
        this.report.lastError = error;
      }
    }
    this.running = null;
  }

  /** Null when delivered, else why not. */
  private async deliver(delivery: Delivery): Promise<string | null> {
    let lastError = '';
    for (let tryNumber = 1; tryNumber <= MAX_TRIES; tryNumber++) {
      let waitMs = FIRST_BACKOFF_MS * 2 ** (tryNumber - 1);
      try {
        const response = await this.send(this.url, {
          method: 'POST',
          body: delivery.body,
          headers: delivery.headers,
          redirect: 'manual',
          signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
        });
        await response.body?.cancel().catch(() => undefined);
        if (response.status >= 200 && response.status < 300) return null;
        lastError = `HTTP ${response.status}`;
        if (response.status >= 300 && response.status < 400)
          return `${lastError} (redirects are not followed)`;
        if (response.status === 429) waitMs = retryAfterMs(response.headers.get('retry-after')) ?? waitMs;
        else if (response.status < 500) return lastError;
      } catch (error) {
        if (this.stop.signal.aborted) return 'no time left';
        lastError = messageOf(error) + causeOf(error);
      }
      if (tryNumber === MAX_TRIES) break;
      try {
        await delay(waitMs, undefined, { signal: this.stop.signal });
      } catch {
        return 'no time left';
      }
    }
    return lastError;
  }
}

/** Retry-After as seconds or an HTTP date; capped. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS) : null;
}

/** fetch says only "fetch failed"; the reason (ECONNREFUSED …) is its cause. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause ? ` (${messageOf(cause)})` : '';
}
