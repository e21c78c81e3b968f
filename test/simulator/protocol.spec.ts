/** The gateway and the five actions over HTTP: pop-core's requests, the refusals, the answer shapes. */
import RPCClient from '@alicloud/pop-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DAY_MS, HOUR_MS } from '../../src/shared/ccc/range-split'
import {
  ACTION_VERSIONS,
  DEMO_CREDENTIALS,
  DEMO_INSTANCE_IDS,
  startSimulator,
  stringToSign,
  type ActionName,
  type Simulator
} from '../../src/simulator'
import { call, data } from './signed-call'
import { onPinnedDay, testClock } from '../helpers/test-clock'

type Body = Record<string, unknown>

const client = (sim: Simulator, apiVersion: string, credentials: { accessKeyId: string; accessKeySecret: string; securityToken?: string } = DEMO_CREDENTIALS) =>
  new RPCClient({ ...credentials, endpoint: sim.url, apiVersion })

/** What pop-core threw: its `code` and the body it parsed. */
async function rejection(promise: Promise<unknown>): Promise<{ code?: string; data?: Body; message: string }> {
  try {
    await promise
  } catch (error) {
    return error as { code?: string; data?: Body; message: string }
  }
  throw new Error('expected the call to fail')
}

describe('with the real pop-core client', () => {
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator(onPinnedDay)
  })
  afterAll(() => sim.close())

  const cases: Array<[ActionName, Record<string, string | number>]> = [
    ['GetInstance', { InstanceId: 'ccc-demo' }],
    ['GetRealtimeInstanceStates', { InstanceId: 'ccc-demo' }],
    ['GetInstanceTrendingReport', { InstanceId: 'ccc-demo', StartTime: testClock() - 2 * HOUR_MS, EndTime: testClock() }],
    ['ListIntervalInstanceReport', { InstanceId: 'ccc-demo', StartTime: testClock() - DAY_MS, Interval: 'Hourly' }],
    ['GetInstanceSummaryReportSinceMidnight', { InstanceId: 'ccc-demo' }]
  ]

  it.each(cases.flatMap(([action, params]) => (['GET', 'POST'] as const).map((method) => [action, method, params] as const)))(
    'accepts %s signed for %s',
    async (action, method, params) => {
      const body = await client(sim, ACTION_VERSIONS[action]).request<Body>(action, params, { method })
      expect(body.Code).toBe('OK')
      expect(body.RequestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/)
      const logged = sim.requests.at(-1)
      expect(logged).toMatchObject({ action, method, version: ACTION_VERSIONS[action], status: 200, code: 'OK' })
      expect(logged?.params).not.toHaveProperty('Signature')
      expect(logged?.params.InstanceId).toBe('ccc-demo')
    }
  )

  it('refuses a wrong secret with SignatureDoesNotMatch and echoes the string to sign', async () => {
    const error = await rejection(
      client(sim, '2020-07-01', { ...DEMO_CREDENTIALS, accessKeySecret: 'not-the-secret' }).request('GetInstance', { InstanceId: 'ccc-demo' })
    )
    expect(error.code).toBe('SignatureDoesNotMatch')
    const message = String(error.data?.Message)
    expect(message).toMatch(/^Specified signature is not matched with our calculation\. server string to sign is:GET&%2F&/)
    // The real gateway leaks the AccessKeyId this way; the app must redact it.
    expect(message).toContain(DEMO_CREDENTIALS.accessKeyId)
    expect(sim.requests.at(-1)).toMatchObject({ status: 400, code: 'SignatureDoesNotMatch' })
  })

  it('checks the signature against the method actually used', async () => {
    for (const [method, signFor] of [['GET', 'POST'], ['POST', 'GET']] as const) {
      const answer = await call(sim, 'GetInstance', { method, signFor, params: { InstanceId: 'ccc-demo' } })
      expect(answer.body?.Code).toBe('SignatureDoesNotMatch')
      expect(String(answer.body?.Message)).toContain(`string to sign is:${method}&`)
    }
    // pop-core given 'post' signs as POST and sends a POST with the parameters in the URL: that is a valid POST.
    const body = await client(sim, '2020-07-01').request<Body>('GetInstance', { InstanceId: 'ccc-demo' }, { method: 'post' })
    expect(body.Code).toBe('OK')
    expect(sim.requests.at(-1)?.method).toBe('POST')
  })

  it('refuses an unknown AccessKeyId with 404 InvalidAccessKeyId.NotFound', async () => {
    const answer = await call(sim, 'GetInstance', { accessKeyId: 'LTAI5tNoSuchKey', params: { InstanceId: 'ccc-demo' } })
    expect(answer.status).toBe(404)
    expect(answer.body).toMatchObject({ Code: 'InvalidAccessKeyId.NotFound' })
    expect(answer.body).toHaveProperty('HostId')
    expect(answer.body).toHaveProperty('Recommend')
    expect(answer.body).toHaveProperty('RequestId')
  })

  it('answers JSON even when the request asks for XML', async () => {
    const answer = await call(sim, 'GetInstance', { params: { InstanceId: 'ccc-demo', Format: 'XML' } })
    expect(answer.status).toBe(200)
    expect(answer.body?.Code).toBe('OK')
  })
})

