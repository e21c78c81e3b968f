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

export function createDesktopAlerts(window: () => BrowserWindow | undefined, platform: NodeJS.Platform = process.platform): DesktopAlerts {
  const shown = new Set<Notification>()
  const forget = (notification: Notification): void => void shown.delete(notification)
  return {
    notify(notice: AlertNotice): boolean {
      if (!Notification.isSupported()) return false
      const body = platform === 'linux' ? markupText(notice.body) : notice.body
      // The page plays its own sound when the user asked for one: the desktop's is never on top of it.
      const notification = new Notification({ title: notice.title, body, silent: true })
      notification.on('click', () => {
        forget(notification)
        const target = window()
        if (!target || target.isDestroyed()) return
        if (target.isMinimized()) target.restore()
        target.show()
        target.focus()
        sendEvent(target, 'alertNotificationClicked', { instanceId: notice.instanceId, board: notice.board })
      })
      notification.on('close', () => forget(notification))
      shown.add(notification)
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
    }
  }
}
