/**
 * The client's body parser: JSON.parse where it is exact, json-bigint where a Long could pass 2^53.
 * Whatever it picks, the values the app reads must be the ones json-bigint alone gave.
 */
import RPCClient from '@alicloud/pop-core'
import JSONbig from 'json-bigint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCccBody, readExactly } from '../../../src/core/ccc/json-body'
import {
  normaliseInstance,
  normaliseIntervalReport,
  normaliseRealtimeStates,
  normaliseSummaryReport,
  normaliseTrendingReport,
  readLong
} from '../../../src/core/ccc/normalise'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { call } from '../../simulator/signed-call'

const readLongs = (body: Record<string, unknown>): unknown => ({ a: readLong(body.a), b: (body.b as unknown[]).map(readLong), c: body.c })

describe('parseCccBody and readExactly', () => {
  it('keeps integers beyond 2^53 exact, in objects and arrays, negative too, by reading the body again', () => {
    const body = parseCccBody(Buffer.from('{"a": 9007199254740993, "b": [1, -12345678901234567891], "c": "x"}')) as Record<string, unknown>
    expect(readExactly(body, readLongs)).toEqual({ a: 9007199254740993n, b: [1, -12345678901234567891n], c: 'x' })
  })

  it('reads an ordinary body once, as JSON.parse does, digits inside strings included', () => {
    const text = '{"Code":"OK","Data":{"AliyunUid":"16328291916971312345","Calls":"7","Rate":0.25,"Ok":true,"N":null}}'
    let reads = 0
    const body = parseCccBody(text) as Record<string, unknown>
    expect(body).toEqual(JSON.parse(text))
    expect(readExactly(body, (b) => (reads++, readLong((b.Data as Record<string, unknown>).Calls)))).toBe(7)
    expect(reads).toBe(1)
  })

  it('reads a body again only when an integer was rounded, and then gets it exact', () => {
    let reads = 0
    const body = parseCccBody('{"a": 1, "b": [12345678901234567890], "c": 1.5e300}') as Record<string, unknown>
    expect(readExactly(body, (b) => (reads++, readLongs({ ...b, c: 'x' })))).toEqual({ a: 1, b: [12345678901234567890n], c: 'x' })
    expect(reads).toBe(2)
    // A huge float is as exact as a double can be on the second reading: no endless re-reads.
    expect(readExactly(parseCccBody('{"a": 1e300, "b": []}') as Record<string, unknown>, (b) => readLong(b.a))).toBe(1e300)
  })

  it('reads exactly a body whose keys json-bigint would refuse by default, and never lets one reach a prototype', () => {
    const body = parseCccBody('{"a": 12345678901234567890, "b": [], "constructorName": 1, "__proto__": {"polluted": 1}}') as Record<string, unknown>
    expect(readExactly(body, (b) => readLong(b.a))).toBe(12345678901234567890n)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
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
        const normalise = NORMALISE[action] as (body: Record<string, unknown>) => unknown
        const fast = readExactly(parseCccBody(text) as object, normalise)
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
