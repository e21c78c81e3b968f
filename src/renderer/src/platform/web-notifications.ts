/**
 * The browser's Web Notifications, for the browser build (the app's notifications are main's).
 * A page may only ask for the permission on a user's gesture, so asking is its own call.
 */

export type WebNotificationPermission = NotificationPermission | 'unsupported'

const api = (): typeof Notification | null => (typeof Notification === 'undefined' ? null : Notification)

export const webNotificationPermission = (): WebNotificationPermission => api()?.permission ?? 'unsupported'

/** Asks the user (call it from a click); answers what they chose, or what the browser had decided. */
export async function requestWebNotifications(): Promise<WebNotificationPermission> {
  const notifications = api()
  if (!notifications) return 'unsupported'
  try {
    return await notifications.requestPermission()
  } catch {
    return notifications.permission
  }
}

/**
 * Shows one notification when permitted; false otherwise. `tag` replaces an earlier one of the same
 * figure instead of stacking them (`renotify`: and still alerts); a click focuses the page and runs `onClick`.
 */
export function showWebNotification(title: string, options: { body: string; tag: string; renotify?: boolean }, onClick: () => void): boolean {
  const notifications = api()
  if (!notifications || notifications.permission !== 'granted') return false
  try {
    // `renotify` (a reminder replacing its begin still pops up) is not in every DOM typing yet.
    const shown = new notifications(title, { body: options.body, tag: options.tag, silent: true, renotify: options.renotify === true } as NotificationOptions)
    shown.onclick = () => {
      window.focus()
      shown.close()
      onClick()
    }
    return true
  } catch {
    // Chrome on Android and some embedded views allow only service-worker notifications.
    return false
  }
}

/** The count on the installed app's icon where the browser has the Badging API; nothing elsewhere. */
export function setWebAppBadge(count: number): void {
  const nav = typeof navigator === 'undefined' ? null : (navigator as Navigator & { setAppBadge?: (n: number) => Promise<void>; clearAppBadge?: () => Promise<void> })
  const done = count > 0 ? nav?.setAppBadge?.(count) : nav?.clearAppBadge?.()
  void done?.catch(() => {})
}
