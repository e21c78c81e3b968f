/**
 * Exporting a snapshot of an instance: main asks for the folder with its native dialog, builds the
 * snapshot and writes every format. One export at a time.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { presetRange } from '@shared/ccc/report-range'
import type { SnapshotExportResult } from '@shared/ipc/contract'
import type { AppError } from '@shared/result'
import { callApi } from '../api/supervisor-api'
import { INSTANCE_TIME_ZONE } from '../model/report-time'

export const useSnapshotExportStore = defineStore('snapshot-export', () => {
  const exporting = ref(false)
  const lastResult = ref<SnapshotExportResult>(null)
  const error = ref<AppError | null>(null)

  /** Today so far, hour by hour and as a trend, in the instance's zone, in every format. */
  async function exportToday(instanceId: string, now = Date.now()): Promise<SnapshotExportResult | undefined> {
    if (exporting.value) return undefined
    exporting.value = true
    error.value = null
    const today = presetRange('today', now, INSTANCE_TIME_ZONE)
    try {
      const result = await callApi((api) =>
        api.exportSnapshot({
          instanceIds: [instanceId],
          timeZone: INSTANCE_TIME_ZONE,
          formats: ['json', 'xlsx', 'csv', 'html'],
          interval: { ...today, interval: 'Hourly' },
          trend: today
        })
      )
      if (!result.ok) {
        error.value = result.error
        return undefined
      }
      lastResult.value = result.data
      return result.data
    } finally {
      exporting.value = false
    }
  }

  return { exporting, lastResult, error, exportToday }
})
