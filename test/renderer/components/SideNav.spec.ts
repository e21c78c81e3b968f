// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import SideNav from '@renderer/components/shell/SideNav.vue'
import { createAppRouter } from '@renderer/router'
import { mountWithI18n } from '../mount'

beforeEach(() => {
  setActivePinia(createPinia())
})
afterEach(() => {
  document.body.innerHTML = ''
})

function mountNav(props: { instanceId: string | null; active: string | null; collapsed?: boolean }, locale: 'en-US' | 'zh-CN' = 'en-US') {
  const router = createAppRouter(createMemoryHistory())
  return mountWithI18n(SideNav, { props: { collapsed: false, ...props }, global: { plugins: [router] } }, locale)
}

describe('SideNav', () => {
  it("links the current instance's pages, the snapshots and the profiles, and marks the current page", () => {
    const nav = mountNav({ instanceId: 'ccc-demo', active: 'interval-report' })
    const href = (name: string): string | undefined => nav.get(`[data-testid="nav-${name}"]`).attributes('href')
    expect(href('overview')).toBe('/instances/ccc-demo/overview')
    expect(href('realtime')).toBe('/instances/ccc-demo/realtime')
    expect(href('realtime-queues')).toBe('/instances/ccc-demo/realtime/queues')
    expect(href('realtime-agents')).toBe('/instances/ccc-demo/realtime/agents')
    expect(href('realtime-today')).toBe('/instances/ccc-demo/realtime/today')
    expect(href('interval-report')).toBe('/instances/ccc-demo/reports/interval')
    expect(href('trend-report')).toBe('/instances/ccc-demo/reports/trend')
    expect(href('queue-report')).toBe('/instances/ccc-demo/reports/queues')
    expect(href('agent-report')).toBe('/instances/ccc-demo/reports/agents')
    expect(href('snapshots')).toBe('/snapshots')
    expect(href('profiles')).toBe('/profiles')
    const current = nav.findAll('[aria-current="page"]')
    expect(current.map((link) => link.attributes('data-testid'))).toEqual(['nav-interval-report'])
    expect(nav.get('nav').attributes('aria-label')).toBe('Main navigation')
    // Every entry is a real link, reached with Tab in page order.
    expect(nav.findAll('a').map((a) => a.text())).toEqual(['Overview', 'Real-time', 'Skill groups', 'Agents', 'Today so far', 'Interval report', 'Trend', 'Skill group report', 'Agent report', 'Snapshots', 'Profiles'])
  })

  it('lights Snapshots on every page of the snapshot viewer', () => {
    const nav = mountNav({ instanceId: 'ccc-demo', active: 'snapshot-trend' })
    expect(nav.get('[aria-current="page"]').attributes('data-testid')).toBe('nav-snapshots')
  })

  it('offers the instance pages, disabled and saying why, before an instance is picked', () => {
    const nav = mountNav({ instanceId: null, active: 'profiles' })
    for (const name of ['overview', 'realtime', 'realtime-queues', 'realtime-agents', 'realtime-today', 'interval-report', 'trend-report', 'queue-report', 'agent-report']) {
      const entry = nav.get(`[data-testid="nav-${name}"]`)
      expect(entry.element.tagName).toBe('SPAN')
      expect(entry.attributes('aria-disabled')).toBe('true')
      expect(entry.attributes('title')).toBe('Pick an instance first')
    }
    expect(nav.get('[data-testid="nav-profiles"]').attributes('aria-current')).toBe('page')
  })

  it('collapsed, keeps each name for assistive technology and as a tooltip', () => {
    const nav = mountNav({ instanceId: 'ccc-demo', active: 'overview', collapsed: true }, 'zh-CN')
    const overview = nav.get('[data-testid="nav-overview"]')
    expect(overview.text()).toBe('概览')
    expect(overview.attributes('title')).toBe('概览')
    expect(nav.classes()).toContain('side-nav--collapsed')
  })

  it('marks the agent board as the current page when it is open', () => {
    const nav = mountNav({ instanceId: 'ccc-demo', active: 'realtime-agents' })
    expect(nav.findAll('[aria-current="page"]').map((link) => link.attributes('data-testid'))).toEqual(['nav-realtime-agents'])
  })
})
