/**
 * The app's export runs: one at a time, over one or many instances, with progress raised as events
 * (and readable on request) and a cancel that removes every file the run had written. A run is all
 * or nothing: a folder never ends up with half an "export everything".
 */
import { rm } from 'node:fs/promises'
import type { ExportFormat, ExportProgress } from '../../shared/ipc/contract'
import type { SnapshotDaySoFar, SnapshotGroupReportQuery, SnapshotIntervalQuery, SnapshotTrendQuery, Snapshot } from '../../shared/snapshot'
import { ExportError } from './errors'
import { cancelled, checkFolder, checkPrinter, exportSnapshot, type InterruptedExport, type PdfPrinter } from './export-snapshot'
import { buildSnapshot, type SnapshotClient, type SnapshotStep } from './snapshot-builder'
import type { EventSink } from '../events'
import type { ErrorLocale } from '../../shared/messages/error-texts'
import type { ExportHeaders } from '../../shared/export-formats'

export interface ExportRequest {
  instanceIds: readonly string[]
  formats: readonly ExportFormat[]
  /** One zone for every instance's files, or the zone of each (the one it keeps its days in). */
  timeZone: string | ((instanceId: string) => string)
  profileName: string | null
  interval: SnapshotIntervalQuery | null
  trend: SnapshotTrendQuery | null
  /** The queue report over this range; absent or null: not exported. */
  queueReport?: SnapshotGroupReportQuery | null
  /** The agent report over this range; absent or null: not exported. */
  agentReport?: SnapshotGroupReportQuery | null
  /** The language of the files' headings, headers, enums, totals rows and yes/no; en-US when absent. */
  language?: ErrorLocale
  /** CSV and XLSX for people or for scripts; words when absent. */
  headers?: ExportHeaders
  /** Each instance's day so far as the console kept it, for its snapshot; absent: none. */
  daySoFar?: (instanceId: string) => Promise<SnapshotDaySoFar | null>
}

export interface ExportRunResult {
  folder: string
  files: string[]
  /** The `.json` written for each instance, with the snapshot it holds (for the recent list). */
  snapshots: Array<{ path: string; snapshot: Snapshot }>
  /** Sets that killed runs had left incomplete in the folder, cleared before this one was written. */
  interrupted: InterruptedExport[]
}

/**
 * The client with every call raced against the cancel: a cancel answers at once instead of after
 * the call in flight (up to its timeout). The call itself finishes unseen; pop-core cannot abort.
 */
export function abortable(client: SnapshotClient, signal: AbortSignal): SnapshotClient {
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  aborted.catch(() => {})
  const race =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> =>
      Promise.race([call.apply(client, args), aborted])
  return {
    getInstance: race(client.getInstance),
    getRealtimeInstanceStates: race(client.getRealtimeInstanceStates),
    getInstanceSummaryReportSinceMidnight: race(client.getInstanceSummaryReportSinceMidnight),
    readRealtimeSkillGroupStates: race(client.readRealtimeSkillGroupStates),
    readRealtimeAgentStates: race(client.readRealtimeAgentStates),
    listIntervalInstanceReport: race(client.listIntervalInstanceReport),
    getInstanceTrendingReport: race(client.getInstanceTrendingReport),
    listSkillGroups: race(client.listSkillGroups),
    listHistoricalSkillGroupReport: race(client.listHistoricalSkillGroupReport),
    listHistoricalAgentReport: race(client.listHistoricalAgentReport)
  }
}

// Fetching dominates a long export; writing (the PDF above all) is the rest.
const FETCH_SHARE = 0.75

export class ExportRunner {
  private current: { controller: AbortController; progress: ExportProgress } | null = null
  /** Set from the folder dialog on: a second export is refused even before any progress exists. */
  private busy = false

  constructor(private readonly options: { printPdf?: PdfPrinter; now?: () => number; events?: EventSink } = {}) {}

  progress(): ExportProgress | null {
    return this.current ? { ...this.current.progress } : null
  }

  /** Tells listeners where the export stands (a copy: the run goes on changing its own). */
  private publish(): void {
    this.options.events?.('exportProgress', this.progress())
  }

  /** Stops the running export; false when none runs. */
  cancel(): boolean {
    if (!this.current) return false
    this.current.progress.cancelling = true
    this.current.controller.abort(cancelled())
    this.publish()
    return true
  }

