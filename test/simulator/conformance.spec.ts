/**
 * Alibaba's own OpenAPI client (@alicloud/openapi-client, what the generated CCC SDKs are built on)
 * against the simulator, for every action it serves, signed with v3 (the SDKs' default,
 * ACS3-HMAC-SHA256) and v1: a client nobody here wrote is the judge of the protocol. Success, a
 * wrong secret, an unknown instance, a replayed nonce, an expired timestamp, an STS token right
 * and wrong; and v3 in each way it can carry the parameters.
 */
import { randomUUID } from 'node:crypto'
import { createServer, request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import OpenApi, { Config, OpenApiRequest, Params } from '@alicloud/openapi-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DAY_MS, HOUR_MS } from '../../src/shared/ccc/range-split'
import { ACTION_VERSIONS, DEMO_CREDENTIALS, startSimulator, type ActionName, type Simulator } from '../../src/simulator'
import { buildInstances } from '../../src/simulator/instances'
import { sha256Hex, signV3 } from '../../src/simulator/signature-v3'
import { onPinnedDay, testClock } from '../helpers/test-clock'

const STS = { accessKeyId: 'STS.NUsimulatorConformance', accessKeySecret: 'StsSecretForConformance0000', securityToken: 'CAIS-conformance-token-0123456789' }

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ seed: 31, credentials: [DEMO_CREDENTIALS, STS], ...onPinnedDay })
})
afterAll(() => sim.close())

type SignatureVersion = 'v1' | 'v3'
/** Where v3 puts the action's parameters: the generated CCC SDK sends them in the query of a POST. */
type Carrier = 'post-query' | 'post-form' | 'get-query'

interface Credential {
  accessKeyId: string
  accessKeySecret: string
  securityToken?: string
}

function client(signature: SignatureVersion, credential: Credential = DEMO_CREDENTIALS): OpenApi {
  return new OpenApi(
    new Config({
      ...credential,
      ...(credential.securityToken ? { type: 'sts' } : {}),
      endpoint: new URL(sim.url).host,
      protocol: 'HTTP',
      // openapi-client signs v1 (HMAC-SHA1, parameters signed with the common ones) under this name.
      ...(signature === 'v1' ? { signatureAlgorithm: 'v2' } : {})
    })
  )
}

const ACTIONS = Object.keys(ACTION_VERSIONS) as ActionName[]
/** An agent of the demo instance, as the seed names it. */
const DEMO_AGENT_ID = buildInstances(31).get('ccc-demo')!.roster.agents[0]!.AgentId

/** The action's parameters for the demo instance: reports over yesterday's last hours on the pinned day. */
function paramsFor(action: ActionName, instanceId: string): Record<string, string> {
  const end = testClock() - (testClock() % HOUR_MS)
  switch (action) {
    case 'GetInstanceTrendingReport':
      return { InstanceId: instanceId, StartTime: String(end - 2 * HOUR_MS), EndTime: String(end) }
    case 'ListIntervalInstanceReport':
      return { InstanceId: instanceId, StartTime: String(end - DAY_MS), EndTime: String(end), Interval: 'Hourly' }
    // Paging is required; a list filter is a JSON array in a text, as the SDKs send it.
    case 'ListRealtimeAgentStates':
      return { InstanceId: instanceId, PageNumber: '1', PageSize: '100', StateList: '["Ready","Talking"]' }
    case 'ListRealtimeSkillGroupStates':
    case 'ListSkillGroups':
      return { InstanceId: instanceId, PageNumber: '1', PageSize: '100' }
    case 'ListHistoricalSkillGroupReport':
      return { InstanceId: instanceId, PageNumber: '1', PageSize: '100', StartTime: String(end - DAY_MS), EndTime: String(end), SkillGroupIdList: '["presales@ccc-demo"]' }
    // The agent report's end is StopTime.
    case 'ListHistoricalAgentReport':
      return { InstanceId: instanceId, PageNumber: '1', PageSize: '100', StartTime: String(end - DAY_MS), StopTime: String(end) }
    case 'ListIntervalSkillGroupReport':
      return { InstanceId: instanceId, SkillGroupId: `presales@${instanceId}`, StartTime: String(end - DAY_MS), EndTime: String(end), Interval: 'Hourly' }
    case 'ListIntervalAgentReport':
      return { InstanceId: instanceId, AgentId: DEMO_AGENT_ID, StartTime: String(end - DAY_MS), EndTime: String(end), Interval: 'Daily' }
    default:
      return { InstanceId: instanceId }
  }
}

interface Answer {
  statusCode: number
  body: Record<string, unknown>
}

interface CallOptions {
  credential?: Credential
  carrier?: Carrier
  instanceId?: string
  /** Headers (v3) or common query parameters (v1) the client would otherwise make up itself. */
  override?: Record<string, string>
}

