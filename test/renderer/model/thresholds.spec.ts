import { describe, expect, it } from 'vitest'
import { defaultThresholds, isInverted, levelOf, sanitizeThresholds } from '@renderer/model/thresholds'

const limits = defaultThresholds()

describe('threshold levels', () => {
  it('raises waiting calls and the longest wait when they reach a limit', () => {
    expect(levelOf('WaitingCalls', 4, limits)).toBe('ok')
    expect(levelOf('WaitingCalls', 5, limits)).toBe('warn')
    expect(levelOf('WaitingCalls', 10, limits)).toBe('alert')
    expect(levelOf('LongestWaitingTime', 59, limits)).toBe('ok')
    expect(levelOf('LongestWaitingTime', 60, limits)).toBe('warn')
    expect(levelOf('LongestWaitingTime', 300, limits)).toBe('alert')
    expect(levelOf('WaitingCalls', 12n, limits)).toBe('alert')
  })

  it('raises the service level when it falls below a limit, reading the API ratio as a percentage', () => {
    expect(levelOf('ServiceLevel20', 0.8, limits)).toBe('ok')
    expect(levelOf('ServiceLevel20', 0.79, limits)).toBe('warn')
    expect(levelOf('ServiceLevel20', 0.59, limits)).toBe('alert')
    // Above 100 % is odd but fine, never an alert.
    expect(levelOf('ServiceLevel20', 1.2, limits)).toBe('ok')
  })

  it('raises nothing for a missing figure or a level switched off', () => {
    expect(levelOf('WaitingCalls', null, limits)).toBe('ok')
    const noWarn = { ...limits, WaitingCalls: { warn: null, alert: 10 } }
    expect(levelOf('WaitingCalls', 7, noWarn)).toBe('ok')
    expect(levelOf('WaitingCalls', 10, noWarn)).toBe('alert')
  })

  it('notices a warn limit that would come after the alert one', () => {
    expect(isInverted('WaitingCalls', { warn: 12, alert: 10 })).toBe(true)
    expect(isInverted('ServiceLevel20', { warn: 50, alert: 70 })).toBe(true)
    expect(isInverted('ServiceLevel20', { warn: 80, alert: 60 })).toBe(false)
    expect(isInverted('WaitingCalls', { warn: null, alert: 1 })).toBe(false)
  })

  it('reads stored thresholds defensively', () => {
    expect(sanitizeThresholds('junk')).toEqual(defaultThresholds())
    expect(sanitizeThresholds({ WaitingCalls: { warn: -1, alert: 'x' }, ServiceLevel20: { warn: null, alert: 50 } })).toEqual({
      ...defaultThresholds(),
      ServiceLevel20: { warn: null, alert: 50 }
    })
  })
})
