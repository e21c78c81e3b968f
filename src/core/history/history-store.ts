/**
 * The day so far (#19): every live answer main fetched for the page — the instance's states, the
 * since-midnight summary, the skill groups' states and the agents' state changes — kept per
 * instance and day (the instance's own day, in its zone) in a LevelDB database in the data folder
 * (classic-level: prebuilt for Node and Electron alike, so nothing is compiled on install).
 *
 * Why LevelDB: each write is appended to a log with a checksum per record, so a crash or a
 * `kill -9` mid-write loses at most that write (LevelDB drops a torn tail when it opens); a
 * damaged file is found at open and repaired to what is still readable, the rest of the day kept;
 * its LOCK file refuses a second process (the app has a single-instance lock too; the CLI never
 * opens this store). Keys sort by instance, day and time, so a day is one range read and
 * retention is one range delete.
 *
 * Records are compact: the figures of one answer as float64s in the order the day's dictionary
 * names them; for skill groups and agents only the rows that changed since the last answer
 * recorded in this run (the first of a run writes all of them), which a reader carries forward.
 * Each answer is its own key as it is written; once an hour has passed, its answers are merged
 * into one block key in the same atomic batch that deletes them, so a day is read as some
 * twenty-five keys a kind rather than thousands.
 */
import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ClassicLevel, type Snapshot } from 'classic-level'
import { dateIn } from '../../shared/ccc/zone-check'
import { REALTIME_STATES, SUMMARY_INBOUND, SUMMARY_OUTBOUND, SUMMARY_OVERALL } from '../../shared/ccc/catalogue'
import type { AgentState, InstanceSummaryReport, RealtimeInstanceStates, SkillGroupState } from '../../shared/ccc/types'
import { dayBounds, HISTORY_KINDS, NOT_REPORTED, type HistoryDay, type HistoryKind, type HistoryProblem, type HistoryRows, type HistorySeries } from '../../shared/history/day'
import { CodedError } from '../errors'

export { HISTORY_KINDS, NOT_REPORTED, type HistoryDay, type HistoryKind, type HistoryRows, type HistorySeries }

export type HistoryErrorCode = HistoryProblem
export class HistoryError extends CodedError<HistoryErrorCode> {
  override readonly name = 'HistoryError'
}

/** A month of days by default, as the issue asks; settable. */
export const DEFAULT_RETENTION_DAYS = 31
/** The retention set, in whole days, one at least. */
export const retentionDaysOf = (options: Pick<HistoryOptions, 'retentionDays'>): number => Math.max(1, Math.trunc(options.retentionDays ?? DEFAULT_RETENTION_DAYS))

/** 1 GiB: a year of a large centre's days would not fit, a month fits many times. */
export const DEFAULT_MAX_BYTES = 1024 ** 3

const STATE_FIELDS = Object.keys(REALTIME_STATES)
const SUMMARY_FIELDS = [
  ...Object.keys(SUMMARY_INBOUND).map((f) => `Inbound.${f}`),
  ...Object.keys(SUMMARY_OUTBOUND).map((f) => `Outbound.${f}`),
  ...Object.keys(SUMMARY_OVERALL).map((f) => `Overall.${f}`)
]
const QUEUE_FIELDS = ['WaitingCalls', 'LongestWaitingTime', 'LoggedInAgents', 'ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents', 'TotalAgents'] as const
/** An agent's row: its state (an index into the day's `states`) and when it entered it. */
const AGENT_FIELDS = ['State', 'StateTime'] as const

/** What a day's records mean: the fields of each kind, the rows' IDs, the agents' state names. */
interface Dictionary {
  fields: string[]
  ids: string[]
  states: string[]
}

/** A dictionary in memory: with its IDs' indexes (thousands of agents are looked up each answer), and whether it is stored yet. */
interface LiveDictionary {
  dict: Dictionary
  index: Map<string, number>
  stored: boolean
}

const indexOf = (live: LiveDictionary, id: string): number => {
  let index = live.index.get(id)
  if (index === undefined) {
    index = live.dict.ids.push(id) - 1
    live.index.set(id, index)
  }
  return index
}

export interface HistoryOptions {
  /** The database's folder (`<data folder>/history`). */
  location: string
  /** The zone the instance keeps its days in. */
  zoneOf: (instanceId: string) => string
  retentionDays?: number
  maxBytes?: number
  now?: () => number
}

