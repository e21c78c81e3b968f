/**
 * The one route table: every page's name, path, title, place in the navigation and whether it is
 * about an instance. The router, the side navigation, the window title, the snapshot viewer's tabs
 * and the instance switcher all read it, so a new page is one row here (and its component in the
 * router).
 */
import type { IconName } from '../components/common/icons/icon-paths'

export type NavGroup = 'instance' | 'reports' | 'app'

export interface PageDef {
  readonly name: string
  /** Under `/instances/:instanceId` for instance pages, under `/snapshots/view` for snapshot parts. */
  readonly path: string
  /** Message keys joined with " · " for the page's title (window title, navigation, tabs). */
  readonly title: readonly string[]
  /** `/instances/:instanceId/…`: needs a picked instance, and keeps the page on a switch of instance. */
  readonly instance: boolean
  /** A part of the open snapshot: titled with the snapshot's instance, lights Snapshots in the navigation. */
  readonly snapshotPart: boolean
  /** Listed in the side navigation, in table order within its group. */
  readonly nav: { readonly group: NavGroup; readonly icon: IconName } | null
  /** What a switch of instance keeps of the query (the wallboard's ?watch list). */
  readonly keepsQuery: boolean
}

type PageRow<N extends string> = { name: N } & Pick<PageDef, 'path' | 'title'> & Partial<Omit<PageDef, 'name' | 'path' | 'title'>>

function page<N extends string>(row: PageRow<N>): PageDef & { name: N } {
  return { instance: false, snapshotPart: false, nav: null, keepsQuery: false, ...row }
}
const instancePage = <N extends string>(row: PageRow<N>) => page({ ...row, instance: true })
const snapshotPart = <N extends string>(name: N, path: string, tab: string) =>
  page({ name, path, title: ['nav.snapshots', `snapshots.tabs.${tab}`], snapshotPart: true })

export const PAGES = [
  instancePage({ name: 'overview', path: 'overview', title: ['nav.overview'], nav: { group: 'instance', icon: 'overview' } }),
  instancePage({ name: 'realtime', path: 'realtime', title: ['nav.realtime'], nav: { group: 'instance', icon: 'realtime' }, keepsQuery: true }),
  // The boards sit under the wallboard they also appear on.
  instancePage({ name: 'realtime-queues', path: 'realtime/queues', title: ['nav.realtimeQueues'], nav: { group: 'instance', icon: 'queues' } }),
  instancePage({ name: 'realtime-agents', path: 'realtime/agents', title: ['nav.realtimeAgents'], nav: { group: 'instance', icon: 'agents' } }),
  instancePage({ name: 'realtime-today', path: 'realtime/today', title: ['nav.realtimeToday'], nav: { group: 'instance', icon: 'clock' } }),
  instancePage({ name: 'interval-report', path: 'reports/interval', title: ['nav.reportsInterval'], nav: { group: 'reports', icon: 'reports' } }),
  instancePage({ name: 'trend-report', path: 'reports/trend', title: ['nav.reportsTrend'], nav: { group: 'reports', icon: 'trend' } }),
  instancePage({ name: 'queue-report', path: 'reports/queues', title: ['nav.reportsQueues'], nav: { group: 'reports', icon: 'queues' } }),
  instancePage({ name: 'agent-report', path: 'reports/agents', title: ['nav.reportsAgents'], nav: { group: 'reports', icon: 'agents' } }),
  page({ name: 'snapshots', path: '/snapshots', title: ['nav.snapshots'], nav: { group: 'app', icon: 'snapshot' } }),
  page({ name: 'profiles', path: '/profiles', title: ['nav.profiles'], nav: { group: 'app', icon: 'key' } }),
  snapshotPart('snapshot-overview', 'overview', 'overview'),
  snapshotPart('snapshot-realtime', 'realtime', 'realtime'),
  snapshotPart('snapshot-interval', 'interval', 'interval'),
  snapshotPart('snapshot-trend', 'trend', 'trend'),
  snapshotPart('snapshot-queues', 'queues', 'queues'),
  snapshotPart('snapshot-agents', 'agents', 'agents')
] as const

export type Page = (typeof PAGES)[number]
export type PageName = Page['name']

/** The navigation groups in order; `reports` has a heading, the others none. */
export const NAV_GROUPS: readonly { key: NavGroup; heading: string | null }[] = [
  { key: 'instance', heading: null },
  { key: 'reports', heading: 'nav.reports' },
  { key: 'app', heading: null }
]

export function pageOf(name: unknown): Page | undefined {
  return PAGES.find((p) => p.name === name)
}

/** The side navigation's entry lit for a page: every snapshot part lights Snapshots. */
export function navNameOf(name: unknown): string | null {
  const found = pageOf(name)
  if (!found) return null
  return found.snapshotPart ? 'snapshots' : found.name
}

/** The page to show for another instance: the same one when it is an instance page, else the overview. */
export function pageForInstanceSwitch(name: unknown): Page {
  const found = pageOf(name)
  return found?.instance ? found : PAGES[0]
}

export const snapshotParts = (): Page[] => PAGES.filter((p) => p.snapshotPart)

/** A page's title in the user's language. */
export function pageTitle(page: PageDef, t: (key: string) => string): string {
  return page.title.map((key) => t(key)).join(' · ')
}

export type NavPage = PageDef & { readonly nav: NonNullable<PageDef['nav']> }

/** The side navigation's pages of one group, in table order. */
export function navPages(group: NavGroup): NavPage[] {
  return PAGES.filter((page): page is Page & NavPage => page.nav?.group === group)
}
