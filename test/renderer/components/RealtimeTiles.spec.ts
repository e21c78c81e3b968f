// @vitest-environment happy-dom
/**
 * The wallboard's tiles say what they count: InteractiveCalls is the calls in the IVR (not every
 * call in progress), each tile's definition shows on focus, and the one figure that counts since
 * midnight among the live ones is marked so, on the board and in the other instances' rows.
 */
import { afterEach, describe, expect, it } from 'vitest'
import InstanceRow from '@renderer/components/realtime/InstanceRow.vue'
import RealtimeTiles from '@renderer/components/realtime/RealtimeTiles.vue'
import { loadMetricDefinitions } from '@renderer/i18n/metric-definitions'
import { defaultThresholds } from '@renderer/model/thresholds'
import { realtime, summary } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const levels = { WaitingCalls: 'ok', LongestWaitingTime: 'ok', ServiceLevel20: 'ok' } as const
const tilesProps = { states: realtime('ccc-a', 3), summary: summary('ccc-a'), levels }
const shownHints = () => [...document.querySelectorAll('[data-testid="metric-hint"]')].map((el) => el.textContent ?? '')

describe('RealtimeTiles', () => {
  it('labels InteractiveCalls as the calls in the IVR, in both languages', () => {
    const en = mountWithI18n(RealtimeTiles, { props: tilesProps })
    expect(en.get('[data-testid="tile-InteractiveCalls"]').attributes('aria-label')).toBe('Calls in IVR')
    expect(en.get('[data-testid="tile-InteractiveCalls"]').text()).toContain('Calls in IVR')
    en.unmount()
    const zh = mountWithI18n(RealtimeTiles, { props: tilesProps }, 'zh-CN')
    expect(zh.get('[data-testid="tile-InteractiveCalls"]').text()).toContain('正在IVR中')
  })

  it('shows a tile\'s definition from the docs when it has keyboard focus', async () => {
    await loadMetricDefinitions('en-US')
    const wrapper = mountWithI18n(RealtimeTiles, { props: tilesProps })
    const tile = wrapper.get('[data-testid="tile-InteractiveCalls"]')
    expect(shownHints()).toEqual([])
    ;(tile.element as HTMLElement).focus()
    await settle()
    expect(shownHints()).toEqual([expect.stringContaining('Calls interacting with the IVR.')])
    expect(shownHints()[0]).toContain('Live · count · from GetRealtimeInstanceStates')
    expect(document.getElementById(tile.attributes('aria-describedby')!)?.textContent).toContain('Calls interacting with the IVR.')
  })

  it('loads the definitions when the page first needs them, in the page\'s language', async () => {
    const wrapper = mountWithI18n(RealtimeTiles, { props: tilesProps }, 'zh-CN')
    const tile = wrapper.get('[data-testid="tile-WaitingCalls"]')
    ;(tile.element as HTMLElement).focus()
    await loadMetricDefinitions('zh-CN')
    await settle()
    expect(shownHints()).toEqual([expect.stringContaining('当前排队来电的个数。')])
  })

  it('marks the service level, taken from the since-midnight summary, as since midnight, and no live figure', async () => {
    await loadMetricDefinitions('en-US')
    const wrapper = mountWithI18n(RealtimeTiles, { props: tilesProps })
    const level = wrapper.get('[data-testid="tile-ServiceLevel20"]')
    expect(level.get('[data-testid="since-midnight"]').text()).toBe('since midnight')
    expect(level.attributes('aria-label')).toBe('Service level (20 s) (since midnight)')
    expect(wrapper.findAll('[data-testid="since-midnight"]')).toHaveLength(1)
    ;(level.element as HTMLElement).focus()
    await settle()
    expect(shownHints()[0]).toContain('Since midnight, in the instance’s day · rate · from GetInstanceSummaryReportSinceMidnight')
  })
})

describe('InstanceRow', () => {
  it('marks its since-midnight service level among the live figures', () => {
    const wrapper = mountWithI18n(InstanceRow, {
      props: {
        instanceId: 'ccc-b',
        name: null,
        states: realtime('ccc-b', 2),
        summary: summary('ccc-b'),
        levels,
        thresholds: defaultThresholds(),
        stale: false,
        outdated: false,
        error: null,
        since: null,
        loading: false
      }
    })
    expect(wrapper.get('[data-testid="row-tile-ServiceLevel20"] [data-testid="since-midnight"]').text()).toBe('since midnight')
    expect(wrapper.findAll('[data-testid="since-midnight"]')).toHaveLength(1)
    expect(wrapper.get('[data-testid="row-tile-WaitingCalls"]').attributes('tabindex')).toBe('0')
  })
})