// Keys: `d/<instance>/<day>/<kind>/<at, 13 digits>` for records, `x/<instance>/<day>/<kind>` for
// the day's dictionary, `i/<instance>/<day>` for the days kept. Instance IDs have no `/`.
const recordKey = (instanceId: string, day: string, kind: HistoryKind, at: number): string => `d/${instanceId}/${day}/${kind}/${String(Math.trunc(at)).padStart(13, '0')}`
const dictKey = (instanceId: string, day: string, kind: HistoryKind): string => `x/${instanceId}/${day}/${kind}`
const dayKey = (instanceId: string, day: string): string => `i/${instanceId}/${day}`
// Merged hours: `b/<instance>/<day>/<kind>/<first at, 13 digits>`, each `[at, length, …values]` per answer.
const blockKey = (instanceId: string, day: string, kind: HistoryKind, at: number): string => `b/${instanceId}/${day}/${kind}/${String(Math.trunc(at)).padStart(13, '0')}`
const HOUR_MS = 3_600_000
/**
 * What one trip to LevelDB's thread brings back when a day is read. At its default (16 KB) each
 * merged hour, a block of up to a few MB, was a trip of its own; the day is read whole anyway.
 */
const READ_BATCH_BYTES = 4 * 2 ** 20
/**
 * Skill groups and agents write only what changed; when nothing has for this long, an empty
 * record still says the console was watching (a day's gaps are read from the records' times).
 */
export const HEARTBEAT_MS = 60_000

const num = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : Number.NaN)

const int = (value: unknown): number => {
  const n = num(value)
  return Number.isFinite(n) ? Math.max(-0x7fffffff, Math.min(0x7fffffff, Math.round(n))) : NOT_REPORTED
}

/** The figures of the instance and its summary (rates among them) are float64s; skill groups' and agents' rows int32s. */
type Values = Float64Array | Int32Array
const ELEMENT: Record<HistoryKind, Float64ArrayConstructor | Int32ArrayConstructor> = { states: Float64Array, summary: Float64Array, queues: Int32Array, agents: Int32Array }

function toBuffer(values: Values): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength)
}
/** A record's values; LevelDB's buffers may sit at any offset, and a typed array needs one of its element size. */
function fromBuffer(buffer: Buffer, Element: Float64ArrayConstructor | Int32ArrayConstructor): Values {
  const size = Element.BYTES_PER_ELEMENT
  if (buffer.byteOffset % size === 0 && buffer.byteLength % size === 0) return new Element(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength / size)
  const copy = new Uint8Array(buffer.byteLength - (buffer.byteLength % size))
  copy.set(buffer.subarray(0, copy.byteLength))
  return new Element(copy.buffer as ArrayBuffer)
}

/**
 * Each answer of a merged block, `[ms after its first, length, …values]`; a length that does not
 * fit what is left (a damaged block) ends the walk there rather than run on or past the end.
 */
function walkBlock(block: Values, each: (after: number, values: Values) => void): void {
  for (let offset = 0; offset + 1 < block.length; ) {
    const length = block[offset + 1]!
    if (!Number.isInteger(length) || length < 0 || offset + 2 + length > block.length) return
    each(block[offset]!, block.subarray(offset + 2, offset + 2 + length))
    offset += 2 + length
  }
}

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } }
  return e.cause?.code ?? e.code
}

export class HistoryStore {
  // Per `<instance>/<day>/<kind>`; an instance's entries of an earlier day are dropped when its next day begins.
  private readonly dictionaries = new Map<string, LiveDictionary>()
  /** The last values recorded this run per row, for writing only what changed. */
  private readonly lastRows = new Map<string, Map<number, number[]>>()
  /** The hour up to which answers are merged into blocks. */
  private readonly mergedUpTo = new Map<string, number>()
  /** The last answer's time: answers are kept in the order written, one millisecond apart at least. */
  private readonly lastAt = new Map<string, number>()
  /** Each instance's day now, to let the earlier day's entries go and to expire once a day. */
  private readonly currentDay = new Map<string, string>()
  private writes = 0

  private constructor(
    private readonly db: ClassicLevel<string, Buffer>,
    private readonly options: HistoryOptions,
    /** The database was damaged and repaired at open: what could not be read was dropped. */
    readonly repaired: boolean
  ) {}

