/**
 * Tells the supervisor (#19): each notification the alerts store gives becomes the desktop's
 * notification (main's, in the app) or the browser's (Web Notifications, in the browser build),
 * in the page's language, with a chime when the instance's settings ask for one; the count of
 * figures in alert goes on the app's badge; a click on a notification shows its board. While any
 * watched instance has alerts to tell, its figures refresh with the window hidden, and the
 * wallboard's instances (and its queue board) stay watched when the supervisor opens another page.
 * Started once by AppShell, with the alerts store, inside AppShell's scope.
 */
import { computed, onScopeDispose, watch, type Ref } from 'vue'
import type { Router } from 'vue-router'
import type { AlertNotification } from '@shared/alert-engine'
import type { AlertBoard } from '@shared/ipc/contract'
import { callApi, subscribe } from '../api/supervisor-api'
import { localeOf } from '../i18n'
import { alertBoard, alertNoticeText, type Translate } from '../model/alert-notice'
import { playAlertSound, primeAlertSound } from '../platform/alert-sound'
import { setWebAppBadge, showWebNotification, webNotificationPermission } from '../platform/web-notifications'
import { useAlertSettingsStore } from '../stores/alert-settings'
import { useAlertsStore } from '../stores/alerts'
import { useInstanceStore } from '../stores/instance'
import { useQueueBoardStore } from '../stores/queue-board'
import { useRealtimeStore } from '../stores/realtime'
import { useSessionStore } from '../stores/session'
import { alertsWantHiddenPolling } from './polling'

export interface AlertDeliveryOptions {
  t: Translate
  locale: Ref<string>
  router: Pick<Router, 'push'>
}

/** More alerts of one instance in one answer than this are told as one ("12 figures in alert"). */
export const MAX_NOTICES_PER_ANSWER = 3
/** Alerts held while main has not yet said how to show them; the newest kept. */
const MAX_HELD = 20
/** Tries at asking main how notifications are shown here, 2 s apart and doubling. */
const APP_INFO_TRIES = 5

