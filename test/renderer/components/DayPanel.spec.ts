// @vitest-environment happy-dom
/**
 * A Today panel's periods in alert said in words: every one of a few, and of a figure flapping at
 * its limit all day the twelve longest, in time order, with how many there were and how long in all.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { Period } from '@shared/history/day-curves'
import { createAppI18n } from '@renderer/i18n'
import enUS from '@renderer/i18n/en-US'
import todayEnUS from '@renderer/i18n/today/en-US'
import DayPanel from '@renderer/components/today/DayPanel.vue'
import type { TodayPanel } from '@renderer/model/today-panels'

// 09:00 in Shanghai.
const T0 = Date.UTC(2026, 11, 4, 1)

function panelWith(alerts: Period[]): TodayPanel {
  return {
    key: 'waiting',
    limit: 10,
    peak: null,
    input: { series: [], unit: 'count', from: T0, to: T0 + 3_600_000, timeZone: 'Asia/Shanghai', gaps: [], alerts, gapLabel: 'Gap', alertLabel: 'Alert' }
  }
}

const listed = (alerts: Period[]) => {
  const wrapper = mount(DayPanel, {
    props: { panel: panelWith(alerts), title: 'Waiting calls', timeZone: 'Asia/Shanghai' },
    global: { plugins: [createAppI18n('en-US', { ...enUS, ...todayEnUS } as typeof enUS)], stubs: { DayChart: true } }
  })
  const lines = wrapper.findAll('[data-testid="today-alert-periods"] li').map((li) => li.text())
  const note = wrapper.find('[data-testid="today-alerts-longest"]')
  return { lines, note: note.exists() ? note.text() : null }
}

describe('a Today panel’s periods in alert', () => {
  it('lists a few periods each, in time order, with nothing more to say', () => {
    const { lines, note } = listed([[T0, T0 + 60_000], [T0 + 600_000, T0 + 630_000]])
    expect(lines).toEqual(['In alert 09:00:00 – 09:01:00', 'In alert 09:10:00 – 09:10:30'])
    expect(note).toBeNull()
  })

  it('lists the twelve longest of thirty in time order, and says how many there were and how long in all', () => {
    // 30 periods, one a minute from 09:00, lasting 10 to 50 s in turn: six of each length.
    const alerts: Period[] = Array.from({ length: 30 }, (_, i) => [T0 + i * 60_000, T0 + i * 60_000 + (10 + (i % 5) * 10) * 1000])
    const { lines, note } = listed(alerts)
    expect(lines).toHaveLength(12)
    // The six of 50 s (minutes 4, 9, …, 29) and the six of 40 s (3, 8, …, 28), in time order.
    const minutes = [3, 4, 8, 9, 13, 14, 18, 19, 23, 24, 28, 29]
    expect(lines).toEqual(minutes.map((m) => `In alert 09:${String(m).padStart(2, '0')}:00 – 09:${String(m).padStart(2, '0')}:${m % 5 === 4 ? '50' : '40'}`))
    // (10 + 20 + 30 + 40 + 50) × 6 = 900 s.
    expect(note).toBe('The 12 longest of 30 periods in alert, in time order; 15:00 in alert in all.')
  })
})
