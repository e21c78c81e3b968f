/**
 * End to end in Chromium: each instance's own time zone. The demo's ccc-night keeps London's days,
 * so at a moment when London's date is not Shanghai's its "Today" must be London's today; and a
 * profile that sets Shanghai for it gets a data-quality note instead of days labelled wrongly.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns/format'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { e2eReady, startConsole, type Console } from './harness'
import { TEST_NOW } from '../helpers/test-clock'

/** 06:30 in Shanghai on the pinned day: 22:30 or 23:30 of the day before in London. */
const pinnedShanghai = new TZDate(TEST_NOW, 'Asia/Shanghai')
const AT = TZDate.tz('Asia/Shanghai', pinnedShanghai.getFullYear(), pinnedShanghai.getMonth(), pinnedShanghai.getDate(), 6, 30).getTime()
const startedAt = performance.now()
const clock = (): number => AT + Math.floor(performance.now() - startedAt)
const dateIn = (zone: string): string => format(new TZDate(clock(), zone), 'yyyy-MM-dd')

let app: Console

describe.runIf(e2eReady)('each instance in its own time zone', () => {
  beforeAll(async () => {
    app = await startConsole({ now: clock })
  }, 60_000)
  afterAll(() => app?.close())

  it('pins a moment when London\'s and Shanghai\'s dates differ', () => {
    expect(dateIn('Europe/London')).not.toBe(dateIn('Asia/Shanghai'))
  })

  it('reads the demo\'s ccc-night on London\'s days: its interval "Today" is London\'s today, the picker names London', async () => {
    const { page } = app
    await app.open('#/instances/ccc-night/reports/interval')
    await page.getByTestId('interval-view').waitFor()
    await page.getByTestId('range-preset-today').click()
    const london = dateIn('Europe/London')
    // Only London's today produces this heading: Shanghai's would start a day later.
    await page.getByTestId('report-range').filter({ hasText: `${london} 00:00` }).waitFor()
    const zone = page.getByTestId('report-timezone')
    expect(await zone.getAttribute('data-zone')).toBe('Europe/London')
    expect(await zone.innerText()).toContain('Europe/London (instance)')
    expect(await page.getByTestId('zone-note').count()).toBe(0)
    await app.screenshot('zones-ccc-night-today')
  })

  it('shows the demo\'s ccc-night summary as of London\'s date, with no note', async () => {
    const { page } = app
    await app.open('#/instances/ccc-night/realtime')
    await page.getByTestId('summary-date').filter({ hasText: dateIn('Europe/London') }).waitFor()
    expect(await page.getByTestId('zone-note').count()).toBe(0)
    // The refresh time is London's, the zone named.
    expect(await page.getByTestId('last-updated').first().innerText()).toContain('Europe/London')
  })

  describe('a profile that sets Shanghai for the London instance', () => {
    beforeAll(async () => {
      // Region cn-shanghai and no zone chosen: ccc-night is read on Shanghai's days.
      const profile = await app.services.profiles.save({
        name: 'Wrong zone',
        accessKeyId: DEMO_CREDENTIALS.accessKeyId,
        accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
        endpoint: app.sim.url,
        instanceIds: ['ccc-night'],
        storage: 'keychain'
      })
      await app.services.sessions.activate(profile.id)
    })

    it('says on the wallboard that the summary is of another date than the zone set', async () => {
      const { page } = app
      await app.open('#/instances/ccc-night/realtime')
      const note = page.getByTestId('zone-note')
      await note.waitFor()
      expect(await note.getAttribute('data-code')).toBe('Zone.SummaryDate')
      const text = await note.innerText()
      expect(text).toContain(`is of ${dateIn('Europe/London')}`)
      expect(text).toContain(`it is ${dateIn('Asia/Shanghai')} in Asia/Shanghai`)
    })

    it('says on the interval report that the Daily buckets\' days do not start at the zone\'s midnight', async () => {
      const { page } = app
      await app.open('#/instances/ccc-night/reports/interval')
      await page.getByTestId('interval-view').waitFor()
      await page.getByTestId('range-preset-last7Days').click()
      const note = page.getByTestId('zone-note')
      await note.waitFor()
      expect(await note.getAttribute('data-code')).toBe('Zone.DayBoundaries')
      // London's midnight is 07:00 or 08:00 in Shanghai.
      expect(await note.innerText()).toMatch(/start at 0[78]:00 in Asia\/Shanghai/)
      expect(await page.getByTestId('report-timezone').innerText()).toContain('Asia/Shanghai (instance)')
      await app.screenshot('zones-ccc-night-wrong-zone')
    })
  })
})
