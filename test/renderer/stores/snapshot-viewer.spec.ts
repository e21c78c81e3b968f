import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NOT_SNAPSHOT_FILE, useSnapshotViewerStore } from '@renderer/stores/snapshot-viewer'
import { MAX_SNAPSHOT_TEXT, type RecentSnapshot, type SupervisorApi } from '@shared/ipc/contract'
import { snapshotSchema } from '@shared/snapshot'
import { deferred, failed, installFakeBridge, ok } from '../fake-bridge'
import { opened, snapshotFile } from '../snapshot-fixture'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

const entry = (id: string): RecentSnapshot => ({
  path: `/home/s/ccc-${id}.json`,
  name: `ccc-${id}.json`,
  instanceId: id,
  instanceName: `Name of ${id}`,
  createdAt: '2026-11-23T02:30:00.000Z',
  timeZone: 'Asia/Shanghai',
  openedAt: '2026-11-24T08:00:00.000Z'
})

describe('snapshot viewer store', () => {
  it('the fixture is a valid snapshot file', () => {
    expect(snapshotSchema.safeParse(snapshotFile()).success).toBe(true)
  })

  it('opens a file from the dialog, derives the report rows and refreshes the recent list', async () => {
    const bridge = installFakeBridge({
      openSnapshotFile: vi.fn(async () => ok(opened('ccc-a'))),
      listRecentSnapshots: vi.fn(async () => ok([entry('ccc-a')]))
    })
    const store = useSnapshotViewerStore()
    expect(await store.openFile()).toBe(true)
    expect(store.instance?.Id).toBe('ccc-a')
    expect(store.timeZone).toBe('Asia/Shanghai')
    expect(store.takenAt).toBe(Date.parse('2026-11-23T02:30:00.000Z'))
    // Hourly buckets with the group's figures, and totals by the catalogue's rules.
    expect(store.interval.rows.map((r) => r.values.CallsOffered)).toEqual([10, 11, 12])
    expect(store.interval.totals.CallsOffered).toBe(33)
    expect(store.interval.bucketMs).toBe(3_600_000)
    store.interval.setGroup('Overall')
    expect(store.interval.totals.TotalCalls).toBe(48)
    expect(store.trend.rows).toHaveLength(4)
    expect(store.trend.totals.TotalCalls).toBe(10)
    expect(store.trend.bucketMs).toBe(15 * 60_000)
    await vi.waitFor(() => expect(store.recent).toEqual([entry('ccc-a')]))
    expect(bridge.listRecentSnapshots).toHaveBeenCalled()
    expect(store.error).toBeNull()
  })

  it('shows one open dialog at a time', async () => {
    const answer = deferred<Awaited<ReturnType<SupervisorApi['openSnapshotFile']>>>()
    const bridge = installFakeBridge({ openSnapshotFile: vi.fn(() => answer.promise) })
    const store = useSnapshotViewerStore()
    const first = store.openFile()
    expect(await store.openFile()).toBe(false)
    answer.resolve(ok(null))
    expect(await first).toBe(false)
    expect(bridge.openSnapshotFile).toHaveBeenCalledTimes(1)
  })

  it('a cancelled dialog changes nothing', async () => {
    installFakeBridge({ openSnapshotFile: vi.fn(async () => ok(null)) })
    const store = useSnapshotViewerStore()
    expect(await store.openFile()).toBe(false)
    expect(store.opened).toBeNull()
    expect(store.error).toBeNull()
    expect(store.opening).toBe(false)
  })

  it('a refused file keeps the snapshot already open and the list, and says why with its code', async () => {
    const openSnapshotText = vi.fn(async () => ok(opened('ccc-a', null)))
    installFakeBridge({
      openSnapshotText: openSnapshotText as SupervisorApi['openSnapshotText'],
      openRecentSnapshot: vi.fn(async () => failed({ code: 'Snapshot.NotFound', message: 'There is no snapshot file at /home/s/ccc-b.json.' })),
      listRecentSnapshots: vi.fn(async () => ok([entry('ccc-a'), entry('ccc-b')]))
    })
    const store = useSnapshotViewerStore()
    await store.loadRecent()
    expect(await store.openText('ccc-a.json', '{}')).toBe(true)
    openSnapshotText.mockResolvedValueOnce(failed({ code: 'Snapshot.Corrupt', message: 'The snapshot file bad.json is damaged or cut off and cannot be opened.' }) as never)
    expect(await store.openText('bad.json', '{"format":')).toBe(false)
    expect(store.error).toMatchObject({ code: 'Snapshot.Corrupt' })
    expect(store.errorAction).toBe('open')
    expect(store.instance?.Id).toBe('ccc-a')

    expect(await store.openRecent('/home/s/ccc-b.json')).toBe(false)
    expect(store.error?.code).toBe('Snapshot.NotFound')
    expect(store.instance?.Id).toBe('ccc-a')
    expect(store.recent.map((r) => r.instanceId)).toEqual(['ccc-a', 'ccc-b'])
  })

  it('refuses a file that is not JSON or is too large without reading it or asking main', async () => {
    const bridge = installFakeBridge({})
    const store = useSnapshotViewerStore()
    const text = vi.fn(async () => '{}')
    expect(await store.openDroppedFile({ name: 'photo.png', type: 'image/png', size: 10, text } as unknown as File)).toBe(false)
    expect(store.error?.code).toBe(NOT_SNAPSHOT_FILE)
    expect(await store.openDroppedFile({ name: 'huge.json', type: '', size: MAX_SNAPSHOT_TEXT * 4, text } as unknown as File)).toBe(false)
    expect(store.error?.code).toBe('Snapshot.TooLarge')
    expect(text).not.toHaveBeenCalled()
    expect(bridge.openSnapshotText).not.toHaveBeenCalled()
  })

  it('sends a dropped file\'s text to main with its name', async () => {
    const bridge = installFakeBridge({ openSnapshotText: vi.fn(async () => ok(opened('ccc-a', null))) })
    const store = useSnapshotViewerStore()
    const file = { name: 'ccc-a.json', type: 'application/json', size: 2, text: async () => '{}' } as unknown as File
    expect(await store.openDroppedFile(file)).toBe(true)
    expect(bridge.openSnapshotText).toHaveBeenCalledWith({ name: 'ccc-a.json', text: '{}' })
    // A dropped file has no path: nothing on the recent list changed.
    expect(bridge.listRecentSnapshots).not.toHaveBeenCalled()
  })

  it('the last open asked for wins over a slower earlier one', async () => {
    const slow = deferred<Awaited<ReturnType<SupervisorApi['openRecentSnapshot']>>>()
    installFakeBridge({
      openRecentSnapshot: vi.fn(() => slow.promise),
      openSnapshotText: vi.fn(async () => ok(opened('ccc-b', null))),
      listRecentSnapshots: vi.fn(async () => ok([]))
    })
    const store = useSnapshotViewerStore()
    const first = store.openRecent('/home/s/ccc-a.json')
    await store.openText('ccc-b.json', '{}')
    slow.resolve(ok(opened('ccc-a')))
    expect(await first).toBe(false)
    expect(store.instance?.Id).toBe('ccc-b')
  })

  it('forgets an entry (main answers the new list) and keeps the list when that fails', async () => {
    const forgetRecentSnapshot = vi.fn(async () => ok([entry('ccc-b')]))
    installFakeBridge({
      listRecentSnapshots: vi.fn(async () => ok([entry('ccc-a'), entry('ccc-b')])),
      forgetRecentSnapshot: forgetRecentSnapshot as SupervisorApi['forgetRecentSnapshot']
    })
    const store = useSnapshotViewerStore()
    await store.loadRecent()
    expect(store.recentLoaded).toBe(true)
    await store.forget('/home/s/ccc-a.json')
    expect(forgetRecentSnapshot).toHaveBeenCalledWith({ path: '/home/s/ccc-a.json' })
    expect(store.recent.map((r) => r.instanceId)).toEqual(['ccc-b'])

    forgetRecentSnapshot.mockResolvedValueOnce(failed({ code: 'Export.WriteFailed', message: 'disk full' }) as never)
    await store.forget('/home/s/ccc-b.json')
    expect(store.recent.map((r) => r.instanceId)).toEqual(['ccc-b'])
    expect(store.errorAction).toBe('forget')
  })

  it('closes the snapshot', async () => {
    installFakeBridge({ openSnapshotText: vi.fn(async () => ok(opened('ccc-a', null))) })
    const store = useSnapshotViewerStore()
    await store.openText('ccc-a.json', '{}')
    store.close()
    expect(store.opened).toBeNull()
    expect(store.interval.rows).toEqual([])
  })

  it('colours the frozen wallboard by the supervisor\'s thresholds', async () => {
    installFakeBridge({ openSnapshotText: vi.fn(async () => ok(opened('ccc-a', null))) })
    const store = useSnapshotViewerStore()
    await store.openText('ccc-a.json', '{}')
    // 7 waiting calls and a 50 % service level against the default limits.
    expect(store.levels.WaitingCalls).not.toBe('ok')
    expect(store.levels.ServiceLevel20).not.toBe('ok')
  })
})
