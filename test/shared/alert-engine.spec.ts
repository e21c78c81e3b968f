/**
 * The alert engine on explicit instants: a refresh every 15 s from 2026-06-17 06:00:00 UTC
 * (14:00 in Shanghai), never the machine's clock or zone.
 */
import { describe, expect, it } from 'vitest'
import {
  ALERT_LOG_CAP,
  currentAlerts,
  emptyAlertState,
  NO_SILENCE,
  setFigureMuted,
  setInstanceMuted,
  snoozeFigure,
  snoozeInstance,
  stepAlerts,
  type AlertLevel,
  type AlertNotification,
  type AlertSample,
  type AlertSettings,
  type AlertSilence,
  type AlertState
} from '../../src/shared/alert-engine'

const T0 = Date.UTC(2026, 5, 17, 6, 0, 0)
const S = 1_000
const MIN = 60 * S
const at = (seconds: number): number => T0 + seconds * S
const SETTINGS: AlertSettings = { reminderMs: 10 * MIN, gapMs: 2 * MIN }

/** Waiting calls on ccc-a: alert at 10 and above. */
function waiting(seconds: number, value: number, extra: Partial<AlertSample> = {}): AlertSample {
  const level: AlertLevel = value >= 10 ? 'alert' : value >= 5 ? 'warn' : 'ok'
  return {
    key: 'ccc-a/WaitingCalls',
    instanceId: 'ccc-a',
    figure: 'WaitingCalls',
    skillGroupId: null,
    skillGroupName: null,
    value,
    level,
    direction: 'above',
    threshold: 10,
    at: at(seconds),
    stale: false,
    ...extra
  }
}

/** The service level on ccc-a, in percent: alert below 60. */
function serviceLevel(seconds: number, value: number, extra: Partial<AlertSample> = {}): AlertSample {
  return {
    key: 'ccc-a/ServiceLevel20',
    instanceId: 'ccc-a',
    figure: 'ServiceLevel20',
    skillGroupId: null,
    skillGroupName: null,
    value,
    level: value < 60 ? 'alert' : value < 80 ? 'warn' : 'ok',
    direction: 'below',
    threshold: 60,
    at: at(seconds),
    stale: false,
    ...extra
  }
}

/** A queue's waiting calls. */
const queueWaiting = (id: string, seconds: number, value: number, extra: Partial<AlertSample> = {}): AlertSample =>
  waiting(seconds, value, { key: `ccc-a/queue/${id}/WaitingCalls`, skillGroupId: id, skillGroupName: `Queue ${id}`, ...extra })

/** Feeds the samples one refresh at a time and gathers every notification. */
function run(samples: readonly (AlertSample | AlertSample[])[], settings = SETTINGS, silence: AlertSilence = NO_SILENCE, start: AlertState = emptyAlertState()) {
  let state = start
  const notifications: AlertNotification[] = []
  for (const refresh of samples) {
    const step = stepAlerts(state, Array.isArray(refresh) ? refresh : [refresh], settings, silence)
    state = step.state
    notifications.push(...step.notifications)
  }
  return { state, notifications, kinds: notifications.map((n) => `${n.kind}@${(n.at - T0) / S}`) }
}

