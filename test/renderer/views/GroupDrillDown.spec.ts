// @vitest-environment happy-dom
/**
 * A row of the queue and agent reports opens its buckets over the range the row covers: on a click
 * and on Enter, with the calls' progress and a stop, the API's error as ErrorNotice shows it, and
 * Esc to close. The clock is pinned, so "yesterday" is the same day on every machine.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DAY_MS, HOUR_MS } from '@shared/ccc/range-split'
import type { AgentHistoricalRow, AgentIntervalItem, SkillGroupHistoricalRow, SkillGroupIntervalItem } from '@shared/ccc/types'
import type { SupervisorApi } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { useAgentDrillDownStore, useQueueDrillDownStore } from '@renderer/stores/group-drill-down'
import { useSessionStore } from '@renderer/stores/session'
import { deferred, emitEvent, failed, installFakeBridge, ok, removeFakeBridge, session } from '../fake-bridge'
import { settle } from '../mount'
import { mountApp } from './mount-app'

// happy-dom has no canvas to draw on: the chart's option is checked, its drawing is the browser's (E2E).
vi.mock('@renderer/charts/echarts', () => ({
  initChart: () => ({ setOption: () => {}, getZr: () => ({ flush: () => {}, refresh: () => {} }), resize: () => {}, dispose: () => {}, getDataURL: () => '' })
}))

const NOW = Date.UTC(2024, 5, 15, 10, 0, 0)

const mounted: { unmount(): void }[] = []
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount())
  removeFakeBridge()
  document.body.innerHTML = ''
  vi.useRealTimers()
})

const queue = (id: string, handled: number): SkillGroupHistoricalRow =>
  ({ SkillGroupId: id, SkillGroupName: id.split('@')[0], Inbound: { CallsHandled: handled }, Outbound: {}, Overall: {}, Back2Back: {} }) as unknown as SkillGroupHistoricalRow

/** One hourly bucket per value from the range's start; null leaves the hour's figure out (a gap). */
const hours = (start: number, handled: ReadonlyArray<number | null>): SkillGroupIntervalItem[] =>
  handled.map((n, i) => ({ StatsTime: start + i * HOUR_MS, Inbound: n === null ? {} : { CallsHandled: n }, Outbound: {}, Overall: {}, Back2Back: {} }) as unknown as SkillGroupIntervalItem)

type BucketsInput = Parameters<SupervisorApi['listIntervalSkillGroupReport']>[0]
type HistoricalInput = Parameters<SupervisorApi['listHistoricalSkillGroupReport']>[0]

const row = (id: string): HTMLElement => document.querySelector(`[data-subject-id="${id}"]`)!.closest('tr')!
const dialog = (): HTMLElement | null => document.querySelector('[data-testid="drill-down"]')
const chartPoints = (): Record<string, number> =>
  JSON.parse(dialog()?.querySelector('[data-testid="report-chart"]')?.getAttribute('data-series-points') ?? '{}') as Record<string, number>

async function openQueues(buckets: (input: BucketsInput) => Promise<Result<SkillGroupIntervalItem[]>>, extra: Partial<SupervisorApi> = {}) {
  const historical = vi.fn(async (_input: HistoricalInput) => ok([queue('presales@ccc-demo', 9), queue('aftersales@ccc-demo', 15)]))
  const listBuckets = vi.fn(buckets)
  installFakeBridge({
    listHistoricalSkillGroupReport: historical as SupervisorApi['listHistoricalSkillGroupReport'],
    listIntervalSkillGroupReport: listBuckets as SupervisorApi['listIntervalSkillGroupReport'],
    ...extra
  })
  const { wrapper } = await mountApp('/instances/ccc-demo/reports/queues')
  mounted.push(wrapper)
  await vi.waitFor(() => expect(document.querySelector('[data-subject-id="aftersales@ccc-demo"]')).not.toBeNull())
  return { historical, listBuckets }
}

