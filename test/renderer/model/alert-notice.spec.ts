/** An alert's notification in words, in both languages: what, how much, where, and the limit. */
import { describe, expect, it } from 'vitest'
import type { AlertNotification } from '@shared/alert-engine'
import { createAppI18n } from '@renderer/i18n'
import enUS from '@renderer/i18n/en-US'
import zhCN from '@renderer/i18n/zh-CN'
import { alertBoard, alertLogTable, alertNoticeText, type Translate } from '@renderer/model/alert-notice'

const en = createAppI18n('en-US', enUS).global.t as unknown as Translate
const zh = createAppI18n('zh-CN', zhCN).global.t as unknown as Translate

const base: AlertNotification = {
  kind: 'begin',
  entryId: 1,
  key: 'ccc-a/ServiceLevel20',
  instanceId: 'ccc-a',
  figure: 'ServiceLevel20',
  skillGroupId: null,
  skillGroupName: null,
  direction: 'below',
  value: 41.53,
  threshold: 60,
  at: Date.UTC(2026, 5, 17, 6, 37)
}

describe('alertNoticeText', () => {
  it('says the figure, its value and where, with the limit crossed', () => {
    expect(alertNoticeText(en, 'en-US', base, 'Hangzhou')).toEqual({ title: 'In alert · Service level (20 s): 41.5%', body: 'Hangzhou (ccc-a) · alert at < 60%' })
    expect(alertNoticeText(zh, 'zh-CN', base, '杭州')).toEqual({ title: '告警 · 服务水平（20 秒）：41.5%', body: '杭州（ccc-a） · 告警阈值 < 60%' })
  })

  it('leads a reminder with "still in alert", names a queue, and falls back to the ID without a name', () => {
    const queue: AlertNotification = { ...base, kind: 'reminder', key: 'ccc-a/queue/sg/LongestWaitingTime', figure: 'LongestWaitingTime', skillGroupId: 'sg', skillGroupName: 'Sales', direction: 'above', value: 245, threshold: 120 }
    expect(alertNoticeText(en, 'en-US', queue, null)).toEqual({ title: 'Still in alert · Longest wait · Sales: 4:05', body: 'ccc-a · alert at ≥ 2:00' })
    expect(alertNoticeText(zh, 'zh-CN', queue, null).title).toBe('仍在告警 · 最长等待 · Sales：4:05')
    expect(alertBoard(queue)).toBe('realtime-queues')
    expect(alertBoard(base)).toBe('realtime')
  })

  it('names an agent\'s time in a state by the agent and the state, and its board', () => {
    const agent: AlertNotification = { ...base, key: 'ccc-a/agent/a1/StateTime', figure: 'StateTime', agent: { id: 'a1', name: '李雷', state: 'ACW' }, direction: 'above', value: 312, threshold: 300 }
    expect(alertNoticeText(en, 'en-US', agent, 'Hangzhou')).toEqual({ title: 'In alert · Time in state · 李雷 (After-call work): 5:12', body: 'Hangzhou (ccc-a) · alert at ≥ 5:00' })
    expect(alertNoticeText(zh, 'zh-CN', agent, '杭州').title).toBe('告警 · 状态时长 · 李雷（话后处理）：5:12')
    // A state this version does not know is named as CCC sent it.
    expect(alertNoticeText(en, 'en-US', { ...agent, agent: { ...agent.agent!, state: 'Meeting' } }, null).title).toBe('In alert · Time in state · 李雷 (Meeting): 5:12')
    expect(alertBoard(agent)).toBe('realtime-agents')
  })

  it('says a value not reported as missing, not zero', () => {
    expect(alertNoticeText(en, 'en-US', { ...base, value: null }, 'Hangzhou').title).toBe('In alert · Service level (20 s): —')
  })
})

describe('alertLogTable', () => {
  const entry = {
    id: 2,
    key: 'ccc-a/queue/sg/LongestWaitingTime',
    instanceId: 'ccc-a',
    figure: 'LongestWaitingTime',
    skillGroupId: 'sg',
    skillGroupName: 'Sales',
    direction: 'above' as const,
    threshold: 120,
    beganAt: Date.UTC(2026, 5, 17, 6, 0),
    peak: 245,
    peakAt: Date.UTC(2026, 5, 17, 6, 5),
    lastSeenAt: Date.UTC(2026, 5, 17, 6, 7, 15),
    clearedAt: Date.UTC(2026, 5, 17, 6, 7, 30),
    acrossGap: false,
    clearedUnseen: false,
    notified: false,
    silenced: 'snoozed' as const,
    reminders: 1
  }

  it('gives one row per alert in the page\'s words, with times as instants and the duration in seconds', () => {
    const { columns, rows } = alertLogTable(en, 'en-US', [{ status: 'cleared', entry }, { status: 'alerting', entry: { ...entry, id: 3, peak: null, clearedAt: null, silenced: null, notified: true, reminders: 0 } }])
    expect(columns.map((c) => `${c.label}:${c.kind}`)).toEqual([
      'Figure:text', 'Limit:text', 'Began:epochMs', 'Peak:text', 'Peak at:epochMs', 'Lasted:seconds', 'State:text', 'Cleared:epochMs', 'Last seen:epochMs', 'Notified:text', 'Reminders:text'
    ])
    expect(rows).toEqual([
      ['Longest wait · Sales', '≥ 2:00', entry.beganAt, '4:05', entry.peakAt, 450, 'Cleared', entry.clearedAt, entry.lastSeenAt, 'Snoozed', 1],
      ['Longest wait · Sales', '≥ 2:00', entry.beganAt, null, null, 435, 'In alert', null, entry.lastSeenAt, 'Notified', 0]
    ])
    expect(alertLogTable(zh, 'zh-CN', [{ status: 'cleared', entry: { ...entry, clearedUnseen: true, silenced: 'muted' } }]).rows[0]).toEqual([
      '最长等待 · Sales', '≥ 2:00', entry.beganAt, '4:05', entry.peakAt, 435, '未见数据时解除', entry.clearedAt, entry.lastSeenAt, '免打扰', 1
    ])
  })
})
