/**
 * The queue and agent reports of one instance: one row per skill group (ListHistoricalSkillGroupReport)
 * or per agent (ListHistoricalAgentReport) over a preset or custom range in a chosen zone. Main
 * reads every page (12 of them for 1,200 agents) and says after each how far it is; the page may
 * stop it. The totals row is recomputed from the rows by the catalogue's rules; the previous period
 * of the same length, when compared, is read the same way and matched to the rows by ID.
 */
import { defineStore } from 'pinia'
import { computed, ref, type Ref } from 'vue'
import { reportTotals } from '@shared/ccc/report-metrics'
import type { TimeRange } from '@shared/ccc/types'
import type { Result } from '@shared/result'
import { callApi } from '../api/supervisor-api'
import { AGENT_REPORT, QUEUE_REPORT, type GroupReportDef, type SubjectRow } from '@shared/ccc/group-reports'
import { createRangeActions, createRangeSelection, createReportRun } from './report-fetch'
import { useSessionStore } from './session'

function createGroupReport<R, G extends string>(
  def: GroupReportDef<R, G>,
  fetch: (instanceId: string, range: TimeRange, progressId: string) => Promise<Result<R[]>>
) {
  const instanceId = ref<string | null>(null)
  const session = useSessionStore()
  // "How did each queue do yesterday?": the question these pages answer first.
  const selection = createRangeSelection('yesterday', () => session.timeZoneOf(instanceId.value ?? ''))
  const run = createReportRun<R[]>({ fetch })
  const groupNames = Object.keys(def.groups) as G[]
  const group = ref(groupNames[0]!) as Ref<G>

  const rows = computed<SubjectRow[]>(() => (run.data.value ?? []).map((row) => def.rowOf(row, group.value)))
  const totals = computed(() => reportTotals(rows.value, def.groups[group.value]))
  /** The previous period's rows (of the group shown) by ID, when compared; null when not shown. */
  const previousRows = computed<SubjectRow[] | null>(() =>
    selection.comparePrevious.value && run.previous.value ? run.previous.value.map((row) => def.rowOf(row, group.value)) : null
  )
  const previousById = computed(() => new Map((previousRows.value ?? []).map((row) => [row.id, row])))
  const previousTotals = computed(() => (previousRows.value ? reportTotals(previousRows.value, def.groups[group.value]) : null))
  const loaded = computed(() => run.data.value !== null)

  function load(): Promise<void> {
    if (instanceId.value === null) return Promise.resolve()
    // One call sums the whole range (the Daily rules: up to 180 days back); its pages are the progress.
    return run.load({
      instanceId: instanceId.value,
      range: selection.requestedRange(Date.now()),
      kind: 'daily',
      comparePrevious: selection.comparePrevious.value
    })
  }
  const actions = createRangeActions(instanceId, selection, run, load)

  function setGroup(next: string): void {
    if (Object.prototype.hasOwnProperty.call(def.groups, next)) group.value = next as G
  }

  return {
    instanceId,
    choice: selection.choice,
    customRange: selection.customRange,
    timeZone: selection.timeZone,
    comparePrevious: selection.comparePrevious,
    requestedRange: selection.requestedRange,
    group,
    rows,
    totals,
    previousRows,
    previousById,
    previousTotals,
    previousServed: run.previousServed,
    loaded,
    stopped: run.stopped,
    data: run.data,
    served: run.served,
    covered: run.covered,
    endClamped: run.endClamped,
    loading: run.loading,
    progress: run.progress,
    error: run.error,
    rangeProblem: run.rangeProblem,
    previousProblem: run.previousProblem,
    load,
    stop: run.stop,
    setGroup,
    ...actions
  }
}

export const useQueueReportStore = defineStore('queueReport', () =>
  createGroupReport(QUEUE_REPORT, (instanceId, range, progressId) =>
    callApi((bridge) => bridge.listHistoricalSkillGroupReport({ instanceId, ...range, progressId }))
  )
)

export const useAgentReportStore = defineStore('agentReport', () =>
  createGroupReport(AGENT_REPORT, (instanceId, range, progressId) =>
    callApi((bridge) => bridge.listHistoricalAgentReport({ instanceId, ...range, progressId }))
  )
)
