/** Retries throttling and transient faults with capped, fully jittered exponential backoff. */
import { CccError } from './errors'

export interface RetryPolicy {
  /** Total attempts, the first included. */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 300, maxDelayMs: 8_000 }

export interface RetryHooks {
  /** Waits; injectable so tests and the soak can run on a virtual clock. */
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  onRetry?: (info: { attempt: number; delayMs: number; error: CccError }) => void
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A gateway asking for a longer pause than this is treated as asking for this. */
export const MAX_RETRY_AFTER_MS = 60_000

/** Delay before retry `attempt` (1-based): full jitter, but never shorter than the gateway asked. */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs?: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  const jittered = Math.round(ceiling / 2 + random() * (ceiling / 2))
  return retryAfterMs !== undefined ? Math.max(jittered, Math.min(retryAfterMs, MAX_RETRY_AFTER_MS)) : jittered
}

export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks = {}): Promise<T> {
  const sleep = hooks.sleep ?? realSleep
  const random = hooks.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!(error instanceof CccError) || !error.retryable || attempt >= policy.maxAttempts) throw error
      const delayMs = backoffDelay(policy, attempt, random, error.retryAfterMs)
      hooks.onRetry?.({ attempt, delayMs, error })
      await sleep(delayMs)
    }
  }
}
