/** Alert settings read back from storage: what is not of their shape takes the default, never an error. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_ALERT_SETTINGS, isDefaultAlertSettings, sanitizeAlertSettings } from '@renderer/model/alert-settings'

describe('sanitizeAlertSettings', () => {
  it('keeps what was chosen', () => {
    const chosen = { notify: false, sound: true, reminderMinutes: 30, muted: true, mutedFigures: ['ccc-a/WaitingCalls', 'ccc-a/queue/sg-1/LongestWaitingTime'] }
    expect(sanitizeAlertSettings(chosen, 'ccc-a')).toEqual(chosen)
  })

  it('reads anything else as the defaults: notifications on, no sound, a reminder after 10 min', () => {
    for (const raw of [undefined, null, 'on', 42, [], { notify: 'yes', sound: 1, reminderMinutes: 7, muted: null, mutedFigures: 'all' }]) {
      const read = sanitizeAlertSettings(raw, 'ccc-a')
      expect(read, JSON.stringify(raw)).toEqual({ notify: true, sound: false, reminderMinutes: 10, muted: false, mutedFigures: [] })
      expect(isDefaultAlertSettings(read)).toBe(true)
    }
    expect(DEFAULT_ALERT_SETTINGS.sound).toBe(false)
  })

  it('keeps only this instance\'s figure keys, each once, bounded in length and number', () => {
    const read = sanitizeAlertSettings(
      { mutedFigures: ['ccc-a/WaitingCalls', 'ccc-a/WaitingCalls', 'ccc-b/WaitingCalls', 7, `ccc-a/${'x'.repeat(500)}`, ...Array.from({ length: 4_000 }, (_, i) => `ccc-a/queue/g${i}/WaitingCalls`)] },
      'ccc-a'
    )
    expect(read.mutedFigures[0]).toBe('ccc-a/WaitingCalls')
    expect(read.mutedFigures.every((key) => key.startsWith('ccc-a/') && key.length <= 400)).toBe(true)
    expect(new Set(read.mutedFigures).size).toBe(read.mutedFigures.length)
    expect(read.mutedFigures).toHaveLength(3_000)
    expect(isDefaultAlertSettings(read)).toBe(false)
  })
})
