/**
 * Report ranges the page asked for as one request each: the client splits them into the calls the
 * API accepts, and each call's progress goes to the page as a `reportProgress` event under the id
 * the page chose. The page can stop one between calls (the user left, or asked for another range).
 */
import type { ProgressOptions } from '../ccc/client'
import { CancelledError } from '../errors'
import type { EventSink } from '../events'

/** More runs than a page can show at once: beyond it the oldest is stopped, so none can pile up. */
const MAX_RUNS = 16

export const REPORT_CANCELLED = 'Report.Cancelled'

export class ReportRuns {
  private readonly runs = new Map<string, AbortController>()

  constructor(private readonly events?: EventSink) {}

  /** Runs one report; without an id it runs unseen and cannot be stopped, as the CLI's calls do. */
  async run<T>(progressId: string | undefined, work: (options: ProgressOptions) => Promise<T>): Promise<T> {
    if (progressId === undefined) return work({})
    // The same id again replaces the earlier run: its answers are no longer wanted.
    this.cancel(progressId)
    const controller = new AbortController()
    this.runs.set(progressId, controller)
    const oldest = this.runs.size > MAX_RUNS ? this.runs.keys().next().value : undefined
    if (oldest !== undefined) this.cancel(oldest)
    try {
      return await work({
        signal: controller.signal,
        onProgress: (done, total) => {
          if (!controller.signal.aborted) this.events?.('reportProgress', { progressId, done, total })
        }
      })
    } finally {
      if (this.runs.get(progressId) === controller) this.runs.delete(progressId)
    }
  }

  /** Stops a run before its next call; true when one was running under that id. */
  cancel(progressId: string): boolean {
    const controller = this.runs.get(progressId)
    if (!controller) return false
    this.runs.delete(progressId)
    controller.abort(new CancelledError(REPORT_CANCELLED, 'The report was stopped before all of its calls were made.'))
    return true
  }

  get size(): number {
    return this.runs.size
  }
}
