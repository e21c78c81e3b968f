// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSnapshotViewerStore } from '@renderer/stores/snapshot-viewer'
import type { RecentSnapshot } from '@shared/ipc/contract'
import type { SnapshotFile } from '@shared/snapshot'
import { failed, installFakeBridge, ok, removeFakeBridge } from '../fake-bridge'
import { settle } from '../mount'
import { opened } from '../snapshot-fixture'
import { mountApp } from './mount-app'

// Opening a snapshot loads the viewer's pages, which the first time means compiling them: on a
// loaded machine that takes longer than waitFor's default second.
const ROUTE_WAIT = { timeout: 15_000 }

let unmount: (() => void) | null = null
afterEach(() => {
  unmount?.()
  unmount = null
  removeFakeBridge()
  document.body.innerHTML = ''
})

async function open(path: string) {
  const app = await mountApp(path)
  unmount = () => app.wrapper.unmount()
  return app
}

const entry: RecentSnapshot = {
  path: '/home/s/ccc-a.json',
  name: 'ccc-a.json',
  instanceId: 'ccc-a',
  instanceName: 'Name of ccc-a',
  createdAt: '2026-11-23T02:30:00.000Z',
  timeZone: 'Asia/Shanghai',
  openedAt: '2026-11-24T08:00:00.000Z'
}

