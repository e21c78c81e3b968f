/**
 * The curves of a day so far: a figure of the instance over the day, a figure per skill group,
 * the periods a figure spent in alert, and the gaps where the console was not running. Pure and
 * bounded: one pass over the day's records for each, no object per answer.
 */
import { TZDate } from '@date-fns/tz'
import { applyRowAnswer, NOT_REPORTED, type HistoryDay, type HistoryRows, type HistorySeries } from './day'

/** A point of a curve: its time (epoch ms) and value; null breaks the line (a gap, a row gone). */
export type CurvePoint = [number, number | null]
/** A period, `[from, to]` in epoch ms. */
export type Period = [number, number]

/** Refreshes are every 10–60 s: a pause of this much at least is the console not running, whatever the refresh. */
export const MIN_GAP_MS = 150_000

/**
 * When the console fetched anything of the instance this day, in time order: every kind's
 * answers together (a board showing only queues still says the console was running).
 */
export function runningTimes(day: HistoryDay): Float64Array {
  const all = new Float64Array(day.states.at.length + day.summary.at.length + day.queues.at.length + day.agents.at.length)
  let i = 0
  for (const s of [day.states, day.summary, day.queues, day.agents]) {
    all.set(s.at, i)
    i += s.at.length
  }
  return all.sort()
}

/**
 * The gaps between answers: a pause longer than three of the day's usual steps (its median, so
 * never assumed from a setting) and at least MIN_GAP_MS.
 */
export function gapsOf(times: Float64Array): Period[] {
  if (times.length < 2) return []
  const steps = new Float64Array(times.length - 1)
  for (let i = 1; i < times.length; i++) steps[i - 1] = times[i]! - times[i - 1]!
  const sorted = steps.slice().sort()
  const median = sorted[Math.floor(sorted.length / 2)]!
  const longest = Math.max(MIN_GAP_MS, 3 * median)
  const gaps: Period[] = []
  for (let i = 0; i < steps.length; i++) if (steps[i]! > longest) gaps.push([times[i]!, times[i + 1]!])
  return gaps
}

/** Each gap's start, for breaking a line there. */
const gapStarts = (gaps: readonly Period[]): Set<number> => new Set(gaps.map(([from]) => from))

/**
 * One figure of the instance (a field of its states or summary) over the day: a point per answer,
 * null where it was not reported (the value before held until then), and a break after the last
 * answer before each gap.
 */
export function fieldCurve(series: HistorySeries, field: string, gaps: readonly Period[]): CurvePoint[] {
  const f = series.fields.indexOf(field)
  if (f < 0) return []
  const breaks = gapStarts(gaps)
  const points: CurvePoint[] = []
  for (let i = 0; i < series.at.length; i++) {
    const start = series.offsets[i]!
    const length = series.offsets[i + 1]! - start
    const v = f < length ? series.values[start + f]! : Number.NaN
    const at = series.at[i]!
    const last = points[points.length - 1]
    // A figure no longer reported held its value until this answer: drawn to here, then broken.
    if (!Number.isFinite(v) && last && last[1] !== null) points.push([at, last[1]])
    points.push([at, Number.isFinite(v) ? v : null])
    if (breaks.has(at)) points.push([at + 1, null])
  }
  return points
}

/**
 * The rows' answers walked in order, carrying each row's figures forward; resumable, so a day that
 * grows is walked once, not again from its first answer at every refresh.
 */
class RowWalker {
  private readonly current = new Map<number, Int32Array>()
  /** The next answer to walk. */
  next = 0

  constructor(private readonly field: number) {}

  /**
   * Walks the answers not walked yet: `each(i, row, value)` for every row an answer changed
   * (value null: not reported, or the row gone), then `done(i)`.
   */
  walk(rows: HistoryRows, each: (answer: number, row: number, value: number | null) => void, done?: (answer: number) => void, until = rows.at.length): void {
    const { field, current } = this
    let answer = this.next
    // One listener for the whole walk: a day of 150 groups is thousands of answers.
    const changed = (row: number, figures: Int32Array | null): void => {
      const v = figures && field < figures.length ? figures[field]! : NOT_REPORTED
      each(answer, row, v === NOT_REPORTED ? null : v)
    }
    const end = Math.min(until, rows.at.length)
    for (; answer < end; answer++) {
      applyRowAnswer(rows, answer, current, changed)
      done?.(answer)
    }
    this.next = Math.max(this.next, end)
  }
}

/** Each row's highest value of a figure over the day (by row index; -Infinity for a row never reported). */
export function rowPeaks(rows: HistoryRows, field: string): Float64Array {
  const peaks = new Float64Array(rows.ids.length).fill(-Infinity)
  const f = rows.fields.indexOf(field)
  if (f < 0) return peaks
  new RowWalker(f).walk(rows, (_, row, value) => {
    if (value !== null && value > peaks[row]!) peaks[row] = value
  })
  return peaks
}

