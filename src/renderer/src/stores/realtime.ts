/**
 * Live figures per watched instance: GetRealtimeInstanceStates and the summary since midnight,
 * each instance on its own poller, with the last good figures kept and marked stale when a refresh
 * fails or when they may be old (sleep, long hide). Thresholds per instance live here too.
 */
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { InstanceSummaryReport, RealtimeInstanceStates } from '@shared/ccc/types'
import { callApi } from '../api/supervisor-api'
import { alertFeedVisibility, createPoller, lateAfterMs, type Poller } from '../composables/polling'
import { levelsOf, sanitizeThresholds, type Level, type ThresholdField, type Thresholds } from '../model/thresholds'
import { readStoredPerInstance, writeStored } from '../platform/local-storage'
import { usePreferencesStore } from './preferences'
import { useSessionStore } from './session'
import { applyResult, emptyPart, isPartStale, type LivePart } from './live-part'

export { isPartStale, type LivePart }

export interface LiveEntry {
  states: LivePart<RealtimeInstanceStates>
  summary: LivePart<InstanceSummaryReport>
  /** A refresh is in flight. */
  loading: boolean
}

export const isEntryStale = (entry: LiveEntry): boolean => isPartStale(entry.states) || isPartStale(entry.summary)

const emptyEntry = (): LiveEntry => ({ states: emptyPart(), summary: emptyPart(), loading: false })

const THRESHOLDS_KEY = 'thresholds'

export const useRealtimeStore = defineStore('realtime', () => {
  const preferences = usePreferencesStore()
  const entries = ref<Record<string, LiveEntry>>({})
  const thresholds = ref<Record<string, Thresholds>>(readStoredPerInstance(THRESHOLDS_KEY, sanitizeThresholds))
  /** Instance IDs being polled, in the order asked for. */
  const watched = ref<string[]>([])

  const pollers = new Map<string, Poller>()
  let generation = 0

  const periodMs = (): number => preferences.refreshPeriod * 1000

  function entryFor(instanceId: string): LiveEntry {
    entries.value[instanceId] ??= emptyEntry()
    return entries.value[instanceId]
  }

  function markOutdated(instanceId: string): void {
    const entry = entries.value[instanceId]
    if (!entry) return
    if (entry.states.data !== null) entry.states.outdated = true
    if (entry.summary.data !== null) entry.summary.outdated = true
  }

  /** One refresh of both calls for one instance; the poller makes sure two never overlap. */
  async function fetchInstance(instanceId: string): Promise<void> {
    const mine = generation
    entryFor(instanceId).loading = true
    const [states, summary] = await Promise.all([
      callApi((bridge) => bridge.getRealtimeInstanceStates({ instanceId })),
      callApi((bridge) => bridge.getInstanceSummaryReportSinceMidnight({ instanceId }))
    ])
    // A profile switch while the answer was on its way: it belongs to another session.
    if (mine !== generation) return
    const entry = entryFor(instanceId)
    const at = Date.now()
    applyResult(entry.states, states, at)
    applyResult(entry.summary, summary, at)
    entry.loading = false
  }

  function pollerFor(instanceId: string): Poller {
    let poller = pollers.get(instanceId)
    if (!poller) {
      poller = createPoller({
        run: () => fetchInstance(instanceId),
        periodMs: periodMs(),
        onLate: () => markOutdated(instanceId),
        // The tiles feed the alerts: with alerts to tell they refresh behind other windows too.
        visibility: alertFeedVisibility
      })
      pollers.set(instanceId, poller)
    }
    return poller
  }

  /** Polls exactly these instances: starts the new ones, stops the ones no longer listed. */
  function watchInstances(instanceIds: readonly string[]): void {
    const wanted = [...new Set(instanceIds)]
    for (const [id, poller] of pollers) {
      if (!wanted.includes(id)) {
        poller.stop()
        pollers.delete(id)
      }
    }
    for (const id of wanted) {
      const entry = entryFor(id)
      const poller = pollerFor(id)
      if (poller.running) continue
      // Figures kept from an earlier visit may be old: say so until the first refresh answers.
      const age = entry.states.updatedAt === null ? 0 : Date.now() - entry.states.updatedAt
      if (age > periodMs() + lateAfterMs(periodMs())) markOutdated(id)
      poller.start()
    }
    watched.value = wanted
  }

  function stopAll(): void {
    for (const poller of pollers.values()) poller.stop()
    pollers.clear()
    watched.value = []
  }

  /** A refresh now (R, the button); shares a refresh already in flight. */
  function refresh(instanceId: string): Promise<void> {
    const poller = pollers.get(instanceId)
    return poller ? poller.refreshNow() : fetchInstance(instanceId)
  }

  function refreshWatched(): Promise<void> {
    return Promise.all(watched.value.map((id) => refresh(id))).then(() => {})
  }

  /** Forgets every figure; after a profile switch they belong to another account. */
  function reset(): void {
    stopAll()
    generation++
    entries.value = {}
  }
  useSessionStore().onChange(reset)

  watch(
    () => preferences.refreshPeriod,
    () => {
      for (const poller of pollers.values()) poller.setPeriod(periodMs())
    }
  )

  function thresholdsFor(instanceId: string): Thresholds {
    return thresholds.value[instanceId] ?? sanitizeThresholds(undefined)
  }

  function setThresholds(instanceId: string, next: Thresholds): void {
    thresholds.value = { ...thresholds.value, [instanceId]: sanitizeThresholds(next) }
    writeStored(THRESHOLDS_KEY, thresholds.value)
  }

  function resetThresholds(instanceId: string): void {
    const { [instanceId]: _removed, ...rest } = thresholds.value
    thresholds.value = rest
    writeStored(THRESHOLDS_KEY, thresholds.value)
  }

  /** The level of each thresholded figure of an instance, from its latest figures. */
  function levelsFor(instanceId: string): Record<ThresholdField, Level> {
    const entry = entries.value[instanceId]
    return levelsOf(entry?.states.data, entry?.summary.data, thresholdsFor(instanceId))
  }

  return {
    entries,
    thresholds,
    watched,
    watchInstances,
    stopAll,
    refresh,
    refreshWatched,
    reset,
    thresholdsFor,
    setThresholds,
    resetThresholds,
    levelsFor
  }
})