/** One call as the generated SDK makes it; an error answer is returned, not thrown, with its body. */
/** No retries, as a test of single answers needs; a plain object, as the client only reads its fields. */
const RUNTIME = { autoretry: false, readTimeout: 10_000, connectTimeout: 5_000 } as unknown as Parameters<OpenApi['callApi']>[2]

async function callApi(action: ActionName, signature: SignatureVersion, options: CallOptions = {}): Promise<Answer> {
  const carrier = options.carrier ?? 'post-query'
  const parameters = paramsFor(action, options.instanceId ?? 'ccc-demo')
  const params = new Params({
    action,
    version: ACTION_VERSIONS[action],
    protocol: 'HTTP',
    pathname: '/',
    method: carrier === 'get-query' ? 'GET' : 'POST',
    authType: 'AK',
    style: 'RPC',
    reqBodyType: 'formData',
    bodyType: 'json'
  })
  const override = options.override ?? {}
  const request = new OpenApiRequest({
    ...(carrier === 'post-form' ? { body: parameters, query: {} } : { query: parameters }),
    ...(signature === 'v3' ? { headers: override } : { query: { ...parameters, ...override } })
  })
  try {
    return (await client(signature, options.credential).callApi(params, request, RUNTIME)) as Answer
  } catch (error) {
    const e = error as { code?: string; data?: Record<string, unknown> }
    if (!e.data) throw error
    return { statusCode: Number(e.data.statusCode), body: e.data }
  }
}