/**
 * A figure of some rows (skill groups by ID) as their lines so far: a point wherever a row changed,
 * the value held until the next (draw it as steps); each line runs to the last answer before a
 * gap, stops there and starts again with the first answer after it, and breaks where the row was
 * gone. Fed again as the day grows, it walks only the answers it has not seen; a line's value
 * holds after its last point (to the day's last answer: see `end`).
 */
export class RowCurves {
  readonly lines = new Map<string, CurvePoint[]>()
  private readonly wanted = new Map<number, CurvePoint[]>()
  private readonly value = new Map<number, number | null>()
  private readonly changed = new Set<number>()
  private readonly breaks: Period[]
  private nextBreak = 0
  private walker: RowWalker | null = null
  /** The IDs not in the day's dictionary yet: a group that first appears later in the day. */
  private unknown: string[]
  /** With every row of the day (ids null): how many of the dictionary's rows have a line. */
  private known: number | null

  /** `ids` null: every row of the day, those that first appear later too. */
  constructor(
    private readonly field: string,
    ids: readonly string[] | null,
    gaps: readonly Period[]
  ) {
    this.breaks = [...gaps].sort((a, b) => a[0] - b[0])
    for (const id of ids ?? []) this.lines.set(id, [])
    this.unknown = [...(ids ?? [])]
    this.known = ids ? null : 0
  }

  /** Answers taken of a day without the figure. */
  private fedWithout = 0
  /** The last answer fed: a gap found later that ends before it cannot be fed on. */
  private lastFedAt = -Infinity

  /** The time of the last answer fed (-Infinity before any). */
  get fedTo(): number {
    return this.lastFedAt
  }

  /** How many of the day's answers the lines have been fed. */
  get fed(): number {
    return this.walker?.next ?? this.fedWithout
  }

  /**
   * Takes the gaps of a longer day: true when they are these and new ones after them (fed on from
   * here); false when an earlier one changed (the day's usual step did), and the lines need drawing anew.
   */
  takeGaps(gaps: readonly Period[]): boolean {
    const sorted = [...gaps].sort((a, b) => a[0] - b[0])
    if (sorted.length < this.breaks.length) return false
    for (let i = 0; i < this.breaks.length; i++) if (sorted[i]![0] !== this.breaks[i]![0] || sorted[i]![1] !== this.breaks[i]![1]) return false
    // A new gap among answers already fed (the day's usual step shrank, and an old pause now counts): drawn anew.
    const added = sorted.slice(this.breaks.length)
    if (added.some(([, to]) => to <= this.lastFedAt)) return false
    this.breaks.push(...added)
    return true
  }

  /** Feeds the answers not fed yet, up to (not including) answer `until`: a long day can be fed a slice at a time. */
  feed(rows: HistoryRows, until = rows.at.length): void {
    if (this.known !== null) {
      for (; this.known < rows.ids.length; this.known++) {
        const points: CurvePoint[] = []
        this.lines.set(rows.ids[this.known]!, points)
        this.wanted.set(this.known, points)
      }
    }
    if (this.unknown.length > 0) {
      this.unknown = this.unknown.filter((id) => {
        const index = rows.ids.indexOf(id)
        if (index >= 0) this.wanted.set(index, this.lines.get(id)!)
        return index < 0
      })
    }
    if (!this.walker) {
      const f = rows.fields.indexOf(this.field)
      // A day that does not keep the figure: nothing to draw, and every answer taken.
      if (f < 0) {
        this.fedWithout = Math.max(this.fedWithout, Math.min(until, rows.at.length))
        return
      }
      this.walker = new RowWalker(f)
    }
    const { wanted, value, changed, breaks } = this
    this.walker.walk(
      rows,
      (_, row, v) => {
        // A row's other figures changing leave this one's line as it was.
        if (!wanted.has(row) || (value.has(row) && value.get(row) === v)) return
        value.set(row, v)
        changed.add(row)
      },
      (answer) => {
        const at = rows.at[answer]!
        this.lastFedAt = at
        let resumed = false
        while (this.nextBreak < breaks.length && breaks[this.nextBreak]![1] <= at) {
          const [from] = breaks[this.nextBreak++]!
          // A line runs to the last answer before the gap (a group steady since 08:10 is a line to the stop, not a dot), then stops.
          for (const points of wanted.values()) {
            const last = points[points.length - 1]
            if (!last || last[1] === null) continue
            // Held at the last value drawn: this answer (after the gap) has already moved `value`.
            if (last[0] < from) points.push([from, last[1]])
            points.push([from + 1, null])
          }
          resumed = true
        }
        const step = (row: number, points: CurvePoint[]): void => {
          const now = value.get(row) ?? null
          const last = points[points.length - 1]
          // A group gone (or its figure no longer reported) held its value until this answer: drawn to here, then broken.
          if (now === null && last && last[1] !== null && last[0] < at) points.push([at, last[1]])
          points.push([at, now])
        }
        // After a gap every line with a value starts again; otherwise only the rows this answer
        // changed move (walking all of them at each answer was most of a day's first draw).
        if (resumed) {
          for (const [row, points] of wanted) if (changed.has(row) || value.get(row) != null) step(row, points)
        } else {
          for (const row of changed) step(row, wanted.get(row)!)
        }
        changed.clear()
      },
      until
    )
  }

