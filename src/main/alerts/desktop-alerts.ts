/**
 * Alerts on the desktop (#19): the page's alert as Electron's Notification, and the count of
 * figures in alert as the app's badge. A click raises the window and tells the page which board
 * to show (`alertNotificationClicked`).
 */
import { app, Notification, type BrowserWindow } from 'electron'
import type { AlertNotice, DesktopAlerts } from '../../core/alerts/desktop-alerts'
import { sendEvent } from '../ipc/send-events'

/**
 * Notifications kept referenced until closed or clicked: Electron drops the click of one that
 * was garbage-collected. A storm is the engine's to prevent; this bounds what a page could pile up.
 */
const MAX_SHOWN = 20

/**
 * Linux notification servers that read the body as markup (most do) would act on a queue named
 * `<a href=…>`: the three characters markup needs, escaped. Not quotes: outside a tag they are
 * text, and a server without markup would show `&#39;` for every apostrophe.
 */
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const markupText = (text: string): string => text.replace(/[&<>]/g, (ch) => MARKUP[ch] ?? ch)

export function createDesktopAlerts(
  windows: () => readonly BrowserWindow[],
  platform: NodeJS.Platform = process.platform
): DesktopAlerts {
  const shown = new Set<Notification>()
  // The one on screen for each figure: a reminder replaces its begin rather than piling up.
  const byTag = new Map<string, Notification>()
  const forget = (notification: Notification): void => {
    shown.delete(notification)
    for (const [tag, n] of byTag) if (n === notification) byTag.delete(tag)
  }
  return {
    notify(notice: AlertNotice): boolean {
      if (!Notification.isSupported()) return false
      const earlier = byTag.get(notice.tag)
      if (earlier) {
        forget(earlier)
        earlier.close()
      }
      const body = platform === 'linux' ? markupText(notice.body) : notice.body
      // The page plays its own sound when the user asked for one: the desktop's is never on top of it.
      const notification = new Notification({ title: notice.title, body, silent: true })
      notification.on('click', () => {
        forget(notification)
        const target = windows()[0]
        if (!target || target.isDestroyed()) return
        if (target.isMinimized()) target.restore()
        target.show()
        target.focus()
        sendEvent(target, 'alertNotificationClicked', { instanceId: notice.instanceId, board: notice.board })
      })
      notification.on('close', () => forget(notification))
      shown.add(notification)
      byTag.set(notice.tag, notification)
      if (shown.size > MAX_SHOWN) {
        const oldest = shown.values().next().value
        if (oldest) {
          forget(oldest)
          oldest.close()
        }
      }
      notification.show()
      return true
    },
    setBadgeCount(count: number): void {
      // macOS's dock and Linux's Unity launchers; elsewhere false, and the window title carries the count.
      app.setBadgeCount(count)
    },
    keepRefreshing(on: boolean): void {
      // backgroundThrottling also keeps the Page Visibility API at "visible": the page's pollers
      // go on. Only while alerts are to be told, so a minimised console otherwise rests.
      for (const window of windows()) if (!window.isDestroyed()) window.webContents.setBackgroundThrottling(!on)
    }
  }
}
