/**
 * Injected failures, consumed first in, first out by the requests they match. Only requests the
 * gateway admits match: a request refused for its key, signature or nonce never uses one up.
 */

export type FaultKind = 'throttle' | 'latency' | 'http5xx' | 'internalError' | 'drop' | 'malformed'

export interface Fault {
  kind: FaultKind
  /** How many matching requests it hits; default 1. */
  times?: number
  /** Only requests for this Action match; default every request. */
  action?: string
  /** `latency`: the delay before the normal answer. */
  latencyMs?: number
  /** `throttle`: sent as the `x-acs-retry-after` header (ms) when given. */
  retryAfterMs?: number
  /** `throttle` and `internalError`: the Code to answer with instead of the default. */
  code?: string
}

export interface Faults {
  inject(fault: Fault): void
  clear(): void
  /** Matching requests the injected faults have yet to hit: 0 once all are used up. */
  pending(): number
}

export class FaultQueue implements Faults {
  private readonly queue: Array<{ fault: Fault; remaining: number }> = []

  inject(fault: Fault): void {
    const times = fault.times ?? 1
    if (!Number.isInteger(times) || times < 1) throw new RangeError('A fault needs times ≥ 1')
    this.queue.push({ fault: { ...fault }, remaining: times })
  }

  clear(): void {
    this.queue.length = 0
  }

  pending(): number {
    return this.queue.reduce((sum, entry) => sum + entry.remaining, 0)
  }

  /** The oldest fault matching the action, counted as used. */
  take(action: string | undefined): Fault | undefined {
    const index = this.queue.findIndex((entry) => entry.fault.action === undefined || entry.fault.action === action)
    const entry = this.queue[index]
    if (!entry) return undefined
    entry.remaining--
    if (entry.remaining === 0) this.queue.splice(index, 1)
    return entry.fault
  }
}