describe('alert engine: begin, peak, end', () => {
  it('begins one alert when a figure enters the alert level, tracks the peak and ends when it leaves', () => {
    const { state, notifications } = run([waiting(0, 4), waiting(15, 7), waiting(30, 10), waiting(45, 14), waiting(60, 12), waiting(75, 8), waiting(90, 3)])
    expect(notifications).toEqual([
      {
        kind: 'begin',
        entryId: 1,
        key: 'ccc-a/WaitingCalls',
        instanceId: 'ccc-a',
        figure: 'WaitingCalls',
        skillGroupId: null,
        skillGroupName: null,
        value: 10,
        threshold: 10,
        direction: 'above',
        at: at(30)
      }
    ])
    expect(state.log).toHaveLength(1)
    expect(state.log[0]).toMatchObject({
      id: 1,
      figure: 'WaitingCalls',
      beganAt: at(30),
      peak: 14,
      peakAt: at(45),
      lastSeenAt: at(60),
      // Warn is out of alert: it cleared at the first sample below the alert limit.
      clearedAt: at(75),
      acrossGap: false,
      clearedUnseen: false,
      notified: true,
      silenced: null,
      reminders: 0
    })
  })

  it('takes the lowest value as the peak of a figure that alerts below its limit', () => {
    const { state, notifications } = run([serviceLevel(0, 85), serviceLevel(15, 55), serviceLevel(30, 41.5), serviceLevel(45, 50), serviceLevel(60, 62)])
    expect(notifications.map((n) => n.kind)).toEqual(['begin'])
    expect(state.log[0]).toMatchObject({ direction: 'below', beganAt: at(15), peak: 41.5, peakAt: at(30), clearedAt: at(60) })
  })

  it('keeps the first time a peak was reached when the figure stays at it', () => {
    const { state } = run([waiting(0, 12), waiting(15, 12), waiting(30, 11)])
    expect(state.log[0]).toMatchObject({ peak: 12, peakAt: at(0), clearedAt: null })
  })

  it('notifies a figure that was already in alert at its first sample', () => {
    expect(run([waiting(0, 20)]).kinds).toEqual(['begin@0'])
  })

  it('notifies each entry into alert once: out and back in is a second alert with its own log entry', () => {
    const { state, kinds } = run([waiting(0, 10), waiting(15, 11), waiting(30, 9), waiting(45, 10), waiting(60, 10)])
    expect(kinds).toEqual(['begin@0', 'begin@45'])
    expect(state.log.map((e) => [e.id, (e.beganAt - T0) / S, e.clearedAt === null ? null : (e.clearedAt - T0) / S])).toEqual([
      [1, 0, 30],
      [2, 45, null]
    ])
  })

  it('keeps figures apart: instance and queue figures each alert and clear on their own', () => {
    const { state, kinds } = run([
      [waiting(0, 12), queueWaiting('sg-1', 0, 3), queueWaiting('sg-2', 0, 11)],
      [waiting(15, 12), queueWaiting('sg-1', 15, 15), queueWaiting('sg-2', 15, 2)]
    ])
    expect(kinds).toEqual(['begin@0', 'begin@0', 'begin@15'])
    expect(state.log.map((e) => [e.key, e.skillGroupName, e.clearedAt === null])).toEqual([
      ['ccc-a/WaitingCalls', null, true],
      ['ccc-a/queue/sg-2/WaitingCalls', 'Queue sg-2', false],
      ['ccc-a/queue/sg-1/WaitingCalls', 'Queue sg-1', true]
    ])
  })

  it('names a queue’s alert as its latest sample does: a DisplayName read after the first figures replaces the code', () => {
    const { state } = run([queueWaiting('sg-1', 0, 12, { skillGroupName: 'sg_sales' }), queueWaiting('sg-1', 15, 12, { skillGroupName: 'Sales hotline' })])
    expect(state.log.map((e) => e.skillGroupName)).toEqual(['Sales hotline'])
  })

  it('ignores a sample no newer than the last fresh one, so the same figures given again change nothing', () => {
    const first = run([waiting(0, 12)])
    const again = stepAlerts(first.state, [waiting(0, 3)], SETTINGS)
    expect(again.state).toBe(first.state)
    expect(again.notifications).toEqual([])
    expect(stepAlerts(first.state, [waiting(-15, 3)], SETTINGS).state).toBe(first.state)
  })

  it('answers the very same state when nothing changed', () => {
    const { state } = run([waiting(0, 3)])
    expect(stepAlerts(state, [], SETTINGS).state).toBe(state)
  })

  it('records a missing value as no peak rather than zero, and takes the first real value as the peak', () => {
    const { state } = run([waiting(0, 12, { value: null }), waiting(15, 13)])
    expect(state.log[0]).toMatchObject({ peak: 13, peakAt: at(15) })
  })
})