  /** Opens (creating) the store; a damaged one is repaired first, a locked one refused. */
  static async open(options: HistoryOptions): Promise<HistoryStore> {
    const make = () => new ClassicLevel<string, Buffer>(options.location, { keyEncoding: 'utf8', valueEncoding: 'buffer' })
    let db = make()
    let repaired = false
    try {
      await db.open()
    } catch (error) {
      const code = errorCode(error)
      if (code === 'LEVEL_LOCKED') {
        throw new HistoryError('History.Locked', 'The day-so-far history is in use by another CCC Supervisor: it is kept by the first one opened.')
      }
      if (code !== 'LEVEL_CORRUPTION') throw new HistoryError('History.Unavailable', `The day-so-far history cannot be opened (${code ?? 'error'}).`)
      // Keep what is still readable of the day; what is not is dropped, and the page says so.
      await ClassicLevel.repair(options.location)
      db = make()
      await db.open()
      repaired = true
    }
    const store = new HistoryStore(db, options, repaired)
    await store.expire()
    return store
  }

  private now(): number {
    return (this.options.now ?? Date.now)()
  }

  /** The instance's day of `at`, `yyyy-MM-dd` in its zone. */
  dayOf(instanceId: string, at: number): string {
    return dateIn(at, this.options.zoneOf(instanceId))
  }

  private async dictionary(instanceId: string, day: string, kind: HistoryKind, fields: readonly string[]): Promise<LiveDictionary> {
    const key = dictKey(instanceId, day, kind)
    let live = this.dictionaries.get(key)
    if (!live) {
      const stored = await this.db.get(key)
      const dict = stored ? (JSON.parse(stored.toString('utf8')) as Dictionary) : { fields: [...fields], ids: [], states: [] }
      live = { dict, index: new Map(dict.ids.map((id, i) => [id, i])), stored: stored !== undefined }
      this.dictionaries.set(key, live)
    }
    return live
  }

  /** Lets an instance's earlier day go from memory when its next begins, and expires old days once a day. */
  private async turnDay(instanceId: string, day: string): Promise<void> {
    const before = this.currentDay.get(instanceId)
    if (before === day) return
    this.currentDay.set(instanceId, day)
    if (before === undefined) return
    for (const map of [this.dictionaries, this.lastRows, this.mergedUpTo, this.lastAt] as Map<string, unknown>[]) {
      for (const key of map.keys()) if (key.startsWith(`x/${instanceId}/${before}/`) || key.startsWith(`${instanceId}/${before}/`)) map.delete(key)
    }
    await this.expire()
  }

  private async write(instanceId: string, kind: HistoryKind, answeredAt: number, fields: readonly string[], build: (live: LiveDictionary, day: string) => Values | null): Promise<void> {
    const day = this.dayOf(instanceId, answeredAt)
    await this.turnDay(instanceId, day)
    const marker = `${instanceId}/${day}/${kind}`
    // A clock set back, or two answers in one millisecond: each keeps its own key, in the order written.
    const at = Math.max(Math.trunc(answeredAt), (this.lastAt.get(marker) ?? -Infinity) + 1)
    const live = await this.dictionary(instanceId, day, kind, fields)
    const before = live.dict.ids.length + live.dict.states.length
    try {
      const values = build(live, day)
      if (values === null) return
      const batch = this.db
        .batch()
        .put(recordKey(instanceId, day, kind, at), toBuffer(values))
        .put(dayKey(instanceId, day), Buffer.from(this.options.zoneOf(instanceId)))
      // A new row or state is named in the same write as the record that first uses it.
      if (!live.stored || live.dict.ids.length + live.dict.states.length !== before) batch.put(dictKey(instanceId, day, kind), Buffer.from(JSON.stringify(live.dict)))
      await batch.write()
      live.stored = true
      this.lastAt.set(marker, at)
    } catch (error) {
      // Memory ran ahead of the disk (a row's last values, new IDs): forget it, so the next answer is written whole.
      this.dictionaries.delete(dictKey(instanceId, day, kind))
      this.lastRows.delete(marker)
      throw error
    }
    await this.mergeBefore(instanceId, day, kind, Math.floor(at / HOUR_MS) * HOUR_MS)
    if (++this.writes % 500 === 0) await this.capSize()
  }

