/**
 * A board page's heading as both boards show it: when its list arrived and whether it is stale,
 * whether refresh is off, the refresh planner's reason, and refresh now.
 */
import { computed, type ComputedRef, type Ref } from 'vue'
import type { ListPlan } from '@shared/ccc/refresh-plan'
import type { BoardHeaderState } from '../model/board-header'
import { isPartStale, type FeedEntry } from '../stores/board-feed'
import { usePreferencesStore } from '../stores/preferences'
import { useSessionStore } from '../stores/session'

/** A board's store as the heading reads it. */
export interface HeaderFeed {
  entries: Record<string, FeedEntry<unknown>>
  plan: ListPlan | null
  refresh(): Promise<void>
}

/** BoardPageHeader's props and its refresh event. */
export interface BoardHeaderProps extends BoardHeaderState {
  onRefresh: () => void
}

export function useBoardHeader(title: () => string, instanceId: Ref<string>, feed: HeaderFeed): ComputedRef<BoardHeaderProps> {
  const preferences = usePreferencesStore()
  const sessionStore = useSessionStore()
  return computed(() => {
    const entry = feed.entries[instanceId.value] ?? null
    const part = entry?.part ?? null
    return {
      title: title(),
      updatedAt: part?.updatedAt ?? null,
      timeZone: sessionStore.timeZoneOf(instanceId.value),
      stale: part !== null && isPartStale(part),
      autoOff: preferences.refreshPeriod === 0,
      loading: entry?.loading ?? false,
      planReason: feed.plan?.reason ?? null,
      onRefresh: () => void feed.refresh()
    }
  })
}
