// @vitest-environment happy-dom
/** The wallboard's alert log in both languages, on explicit instants shown in Shanghai's zone. */
import { afterEach, describe, expect, it } from 'vitest'
import type { AlertLogEntry } from '@shared/alert-engine'
import AlertLog from '@renderer/components/realtime/AlertLog.vue'
import type { AlertLogRow } from '@renderer/model/alert-log'
import { mountWithI18n } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

// 2026-06-17 14:37:00 in Shanghai (UTC+8).
const NOW = Date.UTC(2026, 5, 17, 6, 37, 0)
const MIN = 60_000
const ZONE = 'Asia/Shanghai'

function entry(over: Partial<AlertLogEntry> & Pick<AlertLogEntry, 'id' | 'figure'>): AlertLogEntry {
  return {
    key: `ccc-a/${over.figure}`,
    instanceId: 'ccc-a',
    skillGroupId: null,
    skillGroupName: null,
    direction: 'above',
    threshold: 10,
    beganAt: NOW - 20 * MIN,
    peak: 14,
    peakAt: NOW - 15 * MIN,
    lastSeenAt: NOW,
    clearedAt: null,
    acrossGap: false,
    clearedUnseen: false,
    notified: true,
    silenced: null,
    reminders: 0,
    ...over
  }
}

const ROWS: AlertLogRow[] = [
  // Under way for 20 minutes.
  { status: 'alerting', entry: entry({ id: 4, figure: 'WaitingCalls' }) },
  // A queue's longest wait, over 2:00 from 14:00:00 to 14:07:30.
  {
    status: 'cleared',
    entry: entry({
      id: 3,
      figure: 'LongestWaitingTime',
      key: 'ccc-a/queue/sales/LongestWaitingTime',
      skillGroupId: 'sales',
      skillGroupName: 'Sales hotline',
      threshold: 120,
      beganAt: NOW - 37 * MIN,
      peak: 245,
      lastSeenAt: NOW - 30 * MIN,
      clearedAt: NOW - 29.5 * MIN
    })
  },
  // The service level below 60 %, cleared while the figures were not coming.
  {
    status: 'cleared',
    entry: entry({
      id: 2,
      figure: 'ServiceLevel20',
      direction: 'below',
      threshold: 60,
      beganAt: NOW - 120 * MIN,
      peak: 41.53,
      lastSeenAt: NOW - 110 * MIN,
      clearedAt: NOW - 60 * MIN,
      acrossGap: true,
      clearedUnseen: true
    })
  },
  // Yesterday at 23:50, last seen at 23:55: its board has been closed since.
  { status: 'unseen', entry: entry({ id: 1, figure: 'WaitingCalls', beganAt: Date.UTC(2026, 5, 16, 15, 50), lastSeenAt: Date.UTC(2026, 5, 16, 15, 55) }) }
]

/** Each row's cells but the last (its notification controls). */
const cells = (wrapper: ReturnType<typeof mountWithI18n>) =>
  wrapper.findAll('[data-testid="alert-log-row"]').map((row) => row.findAll('th, td').slice(0, -1).map((cell) => cell.text().replace(/\s+/g, ' ')))
const controls = (wrapper: ReturnType<typeof mountWithI18n>) =>
  wrapper.findAll('[data-testid="alert-log-row"]').map((row) => row.findAll('td').at(-1)!.findAll('span.muted, button').map((el) => el.text().trim()).join(' | '))

