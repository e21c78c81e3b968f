import { describe, expect, it } from 'vitest'
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  METRIC_GROUP_INFO,
  METRIC_GROUPS,
  REALTIME_STATES,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  TREND_OUTBOUND,
  documentedFields,
  metricGroupName,
  type MetricGroup
} from '../../src/shared/ccc/catalogue'
import { docExample } from '../fixtures/doc-examples'

const keys = (o: unknown): string[] => Object.keys(o as object).sort()
/** The fields the seed docs name: the catalogue also knows the SDK models' own. */
const documented = (group: MetricGroup): string[] => documentedFields(group).sort()
const first = (list: unknown): unknown => (list as unknown[])[0]

describe('metric catalogue', () => {
  it('lists exactly the metrics of each documented example, by their documented names', () => {
    const interval = first(docExample('ListIntervalInstanceReport').Data) as Record<string, unknown>
    expect(documented(INTERVAL_INBOUND)).toEqual(keys(interval.Inbound))
    expect(documented(INTERVAL_OUTBOUND)).toEqual(keys(interval.Outbound))
    expect(documented(INTERVAL_OVERALL)).toEqual(keys(interval.Overall))

    const trend = docExample('GetInstanceTrendingReport').Data as Record<string, unknown>
    expect([...documented(TREND_INBOUND), 'StatsTime'].sort()).toEqual(keys(first(trend.Inbound)))
    expect([...documented(TREND_OUTBOUND), 'StatsTime'].sort()).toEqual(keys(first(trend.Outbound)))

    const summary = docExample('GetInstanceSummaryReportSinceMidnight').InstanceSummaryReport as Record<string, unknown>
    expect(documented(SUMMARY_INBOUND)).toEqual(keys(summary.Inbound))
    expect(documented(SUMMARY_OUTBOUND)).toEqual(keys(summary.Outbound))
    expect(documented(SUMMARY_OVERALL)).toEqual(keys(summary.Overall))

    // The realtime example spells LongestWaitingTime as LongestCall: the catalogue keeps the table's name.
    const realtime = docExample('GetRealtimeInstanceStates').Data as Record<string, unknown>
    const exampleNames = keys(realtime).filter((k) => k !== 'InstanceId')
    expect(exampleNames).toContain('LongestCall')
    expect(documented(REALTIME_STATES)).toEqual(exampleNames.map((k) => (k === 'LongestCall' ? 'LongestWaitingTime' : k)).sort())
    expect(REALTIME_STATES.LongestWaitingTime.aliases).toContain('LongestCall')
  })

  it('knows the SDK models\' spellings and their own fields, as the SDK names them', () => {
    expect(INTERVAL_INBOUND.AbandonedRate.sdkName).toBe('AbandonRate')
    expect(INTERVAL_INBOUND.CallsAbandonedInRinging.sdkName).toBe('CallsAbandonedInRing')
    expect(TREND_INBOUND.CallsAbandonedInRinging.sdkName).toBe('CallsAbandonedInRing')
    const sdkOnly = (group: MetricGroup): string[] => Object.keys(group).filter((name) => group[name]?.origin === 'sdk').sort()
    expect(sdkOnly(INTERVAL_INBOUND)).toEqual(['CallsAttendedTransferred', 'CallsBlindTransferred', 'CallsQueuingTimeout', 'SatisfactionRate'])
    expect(sdkOnly(INTERVAL_OUTBOUND)).toEqual(['AverageRingTime', 'CallsRinged'])
    expect(INTERVAL_INBOUND.SatisfactionRate).toMatchObject({ unit: 'ratio', aggregate: { kind: 'weighted', weight: 'SatisfactionSurveysResponded' } })
    expect(INTERVAL_OUTBOUND.AverageRingTime).toMatchObject({ unit: 'seconds', aggregate: { kind: 'weighted', weight: 'CallsRinged' } })
  })

  it('recomputes every aggregate from fields that exist in the same group', () => {
    for (const [groupName, group] of Object.entries(METRIC_GROUPS)) {
      for (const [field, def] of Object.entries(group)) {
        const agg = def.aggregate
        const refs = agg.kind === 'quotient' ? [...agg.numerator, agg.denominator] : agg.kind === 'weighted' ? [agg.weight] : []
        for (const ref of refs) {
          expect(Object.keys(group), `${groupName}.${field} refers to ${ref}`).toContain(ref)
          expect((group as Record<string, { unit: string }>)[ref]?.unit, `${groupName}.${field} → ${ref}`).not.toBe('ratio')
        }
      }
    }
  })

  it('treats every rate as a ratio (the docs say % but their examples give 1 for 100 %)', () => {
    expect(INTERVAL_INBOUND.HandleRate.unit).toBe('ratio')
    expect(INTERVAL_INBOUND.ServiceLevel20.unit).toBe('ratio')
    expect(INTERVAL_INBOUND.AverageTalkTime.aggregate).toEqual({
      kind: 'quotient',
      numerator: ['TotalTalkTime'],
      denominator: 'CallsHandled'
    })
  })
})

describe('metric groups', () => {
  it('say which API each comes from and over which time it counts', () => {
    expect(Object.keys(METRIC_GROUP_INFO).sort()).toEqual(Object.keys(METRIC_GROUPS).sort())
    for (const [name, info] of Object.entries(METRIC_GROUP_INFO)) expect(name.split('.')[0]).toBe(info.source)
    expect(METRIC_GROUP_INFO['GetRealtimeInstanceStates.Data'].window).toBe('live')
    expect(METRIC_GROUP_INFO['GetInstanceSummaryReportSinceMidnight.Inbound'].window).toBe('sinceMidnight')
    expect(METRIC_GROUP_INFO['ListIntervalInstanceReport.Inbound'].window).toBe('range')
    expect(METRIC_GROUP_INFO['GetInstanceTrendingReport.Outbound'].window).toBe('range')
  })

  it('are named back from themselves, and from nothing else', () => {
    expect(metricGroupName(SUMMARY_INBOUND)).toBe('GetInstanceSummaryReportSinceMidnight.Inbound')
    expect(metricGroupName(INTERVAL_INBOUND)).toBe('ListIntervalInstanceReport.Inbound')
    expect(metricGroupName({ ...INTERVAL_INBOUND })).toBeNull()
  })
})
