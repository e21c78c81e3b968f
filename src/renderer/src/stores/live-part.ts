/** One API's live figures as a page holds them: the last good answer, kept through failures and marked stale. */
import type { AppError, Result } from '@shared/result'

/** One API's figures for one instance. */
export interface LivePart<T> {
  /** The last good answer; kept through failures. */
  data: T | null
  /** When `data` arrived, epoch ms. */
  updatedAt: number | null
  /** The last refresh's failure; cleared by the next success. */
  error: AppError | null
  failedAt: number | null
  /** The data may be old although nothing failed (the machine slept); cleared by the next success. */
  outdated: boolean
}

export const isPartStale = (part: LivePart<unknown>): boolean => part.data !== null && (part.error !== null || part.outdated)

export const emptyPart = <T>(): LivePart<T> => ({ data: null, updatedAt: null, error: null, failedAt: null, outdated: false })

/** Takes one answer: a success replaces the figures, a failure keeps them and says why. */
export function applyResult<T>(part: LivePart<T>, result: Result<T>, at: number): void {
  if (result.ok) {
    part.data = result.data
    part.updatedAt = at
    part.error = null
    part.failedAt = null
    part.outdated = false
  } else {
    part.error = result.error
    part.failedAt = at
  }
}