describe('alert engine: reminders', () => {
  it('reminds only after the set time still in alert, then again after as long', () => {
    const samples = Array.from({ length: 61 }, (_, i) => waiting(i * 15, 12))
    const { state, kinds } = run(samples)
    // 0 s begins, 600 s is ten minutes on; the next would be at 1200 s, after the last sample (900 s).
    expect(kinds).toEqual(['begin@0', 'reminder@600'])
    expect(state.log[0]!.reminders).toBe(1)
    const longer = run(Array.from({ length: 81 }, (_, i) => waiting(i * 15, 12)))
    expect(longer.kinds).toEqual(['begin@0', 'reminder@600', 'reminder@1200'])
  })

  it('never reminds when reminders are off', () => {
    const { kinds } = run(
      Array.from({ length: 200 }, (_, i) => waiting(i * 15, 12)),
      { ...SETTINGS, reminderMs: null }
    )
    expect(kinds).toEqual(['begin@0'])
  })

  it('takes an instance\'s own reminder time, or none, over the default', () => {
    const other = (seconds: number) => waiting(seconds, 12, { key: 'ccc-b/WaitingCalls', instanceId: 'ccc-b' })
    const third = (seconds: number) => waiting(seconds, 12, { key: 'ccc-c/WaitingCalls', instanceId: 'ccc-c' })
    const samples = Array.from({ length: 41 }, (_, i) => [waiting(i * 15, 12), other(i * 15), third(i * 15)])
    const { notifications } = run(samples, { ...SETTINGS, reminderMsByInstance: { 'ccc-a': 5 * MIN, 'ccc-b': null } })
    const told = (id: string) => notifications.filter((n) => n.instanceId === id).map((n) => `${n.kind}@${(n.at - T0) / S}`)
    expect(told('ccc-a')).toEqual(['begin@0', 'reminder@300', 'reminder@600'])
    expect(told('ccc-b')).toEqual(['begin@0'])
    // No setting of its own: the default ten minutes.
    expect(told('ccc-c')).toEqual(['begin@0', 'reminder@600'])
  })

  it('starts the reminder clock afresh with each new alert', () => {
    const { kinds } = run(
      [waiting(0, 12), waiting(300, 12), waiting(315, 3), waiting(330, 12), waiting(840, 12), waiting(930, 12)],
      { ...SETTINGS, gapMs: 10 * MIN }
    )
    expect(kinds).toEqual(['begin@0', 'begin@330', 'reminder@930'])
  })
})

describe('alert engine: stale samples', () => {
  it('neither begins an alert from a stale sample nor ends one', () => {
    const began = run([waiting(0, 3), waiting(15, 20, { stale: true })])
    expect(began.notifications).toEqual([])
    expect(began.state.log).toEqual([])

    const kept = run([waiting(0, 12), waiting(15, 1, { stale: true }), waiting(30, 1, { stale: true })])
    expect(kept.state.log[0]).toMatchObject({ clearedAt: null, lastSeenAt: at(0), peak: 12 })
  })

  it('counts a stale run as an outage: an alert still under way when fresh figures return goes on without a word', () => {
    const { state, kinds } = run([waiting(0, 12), waiting(15, 12, { stale: true }), waiting(30, 12, { stale: true }), waiting(45, 15), waiting(60, 13)])
    expect(kinds).toEqual(['begin@0'])
    expect(state.log).toHaveLength(1)
    expect(state.log[0]).toMatchObject({ acrossGap: true, peak: 15, lastSeenAt: at(60), clearedAt: null })
  })

  it('begins an alert that a figure entered while stale at the first fresh sample', () => {
    expect(run([waiting(0, 3), waiting(15, 3, { stale: true }), waiting(30, 14)]).kinds).toEqual(['begin@30'])
  })

  it('does not let a stale sample move the peak', () => {
    const { state } = run([waiting(0, 12), waiting(15, 40, { stale: true }), waiting(30, 11)])
    expect(state.log[0]!.peak).toBe(12)
  })
})

