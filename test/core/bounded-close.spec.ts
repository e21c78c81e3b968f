/** Quitting lets main's services close, and never waits for ever on one that does not. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { boundedClose } from '../../src/core/bounded-close'

afterEach(() => {
  vi.useRealTimers()
})

describe('closing on quit', () => {
  it('waits for the services to close', async () => {
    let done = false
    const outcome = boundedClose(async () => {
      await Promise.resolve()
      done = true
    }, 3_000)
    expect(await outcome).toBe('closed')
    expect(done).toBe(true)
  })

  it('quits anyway when they do not close in time, and says so', async () => {
    vi.useFakeTimers()
    const lines: string[] = []
    const outcome = boundedClose(() => new Promise<void>(() => {}), 3_000, (line) => lines.push(line))
    await vi.advanceTimersByTimeAsync(2_999)
    let settled = false
    void outcome.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await outcome).toBe('timed-out')
    expect(lines).toEqual(['quit: the services did not close within 3000 ms; quitting anyway'])
  })

  it('quits when closing fails, and logs why', async () => {
    const lines: string[] = []
    expect(await boundedClose(() => Promise.reject(new Error('disk gone')), 3_000, (line) => lines.push(line))).toBe('failed')
    expect(lines).toEqual(['quit: the services failed to close: disk gone'])
  })
})