describe('the snapshot pages', () => {
  it('sends a viewer page to the list when no snapshot is open, and shows the empty list', async () => {
    installFakeBridge({ listRecentSnapshots: vi.fn(async () => ok([])) })
    const { wrapper, router } = await open('/snapshots/view/realtime')
    expect(router.currentRoute.value.name).toBe('snapshots')
    expect(wrapper.get('[data-testid="snapshot-list-empty"]').text()).toContain('No snapshots yet')
  })

  it('reopens a recent snapshot into the viewer, marked as a snapshot in its own zone, with nothing live on it', async () => {
    installFakeBridge({
      listRecentSnapshots: vi.fn(async () => ok([entry])),
      openRecentSnapshot: vi.fn(async () => ok(opened('ccc-a')))
    })
    const { wrapper, router } = await open('/snapshots')
    const item = wrapper.get('[data-testid="snapshot-entry"]')
    expect(item.text()).toContain('Name of ccc-a')
    expect(item.text()).toContain('ccc-a.json')
    // Taken at 10:30 in Shanghai, as the viewer's banner will say, whatever the machine's zone.
    expect(item.text()).toMatch(/2026-11-23 10:30\b.*UTC\+8/)
    await item.get('[data-testid="snapshot-entry-open"]').trigger('click')
    await settle()
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshot-overview'), ROUTE_WAIT)
    await settle()

    const banner = wrapper.get('[data-testid="snapshot-banner"]').text()
    expect(banner).toContain('Snapshot of Name of ccc-a (ccc-a) taken 2026-11-23 10:30 (Asia/Shanghai, UTC+8)')
    expect(banner).toContain('offline, not live')
    expect(banner).toContain('Profile: Shanghai production')
    expect(wrapper.get('[data-testid="instance-name"]').text()).toBe('Name of ccc-a')
    expect(wrapper.get('[data-testid="admin-count"]').text()).toBe('1 of 1')
    expect(wrapper.find('[data-testid="open-console"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="overview-refresh"]').exists()).toBe(false)

    await router.push({ name: 'snapshot-realtime' })
    await settle()
    expect(wrapper.get('[data-testid="tile-WaitingCalls"] [data-testid="tile-value"]').text()).toBe('7')
    expect(wrapper.find('[data-testid="summary-panel"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="refresh-now"]').exists()).toBe(false)

    // The report parts draw ECharts on a canvas, which happy-dom lacks: see test/e2e/snapshots.spec.ts.

    await wrapper.get('[data-testid="snapshot-close"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshots'))
  })

  it('shows the file\'s skill groups and agents, time in state as of when CCC answered, not now', async () => {
    installFakeBridge({ listRecentSnapshots: vi.fn(async () => ok([entry])), openRecentSnapshot: vi.fn(async () => ok(opened('ccc-a'))) })
    const { wrapper, router } = await open('/snapshots')
    await wrapper.get('[data-testid="snapshot-entry-open"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshot-overview'), ROUTE_WAIT)
    await router.push({ name: 'snapshot-realtime' })
    await settle()

    const queues = wrapper.get('[data-testid="snapshot-skill-groups"]')
    expect(queues.findAll('[data-testid="queue-row"]').length).toBe(1)
    expect(queues.text()).toContain('sales')
    expect(queues.text()).toContain('2026-11-23 10:30')
    const agents = wrapper.get('[data-testid="snapshot-agents"]')
    expect(agents.findAll('[data-testid="agent-row"]').length).toBe(2)
    // The file's answer came 200 s after li entered after-call work; today's clock is days later.
    const times = agents.findAll('[data-testid="time-in-state"]').map((cell) => cell.attributes('data-seconds'))
    expect(times).toEqual(['200', '30'])
    expect(agents.text()).toContain('3:20')
    expect(wrapper.find('[data-testid="snapshot-list-not-in-file"]').exists()).toBe(false)
  })

  it('draws the day so far the file carries on its tiles and skill-group rows, as the live wallboard does', async () => {
    // 08:00 and 10:00 in Shanghai on the file's day: waiting calls 2 then 9, sales waiting 3 then 5.
    const at = [Date.UTC(2026, 10, 23, 0), Date.UTC(2026, 10, 23, 2)]
    const empty = { fields: [], at: [], offsets: [0], values: [] }
    const daySoFar: NonNullable<SnapshotFile['daySoFar']> = {
      day: '2026-11-23',
      timeZone: 'Asia/Shanghai',
      dayStart: Date.UTC(2026, 10, 22, 16),
      dayEnd: Date.UTC(2026, 10, 23, 16),
      cutAt: null,
      data: {
        instanceId: 'ccc-a',
        day: '2026-11-23',
        states: { fields: ['WaitingCalls'], at, offsets: [0, 1, 2], values: [2, 9] },
        summary: empty,
        queues: { fields: ['WaitingCalls'], at, offsets: [0, 3, 6], values: [0, 1, 3, 0, 1, 5], dayStart: Date.UTC(2026, 10, 22, 16), ids: ['sales@ccc-a'], states: [] },
        agents: { ...empty, dayStart: Date.UTC(2026, 10, 22, 16), ids: [], states: [] }
      }
    }
    installFakeBridge({ listRecentSnapshots: vi.fn(async () => ok([entry])), openRecentSnapshot: vi.fn(async () => ok(opened('ccc-a', undefined, { daySoFar }))) })
    const { wrapper, router } = await open('/snapshots')
    await wrapper.get('[data-testid="snapshot-entry-open"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshot-overview'), ROUTE_WAIT)
    await router.push({ name: 'snapshot-realtime' })
    await settle()
    expect(wrapper.get('[data-testid="tile-WaitingCalls"] [data-testid="sparkline"]').attributes('aria-label')).toBe('Today so far: highest 9 at 10:00')
    expect(wrapper.get('[data-skill-group="sales@ccc-a"] [data-testid="sparkline"]').attributes('aria-label')).toBe('sales, today so far: highest 5 waiting at 10:00')
  })

  it('says a version-1 file holds no skill groups or agents, rather than showing none', async () => {
    installFakeBridge({
      listRecentSnapshots: vi.fn(async () => ok([entry])),
      openRecentSnapshot: vi.fn(async () => ok(opened('ccc-a', '/home/s/ccc-a.json', { skillGroups: null, agents: null })))
    })
    const { wrapper, router } = await open('/snapshots')
    await wrapper.get('[data-testid="snapshot-entry-open"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshot-overview'), ROUTE_WAIT)
    await router.push({ name: 'snapshot-realtime' })
    await settle()
    for (const list of ['snapshot-skill-groups', 'snapshot-agents']) {
      expect(wrapper.get(`[data-testid="${list}"] [data-testid="snapshot-list-not-in-file"]`).text()).toContain('earlier version of CCC Supervisor')
    }
    expect(wrapper.find('[data-testid="queue-board"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="agent-board"]').exists()).toBe(false)
  })

  it('shows the file\'s skill group and agent reports: DisplayNames as text, the range, a totals row from the rows\' counts', async () => {
    const HOSTILE = '<img src=x onerror=alert(1)>售前'
    const range = { startTime: Date.UTC(2026, 10, 21, 16), endTime: Date.UTC(2026, 10, 22, 16) }
    const queue = (id: string, name: string, offered: number, handled: number) =>
      ({ SkillGroupId: id, SkillGroupName: name, Inbound: { CallsOffered: offered, CallsHandled: handled, HandleRate: handled / offered }, Outbound: {}, Overall: {}, Back2Back: {} }) as unknown as NonNullable<SnapshotFile['queueReport']>['items'][number]
    installFakeBridge({
      listRecentSnapshots: vi.fn(async () => ok([entry])),
      openRecentSnapshot: vi.fn(async () =>
        ok(
          opened('ccc-a', '/home/s/ccc-a.json', {
            queueReport: { query: range, items: [queue('presales@ccc-a', 'presales', 10, 9), queue('aftersales@ccc-a', 'aftersales', 30, 15)] },
            skillGroupNames: { 'presales@ccc-a': HOSTILE }
          })
        )
      )
    })
    const { wrapper, router } = await open('/snapshots')
    await wrapper.get('[data-testid="snapshot-entry-open"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshot-overview'), ROUTE_WAIT)
    expect(wrapper.get('[data-testid="snapshot-tab-queues"]').text()).toBe('Skill group report')
    await router.push({ name: 'snapshot-queues' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="snapshot-queue-report"] [data-testid="report-table"]').exists()).toBe(true), ROUTE_WAIT)
    await settle()
    const part = wrapper.get('[data-testid="snapshot-queue-report"]')
    expect(part.get('[data-testid="snapshot-report-range"]').text()).toContain('2026-11-22 00:00 – 2026-11-23 00:00 (Asia/Shanghai, UTC+8)')
    const names = part.findAll('[data-subject-id]').map((cell) => cell.text())
    expect(names).toEqual([HOSTILE, 'aftersales'])
    expect(part.find('img').exists()).toBe(false)
    const totals = part.get('[data-testid="report-totals"]')
    expect(totals.get('[data-field="CallsHandled"]').attributes('data-raw')).toBe('24')
    // 24 of 40, not the average of 90 % and 50 %.
    expect(totals.get('[data-field="HandleRate"]').attributes('data-raw')).toBe(String(24 / 40))

    await router.push({ name: 'snapshot-agents' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="snapshot-agent-report"]').exists()).toBe(true), ROUTE_WAIT)
    expect(wrapper.get('[data-testid="snapshot-agent-report"] [data-testid="snapshot-report-none"]').text()).toBe('This snapshot holds no agent report.')
  })

  it('says a file from before version 3 could not hold the queue and agent reports, and one exported without them holds none', async () => {
    for (const [writtenVersion, text] of [
      [2, 'earlier version of CCC Supervisor, before snapshots held skill group and agent reports'],
      [3, 'This snapshot holds no skill group report.']
    ] as const) {
      installFakeBridge({
        listRecentSnapshots: vi.fn(async () => ok([entry])),
        openRecentSnapshot: vi.fn(async () => ok(opened('ccc-a', '/home/s/ccc-a.json', {}, writtenVersion)))
      })
      const { wrapper, router } = await open('/snapshots')
      await wrapper.get('[data-testid="snapshot-entry-open"]').trigger('click')
      await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('snapshot-overview'), ROUTE_WAIT)
      await router.push({ name: 'snapshot-queues' })
      await vi.waitFor(() => expect(wrapper.find('[data-testid="snapshot-report-none"]').exists()).toBe(true), ROUTE_WAIT)
      expect(wrapper.get('[data-testid="snapshot-report-none"]').text(), `version ${writtenVersion}`).toContain(text)
      wrapper.unmount()
    }
  })

  it('shows a refused file\'s code and message and keeps the snapshot that was open', async () => {
    installFakeBridge({
      listRecentSnapshots: vi.fn(async () => ok([entry])),
      openSnapshotText: vi.fn(async () => ok(opened('ccc-a', null))),
      openSnapshotFile: vi.fn(async () =>
        failed({ code: 'Snapshot.NewerVersion', message: 'The snapshot file b.json was made by a newer CCC Supervisor (format version 2); update CCC Supervisor to open it.' })
      )
    })
    const { wrapper } = await open('/snapshots')
    const store = useSnapshotViewerStore()
    await store.openText('ccc-a.json', '{}')
    await settle()
    await wrapper.get('[data-testid="snapshot-open"]').trigger('click')
    await settle()
    const notice = wrapper.get('[data-testid="error-notice"]').text()
    expect(notice).toContain('The snapshot could not be opened')
    expect(notice).toContain('Snapshot.NewerVersion')
    expect(notice).toContain('format version 2')
    expect(wrapper.get('[data-testid="snapshot-current"]').text()).toContain('Name of ccc-a (ccc-a)')
    await wrapper.get('[data-testid="snapshot-error-dismiss"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-testid="error-notice"]').exists()).toBe(false)
  })
})
