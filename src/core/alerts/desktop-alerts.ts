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
  /** Where a click on it brings the window. */
  instanceId: string
  board: AlertBoard
}

export interface DesktopAlerts {
  /** Shows one notification; false where the desktop has none. */
  notify(notice: AlertNotice): boolean
  setBadgeCount(count: number): void
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
