/**
 * ListIntervalInstanceReport for one instance: Daily or Hourly buckets over a preset or custom
 * range in a chosen zone (main splits it into the calls the API accepts), with the previous
 * period on demand. Until the user picks a granularity it follows the range: Hourly for a day or
 * two (Today, Yesterday), Daily beyond.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DAY_MS, HOUR_MS, reportKind } from '@shared/ccc/range-split'
import type { IntervalGranularity, IntervalReportItem } from '@shared/ccc/types'
import { callApi } from '../api/supervisor-api'
import { INTERVAL_REPORT } from '../model/report-kinds'
import { defaultGranularity } from '../model/report-time'
import { createLiveReport } from './live-report'

export const useIntervalReportStore = defineStore('intervalReport', () => {
  /** The user's pick; null: the range's default. Kept across ranges and instances, as chosen. */
  const chosenGranularity = ref<IntervalGranularity | null>(null)
  const report = createLiveReport(INTERVAL_REPORT, {
    rangeKind: () => reportKind(effectiveGranularity()),
    interval: () => effectiveGranularity(),
    fetch: (instanceId, range, progressId) =>
      callApi((bridge) => bridge.listIntervalInstanceReport({ instanceId, ...range, interval: effectiveGranularity(), progressId })),
    bucketMs: () => (effectiveGranularity() === 'Daily' ? DAY_MS : HOUR_MS)
  })
  const granularity = computed<IntervalGranularity>({
    get: () => chosenGranularity.value ?? defaultGranularity(report.requestedRange(Date.now())),
    set: (next) => {
      chosenGranularity.value = next
    }
  })
  function effectiveGranularity(): IntervalGranularity {
    return granularity.value
  }
  const items = computed<readonly IntervalReportItem[]>(() => report.data.value ?? [])

  function setGranularity(next: IntervalGranularity): Promise<void> {
    granularity.value = next
    return report.load()
  }

  return { ...report, granularity, items, setGranularity }
})
