import JSONbig from 'json-bigint'
import { describe, expect, it } from 'vitest'
import {
  normaliseInstance,
  normaliseIntervalReport,
  normaliseRealtimeStates,
  normaliseSummaryReport,
  normaliseTrendingReport,
  readLong
} from '../../../src/core/ccc/normalise'
import { docExample } from '../../fixtures/doc-examples'

describe('normalising the documented examples', () => {
  it('GetInstance: booleans and counts typed, the 16-digit AliyunUid kept as text', () => {
    const instance = normaliseInstance(docExample('GetInstance').Data)
    expect(instance.Name).toBe('云呼测试实例')
    expect(instance.AliyunUid).toBe('1571234567890123')
    expect(instance.AdminList[0]).toMatchObject({ DisplayName: '云呼测试1', RoleName: 'Admin', WorkMode: 'ON_SITE' })
    const number = instance.NumberList[0]
    expect(number?.Active).toBe(true)
    expect(number?.SkillGroups[0]).toMatchObject({ SkillGroupId: 'test@ccc-test', PhoneNumberCount: 1, UserCount: 2 })
  })

  it('GetRealtimeInstanceStates: reads the example\'s LongestCall as LongestWaitingTime', () => {
    const states = normaliseRealtimeStates({ ...(docExample('GetRealtimeInstanceStates').Data as object), LongestCall: '42' })
    expect(states.LongestWaitingTime).toBe(42)
    expect(states).not.toHaveProperty('LongestCall')
    expect(states.TotalAgents).toBe(0)
    expect(typeof states.ReadyAgents).toBe('number')
  })

  it('ListIntervalInstanceReport: quoted numbers become numbers, rates stay ratios', () => {
    const [item] = normaliseIntervalReport(docExample('ListIntervalInstanceReport').Data)
    expect(item?.StatsTime).toBe(1620291600000)
    expect(item?.Inbound).toMatchObject({ CallsOffered: 7, CallsHandled: 7, HandleRate: 1, ServiceLevel20: 1, AverageTalkTime: 64, MaxTalkTime: 219 })
    expect(item?.Outbound.AnswerRate).toBe(0)
    expect(item?.Overall.TotalCalls).toBe(0)
  })

  it('GetInstanceTrendingReport: points typed and in time order', () => {
    const raw = docExample('GetInstanceTrendingReport').Data as { Inbound: Record<string, string>[] }
    const later = { ...raw.Inbound[0], StatsTime: '1604642729000', TotalCalls: '5' }
    const report = normaliseTrendingReport({ ...raw, Inbound: [later, ...raw.Inbound] })
    expect(report.Inbound.map((p) => p.StatsTime)).toEqual([1604639129000, 1604642729000])
    expect(report.Inbound[1]?.TotalCalls).toBe(5)
    expect(report.Outbound[0]).toEqual({ StatsTime: 1604639129000, CallsAnswered: 0, TotalCalls: 0 })
  })

  it('GetInstanceSummaryReportSinceMidnight: the String-typed MaxTalkTime is read as seconds', () => {
    const report = normaliseSummaryReport({
      ...(docExample('GetInstanceSummaryReportSinceMidnight').InstanceSummaryReport as object),
      Inbound: { MaxTalkTime: '219', HandleRate: '0.95' }
    })
    expect(report.Timestamp).toBe('2018-09-13 00:00:00')
    expect(report.Inbound.MaxTalkTime).toBe(219)
    expect(report.Inbound.HandleRate).toBe(0.95)
    // absent fields are missing, not zero
    expect(report.Inbound.CallsOffered).toBeNull()
  })

  it('reads the SDK spelling CallsAbandonedInRing and outputs the documented one', () => {
    const [item] = normaliseIntervalReport([{ StatsTime: 1, Inbound: { CallsAbandonedInRing: 3 } }])
    expect(item?.Inbound.CallsAbandonedInRinging).toBe(3)
    expect(item?.Inbound).not.toHaveProperty('CallsAbandonedInRing')
  })
})

describe('readLong', () => {
  it('keeps integers beyond 2^53 exact as bigint, from json-bigint and from strings', () => {
    const body = JSONbig.parse('{"n": 9007199254740993, "m": "9007199254740995"}') as Record<string, unknown>
    expect(readLong(body.n)).toBe(9007199254740993n)
    expect(readLong(body.m)).toBe(9007199254740995n)
    expect(readLong('123')).toBe(123)
    expect(readLong(12)).toBe(12)
  })

  it('gives null for what is not a number, never NaN or 0', () => {
    expect(readLong('abc')).toBeNull()
    expect(readLong(undefined)).toBeNull()
    expect(readLong({})).toBeNull()
  })
})
