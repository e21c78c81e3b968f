/**
 * What main does with the page's alerts (#19): shows each as the desktop's notification and keeps
 * the count of figures in alert on the taskbar or dock. The page words them in its language; the
 * app's Electron side (src/main/alerts) shows them; the test host has none, and its page uses Web
 * Notifications instead.
 */
import type { AlertBoard } from '../../shared/ipc/contract'
import { terminalSafeCell, terminalSafeLines } from '../ccc/endpoint-text'

export interface AlertNotice {
  title: string
  body: string
  /** The figure: a later notice of the same tag replaces the earlier one on the desktop. */
  tag: string
  /** Where a click on it brings the window. */
  instanceId: string
  board: AlertBoard
}

export interface DesktopAlerts {
  /** Shows one notification; false where the desktop has none. */
  notify(notice: AlertNotice): boolean
  setBadgeCount(count: number): void
  /** The app's windows refresh in the background as in front (on) or as Chromium throttles them (off). */
  keepRefreshing(on: boolean): void
}

/** Notifications main shows in a minute at most: a storm the page failed to stop ends here. */
export const MAX_NOTICES_PER_MINUTE = 12

/** Whether one more notice may go out at `now`: at most `max` in any minute. */
export function noticeLimiter(max = MAX_NOTICES_PER_MINUTE, windowMs = 60_000): (now: number) => boolean {
  const shown: number[] = []
  return (now) => {
    while (shown.length > 0 && now - shown[0]! >= windowMs) shown.shift()
    if (shown.length >= max) return false
    shown.push(now)
    return true
  }
}

/**
 * The notice with its texts made plain: queue and instance names are typed by the instance's
 * users, and a bell, an escape sequence or a bidi override in one must not reach the desktop's
 * notification server (which may pass them to a terminal-like log or reorder the line). The
 * title is one line; the body keeps its line breaks.
 */
export function plainNotice(notice: AlertNotice): AlertNotice {
  return { ...notice, title: terminalSafeCell(notice.title), body: terminalSafeLines(notice.body) }
}
