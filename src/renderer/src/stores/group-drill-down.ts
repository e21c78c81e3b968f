/**
 * A row's drill-down on the queue and agent reports: one skill group's (ListIntervalSkillGroupReport)
 * or one agent's (ListIntervalAgentReport) buckets over the range its row covers, Daily or Hourly.
 * Main splits the range into the calls the API takes (10 days a call Hourly), so both are offered
 * for any range the row has, as the CLI's `--interval` does; the page shows each call as progress
 * and may stop them. Closed, nothing is asked; another account closes it.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { DAY_MS, HOUR_MS, reportKind } from '@shared/ccc/range-split'
import type { IntervalGranularity, TimeRange } from '@shared/ccc/types'
import type { Result } from '@shared/result'
import { callApi } from '../api/supervisor-api'
import { AGENT_BUCKETS, QUEUE_BUCKETS, type BucketsDef, type DrillSubject } from '../model/group-buckets'
import { defaultGranularity } from '../model/report-time'
import { createReportRun } from './report-fetch'
import { createReportFigures } from './report-figures'
import { useSessionStore } from './session'

type FetchBuckets<B> = (instanceId: string, subjectId: string, range: TimeRange, interval: IntervalGranularity, progressId: string) => Promise<Result<B[]>>

function createDrillDown<B extends { StatsTime: number }, G extends string>(def: BucketsDef<B, G>, fetchBuckets: FetchBuckets<B>) {
  const subject = ref<DrillSubject | null>(null)
  /** The user's pick; null: the range's own (Hourly for a day or two, as the interval report opens). */
  const chosenGranularity = ref<IntervalGranularity | null>(null)
  const granularity = computed<IntervalGranularity>(() => chosenGranularity.value ?? defaultGranularity(subject.value?.range ?? null))
  const run = createReportRun<B[]>({
    fetch: (instanceId, range, progressId) => fetchBuckets(instanceId, subject.value!.id, range, granularity.value, progressId)
  })
  const figures = createReportFigures(def, run.data, { bucketMs: () => (granularity.value === 'Daily' ? DAY_MS : HOUR_MS) })
  const timeZone = computed(() => subject.value?.timeZone ?? 'UTC')
  const loaded = computed(() => run.data.value !== null)

  function load(): Promise<void> {
    const open = subject.value
    if (open === null) return Promise.resolve()
    return run.load({
      instanceId: open.instanceId,
      range: open.range,
      kind: reportKind(granularity.value),
      comparePrevious: false,
      // Daily buckets are whole days: a range of part of one says what the figures cover.
      buckets: { interval: granularity.value, timeZone: open.timeZone }
    })
  }

  /** Shows this row's buckets, in the page's group, at the range's granularity until the user picks one. */
  function open(next: DrillSubject): Promise<void> {
    run.cancel()
    run.clear()
    subject.value = next
    chosenGranularity.value = null
    figures.setGroup(next.group)
    return load()
  }

  function close(): void {
    run.cancel()
    run.clear()
    subject.value = null
  }

  function setGranularity(next: IntervalGranularity): Promise<void> {
    chosenGranularity.value = next
    return load()
  }

  // Another account's buckets never stay on screen.
  useSessionStore().onChange(close)

  return {
    subject,
    granularity,
    timeZone,
    ...figures,
    loaded,
    stopped: run.stopped,
    data: run.data,
    served: run.served,
    covered: run.covered,
    rangeNotes: run.rangeNotes,
    loading: run.loading,
    progress: run.progress,
    error: run.error,
    rangeProblem: run.rangeProblem,
    previousProblem: run.previousProblem,
    open,
    close,
    load,
    stop: run.stop,
    setGranularity
  }
}

export const useQueueDrillDownStore = defineStore('queueDrillDown', () =>
  createDrillDown(QUEUE_BUCKETS, (instanceId, skillGroupId, range, interval, progressId) =>
    callApi((bridge) => bridge.listIntervalSkillGroupReport({ instanceId, skillGroupId, ...range, interval, progressId }))
  )
)

export const useAgentDrillDownStore = defineStore('agentDrillDown', () =>
  createDrillDown(AGENT_BUCKETS, (instanceId, agentId, range, interval, progressId) =>
    callApi((bridge) => bridge.listIntervalAgentReport({ instanceId, agentId, ...range, interval, progressId }))
  )
)
