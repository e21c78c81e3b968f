/** The route table is what the router serves, what the navigation lists and what the window title says. */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import enUS from '@renderer/i18n/en-US'
import zhCN from '@renderer/i18n/zh-CN'
import { navNameOf, navPages, pageForInstanceSwitch, PAGES, pageTitle } from '@renderer/model/routes'
import { createAppRouter } from '@renderer/router'

const lookup = (messages: object) => (key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
  if (typeof value !== 'string') throw new Error(`no message ${key}`)
  return value
}

beforeEach(() => {
  setActivePinia(createPinia())
})

describe('the route table', () => {
  it('is what the router serves: every page at its path, instance pages under the instance', () => {
    const router = createAppRouter(createMemoryHistory())
    const at = (name: string): string =>
      router.resolve({ name, params: PAGES.find((p) => p.name === name)!.instance ? { instanceId: 'ccc-demo' } : {} }).path
    expect(Object.fromEntries(PAGES.map((page) => [page.name, at(page.name)]))).toEqual({
      overview: '/instances/ccc-demo/overview',
      realtime: '/instances/ccc-demo/realtime',
      'realtime-queues': '/instances/ccc-demo/realtime/queues',
      'realtime-agents': '/instances/ccc-demo/realtime/agents',
      'realtime-today': '/instances/ccc-demo/realtime/today',
      'interval-report': '/instances/ccc-demo/reports/interval',
      'trend-report': '/instances/ccc-demo/reports/trend',
      'queue-report': '/instances/ccc-demo/reports/queues',
      'agent-report': '/instances/ccc-demo/reports/agents',
      snapshots: '/snapshots',
      profiles: '/profiles',
      'snapshot-overview': '/snapshots/view/overview',
      'snapshot-realtime': '/snapshots/view/realtime',
      'snapshot-interval': '/snapshots/view/interval',
      'snapshot-trend': '/snapshots/view/trend',
      'snapshot-queues': '/snapshots/view/queues',
      'snapshot-agents': '/snapshots/view/agents'
    })
    for (const page of PAGES) expect(router.resolve(at(page.name)).name, page.name).toBe(page.name)
  })

  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN]
  ] as const)('titles every page in %s', (_locale, messages) => {
    for (const page of PAGES) expect(pageTitle(page, lookup(messages)).trim(), page.name).not.toBe('')
    expect(pageTitle(PAGES.find((p) => p.name === 'snapshot-trend')!, lookup(messages))).toBe(
      `${messages.nav.snapshots} · ${messages.snapshots.tabs.trend}`
    )
  })

  it('lists the navigation in groups, lighting Snapshots for every part of the open snapshot', () => {
    expect(navPages('instance').map((p) => p.name)).toEqual(['overview', 'realtime', 'realtime-queues', 'realtime-agents', 'realtime-today'])
    expect(navPages('reports').map((p) => p.name)).toEqual(['interval-report', 'trend-report', 'queue-report', 'agent-report'])
    expect(navPages('app').map((p) => p.name)).toEqual(['snapshots', 'profiles'])
    expect(navNameOf('snapshot-interval')).toBe('snapshots')
    expect(navNameOf('trend-report')).toBe('trend-report')
    expect(navNameOf('not-found')).toBeNull()
  })

  it('keeps an instance page on a switch of instance, the wallboard with its query, and sends the rest to the overview', () => {
    expect(pageForInstanceSwitch('trend-report').name).toBe('trend-report')
    expect(pageForInstanceSwitch('realtime')).toMatchObject({ name: 'realtime', keepsQuery: true })
    expect(pageForInstanceSwitch('interval-report').keepsQuery).toBe(false)
    for (const elsewhere of ['profiles', 'snapshots', 'snapshot-trend', 'not-found', undefined]) {
      expect(pageForInstanceSwitch(elsewhere).name).toBe('overview')
    }
  })
})
