/**
 * End to end in Chromium: a snapshot exported from simulator data opened with no session at all
 * (Open…, the recent list, a drop on the window) and shown in the live pages' components with the
 * same figures as the file; hostile text inert; damaged, cut-off and newer files refused without
 * losing the snapshot already open; zh-CN. Screenshots go to test-results/screenshots/snapshot-*.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../src/core/ccc/client'
import { exportSnapshot } from '../../src/core/export/export-snapshot'
import { buildSnapshot } from '../../src/core/export/snapshot-builder'
import { localTime as formatTime } from '../../src/core/export/tables'
import { REALTIME_STATES, SUMMARY_INBOUND } from '../../src/shared/ccc/catalogue'
import { formatMetric } from '../../src/shared/ccc/format'
import { presetRange } from '../../src/shared/ccc/report-range'
import { stringifyJson } from '../../src/shared/json'
import { SNAPSHOT_VERSION, type SnapshotFile } from '../../src/shared/snapshot'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, startConsole, type Console } from './harness'
import { testClock } from '../helpers/test-clock'

const ZONE = 'Asia/Shanghai'
/** The channels that reach CCC: none may be called while a snapshot is viewed. */
const CCC_CHANNELS = ['getInstance', 'getRealtimeInstanceStates', 'getInstanceSummaryReportSinceMidnight', 'listIntervalInstanceReport', 'getInstanceTrendingReport']

let app: Console
let dir: string
let snapshotPath: string
let snapshotText: string
let snapshot: SnapshotFile
const dialogs: string[] = []

/** The snapshot's "taken" time as the banner writes it. */
const takenText = (s: SnapshotFile): string => formatTime(Date.parse(s.createdAt), s.timeZone)

async function writeSnapshot(name: string, text: string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, text, 'utf8')
  return path
}

