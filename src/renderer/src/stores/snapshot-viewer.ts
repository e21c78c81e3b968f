/**
 * The offline snapshot viewer: the snapshot open now, the recent-snapshots list, and what the
 * viewer pages show of it (report rows and totals, wallboard levels). Nothing here reaches CCC;
 * main only reads and validates files.
 */
import { defineStore } from 'pinia'
import { computed, reactive, ref, shallowRef } from 'vue'
import { DAY_MS, HOUR_MS } from '@shared/ccc/range-split'
import { MAX_SNAPSHOT_TEXT } from '@shared/export-formats'
import type { OpenedSnapshot, RecentSnapshot } from '@shared/ipc/contract'
import type { AppError, ErrorParams, Result } from '@shared/result'
import type { SnapshotFile } from '@shared/snapshot'
import { callApi } from '../api/supervisor-api'
import { INTERVAL_REPORT, TREND_REPORT } from '../model/report-kinds'
import { levelsOf, type Level, type ThresholdField } from '../model/thresholds'
import { useRealtimeStore } from './realtime'
import { createReportFigures } from './report-figures'

/** Refusals made before main is asked (a file that cannot be a snapshot is never read or sent). */
export const NOT_SNAPSHOT_FILE = 'Renderer.NotSnapshotFile'
export const SNAPSHOT_TOO_LARGE = 'Snapshot.TooLarge'
export const FILE_UNREADABLE = 'Renderer.FileUnreadable'

export type SnapshotAction = 'open' | 'list' | 'forget'

/** A dropped or picked file that looks like JSON: by extension, or by type when it has none. */
export function isJsonFile(file: Pick<File, 'name' | 'type'>): boolean {
  return /\.json$/i.test(file.name) || file.type === 'application/json'
}

export const useSnapshotViewerStore = defineStore('snapshotViewer', () => {
  const opened = shallowRef<OpenedSnapshot | null>(null)
  const recent = ref<RecentSnapshot[]>([])
  const recentLoaded = ref(false)
  const recentLoading = ref(false)
  /** An open under way (the dialog, a read, a validation in main). */
  const opening = ref(false)
  const error = ref<AppError | null>(null)
  /** What failed, for the notice's title. */
  const errorAction = ref<SnapshotAction>('open')
  // The last open asked for wins: an older answer arriving late must not replace it.
  let generation = 0

  const snapshot = computed<SnapshotFile | null>(() => opened.value?.snapshot ?? null)
  const instance = computed(() => snapshot.value?.instance ?? null)
  const timeZone = computed(() => snapshot.value?.timeZone ?? 'UTC')
  const takenAt = computed(() => (snapshot.value ? Date.parse(snapshot.value.createdAt) : null))

  // The file's reports, read as the live report pages read theirs.
  const interval = reactive(
    createReportFigures(INTERVAL_REPORT, computed(() => snapshot.value?.interval?.items ?? null), {
      bucketMs: () => (snapshot.value?.interval?.query.interval === 'Hourly' ? HOUR_MS : DAY_MS)
    })
  )
  // The trend API does not document its bucket width; the data says it.
  const trend = reactive(createReportFigures(TREND_REPORT, computed(() => snapshot.value?.trend?.report ?? null)))

  /** The wallboard's levels by the supervisor's own thresholds for this instance. */
  const levels = computed<Record<ThresholdField, Level>>(() => {
    const s = snapshot.value
    return levelsOf(s?.realtime, s?.summary, useRealtimeStore().thresholdsFor(s?.instance.Id ?? ''))
  })

  /** Runs one open; a failure keeps the snapshot already open. True when this one is now open. */
  async function runOpen(call: () => Promise<Result<OpenedSnapshot | null>>): Promise<boolean> {
    const mine = ++generation
    opening.value = true
    error.value = null
    const result = await call()
    if (mine !== generation) return false
    opening.value = false
    if (!result.ok) {
      fail('open', result.error)
      return false
    }
    if (result.data === null) return false
    opened.value = result.data
    // Main put it first on the recent list (a dropped file has no path and is not listed).
    if (result.data.path !== null) void loadRecent()
    return true
  }

  let dialogShown = false
  /** The native open dialog; false when the user cancels or the file is refused. */
  async function openFile(): Promise<boolean> {
    // A second click while the dialog is up would stack a second dialog.
    if (dialogShown) return false
    dialogShown = true
    try {
      return await runOpen(() => callApi((bridge) => bridge.openSnapshotFile()))
    } finally {
      dialogShown = false
    }
  }

  function openText(name: string, text: string): Promise<boolean> {
    if (text.length > MAX_SNAPSHOT_TEXT) return refuseTooLarge(name)
    return runOpen(() => callApi((bridge) => bridge.openSnapshotText({ name, text })))
  }

  /** A file dropped on the window or picked with the file input: read here, validated in main. */
  async function openDroppedFile(file: File): Promise<boolean> {
    if (!isJsonFile(file)) {
      return refuse(NOT_SNAPSHOT_FILE, `${file.name} is not a snapshot: CCC Supervisor opens the .json files it exports.`, { file: file.name })
    }
    // Up to 3 bytes of UTF-8 per character: anything larger cannot fit, so it is not even read.
    if (file.size > MAX_SNAPSHOT_TEXT * 3) return refuseTooLarge(file.name)
    let text: string
    try {
      text = await file.text()
    } catch (cause) {
      return refuse(FILE_UNREADABLE, `The file ${file.name} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`, { file: file.name })
    }
    return openText(file.name, text)
  }

  function openRecent(path: string): Promise<boolean> {
    return runOpen(() => callApi((bridge) => bridge.openRecentSnapshot({ path })))
  }

  const refuseTooLarge = (name: string): Promise<boolean> =>
    refuse(SNAPSHOT_TOO_LARGE, `The file ${name} is larger than any snapshot CCC Supervisor writes; it was not opened.`, { file: name })

  function refuse(code: string, message: string, params: ErrorParams): Promise<boolean> {
    generation++
    opening.value = false
    fail('open', { code, message, params })
    return Promise.resolve(false)
  }

  async function loadRecent(): Promise<void> {
    recentLoading.value = true
    const result = await callApi((bridge) => bridge.listRecentSnapshots())
    recentLoading.value = false
    if (result.ok) {
      recent.value = result.data
      recentLoaded.value = true
    } else {
      fail('list', result.error)
    }
  }

  /** Takes a file off the list (the file itself stays where it is). */
  async function forget(path: string): Promise<void> {
    error.value = null
    const result = await callApi((bridge) => bridge.forgetRecentSnapshot({ path }))
    if (result.ok) recent.value = result.data
    else fail('forget', result.error)
  }

  function fail(action: SnapshotAction, problem: AppError): void {
    errorAction.value = action
    error.value = problem
  }

  function close(): void {
    generation++
    opening.value = false
    opened.value = null
    error.value = null
  }

  function clearError(): void {
    error.value = null
  }

  return {
    opened,
    recent,
    recentLoaded,
    recentLoading,
    opening,
    error,
    errorAction,
    snapshot,
    instance,
    timeZone,
    takenAt,
    interval,
    trend,
    levels,
    openFile,
    openText,
    openDroppedFile,
    openRecent,
    loadRecent,
    forget,
    close,
    clearError
  }
})