  /** Merges the day's answers of `kind` older than `hourStart` into one block, once an hour. */
  private async mergeBefore(instanceId: string, day: string, kind: HistoryKind, hourStart: number): Promise<void> {
    const marker = `${instanceId}/${day}/${kind}`
    if ((this.mergedUpTo.get(marker) ?? -Infinity) >= hourStart) return
    this.mergedUpTo.set(marker, hourStart)
    const prefix = `d/${instanceId}/${day}/${kind}/`
    const older = await this.db.iterator({ gte: prefix, lt: `${prefix}${String(hourStart).padStart(13, '0')}` }).all()
    if (older.length === 0) return
    const Element = ELEMENT[kind]
    const parts = older.map(([key, value]) => ({ at: Number(key.slice(prefix.length)), values: fromBuffer(value, Element) }))
    const first = parts[0]!.at
    // Each answer as `[ms after the block's first, length, …values]`: under a day, so an int32 holds it.
    const block = new Element(parts.reduce((n, p) => n + 2 + p.values.length, 0))
    let offset = 0
    for (const part of parts) {
      block[offset] = part.at - first
      block[offset + 1] = part.values.length
      block.set(part.values, offset + 2)
      offset += 2 + part.values.length
    }
    // One atomic batch: a crash leaves either the answers or their block, never both or neither.
    const batch = this.db.batch().put(blockKey(instanceId, day, kind, first), toBuffer(block))
    for (const [key] of older) batch.del(key)
    await batch.write()
  }

  recordStates(instanceId: string, at: number, data: RealtimeInstanceStates): Promise<void> {
    return this.write(instanceId, 'states', at, STATE_FIELDS, ({ dict }) => Float64Array.from(dict.fields, (f) => num((data as unknown as Record<string, unknown>)[f])))
  }

  recordSummary(instanceId: string, at: number, data: InstanceSummaryReport): Promise<void> {
    return this.write(instanceId, 'summary', at, SUMMARY_FIELDS, ({ dict }) =>
      Float64Array.from(dict.fields, (path) => {
        const [group, field] = path.split('.') as [keyof InstanceSummaryReport, string]
        return num((data[group] as unknown as Record<string, unknown> | undefined)?.[field])
      })
    )
  }

  /**
   * Rows of one answer by ID, as `[row index, mask, …the fields the mask names]`: only the fields
   * that changed since the last answer this run (all of them the first time a row is met); a row
   * of the last answer that this one lacks is `[row index, 0]`, gone until it comes back.
   */
  private rows(instanceId: string, kind: 'queues' | 'agents', at: number, fields: readonly string[], rows: ReadonlyArray<{ id: string; values: (live: LiveDictionary, day: string) => number[] }>): Promise<void> {
    return this.write(instanceId, kind, at, fields, (live, day) => {
      const marker = `${instanceId}/${day}/${kind}`
      const firstOfRun = !this.lastRows.has(marker)
      const last = new Map(this.lastRows.get(marker) ?? [])
      const out: number[] = []
      const seen = new Set<number>()
      for (const row of rows) {
        const index = indexOf(live, row.id)
        seen.add(index)
        const values = row.values(live, day)
        const previous = last.get(index)
        let mask = 0
        for (let f = 0; f < values.length; f++) if (!previous || previous[f] !== values[f]) mask |= 1 << f
        if (mask === 0) continue
        last.set(index, values)
        out.push(index, mask)
        for (let f = 0; f < values.length; f++) if (mask & (1 << f)) out.push(values[f]!)
      }
      for (const index of [...last.keys()]) {
        if (seen.has(index)) continue
        last.delete(index)
        out.push(index, 0)
      }
      // Kept only once written (write() forgets it when the write fails).
      this.lastRows.set(marker, last)
      // Nothing changed: no record, unless none was written for HEARTBEAT_MS (an empty first answer is one, so the day shows it was watched).
      const quiet = at - (this.lastAt.get(marker) ?? -Infinity) < HEARTBEAT_MS
      return out.length === 0 && !firstOfRun && quiet ? null : Int32Array.from(out)
    })
  }

  recordQueues(instanceId: string, at: number, list: readonly SkillGroupState[]): Promise<void> {
    return this.rows(instanceId, 'queues', at, QUEUE_FIELDS, list.map((q) => ({ id: q.SkillGroupId, values: () => QUEUE_FIELDS.map((f) => int(q[f])) })))
  }

  /** Agents: their state, and when they entered it, in seconds from the start of the day's first hour kept (an int32 holds ±68 years). */
  recordAgents(instanceId: string, at: number, list: readonly AgentState[]): Promise<void> {
    return this.rows(
      instanceId,
      'agents',
      at,
      AGENT_FIELDS,
      list.map((a) => ({
        id: a.AgentId,
        values: ({ dict }, day) => {
          let state = dict.states.indexOf(a.State)
          if (state < 0) state = dict.states.push(a.State) - 1
          const since = num(a.StateTime)
          return [state, Number.isFinite(since) && since > 0 ? int((since - this.dayStart(instanceId, day)) / 1000) : NOT_REPORTED]
        }
      }))
    )
  }

