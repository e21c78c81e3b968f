/**
 * GetInstanceTrendingReport for one instance over any range up to 180 days back (main splits it
 * into ≤7-day calls and reports progress), with the previous period on demand. Long ranges are
 * drawn rolled up into hours or days of the report's zone; the user may pick another rollup.
 */
import { defineStore } from 'pinia'
import { computed, ref, type ComputedRef } from 'vue'
import { defaultRollup, rollupsFor, type Rollup } from '@shared/ccc/report-rollup'
import type { TimeRange } from '@shared/ccc/types'
import { callApi } from '../api/supervisor-api'
import { TREND_REPORT } from '../model/report-kinds'
import type { ReportPreset } from '../model/report-time'
import { createLiveReport } from './live-report'

export const useTrendReportStore = defineStore('trendReport', () => {
  /** The user's pick for the range shown; null: the range's default. A new range starts from its default. */
  const chosenRollup = ref<Rollup | null>(null)
  const report = createLiveReport(TREND_REPORT, {
    rangeKind: () => 'trend',
    fetch: (instanceId, range, progressId) => callApi((bridge) => bridge.getInstanceTrendingReport({ instanceId, ...range, progressId })),
    rollup: () => rollup.value
  })
  // The width of a bucket comes from the data: the API does not document it.
  const rollups = computed<Rollup[]>(() => rollupsFor(report.servedBucketMs.value))
  const rollup: ComputedRef<Rollup> = computed(() => {
    const chosen = chosenRollup.value
    if (chosen !== null && rollups.value.includes(chosen)) return chosen
    const served = report.served.value
    return served ? defaultRollup(served.endTime - served.startTime, report.servedBucketMs.value) : 'none'
  })

  function setRollup(next: Rollup): void {
    chosenRollup.value = next
  }
  function setPreset(next: ReportPreset): Promise<void> {
    chosenRollup.value = null
    return report.setPreset(next)
  }
  function setCustomRange(range: TimeRange): Promise<void> {
    chosenRollup.value = null
    return report.setCustomRange(range)
  }

  return { ...report, report: computed(() => report.data.value), rollup, rollups, setRollup, setPreset, setCustomRange }
})
