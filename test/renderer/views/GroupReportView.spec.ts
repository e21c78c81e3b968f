// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AgentHistoricalRow, SkillGroupHistoricalRow, SkillGroupListItem } from '@shared/ccc/types'
import type { SupervisorApi } from '@shared/ipc/contract'
import type { Result } from '@shared/result'
import { usePreferencesStore } from '@renderer/stores/preferences'
import { deferred, emitEvent, installFakeBridge, ok, removeFakeBridge } from '../fake-bridge'
import { settle } from '../mount'
import { mountApp } from './mount-app'

// happy-dom has no canvas to draw on: the chart's option is checked, its drawing is the browser's (E2E).
vi.mock('@renderer/charts/echarts', () => ({
  initChart: () => ({ setOption: () => {}, getZr: () => ({ flush: () => {}, refresh: () => {} }), resize: () => {}, dispose: () => {}, getDataURL: () => '' })
}))

const mounted: { unmount(): void }[] = []
afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount())
  removeFakeBridge()
  document.body.innerHTML = ''
})

const HOSTILE = '<img src=x onerror=alert(1)>售前'

function queue(id: string, name: string, offered: number, handled: number): SkillGroupHistoricalRow {
  return {
    SkillGroupId: id,
    SkillGroupName: name,
    Inbound: { CallsOffered: offered, CallsHandled: handled, HandleRate: handled / offered },
    Outbound: {},
    Overall: {},
    Back2Back: {}
  } as unknown as SkillGroupHistoricalRow
}

const groupList = (items: Array<Pick<SkillGroupListItem, 'SkillGroupId' | 'DisplayName'>>): SkillGroupListItem[] =>
  items.map((item) => ({ Description: '', InstanceId: 'ccc-demo', MediaType: 'AUDIO', PhoneNumberCount: 0, SkillGroupName: '', UserCount: 0, ...item }))

/** The table's body rows, each as its lead cell's text and one field's exact figure. */
function bodyRows(field: string): Array<[string, string]> {
  return [...document.querySelectorAll('[data-testid="report-table"] tbody tr:not([data-testid="report-totals"])')].map((tr) => [
    tr.querySelector('[data-subject-id]')?.textContent ?? '',
    tr.querySelector(`[data-field="${field}"]`)?.getAttribute('data-raw') ?? ''
  ])
}
const total = (field: string): string | null =>
  document.querySelector(`[data-testid="report-totals"] [data-field="${field}"]`)?.getAttribute('data-raw') ?? null