describe('alert engine: no storm after an outage', () => {
  const before = [waiting(0, 12), queueWaiting('sg-1', 0, 11), queueWaiting('sg-2', 0, 2), serviceLevel(0, 50)]

  it('logs the figures still in alert after a gap as one alert each, notifying only those that were not alerting before', () => {
    // Ten minutes without a fresh sample (the machine slept), longer than the 2 min gap.
    const after = [waiting(600, 14), queueWaiting('sg-1', 600, 11), queueWaiting('sg-2', 600, 12), serviceLevel(600, 55)]
    const { state, kinds, notifications } = run([before, after])
    expect(kinds).toEqual(['begin@0', 'begin@0', 'begin@0', 'begin@600'])
    expect(notifications.at(-1)?.skillGroupId).toBe('sg-2')
    expect(state.log.filter((e) => e.clearedAt === null)).toHaveLength(4)
    expect(state.log.filter((e) => e.acrossGap).map((e) => e.key)).toEqual(['ccc-a/WaitingCalls', 'ccc-a/queue/sg-1/WaitingCalls', 'ccc-a/ServiceLevel20'])
    expect(state.log[0]).toMatchObject({ peak: 14, lastSeenAt: at(600) })
  })

  it('does not fire every overdue reminder at recovery: the reminder counts from the recovery', () => {
    const after = (s: number) => [waiting(s, 12), queueWaiting('sg-1', s, 11), serviceLevel(s, 50)]
    // An hour away: every reminder would be long overdue.
    const { kinds } = run([before, ...Array.from({ length: 7 }, (_, i) => after(3_600 + i * 100))])
    expect(kinds).toEqual(['begin@0', 'begin@0', 'begin@0', 'reminder@4200', 'reminder@4200', 'reminder@4200'])
  })

  it('closes an alert found cleared after a gap as cleared unseen, by the time the figures came back', () => {
    const { state, kinds } = run([waiting(0, 12), waiting(15, 13), waiting(900, 2)])
    expect(kinds).toEqual(['begin@0'])
    expect(state.log[0]).toMatchObject({ lastSeenAt: at(15), clearedAt: at(900), acrossGap: true, clearedUnseen: true, peak: 13 })
  })

  it('takes a refresh a little late (within the gap) as no outage', () => {
    const { state } = run([waiting(0, 12), waiting(110, 12), waiting(125, 2)])
    expect(state.log[0]).toMatchObject({ acrossGap: false, clearedUnseen: false, clearedAt: at(125) })
  })

  it('counts as current only the alerts whose figure was seen within the gap', () => {
    const { state } = run([
      [waiting(0, 12), queueWaiting('sg-1', 0, 12)],
      [waiting(60, 12), queueWaiting('sg-1', 60, 3)],
      [waiting(75, 12)]
    ])
    expect(currentAlerts(state, at(75), SETTINGS.gapMs).map((e) => e.key)).toEqual(['ccc-a/WaitingCalls'])
    expect(currentAlerts(state, at(75 + 120), SETTINGS.gapMs)).toHaveLength(1)
    // Its board closed two minutes ago: in alert as far as anyone knows, no longer counted.
    expect(currentAlerts(state, at(75 + 121), SETTINGS.gapMs)).toEqual([])
  })
})

