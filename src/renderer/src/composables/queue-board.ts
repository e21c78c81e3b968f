/**
 * The queue board as the wallboard and its own page both show it: one instance's live rows, the
 * sort, my queues, each queue's thresholds, and a click on a group opening its agents.
 */
import { computed, onBeforeUnmount, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { pruneMyQueues, type MyQueues } from '../model/my-queues'
import type { SortState } from '../model/table-query'
import { usePreferencesStore } from '../stores/preferences'
import { useDayTrailsStore } from '../stores/day-trails'
import { useQueueBoardStore } from '../stores/queue-board'
import { useSessionStore } from '../stores/session'

export function useQueueBoard(instanceId: Ref<string>) {
  const store = useQueueBoardStore()
  const preferences = usePreferencesStore()
  const router = useRouter()
  const { t } = useI18n()

  const session = useSessionStore()
  // Again after a session switch, which stops the feed and forgets the old account's rows.
  watch([instanceId, () => session.session?.revision], ([id]) => store.watchInstance(id), { immediate: true })
  onBeforeUnmount(() => store.watchInstance(null))

  const entry = computed(() => store.entries[instanceId.value] ?? null)
  const rows = computed(() => store.rowsFor(instanceId.value))
  const mine = computed<MyQueues>({
    get: () => preferences.myQueuesFor(instanceId.value),
    set: (next) => preferences.setMyQueues(instanceId.value, next)
  })
  const sort = computed<SortState>({ get: () => store.sort, set: (next) => (store.sort = next) })

  // Groups deleted since they were picked or hidden are forgotten once a full list has arrived.
  watch(
    () => entry.value?.part.data,
    (data) => {
      if (!data) return
      const pruned = pruneMyQueues(mine.value, new Set(data.list.map((g) => g.SkillGroupId)))
      if (pruned !== mine.value) mine.value = pruned
    }
  )

  // Each row's day so far: what main kept of the groups, brought up to date after each refresh of the list.
  const dayTrails = useDayTrailsStore()
  watch([instanceId, () => entry.value?.part.updatedAt], ([id]) => void dayTrails.update(id, 'queues'), { immediate: true })
  const trails = computed(() => dayTrails.queueLines(instanceId.value, rows.value.map((row) => row.id)))

  const thresholdsFor = (skillGroupId: string) => store.thresholdsFor(instanceId.value, skillGroupId)
  const openAgents = (skillGroupId: string) =>
    void router.push({ name: 'realtime-agents', params: { instanceId: instanceId.value }, query: { group: skillGroupId } })

  const refresh = (): Promise<void> => store.refresh()

  /** BoardStatus's props and QueueBoard's props and events, the same wherever the board is shown. */
  const status = computed(() => ({
    part: entry.value?.part ?? null,
    failedTitle: t('boards.queues.failed'),
    loadingLabel: t('boards.queues.loading'),
    retrying: preferences.refreshPeriod !== 0,
    testid: 'queue-board',
    onRetry: () => void refresh()
  }))
  const board = computed(() => ({
    rows: rows.value,
    sort: sort.value,
    mine: mine.value,
    thresholdsFor,
    trails: trails.value,
    'onUpdate:sort': (next: SortState) => (sort.value = next),
    'onUpdate:mine': (next: MyQueues) => (mine.value = next),
    onOpenAgents: openAgents
  }))

  return { store, entry, rows, thresholdsFor, refresh, status, board }
}
