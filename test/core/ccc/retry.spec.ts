import { describe, expect, it } from 'vitest'
import { CccError } from '../../../src/core/ccc/errors'
import { backoffDelay, withRetry } from '../../../src/core/ccc/retry'

const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000 }

describe('backoff', () => {
  it('grows exponentially with jitter in the upper half, capped', () => {
    expect(backoffDelay(policy, 1, () => 0)).toBe(50)
    expect(backoffDelay(policy, 1, () => 1)).toBe(100)
    expect(backoffDelay(policy, 3, () => 1)).toBe(400)
    expect(backoffDelay(policy, 10, () => 1)).toBe(1000)
  })

  it('never waits less than the gateway\'s retry-after', () => {
    expect(backoffDelay(policy, 1, () => 0, 700)).toBe(700)
  })

  it('waits the computed delays between attempts and stops at maxAttempts', async () => {
    const waits: number[] = []
    let attempts = 0
    const throttled = new CccError({ code: 'Throttling.Api', message: 'slow down' })
    await expect(
      withRetry(
        async () => {
          attempts++
          throw throttled
        },
        policy,
        { sleep: async (ms) => void waits.push(ms), random: () => 1 }
      )
    ).rejects.toBe(throttled)
    expect(attempts).toBe(4)
    expect(waits).toEqual([100, 200, 400])
  })

  it.each(['SignatureDoesNotMatch', 'InvalidAccessKeyId.NotFound', 'Forbidden.RAM', 'Parameter.Blank', 'NotExists.InstanceId'])(
    'does not retry %s',
    async (code) => {
      let attempts = 0
      await expect(
        withRetry(async () => {
          attempts++
          throw new CccError({ code, message: 'no' })
        }, policy, { sleep: async () => {} })
      ).rejects.toMatchObject({ code })
      expect(attempts).toBe(1)
    }
  )
})
