/**
 * Exporting snapshots: main asks for the folder with its native dialog, then fetches and writes
 * each instance, telling the page its progress as `exportProgress` events. One export at a time;
 * a cancel makes main remove every file the run wrote.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { EXPORT_FORMATS, type ExportFormat } from '@shared/export-formats'
import type { ChannelInput, ExportProgress, SnapshotExportResult } from '@shared/ipc/contract'
import type { AppError } from '@shared/result'
import { callApi, subscribe } from '../api/supervisor-api'
import { readStored, writeStored } from '../platform/local-storage'

export type ExportRequest = ChannelInput<'exportSnapshot'>
export type ExportedSnapshot = NonNullable<SnapshotExportResult>

/** Main's code for an export the user stopped: a notice, not a failure. */
export const EXPORT_CANCELLED = 'Export.Cancelled'

const FORMATS_KEY = 'export-formats'

function storedFormats(): ExportFormat[] | null {
  const value = readStored(FORMATS_KEY)
  if (!Array.isArray(value)) return null
  const formats = EXPORT_FORMATS.filter((f) => value.includes(f))
  return formats.length > 0 ? formats : null
}

export const useSnapshotExportStore = defineStore('snapshot-export', () => {
  /** What this build writes; until getAppInfo answers, everything but PDF (which needs the app's printer). */
  const offeredFormats = ref<ExportFormat[]>(EXPORT_FORMATS.filter((f) => f !== 'pdf'))
  const formatsLoaded = ref(false)
  /** The user's last choice, or null for "every offered format". */
  const chosen = ref<ExportFormat[] | null>(storedFormats())

  const exporting = ref(false)
  /** The running export's request, or the last one's: what the dialog describes while it runs. */
  const request = ref<ExportRequest | null>(null)
  const progress = ref<ExportProgress | null>(null)
  const lastResult = ref<ExportedSnapshot | null>(null)
  const error = ref<AppError | null>(null)
  const cancelled = ref(false)

  /** The remembered choice as far as this build offers it; every offered format by default. */
  const formats = computed<ExportFormat[]>(() => {
    const offered = offeredFormats.value
    const kept = chosen.value?.filter((f) => offered.includes(f)) ?? []
    return kept.length > 0 ? kept : [...offered]
  })

  let formatsRequest: Promise<void> | null = null
  /** Asks main once which formats it can write (PDF only where a printer is wired). */
  function loadFormats(): Promise<void> {
    formatsRequest ??= callApi((bridge) => bridge.getAppInfo()).then((result) => {
      if (result.ok && result.data.exportFormats.length > 0) {
        offeredFormats.value = EXPORT_FORMATS.filter((f) => result.data.exportFormats.includes(f))
        formatsLoaded.value = true
      } else {
        // A failed look-up is tried again next time rather than pinning the fallback.
        formatsRequest = null
      }
    })
    return formatsRequest
  }

  function setFormats(next: readonly ExportFormat[]): void {
    const picked = EXPORT_FORMATS.filter((f) => next.includes(f))
    if (picked.length === 0) return
    chosen.value = picked
    writeStored(FORMATS_KEY, picked)
  }

  /** Forgets the previous run's outcome, e.g. when the dialog opens again. */
  function clearOutcome(): void {
    if (exporting.value) return
    lastResult.value = null
    error.value = null
    cancelled.value = false
  }

  let run = 0
  let stopListening: (() => void) | null = null

  /** Takes main's progress while this run is the one exporting; a late event of a settled run is dropped. */
  function listen(mine: number): void {
    stopListening?.()
    stopListening = subscribe('exportProgress', (next) => {
      if (mine === run && exporting.value && next) progress.value = next
    })
  }

  function stopListeningNow(): void {
    stopListening?.()
    stopListening = null
  }

  /**
   * Starts an export and waits for it: the result, null when the user closed the folder dialog,
   * undefined when it failed, was cancelled or another export was already running.
   */
  async function start(next: ExportRequest): Promise<SnapshotExportResult | undefined> {
    if (exporting.value) return undefined
    const mine = ++run
    exporting.value = true
    request.value = next
    progress.value = null
    lastResult.value = null
    error.value = null
    cancelled.value = false
    listen(mine)
    try {
      const result = await callApi((bridge) => bridge.exportSnapshot(next))
      if (!result.ok) {
        if (result.error.code === EXPORT_CANCELLED) cancelled.value = true
        else error.value = result.error
        return undefined
      }
      lastResult.value = result.data
      return result.data
    } finally {
      stopListeningNow()
      exporting.value = false
      progress.value = null
    }
  }

  /** Asks main to stop the running export; the pending start() then settles as cancelled. */
  async function cancel(): Promise<boolean> {
    if (!exporting.value) return false
    // Shown at once, before main's event says the same.
    if (progress.value) progress.value = { ...progress.value, cancelling: true }
    const result = await callApi((bridge) => bridge.cancelExport())
    if (!result.ok) {
      error.value = result.error
      return false
    }
    return result.data
  }

  return {
    offeredFormats,
    formatsLoaded,
    formats,
    exporting,
    request,
    progress,
    lastResult,
    error,
    cancelled,
    loadFormats,
    setFormats,
    clearOutcome,
    start,
    cancel
  }
})
