/**
 * An alert in words (#19): which figure, where, its value and its limit, as the log's rows and the
 * notifications say them. The figure is named by the metric catalogue, its values read as the
 * tiles read them (model/realtime-tiles).
 */
import type { AlertFigure, AlertNotification } from '@shared/alert-engine'
import type { AlertBoard, AlertLogColumnKind } from '@shared/ipc/contract'
import { metricLabel } from '@shared/messages/metric-labels'
import type { Locale } from '../i18n'
import { stateLabelKey } from './agent-board'
import { alertDurationMs, type AlertLogRow } from './alert-log'
import { thresholdValueText, tileGroup } from './realtime-tiles'

export type Translate = (key: string, named: Record<string, unknown>) => string

/** The figure's label, with its queue for a queue's figure: "Waiting calls · Sales"; an agent's time in its state: "Time in state · Li Lei (After-call work)". */
export function alertFigureText(t: Translate, locale: Locale, figure: AlertFigure): string {
  if (figure.agent) {
    const key = stateLabelKey(figure.agent.state)
    return t('alerts.log.agent', { agent: figure.agent.name, state: key ? t(key, {}) : figure.agent.state })
  }
  const label = metricLabel(locale, tileGroup(figure.figure), figure.figure)
  return figure.skillGroupName === null ? label : t('alerts.log.queue', { figure: label, queue: figure.skillGroupName })
}

/** "≥ 10", "< 80%"; null without a limit. */
export function alertLimitText(t: Translate, figure: Pick<AlertFigure, 'figure' | 'direction'>, threshold: number | null): string | null {
  if (threshold === null) return null
  return t(figure.direction === 'above' ? 'realtime.limitAbove' : 'realtime.limitBelow', { limit: thresholdValueText(figure.figure, threshold) })
}

/** The board a click on the notification shows: the agent board for an agent, the queue board for a queue's figure, else the wallboard. */
export const alertBoard = (figure: AlertFigure): AlertBoard => (figure.agent ? 'realtime-agents' : figure.skillGroupId === null ? 'realtime' : 'realtime-queues')

export interface AlertNoticeText {
  title: string
  body: string
}

/**
 * A notification's words: the title says what and how much ("Waiting calls · Sales: 12"), led by
 * "Still in alert" for a reminder; the body where and the limit ("Hangzhou centre (ccc-a) · alert
 * at ≥ 10"). `instanceName` is the instance's name where it is known.
 */
export function alertNoticeText(t: Translate, locale: Locale, notification: AlertNotification, instanceName: string | null): AlertNoticeText {
  const figure = alertFigureText(t, locale, notification)
  const value = notification.value === null ? t('common.missing', {}) : thresholdValueText(notification.figure, notification.value)
  const title = t(notification.kind === 'begin' ? 'alerts.notice.begin' : 'alerts.notice.reminder', { figure, value })
  const where = instanceName ? t('alerts.notice.instance', { name: instanceName, id: notification.instanceId }) : notification.instanceId
  const limit = alertLimitText(t, notification, notification.threshold)
  return { title, body: limit === null ? where : t('alerts.notice.body', { where, limit }) }
}

/** The alert log as the table its CSV file holds: one row per alert, newest first, the page's words. */
export function alertLogTable(t: Translate, locale: Locale, rows: readonly AlertLogRow[]): {
  columns: Array<{ label: string; kind: AlertLogColumnKind }>
  rows: Array<Array<string | number | null>>
} {
  const column = (key: string, kind: AlertLogColumnKind = 'text') => ({ label: t(key, {}), kind })
  const status = (row: AlertLogRow): string =>
    row.status === 'alerting'
      ? t('alerts.log.alerting', {})
      : row.status === 'unseen'
        ? t('alerts.export.unseen', {})
        : row.entry.clearedUnseen
          ? t('alerts.export.clearedUnseen', {})
          : t('alerts.export.cleared', {})
  const told = (row: AlertLogRow): string =>
    row.entry.silenced === 'muted' ? t('alerts.log.muted', {}) : row.entry.silenced === 'snoozed' ? t('alerts.export.snoozed', {}) : t('alerts.export.notified', {})
  return {
    columns: [
      column('alerts.log.what'),
      column('alerts.export.limit'),
      column('alerts.log.began', 'epochMs'),
      column('alerts.log.peak'),
      column('alerts.export.peakAt', 'epochMs'),
      column('alerts.log.duration', 'seconds'),
      column('alerts.export.status'),
      column('alerts.log.cleared', 'epochMs'),
      column('alerts.export.lastSeen', 'epochMs'),
      column('alerts.export.told'),
      column('alerts.export.reminders')
    ],
    rows: rows.map((row) => {
      const { entry } = row
      return [
        alertFigureText(t, locale, entry),
        alertLimitText(t, entry, entry.threshold),
        entry.beganAt,
        entry.peak === null ? null : thresholdValueText(entry.figure, entry.peak),
        entry.peak === null ? null : entry.peakAt,
        Math.floor(alertDurationMs(entry).ms / 1000),
        status(row),
        entry.clearedAt,
        entry.lastSeenAt,
        told(row),
        entry.reminders
      ]
    })
  }
}
