/** The published JSON Schema is the zod schema's, so the two cannot drift; older files still open. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseSnapshotText } from '../../../src/core/export/read-snapshot'
import { SNAPSHOT_VERSION, snapshotJsonSchema, snapshotSchema } from '../../../src/shared/snapshot'

const V1_FILE = resolve(import.meta.dirname, '../../fixtures/snapshots/ccc-demo-v1.json')

describe('snapshot schema', () => {
  it('resources/snapshot.schema.json equals the generated schema', () => {
    const published: unknown = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../resources/snapshot.schema.json'), 'utf8'))
    expect(published).toEqual(snapshotJsonSchema())
  })

  it('is version 4 and rejects other formats', () => {
    expect(SNAPSHOT_VERSION).toBe(4)
    expect(snapshotSchema.safeParse({ format: 'other', version: 1 }).success).toBe(false)
    expect(snapshotSchema.safeParse({ format: 'other', version: 2 }).success).toBe(false)
  })

  it('a version-1 file (written by the version before the lists) opens, its lists marked as not in the file', () => {
    const text = readFileSync(V1_FILE, 'utf8')
    const original = JSON.parse(text) as Record<string, unknown>
    expect(original.version).toBe(1)
    const opened = parseSnapshotText('ccc-demo-v1.json', text).snapshot
    expect(opened.version).toBe(SNAPSHOT_VERSION)
    expect(opened.skillGroups).toBeNull()
    expect(opened.agents).toBeNull()
    // Everything the file held is read as it was.
    const { version: _v, skillGroups: _g, agents: _a, queueReport: _q, agentReport: _r, skillGroupNames: _n, daySoFar: _d, ...rest } = opened
    const { version: _ov, ...originalRest } = original
    expect(rest).toEqual(originalRest)
  })

  it('a version-1 file is still checked: a damaged one is refused, naming the bad path', () => {
    const data = JSON.parse(readFileSync(V1_FILE, 'utf8')) as { instance: { Name: unknown } }
    data.instance.Name = 42
    expect(() => parseSnapshotText('ccc-demo-v1.json', JSON.stringify(data))).toThrow(/instance\.Name/)
  })

  it('a version-2 file without its lists is refused: only version 1 may lack them', () => {
    const data = JSON.parse(readFileSync(V1_FILE, 'utf8')) as Record<string, unknown>
    expect(() => parseSnapshotText('no-lists.json', JSON.stringify({ ...data, version: 2 }))).toThrow(/skillGroups/)
  })

  it('a version-3 file (written before the day so far) opens without one, marked as not in the file', () => {
    const data = JSON.parse(readFileSync(V1_FILE, 'utf8')) as Record<string, unknown>
    const v3 = { ...data, version: 3, skillGroups: null, agents: null, queueReport: null, agentReport: null, skillGroupNames: null }
    const opened = parseSnapshotText('v3.json', JSON.stringify(v3))
    expect(opened.writtenVersion).toBe(3)
    expect(opened.snapshot.daySoFar).toBeNull()
  })

  it('a day so far is checked as any part of a file: a figure that is not a number is refused, naming where', () => {
    const data = JSON.parse(readFileSync(V1_FILE, 'utf8')) as Record<string, unknown>
    const series = { fields: ['WaitingCalls'], at: [Date.UTC(2026, 5, 17, 0)], offsets: [0, 1], values: [3] }
    const rows = { fields: [], at: [], offsets: [0], values: [], dayStart: Date.UTC(2026, 5, 16, 16), ids: [], states: [] }
    const daySoFar = {
      day: '2026-06-17',
      timeZone: 'Asia/Shanghai',
      dayStart: Date.UTC(2026, 5, 16, 16),
      dayEnd: Date.UTC(2026, 5, 17, 16),
      cutAt: null,
      data: { instanceId: 'ccc-demo', day: '2026-06-17', states: series, summary: { ...series, at: [], offsets: [0], values: [] }, queues: rows, agents: rows }
    }
    const v4 = { ...data, version: 4, skillGroups: null, agents: null, queueReport: null, agentReport: null, skillGroupNames: null, daySoFar }
    expect(parseSnapshotText('v4.json', JSON.stringify(v4)).snapshot.daySoFar).toEqual(daySoFar)
    const damaged = { ...v4, daySoFar: { ...daySoFar, data: { ...daySoFar.data, states: { ...series, values: ['3'] } } } }
    expect(() => parseSnapshotText('damaged.json', JSON.stringify(damaged))).toThrow(/daySoFar\.data\.states\.values/)
  })
})