describe('the skill group report page', () => {
  it('names each group by its DisplayName as text, the ID on hover, sorts a column and totals the rows', async () => {
    installFakeBridge({
      listHistoricalSkillGroupReport: (async () =>
        ok([queue('presales@ccc-demo', 'presales', 10, 9), queue('aftersales@ccc-demo', 'aftersales', 30, 15), queue('vip@ccc-demo', '', 5, 2)])) as SupervisorApi['listHistoricalSkillGroupReport'],
      listSkillGroups: (async () => ok(groupList([{ SkillGroupId: 'presales@ccc-demo', DisplayName: HOSTILE }]))) as SupervisorApi['listSkillGroups']
    })
    const { wrapper } = await mountApp('/instances/ccc-demo/reports/queues')
    mounted.push(wrapper)
    await vi.waitFor(() => expect(bodyRows('CallsHandled')).toHaveLength(3))
    await vi.waitFor(() => expect(bodyRows('CallsHandled')[0]![0]).toBe(HOSTILE))

    expect(bodyRows('CallsHandled')).toEqual([
      [HOSTILE, '9'],
      ['aftersales', '15'],
      // No name at all: the ID.
      ['vip@ccc-demo', '2']
    ])
    expect(document.querySelector('[data-testid="report-table"] img')).toBeNull()
    expect(document.querySelector('[data-subject-id="presales@ccc-demo"]')!.getAttribute('title')).toBe('ID: presales@ccc-demo')
    expect(total('CallsHandled')).toBe('26')
    // The top-N chart ranks the groups by handled calls.
    const chart = document.querySelector('[data-testid="top-chart"]')!
    expect(chart.textContent).toContain('Top 3 by Calls handled')
    expect(chart.querySelector('[data-testid="report-chart"]')!.getAttribute('data-series-points')).toBe('{"Calls handled":3}')
    // 26 of 45 offered, not an average of the rows' rates.
    expect(Number(total('HandleRate'))).toBeCloseTo(26 / 45)

    const header = document.querySelector('[data-testid="report-table"] th[data-col-key="CallsHandled"]') as HTMLElement
    expect(header.textContent).toContain('Calls handled')
    // The most first, then the fewest.
    header.click()
    await settle()
    expect(bodyRows('CallsHandled').map(([, raw]) => raw)).toEqual(['15', '9', '2'])
    header.click()
    await settle()
    expect(bodyRows('CallsHandled').map(([, raw]) => raw)).toEqual(['2', '9', '15'])
    // The totals row stays last, and the same.
    expect(total('CallsHandled')).toBe('26')

    // Compared with the previous period: a second summary row of that period's totals, and its bars beside the top-N's.
    ;(document.querySelector('[data-testid="compare-previous"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="report-previous-totals"] [data-field="CallsHandled"]')?.getAttribute('data-raw')).toBe('26'))
    expect(document.querySelector('[data-testid="report-previous-totals"]')!.textContent).toContain('Previous period')
    expect(JSON.parse(chart.querySelector('[data-testid="report-chart"]')!.getAttribute('data-series-points')!)).toEqual({ 'Calls handled': 3, 'Calls handled (previous period)': 3 })

    // Every column chosen is remembered for this report alone.
    ;(document.querySelector('[data-testid="report-columns"]') as HTMLElement).click()
    await settle()
    ;(document.querySelector('[data-testid="report-columns-all"]') as HTMLElement).click()
    await settle()
    const preferences = usePreferencesStore()
    expect(preferences.reportColumnsOf('queue.Inbound')?.length).toBeGreaterThan(9)
    expect(preferences.reportColumnsOf('agent.Inbound')).toBeNull()
    expect(preferences.reportColumnsOf('interval.Inbound')).toBeNull()
  })
})

describe('the agent report page', () => {
  it('shows the pages read while loading, and stops them on the user\'s word', async () => {
    const answer = deferred<Result<AgentHistoricalRow[]>>()
    const list = vi.fn((_input: Parameters<SupervisorApi['listHistoricalAgentReport']>[0]) => answer.promise)
    const cancelReport = vi.fn(async () => ok(true))
    installFakeBridge({ listHistoricalAgentReport: list as SupervisorApi['listHistoricalAgentReport'], cancelReport })
    const { wrapper } = await mountApp('/instances/ccc-large/reports/agents')
    mounted.push(wrapper)
    await vi.waitFor(() => expect(list).toHaveBeenCalledTimes(1))
    expect(document.querySelector('[data-testid="report-loading"]')).not.toBeNull()
    const { progressId } = list.mock.calls[0]![0]
    emitEvent('reportProgress', { progressId: progressId!, done: 5, total: 12 })
    await settle()
    const bar = document.querySelector('[data-testid="report-progress"]')!
    expect(bar.getAttribute('aria-valuenow')).toBe('5')
    expect(bar.textContent).toContain('5 of 12')

    ;(document.querySelector('[data-testid="report-stop"]') as HTMLElement).click()
    await settle()
    expect(cancelReport).toHaveBeenCalledWith({ progressId })
    expect(document.querySelector('[data-testid="report-progress"]')).toBeNull()
    expect(document.querySelector('[data-testid="report-stopped"]')?.textContent).toContain('Loading was stopped')
  })

  it('says when the range has no agents', async () => {
    installFakeBridge({ listHistoricalAgentReport: (async () => ok([])) as SupervisorApi['listHistoricalAgentReport'] })
    const { wrapper } = await mountApp('/instances/ccc-demo/reports/agents')
    mounted.push(wrapper)
    await vi.waitFor(() => expect(document.querySelector('[data-testid="report-empty"]')?.textContent).toContain('No data in this range.'))
    expect(document.querySelector('[data-testid="report-table"]')).toBeNull()
  })
})
