/**
 * Main's side of the day so far (#19): each live answer the page asked for is handed here as it
 * passes and recorded in the history store, one write after another, never holding the answer
 * up. The store opens on the first answer; if it cannot (another app holds it, a disk refuses),
 * recording stops and says why once, and the console works on without it.
 */
import type { AgentState, InstanceSummaryReport, RealtimeInstanceStates, SkillGroupState } from '../../shared/ccc/types'
import { HistoryError, retentionDaysOf, HistoryStore, type HistoryDay, type HistoryErrorCode, type HistoryKind, type HistoryOptions } from './history-store'

export interface HistoryRecorderOptions extends Omit<HistoryOptions, 'zoneOf'> {
  /** Where a failure to open or write is told (main's log); never a figure. */
  log?: (line: string) => void
}

type Answer =
  | { kind: 'states'; data: RealtimeInstanceStates }
  | { kind: 'summary'; data: InstanceSummaryReport }
  | { kind: 'queues'; data: readonly SkillGroupState[] }
  | { kind: 'agents'; data: readonly AgentState[] }

/** Answers waiting to be written at most: a disk far slower than the refreshes drops the newest, not memory. */
const MAX_PENDING = 200
/** After a failure to open (the previous app still quitting, a disk not mounted yet), the next try waits this long. */
const REOPEN_AFTER_MS = 60_000

export class HistoryRecorder {
  private opening: Promise<HistoryStore | null> | null = null
  private chain: Promise<void> = Promise.resolve()
  private pending = 0
  /** Each instance's zone as the answer that brought it said. */
  private readonly zones = new Map<string, string>()
  private failed: { code: HistoryErrorCode; message: string; at: number } | null = null
  /** Answers not recorded: the queue was full, or the store could not be opened. */
  dropped = 0

  constructor(private readonly options: HistoryRecorderOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)()
  }

  private store(): Promise<HistoryStore | null> {
    this.opening ??= HistoryStore.open({ ...this.options, zoneOf: (id) => this.zones.get(id) ?? 'Asia/Shanghai' }).then(
      (store) => {
        this.failed = null
        return store
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        const code = error instanceof HistoryError ? error.code : 'History.Unavailable'
        // Said once per failure, not at every answer.
        if (this.failed?.message !== message) this.options.log?.(`history: not recording: ${message}`)
        this.failed = { code, message, at: this.now() }
        this.opening = null
        return null
      }
    )
    return this.opening
  }

  /** Why nothing is recorded now, when the store could not be opened. */
  get failure(): { code: HistoryErrorCode; message: string } | null {
    return this.failed && { code: this.failed.code, message: this.failed.message }
  }

  get retentionDays(): number {
    return retentionDaysOf(this.options)
  }

  /** Records one answer of `instanceId` (whose days are kept in `timeZone`) that arrived at `at`. */
  record(instanceId: string, timeZone: string, at: number, answer: Answer): void {
    if (this.failed !== null && this.now() - this.failed.at < REOPEN_AFTER_MS) {
      this.dropped++
      return
    }
    if (this.pending >= MAX_PENDING) {
      this.dropped++
      return
    }
    this.zones.set(instanceId, timeZone)
    this.pending++
    this.chain = this.chain.then(async () => {
      try {
        const store = await this.store()
        if (!store) return
        switch (answer.kind) {
          case 'states':
            return await store.recordStates(instanceId, at, answer.data)
          case 'summary':
            return await store.recordSummary(instanceId, at, answer.data)
          case 'queues':
            return await store.recordQueues(instanceId, at, answer.data)
          case 'agents':
            return await store.recordAgents(instanceId, at, answer.data)
        }
      } catch (error) {
        this.options.log?.(`history: an answer of ${instanceId} was not recorded: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        this.pending--
      }
    })
  }

  /** Waits for the answers handed over so far to be written. */
  flushed(): Promise<void> {
    return this.chain
  }

  /** Runs after the writes handed over so far, and before any handed over later: a read never sees an hour half merged. */
  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.chain.then(work)
    this.chain = result.then(
      () => {},
      () => {}
    )
    return result
  }

  readDay(instanceId: string, day: string): Promise<HistoryDay | null> {
    return this.inTurn(async () => (await this.store())?.readDay(instanceId, day) ?? null)
  }

  /**
   * What the Today page shows: the instance's day (kept in `timeZone`), the days kept, and whether
   * the store was repaired at open; null data when it cannot be opened.
   */
  read(instanceId: string, timeZone: string, day: string, kinds?: readonly HistoryKind[], after?: number): Promise<{ days: string[]; data: HistoryDay | null; repaired: boolean }> {
    this.zones.set(instanceId, timeZone)
    return this.inTurn(async () => {
      const store = await this.store()
      if (!store) return { days: [], data: null, repaired: false }
      return { days: await store.days(instanceId), data: await store.readDay(instanceId, day, kinds, after), repaired: store.repaired }
    })
  }

  forget(): Promise<void> {
    return this.inTurn(async () => void (await (await this.store())?.forget()))
  }

  async close(): Promise<void> {
    await this.chain
    if (this.opening) await (await this.opening)?.close()
  }
}