describe('the gateway, on a frozen clock', () => {
  const NOW = Date.UTC(2025, 5, 18, 6, 37, 12)
  let clock = NOW
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ now: () => clock })
  })
  afterAll(() => sim.close())
  const at = (): number => clock

  it.each([
    ['Action', 'MissingParameter'],
    ['AccessKeyId', 'MissingParameter'],
    ['Version', 'MissingParameter'],
    ['SignatureNonce', 'MissingParameter'],
    ['Timestamp', 'MissingParameter'],
    ['SignatureMethod', 'IncompleteSignature'],
    ['SignatureVersion', 'IncompleteSignature']
  ])('refuses a request without %s with %s', async (name, code) => {
    const answer = await call(sim, 'GetInstance', { at: at(), params: { InstanceId: 'ccc-demo', [name]: undefined } })
    expect(answer.status).toBe(400)
    expect(answer.body?.Code).toBe(code)
  })

  it('refuses a request without a Signature with IncompleteSignature', async () => {
    const answer = await call(sim, 'GetInstance', { at: at(), signature: '', params: { InstanceId: 'ccc-demo' } })
    expect(answer.status).toBe(400)
    expect(answer.body?.Code).toBe('IncompleteSignature')
  })

  it('refuses a tampered Signature and shows the string it expected', async () => {
    const answer = await call(sim, 'GetInstance', { at: at(), method: 'POST', signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=', params: { InstanceId: 'ccc-demo' } })
    expect(answer.body?.Code).toBe('SignatureDoesNotMatch')
    const sent = sim.requests.at(-1)?.params ?? {}
    expect(String(answer.body?.Message)).toContain(`server string to sign is:${stringToSign('POST', sent)}`)
  })

  it('accepts a timestamp within 15 minutes either way and refuses one further off as expired', async () => {
    for (const skew of [-14 * 60_000, 14 * 60_000]) {
      expect((await call(sim, 'GetInstance', { at: NOW + skew, params: { InstanceId: 'ccc-demo' } })).status).toBe(200)
    }
    for (const skew of [-16 * 60_000, 16 * 60_000]) {
      const answer = await call(sim, 'GetInstance', { at: NOW + skew, params: { InstanceId: 'ccc-demo' } })
      expect(answer.status).toBe(400)
      expect(answer.body?.Code).toBe('InvalidTimeStamp.Expired')
    }
  })

  it.each(['2025-06-18 06:37:12', '2025-06-18T06:37:12+08:00', '2025-02-30T06:37:12Z', '1750228632'])(
    'refuses the timestamp %s as badly formatted',
    async (timestamp) => {
      const answer = await call(sim, 'GetInstance', { params: { InstanceId: 'ccc-demo', Timestamp: timestamp } })
      expect(answer.body?.Code).toBe('InvalidTimeStamp.Format')
    }
  )

  it('refuses a replayed nonce for as long as its request could still be valid, then accepts it again', async () => {
    const nonce = 'fixed-nonce-for-replay-test'
    // Stamped 14 minutes ahead: the timestamp is good until 29 minutes from now.
    const first = await call(sim, 'GetInstance', { at: at() + 14 * 60_000, params: { InstanceId: 'ccc-demo', SignatureNonce: nonce } })
    expect(first.status).toBe(200)
    const replay = await call(sim, 'GetRealtimeInstanceStates', { at: at(), params: { InstanceId: 'ccc-demo', SignatureNonce: nonce } })
    expect(replay.status).toBe(400)
    expect(replay.body?.Code).toBe('SignatureNonceUsed')
    try {
      // 16 minutes on, the first request could still be replayed as it was sent: still refused.
      clock = NOW + 16 * 60_000
      const replayedLater = await call(sim, 'GetInstance', { at: NOW + 14 * 60_000, params: { InstanceId: 'ccc-demo', SignatureNonce: nonce } })
      expect(replayedLater.body?.Code).toBe('SignatureNonceUsed')
      clock = NOW + 31 * 60_000
      const later = await call(sim, 'GetInstance', { at: clock, params: { InstanceId: 'ccc-demo', SignatureNonce: nonce } })
      expect(later.status).toBe(200)
    } finally {
      clock = NOW
    }
  })

  it('refuses an unknown action with 404 and a wrong version with InvalidVersion', async () => {
    const unknown = await call(sim, 'DescribeRegions', { at: at() })
    expect(unknown.status).toBe(404)
    expect(unknown.body?.Code).toBe('InvalidAction.NotFound')
    const old = await call(sim, 'GetInstance', { at: at(), params: { InstanceId: 'ccc-demo', Version: '2017-07-05' } })
    expect(old.status).toBe(400)
    expect(old.body?.Code).toBe('InvalidVersion')
    const newer = await call(sim, 'GetInstanceSummaryReportSinceMidnight', { at: at(), params: { InstanceId: 'ccc-demo', Version: '2020-07-01' } })
    expect(newer.body?.Code).toBe('InvalidVersion')
  })

  it('checks in the gateway order: an unknown key wins over a bad signature and an expired timestamp', async () => {
    const answer = await call(sim, 'NoSuchAction', { at: NOW - DAY_MS, accessKeyId: 'LTAI5tNobody', signature: 'bad' })
    expect(answer.body?.Code).toBe('InvalidAccessKeyId.NotFound')
    const signedWrong = await call(sim, 'NoSuchAction', { at: NOW - DAY_MS, secret: 'wrong' })
    expect(signedWrong.body?.Code).toBe('SignatureDoesNotMatch')
    const expired = await call(sim, 'NoSuchAction', { at: NOW - DAY_MS })
    expect(expired.body?.Code).toBe('InvalidTimeStamp.Expired')
  })

  it('refuses other paths', async () => {
    const response = await fetch(`${sim.url}/v2/?Action=GetInstance`)
    expect(response.status).toBe(404)
  })
})

