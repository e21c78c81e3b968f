/**
 * One kind of an instance's day so far as the wallboard's sparklines draw it: what main kept, then
 * the answers it kept since (each read starts with one that stands alone), appended in place.
 * Grows by doubling, so a day of answers every 10 s costs a few dozen copies, not one per refresh.
 */
import { fieldCurve, gapsOf, RowCurves, type CurvePoint, type Period } from '@shared/history/day-curves'
import type { HistoryRows, HistorySeries } from '@shared/history/day'

/** A figure's line as a tile or a row draws it. */
export interface TrailLine {
  points: CurvePoint[]
  /** The left edge: the day's first answer, so a line of the last few minutes fills its box too. */
  from: number
  /** The right edge: the last answer. */
  to: number
  timeZone: string
}

export class DayTrail<V extends Float64Array | Int32Array = Float64Array | Int32Array> {
  private fields: readonly string[] = []
  private ids: readonly string[] = []
  private dayStart = 0
  private at = new Float64Array(64)
  private offsets = new Uint32Array(65)
  private values: V | null = null
  private length = 0
  /** The skill groups' lines being fed; `gapsAt`: the length whose gaps they took. */
  private rowCache: { field: string; curves: RowCurves; gapsAt: number } | null = null
  /** The last lines that were fed every answer there was (and may be being fed more). */
  private shownRows: { field: string; curves: RowCurves } | null = null
  private gaps: { length: number; gaps: Period[] } | null = null

  get firstAt(): number | null {
    return this.length > 0 ? this.at[0]! : null
  }

  get lastAt(): number | null {
    return this.length > 0 ? this.at[this.length - 1]! : null
  }

  /**
   * Takes the answers of `kept` later than the last one here: 'added' when there were any; 'restart'
   * when they cannot follow on (the day's dictionary is not the one these were read with: the
   * history was forgotten, or another field list), and the trail must be read whole again.
   */
  add(kept: HistorySeries | HistoryRows): 'added' | 'none' | 'restart' {
    const rows = 'ids' in kept ? kept : null
    if (this.length > 0) {
      // The fields and skill groups are the day's dictionary, which only grows: a row index means the same group all day.
      if (kept.fields.join('\n') !== this.fields.join('\n')) return 'restart'
      if (rows && (rows.ids.length < this.ids.length || this.ids.some((id, i) => rows.ids[i] !== id))) return 'restart'
    }
    this.fields = kept.fields
    if (rows) {
      this.ids = rows.ids
      this.dayStart = rows.dayStart
    }
    const last = this.lastAt
    let first = 0
    while (first < kept.at.length && last !== null && kept.at[first]! <= last) first++
    if (first === kept.at.length) return 'none'
    const base = kept.offsets[first]!
    const added = kept.values.subarray(base, kept.offsets[kept.at.length]!)
    const answers = kept.at.length - first
    this.reserve(answers, added.length, kept.values)
    const end = this.offsets[this.length]!
    this.values!.set(added as never, end)
    for (let i = 0; i < answers; i++) {
      this.at[this.length + i] = kept.at[first + i]!
      this.offsets[this.length + i + 1] = end + kept.offsets[first + i + 1]! - base
    }
    this.length += answers
    return 'added'
  }

  /** The instance's figures `fields`, each broken after the last answer before a gap. */
  fieldLines(fields: readonly string[], timeZone: string): Map<string, TrailLine> {
    const series = this.series()
    const gaps = gapsOf(series.at)
    return this.lines(fields, (field) => fieldCurve(series, field, gaps), timeZone)
  }

  /**
   * Feeds the skill groups' lines of `field` at most `answers` more answers: true once they have
   * every answer here. They are kept and fed only the answers added since (a full day of 150
   * groups took over 100 ms to walk again at every refresh), for every group of the day; drawn
   * anew when an earlier gap changed. A day read whole can so be fed a slice at a time.
   */
  feedRows(field: string, answers = Infinity): boolean {
    const series = this.series()
    const rows: HistoryRows = { ...series, values: series.values as Int32Array, dayStart: this.dayStart, ids: this.ids, states: [] }
    // The day's gaps once per length, not at every slice.
    if (this.gaps?.length !== this.length) this.gaps = { length: this.length, gaps: gapsOf(series.at) }
    const { gaps } = this.gaps
    if (!this.rowCache || this.rowCache.field !== field || (this.rowCache.gapsAt !== this.length && !this.rowCache.curves.takeGaps(gaps))) {
      this.rowCache = { field, curves: new RowCurves(field, null, gaps), gapsAt: this.length }
    }
    this.rowCache.gapsAt = this.length
    const { curves } = this.rowCache
    curves.feed(rows, Math.min(this.length, curves.fed + answers))
    if (curves.fed < this.length) return false
    this.shownRows = { field, curves }
    return true
  }

  /**
   * One figure of the skill groups `ids`, by ID, as last fed every answer: while new answers (or
   * lines drawn anew) are still being fed, the lines as they stood before; null before any were whole.
   */
  rowLines(field: string, ids: readonly string[], timeZone: string): Map<string, TrailLine> | null {
    const shown = this.shownRows
    if (!shown || shown.field !== field) return null
    const lines = shown.curves.lines
    // Up to the last answer they were fed: a batch still being fed is drawn to where it has got.
    return this.lines(ids, (id) => lines.get(id) ?? [], timeZone, Number.isFinite(shown.curves.fedTo) ? shown.curves.fedTo : (this.lastAt ?? 0))
  }

  private lines(keys: readonly string[], curve: (key: string) => CurvePoint[], timeZone: string, to = this.lastAt ?? 0): Map<string, TrailLine> {
    const from = this.firstAt ?? 0
    return new Map(keys.map((key) => [key, { points: curve(key), from, to, timeZone }]))
  }

  private series(): HistorySeries {
    return {
      fields: this.fields,
      at: this.at.subarray(0, this.length),
      offsets: this.offsets.subarray(0, this.length + 1),
      values: (this.values ?? new Float64Array(0)).subarray(0, this.offsets[this.length]!)
    }
  }

  /** Room for `answers` more answers of `count` values, typed as `like`. */
  private reserve(answers: number, count: number, like: V | Float64Array | Int32Array): void {
    if (this.length + answers > this.at.length) {
      const size = Math.max(this.at.length * 2, this.length + answers)
      const at = new Float64Array(size)
      at.set(this.at.subarray(0, this.length))
      const offsets = new Uint32Array(size + 1)
      offsets.set(this.offsets.subarray(0, this.length + 1))
      this.at = at
      this.offsets = offsets
    }
    const used = this.offsets[this.length]!
    if (!this.values || used + count > this.values.length) {
      const Element = like.constructor as new (length: number) => V
      const values = new Element(Math.max(256, (this.values?.length ?? 0) * 2, used + count))
      if (this.values) values.set(this.values.subarray(0, used) as never)
      this.values = values
    }
  }
}
