/**
 * The "today so far" sparklines of the wallboard's tiles and the skill-group rows (#19): each
 * instance's states and skill groups as main kept them, read whole once and then, after each
 * refresh, only the answers main kept since (getHistoryDay's `since`): one clock, main's, for
 * every point, and a few hundred bytes a refresh. A new day in the instance's zone starts new
 * lines. Forgotten on a session change.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { dayFromWire } from '@shared/history/day'
import { callApi } from '../api/supervisor-api'
import { DayTrail, type TrailLine } from '../model/day-trail'
import { useSessionStore } from './session'

/** What the sparklines draw: the instance's figures, or its skill groups'. */
export type TrailKind = 'states' | 'queues'

interface TrailEntry {
  day: string
  timeZone: string
  trail: DayTrail
}

const keyOf = (instanceId: string, kind: TrailKind): string => `${kind}:${instanceId}`

export const useDayTrailsStore = defineStore('dayTrails', () => {
  /** Bumped whenever a line grows or goes: what the tiles and rows depend on. */
  const version = ref(0)
  const entries = new Map<string, TrailEntry>()
  const reading = new Map<string, Promise<void>>()
  let generation = 0

  async function read(instanceId: string, kind: TrailKind): Promise<void> {
    const mine = generation
    const key = keyOf(instanceId, kind)
    const since = entries.get(key)?.trail.lastAt ?? undefined
    const result = await callApi((bridge) => bridge.getHistoryDay({ instanceId, kinds: [kind], ...(since === undefined ? {} : { since }) }))
    // Another account's by now, or nothing to draw from: the lines stay as they were.
    if (mine !== generation || !result.ok || !result.data.data) return
    const { day, timeZone, data } = result.data
    let entry = entries.get(key)
    // The instance's next day: its answers all come after yesterday's last, so this answer has them all.
    if (!entry || entry.day !== day) {
      entry = { day, timeZone, trail: new DayTrail() }
      entries.set(key, entry)
      version.value++
    }
    const kept = dayFromWire(data)
    if (entry.trail.add(kind === 'states' ? kept.states : kept.queues)) version.value++
  }

  /** Brings an instance's lines up to what main has kept; one read at a time per instance and kind. */
  function update(instanceId: string, kind: TrailKind): Promise<void> {
    const key = keyOf(instanceId, kind)
    const running = reading.get(key)
    if (running) return running
    const next = read(instanceId, kind).finally(() => reading.delete(key))
    reading.set(key, next)
    return next
  }

  const entryOf = (instanceId: string, kind: TrailKind): TrailEntry | null => {
    void version.value
    const entry = entries.get(keyOf(instanceId, kind))
    return entry && entry.trail.lastAt !== null ? entry : null
  }

  /** The instance's figures' lines; null before anything is kept of its day. */
  function figureLines(instanceId: string, fields: readonly string[]): Map<string, TrailLine> | null {
    const entry = entryOf(instanceId, 'states')
    return entry && entry.trail.fieldLines(fields, entry.timeZone)
  }

  /** The skill groups' waiting calls, by ID; null before anything is kept of the day. */
  function queueLines(instanceId: string, ids: readonly string[]): Map<string, TrailLine> | null {
    const entry = entryOf(instanceId, 'queues')
    return entry && entry.trail.rowLines('WaitingCalls', ids, entry.timeZone)
  }

  function reset(): void {
    generation++
    entries.clear()
    reading.clear()
    version.value++
  }
  useSessionStore().onChange(reset)

  return { version, update, figureLines, queueLines, reset }
})
