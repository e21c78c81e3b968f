/**
 * Keeps each API under a request budget per sliding window. Quotas are per Alibaba Cloud account,
 * shared by every supervisor's desktop, so the console spends well under them by default.
 */
import type { RateLimit } from '../../shared/ccc/api-budget'

export type { RateLimit }

export class SlidingWindowLimiter {
  private readonly sent = new Map<string, number[]>()
  private readonly queues = new Map<string, Promise<void>>()

  constructor(
    private readonly limits: (key: string) => RateLimit,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
  ) {}

  /** Resolves when a request for `key` may go; callers for one key are served in order. */
  acquire(key: string): Promise<void> {
    const previous = this.queues.get(key) ?? Promise.resolve()
    const turn = previous.then(() => this.waitForSlot(key))
    this.queues.set(key, turn)
    return turn
  }

  private async waitForSlot(key: string): Promise<void> {
    const { limit, windowMs } = this.limits(key)
    const stamps = this.sent.get(key) ?? []
    this.sent.set(key, stamps)
    for (;;) {
      const now = this.now()
      while (stamps.length > 0 && (stamps[0] ?? 0) <= now - windowMs) stamps.shift()
      if (stamps.length < limit) {
        stamps.push(now)
        return
      }
      await this.sleep((stamps[0] ?? now) + windowMs - now)
    }
  }
}

/** Shares one in-flight promise between identical requests, so a double click costs one call. */
export class InFlight {
  private readonly pending = new Map<string, Promise<unknown>>()

  run<T>(key: string, call: () => Promise<T>): Promise<T> {
    const existing = this.pending.get(key)
    if (existing) return existing as Promise<T>
    const promise = call().finally(() => this.pending.delete(key))
    this.pending.set(key, promise)
    return promise
  }

  get size(): number {
    return this.pending.size
  }
}
