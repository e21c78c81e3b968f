/** Long lists cross IPC as tables; the page must get back exactly the rows main sent. */
import { describe, expect, it } from 'vitest'
import { MIN_TABLE_ROWS, TABLE_MARK, packTables, packedRows, unpackTables } from '../../src/shared/ipc/wire-tables'
import { stringifyJson } from '../../src/shared/json'

const HOUR = 3_600_000
const buckets = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    StatsTime: 1_764_547_200_000 + i * HOUR,
    Inbound: { CallsOffered: i, HandleRate: i % 3 === 0 ? null : 0.5, Zone: 'Europe/London' },
    Outbound: { CallsAnswered: i % 7, Flags: {} }
  }))

/** Both of the app's transports: ipcMain's structured clone and the test host's JSON. */
const overClone = (value: unknown) => unpackTables(structuredClone(packTables(value)))
const overJson = (value: unknown) => unpackTables(JSON.parse(stringifyJson(packTables(value))) as unknown)

describe('lists as tables over IPC', () => {
  it('gives back the rows of a long report, nested groups and gaps included, over either transport', () => {
    const reply = { ok: true, data: { Inbound: buckets(400), Outbound: buckets(400).map(({ StatsTime }) => ({ StatsTime, TotalCalls: 3 })) } }
    expect(overClone(reply)).toEqual(reply)
    expect(overJson(reply)).toEqual(reply)
    // Packed it is columns, far fewer bytes than rows.
    const packed = packTables(reply) as { data: { Inbound: Record<string, unknown> } }
    expect(packed.data.Inbound[TABLE_MARK]).toBe(1)
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(reply).length / 2)
  })

  it('packs the agent board\'s rows, each agent\'s list of skill groups carried as a cell', () => {
    const agents = Array.from({ length: 1_200 }, (_, i) => ({ AgentId: `agent-${i}`, State: 'Ready', SkillGroupIdList: i % 2 ? ['g1', 'g2'] : [], StateTime: i }))
    const reply = { ok: true, data: { items: agents, answeredAt: 1, answeredAtSource: 'date-header' } }
    expect((packTables(reply) as { data: { items: Record<string, unknown> } }).data.items[TABLE_MARK]).toBe(1)
    expect(overClone(reply)).toEqual(reply)
    expect(overJson(reply)).toEqual(reply)
  })

  it('leaves short lists, unlike rows and rows holding lists as they are, and still looks inside them', () => {
    const unlike = [...buckets(MIN_TABLE_ROWS), { StatsTime: 1, Other: 2 }]
    const withLists = Array.from({ length: MIN_TABLE_ROWS }, (_, i) => ({ AgentId: `a${i}`, Calls: [{ id: i }], Nested: buckets(MIN_TABLE_ROWS) }))
    const reply = { short: buckets(MIN_TABLE_ROWS - 1), unlike, withLists, bigints: Array.from({ length: 40 }, (_, i) => ({ n: 2n ** 60n + BigInt(i) })) }
    const packed = packTables(reply) as Record<string, unknown>
    expect(Array.isArray(packed.short) && Array.isArray(packed.unlike) && Array.isArray(packed.withLists)).toBe(true)
    expect((packed.withLists as Array<{ Nested: Record<string, unknown> }>)[0]?.Nested[TABLE_MARK]).toBe(1)
    expect(overClone(reply)).toEqual(reply)
  })

  it('lets no value of the data pass for a table: an object owning the mark comes back as it was', () => {
    const forged = { [TABLE_MARK]: 1, rows: 2, keys: ['x'], columns: [[1, 2]] }
    const reply = { ok: true, data: { name: forged, list: Array.from({ length: 40 }, () => ({ ...forged })) } }
    expect(overClone(reply)).toEqual(reply)
    expect(overJson(reply)).toEqual(reply)
  })

  it('keeps a field named __proto__ a field, never the prototype', () => {
    const rows = JSON.parse(`[${Array.from({ length: 40 }, (_, i) => `{"__proto__":{"polluted":${i}},"id":${i}}`).join(',')}]`) as unknown[]
    const back = overClone({ rows, one: rows[0] }) as { rows: Array<Record<string, unknown>>; one: Record<string, unknown> }
    expect(Object.getPrototypeOf(back.rows[5])).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(back.rows[5], '__proto__')?.value).toEqual({ polluted: 5 })
    expect(Object.getPrototypeOf(back.one)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a malformed table with a clear error instead of inventing rows', () => {
    const bad = (table: Record<string, unknown>) => () => unpackTables({ data: { [TABLE_MARK]: 1, ...table } })
    expect(bad({ rows: 2, keys: ['a'], columns: [[1]] })).toThrow(/malformed table \(column a\)/)
    expect(bad({ rows: -1, keys: [], columns: [] })).toThrow(/row count/)
    expect(bad({ rows: 1, keys: ['__proto__'], columns: [[{}]] })).toThrow(/field name/)
    expect(bad({ rows: 1, keys: ['a', 'b'], columns: [[1]] })).toThrow(/fields/)
  })

  it('passes values that are not replies through unchanged', () => {
    for (const value of [undefined, null, 0, 'text', [1, 2, 3], { ok: false, error: { code: 'X', message: 'y' } }]) {
      expect(unpackTables(packTables(value))).toEqual(value)
    }
  })

  it('counts the rows a packed reply carries as tables, a nested table within its rows', () => {
    const bucket = (i: number) => ({ StatsTime: i, Inbound: { CallsHandled: i } })
    const reply = { ok: true, data: { Inbound: Array.from({ length: 40 }, (_, i) => bucket(i)), Outbound: Array.from({ length: 50 }, (_, i) => bucket(i)), few: [bucket(1)] } }
    expect(packedRows(packTables(reply))).toBe(90)
    expect(packedRows(reply)).toBe(0)
  })
})
