// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import SummaryPanel from '@renderer/components/realtime/SummaryPanel.vue'
import { loadMetricDefinitions } from '@renderer/i18n/metric-definitions'
import { summary } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const figure = (wrapper: ReturnType<typeof mountWithI18n>, key: string) => wrapper.get(`[data-testid="summary-${key}"]`)

describe('SummaryPanel', () => {
  it('shows counts, waits as m:ss and rates as percentages', () => {
    const wrapper = mountWithI18n(SummaryPanel, { props: { summary: summary('ccc-a') } })
    expect(figure(wrapper, 'Inbound-CallsOffered').text()).toBe('Calls offered100')
    expect(figure(wrapper, 'Inbound-AverageTalkTime').text()).toBe('Average talk time3:05')
    expect(figure(wrapper, 'Inbound-ServiceLevel20').text()).toBe('Service level (20 s)85.0%')
    expect(figure(wrapper, 'Outbound-AnswerRate').text()).toBe('Answer rate80.0%')
    expect(figure(wrapper, 'Overall-OccupancyRate').text()).toBe('Occupancy70.0%')
    // The Timestamp is the report's date (日期), not when the figures were taken.
    expect(wrapper.get('[data-testid="summary-date"]').text()).toBe('Since midnight of 2024-05-06')
    expect(wrapper.text()).not.toContain('As of')
    expect(wrapper.text()).not.toContain('10:11:12')
  })

  it('names its handle rate for what it divides by, and shows each figure\'s definition on focus', async () => {
    await loadMetricDefinitions('en-US')
    const wrapper = mountWithI18n(SummaryPanel, { props: { summary: summary('ccc-a') } })
    const rate = figure(wrapper, 'Inbound-HandleRate')
    expect(rate.text()).toBe('Handled of offered90.0%')
    ;(rate.element as HTMLElement).focus()
    await settle()
    const hints = [...document.querySelectorAll('[data-testid="metric-hint"]')].map((el) => el.textContent ?? '')
    expect(hints).toEqual([expect.stringContaining('taken as calls handled / calls offered')])
    expect(hints[0]).toContain('Since midnight')
    expect(document.getElementById(rate.attributes('aria-describedby')!)?.textContent).toContain('The docs give no formula')
  })

  it('reads in Chinese, the date as the report\'s day', () => {
    const wrapper = mountWithI18n(SummaryPanel, { props: { summary: summary('ccc-a') } }, 'zh-CN')
    expect(figure(wrapper, 'Inbound-HandleRate').text()).toBe('应答率（占呼入）90.0%')
    expect(wrapper.get('[data-testid="summary-date"]').text()).toBe('2024-05-06 零点起')
  })

  it('shows a rate above 100 % as reported, flagged, never clamped', () => {
    const wrapper = mountWithI18n(SummaryPanel, { props: { summary: summary('ccc-a', { HandleRate: 1.25 }) } })
    const rate = figure(wrapper, 'Inbound-HandleRate')
    expect(rate.text()).toContain('125.0%')
    expect(rate.find('[data-testid="over-100"]').exists()).toBe(true)
    expect(rate.text()).toContain('Above 100 %: shown as the API reported it')
    expect(figure(wrapper, 'Inbound-ServiceLevel20').find('[data-testid="over-100"]').exists()).toBe(false)
  })

  it('shows a missing figure as missing, not as zero', () => {
    const wrapper = mountWithI18n(SummaryPanel, { props: { summary: summary('ccc-a', { CallsAbandonedInQueue: null }) } })
    expect(figure(wrapper, 'Inbound-CallsAbandonedInQueue').text()).toBe('Abandoned in queue—')
  })

  it('greys stale figures', () => {
    const wrapper = mountWithI18n(SummaryPanel, { props: { summary: summary('ccc-a'), stale: true } })
    expect(wrapper.get('[data-testid="summary-panel"]').classes()).toContain('summary--stale')
  })
})