describe('alert engine: snooze and mute', () => {
  it('logs a muted figure but never notifies it, nor reminds', () => {
    const silence = setFigureMuted(NO_SILENCE, 'ccc-a/WaitingCalls', true)
    const { state, kinds } = run(
      Array.from({ length: 81 }, (_, i) => [waiting(i * 15, 12), queueWaiting('sg-1', i * 15, 12)]),
      SETTINGS,
      silence
    )
    expect(kinds).toEqual(['begin@0', 'reminder@600', 'reminder@1200'])
    expect(state.log[0]).toMatchObject({ key: 'ccc-a/WaitingCalls', notified: false, silenced: 'muted', reminders: 0 })
    expect(state.log[1]).toMatchObject({ key: 'ccc-a/queue/sg-1/WaitingCalls', notified: true, silenced: null, reminders: 2 })
  })

  it('mutes every figure of a muted instance, and none of another', () => {
    const silence = setInstanceMuted(NO_SILENCE, 'ccc-a', true)
    const other = waiting(0, 12, { key: 'ccc-b/WaitingCalls', instanceId: 'ccc-b' })
    const { state, notifications } = run([[waiting(0, 12), queueWaiting('sg-1', 0, 12), serviceLevel(0, 10), other]], SETTINGS, silence)
    expect(notifications.map((n) => n.instanceId)).toEqual(['ccc-b'])
    expect(state.log).toHaveLength(4)
    expect(state.log.filter((e) => e.silenced === 'muted')).toHaveLength(3)
  })

  it('lets unmuting take back a mute', () => {
    const silence = setInstanceMuted(setInstanceMuted(NO_SILENCE, 'ccc-a', true), 'ccc-a', false)
    expect(silence.mutedInstances).toEqual([])
    expect(run([waiting(0, 12)], SETTINGS, silence).kinds).toEqual(['begin@0'])
  })

  it('holds a begin that falls in a snooze, then tells it as a reminder at the first sample after the snooze still in alert', () => {
    const silence = snoozeFigure(NO_SILENCE, 'ccc-a/WaitingCalls', at(300))
    const { state, kinds } = run(
      Array.from({ length: 30 }, (_, i) => waiting(i * 15, 12)),
      SETTINGS,
      silence
    )
    // 300 s is the end of the snooze: the sample at it is already out of it.
    expect(kinds).toEqual(['reminder@300'])
    expect(state.log[0]).toMatchObject({ notified: false, silenced: 'snoozed', reminders: 1 })
  })

  it('says nothing after a snooze when the figure cleared during it', () => {
    const silence = snoozeFigure(NO_SILENCE, 'ccc-a/WaitingCalls', at(300))
    expect(run([waiting(0, 12), waiting(90, 2), waiting(195, 3), waiting(315, 3)], SETTINGS, silence).kinds).toEqual([])
  })

  it('holds a reminder that falls in a snooze taken after the begin', () => {
    const samples = Array.from({ length: 81 }, (_, i) => waiting(i * 15, 12))
    const early = run(samples.slice(0, 20))
    // Snoozed at 5 min until 15 min: the reminder due at 10 min waits until 15 min, the next is 10 min on.
    const snoozed = run(samples.slice(20), SETTINGS, snoozeFigure(NO_SILENCE, 'ccc-a/WaitingCalls', at(900)), early.state)
    expect([...early.kinds, ...snoozed.kinds]).toEqual(['begin@0', 'reminder@900'])
  })

  it('snoozes one figure only', () => {
    const silence = snoozeFigure(NO_SILENCE, 'ccc-a/WaitingCalls', at(3_600))
    expect(run([[waiting(0, 12), queueWaiting('sg-1', 0, 12)]], SETTINGS, silence).notifications.map((n) => n.key)).toEqual(['ccc-a/queue/sg-1/WaitingCalls'])
  })

  it('snoozes every figure of an instance, and none of another, until the time set', () => {
    const silence = snoozeInstance(NO_SILENCE, 'ccc-a', at(60))
    const other = (seconds: number) => waiting(seconds, 12, { key: 'ccc-b/WaitingCalls', instanceId: 'ccc-b' })
    const { state, kinds, notifications } = run([[waiting(0, 12), queueWaiting('sg-1', 0, 12), other(0)], [waiting(60, 12), queueWaiting('sg-1', 60, 12), other(60)]], SETTINGS, silence)
    expect(notifications.map((n) => `${n.key} ${n.kind}`)).toEqual(['ccc-b/WaitingCalls begin', 'ccc-a/WaitingCalls reminder', 'ccc-a/queue/sg-1/WaitingCalls reminder'])
    expect(kinds).toEqual(['begin@0', 'reminder@60', 'reminder@60'])
    expect(state.log.filter((e) => e.silenced === 'snoozed').map((e) => e.key)).toEqual(['ccc-a/WaitingCalls', 'ccc-a/queue/sg-1/WaitingCalls'])
    // Lifted early (a time already past): told at once.
    expect(run([waiting(0, 12)], SETTINGS, snoozeInstance(silence, 'ccc-a', 0)).kinds).toEqual(['begin@0'])
  })

  it('forgives what a snooze owed when an outage came in between', () => {
    const silence = snoozeFigure(NO_SILENCE, 'ccc-a/WaitingCalls', at(300))
    expect(run([waiting(0, 12), waiting(900, 12), waiting(915, 12)], SETTINGS, silence).kinds).toEqual([])
  })
})

describe('alert engine: the log size', () => {
  it('drops the oldest cleared entries beyond the cap and keeps every alert still under way', () => {
    const cap = 5
    const samples: AlertSample[][] = []
    // sg-0 enters alert first and stays; sg-1 goes in and out ten times.
    for (let i = 0; i < 10; i++) samples.push([queueWaiting('sg-0', i * 30, 12), queueWaiting('sg-1', i * 30, 12)], [queueWaiting('sg-0', i * 30 + 15, 12), queueWaiting('sg-1', i * 30 + 15, 1)])
    const { state } = run(samples, { ...SETTINGS, logCap: cap })
    expect(state.log).toHaveLength(cap)
    expect(state.log[0]).toMatchObject({ id: 1, skillGroupId: 'sg-0', clearedAt: null })
    expect(state.log.slice(1).map((e) => e.id)).toEqual([8, 9, 10, 11])
  })

  it('caps at 500 by default', () => {
    expect(ALERT_LOG_CAP).toBe(500)
    const samples = Array.from({ length: 1_100 }, (_, i) => waiting(i * 15, i % 2 === 0 ? 12 : 1))
    const { state } = run(samples)
    expect(state.log).toHaveLength(500)
    expect(state.log[0]!.id).toBe(51)
    expect(state.log.at(-1)!.id).toBe(550)
  })
})