describe('AlertLog', () => {
  it('lists each alert with its figure, limit, beginning, peak, duration and clearing, in the instance’s zone (en-US)', () => {
    const wrapper = mountWithI18n(AlertLog, { props: { rows: ROWS, timeZone: ZONE, now: NOW } })
    expect(wrapper.get('h2').text()).toBe('Alert log')
    expect(wrapper.text()).toContain('Times in Asia/Shanghai')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Figure', 'Began', 'Peak', 'Lasted', 'Cleared', 'Notifications'])
    expect(wrapper.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    expect(cells(wrapper)).toEqual([
      ['Waiting calls ≥ 10', '14:17:00', '14', '20:00', 'In alert'],
      ['Longest wait · Sales hotline ≥ 2:00', '14:00:00', '4:05', '7:30', '14:07:30'],
      ['Service level (20 s) < 60%', '12:37:00', '41.5%', 'at least 10:00', 'By 13:37:00 (not seen from 12:47:00)'],
      ['Waiting calls ≥ 10', '06/16, 23:50:00', '14', '5:00', 'Not seen since 06/16, 23:55:00']
    ])
    expect(wrapper.findAll('[data-testid="alert-log-row"]').map((row) => row.attributes('data-status'))).toEqual(['alerting', 'cleared', 'cleared', 'unseen'])
    // Each row is named by its figure for a screen reader walking the table.
    expect(wrapper.findAll('tbody th').every((th) => th.attributes('scope') === 'row')).toBe(true)
    expect(wrapper.get('[role="region"]').attributes('aria-label')).toBe('Alerts of this instance, newest first')
  })

  it('reads in Chinese, the same figures in the same zone (zh-CN)', () => {
    const wrapper = mountWithI18n(AlertLog, { props: { rows: ROWS, timeZone: ZONE, now: NOW } }, 'zh-CN')
    expect(wrapper.get('h2').text()).toBe('告警记录')
    expect(wrapper.text()).toContain('时间为 Asia/Shanghai')
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['指标', '开始', '峰值', '持续', '解除', '通知'])
    const rows = cells(wrapper)
    expect(rows[0]).toEqual(['排队来电 ≥ 10', '14:17:00', '14', '20:00', '告警中'])
    expect(rows[1]).toEqual(['最长等待 · Sales hotline ≥ 2:00', '14:00:00', '4:05', '7:30', '14:07:30'])
    expect(rows[2]).toEqual(['服务水平（20 秒） < 60%', '12:37:00', '41.5%', '至少 10:00', '13:37:00 前已解除（12:47:00 后未见数据）'])
    expect(rows[3]![4]).toMatch(/^06\/16 23:55:00 后未见数据$/)
  })

  it('offers a snooze while a figure is in alert and a mute always, and says which are held', async () => {
    const wrapper = mountWithI18n(AlertLog, { props: { rows: ROWS, timeZone: ZONE, now: NOW } })
    // Under way and unseen: snooze 15 min, 1 h; cleared: only mute.
    expect(controls(wrapper)).toEqual(['Snooze 15 min | Snooze 1 h | Mute', 'Mute', 'Mute', 'Snooze 15 min | Snooze 1 h | Mute'])
    await wrapper.findAll('[data-testid="alert-snooze"]')[1]!.trigger('click')
    await wrapper.findAll('[data-testid="alert-mute"]')[1]!.trigger('click')
    expect(wrapper.emitted('snooze')).toEqual([['ccc-a/WaitingCalls', 60]])
    expect(wrapper.emitted('mute')).toEqual([['ccc-a/queue/sales/LongestWaitingTime', true]])

    // The first figure snoozed to 14:52, the queue's muted; a snooze already over is not shown.
    await wrapper.setProps({
      snoozedUntil: { 'ccc-a/WaitingCalls': NOW + 15 * MIN, 'ccc-a/ServiceLevel20': NOW - MIN },
      mutedKeys: ['ccc-a/queue/sales/LongestWaitingTime']
    })
    expect(controls(wrapper)).toEqual(['Snoozed until 14:52:00 | Resume | Snooze 1 h | Mute', 'Muted | Unmute', 'Mute', 'Snoozed until 14:52:00 | Resume | Snooze 1 h | Mute'])
    await wrapper.get('[data-testid="alert-resume"]').trigger('click')
    await wrapper.findAll('[data-testid="alert-mute"]')[1]!.trigger('click')
    expect(wrapper.emitted('resume')).toEqual([['ccc-a/WaitingCalls']])
    expect(wrapper.emitted('mute')!.at(-1)).toEqual(['ccc-a/queue/sales/LongestWaitingTime', false])
    // Each button says which figure it is for, to a screen reader walking the buttons.
    expect(wrapper.findAll('[data-testid="alert-mute"]')[1]!.attributes('aria-label')).toBe('Unmute: Longest wait · Sales hotline')
    expect(wrapper.findAll('[data-testid="alert-resume"]')[0]!.attributes('aria-label')).toBe('Resume: Waiting calls')
  })

  it('says when there is nothing to log yet, in either language', () => {
    const en = mountWithI18n(AlertLog, { props: { rows: [], timeZone: ZONE, now: NOW } })
    expect(en.get('[data-testid="alert-log-empty"]').text()).toBe('No figure has reached its alert level yet.')
    expect(en.find('table').exists()).toBe(false)
    expect(en.get('h2').text()).toBe('Alert log')
    const zh = mountWithI18n(AlertLog, { props: { rows: [], timeZone: ZONE, now: NOW } }, 'zh-CN')
    expect(zh.get('[data-testid="alert-log-empty"]').text()).toBe('尚无指标达到告警级别。')
  })

  it('shows the times of another zone as that zone’s clock', () => {
    const wrapper = mountWithI18n(AlertLog, { props: { rows: ROWS.slice(0, 1), timeZone: 'Europe/London', now: NOW } })
    // 06:17 UTC is 07:17 in London's summer time.
    expect(cells(wrapper)[0]![1]).toBe('07:17:00')
  })
})
