import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useSnapshotExportStore } from '../../../src/renderer/src/stores/snapshot-export'
import { installFakeBridge } from '../fake-bridge'

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => vi.unstubAllGlobals())

describe('snapshot export store', () => {
  it('asks main for today hour by hour in the instance\'s zone, in every format', async () => {
    const bridge = installFakeBridge({
      exportSnapshot: vi.fn(async () => ({ ok: true as const, data: { folder: '/home/s/reports', files: ['/home/s/reports/a.json'], snapshots: ['/home/s/reports/a.json'] } }))
    })
    const now = Date.UTC(2026, 10, 23, 19, 40) // 03:40 the next day in Shanghai
    const result = await useSnapshotExportStore().exportToday('ccc-demo', now)
    expect(result).toEqual({ folder: '/home/s/reports', files: ['/home/s/reports/a.json'], snapshots: ['/home/s/reports/a.json'] })
    expect(bridge.exportSnapshot).toHaveBeenCalledWith({
      instanceIds: ['ccc-demo'],
      timeZone: 'Asia/Shanghai',
      formats: ['json', 'xlsx', 'csv', 'html'],
      interval: { startTime: Date.UTC(2026, 10, 23, 16), endTime: now, interval: 'Hourly' },
      trend: { startTime: Date.UTC(2026, 10, 23, 16), endTime: now }
    })
  })

  it('keeps main\'s error with its code for the page to show, and allows a retry', async () => {
    installFakeBridge({
      exportSnapshot: vi.fn(async () => ({ ok: false as const, error: { code: 'Export.Unwritable', message: 'Cannot write to /mnt/usb.' } }))
    })
    const store = useSnapshotExportStore()
    expect(await store.exportToday('ccc-demo')).toBeUndefined()
    expect(store.error?.code).toBe('Export.Unwritable')
    expect(store.exporting).toBe(false)
  })
})