describe.each(['v3', 'v1'] as const)('openapi-client with signature %s', (signature) => {
  it.each(ACTIONS)('%s succeeds', async (action) => {
    sim.clearRequests()
    const answer = await callApi(action, signature)
    expect(answer.statusCode).toBe(200)
    expect(answer.body.Code).toBe('OK')
    expect(answer.body.HttpStatusCode).toBe(200)
    expect(answer.body.RequestId).toMatch(/^[0-9A-F-]{36}$/)
    expect(answer.body[action === 'GetInstanceSummaryReportSinceMidnight' ? 'InstanceSummaryReport' : 'Data']).toBeDefined()
    if (action === 'GetInstanceSummaryReportSinceMidnight') expect(answer.body.Success).toBe(true)
    expect(sim.requests.at(-1)).toMatchObject({ action, signatureVersion: signature, status: 200 })
  })

  it.each(ACTIONS)('%s with a wrong secret is SignatureDoesNotMatch', async (action) => {
    const answer = await callApi(action, signature, { credential: { ...DEMO_CREDENTIALS, accessKeySecret: 'not-the-demo-secret' } })
    expect(answer.statusCode).toBe(400)
    expect(answer.body.Code).toBe('SignatureDoesNotMatch')
  })

  it.each(ACTIONS)('%s for an unknown instance is NotExists.InstanceId', async (action) => {
    const answer = await callApi(action, signature, { instanceId: 'ccc-nowhere' })
    expect(answer.statusCode).toBe(404)
    expect(answer.body.Code).toBe('NotExists.InstanceId')
    if (action === 'GetInstanceSummaryReportSinceMidnight') expect(answer.body.Success).toBe(false)
  })

  it.each(ACTIONS)('%s with a replayed nonce is SignatureNonceUsed', async (action) => {
    const nonce = `conformance-${signature}-${action}-${Math.random().toString(36).slice(2)}`
    const override: Record<string, string> = signature === 'v3' ? { 'x-acs-signature-nonce': nonce } : { SignatureNonce: nonce }
    expect((await callApi(action, signature, { override })).body.Code).toBe('OK')
    const replay = await callApi(action, signature, { override })
    expect(replay.statusCode).toBe(400)
    expect(replay.body.Code).toBe('SignatureNonceUsed')
  })

  it.each(ACTIONS)('%s signed 20 minutes ago is InvalidTimeStamp.Expired', async (action) => {
    const stale = new Date(Date.now() - 20 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const override: Record<string, string> = signature === 'v3' ? { 'x-acs-date': stale } : { Timestamp: stale }
    const answer = await callApi(action, signature, { override })
    expect(answer.statusCode).toBe(400)
    expect(answer.body.Code).toBe('InvalidTimeStamp.Expired')
  })

  it.each(ACTIONS)('%s with an STS credential passes with its token and fails with another', async (action) => {
    expect((await callApi(action, signature, { credential: STS })).body.Code).toBe('OK')
    const wrong = await callApi(action, signature, { credential: { ...STS, securityToken: 'CAIS-some-other-token' } })
    expect(wrong.statusCode).toBe(400)
    expect(wrong.body.Code).toBe('InvalidSecurityToken.Mismatch')
  })
})

describe('signature v3, however the parameters travel', () => {
  it.each(['post-query', 'post-form', 'get-query'] as const)('%s: the same answer for the same report', async (carrier) => {
    const answer = await callApi('ListIntervalInstanceReport', 'v3', { carrier })
    expect(answer.body.Code).toBe('OK')
    const reference = await callApi('ListIntervalInstanceReport', 'v1')
    expect(answer.body.Data).toEqual(reference.body.Data)
  })

  it('names what it supports when a request uses another signature algorithm', async () => {
    const response = await fetch(`${sim.url}/?InstanceId=ccc-demo`, {
      method: 'POST',
      headers: {
        authorization: `ACS3-HMAC-SM3 Credential=${DEMO_CREDENTIALS.accessKeyId},SignedHeaders=host;x-acs-action,Signature=00`,
        'x-acs-action': 'GetInstance',
        'x-acs-version': '2020-07-01'
      }
    })
    const body = (await response.json()) as { Code: string; Message: string }
    expect(response.status).toBe(400)
    expect(body.Code).toBe('IncompleteSignature')
    expect(body.Message).toContain('ACS3-HMAC-SM3 is not supported')
    expect(body.Message).toContain('ACS3-HMAC-SHA256')
    expect(body.Message).toContain('HMAC-SHA1')
  })

  it('refuses a v3 request whose content type or an x-acs- header is left out of the signature', async () => {
    // Hand-signed, as a careless client would: valid signature, but the content type (which decides
    // whether the body's parameters count) or the security token is not among the signed headers.
    const body = 'InstanceId=ccc-demo'
    const base: Record<string, string> = {
      host: new URL(sim.url).host,
      'x-acs-action': 'GetInstance',
      'x-acs-version': '2020-07-01',
      'x-acs-date': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'x-acs-content-sha256': sha256Hex(body),
      'content-type': 'application/x-www-form-urlencoded'
    }
    for (const [extra, signedHeaders] of [
      [{}, ['host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version']],
      [{ 'x-acs-security-token': 'CAIS-unsigned' }, ['content-type', 'host', 'x-acs-action', 'x-acs-content-sha256', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-version']]
    ] as const) {
      const headers: Record<string, string> = { ...base, ...extra, 'x-acs-signature-nonce': randomUUID() }
      const signature = signV3({ method: 'POST', path: '/', query: [], headers, signedHeaders, payloadHash: headers['x-acs-content-sha256']! }, DEMO_CREDENTIALS.accessKeySecret)
      headers.authorization = `ACS3-HMAC-SHA256 Credential=${DEMO_CREDENTIALS.accessKeyId},SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`
      const { host: _host, ...sent } = headers
      const response = await fetch(`${sim.url}/`, { method: 'POST', headers: sent, body })
      const answer = (await response.json()) as { Code: string; Message: string }
      expect(answer.Code).toBe('IncompleteSignature')
      expect(answer.Message).toMatch(/must be signed/)
    }
  })

  it('says an SDK-style request without any signature is unsigned, not that it lacks an Action', async () => {
    const response = await fetch(`${sim.url}/?InstanceId=ccc-demo`, { headers: { 'x-acs-action': 'GetInstance', 'x-acs-version': '2020-07-01' } })
    const body = (await response.json()) as { Code: string; Message: string }
    expect(body.Code).toBe('IncompleteSignature')
    expect(body.Message).toMatch(/not signed/)
  })

  it('refuses a body changed on the way, after the client hashed and signed it', async () => {
    // A hostile hop between the official client and the gateway swaps the instance in the form body.
    const proxy = createServer((incoming, outgoing) => {
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('end', () => {
        const body = Buffer.from(Buffer.concat(chunks).toString('utf8').replace('ccc-demo', 'ccc-large'))
        const { 'transfer-encoding': _chunked, ...headers } = incoming.headers
        const forward = httpRequest(`${sim.url}${incoming.url ?? '/'}`, { method: incoming.method, headers: { ...headers, 'content-length': String(body.length) } }, (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        })
        forward.end(body)
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    try {
      const viaProxy = new OpenApi(new Config({ ...DEMO_CREDENTIALS, endpoint: `127.0.0.1:${(proxy.address() as AddressInfo).port}`, protocol: 'HTTP' }))
      const params = new Params({ action: 'GetInstance', version: '2020-07-01', protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json' })
      const error = await viaProxy.callApi(params, new OpenApiRequest({ body: { InstanceId: 'ccc-demo' } }), RUNTIME).catch((e: { code?: string; data?: Record<string, unknown> }) => e)
      expect((error as { code?: string }).code, String(error)).toBe('SignatureDoesNotMatch')
      expect(String((error as { data?: { Message?: unknown } }).data?.Message)).toContain('x-acs-content-sha256')
    } finally {
      await new Promise((resolve) => proxy.close(resolve))
    }
  })
})