describe("a queue report row's drill-down", () => {
  it("opens on a click with the row's hours over the page's range, drawn with the gaps left out, and closes", async () => {
    const { historical, listBuckets } = await openQueues(async (input) => ok(hours(input.startTime, [3, null, 5, 7])))
    // A row takes the focus and says it opens a dialog; the totals row does not.
    expect(row('aftersales@ccc-demo').getAttribute('tabindex')).toBe('0')
    expect(row('aftersales@ccc-demo').getAttribute('aria-haspopup')).toBe('dialog')
    expect(document.querySelector('[data-testid="report-totals"]')!.hasAttribute('tabindex')).toBe(false)
    expect(listBuckets).not.toHaveBeenCalled()

    row('aftersales@ccc-demo').click()
    await vi.waitFor(() => expect(listBuckets).toHaveBeenCalledTimes(1))
    const asked = listBuckets.mock.calls[0]![0]
    const page = historical.mock.calls[0]![0]
    // The range the row's figures cover, Hourly (a day's figures as one Daily bar say little).
    expect(asked).toMatchObject({ instanceId: 'ccc-demo', skillGroupId: 'aftersales@ccc-demo', startTime: page.startTime, endTime: page.endTime, interval: 'Hourly' })
    expect(asked.endTime - asked.startTime).toBe(DAY_MS)
    await vi.waitFor(() => expect(chartPoints()).toEqual({ 'Calls handled': 3 }))
    const open = dialog()!
    expect(open.getAttribute('data-subject-id')).toBe('aftersales@ccc-demo')
    expect(open.querySelector('[data-testid="drill-subject"]')!.textContent).toBe('aftersales')
    expect(open.textContent).toContain('Skill group')
    // The hours' total in the table is the row's figure.
    expect(open.querySelector('[data-testid="report-totals"] [data-field="CallsHandled"]')!.getAttribute('data-raw')).toBe('15')

    // Daily on the user's word: one call of the same range.
    ;(open.querySelector('[data-testid="drill-granularity-Daily"] input') as HTMLElement).click()
    await vi.waitFor(() => expect(listBuckets).toHaveBeenCalledTimes(2))
    expect(listBuckets.mock.calls[1]![0].interval).toBe('Daily')

    // Esc is naive-ui's, tried in the browser (E2E); the close button here.
    ;(open.querySelector('.n-base-close') as HTMLElement).click()
    await vi.waitFor(() => expect(useQueueDrillDownStore().subject).toBeNull())
  })

  it('opens on Enter on the focused row, shows the calls as they go and stops them on the user\'s word', async () => {
    const answer = deferred<Result<SkillGroupIntervalItem[]>>()
    const cancelReport = vi.fn(async () => ok(true))
    const { listBuckets } = await openQueues(() => answer.promise, { cancelReport })
    const presales = row('presales@ccc-demo')
    presales.focus()
    presales.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await vi.waitFor(() => expect(listBuckets).toHaveBeenCalledTimes(1))
    expect(listBuckets.mock.calls[0]![0].skillGroupId).toBe('presales@ccc-demo')
    await vi.waitFor(() => expect(dialog()).not.toBeNull())
    const { progressId } = listBuckets.mock.calls[0]![0]
    emitEvent('reportProgress', { progressId: progressId!, done: 0, total: 1 })
    await settle()
    expect(dialog()!.querySelector('[data-testid="report-progress"]')!.textContent).toContain('0 of 1')

    ;(dialog()!.querySelector('[data-testid="report-stop"]') as HTMLElement).click()
    await settle()
    expect(cancelReport).toHaveBeenCalledWith({ progressId })
    expect(dialog()!.querySelector('[data-testid="report-progress"]')).toBeNull()
    expect(dialog()!.querySelector('[data-testid="report-stopped"]')!.textContent).toContain('Loading was stopped')
  })

  it("shows the API's error with its code and request ID, and says when the row has no buckets", async () => {
    let fail = true
    const { listBuckets } = await openQueues(async () =>
      fail ? failed({ code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'REQ-42' }) : ok([])
    )
    row('presales@ccc-demo').click()
    await vi.waitFor(() => expect(dialog()?.querySelector('[data-testid="report-error"]')).toBeTruthy())
    const error = dialog()!.querySelector('[data-testid="report-error"]')!
    expect(error.getAttribute('data-code')).toBe('Throttling.User')
    expect(error.textContent).toContain('REQ-42')

    fail = false
    ;(dialog()!.querySelector('[data-testid="drill-retry"]') as HTMLElement).click()
    await vi.waitFor(() => expect(listBuckets).toHaveBeenCalledTimes(2))
    await vi.waitFor(() => expect(dialog()!.querySelector('[data-testid="report-empty"]')?.textContent).toContain('No data in this range.'))
  })
})

describe("an agent report row's drill-down", () => {
  it("asks for the agent's buckets, and another account closes it", async () => {
    const agents = vi.fn(async () => ok([{ AgentId: 'a1@ccc-demo', AgentName: '王五', Inbound: { CallsHandled: 4 } } as unknown as AgentHistoricalRow]))
    const buckets = vi.fn(async (input: Parameters<SupervisorApi['listIntervalAgentReport']>[0]) =>
      ok([{ StatsTime: input.startTime, Inbound: { CallsHandled: 4 } } as unknown as AgentIntervalItem])
    )
    installFakeBridge({
      listHistoricalAgentReport: agents as SupervisorApi['listHistoricalAgentReport'],
      listIntervalAgentReport: buckets as SupervisorApi['listIntervalAgentReport']
    })
    const { wrapper } = await mountApp('/instances/ccc-demo/reports/agents')
    mounted.push(wrapper)
    await vi.waitFor(() => expect(document.querySelector('[data-subject-id="a1@ccc-demo"]')).not.toBeNull())
    row('a1@ccc-demo').click()
    await vi.waitFor(() => expect(buckets).toHaveBeenCalledTimes(1))
    expect(buckets.mock.calls[0]![0]).toMatchObject({ agentId: 'a1@ccc-demo', interval: 'Hourly' })
    await vi.waitFor(() => expect(chartPoints()).toEqual({ 'Calls handled': 1 }))
    expect(dialog()!.textContent).toContain('Agent')

    expect(useAgentDrillDownStore().subject?.id).toBe('a1@ccc-demo')
    useSessionStore().replace(session({ revision: 7, source: 'profile' }))
    expect(useAgentDrillDownStore().subject).toBeNull()
    expect(useAgentDrillDownStore().data).toBeNull()
  })
})
