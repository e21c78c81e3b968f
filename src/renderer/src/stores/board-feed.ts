/**
 * One live list per instance for a board: refreshed by its own poller at the interval the refresh
 * planner gives for the wallboard's interval and the list's pages (a call each), so a large
 * instance's list refreshes less often rather than over the account's per-API budget; the
 * last good list kept and marked stale when a refresh fails or may be old (sleep, long hide),
 * forgotten on a session change. The queue and agent stores each hold one.
 */
import { computed, markRaw, ref, watch, type ComputedRef, type Ref } from 'vue'
import { planRefresh, type ListPlan, type PagedList } from '@shared/ccc/refresh-plan'
import type { Result } from '@shared/result'
import { alertFeedVisibility, createPoller, documentVisibility, lateAfterMs, type Poller } from '../composables/polling'
import { applyResult, emptyPart, isPartStale, type LivePart } from './live-part'
import { usePreferencesStore } from './preferences'
import { useSessionStore } from './session'

export interface FeedEntry<T> {
  part: LivePart<T>
  loading: boolean
  /** When the last answer's request went out and came back, epoch ms: for the clock offset. */
  sentAt: number | null
  receivedAt: number | null
}

export interface BoardFeed<T> {
  entries: Ref<Record<string, FeedEntry<T>>>
  /** The planner's word on the watched instance's list: how often it refreshes, and why if slower. */
  plan: ComputedRef<ListPlan | null>
  /** Polls this instance alone (a board shows one); null stops. */
  /** The instance whose list is polled now; null when none. */
  watched: Ref<string | null>
  watchInstance(instanceId: string | null): void
  refresh(): Promise<void>
  reset(): void
}

export function useBoardFeed<T extends { list: readonly unknown[] }>(
  list: PagedList,
  load: (instanceId: string) => Promise<Result<T>>,
  /** The board's rows feed the alerts (the queues): it refreshes with the window hidden while alerts are to be told. */
  feedsAlerts = false
): BoardFeed<T> {
  const preferences = usePreferencesStore()
  const entries = ref<Record<string, FeedEntry<T>>>({}) as Ref<Record<string, FeedEntry<T>>>
  const watched = ref<string | null>(null)
  let current: { id: string; poller: Poller } | null = null
  let generation = 0

  // One page is assumed until the list first answers; its length then sets the pages.
  const plan = computed<ListPlan | null>(() => {
    const instanceId = watched.value
    if (instanceId === null) return null
    const rows = entries.value[instanceId]?.part.data?.list.length
    const demand = { instanceId, lists: [list], rows: rows === undefined ? {} : { [list]: rows } }
    return planRefresh({ periodSeconds: preferences.refreshPeriod, demands: [demand] })[0] ?? null
  })
  const periodMs = (): number => (plan.value?.everySeconds ?? 0) * 1000

  function entryFor(instanceId: string): FeedEntry<T> {
    entries.value[instanceId] ??= { part: emptyPart(), loading: false, sentAt: null, receivedAt: null }
    return entries.value[instanceId]
  }

  async function fetch(instanceId: string): Promise<void> {
    const mine = generation
    const sentAt = Date.now()
    entryFor(instanceId).loading = true
    const result = await load(instanceId)
    // A profile switch while the answer was on its way: it belongs to another session.
    if (mine !== generation) return
    const entry = entryFor(instanceId)
    const at = Date.now()
    // An answer is replaced whole, never changed in place: kept raw, 1,200 agents are not each
    // wrapped in a reactive proxy (which made applying one cost tens of ms) and the board still
    // follows the replacement.
    applyResult(entry.part, result.ok ? { ok: true, data: markRaw(result.data) } : result, at)
    if (result.ok) {
      entry.sentAt = sentAt
      entry.receivedAt = at
    }
    entry.loading = false
  }

  function markOutdated(instanceId: string): void {
    const part = entries.value[instanceId]?.part
    if (part && part.data !== null) part.outdated = true
  }

  function watchInstance(instanceId: string | null): void {
    if (current?.id === instanceId) return
    current?.poller.stop()
    current = null
    watched.value = instanceId
    if (instanceId === null) return
    const part = entryFor(instanceId).part
    // A list kept from an earlier visit may be old: say so until the first refresh answers.
    if (part.updatedAt !== null && Date.now() - part.updatedAt > periodMs() + lateAfterMs(periodMs())) markOutdated(instanceId)
    const poller = createPoller({
      run: () => fetch(instanceId),
      periodMs: periodMs(),
      onLate: () => markOutdated(instanceId),
      visibility: feedsAlerts ? alertFeedVisibility : documentVisibility
    })
    current = { id: instanceId, poller }
    poller.start()
  }

  const refresh = (): Promise<void> => current?.poller.refreshNow() ?? Promise.resolve()

  function reset(): void {
    watchInstance(null)
    generation++
    entries.value = {}
  }
  useSessionStore().onChange(reset)
  watch(
    () => plan.value?.everySeconds,
    () => current?.poller.setPeriod(periodMs())
  )

  return { entries, plan, watched, watchInstance, refresh, reset }
}

export { isPartStale }