  /** The day's midnight in the instance's zone, epoch ms: agents' StateTime is kept relative to it. */
  dayStart(instanceId: string, day: string): number {
    return dayBounds(day, this.options.zoneOf(instanceId)).dayStart
  }

  /** A kind's answers of the day; with `after`, at least every answer after it (the hours before it left unread). */
  private async series(instanceId: string, day: string, kind: HistoryKind, snapshot: Snapshot, after?: number): Promise<{ dict: Dictionary | null; series: Omit<HistorySeries, 'fields'> }> {
    const Element = ELEMENT[kind]
    // Merged hours first (each `[ms after its first, length, …values]` per answer), then the answers not merged yet.
    const blockPrefix = `b/${instanceId}/${day}/${kind}/`
    // A merged hour's key is its first answer's time, within its UTC hour: the hour of `after` on holds every answer after it.
    const fromBlock = after === undefined ? blockPrefix : blockKey(instanceId, day, kind, Math.floor(after / HOUR_MS) * HOUR_MS)
    const prefix = `d/${instanceId}/${day}/${kind}/`
    // All three side by side, from one snapshot: an hour merged meanwhile is read either as its
    // answers or as its block, never missed between the two.
    const [stored, blockEntries, recentEntries] = await Promise.all([
      this.db.get(dictKey(instanceId, day, kind), { snapshot }),
      this.db.iterator({ gte: fromBlock, lt: `${blockPrefix}~`, snapshot, highWaterMarkBytes: READ_BATCH_BYTES }).all(),
      this.db.iterator({ ...(after === undefined ? { gte: prefix } : { gt: recordKey(instanceId, day, kind, after) }), lt: `${prefix}~`, snapshot, highWaterMarkBytes: READ_BATCH_BYTES }).all()
    ])
    const dict = stored ? (JSON.parse(stored.toString('utf8')) as Dictionary) : null
    const blocks = blockEntries.map(([key, value]) => ({ first: Number(key.slice(blockPrefix.length)), data: fromBuffer(value, Element) }))
    const recent = recentEntries.map(([key, value]) => ({ at: Number(key.slice(prefix.length)), values: fromBuffer(value, Element) }))
    let count = recent.length
    let length = recent.reduce((n, r) => n + r.values.length, 0)
    for (const { data } of blocks) {
      walkBlock(data, (_, part) => {
        count++
        length += part.length
      })
    }
    const at = new Float64Array(count)
    const offsets = new Uint32Array(count + 1)
    const values = new Element(length)
    let i = 0
    const add = (time: number, part: Values): void => {
      at[i] = time
      values.set(part, offsets[i]!)
      offsets[i + 1] = offsets[i]! + part.length
      i++
    }
    for (const { first, data } of blocks) walkBlock(data, (after, part) => add(first + after, part))
    for (const r of recent) add(r.at, r.values)
    return { dict, series: { at, offsets, values } }
  }

  /**
   * One instance's day (`yyyy-MM-dd`, its zone), its records of `kinds` in time order (the others
   * empty). With `after`, only the hours from it on are read: what a reader that has the rest
   * needs (a skill group's answers then hold only what changed since the answer before).
   */
  async readDay(instanceId: string, day: string, kinds: readonly HistoryKind[] = HISTORY_KINDS, after?: number): Promise<HistoryDay> {
    // One snapshot for every kind: the day as it stood at one moment, whatever is written meanwhile.
    const snapshot = this.db.snapshot()
    const read = (kind: HistoryKind) =>
      kinds.includes(kind) ? this.series(instanceId, day, kind, snapshot, after) : { dict: null, series: { at: new Float64Array(0), offsets: Uint32Array.of(0), values: new ELEMENT[kind](0) } }
    // The kinds side by side: about half of a read is waiting on LevelDB's threads, which one
    // kind's copying can fill while another's is read (a day of 150 groups: 26–31 ms median
    // one after another, 21–26 ms side by side).
    const [states, summary, queues, agents] = await Promise.all([read('states'), read('summary'), read('queues'), read('agents')]).finally(() => snapshot.close())
    const plain = (s: typeof states, fields: readonly string[]): HistorySeries => ({ fields: s!.dict?.fields ?? fields, ...s!.series })
    const rows = (s: typeof states, fields: readonly string[]): HistoryRows => ({
      ...plain(s, fields),
      values: s!.series.values as Int32Array,
      dayStart: this.dayStart(instanceId, day),
      ids: s!.dict?.ids ?? [],
      states: s!.dict?.states ?? []
    })
    return {
      instanceId,
      day,
      states: plain(states, STATE_FIELDS),
      summary: plain(summary, SUMMARY_FIELDS),
      queues: rows(queues, QUEUE_FIELDS),
      agents: rows(agents, AGENT_FIELDS)
    }
  }