  /**
   * Refuses a format it cannot write, asks for the folder (null: the user closed the dialog, nothing
   * runs), checks it can be written before any CCC call, then fetches and writes each instance in turn.
   */
  async run(client: SnapshotClient, request: ExportRequest, chooseFolder: () => Promise<string | null>): Promise<ExportRunResult | null> {
    checkPrinter(request.formats, this.options.printPdf)
    if (this.busy) throw new ExportError('Export.Busy', 'An export is already running: wait for it or cancel it first.')
    this.busy = true
    try {
      const folder = await chooseFolder()
      if (folder === null) return null
      await checkFolder(folder)
      return await this.runInto(client, request, folder)
    } finally {
      this.busy = false
    }
  }

  private async runInto(client: SnapshotClient, request: ExportRequest, folder: string): Promise<ExportRunResult> {
    const controller = new AbortController()
    const count = request.instanceIds.length
    const progress: ExportProgress = {
      instanceIndex: 0,
      instanceCount: count,
      instanceId: request.instanceIds[0] ?? '',
      phase: 'fetch',
      fraction: 0,
      cancelling: false
    }
    this.current = { controller, progress }
    this.publish()
    const { signal } = controller
    const result: ExportRunResult = { folder, files: [], snapshots: [], interrupted: [] }
    try {
      for (const [index, instanceId] of request.instanceIds.entries()) {
        Object.assign(progress, { instanceIndex: index, instanceId, phase: 'fetch' })
        this.publish()
        const steps = new Map<SnapshotStep, { done: number; total: number }>()
        const setShare = (share: number): void => {
          // A paged list learns its page count from its first answer (1,200 agents: 1 call, then 12),
          // which lowers the share done: the bar waits for the calls to catch up instead of going back.
          progress.fraction = Math.max(progress.fraction, Math.min(1, (index + share) / count))
          this.publish()
        }
        const snapshot = await buildSnapshot(abortable(client, signal), {
          instanceId,
          profileName: request.profileName,
          timeZone: typeof request.timeZone === 'string' ? request.timeZone : request.timeZone(instanceId),
          ...(request.interval ? { interval: request.interval } : {}),
          ...(request.trend ? { trend: request.trend } : {}),
          ...(request.queueReport ? { queueReport: request.queueReport } : {}),
          ...(request.agentReport ? { agentReport: request.agentReport } : {}),
          ...(this.options.now ? { now: this.options.now } : {}),
          ...(request.daySoFar ? { daySoFar: () => request.daySoFar!(instanceId) } : {}),
          signal,
          onProgress: (step, done, total) => {
            steps.set(step, { done, total: Math.max(total, 1) })
            // Steps not yet started count as one call each, so the bar never runs backwards much.
            const groupReports = (request.queueReport ? 1 : 0) + (request.agentReport ? 1 : 0)
            // The group reports bring the skill groups' names with them: one more step.
            const expected = 5 + (request.interval ? 1 : 0) + (request.trend ? 1 : 0) + groupReports + (groupReports > 0 ? 1 : 0)
            let done_ = 0
            let total_ = 0
            for (const s of steps.values()) {
              done_ += s.done
              total_ += s.total
            }
            total_ += Math.max(0, expected - steps.size)
            setShare((FETCH_SHARE * done_) / total_)
          }
        })
        progress.phase = 'write'
        this.publish()
        const files = await exportSnapshot(snapshot, folder, request.formats, {
          signal,
          ...(request.language ? { language: request.language } : {}),
          ...(request.headers ? { headers: request.headers } : {}),
          ...(this.options.printPdf ? { printPdf: this.options.printPdf } : {}),
          ...(this.options.now ? { now: this.options.now } : {}),
          onInterrupted: (sets) => result.interrupted.push(...sets),
          onProgress: (done, total) => setShare(FETCH_SHARE + ((1 - FETCH_SHARE) * done) / total)
        })
        result.files.push(...files)
        const json = files.find((f) => f.endsWith('.json'))
        if (json) result.snapshots.push({ path: json, snapshot })
      }
      return result
    } catch (error) {
      // What earlier instances wrote goes too; the failing one has cleaned up after itself.
      await Promise.all(result.files.map((path) => rm(path, { force: true }).catch(() => {})))
      if (signal.aborted) throw signal.reason instanceof ExportError ? signal.reason : cancelled()
      throw error
    } finally {
      this.current = null
      this.publish()
    }
  }
}
