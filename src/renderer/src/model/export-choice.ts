/**
 * What an export holds of the reports a page offers: the page's ranges and the user's ticks. Apart
 * from export-ranges, whose date code loads only when a dialog first opens.
 */
import type { TimeRange } from '@shared/ccc/types'
import type { ChannelInput } from '@shared/ipc/contract'

type Request = ChannelInput<'exportSnapshot'>

/** The ranges of the reports an export holds; null: the report is not offered. */
export interface ExportRanges {
  interval: Request['interval']
  trend: Request['trend']
  /** The queue report (one row per skill group) over its range. */
  queueReport: TimeRange | null
  /** The agent report (one row per agent) over its range. */
  agentReport: TimeRange | null
  /** Whether the offered queue and agent reports start ticked: on their own pages only. */
  groupReportsTicked: boolean
}

/** Which of the offered queue and agent reports the user keeps ticked. */
export interface GroupReportChoice {
  queueReport: boolean
  agentReport: boolean
}

/** The ticks a dialog opens with: the queue and agent reports only on their own pages. */
export const initialChoice = (ranges: Pick<ExportRanges, 'groupReportsTicked'>): GroupReportChoice => ({
  queueReport: ranges.groupReportsTicked,
  agentReport: ranges.groupReportsTicked
})

/** What an export asks for: the page's ranges, with only the offered queue and agent reports the user kept ticked. */
export function chosenRanges(ranges: ExportRanges, choice: GroupReportChoice): Pick<Request, 'interval' | 'trend' | 'queueReport' | 'agentReport'> {
  return {
    interval: ranges.interval,
    trend: ranges.trend,
    queueReport: choice.queueReport ? ranges.queueReport : null,
    agentReport: choice.agentReport ? ranges.agentReport : null
  }
}
