/**
 * The gateway's nonce memory: a nonce is refused again for the 30 minutes its request could still
 * pass the ±15-minute timestamp check, and accepted after; expired nonces leave as the clock moves
 * (the store holds about one memory's worth, however long the simulator runs); a flood is held
 * back rather than making the gateway forget a live nonce; and a refused request spends no nonce.
 */
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { Gateway, type GatewayRequest } from '../../src/simulator/gateway'
import { DEMO_CREDENTIALS, signedQuery } from '../../src/simulator'
import { commonParams, isoSeconds } from './signed-call'

const MINUTE = 60_000

function gatewayAt(clock: { now: number }, nonceLimit?: number): Gateway {
  return new Gateway({ credentials: [DEMO_CREDENTIALS], now: () => clock.now, ...(nonceLimit ? { nonceLimit } : {}) })
}

/** A GET signed with v1 at `at`, with the given nonce. */
function signedRequest(at: number, nonce: string = randomUUID()): GatewayRequest {
  const params = commonParams('GetInstance', { at, params: { InstanceId: 'ccc-demo', SignatureNonce: nonce, Timestamp: isoSeconds(at) } })
  const query = new URLSearchParams(signedQuery(params, DEMO_CREDENTIALS.accessKeySecret, 'GET'))
  return { method: 'GET', path: '/', query: [...query], params: Object.fromEntries(query), headers: {}, body: new Uint8Array() }
}

const refusal = (gateway: Gateway, request: GatewayRequest): string | null => {
  try {
    gateway.admit(request)
    return null
  } catch (error) {
    return (error as { code: string }).code
  }
}

describe('nonces', () => {
  it('refuses a nonce again within 30 minutes, and takes it after', () => {
    const clock = { now: Date.UTC(2026, 5, 17, 6) }
    const gateway = gatewayAt(clock)
    expect(refusal(gateway, signedRequest(clock.now, 'once-only'))).toBeNull()
    clock.now += 10 * MINUTE
    expect(refusal(gateway, signedRequest(clock.now, 'once-only'))).toBe('SignatureNonceUsed')
    clock.now += 16 * MINUTE
    expect(refusal(gateway, signedRequest(clock.now, 'once-only'))).toBe('SignatureNonceUsed')
    clock.now += 5 * MINUTE
    expect(refusal(gateway, signedRequest(clock.now, 'once-only'))).toBeNull()
  })

  it('spends no nonce on a request it refuses after the signature (unknown action, throttled)', () => {
    const clock = { now: Date.UTC(2026, 5, 17, 6) }
    const gateway = new Gateway({ credentials: [DEMO_CREDENTIALS], now: () => clock.now, rateLimitPerMinute: 1 })
    expect(refusal(gateway, signedRequest(clock.now, 'first'))).toBeNull()
    // Over the flow limit: refused, and the same signed request may be sent again once allowed.
    expect(refusal(gateway, signedRequest(clock.now, 'retried'))).toBe('Throttling.User')
    clock.now += MINUTE + 1
    expect(refusal(gateway, signedRequest(clock.now, 'retried'))).toBeNull()
    expect(gateway.noncesHeld(DEMO_CREDENTIALS.accessKeyId)).toBe(2)
  })

  it('holds about one window of nonces over an hour of steady traffic', () => {
    const clock = { now: Date.UTC(2026, 5, 17, 6) }
    const gateway = gatewayAt(clock)
    let most = 0
    for (let minute = 0; minute < 60; minute++) {
      for (let i = 0; i < 200; i++) {
        clock.now += MINUTE / 200
        expect(refusal(gateway, signedRequest(clock.now))).toBeNull()
      }
      most = Math.max(most, gateway.noncesHeld(DEMO_CREDENTIALS.accessKeyId))
    }
    // 30 minutes of 200 a minute, and the one that is just expiring.
    expect(most).toBeLessThanOrEqual(30 * 200 + 1)
    expect(gateway.noncesHeld(DEMO_CREDENTIALS.accessKeyId)).toBeGreaterThanOrEqual(30 * 200 - 1)
  })

  it('bounds a flood of new nonces by holding the key back, never by forgetting a live nonce', () => {
    const clock = { now: Date.UTC(2026, 5, 17, 6) }
    const gateway = gatewayAt(clock, 500)
    for (let i = 0; i < 500; i++) expect(refusal(gateway, signedRequest(clock.now, `flood-${i}`))).toBeNull()
    expect(refusal(gateway, signedRequest(clock.now))).toBe('Throttling.User')
    expect(gateway.noncesHeld(DEMO_CREDENTIALS.accessKeyId)).toBe(500)
    // The oldest is still remembered: its replay is refused.
    expect(refusal(gateway, signedRequest(clock.now, 'flood-0'))).toBe('SignatureNonceUsed')
    // Once the memory has passed, the key is served again.
    clock.now += 31 * MINUTE
    expect(refusal(gateway, signedRequest(clock.now))).toBeNull()
  })

  it('refuses a nonce longer than 128 characters', () => {
    const clock = { now: Date.UTC(2026, 5, 17, 6) }
    expect(refusal(gatewayAt(clock), signedRequest(clock.now, 'n'.repeat(129)))).toBe('IncompleteSignature')
    expect(refusal(gatewayAt(clock), signedRequest(clock.now, 'n'.repeat(128)))).toBeNull()
  })
})