describe.runIf(e2eReady)('the snapshot viewer in the browser', () => {
  beforeAll(async () => {
    app = await startConsole()
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    dir = await mkdtemp(join(tmpdir(), 'ccc-e2e-snapshots-'))
    // Exported as the app exports: yesterday hour by hour, the trend over the same day.
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: app.sim.url, now: testClock })
    const yesterday = presetRange('yesterday', testClock(), ZONE)
    const built = await buildSnapshot(client, {
      instanceId: 'ccc-demo',
      profileName: 'Night shift',
      timeZone: ZONE,
      now: testClock,
      interval: { ...yesterday, interval: 'Hourly' },
      trend: yesterday
    })
    // A newer instance's field no catalogue knows: kept in the file, and it must not upset the viewer.
    for (const item of built.interval?.items ?? []) Object.assign(item.Inbound, { CallsCallbackRequested: '2' })
    const [written] = await exportSnapshot(built, dir, ['json'])
    snapshotPath = written!
    snapshotText = await readFile(snapshotPath, 'utf8')
    snapshot = JSON.parse(snapshotText) as SnapshotFile
    expect(snapshotText).toContain('"CallsCallbackRequested": "2"')
  }, 60_000)
  afterAll(async () => {
    await app?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('opens an exported snapshot with Open… and shows the file\'s own figures, marked as a snapshot', async () => {
    const { page } = app
    await app.open('#/snapshots')
    await page.getByTestId('snapshot-list-empty').waitFor()
    await app.screenshot('snapshot-list-empty')
    app.snapshotToOpen = snapshotPath
    const callsBefore = app.host.calls.length
    await page.getByTestId('snapshot-open').click()

    const banner = page.getByTestId('snapshot-banner')
    await banner.waitFor()
    const bannerText = await banner.innerText()
    expect(bannerText).toContain(`Snapshot of ${snapshot.instance.Name} (ccc-demo) taken ${takenText(snapshot)} (${ZONE}, UTC+8)`)
    expect(bannerText).toContain('offline, not live')
    expect(bannerText).toContain('Profile: Night shift')
    expect(page.url()).toContain('#/snapshots/view/overview')

    // The overview: the same instance, every admin and number of the file, and no console link.
    expect(await page.getByTestId('instance-name').innerText()).toBe(snapshot.instance.Name)
    const admins = snapshot.instance.AdminList.length
    const numbers = snapshot.instance.NumberList.length
    await expect.poll(() => page.getByTestId('admin-count').innerText()).toBe(`${admins} of ${admins}`)
    await expect.poll(() => page.getByTestId('number-count').innerText()).toBe(`${numbers} of ${numbers}`)
    expect(await page.getByTestId('admin-row').first().innerText()).toContain(snapshot.instance.AdminList[0]!.DisplayName)
    expect(await page.getByTestId('open-console').count()).toBe(0)
    await app.screenshot('snapshot-overview')

    // The wallboard's tiles and the summary, frozen at the snapshot's time.
    await page.getByTestId('snapshot-tab-realtime').click()
    await page.getByTestId('snapshot-realtime').waitFor()
    for (const field of Object.keys(REALTIME_STATES) as Array<keyof typeof REALTIME_STATES>) {
      expect(await page.getByTestId(`tile-${field}`).getByTestId('tile-value').innerText(), field).toBe(
        formatMetric(snapshot.realtime![field], REALTIME_STATES[field])
      )
    }
    expect(await page.getByTestId('tile-ServiceLevel20').getByTestId('tile-value').innerText()).toBe(
      formatMetric(snapshot.summary!.Inbound.ServiceLevel20, SUMMARY_INBOUND.ServiceLevel20)
    )
    expect(await page.getByTestId('summary-Inbound-CallsOffered').locator('.summary__value').innerText()).toBe(
      String(snapshot.summary!.Inbound.CallsOffered)
    )
    expect(await page.getByTestId('refresh-now').count()).toBe(0)
    await app.screenshot('snapshot-realtime')

    // The interval report: its fixed range said in words, every bucket drawn, totals as the file adds up.
    await page.getByTestId('snapshot-tab-interval').click()
    await page.getByTestId('report-table').waitFor()
    const interval = snapshot.interval!
    expect(await page.getByTestId('snapshot-report-range').innerText()).toBe(
      `${formatTime(interval.query.startTime, ZONE)} – ${formatTime(interval.query.endTime, ZONE)} (${ZONE}, UTC+8)`
    )
    expect(await page.getByTestId('snapshot-report-granularity').innerText()).toContain('Hourly')
    expect(await page.getByTestId('range-preset-yesterday').count()).toBe(0)
    const points = async () => JSON.parse((await page.getByTestId('report-chart').getAttribute('data-series-points')) ?? '{}') as Record<string, number>
    await expect.poll(async () => Object.values(await points())[0]).toBe(interval.items.length)
    // Titled as the snapshot's part, with the snapshot's instance: nothing live is on this page.
    expect(await page.title()).toBe(`Snapshots · Interval report · ${snapshot.instance.Name} — CCC Supervisor`)
    const total = async (field: string) => Number(await page.getByTestId('report-totals').locator(`[data-field="${field}"]`).first().getAttribute('data-raw'))
    expect(await total('CallsOffered')).toBe(interval.items.reduce((sum, item) => sum + Number(item.Inbound.CallsOffered), 0))
    expect(await total('CallsHandled')).toBe(interval.items.reduce((sum, item) => sum + Number(item.Inbound.CallsHandled), 0))
    await app.screenshot('snapshot-interval')

    await page.getByTestId('snapshot-tab-trend').click()
    await page.getByTestId('report-table').waitFor()
    await expect.poll(async () => Object.values(await points())[0]).toBe(snapshot.trend!.report.Inbound.length)
    await app.screenshot('snapshot-trend')

    // Offline: viewing called nothing that reaches CCC.
    expect(app.host.calls.slice(callsBefore).filter((c) => CCC_CHANNELS.includes(c))).toEqual([])
    expect(app.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })

  it('lists the snapshot as recent and reopens it from there with the keyboard', async () => {
    const { page } = app
    await page.getByTestId('snapshot-close').click()
    await page.getByTestId('snapshots-view').waitFor()
    expect(page.url()).toMatch(/#\/snapshots$/)
    expect(await page.getByTestId('snapshot-current').count()).toBe(0)
    const entry = page.getByTestId('snapshot-entry')
    await expect.poll(() => entry.count()).toBe(1)
    const entryText = await entry.innerText()
    expect(entryText).toContain(snapshot.instance.Name)
    expect(entryText).toContain(basename(snapshotPath))
    await app.screenshot('snapshot-list')

    await entry.getByTestId('snapshot-entry-open').focus()
    await page.keyboard.press('Enter')
    await page.getByTestId('snapshot-banner').waitFor()
    expect(await page.getByTestId('instance-name').innerText()).toBe(snapshot.instance.Name)
  })

  it('shows hostile text literally: no element, no script, no dialog', async () => {
    const { page } = app
    const hostile = structuredClone(snapshot)
    hostile.instance.Name = '<b id="injected">bold</b>'
    hostile.instance.AdminList[0]!.DisplayName = '<img src=x onerror=alert(1)>'
    hostile.instance.NumberList[0]!.City = '=HYPERLINK("http://x")'
    hostile.profileName = '<script>alert(2)</script>'
    app.snapshotToOpen = await writeSnapshot('hostile.json', stringifyJson(hostile, 2))
    await app.open('#/snapshots')
    await page.getByTestId('snapshot-open').click()
    await page.getByTestId('snapshot-banner').filter({ hasText: '<b id="injected">bold</b>' }).waitFor()

    expect(await page.getByTestId('instance-name').innerText()).toBe('<b id="injected">bold</b>')
    expect(await page.getByTestId('snapshot-banner-profile').innerText()).toContain('<script>alert(2)</script>')
    await page.getByTestId('admin-table').getByText('<img src=x onerror=alert(1)>', { exact: true }).waitFor()
    await page.getByTestId('number-table').getByText('=HYPERLINK("http://x")', { exact: true }).first().waitFor()
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('#injected').count()).toBe(0)
    expect(await page.locator('#main script').count()).toBe(0)
    await page.getByTestId('snapshot-tab-realtime').click()
    await page.getByTestId('snapshot-realtime').waitFor()
    // The demo's own hostile skill-group and agent names, on the file's boards.
    await page.getByTestId('queue-board').getByText('<img src=x onerror=alert(1)>', { exact: false }).first().waitFor()
    // The board scrolls virtually past 50 agents: the search brings the hostile one into view.
    await page.getByTestId('agent-search').fill('SUM')
    await page.getByTestId('agent-board').getByText('<script>alert("坐席")</script>', { exact: false }).first().waitFor()
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('#main script').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(app.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })

  it('refuses a damaged, a cut-off and a newer file, saying which and why, and keeps the open snapshot', async () => {
    const { page } = app
    app.snapshotToOpen = snapshotPath
    await app.open('#/snapshots')
    await page.getByTestId('snapshot-open').click()
    await page.getByTestId('snapshot-banner').waitFor()
    await page.getByTestId('snapshot-all').click()
    await page.getByTestId('snapshot-current').filter({ hasText: snapshot.instance.Name }).waitFor()

    const newer = { ...snapshot, version: SNAPSHOT_VERSION + 1 }
    const cases = [
      { file: 'damaged.json', text: 'PK\u0003\u0004 this is not JSON', code: 'Snapshot.Corrupt', says: 'damaged or cut off' },
      { file: 'cut-off.json', text: snapshotText.slice(0, Math.floor(snapshotText.length / 2)), code: 'Snapshot.Corrupt', says: 'damaged or cut off' },
      { file: 'newer.json', text: JSON.stringify(newer), code: 'Snapshot.NewerVersion', says: `format version ${SNAPSHOT_VERSION + 1}` }
    ]
    for (const c of cases) {
      app.snapshotToOpen = await writeSnapshot(c.file, c.text)
      await page.getByTestId('snapshot-open').click()
      const notice = page.getByTestId('error-notice').filter({ hasText: c.code })
      await notice.waitFor()
      const text = await notice.innerText()
      expect(text).toContain('The snapshot could not be opened')
      expect(text).toContain(c.file)
      expect(text).toContain(c.says)
      // What was open stays open, and the refused file is not listed.
      expect(await page.getByTestId('snapshot-current').innerText()).toContain(snapshot.instance.Name)
      expect(await page.getByTestId('snapshot-entry').filter({ hasText: c.file }).count()).toBe(0)
      if (c.file === 'newer.json') await app.screenshot('snapshot-refused-newer')
      await page.getByTestId('snapshot-error-dismiss').click()
      await notice.waitFor({ state: 'detached' })
    }
    await page.getByTestId('snapshot-current-view').click()
    expect(await page.getByTestId('instance-name').innerText()).toBe(snapshot.instance.Name)
  })

  it('forgets a recent snapshot without touching its file', async () => {
    const { page } = app
    await app.open('#/snapshots')
    const hostileEntry = page.getByTestId('snapshot-entry').filter({ hasText: 'hostile.json' })
    await hostileEntry.waitFor()
    await hostileEntry.getByTestId('snapshot-entry-forget').click()
    await hostileEntry.waitFor({ state: 'detached' })
    expect(await page.getByTestId('snapshot-entry').count()).toBe(1)
    expect((await app.services.recentSnapshots.list()).map((e) => e.name)).toEqual([basename(snapshotPath)])
    expect(await readFile(join(dir, 'hostile.json'), 'utf8')).toContain('injected')
  })

  /** Drags a file built in the page onto the window, then drops it or presses Escape and leaves. */
  async function dragFile(name: string, text: string, end: 'drop' | 'escape' = 'drop'): Promise<void> {
    const data = await app.page.evaluateHandle(
      ([fileName, fileText]) => {
        // This runs in the page; the node project's types have no DOM.
        const dom = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: unknown): void } }
          File: new (parts: string[], name: string, options: { type: string }) => unknown
        }
        const transfer = new dom.DataTransfer()
        transfer.items.add(new dom.File([fileText], fileName, { type: 'application/json' }))
        return transfer
      },
      [name, text] as const
    )
    await app.page.dispatchEvent('#main', 'dragenter', { dataTransfer: data })
    await app.page.dispatchEvent('#main', 'dragover', { dataTransfer: data })
    await app.page.getByTestId('drop-overlay').waitFor()
    if (end === 'drop') {
      await app.page.dispatchEvent('#main', 'drop', { dataTransfer: data })
    } else {
      await app.screenshot('snapshot-drop-overlay')
      await app.page.keyboard.press('Escape')
      await app.page.getByTestId('drop-overlay').waitFor({ state: 'detached' })
      // Escape also cancels the drag: the browser then says it left the window.
      await app.page.dispatchEvent('#main', 'dragleave', { dataTransfer: data })
    }
    await data.dispose()
  }

  it('opens a snapshot dropped anywhere on the window; Escape hides the overlay and cancels the drop', async () => {
    const { page } = app
    await app.open('#/profiles')
    await page.getByTestId('snapshot-banner').waitFor({ state: 'detached' })

    // Escape while dragging: the overlay goes and the file is not opened.
    await dragFile('escaped.json', snapshotText, 'escape')
    expect(page.url()).toContain('#/profiles')

    const dropped = structuredClone(snapshot)
    dropped.instance.Name = 'Dropped instance'
    await dragFile('dropped.json', stringifyJson(dropped))
    await page.getByTestId('drop-overlay').waitFor({ state: 'detached' })
    await page.getByTestId('snapshot-banner').filter({ hasText: 'Dropped instance' }).waitFor()
    expect(page.url()).toContain('#/snapshots/view/overview')
    expect(await page.getByTestId('instance-name').innerText()).toBe('Dropped instance')

    // A refused drop in the viewer says why and leaves the dropped snapshot open.
    await dragFile('half.json', snapshotText.slice(0, 1000))
    const notice = page.getByTestId('shell-snapshot-error').filter({ hasText: 'Snapshot.Corrupt' })
    await notice.waitFor()
    expect(await notice.innerText()).toContain('half.json')
    expect(await page.getByTestId('instance-name').innerText()).toBe('Dropped instance')
    expect(app.pageErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([])
  })

  it('reads in Chinese', async () => {
    const { page } = app
    await page.getByTestId('snapshot-error-dismiss').click()
    await page.getByTestId('locale-switch').click()
    await page.getByTestId('snapshot-banner').filter({ hasText: '离线数据，非实时' }).waitFor()
    expect(await page.getByTestId('snapshot-banner-text').innerText()).toContain('Dropped instance（ccc-demo）的快照，生成于')
    await page.getByTestId('snapshot-tab-realtime').click()
    await page.getByTestId('snapshot-realtime').waitFor()
    await app.screenshot('snapshot-realtime-zh-CN')
    await page.getByTestId('snapshot-all').click()
    await page.getByTestId('snapshots-view').waitFor()
    await app.screenshot('snapshot-list-zh-CN')
    await page.getByTestId('locale-switch').click()
  })
})
