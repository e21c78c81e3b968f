/**
 * The skill-group board's state: the live list per instance, the board's sort and each queue's
 * own thresholds (saved on this computer). "My queues" are a preference (stores/preferences).
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { boardSources } from '../api/board-sources'
import { DEFAULT_QUEUE_SORT, queueRowOf, queueThresholds, sanitizeQueueOverrides, type QueueOverride, type QueueOverrides, type QueueRow, type QueueThresholds } from '../model/queue-board'
import type { SortState } from '../model/table-query'
import { readStoredPerInstance, writeStored } from '../platform/local-storage'
import { useBoardFeed } from './board-feed'
import { useRealtimeStore } from './realtime'
import { useSkillGroupNamesStore } from './skill-group-names'

const OVERRIDES_KEY = 'queueThresholds'

export const useQueueBoardStore = defineStore('queueBoard', () => {
  const realtime = useRealtimeStore()
  const names = useSkillGroupNamesStore()
  const feed = useBoardFeed(
    'skillGroupStates',
    (instanceId) => {
      names.ensure(instanceId)
      return boardSources().skillGroupStates(instanceId)
    },
    true
  )
  const sort = ref<SortState>({ ...DEFAULT_QUEUE_SORT })
  /** Per instance, per skill-group ID. */
  const overrides = ref<Record<string, QueueOverrides>>(readStoredPerInstance(OVERRIDES_KEY, sanitizeQueueOverrides))

  const rowsFor = (instanceId: string): QueueRow[] => (feed.entries.value[instanceId]?.part.data?.list ?? []).map((state) => queueRowOf(state, names.namesOf(instanceId)))

  function thresholdsFor(instanceId: string, skillGroupId: string): QueueThresholds {
    return queueThresholds(realtime.thresholdsFor(instanceId), overrides.value[instanceId]?.[skillGroupId])
  }

  /** A queue's own limits; undefined makes it follow the wallboard's again. */
  function setOverride(instanceId: string, skillGroupId: string, override: QueueOverride | undefined): void {
    const { [skillGroupId]: _old, ...others } = overrides.value[instanceId] ?? {}
    const mine = override === undefined ? others : { ...others, [skillGroupId]: override }
    overrides.value = { ...overrides.value, [instanceId]: sanitizeQueueOverrides(mine) }
    writeStored(OVERRIDES_KEY, overrides.value)
  }

  return { entries: feed.entries, plan: feed.plan, sort, overrides, rowsFor, thresholdsFor, setOverride, watched: feed.watched, watchInstance: feed.watchInstance, refresh: feed.refresh, reset: feed.reset }
})
