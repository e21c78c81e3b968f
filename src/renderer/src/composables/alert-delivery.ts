/**
 * Tells the supervisor (#19): each notification the alerts store gives becomes the desktop's
 * notification (main's, in the app) or the browser's (Web Notifications, in the browser build),
 * in the page's language, with a chime when the instance's settings ask for one; the count of
 * figures in alert goes on the app's badge; a click on a notification shows its board. While any
 * watched instance has alerts to tell, its figures refresh with the window hidden.
 * Started once by AppShell, with the alerts store, inside AppShell's scope.
 */
import { computed, onScopeDispose, watch, type Ref } from 'vue'
import type { Router } from 'vue-router'
import type { AlertNotification } from '@shared/alert-engine'
import type { AlertBoard } from '@shared/ipc/contract'
import { callApi, subscribe } from '../api/supervisor-api'
import { localeOf } from '../i18n'
import { alertBoard, alertNoticeText, type Translate } from '../model/alert-notice'
import { playAlertSound } from '../platform/alert-sound'
import { setWebAppBadge, showWebNotification } from '../platform/web-notifications'
import { useAlertSettingsStore } from '../stores/alert-settings'
import { useAlertsStore } from '../stores/alerts'
import { useInstanceStore } from '../stores/instance'
import { useRealtimeStore } from '../stores/realtime'
import { alertsWantHiddenPolling } from './polling'

export interface AlertDeliveryOptions {
  t: Translate
  locale: Ref<string>
  router: Pick<Router, 'push'>
}

export function startAlertDelivery({ t, locale, router }: AlertDeliveryOptions): void {
  const alerts = useAlertsStore()
  const settings = useAlertSettingsStore()
  const instances = useInstanceStore()
  const realtime = useRealtimeStore()

  const channel = computed(() => settings.channel)
  void callApi((bridge) => bridge.getAppInfo()).then((info) => {
    settings.channel = info.ok && info.data.desktopNotifications ? 'desktop' : 'browser'
  })

  const show = (board: AlertBoard, instanceId: string): void => void router.push({ name: board, params: { instanceId } })

  function deliver(notification: AlertNotification): void {
    const text = alertNoticeText(t, localeOf(locale.value), notification, instances.entries[notification.instanceId]?.instance?.Name || null)
    const board = alertBoard(notification)
    if (channel.value === 'desktop') {
      void callApi((bridge) => bridge.showAlertNotification({ ...text, instanceId: notification.instanceId, board }))
    } else {
      // One notification per figure on screen: a reminder replaces its begin.
      showWebNotification(text.title, { body: text.body, tag: notification.key }, () => show(board, notification.instanceId))
    }
  }

  const stopListening = alerts.onNotify((notifications) => {
    const told = notifications.filter((n) => settings.of(n.instanceId).notify)
    for (const notification of told) deliver(notification)
    // One chime for an answer's alerts, however many.
    if (notifications.some((n) => settings.of(n.instanceId).sound)) playAlertSound()
  })
  const stopClicks = subscribe('alertNotificationClicked', ({ instanceId, board }) => show(board, instanceId))

  watch(
    [() => alerts.count, channel],
    ([count, how]) => {
      if (how === 'desktop') void callApi((bridge) => bridge.setAlertBadge({ count }))
      else if (how === 'browser') setWebAppBadge(count)
    },
    { immediate: true }
  )

  // Alerts to tell for a watched instance keep its figures coming with the window hidden.
  const wantHidden = computed(() =>
    Object.keys(realtime.entries).some((id) => {
      const own = settings.of(id)
      return !own.muted && (own.notify || own.sound)
    })
  )
  watch(wantHidden, (want) => void (alertsWantHiddenPolling.value = want), { immediate: true })

  onScopeDispose(() => {
    stopListening()
    stopClicks()
    alertsWantHiddenPolling.value = false
  })
}
