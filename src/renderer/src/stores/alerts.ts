/**
 * Alerts (#19): the alert engine fed from the live figures the realtime and board stores hold —
 * every watched instance's tiles, the shown instance's queue rows and agents' time in state — at each answer that
 * arrives, judged by the same thresholds that colour them. Holds the alert log, the figures in
 * alert now (the window title counts them) and what to notify, silenced and reminded as each
 * instance's alert settings say (stores/alert-settings). Delivery (composables/alert-delivery)
 * listens with `onNotify`. Forgotten on a session change, like the figures.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { currentAlerts, emptyAlertState, stepAlerts, type AlertNotification, type AlertSample, type AlertState } from '@shared/alert-engine'
import { agentSamples, alertGapMs, instanceSamples, queueSamples, type TimedFigures } from '../model/alert-samples'
import type { AlertLogRow } from '../model/alert-log'
import { ALERT_MEMORY_KEY, alertOwnerOf, recalledAlertState, rememberedAlertStates } from '../model/alert-memory'
import { readStored, writeStored } from '../platform/local-storage'
import { DEFAULT_ALERT_SETTINGS } from '../model/alert-settings'
import { useAlertSettingsStore } from './alert-settings'
import { isPartStale, type LivePart } from './live-part'
import { usePreferencesStore } from './preferences'
import { useAgentBoardStore } from './agent-board'
import { useQueueBoardStore } from './queue-board'
import { useRealtimeStore } from './realtime'
import { useSessionStore } from './session'

/** Ten minutes still in alert before a reminder, unless an instance's settings say otherwise. */
export const DEFAULT_REMINDER_MS = DEFAULT_ALERT_SETTINGS.reminderMinutes * 60_000
/** Notifications not yet taken, newest kept: a listener hears them as they come, and nothing need take them. */
const MAX_PENDING = 100
/** How long after the last change the alerts are written to this computer. */
const SAVE_AFTER_MS = 1_000

/** An answer as the engine sees it; a stale one is dated by its failure, which the engine does not read. */
function timed<T>(part: LivePart<T> | undefined): TimedFigures<T> | null {
  if (!part || part.data === null || part.updatedAt === null) return null
  const stale = isPartStale(part)
  return { data: part.data, at: stale ? (part.failedAt ?? part.updatedAt) : part.updatedAt, stale }
}