describe('STS credentials', () => {
  let sim: Simulator
  const sts = { accessKeyId: 'STS.NTestKey', accessKeySecret: 'sts-secret', securityToken: 'CAIS-token-value' }
  beforeAll(async () => {
    sim = await startSimulator({ credentials: [sts] })
  })
  afterAll(() => sim.close())

  it('accepts the right SecurityToken and refuses a missing or wrong one', async () => {
    const body = await client(sim, '2020-07-01', sts).request<Body>('GetInstance', { InstanceId: 'ccc-demo' })
    expect(body.Code).toBe('OK')
    const { securityToken: _token, ...withoutToken } = sts
    expect((await rejection(client(sim, '2020-07-01', withoutToken).request('GetInstance', { InstanceId: 'ccc-demo' }))).code).toBe(
      'InvalidSecurityToken.Mismatch'
    )
    expect(
      (await rejection(client(sim, '2020-07-01', { ...sts, securityToken: 'other' }).request('GetInstance', { InstanceId: 'ccc-demo' }))).code
    ).toBe('InvalidSecurityToken.Mismatch')
  })

  it('no longer knows the demo key', async () => {
    const answer = await call(sim, 'GetInstance', { params: { InstanceId: 'ccc-demo' } })
    expect(answer.body?.Code).toBe('InvalidAccessKeyId.NotFound')
  })
})

