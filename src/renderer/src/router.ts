/**
 * Hash routes a supervisor can bookmark: #/profiles, #/instances/<id>/overview,
 * #/instances/<id>/realtime (with ?watch=<id>,<id> for more instances on the wallboard),
 * #/instances/<id>/realtime/queues, #/instances/<id>/realtime/agents (?state=&group=&q=), #/instances/<id>/realtime/today,
 * #/instances/<id>/reports/interval, …/reports/trend, …/reports/queues and …/reports/agents; #/snapshots and the open
 * snapshot's parts at #/snapshots/view/{overview,realtime,interval,trend,queues,agents}.
 */
import {
  createRouter,
  createWebHashHistory,
  type RouteLocationNormalized,
  type RouteRecordRaw,
  type RouteRecordSingleView,
  type RouterHistory
} from 'vue-router'
import { isInstanceId } from '@shared/ccc/ids'
import { landingRoute } from './model/landing'
import { PAGES, type Page, type PageName } from './model/routes'
import { useProfilesStore } from './stores/profiles'
import { useSessionStore } from './stores/session'

// Pages load on first visit: the reports bring ECharts, which the wallboard never needs.
const ProfilesView = () => import('./views/ProfilesView.vue')
const NotFoundView = () => import('./views/NotFoundView.vue')
const SnapshotViewerView = () => import('./views/SnapshotViewerView.vue')
const SnapshotReportView = () => import('./views/SnapshotReportView.vue')
const SnapshotGroupReportView = () => import('./views/SnapshotGroupReportView.vue')
const ReportView = () => import('./views/ReportView.vue')
const GroupReportView = () => import('./views/GroupReportView.vue')

/** Each page of the route table, with its component (and props). */
const VIEWS: Record<PageName, Pick<RouteRecordSingleView, 'component' | 'props'>> = {
  overview: { component: () => import('./views/InstanceOverviewView.vue') },
  realtime: { component: () => import('./views/RealtimeView.vue') },
  'realtime-queues': { component: () => import('./views/QueuesView.vue') },
  'realtime-agents': { component: () => import('./views/AgentsView.vue') },
  'realtime-today': { component: () => import('./views/TodayView.vue') },
  'interval-report': { component: ReportView, props: { kind: 'interval' } },
  'trend-report': { component: ReportView, props: { kind: 'trend' } },
  'queue-report': { component: GroupReportView, props: { kind: 'queue' } },
  'agent-report': { component: GroupReportView, props: { kind: 'agent' } },
  snapshots: { component: () => import('./views/SnapshotsView.vue') },
  profiles: { component: ProfilesView },
  'snapshot-overview': { component: () => import('./views/SnapshotOverviewView.vue') },
  'snapshot-realtime': { component: () => import('./views/SnapshotRealtimeView.vue') },
  'snapshot-interval': { component: SnapshotReportView, props: { kind: 'interval' } },
  'snapshot-trend': { component: SnapshotReportView, props: { kind: 'trend' } },
  'snapshot-queues': { component: SnapshotGroupReportView, props: { kind: 'queue' } },
  'snapshot-agents': { component: SnapshotGroupReportView, props: { kind: 'agent' } }
}

function record(page: Page, path: string): RouteRecordRaw {
  return { path, name: page.name, ...VIEWS[page.name] }
}

/** The viewer's pages show the open snapshot; with none open (a reload, a bookmark) the list is where to pick one. */
async function requireOpenSnapshot() {
  // Imported here so the viewer's store (and the report code it brings) loads with the viewer.
  const { useSnapshotViewerStore } = await import('./stores/snapshot-viewer')
  return useSnapshotViewerStore().opened ? true : { name: 'snapshots', replace: true }
}

/** An instance page with an ID that cannot be one shows the not-found page, saying why. */
function requireInstanceId(to: RouteLocationNormalized) {
  const id = to.params.instanceId
  if (typeof id === 'string' && isInstanceId(id)) return true
  return {
    name: 'not-found',
    params: { pathMatch: to.path.split('/').filter(Boolean) },
    query: { badInstance: String(id).slice(0, 80) },
    replace: true
  }
}

export function createAppRouter(history: RouterHistory = createWebHashHistory()) {
  const router = createRouter({
    history,
    routes: [
      {
        path: '/',
        name: 'home',
        component: ProfilesView,
        // Opens where the user can start: see landingRoute.
        beforeEnter: async () => {
          const session = useSessionStore()
          const profiles = useProfilesStore()
          await Promise.all([session.ensureLoaded(), profiles.loaded ? Promise.resolve() : profiles.load()])
          return landingRoute(session.session, profiles.loaded ? profiles.profiles : null)
        }
      },
      ...PAGES.filter((page) => !page.instance && !page.snapshotPart).map((page) => record(page, page.path)),
      { path: '/instances/:instanceId', redirect: (to) => ({ name: 'overview', params: to.params }) },
      { path: '/instances/:instanceId/reports', redirect: (to) => ({ name: 'interval-report', params: to.params }) },
      ...PAGES.filter((page) => page.instance).map((page) => record(page, `/instances/:instanceId/${page.path}`)),
      {
        path: '/snapshots/view',
        component: SnapshotViewerView,
        beforeEnter: requireOpenSnapshot,
        children: [
          { path: '', redirect: { name: 'snapshot-overview' } },
          ...PAGES.filter((page) => page.snapshotPart).map((page) => record(page, page.path))
        ]
      },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView }
    ]
  })
  // Global, so it also runs when only the ID changes (beforeEnter would not).
  router.beforeEach((to) => (to.params.instanceId === undefined ? true : requireInstanceId(to)))
  return router
}
