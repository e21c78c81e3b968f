/**
 * Hash routes a supervisor can bookmark: #/profiles, #/instances/<id>/overview,
 * #/instances/<id>/realtime (with ?watch=<id>,<id> for more instances on the wallboard),
 * #/instances/<id>/reports/interval and #/instances/<id>/reports/trend; #/snapshots and the open
 * snapshot's parts at #/snapshots/view/{overview,realtime,interval,trend}.
 */
import { createRouter, createWebHashHistory, type RouteLocationNormalized, type RouterHistory } from 'vue-router'
import { isInstanceId } from '@shared/ccc/ids'
import { landingRoute } from './model/landing'
import { useProfilesStore } from './stores/profiles'
import { useSessionStore } from './stores/session'

// Pages load on first visit: the reports bring ECharts, which the wallboard never needs.
const ProfilesView = () => import('./views/ProfilesView.vue')
const NotFoundView = () => import('./views/NotFoundView.vue')
const InstanceOverviewView = () => import('./views/InstanceOverviewView.vue')
const RealtimeView = () => import('./views/RealtimeView.vue')
const IntervalReportView = () => import('./views/IntervalReportView.vue')
const TrendReportView = () => import('./views/TrendReportView.vue')
const SnapshotsView = () => import('./views/SnapshotsView.vue')
const SnapshotViewerView = () => import('./views/SnapshotViewerView.vue')
const SnapshotOverviewView = () => import('./views/SnapshotOverviewView.vue')
const SnapshotRealtimeView = () => import('./views/SnapshotRealtimeView.vue')
const SnapshotReportView = () => import('./views/SnapshotReportView.vue')

export type PageName = 'profiles' | 'overview' | 'realtime' | 'interval-report' | 'trend-report' | 'snapshots' | 'not-found'

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
      { path: '/profiles', name: 'profiles', component: ProfilesView },
      { path: '/instances/:instanceId', redirect: (to) => ({ name: 'overview', params: to.params }) },
      {
        path: '/instances/:instanceId/overview',
        name: 'overview',
        component: InstanceOverviewView
      },
      {
        path: '/instances/:instanceId/realtime',
        name: 'realtime',
        component: RealtimeView
      },
      { path: '/instances/:instanceId/reports', redirect: (to) => ({ name: 'interval-report', params: to.params }) },
      {
        path: '/instances/:instanceId/reports/interval',
        name: 'interval-report',
        component: IntervalReportView
      },
      {
        path: '/instances/:instanceId/reports/trend',
        name: 'trend-report',
        component: TrendReportView
      },
      { path: '/snapshots', name: 'snapshots', component: SnapshotsView },
      {
        path: '/snapshots/view',
        component: SnapshotViewerView,
        beforeEnter: requireOpenSnapshot,
        children: [
          { path: '', redirect: { name: 'snapshot-overview' } },
          { path: 'overview', name: 'snapshot-overview', component: SnapshotOverviewView },
          { path: 'realtime', name: 'snapshot-realtime', component: SnapshotRealtimeView },
          { path: 'interval', name: 'snapshot-interval', component: SnapshotReportView, props: { kind: 'interval' } },
          { path: 'trend', name: 'snapshot-trend', component: SnapshotReportView, props: { kind: 'trend' } }
        ]
      },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundView }
    ]
  })
  // Global, so it also runs when only the ID changes (beforeEnter would not).
  router.beforeEach((to) => (to.params.instanceId === undefined ? true : requireInstanceId(to)))
  return router
}