describe('parameter rules', () => {
  const NOW = Date.UTC(2025, 5, 18, 6, 37, 12)
  let sim: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ now: () => NOW })
  })
  afterAll(() => sim.close())

  const refusal = async (action: string, params: Record<string, string | undefined>) => {
    const answer = await call(sim, action, { at: NOW, params })
    return { status: answer.status, code: answer.body?.Code, message: answer.body?.Message }
  }

  it.each(Object.keys(ACTION_VERSIONS))('%s refuses a blank InstanceId with Parameter.Blank', async (action) => {
    for (const InstanceId of [undefined, '', '   ']) {
      expect(await refusal(action, { InstanceId })).toEqual({
        status: 400,
        code: 'Parameter.Blank',
        message: 'The parameter InstanceId may not be null or blank.'
      })
    }
  })

  it.each(Object.keys(ACTION_VERSIONS))('%s refuses an unknown instance with 404 NotExists.InstanceId', async (action) => {
    expect(await refusal(action, { InstanceId: 'ccc-gone' })).toEqual({
      status: 404,
      code: 'NotExists.InstanceId',
      message: 'The specified instance ccc-gone does not exist.'
    })
  })

  it('refuses times that are not integers, and an unknown Interval', async () => {
    for (const StartTime of ['abc', '1.5', '2025-06-18', '']) {
      const result = await refusal('GetInstanceTrendingReport', { InstanceId: 'ccc-demo', StartTime })
      expect(result).toMatchObject({ status: 400, code: 'Parameter.Format' })
    }
    expect(await refusal('ListIntervalInstanceReport', { InstanceId: 'ccc-demo', EndTime: 'now' })).toMatchObject({ code: 'Parameter.Format' })
    expect(await refusal('ListIntervalInstanceReport', { InstanceId: 'ccc-demo', Interval: 'Weekly' })).toMatchObject({
      status: 400,
      code: 'Parameter.Enumeration'
    })
    expect(await refusal('ListIntervalInstanceReport', { InstanceId: 'ccc-demo', Interval: 'hourly' })).toMatchObject({
      code: 'Parameter.Enumeration'
    })
  })

  it('refuses a start older than 180 days and an end before the start', async () => {
    const tooOld = String(NOW - 180 * DAY_MS - 1000)
    expect(await refusal('GetInstanceTrendingReport', { InstanceId: 'ccc-demo', StartTime: tooOld, EndTime: String(NOW - 175 * DAY_MS) })).toMatchObject({
      status: 400,
      code: 'Parameter.Minimum'
    })
    expect(await refusal('ListIntervalInstanceReport', { InstanceId: 'ccc-demo', StartTime: String(NOW - HOUR_MS), EndTime: String(NOW - 2 * HOUR_MS) })).toMatchObject({
      code: 'Parameter.Minimum'
    })
    // Default EndTime is now: a start in the future ends before it starts.
    expect(await refusal('GetInstanceTrendingReport', { InstanceId: 'ccc-demo', StartTime: String(NOW + HOUR_MS) })).toMatchObject({
      code: 'Parameter.Minimum'
    })
    const oldest = String(NOW - 180 * DAY_MS + 60_000)
    expect((await call(sim, 'ListIntervalInstanceReport', { at: NOW, params: { InstanceId: 'ccc-demo', StartTime: oldest } })).status).toBe(200)
  })

  it('refuses spans over 7 days (trend), 10 days (Hourly) and 180 days (Daily)', async () => {
    const end = NOW - DAY_MS
    const span = (days: number): Record<string, string> => ({ StartTime: String(end - days * DAY_MS), EndTime: String(end) })
    const trend = (days: number) => refusal('GetInstanceTrendingReport', { InstanceId: 'ccc-demo', ...span(days) })
    const interval = (Interval: string, days: number) => refusal('ListIntervalInstanceReport', { InstanceId: 'ccc-demo', Interval, ...span(days) })
    expect((await trend(7.01)).code).toBe('Parameter.Maximum')
    expect((await trend(7)).code).toBe('OK')
    expect((await interval('Hourly', 10.01)).code).toBe('Parameter.Maximum')
    expect((await interval('Hourly', 10)).code).toBe('OK')
    expect((await interval('Daily', 10.01)).code).toBe('OK')
    const daily = await refusal('ListIntervalInstanceReport', {
      InstanceId: 'ccc-demo',
      StartTime: String(NOW - 179 * DAY_MS),
      EndTime: String(NOW + 2 * DAY_MS)
    })
    expect(daily).toMatchObject({ status: 400, code: 'Parameter.Maximum' })
  })

  it('defaults to local midnight until now, Daily', async () => {
    const days = await data<Array<{ StatsTime: string }>>(sim, 'ListIntervalInstanceReport', { at: NOW, params: { InstanceId: 'ccc-demo' } })
    // 14:37 in Shanghai: today's bucket only, starting at Shanghai midnight (16:00 UTC the day before).
    expect(days.map((d) => Number(d.StatsTime))).toEqual([Date.UTC(2025, 5, 17, 16)])
    const trend = await data<{ Inbound: Array<{ StatsTime: string }> }>(sim, 'GetInstanceTrendingReport', { at: NOW, params: { InstanceId: 'ccc-demo' } })
    // 14:30 is the last slot that has ended by 14:37.
    expect(trend.Inbound).toHaveLength(14 * 4 + 2)
    expect(Number(trend.Inbound[0]?.StatsTime)).toBe(Date.UTC(2025, 5, 17, 16))
  })

  it('puts Success: false on 2017-07-05 errors only', async () => {
    const summary = await call(sim, 'GetInstanceSummaryReportSinceMidnight', { at: NOW, params: { InstanceId: 'ccc-gone' } })
    expect(summary.body).toMatchObject({ Code: 'NotExists.InstanceId', Success: false })
    const instance = await call(sim, 'GetInstance', { at: NOW, params: { InstanceId: 'ccc-gone' } })
    expect(instance.body).not.toHaveProperty('Success')
  })
})

