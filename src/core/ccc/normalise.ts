/**
 * Turns raw CCC bodies into the typed shapes of src/shared/ccc/types.ts, each read by its field
 * specs (shapes.ts) and the metric catalogue. The wire is loose: the docs quote every number, the
 * SDKs send real numbers, json-bigint hands back BigNumber objects above 2^53 and null-prototype
 * objects, and some fields have two spellings.
 */
import { wireNames } from '../../shared/ccc/catalogue'
import * as shapes from '../../shared/ccc/shapes'
import type { FieldSpec, IsBucket, ScalarKind, ScalarKinds, Shape, ShapeValue } from '../../shared/ccc/shapes'
import type {
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalReportItem,
  Long,
  RealtimeInstanceStates
} from '../../shared/ccc/types'
import { CccError } from './errors'
import { checkExact } from './json-body'

type Raw = Record<string, unknown>

function asRecord(value: unknown): Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {}
}

/** A list field; a single object is accepted too, as XML-to-JSON conversions produce it. */
function asList(value: unknown): Raw[] {
  if (Array.isArray(value)) return value.map(asRecord)
  return value !== null && typeof value === 'object' ? [asRecord(value)] : []
}

/** A field by the first of its spellings the object has. */
function pick(raw: Raw, spellings: readonly string[]): unknown {
  for (const spelling of spellings) {
    const found = raw[spelling]
    if (found !== undefined) return found
  }
  return undefined
}

function isBigNumber(value: unknown): value is { toFixed(): string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    // bignumber.js (json-bigint's number type) marks its instances with _isBigNumber
    (value as { _isBigNumber?: unknown })._isBigNumber === true &&
    typeof (value as { toFixed?: unknown }).toFixed === 'function'
  )
}

/** A documented Long: a number while exact, a bigint beyond 2^53; null when absent or not a number. */
export function readLong(value: unknown): Long | null {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value
  if (isBigNumber(value)) return readLong(value.toFixed())
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(checkExact(value)) : null
  if (typeof value === 'string') {
    // The common case (the docs quote every number): a whole number Number() reads exactly.
    const n = Number(value)
    if (Number.isSafeInteger(n) && (n !== 0 || value.trim() !== '')) return n
  }
  if (typeof value === 'string' && /^\s*-?\d+(\.0+)?\s*$/.test(value)) {
    const digits = value.trim().replace(/\.0+$/, '')
    const n = Number(digits)
    return Number.isSafeInteger(n) ? n : BigInt(digits)
  }
  if (typeof value === 'string') {
    const n = readFloat(value)
    return n === null ? null : Math.trunc(n)
  }
  return null
}

export function readFloat(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'bigint') return Number(value)
  if (isBigNumber(value)) return Number(value.toFixed())
  if (typeof value === 'string') {
    const n = Number(value)
    return Number.isFinite(n) && (n !== 0 || value.trim() !== '') ? n : null
  }
  return null
}

export function readBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 1 || value === '1') return true
  if (value === 'false' || value === 0 || value === '0') return false
  return null
}

export function readString(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(checkExact(value))
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  if (isBigNumber(value)) return value.toFixed()
  return ''
}

/** Texts kept of one list at most: an agent serves a few dozen groups, a hostile server sends millions. */
export const TEXT_LIST_LIMIT = 1_000

/**
 * A list of texts: a JSON list, or the same list as one JSON text (the form the request's list
 * parameters take); anything but texts and numbers in it is dropped.
 */
export function readTexts(value: unknown): string[] {
  let items = value
  if (typeof value === 'string') {
    try {
      items = value.trim().startsWith('[') ? JSON.parse(value) : value === '' ? [] : [value]
    } catch {
      items = [value]
    }
  }
  if (!Array.isArray(items)) return []
  const texts: string[] = []
  for (const item of items) {
    if (texts.length >= TEXT_LIST_LIMIT) break
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'bigint' || isBigNumber(item)) texts.push(readString(item))
  }
  return texts
}

/** A field no catalogue knows, kept as sent: a scalar a person could read, within bounds. */
export type UnknownValue = number | string | boolean | null

