/**
 * One instance's day so far as the history store keeps it (#19), the form it crosses IPC in, and
 * the curves the Today page (and later the HTML export) draws from it. Written once here: main
 * packs a day, the page unpacks it, and both read it with the same helpers.
 */

import { TZDate } from '@date-fns/tz'

export type HistoryKind = 'states' | 'summary' | 'queues' | 'agents'
export const HISTORY_KINDS: readonly HistoryKind[] = ['states', 'summary', 'queues', 'agents']

/** Why the day so far cannot be read or kept: another app holds it, or the disk refused it. */
export const HISTORY_PROBLEMS = ['History.Locked', 'History.Unavailable'] as const
export type HistoryProblem = (typeof HISTORY_PROBLEMS)[number]

/** A calendar day's midnight and the next in a zone, epoch ms (fields, not a string: TZDate reads a string in the machine's zone). */
export function dayBounds(day: string, timeZone: string): { dayStart: number; dayEnd: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return { dayStart: new TZDate(y, m - 1, d, timeZone).getTime(), dayEnd: new TZDate(y, m - 1, d + 1, timeZone).getTime() }
}

/** A row's figure not reported, in an Int32 record (the figures themselves are counts and seconds). */
export const NOT_REPORTED = -0x80000000

/**
 * One kind's answers of a day, in time order, as three arrays (no object per answer: a day of
 * 150 queues is thousands of answers): answer `i` arrived at `at[i]`, and its values (NaN: not
 * reported) are `values.subarray(offsets[i], offsets[i + 1])`.
 */
export interface HistorySeries {
  fields: readonly string[]
  at: Float64Array
  /** `at.length + 1` entries. */
  offsets: Uint32Array
  /** Float64 for the instance's states and summary; int32 rows for skill groups and agents (HistoryRows). */
  values: Float64Array | Int32Array
}

/**
 * Skill groups or agents: each answer holds the rows that changed, each `[row index, mask, …the
 * fields whose bit the mask has]` (NOT_REPORTED for a figure not sent); a reader carries the
 * others forward from earlier answers. A mask of 0 is a row the answer lacked: gone until it is
 * back. An agent's StateTime is seconds from `dayStart`.
 */
export interface HistoryRows extends HistorySeries {
  values: Int32Array
  /** The day's midnight in the instance's zone, epoch ms. */
  dayStart: number
  ids: readonly string[]
  /** The agents' states, by the index their `State` field holds. */
  states: readonly string[]
}

export interface HistoryDay {
  instanceId: string
  day: string
  states: HistorySeries
  summary: HistorySeries
  queues: HistoryRows
  agents: HistoryRows
}

/**
 * A series over IPC: plain arrays, since the test host speaks JSON (no typed arrays, NaN is null)
 * and Electron's clone would copy typed arrays no cheaper than these.
 */
export interface HistorySeriesWire {
  fields: string[]
  at: number[]
  offsets: number[]
  values: Array<number | null>
}
export interface HistoryRowsWire extends HistorySeriesWire {
  dayStart: number
  ids: string[]
  states: string[]
}
/** The kinds a page asked for; the others are empty. */
export interface HistoryDayWire {
  instanceId: string
  day: string
  states: HistorySeriesWire
  summary: HistorySeriesWire
  queues: HistoryRowsWire
  agents: HistoryRowsWire
}

/** The first answer after `since` (0 with none given): where an answer of only the newer ones starts. */
function firstAfter(at: Float64Array, since: number | undefined): number {
  if (since === undefined) return 0
  let lo = 0
  let hi = at.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (at[mid]! <= since) lo = mid + 1
    else hi = mid
  }
  return lo
}

