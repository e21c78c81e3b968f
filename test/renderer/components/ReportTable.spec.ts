// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { INTERVAL_INBOUND, INTERVAL_OVERALL } from '@shared/ccc/catalogue'
import ReportTable from '@renderer/components/reports/ReportTable.vue'
import { reportTotals, type ReportRow } from '@shared/ccc/report-metrics'
import { loadMetricDefinitions } from '@renderer/i18n/metric-definitions'
import { mountWithI18n, settle } from '../mount'

const DAY1 = Date.UTC(2024, 4, 31, 16) // 2024-06-01 00:00 in Asia/Shanghai
const DAY2 = DAY1 + 86_400_000

afterEach(() => {
  document.body.innerHTML = ''
})

function mountTable(rows: ReportRow[], group: typeof INTERVAL_OVERALL | typeof INTERVAL_INBOUND, columns?: string[]) {
  return mountWithI18n(ReportTable, {
    props: { rows, group, totals: reportTotals(rows, group), timeZone: 'Asia/Shanghai', bucketMs: 86_400_000, ...(columns ? { columns } : {}) }
  })
}

/** The text of each body row's cells and of the totals row's, column by column. */
function cellTexts(wrapper: ReturnType<typeof mountTable>) {
  const rowsOf = (selector: string) => wrapper.findAll(selector).map((tr) => tr.findAll('td').map((td) => td.text()))
  return { rows: rowsOf('tbody tr:not([data-testid="report-totals"])'), totals: rowsOf('[data-testid="report-totals"]')[0] ?? [] }
}

describe('ReportTable', () => {
  it('shows a totals row, with "—" where a total cannot be recomputed', async () => {
    const rows: ReportRow[] = [
      { StatsTime: DAY1, values: { TotalCalls: 10, AverageReadyTime: 30, TotalTalkTime: 1000, AverageTalkTime: 100 } },
      { StatsTime: DAY2, values: { TotalCalls: 30, AverageReadyTime: 60, TotalTalkTime: 2000, AverageTalkTime: 66.7 } }
    ]
    const wrapper = mountTable(rows, INTERVAL_OVERALL)
    await settle()
    const totals = wrapper.get('[data-testid="report-totals"]')
    const cell = (field: string) => totals.get(`[data-field="${field}"]`)

    expect(cell('TotalCalls').attributes('data-raw')).toBe('40')
    expect(cell('TotalCalls').text()).toBe('40')
    // (1000 + 2000) / 40 = 75 s
    expect(cell('AverageTalkTime').attributes('data-raw')).toBe('75')
    expect(cell('AverageTalkTime').text()).toBe('1:15')
    // Ready periods are not counted by the API: no total, not an average of averages.
    expect(cell('AverageReadyTime').attributes('data-raw')).toBe('')
    expect(cell('AverageReadyTime').text()).toBe('—')
    expect(totals.text()).toContain('Total')

    // One row per bucket, its time in the chosen zone.
    const text = wrapper.get('[data-testid="report-table"]').text()
    expect(text).toContain('2024-06-01')
    expect(text).toContain('2024-06-02')
  })

  it('shows rates as percentages and flags those above 100 % without clamping', async () => {
    const rows: ReportRow[] = [{ StatsTime: DAY1, values: { HandleRate: 1.25, CallsHandled: 5, CallsQueued: 4 } }]
    const wrapper = mountTable(rows, INTERVAL_INBOUND)
    await settle()
    const over = wrapper.findAll('.report-table__over')
    expect(over.length).toBeGreaterThan(0)
    expect(over[0]!.text()).toContain('125.0%')
    expect(wrapper.get('[data-testid="report-totals"] [data-field="HandleRate"]').attributes('data-raw')).toBe('1.25')
  })

  it('names the interval\'s handle rate for what it divides by (queued), with its definition on focus', async () => {
    await loadMetricDefinitions('en-US')
    const rows: ReportRow[] = [{ StatsTime: DAY1, values: { HandleRate: 0.98, CallsHandled: 49, CallsQueued: 50 } }]
    const wrapper = mountTable(rows, INTERVAL_INBOUND)
    await settle()
    const anchor = wrapper.findAll('th [tabindex="0"]').find((label) => label.text() === 'Handled of queued')
    expect(anchor).toBeDefined()
    expect(wrapper.findAll('th [tabindex="0"]').map((label) => label.text())).not.toContain('Handle rate')
    ;(anchor!.element as HTMLElement).focus()
    await settle()
    const hints = [...document.querySelectorAll('[data-testid="metric-hint"]')].map((el) => el.textContent ?? '')
    expect(hints).toEqual([expect.stringContaining('Calls answered by an agent / calls that entered the queue.')])
    expect(hints[0]).toContain('Over the report’s range · rate · from ListIntervalInstanceReport')
    expect(document.getElementById(anchor!.attributes('aria-describedby')!)?.textContent).toContain('calls that entered the queue')
  })

  it('shows only the columns given, in their order, each header its full label', async () => {
    const rows: ReportRow[] = [{ StatsTime: DAY1, values: { CallsOffered: 5, CallsHandled: 4, HandleRate: 0.8, CallsQueued: 5, TotalHoldTime: 0 } }]
    const wrapper = mountTable(rows, INTERVAL_INBOUND, ['CallsOffered', 'HandleRate', 'TotalHoldTime'])
    await settle()
    const headers = wrapper.findAll('thead th').map((th) => th.find('.metric-hint').exists() ? th.get('.metric-hint').text() : th.text())
    expect(headers).toEqual(['Time', 'Calls offered', 'Handled of queued', 'Total hold time'])
    expect(wrapper.findAll('[data-testid="report-totals"] [data-field]').map((td) => td.attributes('data-field'))).toEqual([
      'CallsOffered',
      'HandleRate',
      'TotalHoldTime'
    ])
  })

  it('formats the totals row exactly as the rows: no time is "0:00" in both, a Long sum of seconds a duration', async () => {
    const rows: ReportRow[] = [
      { StatsTime: DAY1, values: { CallsHold: 2, TotalHoldTime: 0, AverageHoldTime: 0, MaxHoldTime: 0, TotalTalkTime: 120n, CallsHandled: 2 } },
      { StatsTime: DAY2, values: { CallsHold: 1, TotalHoldTime: 0, AverageHoldTime: 0, MaxHoldTime: 0, TotalTalkTime: 60, CallsHandled: 1 } }
    ]
    const wrapper = mountTable(rows, INTERVAL_INBOUND, ['TotalHoldTime', 'AverageHoldTime', 'MaxHoldTime', 'TotalTalkTime', 'CallsHandled'])
    await settle()
    const { rows: bodies, totals } = cellTexts(wrapper)
    expect(bodies).toEqual([
      ['2024-06-01', '0:00', '0:00', '0:00', '2:00', '2'],
      ['2024-06-02', '0:00', '0:00', '0:00', '1:00', '1']
    ])
    expect(totals).toEqual(['Total', '0:00', '0:00', '0:00', '3:00', '3'])
  })
})
