/**
 * Every figure of every API says what it is: a label and a one-line definition in both languages,
 * a unit, the API it comes from and the time it counts over. And where one field name means two
 * things in two APIs, the two read differently.
 */
import { describe, expect, it } from 'vitest'
import { METRIC_GROUP_INFO, METRIC_GROUPS, type MetricGroup, type MetricGroupName } from '../../../src/shared/ccc/catalogue'
import enUS from '../../../src/renderer/src/i18n/en-US'
import zhCN from '../../../src/renderer/src/i18n/zh-CN'
import defsEnUS from '../../../src/renderer/src/i18n/metric-definitions/en-US'
import defsZhCN from '../../../src/renderer/src/i18n/metric-definitions/zh-CN'
import { loadMetricDefinitions } from '../../../src/renderer/src/i18n/metric-definitions'
import { metricDefinition } from '../../../src/renderer/src/model/metric-text'
import { METRIC_LABELS, metricLabel } from '../../../src/shared/messages/metric-labels'

const pairs = Object.entries(METRIC_GROUPS).flatMap(([group, fields]) =>
  Object.keys(fields).map((field) => [group as MetricGroupName, field] as const)
)
const LANGUAGES = [
  ['en-US', enUS, defsEnUS],
  ['zh-CN', zhCN, defsZhCN]
] as const

describe.each(LANGUAGES)('%s: what each figure is', (locale, messages, definitions) => {
  it.each(pairs)('%s %s has a label, a definition, a unit, a source and a window', (group, field) => {
    const label = metricLabel(locale, group, field)
    expect(label?.trim()).toBeTruthy()
    expect(label).not.toBe(field)
    const definition = metricDefinition(definitions, group, field)
    expect(definition?.trim()).toBeTruthy()
    expect(definition).not.toBe(label)

    const def = (METRIC_GROUPS[group] as MetricGroup)[field]!
    expect(Object.keys(messages.metricInfo.units)).toContain(def.unit)
    const info = METRIC_GROUP_INFO[group]
    expect(group.startsWith(`${info.source}.`)).toBe(true)
    expect(messages.metricInfo.windows[info.window]?.trim()).toBeTruthy()
  })

  it('names no field or group the catalogue does not know, so a typo cannot hide behind a fallback', () => {
    const fields = new Set(pairs.map(([, field]) => field))
    for (const field of Object.keys(definitions.shared)) expect(fields, field).toContain(field)
    const named: [MetricGroupName, object][] = Object.entries(definitions.byGroup).flatMap(([api, groups]) =>
      Object.entries(groups as Record<string, object>).map(([path, fields]) => [`${api}.${path}` as MetricGroupName, fields] as [MetricGroupName, object])
    )
    named.push(...(Object.entries(METRIC_LABELS[locale].byGroup) as [MetricGroupName, object][]))
    for (const field of Object.keys(METRIC_LABELS[locale].fields)) expect(fields, field).toContain(field)
    for (const [group, labelled] of named) {
      expect(Object.keys(METRIC_GROUPS), group).toContain(group)
      for (const field of Object.keys(labelled)) expect(Object.keys(METRIC_GROUPS[group]), `${group}.${field}`).toContain(field)
    }
  })

  it('tells the summary\'s handle rate (of offered) from the interval report\'s (of queued)', () => {
    const summary = metricLabel(locale, 'GetInstanceSummaryReportSinceMidnight.Inbound', 'HandleRate')
    const interval = metricLabel(locale, 'ListIntervalInstanceReport.Inbound', 'HandleRate')
    expect(summary).not.toBe(interval)
    expect(metricDefinition(definitions, 'GetInstanceSummaryReportSinceMidnight.Inbound', 'HandleRate')).not.toBe(
      metricDefinition(definitions, 'ListIntervalInstanceReport.Inbound', 'HandleRate')
    )
    // TotalCalls: incoming calls in the trend, calls handled in and out in the interval's Overall.
    expect(metricLabel(locale, 'GetInstanceTrendingReport.Inbound', 'TotalCalls')).not.toBe(
      metricLabel(locale, 'ListIntervalInstanceReport.Overall', 'TotalCalls')
    )
  })
})

describe('the figures\' texts', () => {
  it('label InteractiveCalls as the calls in the IVR the docs define (IVR中交互的电话个数)', () => {
    expect(metricLabel('en-US', 'GetRealtimeInstanceStates.Data', 'InteractiveCalls')).toBe('Calls in IVR')
    expect(metricLabel('zh-CN', 'GetRealtimeInstanceStates.Data', 'InteractiveCalls')).toBe('正在IVR中')
    expect(metricDefinition(defsZhCN, 'GetRealtimeInstanceStates.Data', 'InteractiveCalls')).toBe('IVR中交互的电话个数。')
  })

  it('say so where the docs say nothing', () => {
    expect(metricDefinition(defsEnUS, 'GetInstanceSummaryReportSinceMidnight.Inbound', 'TotalWaitTime')).toMatch(/^Not documented/)
    expect(metricDefinition(defsEnUS, 'ListIntervalInstanceReport.Inbound', 'TotalWaitTime')).toBe('Total wait time, in seconds.')
    expect(metricDefinition(defsEnUS, 'ListIntervalInstanceReport.Outbound', 'CallsRinged')).toMatch(/Not in the API docs/)
    expect(metricDefinition(defsEnUS, 'ListIntervalInstanceReport.Inbound', 'CallsRinged')).toMatch(/rang an agent/)
  })

  it('load per language, the same objects each time', async () => {
    expect(await loadMetricDefinitions('zh-CN')).toBe(defsZhCN)
    expect(await loadMetricDefinitions('en-US')).toBe(defsEnUS)
  })
})