const seriesToWire = (s: HistorySeries, keep: boolean, since?: number): HistorySeriesWire => {
  if (!keep) return { fields: [...s.fields], at: [], offsets: [0], values: [] }
  const first = firstAfter(s.at, since)
  const base = s.offsets[first]!
  return {
    fields: [...s.fields],
    at: Array.from(s.at.subarray(first)),
    offsets: Array.from(s.offsets.subarray(first), (offset) => offset - base),
    values: Array.from(s.values.subarray(base), (v) => (Number.isNaN(v) ? null : v))
  }
}
/**
 * Answer `answer` of `rows` carried into `current` (each row's figures by index, NOT_REPORTED for
 * one never sent): the fields its mask names replace theirs, a mask of 0 removes the row.
 * `changed(row, figures)` hears each row the answer touched (null: gone). The one reading of the
 * rows' encoding, for the curves and for a cut alike.
 */
export function applyRowAnswer(rows: HistoryRows, answer: number, current: Map<number, Int32Array>, changed?: (row: number, figures: Int32Array | null) => void): void {
  const fieldCount = Math.min(rows.fields.length, 31)
  const end = rows.offsets[answer + 1]!
  for (let p = rows.offsets[answer]!; p + 1 < end; ) {
    const row = rows.values[p]!
    const mask = rows.values[p + 1]!
    p += 2
    if (mask === 0) {
      current.delete(row)
      changed?.(row, null)
      continue
    }
    let figures = current.get(row)
    if (!figures) current.set(row, (figures = new Int32Array(fieldCount).fill(NOT_REPORTED)))
    for (let f = 0; f < fieldCount; f++) if (mask & (1 << f)) figures[f] = p < end ? rows.values[p++]! : NOT_REPORTED
    changed?.(row, figures)
  }
}

/**
 * The rows' answers after `since`, the first of them standing alone: it holds every row as it
 * stood then (all its figures, carried from the answers before the cut) besides what it changed
 * itself, so a reader that starts there reads the same rows as one that read the whole day.
 */
export function rowsAfter(rows: HistoryRows, since: number): HistoryRows {
  const first = firstAfter(rows.at, since)
  if (first === 0 || first === rows.at.length) {
    return first === 0 ? rows : { ...rows, at: new Float64Array(0), offsets: Uint32Array.of(0), values: new Int32Array(0) }
  }
  const fieldCount = Math.min(rows.fields.length, 31)
  const current = new Map<number, Int32Array>()
  for (let i = 0; i < first; i++) applyRowAnswer(rows, i, current)
  const before = new Set(current.keys())
  applyRowAnswer(rows, first, current)
  const head: number[] = []
  const all = fieldCount === 31 ? 0x7fffffff : (1 << fieldCount) - 1
  for (const [row, values] of current) head.push(row, all, ...values)
  // A row the cut's answer took away was there before it: said gone, as that answer said.
  for (const row of before) if (!current.has(row)) head.push(row, 0)
  const restStart = rows.offsets[first + 1]!
  const rest = rows.values.subarray(restStart)
  const values = new Int32Array(head.length + rest.length)
  values.set(head)
  values.set(rest, head.length)
  const offsets = new Uint32Array(rows.at.length - first + 1)
  for (let i = 1; i < offsets.length; i++) offsets[i] = head.length + rows.offsets[first + i]! - restStart
  return { ...rows, at: rows.at.slice(first), offsets, values }
}

const rowsToWire = (s: HistoryRows, keep: boolean, since: number | undefined, from: 'reader' | 'cut'): HistoryRowsWire => ({
  // A reader that has every answer up to `since` reads the changes after it as they are; one that
  // starts at a cut needs the rows as they stood there.
  ...(since === undefined || !keep ? seriesToWire(s, keep) : from === 'reader' ? seriesToWire(s, keep, since) : seriesToWire(rowsAfter(s, since), keep)),
  dayStart: s.dayStart,
  ids: keep ? [...s.ids] : [],
  states: keep ? [...s.states] : []
})

/**
 * The most numbers one answer of a day carries (some 10 MB of JSON): a day past it (hundreds of
 * skill groups and agents over long hours) is answered from later in the day, saying where.
 */
export const MAX_WIRE_VALUES = 1_500_000

