/**
 * Core's events, as main forwards them to the window: a switch of session, numbered so a late
 * notice is told apart, and an export's progress, moving forward and ending with null.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Services } from '../../src/core/services'
import type { EventName, EventPayloads } from '../../src/shared/ipc/events'
import { DEMO_PROFILE_ID } from '../../src/shared/profiles'
import { testClock } from '../helpers/test-clock'
import { testServices } from '../helpers/test-services'

let dir: string
let services: Services
const heard: Array<{ [E in EventName]: [E, EventPayloads[E]] }[EventName]> = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ccc-events-'))
  services = testServices(join(dir, 'data'), { chooseExportFolder: async () => dir, now: testClock })
  services.events.subscribe((name, payload) => heard.push([name, payload] as (typeof heard)[number]))
})
afterAll(async () => {
  await services.close()
  await rm(dir, { recursive: true, force: true })
})

describe('events from core', () => {
  it('says each switch of session, with a revision that grows, and getSession agrees', async () => {
    heard.length = 0
    const before = await services.sessions.info()
    const first = await services.sessions.activate(DEMO_PROFILE_ID)
    const second = await services.sessions.activate(DEMO_PROFILE_ID)
    expect(heard.filter(([name]) => name === 'sessionChanged').map(([, info]) => info)).toEqual([first, second])
    expect(first.revision).toBeGreaterThan(before.revision)
    expect(second.revision).toBe(first.revision + 1)
    expect(await services.sessions.info()).toEqual(second)
  })

  it('puts in force the switch asked for last, even when an earlier one takes longer', async () => {
    const fresh = testServices(join(dir, 'fresh'))
    try {
      const profile = await fresh.profiles.save({
        name: 'Quick',
        accessKeyId: 'LTAI5tQuickProfileKey',
        accessKeySecret: 'quick-profile-secret',
        region: 'cn-shanghai',
        instanceIds: ['ccc-quick'],
        storage: 'keychain'
      })
      // The demo has to start its simulator first; the profile opens at once.
      const [demo, quick] = await Promise.all([fresh.sessions.activate(DEMO_PROFILE_ID), fresh.sessions.activate(profile.id)])
      expect(quick.revision).toBeGreaterThan(demo.revision)
      expect((await fresh.sessions.info()).profileId).toBe(profile.id)
      expect(await fresh.profiles.activeProfileId()).toBe(profile.id)
    } finally {
      await fresh.close()
    }
  })

  it('reports an export\'s progress as it goes, forward only, and null once it has ended', async () => {
    heard.length = 0
    const now = testClock()
    const result = await services.handlers.exportSnapshot({
      instanceIds: ['ccc-demo', 'ccc-night'],
      timeZone: 'Asia/Shanghai',
      formats: ['json', 'csv'],
      interval: { startTime: now - 2 * 86_400_000, endTime: now, interval: 'Hourly' },
      trend: null
    })
    expect(result?.files.length).toBeGreaterThan(0)
    const progress = heard.filter(([name]) => name === 'exportProgress').map(([, p]) => p as EventPayloads['exportProgress'])
    expect(progress.length).toBeGreaterThan(6)
    expect(progress.at(-1)).toBeNull()
    const running = progress.slice(0, -1)
    expect(running.every((p) => p !== null)).toBe(true)
    const fractions = running.map((p) => p!.fraction)
    fractions.slice(1).forEach((f, i) => expect(f).toBeGreaterThanOrEqual(fractions[i]!))
    expect(running.some((p) => p!.phase === 'write' && p!.instanceId === 'ccc-night')).toBe(true)
    // Each is a copy: a listener that keeps one does not see it change under its hands.
    expect(new Set(running).size).toBe(running.length)
  })

  it('tells a report range\'s progress call by call, under the page\'s own ID only', async () => {
    heard.length = 0
    const now = testClock()
    const report = await services.handlers.getInstanceTrendingReport({
      instanceId: 'ccc-demo',
      startTime: now - 15 * 86_400_000,
      endTime: now,
      progressId: 'page-run-1'
    })
    expect(report.Inbound.length).toBeGreaterThan(0)
    expect(heard.filter(([name]) => name === 'reportProgress').map(([, p]) => p)).toEqual([
      { progressId: 'page-run-1', done: 0, total: 3 },
      { progressId: 'page-run-1', done: 1, total: 3 },
      { progressId: 'page-run-1', done: 2, total: 3 },
      { progressId: 'page-run-1', done: 3, total: 3 }
    ])
    // Without an ID (the CLI, the exports) a range runs unseen.
    heard.length = 0
    await services.handlers.listIntervalInstanceReport({ instanceId: 'ccc-demo', startTime: now - 25 * 86_400_000, endTime: now, interval: 'Hourly' })
    expect(heard.filter(([name]) => name === 'reportProgress')).toEqual([])
  })

  it('stops a report between its calls when the page cancels it, and says it was stopped', async () => {
    heard.length = 0
    const now = testClock()
    const stop = services.events.subscribe((name, payload) => {
      // The page leaves as soon as the first of three calls has answered.
      if (name === 'reportProgress' && (payload as EventPayloads['reportProgress']).done === 1) void services.handlers.cancelReport({ progressId: 'left' })
    })
    try {
      await expect(
        services.handlers.getInstanceTrendingReport({ instanceId: 'ccc-demo', startTime: now - 15 * 86_400_000, endTime: now, progressId: 'left' })
      ).rejects.toMatchObject({ code: 'Report.Cancelled' })
    } finally {
      stop()
    }
    expect(heard.filter(([name]) => name === 'reportProgress').map(([, p]) => (p as EventPayloads['reportProgress']).done)).toEqual([0, 1])
    // Nothing is left running under that ID, and a second cancel finds nothing.
    expect(await services.handlers.cancelReport({ progressId: 'left' })).toBe(false)
  })
})