export function startAlertDelivery({ t, locale, router }: AlertDeliveryOptions): void {
  const alerts = useAlertsStore()
  const settings = useAlertSettingsStore()
  const instances = useInstanceStore()
  const realtime = useRealtimeStore()
  const session = useSessionStore()

  // Until main says whether it shows notifications, alerts wait rather than take the wrong way.
  let held: AlertNotification[] = []
  let retry: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  async function learnChannel(attempt: number): Promise<void> {
    const info = await callApi((bridge) => bridge.getAppInfo())
    if (stopped) return
    if (!info.ok && attempt + 1 < APP_INFO_TRIES) {
      retry = setTimeout(() => void learnChannel(attempt + 1), 2_000 * 2 ** attempt)
      return
    }
    // Main never answered: the page's own (browser) notifications are all there is.
    settings.channel = info.ok && info.data.desktopNotifications ? 'desktop' : 'browser'
    const waiting = held
    held = []
    tell(waiting)
  }

  /** Only an instance of this session: a notification left from another account opens nothing. */
  const show = (board: AlertBoard, instanceId: string): void => {
    if (session.session?.instanceIds.includes(instanceId)) void router.push({ name: board, params: { instanceId } })
  }
  const nameOf = (instanceId: string): string | null => instances.entries[instanceId]?.instance?.Name || null

  function notify(notice: { title: string; body: string; tag: string; renotify: boolean }, instanceId: string, board: AlertBoard): void {
    if (settings.channel === 'desktop') {
      void callApi((bridge) => bridge.showAlertNotification({ title: notice.title, body: notice.body, tag: notice.tag, instanceId, board }))
    } else {
      showWebNotification(notice.title, { body: notice.body, tag: notice.tag, renotify: notice.renotify }, () => show(board, instanceId))
    }
  }

  function tell(notifications: readonly AlertNotification[]): void {
    if (notifications.length === 0) return
    const byInstance = new Map<string, AlertNotification[]>()
    for (const n of notifications) {
      if (!settings.of(n.instanceId).notify) continue
      byInstance.set(n.instanceId, [...(byInstance.get(n.instanceId) ?? []), n])
    }
    for (const [instanceId, list] of byInstance) {
      if (list.length > MAX_NOTICES_PER_ANSWER) {
        // A storm (a queue outage, a limit lowered): one notice says how many, the wallboard the rest.
        const where = nameOf(instanceId) ? t('alerts.notice.instance', { name: nameOf(instanceId), id: instanceId }) : instanceId
        notify({ title: t('alerts.notice.many', { n: list.length }), body: where, tag: `${instanceId}/many`, renotify: true }, instanceId, 'realtime')
        continue
      }
      for (const n of list) {
        const text = alertNoticeText(t, localeOf(locale.value), n, nameOf(instanceId))
        // A reminder replaces its figure's notice, and still pops up.
        notify({ ...text, tag: n.key, renotify: n.kind === 'reminder' }, instanceId, alertBoard(n))
      }
    }
    // One chime for an answer's alerts, however many.
    if (notifications.some((n) => settings.of(n.instanceId).sound)) playAlertSound()
  }

  function receive(notifications: readonly AlertNotification[]): void {
    // Heard here: the store need not keep them for anyone else.
    alerts.takeNotifications()
    if (settings.channel === null) held = [...held, ...notifications].slice(-MAX_HELD)
    else tell(notifications)
  }
  const stopListening = alerts.onNotify(receive)
  // Told before delivery started (the wallboard's first answers came while this loaded).
  receive(alerts.takeNotifications())
  void learnChannel(0)

  const stopClicks = subscribe('alertNotificationClicked', ({ instanceId, board }) => show(board, instanceId))

  watch(
    [() => alerts.count, () => settings.channel],
    ([count, how]) => {
      if (how === 'desktop') void callApi((bridge) => bridge.setAlertBadge({ count }))
      else if (how === 'browser') setWebAppBadge(count)
    },
    { immediate: true }
  )

  // An instance has alerts to tell unless muted: a notification the browser will not show is
  // nothing to tell, unless the chime is on.
  const tellable = (id: string): boolean => {
    const own = settings.of(id)
    const canNotify = settings.channel === 'desktop' || (settings.channel === 'browser' && webNotificationPermission() === 'granted')
    return !own.muted && (own.sound || (own.notify && canNotify))
  }
  // Alerts to tell for a watched instance keep its figures coming with the window hidden.
  const wantHidden = computed(() => realtime.watched.some(tellable))
  watch(
    wantHidden,
    (want) => {
      alertsWantHiddenPolling.value = want
      if (settings.channel === 'desktop') void callApi((bridge) => bridge.setBackgroundRefresh({ on: want }))
    },
    { immediate: true }
  )
  watch(
    () => settings.channel,
    (how) => void (how === 'desktop' && callApi((bridge) => bridge.setBackgroundRefresh({ on: wantHidden.value })))
  )

  // Away from the live pages (a report, the profiles): the instances the wallboard last watched,
  // and its queue board, go on being watched for their alerts; the page opened next that watches
  // its own takes over. Not the agent board: a dozen calls a refresh for a large centre.
  const queues = useQueueBoardStore()
  let pageInstances: string[] = []
  let ownInstances: string[] | null = null
  let pageQueues: string | null = null
  let ownQueues: string | null = null
  session.onChange(() => {
    pageInstances = []
    ownInstances = null
    pageQueues = null
    ownQueues = null
  })
  watch(
    () => realtime.watched,
    (ids) => {
      if (ids.length > 0) {
        if (ownInstances === null || ids.join() !== ownInstances.join()) [pageInstances, ownInstances] = [[...ids], null]
        return
      }
      // The page that watched them closed.
      const keep = pageInstances.filter(tellable)
      if (keep.length === 0) return
      ownInstances = keep
      realtime.watchInstances(keep)
    },
    { flush: 'post' }
  )
  watch(
    () => queues.watched,
    (id) => {
      if (id !== null) {
        if (id !== ownQueues) [pageQueues, ownQueues] = [id, null]
        return
      }
      if (pageQueues === null || !tellable(pageQueues)) return
      ownQueues = pageQueues
      queues.watchInstance(pageQueues)
    },
    { flush: 'post' }
  )

  // A chime remembered from before a reload needs a gesture on this page before it may sound.
  const prime = (): void => {
    if (Object.values(settings.byInstance).some((s) => s.sound)) primeAlertSound()
  }
  window.addEventListener('pointerdown', prime, true)
  window.addEventListener('keydown', prime, true)

  onScopeDispose(() => {
    stopped = true
    if (retry !== null) clearTimeout(retry)
    stopListening()
    stopClicks()
    window.removeEventListener('pointerdown', prime, true)
    window.removeEventListener('keydown', prime, true)
    alertsWantHiddenPolling.value = false
  })
}