describe('answer shapes', () => {
  const NOW = Date.UTC(2025, 5, 18, 6, 37, 12)

  it('quotes every number and boolean of the data by default, as the docs show; the envelope keeps the SDK models\' types', async () => {
    const sim = await startSimulator({ now: () => NOW })
    try {
      const answer = await call(sim, 'GetInstance', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      expect(answer.body).toMatchObject({ Code: 'OK', HttpStatusCode: 200, Message: '' })
      const instance = answer.body?.Data as { NumberList: Array<{ Active: unknown; SkillGroups: Array<{ PhoneNumberCount: unknown }> }> }
      expect(['true', 'false']).toContain(instance.NumberList[0]?.Active)
      expect(typeof instance.NumberList.find((n) => n.SkillGroups.length > 0)?.SkillGroups[0]?.PhoneNumberCount).toBe('string')

      const summary = await call(sim, 'GetInstanceSummaryReportSinceMidnight', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      expect(summary.body).toMatchObject({ Code: 'OK', Success: true, HttpStatusCode: 200 })
      // The 2017 API's Success is a boolean in an error body too.
      const refused = await call(sim, 'GetInstanceSummaryReportSinceMidnight', { at: NOW, params: { InstanceId: 'ccc-gone' } })
      expect(refused.body).toMatchObject({ Code: 'NotExists.InstanceId', Success: false })
      expect(summary.body).not.toHaveProperty('Data')
      const report = summary.body?.InstanceSummaryReport as { Inbound: Record<string, unknown>; Timestamp: string; InstanceId: string }
      expect(report.InstanceId).toBe('ccc-demo')
      expect(report.Timestamp).toBe('2025-06-18 00:00:00')
      expect(Object.values(report.Inbound).every((v) => typeof v === 'string')).toBe(true)

      const interval = await call(sim, 'ListIntervalInstanceReport', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      const items = interval.body?.Data as Array<{ StatsTime: unknown; Inbound: Record<string, unknown> }>
      expect(Array.isArray(items)).toBe(true)
      expect(typeof items[0]?.StatsTime).toBe('string')
      expect(typeof items[0]?.Inbound.CallsHandled).toBe('string')
    } finally {
      await sim.close()
    }
  })

  it("sends JSON numbers and booleans with numbers: 'number', except the String-typed 2017 Inbound.MaxTalkTime", async () => {
    const sim = await startSimulator({ now: () => NOW, numbers: 'number' })
    try {
      const answer = await call(sim, 'GetInstance', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      expect(answer.body).toMatchObject({ Code: 'OK', HttpStatusCode: 200 })
      const instance = answer.body?.Data as { NumberList: Array<{ Active: unknown }> }
      expect(typeof instance.NumberList[0]?.Active).toBe('boolean')
      const summary = await call(sim, 'GetInstanceSummaryReportSinceMidnight', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      expect(summary.body).toMatchObject({ Success: true, HttpStatusCode: 200 })
      const report = summary.body?.InstanceSummaryReport as { Inbound: Record<string, unknown>; Outbound: Record<string, unknown> }
      expect(typeof report.Inbound.CallsHandled).toBe('number')
      expect(typeof report.Inbound.MaxTalkTime).toBe('string')
      expect(typeof report.Outbound.MaxTalkTime).toBe('number')
      const trend = await call(sim, 'GetInstanceTrendingReport', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      const points = (trend.body?.Data as { Inbound: Array<Record<string, unknown>>; Outbound: Array<Record<string, unknown>> })
      expect(Object.keys(points.Inbound[0] ?? {}).sort()).toEqual(
        ['CallsAbandonedInIVR', 'CallsAbandonedInQueue', 'CallsAbandonedInRinging', 'CallsHandled', 'CallsQueued', 'StatsTime', 'TotalCalls'].sort()
      )
      expect(Object.keys(points.Outbound[0] ?? {}).sort()).toEqual(['CallsAnswered', 'StatsTime', 'TotalCalls'])
      expect(typeof points.Inbound[0]?.StatsTime).toBe('number')
    } finally {
      await sim.close()
    }
  })

  it("spells the longest wait LongestCall when asked, as the docs' XML example does", async () => {
    const documented = await startSimulator({ now: () => NOW })
    const example = await startSimulator({ now: () => NOW, realtimeLongestField: 'LongestCall' })
    try {
      const a = await data<Record<string, string>>(documented, 'GetRealtimeInstanceStates', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      const b = await data<Record<string, string>>(example, 'GetRealtimeInstanceStates', { at: NOW, params: { InstanceId: 'ccc-demo' } })
      expect(a).toHaveProperty('LongestWaitingTime')
      expect(a).not.toHaveProperty('LongestCall')
      expect(b).toHaveProperty('LongestCall')
      expect(b).not.toHaveProperty('LongestWaitingTime')
      expect(b.LongestCall).toBe(a.LongestWaitingTime)
      expect(a.InstanceId).toBe('ccc-demo')
    } finally {
      await Promise.all([documented.close(), example.close()])
    }
  })

  it('serves every demo instance', async () => {
    const sim = await startSimulator({ now: () => NOW })
    try {
      expect(sim.instanceIds).toEqual(DEMO_INSTANCE_IDS)
      for (const id of DEMO_INSTANCE_IDS) {
        const instance = await data<{ Id: string; Status: string }>(sim, 'GetInstance', { at: NOW, params: { InstanceId: id } })
        expect(instance).toMatchObject({ Id: id, Status: 'RUNNING' })
      }
    } finally {
      await sim.close()
    }
  })
})