/** Unknown fields kept per object at most, and how long a name or a text may be. */
export const UNKNOWN_FIELD_LIMITS = { fields: 64, nameLength: 64, textLength: 256 } as const
const UNKNOWN_NAME = /^[A-Za-z][A-Za-z0-9_]*$/

function unknownValue(value: unknown): UnknownValue | undefined {
  if (value === null || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? checkExact(value) : null
  // A text too long to be a figure is left out rather than cut.
  if (typeof value === 'string') return value.length <= UNKNOWN_FIELD_LIMITS.textLength ? value : undefined
  // An integer beyond 2^53 stays exact as text; lists and objects are not figures anyone reads.
  if (typeof value === 'bigint' || isBigNumber(value)) return readString(value)
  return undefined
}

/** A field name as it may appear in generated code: the catalogue's and shapes' own names only. */
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

type RowBuilder = (raw: Raw) => Raw | null

/**
 * A function that reads one row of these fields into an object literal, made once per shape. A
 * loop that adds properties by computed names costs about six times as much (a keyed store per
 * field, for every admin, number and bucket): on ccc-large's GetInstance that was the client's
 * whole margin over Alibaba's openapi-client. The code is generated from the project's own field
 * names, checked to be plain identifiers; nothing from a response ever reaches it. Fields are read
 * in order, and a null at `dropIfNull` drops the row before the later ones are read.
 */
function compileRowBuilder(names: readonly string[], wire: ReadonlyArray<readonly string[]>, readers: readonly FieldReader[], dropIfNull = -1): RowBuilder {
  for (const name of [...names, ...wire.flat()]) {
    if (!FIELD_NAME.test(name)) throw new Error(`${name} is not a field name the normaliser can compile`)
  }
  const lines = names.map((_, i) => {
    const spellings = wire[i]!
    const value = spellings.length === 1 ? `raw[${JSON.stringify(spellings[0])}]` : `pick(raw, wire[${i}])`
    return `const v${i} = readers[${i}](${value})${i === dropIfNull ? `; if (v${i} === null) return null` : ''}`
  })
  const literal = names.map((name, i) => `${JSON.stringify(name)}: v${i}`).join(', ')
  const make = new Function('pick', 'wire', 'readers', `return function readRow(raw) {\n${lines.join('\n')}\nreturn { ${literal} }\n}`) as (
    p: typeof pick,
    w: typeof wire,
    r: typeof readers
  ) => RowBuilder
  return make(pick, wire, readers)
}

/**
 * Keeps on `row` the fields of `raw` no one knows, under their own names (bounded), so `--json`
 * and snapshots lose nothing; `known` holds every spelling the row's reader reads itself.
 */
function keepUnknownFields(raw: Raw, row: Raw, known: ReadonlySet<string>): void {
  let kept = 0
  for (const key in raw) {
    if (known.has(key) || !Object.hasOwn(raw, key)) continue
    if (kept >= UNKNOWN_FIELD_LIMITS.fields) break
    if (key.length > UNKNOWN_FIELD_LIMITS.nameLength || !UNKNOWN_NAME.test(key)) continue
    const value = unknownValue(raw[key])
    if (value === undefined) continue
    row[key] = value
    kept++
  }
}

/** StatsTime is epoch ms; a bucket without one cannot be placed and is dropped by the callers. */
function readStatsTime(value: unknown): number | null {
  const t = readLong(value)
  if (t === null) return null
  if (typeof t !== 'number' || !shapes.isPlausibleEpochMs(t)) {
    throw new CccError({
      code: 'Response.Malformed',
      message: `CCC answered with a bucket whose StatsTime (${String(t).slice(0, 24)}) is not a time between 1970 and 2100. Nothing was read from it.`,
      kind: 'service'
    })
  }
  return t
}

/**
 * How each kind of field is read from the wire: a kind whose reader is missing, or gives another
 * type, fails to compile. Only a bucket's time may be missing (null), and then the row is dropped.
 */
const scalarReaders = {
  string: readString,
  // A count as sent: a fraction is not rounded away.
  integer: readFloat,
  boolean: readBoolean,
  epochMs: readStatsTime
} satisfies { [K in ScalarKind]: (value: unknown) => ScalarKinds[K] | (K extends 'epochMs' ? null : never) }

type FieldReader = (value: unknown) => unknown

interface CompiledShape {
  /** Reads the fields and, after them, the figures of a row in one object literal. */
  read: RowBuilder
  /** Every spelling `read` reads, when the row keeps the fields no one knows (a row with figures). */
  known: ReadonlySet<string> | undefined
  /** The field a list of these rows is ordered by. */
  timeField: string | undefined
}

/** Each shape's reading plan, made once: reports walk thousands of rows of the same shape. */
const compiledShapes = new WeakMap<Shape, CompiledShape>()

function fieldReader(field: FieldSpec): FieldReader {
  if (field.kind === 'list') return (value) => readList(value, field.shape)
  if (field.kind === 'object') return (value) => readRow(value, field.shape)
  if (field.kind === 'texts') return readTexts
  return scalarReaders[field.kind]
}

/**
 * A shape's fields and its figures are read by one builder into one literal: a row of fields
 * spread together with a row of figures cost ccc-large's agent report (1,200 Overall groups of
 * 33 figures) more than all its other reading. The fields come first, as the spread put them.
 */
function compileShape(shape: Shape): CompiledShape {
  let result = compiledShapes.get(shape)
  if (!result) {
    const fields = Object.entries(shape.fields)
    const metrics = Object.entries(shape.metrics ?? {})
    const names = [...fields.map(([name]) => name), ...metrics.map(([name]) => name)]
    if (new Set(names).size !== names.length) throw new Error(`a field of the shape of ${names.join(', ')} is also one of its figures`)
    const wire = [...fields.map(([name, field]) => wireNames(name, field)), ...metrics.map(([name, def]) => wireNames(name, def))]
    const readers = [...fields.map(([, field]) => fieldReader(field)), ...metrics.map(([, def]) => (def.type === 'Long' ? readLong : readFloat))]
    const placesRow = fields.findIndex(([, field]) => field.kind === 'epochMs')
    result = {
      read: compileRowBuilder(names, wire, readers, placesRow),
      known: shape.metrics ? new Set(wire.flat()) : undefined,
      timeField: placesRow >= 0 ? names[placesRow] : undefined
    }
    compiledShapes.set(shape, result)
  }
  return result
}

/** One row of a shape; null for a bucket without a time. */
function readRow(value: unknown, shape: Shape): Raw | null {
  const raw = asRecord(value)
  const { read, known } = compileShape(shape)
  const row = read(raw)
  if (row !== null && known !== undefined) keepUnknownFields(raw, row, known)
  return row
}

/** A list of rows of a shape: buckets without a time dropped, buckets in time order. */
function readList(value: unknown, shape: Shape): Raw[] {
  const rows = asList(value)
    .map((item) => readRow(item, shape))
    .filter((row): row is Raw => row !== null)
  const { timeField } = compileShape(shape)
  return timeField === undefined ? rows : rows.sort((a, b) => (a[timeField] as number) - (b[timeField] as number))
}

/** Reads a whole response by its shape (shapes.ts). Only a bucket may come back null. */
export function readShape<S extends Shape>(value: unknown, shape: S): IsBucket<S> extends true ? ShapeValue<S> | null : ShapeValue<S> {
  return readRow(value, shape) as IsBucket<S> extends true ? ShapeValue<S> | null : ShapeValue<S>
}

export function normaliseInstance(data: unknown): Instance {
  return readShape(data, shapes.INSTANCE)
}

export function normaliseRealtimeStates(data: unknown): RealtimeInstanceStates {
  return readShape(data, shapes.REALTIME_INSTANCE_STATES)
}

export function normaliseTrendingReport(data: unknown): InstanceTrendingReport {
  return readShape(data, shapes.INSTANCE_TRENDING_REPORT)
}

export function normaliseIntervalReport(data: unknown): IntervalReportItem[] {
  return readList(data, shapes.INTERVAL_REPORT_ITEM) as IntervalReportItem[]
}

/** A list of buckets read by their shape (the skill-group and agent interval reports), in time order. */
export function normaliseBuckets<S extends Shape>(data: unknown, shape: S): ShapeValue<S>[] {
  return readList(data, shape) as ShapeValue<S>[]
}

export function normaliseSummaryReport(report: unknown): InstanceSummaryReport {
  return readShape(report, shapes.INSTANCE_SUMMARY_REPORT)
}