export const useAlertsStore = defineStore('alerts', () => {
  const realtime = useRealtimeStore()
  const queues = useQueueBoardStore()
  const agents = useAgentBoardStore()
  const preferences = usePreferencesStore()
  const settings = useAlertSettingsStore()

  const state = shallowRef<AlertState>(emptyAlertState())
  const pendingNotifications = shallowRef<readonly AlertNotification[]>([])
  /** Moves on at each answer and when an alert's figure goes unseen for longer than the gap. */
  const now = ref(Date.now())
  const listeners = new Set<(notifications: readonly AlertNotification[]) => void>()

  // The queue list may refresh less often than the wallboard (the planner's word), and is given its time.
  const gapMs = computed(() => alertGapMs(preferences.refreshPeriod, queues.plan?.everySeconds, agents.plan?.everySeconds))

  const samples = computed<AlertSample[]>(() => {
    const out: AlertSample[] = []
    for (const [instanceId, entry] of Object.entries(realtime.entries)) {
      out.push(...instanceSamples(instanceId, timed(entry.states), timed(entry.summary), realtime.thresholdsFor(instanceId)))
    }
    for (const [instanceId, entry] of Object.entries(queues.entries)) {
      const answer = timed(entry.part)
      if (answer) out.push(...queueSamples(instanceId, answer, queues.rowsFor(instanceId), (id) => queues.thresholdsFor(instanceId, id)))
    }
    for (const [instanceId, entry] of Object.entries(agents.entries)) {
      const answer = timed(entry.part)
      if (answer) out.push(...agentSamples(instanceId, answer, agents.rowsFor(instanceId), agents.offsetOf(instanceId), agents.thresholds))
    }
    return out
  })

  /** Feeds samples to the engine; the stores' figures come through here by themselves. */
  function ingest(next: readonly AlertSample[]): void {
    now.value = Date.now()
    const step = stepAlerts(
      state.value,
      next,
      { reminderMs: DEFAULT_REMINDER_MS, reminderMsByInstance: settings.reminderMsByInstance, gapMs: gapMs.value },
      settings.silence
    )
    state.value = step.state
    if (step.notifications.length === 0) return
    pendingNotifications.value = [...pendingNotifications.value, ...step.notifications].slice(-MAX_PENDING)
    for (const listener of listeners) listener(step.notifications)
  }
  // Every change of the stores' figures gives all samples again: the engine skips those it has seen.
  watch(samples, ingest, { immediate: true })

  /** The alerts under way whose figure was seen within the gap. */
  const current = computed(() => currentAlerts(state.value, now.value, gapMs.value))
  /** Figures in alert now, for the window title. */
  const count = computed(() => current.value.length)

  // Wakes when the first figure in alert would pass the gap unseen, so the count drops without an answer.
  let expiry: ReturnType<typeof setTimeout> | null = null
  function scheduleExpiry(): void {
    if (expiry !== null) clearTimeout(expiry)
    expiry = null
    const seen = current.value.map((entry) => state.value.tracks[entry.key]?.lastFreshAt ?? now.value)
    if (seen.length === 0) return
    const due = Math.min(...seen) + gapMs.value + 1
    expiry = setTimeout(
      () => {
        now.value = Date.now()
        scheduleExpiry()
      },
      Math.max(0, due - Date.now())
    )
  }
  watch([current, gapMs], scheduleExpiry)

  /** One instance's log, newest first, each with its state now. */
  function logFor(instanceId: string): AlertLogRow[] {
    const live = new Set(current.value.map((entry) => entry.id))
    return state.value.log
      .filter((entry) => entry.instanceId === instanceId)
      .reverse()
      .map((entry) => ({ entry, status: entry.clearedAt !== null ? 'cleared' : live.has(entry.id) ? 'alerting' : 'unseen' }))
  }

  /** The notifications not yet taken, oldest first; taking them empties the list. */
  function takeNotifications(): readonly AlertNotification[] {
    const taken = pendingNotifications.value
    pendingNotifications.value = []
    return taken
  }

  /** Calls `listener` with each answer's notifications; answers the unsubscribe function. */
  function onNotify(listener: (notifications: readonly AlertNotification[]) => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  // The log and the alerts under way are kept on this computer per account, so they outlive a
  // restart: what is under way then goes on quietly, as after any outage (see model/alert-memory).
  const session = useSessionStore()
  /** Whose alerts `state` holds; null before the session is known. */
  let owner: string | null = null
  let saveTimer: ReturnType<typeof setTimeout> | null = null
  function save(): void {
    if (saveTimer !== null) clearTimeout(saveTimer)
    saveTimer = null
    if (owner !== null) writeStored(ALERT_MEMORY_KEY, rememberedAlertStates(readStored(ALERT_MEMORY_KEY), owner, state.value, Date.now()))
  }
  // Written a moment after the last change (an answer of many figures is one write), and as the page goes.
  watch(state, () => {
    if (saveTimer === null) saveTimer = setTimeout(save, SAVE_AFTER_MS)
  })
  if (typeof window !== 'undefined' && typeof window.addEventListener === 'function') window.addEventListener('pagehide', save)
  watch(
    () => session.session,
    (info) => {
      const next = info ? alertOwnerOf(info) : null
      if (next === owner) return
      owner = next
      // What this account kept, unless its figures have already started a log here.
      const recalled = next === null ? null : recalledAlertState(readStored(ALERT_MEMORY_KEY), next)
      if (recalled && state.value.log.length === 0 && Object.keys(state.value.tracks).length === 0) state.value = recalled
    },
    { immediate: true }
  )

  /** Forgets every alert; after a profile switch they belong to another account (kept for it first). */
  function reset(): void {
    save()
    owner = null
    state.value = emptyAlertState()
    pendingNotifications.value = []
  }
  session.onChange(reset)

  return {
    state,
    pendingNotifications,
    gapMs,
    current,
    count,
    logFor,
    ingest,
    takeNotifications,
    onNotify,
    reset
  }
})
