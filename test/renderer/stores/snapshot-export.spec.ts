import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ExportProgress, SnapshotExportResult } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { chosenRanges, initialChoice, type ExportRanges } from '../../../src/renderer/src/model/export-choice'
import { groupReportPageRanges, intervalPageRanges, todayRanges, trendPageRanges } from '../../../src/renderer/src/model/export-ranges'
import { useSnapshotExportStore } from '../../../src/renderer/src/stores/snapshot-export'
import { deferred, emitEvent, failed, installFakeBridge, listenerCount, memoryStorage, ok } from '../fake-bridge'

/** A page's ranges as its dialog sends them when the user changes no tick. */
const asOpened = (ranges: ExportRanges) => chosenRanges(ranges, initialChoice(ranges))

beforeEach(() => {
  setActivePinia(createPinia())
  vi.stubGlobal('localStorage', memoryStorage())
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const written = { folder: '/home/s/reports', files: ['/home/s/reports/a.json', '/home/s/reports/a.xlsx'], snapshots: ['/home/s/reports/a.json'] }
const progress = (extra: Partial<ExportProgress> = {}): ExportProgress => ({
  instanceIndex: 0,
  instanceCount: 2,
  instanceId: 'ccc-demo',
  phase: 'fetch',
  fraction: 0.2,
  cancelling: false,
  ...extra
})
const appInfo = (exportFormats: Array<'json' | 'csv' | 'xlsx' | 'html' | 'pdf'>) =>
  vi.fn(async () => ok({ version: 't', platform: 'linux', exportFormats, desktopNotifications: false }))

describe('snapshot export store', () => {
  it('sends each page\'s ranges in the instance\'s zone, in the formats chosen', async () => {
    const bridge = installFakeBridge({ exportSnapshot: vi.fn(async () => ok(written)) })
    const store = useSnapshotExportStore()
    const now = Date.UTC(2026, 10, 23, 19, 40) // 03:40 the next day in Shanghai
    const midnight = Date.UTC(2026, 10, 23, 16)

    // The overview and the wallboard: today, hourly and as a trend.
    expect(await store.start({ instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: store.formats, ...asOpened(todayRanges(now, 'Asia/Shanghai')) })).toEqual(written)
    expect(bridge.exportSnapshot).toHaveBeenLastCalledWith({
      instanceIds: ['ccc-demo'],
      timeZone: 'Asia/Shanghai',
      formats: ['json', 'csv', 'xlsx', 'html'],
      interval: { startTime: midnight, endTime: now, interval: 'Hourly' },
      trend: { startTime: midnight, endTime: now },
      queueReport: null,
      agentReport: null
    })
    expect(store.lastResult).toEqual(written)

    // The interval report: what it served, at its granularity, and no trend.
    const served = { startTime: Date.UTC(2026, 10, 15, 16), endTime: Date.UTC(2026, 10, 22, 16) }
    await store.start({ instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['json'], ...asOpened(intervalPageRanges(served, 'Daily', now)) })
    expect(bridge.exportSnapshot).toHaveBeenLastCalledWith(
      expect.objectContaining({ formats: ['json'], interval: { ...served, interval: 'Daily' }, trend: null })
    )

    // The trend report: what it served as the trend, no interval; everything of the session.
    await store.start({ instanceIds: ['ccc-demo', 'ccc-large'], timeZone: 'Asia/Shanghai', formats: ['csv'], ...asOpened(trendPageRanges(served, now)) })
    expect(bridge.exportSnapshot).toHaveBeenLastCalledWith(
      expect.objectContaining({ instanceIds: ['ccc-demo', 'ccc-large'], interval: null, trend: served })
    )

    // The queue and agent reports: each over the range its page served; one not yet opened takes this page's.
    const week = { startTime: Date.UTC(2026, 10, 16, 16), endTime: Date.UTC(2026, 10, 23, 16) }
    await store.start({ instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['xlsx'], ...asOpened(groupReportPageRanges({ queue: served, agent: week }, 'queue')) })
    expect(bridge.exportSnapshot).toHaveBeenLastCalledWith(
      expect.objectContaining({ interval: null, trend: null, queueReport: served, agentReport: week })
    )
    await store.start({ instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['xlsx'], ...asOpened(groupReportPageRanges({ queue: null, agent: week }, 'agent')) })
    expect(bridge.exportSnapshot).toHaveBeenLastCalledWith(expect.objectContaining({ queueReport: week, agentReport: week }))
  })

  it('offers the queue and agent reports on every page: ticked on their own pages, elsewhere unticked over the page\'s range', () => {
    const now = Date.UTC(2026, 10, 23, 19, 40)
    const today = { startTime: Date.UTC(2026, 10, 23, 16), endTime: now }
    const served = { startTime: Date.UTC(2026, 10, 15, 16), endTime: Date.UTC(2026, 10, 22, 16) }
    for (const [ranges, range] of [[todayRanges(now, 'Asia/Shanghai'), today], [intervalPageRanges(served, 'Hourly', now), served], [trendPageRanges(served, now), served]] as const) {
      expect(ranges).toMatchObject({ queueReport: range, agentReport: range, groupReportsTicked: false })
      expect(initialChoice(ranges)).toEqual({ queueReport: false, agentReport: false })
      // Ticked in the dialog, a report covers the page's range, so the file's levels cover the same time.
      expect(chosenRanges(ranges, { queueReport: true, agentReport: false })).toEqual({ interval: ranges.interval, trend: ranges.trend, queueReport: range, agentReport: null })
    }
    expect(intervalPageRanges(null, 'Daily', now)).toMatchObject({ queueReport: null, agentReport: null })
    // A trend over minutes: the historical reports count whole hours (from 10:00 to 12:00), and the dialog says so.
    const minutes = { startTime: Date.UTC(2026, 10, 23, 2, 15), endTime: Date.UTC(2026, 10, 23, 3, 45) }
    expect(trendPageRanges(minutes, now)).toMatchObject({ trend: minutes, queueReport: { startTime: Date.UTC(2026, 10, 23, 2), endTime: Date.UTC(2026, 10, 23, 4) } })
    // Today's last hour is counted up to now, and no further.
    expect(trendPageRanges({ startTime: today.startTime + 15 * 60_000, endTime: now }, now).agentReport).toEqual(today)
    expect(initialChoice(groupReportPageRanges({ queue: served, agent: null }, 'queue'))).toEqual({ queueReport: true, agentReport: true })
  })

  it('offers only what main can write, all of it by default, and remembers the choice', async () => {
    installFakeBridge({ getAppInfo: appInfo(['json', 'csv', 'xlsx', 'html', 'pdf']) })
    const store = useSnapshotExportStore()
    await store.loadFormats()
    expect(store.offeredFormats).toEqual(['json', 'csv', 'xlsx', 'html', 'pdf'])
    expect(store.formats).toEqual(['json', 'csv', 'xlsx', 'html', 'pdf'])

    store.setFormats(['pdf', 'json'])
    expect(store.formats).toEqual(['json', 'pdf'])
    store.setFormats([])
    expect(store.formats).toEqual(['json', 'pdf'])

    // Next launch, in a build without a PDF printer: the remembered choice without PDF.
    setActivePinia(createPinia())
    installFakeBridge({ getAppInfo: appInfo(['json', 'csv', 'xlsx', 'html']) })
    const again = useSnapshotExportStore()
    await again.loadFormats()
    expect(again.offeredFormats).not.toContain('pdf')
    expect(again.formats).toEqual(['json'])
  })

  it('shows main\'s progress events while the export is pending and stops listening once it settles', async () => {
    const answer = deferred<Result<SnapshotExportResult>>()
    const getExportProgress = vi.fn(async () => ok(progress()))
    installFakeBridge({ exportSnapshot: vi.fn(() => answer.promise), getExportProgress })
    const store = useSnapshotExportStore()
    const run = store.start({ instanceIds: ['ccc-demo', 'ccc-large'], timeZone: 'Asia/Shanghai', formats: ['json'], interval: null, trend: null })
    expect(store.exporting).toBe(true)
    expect(listenerCount('exportProgress')).toBe(1)

    emitEvent('exportProgress', progress())
    expect(store.progress).toEqual(progress())
    emitEvent('exportProgress', progress({ instanceIndex: 1, phase: 'write', fraction: 0.9 }))
    expect(store.progress?.phase).toBe('write')

    answer.resolve(ok(written))
    expect(await run).toEqual(written)
    expect(store.exporting).toBe(false)
    expect(store.progress).toBeNull()
    // Nothing polls: the progress comes only as events, and nobody listens once the export is over.
    expect(getExportProgress).not.toHaveBeenCalled()
    expect(listenerCount('exportProgress')).toBe(0)
  })

  it('drops a progress event that arrives after the export settled', async () => {
    const answer = deferred<Result<SnapshotExportResult>>()
    installFakeBridge({ exportSnapshot: vi.fn(() => answer.promise) })
    const store = useSnapshotExportStore()
    const run = store.start({ instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['json'], interval: null, trend: null })
    answer.resolve(ok(written))
    await run
    emitEvent('exportProgress', progress())
    expect(store.progress).toBeNull()
  })

  it('shows a cancel as cancelled, not as an error', async () => {
    vi.useFakeTimers()
    const answer = deferred<Result<SnapshotExportResult>>()
    const cancelExport = vi.fn(async () => {
      answer.resolve(failed({ code: 'Export.Cancelled', message: 'The export was cancelled.' }))
      return ok(true)
    })
    installFakeBridge({
      exportSnapshot: vi.fn(() => answer.promise),
      getExportProgress: vi.fn(async () => ok(progress())),
      cancelExport
    })
    const store = useSnapshotExportStore()
    const run = store.start({ instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['json'], interval: null, trend: null })
    emitEvent('exportProgress', progress())
    const stopping = store.cancel()
    expect(store.progress?.cancelling).toBe(true)
    expect(await stopping).toBe(true)
    expect(await run).toBeUndefined()
    expect(store.cancelled).toBe(true)
    expect(store.error).toBeNull()
    expect(store.lastResult).toBeNull()
    expect(store.exporting).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
    // Nothing to cancel any more.
    expect(await store.cancel()).toBe(false)
    expect(cancelExport).toHaveBeenCalledTimes(1)
  })

  it('keeps main\'s error with its code for the dialog to show, and allows a retry', async () => {
    const exportSnapshot = vi.fn(async (): Promise<Result<SnapshotExportResult>> =>
      failed({ code: 'Export.Unwritable', message: 'Cannot write to /mnt/usb.' })
    )
    installFakeBridge({ exportSnapshot })
    const store = useSnapshotExportStore()
    const request = { instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['json' as const], interval: null, trend: null }
    expect(await store.start(request)).toBeUndefined()
    expect(store.error).toEqual({ code: 'Export.Unwritable', message: 'Cannot write to /mnt/usb.' })
    expect(store.cancelled).toBe(false)
    expect(store.exporting).toBe(false)

    exportSnapshot.mockResolvedValueOnce(ok(written))
    expect(await store.start(request)).toEqual(written)
    expect(store.error).toBeNull()
  })

  it('treats a closed folder dialog as nothing happening', async () => {
    installFakeBridge({ exportSnapshot: vi.fn(async () => ok(null)) })
    const store = useSnapshotExportStore()
    expect(await store.start({ instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['json'], interval: null, trend: null })).toBeNull()
    expect(store.lastResult).toBeNull()
    expect(store.error).toBeNull()
    expect(store.cancelled).toBe(false)
  })

  it('runs one export at a time', async () => {
    vi.useFakeTimers()
    const answer = deferred<Result<SnapshotExportResult>>()
    const exportSnapshot = vi.fn(() => answer.promise)
    installFakeBridge({ exportSnapshot, getExportProgress: vi.fn(async () => ok(null)) })
    const store = useSnapshotExportStore()
    const request = { instanceIds: ['ccc-demo'], timeZone: 'Asia/Shanghai', formats: ['json' as const], interval: null, trend: null }
    const first = store.start(request)
    expect(await store.start({ ...request, instanceIds: ['ccc-large'] })).toBeUndefined()
    expect(exportSnapshot).toHaveBeenCalledTimes(1)
    expect(store.request?.instanceIds).toEqual(['ccc-demo'])
    answer.resolve(ok(written))
    expect(await first).toEqual(written)
    expect(vi.getTimerCount()).toBe(0)
  })
})