  /** Each line with its held value drawn to `at` (the day's last answer), and stopped at gaps after it. */
  end(at: number): Map<string, CurvePoint[]> {
    for (const [row, points] of this.wanted) {
      const last = points[points.length - 1]
      if (last && last[1] !== null && last[0] < at) points.push([at, value(this.value, row)])
    }
    for (; this.nextBreak < this.breaks.length; this.nextBreak++) {
      const [from] = this.breaks[this.nextBreak]!
      for (const points of this.wanted.values()) if (points.length > 0 && points[points.length - 1]![1] !== null && points[points.length - 1]![0] <= from) points.push([from + 1, null])
    }
    return this.lines
  }
}

const value = (values: ReadonlyMap<number, number | null>, row: number): number | null => values.get(row) ?? null

/**
 * A figure of some rows (skill groups by ID) over the day: a point wherever the row changed and at
 * the last answer before each gap and of the day, the value held until the next (draw it as
 * steps); each line stops at a gap and starts again with the first answer after it, and breaks
 * where the row was gone.
 */
export function rowCurves(rows: HistoryRows, field: string, ids: readonly string[], gaps: readonly Period[]): Map<string, CurvePoint[]> {
  const curves = new RowCurves(field, ids, gaps)
  curves.feed(rows)
  return rows.at.length > 0 ? curves.end(rows.at[rows.at.length - 1]!) : curves.lines
}

/**
 * The periods a curve spent at or past its alert limit (`above`: at or over it; `below`: under
 * it), each from the first answer in alert to the first out of it (or the curve's break).
 */
export function alertPeriods(points: readonly CurvePoint[], limit: number | null, direction: 'above' | 'below'): Period[] {
  if (limit === null) return []
  const inAlert = (v: number): boolean => (direction === 'above' ? v >= limit : v < limit)
  const periods: Period[] = []
  let since: number | null = null
  for (const [at, value] of points) {
    const alerting = value !== null && inAlert(value)
    if (alerting && since === null) since = at
    if (!alerting && since !== null) {
      periods.push([since, at])
      since = null
    }
  }
  if (since !== null && points.length > 0) periods.push([since, points[points.length - 1]![0]])
  return periods
}

const HOUR_MS = 3_600_000
/** The whole hour of the zone at or before `at` (zones are whole quarter hours off UTC, so minutes and seconds are the zone's). */
function hourFloor(at: number, timeZone: string): number {
  const minute = Math.floor(at / 60_000) * 60_000
  return minute - new TZDate(minute, timeZone).getMinutes() * 60_000
}

/**
 * What a day's chart spans: from the zone's hour before the first figure recorded to the hour
 * after the last, within the day (`dayStart`..`dayEnd`); the whole day when nothing was.
 */
export function recordedSpan(recorded: Period | null, dayStart: number, dayEnd: number, timeZone: string): Period {
  if (recorded === null) return [dayStart, dayEnd]
  const from = Math.max(dayStart, hourFloor(recorded[0], timeZone))
  const lastHour = hourFloor(recorded[1], timeZone)
  const to = Math.min(dayEnd, lastHour === recorded[1] ? lastHour : lastHour + HOUR_MS)
  return [from, Math.max(to, from + HOUR_MS)]
}

/** The agents' states a day's chart draws, as the instance's states name them. */
export const AGENT_STATE_FIELDS = ['LoggedInAgents', 'ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents'] as const

/** The skill groups of the day by their highest waiting calls, most first (ties by ID): a chart's default choice. */
export function busiestQueues(day: HistoryDay, count: number): string[] {
  const peaks = rowPeaks(day.queues, 'WaitingCalls')
  return day.queues.ids
    .map((id, i) => ({ id, peak: peaks[i]! }))
    .filter((q) => q.peak > -Infinity)
    .sort((a, b) => b.peak - a.peak || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((q) => q.id)
}
