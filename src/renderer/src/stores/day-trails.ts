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
import { callApi, subscribe } from '../api/supervisor-api'
import { DayTrail, type TrailLine } from '../model/day-trail'
import { nextTask } from '../model/next-task'
import { useSessionStore } from './session'

/** What the sparklines draw: the instance's figures, or its skill groups'. */
export type TrailKind = 'states' | 'queues'

interface TrailEntry {
  day: string
  timeZone: string
  trail: DayTrail
}

const keyOf = (instanceId: string, kind: TrailKind): string => `${kind}:${instanceId}`

/** The skill groups' figure their lines draw. */
const ROW_FIELD = 'WaitingCalls'
/**
 * A day read whole is fed to the skill groups' lines in slices of about this long, each in a task
 * of its own: at once, a full day of 150 groups was one task of 60–130 ms.
 */
const SLICE_MS = 8
const SLICE_ANSWERS = 120

export const useDayTrailsStore = defineStore('dayTrails', () => {
  /** Bumped whenever a line grows or goes: what the tiles and rows depend on. */
  const version = ref(0)
  const entries = new Map<string, TrailEntry>()
  const reading = new Map<string, Promise<void>>()
  /** Reads asked for while one was running. */
  const again = new Set<string>()
  let generation = 0

  /** One read: what main kept after the trail's last answer, or the whole day with `whole`. */
  async function read(instanceId: string, kind: TrailKind, whole = false): Promise<void> {
    const mine = generation
    const key = keyOf(instanceId, kind)
    const since = whole ? undefined : (entries.get(key)?.trail.lastAt ?? undefined)
    const result = await callApi((bridge) => bridge.getHistoryDay({ instanceId, kinds: [kind], ...(since === undefined ? {} : { since }) }))
    // Another account's by now, or nothing to draw from: the lines stay as they were.
    if (mine !== generation || !result.ok || !result.data.data) return
    const { day, timeZone, data, cutAt } = result.data
    let entry = entries.get(key)
    // A new day in the instance's zone (its answers all come after yesterday's last, so this
    // answer has them all), a whole read, or a day cut short (what came before the cut is not
    // here): new lines, which take the place of the old once they are whole.
    const fresh = !entry || entry.day !== day || whole || cutAt !== null
    if (fresh) entry = { day, timeZone, trail: new DayTrail() }
    const kept = dayFromWire(data)
    const added = entry!.trail.add(kind === 'states' ? kept.states : kept.queues)
    if (added === 'added' && kind === 'queues' && !(await feedRows(entry!.trail, mine))) return
    if (fresh) entries.set(key, entry!)
    if (fresh || added === 'added') version.value++
    // The history was forgotten (or rebuilt) under the lines: read the day whole, once.
    if (added === 'restart' && !whole) await read(instanceId, kind, true)
  }

  /** Feeds the skill groups' lines every answer, a slice at a time; false when the session changed meanwhile. */
  async function feedRows(trail: DayTrail, mine: number): Promise<boolean> {
    for (;;) {
      const until = performance.now() + SLICE_MS
      let fed = trail.feedRows(ROW_FIELD, SLICE_ANSWERS)
      while (!fed && performance.now() < until) fed = trail.feedRows(ROW_FIELD, SLICE_ANSWERS)
      if (fed) return true
      await nextTask()
      if (mine !== generation) return false
    }
  }

  /**
   * Brings an instance's lines up to what main has kept: one read at a time per instance and kind,
   * and one more after it when asked again meanwhile (that refresh's answer is not left out).
   */
  function update(instanceId: string, kind: TrailKind): Promise<void> {
    const key = keyOf(instanceId, kind)
    const running = reading.get(key)
    if (running) {
      again.add(key)
      return running
    }
    const next = (async () => {
      do {
        again.delete(key)
        await read(instanceId, kind)
      } while (again.has(key))
    })().finally(() => {
      if (reading.get(key) === next) reading.delete(key)
    })
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

  /** The skill groups' waiting calls, by ID; null before anything is kept of the day, and while a day read whole is fed to them. */
  function queueLines(instanceId: string, ids: readonly string[]): Map<string, TrailLine> | null {
    const entry = entryOf(instanceId, 'queues')
    return entry && entry.trail.rowLines(ROW_FIELD, ids, entry.timeZone)
  }

  function reset(): void {
    generation++
    entries.clear()
    reading.clear()
    again.clear()
    version.value++
  }
  useSessionStore().onChange(reset)
  // Forgotten in any window: the lines drew what is gone, by a dictionary that is gone.
  subscribe('historyForgotten', reset)

  return { version, update, figureLines, queueLines, reset }
})
