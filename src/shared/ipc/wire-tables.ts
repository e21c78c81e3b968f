/**
 * Long lists cross IPC as tables: one array per field instead of one object per row. A 180-day
 * trend is 34,560 small objects; as rows it is 3.7 MB of JSON (or 3.3 MB cloned), which the page
 * read in one task of 60–85 ms. As columns it is a sixth of that, and numbers in an array cost the
 * structured clone, the contextBridge copy and JSON.parse far less than keys in objects. Only the
 * transport knows: main packs each reply (ipcMain, the test host), `callApi` unpacks it, and every
 * other part of the app sees the rows the contract types describe.
 *
 * A list is packed only when every row is a plain object with the same fields, each field holding
 * a primitive or a list of primitives in every row, or a plain object of the same kind (a report
 * bucket's Inbound); any other list is left as it is, with its items looked into. An object of the
 * reply that happens to own the marker key is wrapped, so no value of the data can pass for a table.
 */

/** A key no CCC field, ID or name the app keys by can be: the JSON module's bigint mark is alike. */
export const TABLE_MARK = '\u0000table'

/** Lists shorter than this are cheap as rows, and stay readable in a trace. */
export const MIN_TABLE_ROWS = 32

/** Replies are a few levels deep; past this nothing is packed or looked into. */
const MAX_DEPTH = 32

type Primitive = string | number | bigint | boolean | null
/** A list of primitives (an agent's skill groups) is one cell, carried as it is. */
type Cell = Primitive | Primitive[]
type Column = Cell[] | PackedTable

interface PackedTable {
  [TABLE_MARK]: 1
  /** Rows: a nested table has no column to count them by when it has no fields. */
  rows: number
  keys: string[]
  columns: Column[]
}

interface Escaped {
  [TABLE_MARK]: 0
  value: Record<string, unknown>
}

const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key)

/** An own property, even one named `__proto__` (JSON.parse makes those; plain assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

const isPrimitive = (value: unknown): value is Primitive =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'

const isCell = (value: unknown): value is Cell => isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive))

/** `rows` as a table, or null when one of them is not a row like the first. */
function tableOf(rows: readonly unknown[]): PackedTable | null {
  const first = rows[0]
  if (!isPlainObject(first) || hasOwn(first, TABLE_MARK)) return null
  const keys = Object.keys(first)
  // A key that would set the prototype when written back is not a field.
  if (keys.includes('__proto__')) return null
  for (const row of rows) {
    if (!isPlainObject(row) || hasOwn(row, TABLE_MARK) || Object.keys(row).length !== keys.length) return null
    for (const key of keys) if (!hasOwn(row, key)) return null
  }
  const columns: Column[] = []
  for (const key of keys) {
    const column = rows.map((row) => (row as Record<string, unknown>)[key])
    if (column.every(isCell)) columns.push(column)
    else if (column.every(isPlainObject)) {
      const nested = tableOf(column)
      if (nested === null) return null
      columns.push(nested)
    } else return null
  }
  return { [TABLE_MARK]: 1, rows: rows.length, keys, columns }
}

function pack(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return value
  if (Array.isArray(value)) {
    const table = value.length >= MIN_TABLE_ROWS ? tableOf(value) : null
    return table ?? value.map((item) => pack(item, depth + 1))
  }
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) setOwn(out, key, pack(value[key], depth + 1))
  return hasOwn(value, TABLE_MARK) ? ({ [TABLE_MARK]: 0, value: out } satisfies Escaped) : out
}

/** What main sends: the same value, its long lists of like rows as tables. */
export function packTables(value: unknown): unknown {
  return pack(value, 0)
}

class MalformedTable extends TypeError {
  constructor(what: string) {
    super(`A reply from main holds a malformed table (${what}).`)
    this.name = 'MalformedTable'
  }
}

function rowsOf(table: Record<string, unknown>, depth: number): Array<Record<string, unknown>> {
  const { rows: count, keys, columns } = table
  if (!Number.isSafeInteger(count) || (count as number) < 0) throw new MalformedTable('row count')
  if (!Array.isArray(keys) || !Array.isArray(columns) || keys.length !== columns.length) throw new MalformedTable('fields')
  const n = count as number
  const rows = Array.from({ length: n }, () => ({}) as Record<string, unknown>)
  // Field by field: V8 gives rows built in the same order one hidden class (4× faster than row by row).
  keys.forEach((key: unknown, j) => {
    if (typeof key !== 'string' || key === '__proto__') throw new MalformedTable('field name')
    const given: unknown = columns[j]
    const column = Array.isArray(given) ? given : isPlainObject(given) && given[TABLE_MARK] === 1 && depth < MAX_DEPTH ? rowsOf(given, depth + 1) : null
    if (column === null || column.length !== n) throw new MalformedTable(`column ${key.slice(0, 40)}`)
    for (let i = 0; i < n; i++) rows[i]![key] = column[i]
  })
  return rows
}

function unpackEntries(value: Record<string, unknown>, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) setOwn(out, key, unpack(value[key], depth + 1))
  return out
}

function unpack(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return value
  if (Array.isArray(value)) return value.map((item) => unpack(item, depth + 1))
  if (!isPlainObject(value)) return value
  if (!hasOwn(value, TABLE_MARK)) return unpackEntries(value, depth)
  const mark = value[TABLE_MARK]
  if (mark === 1) return rowsOf(value, depth)
  if (mark === 0 && isPlainObject(value.value)) return unpackEntries(value.value, depth)
  throw new MalformedTable('mark')
}

/** What the page reads: the rows back, each table as the list of objects it was packed from. */
export function unpackTables<T>(value: T): T {
  return unpack(value, 0) as T
}

/** The rows a packed reply's tables hold (nested tables not counted again): how long its unpacking was. */
export function packedRows(value: unknown, depth = 0): number {
  if (depth > MAX_DEPTH) return 0
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + packedRows(item, depth + 1), 0)
  if (!isPlainObject(value)) return 0
  if (value[TABLE_MARK] === 1) return typeof value.rows === 'number' ? value.rows : 0
  let sum = 0
  for (const key of Object.keys(value)) sum += packedRows(value[key], depth + 1)
  return sum
}