/** How many numbers the kinds' answers after `since` take on the wire (a row kind's first answer at its largest). */
function wireValues(day: HistoryDay, kinds: readonly HistoryKind[], since: number | undefined): number {
  let total = 0
  for (const kind of kinds) {
    const s = day[kind]
    const first = firstAfter(s.at, since)
    const answers = s.at.length - first
    total += 2 * answers + s.offsets[s.at.length]! - s.offsets[first]!
    if ((kind === 'queues' || kind === 'agents') && first > 0 && answers > 0) total += (s as HistoryRows).ids.length * (2 + Math.min(s.fields.length, 31))
  }
  return total
}

/**
 * The earliest time after which the day's answers of `kinds` (from `since` on) fit in `max`
 * numbers: `since` itself when they fit, else the answer time the answer must start after.
 */
export function fittingSince(day: HistoryDay, kinds: readonly HistoryKind[], max: number, since?: number): number | undefined {
  if (wireValues(day, kinds, since) <= max) return since
  const times = [...new Set(kinds.flatMap((kind) => Array.from(day[kind].at)))].filter((t) => since === undefined || t > since).sort((a, b) => a - b)
  // The smallest cut that fits: the answers kept shrink as the cut moves later.
  let lo = 0
  let hi = times.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (wireValues(day, kinds, times[mid]) <= max) hi = mid
    else lo = mid + 1
  }
  return times[lo]
}

/**
 * A day as it crosses IPC, with only the kinds asked for; with `since`, only the answers after it.
 * `from` says who chose it: the reader, who has every answer up to it (the wallboard's sparklines
 * take what is new, the skill groups' changes as they are), or a cut of a day too large to send
 * whole, where the skill groups' first answer stands alone, their figures as they stood.
 */
export function dayToWire(day: HistoryDay, kinds: readonly HistoryKind[] = HISTORY_KINDS, since?: number, from: 'reader' | 'cut' = 'reader'): HistoryDayWire {
  return {
    instanceId: day.instanceId,
    day: day.day,
    states: seriesToWire(day.states, kinds.includes('states'), since),
    summary: seriesToWire(day.summary, kinds.includes('summary'), since),
    queues: rowsToWire(day.queues, kinds.includes('queues'), since, from),
    agents: rowsToWire(day.agents, kinds.includes('agents'), since, from)
  }
}

/** An array of numbers from outside: anything that is not a finite number is NaN (never 0). */
function numbers<T extends Float64Array | Int32Array>(values: readonly unknown[], Element: { new (length: number): T }, missing: number): T {
  const out = new Element(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    out[i] = typeof v === 'number' && Number.isFinite(v) ? v : missing
  }
  return out
}

/**
 * A series from the wire, checked: offsets that do not rise within the values, or times not in
 * order, end the series at the last sound answer instead of reading past it.
 */
function seriesFromWire(w: HistorySeriesWire, Element: typeof Float64Array | typeof Int32Array): HistorySeries {
  const values = Element === Int32Array ? numbers(w.values, Int32Array, NOT_REPORTED) : numbers(w.values, Float64Array, Number.NaN)
  let count = 0
  for (; count < w.at.length; count++) {
    const start = w.offsets[count]
    const end = w.offsets[count + 1]
    const at = w.at[count]
    if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || start! > end! || end! > values.length || typeof at !== 'number' || !Number.isFinite(at)) break
    if (count > 0 && at < w.at[count - 1]!) break
  }
  return {
    fields: w.fields.map(String),
    at: Float64Array.from(w.at.slice(0, count)),
    offsets: count > 0 ? Uint32Array.from(w.offsets.slice(0, count + 1)) : Uint32Array.of(0),
    values
  }
}

export function dayFromWire(w: HistoryDayWire): HistoryDay {
  const rows = (r: HistoryRowsWire): HistoryRows => ({
    ...(seriesFromWire(r, Int32Array) as HistorySeries & { values: Int32Array }),
    dayStart: r.dayStart,
    ids: r.ids.map(String),
    states: r.states.map(String)
  })
  return {
    instanceId: w.instanceId,
    day: w.day,
    states: seriesFromWire(w.states, Float64Array),
    summary: seriesFromWire(w.summary, Float64Array),
    queues: rows(w.queues),
    agents: rows(w.agents)
  }
}
