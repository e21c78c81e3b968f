/**
 * GetInstanceTrendingReport for one instance over any range up to 180 days back (main splits it
 * into ≤7-day calls and reports progress), with the previous period on demand.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { callApi } from '../api/supervisor-api'
import { TREND_REPORT } from '../model/report-kinds'
import { createLiveReport } from './live-report'

export const useTrendReportStore = defineStore('trendReport', () => {
  const report = createLiveReport(TREND_REPORT, {
    rangeKind: () => 'trend',
    fetch: (instanceId, range, progressId) => callApi((bridge) => bridge.getInstanceTrendingReport({ instanceId, ...range, progressId }))
  })
  // The width of a bucket comes from the data: the API does not document it.
  return { ...report, report: computed(() => report.data.value) }
})
