/** The recent-snapshots list: newest first, no duplicates, bounded, and robust to a damaged file. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECENT_SNAPSHOTS, RecentSnapshots } from '../../../src/core/export/recent-snapshots'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-recent-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const snapshot = (id: string) => ({ instance: { Id: id, Name: `Name of ${id}` }, createdAt: '2026-11-29T08:00:00.000Z' }) as never

describe('recent snapshots', () => {
  it('puts the latest first and moves a reopened file to the top instead of listing it twice', async () => {
    let clock = Date.UTC(2026, 10, 29, 9)
    const recent = new RecentSnapshots(join(dir, 'data'), () => clock)
    await recent.remember(join(dir, 'a.json'), snapshot('ccc-a'))
    clock += 60_000
    await recent.remember(join(dir, 'b.json'), snapshot('ccc-b'))
    clock += 60_000
    await recent.remember(join(dir, 'a.json'), snapshot('ccc-a'))
    const list = await new RecentSnapshots(join(dir, 'data')).list()
    expect(list.map((e) => [e.name, e.instanceId, e.instanceName])).toEqual([
      ['a.json', 'ccc-a', 'Name of ccc-a'],
      ['b.json', 'ccc-b', 'Name of ccc-b']
    ])
    expect(list[0]!.openedAt).toBe('2026-11-29T09:02:00.000Z')
  })

  it(`keeps the last ${MAX_RECENT_SNAPSHOTS}, even when many are remembered at once`, async () => {
    const recent = new RecentSnapshots(dir)
    await Promise.all(Array.from({ length: 20 }, (_, i) => recent.remember(join(dir, `s${i}.json`), snapshot(`ccc-${i}`))))
    const list = await recent.list()
    expect(list).toHaveLength(MAX_RECENT_SNAPSHOTS)
    expect(list[0]!.name).toBe('s19.json')
    expect(await recent.has(join(dir, 's19.json'))).toBe(true)
    expect(await recent.has(join(dir, 's0.json'))).toBe(false)
  })

  it('treats a damaged list as empty and writes a good one over it', async () => {
    await writeFile(join(dir, 'recent-snapshots.json'), '[{"path": 3')
    const recent = new RecentSnapshots(dir)
    expect(await recent.list()).toEqual([])
    await recent.remember(join(dir, 'x.json'), snapshot('ccc-x'))
    expect(JSON.parse(await readFile(join(dir, 'recent-snapshots.json'), 'utf8'))).toHaveLength(1)
  })
})
