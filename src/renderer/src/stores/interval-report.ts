/**
 * ListIntervalInstanceReport for one instance: Daily or Hourly buckets over a preset or custom
 * range in a chosen zone (main splits it into the calls the API accepts), with the previous
 * period on demand.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DAY_MS, HOUR_MS, reportKind } from '@shared/ccc/range-split'
import type { IntervalGranularity, IntervalReportItem } from '@shared/ccc/types'
import { callApi } from '../api/supervisor-api'
import { INTERVAL_REPORT } from '../model/report-kinds'
import { createLiveReport } from './live-report'

export const useIntervalReportStore = defineStore('intervalReport', () => {
  const granularity = ref<IntervalGranularity>('Daily')
  const report = createLiveReport(INTERVAL_REPORT, {
    rangeKind: () => reportKind(granularity.value),
    fetch: (instanceId, range, progressId) =>
      callApi((bridge) => bridge.listIntervalInstanceReport({ instanceId, ...range, interval: granularity.value, progressId })),
    bucketMs: () => (granularity.value === 'Daily' ? DAY_MS : HOUR_MS)
  })
  const items = computed<readonly IntervalReportItem[]>(() => report.data.value ?? [])

  function setGranularity(next: IntervalGranularity): Promise<void> {
    granularity.value = next
    return report.load()
  }

  return { ...report, granularity, items, setGranularity }
})
