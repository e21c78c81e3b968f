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

  it('is version 3 and rejects other formats', () => {
    expect(SNAPSHOT_VERSION).toBe(3)
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
    const { version: _v, skillGroups: _g, agents: _a, queueReport: _q, agentReport: _r, skillGroupNames: _n, ...rest } = opened
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
})
