/**
 * The client's body parser: JSON.parse where it is exact, json-bigint where a Long could pass 2^53.
 * Whatever it picks, the values the app reads must be the ones json-bigint alone gave.
 */
import RPCClient from '@alicloud/pop-core'
import JSONbig from 'json-bigint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCccBody } from '../../../src/main/ccc/json-body'
import {
  normaliseInstance,
  normaliseIntervalReport,
  normaliseRealtimeStates,
  normaliseSummaryReport,
  normaliseTrendingReport,
  readLong
} from '../../../src/main/ccc/normalise'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { call } from '../../simulator/signed-call'

describe('parseCccBody', () => {
  it('keeps integers beyond 2^53 exact, in objects and arrays, negative too', () => {
    const body = parseCccBody(Buffer.from('{"a": 9007199254740993, "b": [1, -12345678901234567891], "c": "x"}')) as Record<string, unknown>
    expect(readLong(body.a)).toBe(9007199254740993n)
    expect(readLong((body.b as unknown[])[1])).toBe(-12345678901234567891n)
    expect(readLong((body.b as unknown[])[0])).toBe(1)
    expect(body.c).toBe('x')
  })

  it('reads an ordinary body as JSON.parse does, digits inside strings included', () => {
    const text = '{"Code":"OK","Data":{"AliyunUid":"16328291916971312345","Calls":"7","Rate":0.25,"Ok":true,"N":null}}'
    expect(parseCccBody(text)).toEqual(JSON.parse(text))
  })

  it('refuses a cut-off or non-JSON body with a SyntaxError, on either path', () => {
    for (const text of ['{"a": 1', '{"a": 12345678901234567', '<html>502 Bad Gateway</html>', '']) {
      let error: unknown
      try {
        parseCccBody(text)
      } catch (caught) {
        error = caught
      }
      // The client turns this name into Response.Malformed.
      expect((error as { name?: unknown } | undefined)?.name, text).toBe('SyntaxError')
    }
  })
})

describe('parseCccBody on the simulator’s answers', () => {
  let sim: Simulator
  let simNumbers: Simulator
  beforeAll(async () => {
    sim = await startSimulator({ seed: 11 })
    simNumbers = await startSimulator({ seed: 11, numbers: 'number' })
  })
  afterAll(async () => {
    await sim.close()
    await simNumbers.close()
  })

  const NORMALISE = {
    GetInstance: (body: Record<string, unknown>) => normaliseInstance(body.Data),
    GetRealtimeInstanceStates: (body: Record<string, unknown>) => normaliseRealtimeStates(body.Data),
    GetInstanceTrendingReport: (body: Record<string, unknown>) => normaliseTrendingReport(body.Data),
    ListIntervalInstanceReport: (body: Record<string, unknown>) => normaliseIntervalReport(body.Data),
    GetInstanceSummaryReportSinceMidnight: (body: Record<string, unknown>) => normaliseSummaryReport(body.InstanceSummaryReport)
  } as const

  it('gives the app the same values as json-bigint, for every action, quoted or not', async () => {
    let compared = 0
    for (const server of [sim, simNumbers]) {
      for (const action of Object.keys(NORMALISE) as Array<keyof typeof NORMALISE>) {
        const { status, text } = await call(server, action, {
          params: { InstanceId: 'ccc-large', ...(action === 'ListIntervalInstanceReport' ? { Interval: 'Hourly' } : {}) }
        })
        expect(status, text.slice(0, 200)).toBe(200)
        const fast = NORMALISE[action](parseCccBody(text) as Record<string, unknown>)
        const exact = NORMALISE[action](JSONbig.parse(text) as Record<string, unknown>)
        expect(fast, action).toEqual(exact)
        compared++
      }
    }
    expect(compared).toBe(10)
  })

  it('is what pop-core parses with once patched (patches/, applied by npm install)', async () => {
    const seen: string[] = []
    const rpc = new RPCClient({
      endpoint: sim.url,
      apiVersion: '2020-07-01',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      parse: (body: Buffer) => {
        seen.push(body.toString('utf8'))
        return parseCccBody(body)
      }
    })
    const body = await rpc.request<Record<string, unknown>>('GetInstance', { InstanceId: 'ccc-demo' }, { method: 'POST', formatParams: false })
    expect(seen).toHaveLength(1)
    expect(body).toEqual(JSON.parse(seen[0]!))
    expect(body.Code).toBe('OK')
    expect((body.Data as Record<string, unknown>).Id).toBe('ccc-demo')
  })
})