  /** The days kept for an instance, oldest first. */
  async days(instanceId: string): Promise<string[]> {
    const prefix = `i/${instanceId}/`
    return (await this.db.keys({ gte: prefix, lt: `${prefix}~` }).all()).map((key) => key.slice(prefix.length))
  }

  private async dropDay(instanceId: string, day: string): Promise<void> {
    await this.db.clear({ gte: `d/${instanceId}/${day}/`, lt: `d/${instanceId}/${day}/~` })
    await this.db.clear({ gte: `b/${instanceId}/${day}/`, lt: `b/${instanceId}/${day}/~` })
    await this.db.clear({ gte: `x/${instanceId}/${day}/`, lt: `x/${instanceId}/${day}/~` })
    await this.db.del(dayKey(instanceId, day))
    for (const kind of HISTORY_KINDS) {
      this.dictionaries.delete(dictKey(instanceId, day, kind))
      this.lastRows.delete(`${instanceId}/${day}/${kind}`)
      this.mergedUpTo.delete(`${instanceId}/${day}/${kind}`)
      this.lastAt.delete(`${instanceId}/${day}/${kind}`)
    }
  }

  /** Every day kept, as `[instance, day, zone]`, oldest day first. */
  private async allDays(): Promise<Array<[string, string, string]>> {
    const entries = await this.db.iterator({ gte: 'i/', lt: 'i/~' }).all()
    return entries
      .map(([key, zone]) => [...(key.slice(2).split('/') as [string, string]), zone.toString('utf8')] as [string, string, string])
      .sort((a, b) => a[1].localeCompare(b[1]))
  }

  /** The instance's day now, in the zone its days were kept in. */
  private todayOf(instanceId: string, zone: string): string {
    return dateIn(this.now(), zone || this.options.zoneOf(instanceId))
  }

  /** Removes the days past the retention (calendar days, in each instance's zone); answers how many. */
  async expire(): Promise<number> {
    const retention = retentionDaysOf(this.options)
    let removed = 0
    for (const [instanceId, day, zone] of await this.allDays()) {
      const [y, m, d] = this.todayOf(instanceId, zone).split('-').map(Number) as [number, number, number]
      // Calendar arithmetic on the date itself: a DST day is still one day.
      const oldestKept = new Date(Date.UTC(y, m - 1, d - (retention - 1))).toISOString().slice(0, 10)
      if (day < oldestKept) {
        await this.dropDay(instanceId, day)
        removed++
      }
    }
    return removed
  }

  /** The store's size on disk: its folder's files (LevelDB's own estimate leaves out the log not yet compacted). */
  async approximateBytes(): Promise<number> {
    const names = await readdir(this.options.location)
    const sizes = await Promise.all(names.map((name) => lstat(join(this.options.location, name)).then((s) => (s.isFile() ? s.size : 0), () => 0)))
    return sizes.reduce((a, b) => a + b, 0)
  }

  /** Over the cap, the oldest days go first; no instance's today goes. Answers how many days went. */
  async capSize(): Promise<number> {
    const max = this.options.maxBytes ?? DEFAULT_MAX_BYTES
    if ((await this.approximateBytes()) <= max) return 0
    const candidates = (await this.allDays()).filter(([instanceId, day, zone]) => day < this.todayOf(instanceId, zone))
    if (candidates.length === 0) return 0
    // The log and the memtable in the tables first, so the sizes compared are the data's.
    await this.db.compactRange('\u0000', '\uffff')
    let removed = 0
    while (candidates.length > 0 && (await this.approximateBytes()) > max) {
      const [instanceId, day] = candidates.shift()!
      await this.dropDay(instanceId, day)
      removed++
      await this.db.compactRange('\u0000', '\uffff')
    }
    return removed
  }

  /** Forgets every day of every instance ("forget history"). */
  async forget(): Promise<void> {
    await this.db.clear()
    this.dictionaries.clear()
    this.lastRows.clear()
    this.mergedUpTo.clear()
    this.lastAt.clear()
    await this.db.compactRange('\u0000', '\uffff')
  }

  close(): Promise<void> {
    return this.db.close()
  }
}
