/**
 * What each catalogued figure is called, in en-US and zh-CN: plain data, so the renderer, the
 * exported files and the CLI name a figure alike. The same field name counts different things in
 * different APIs (HandleRate is handled of queued in the interval report, handled of offered since
 * midnight), so a group's own label comes first and the field's shared one is the fallback.
 * zh-CN is typed by en-US's keys, so a missing label fails the build.
 */
import type { MetricGroupName } from '../ccc/catalogue'
import type { ErrorLocale } from './error-texts'

const EN_FIELDS = {
  TotalAgents: 'Total agents',
  LoggedInAgents: 'Logged in',
  ReadyAgents: 'Ready',
  TalkingAgents: 'Talking',
  WorkingAgents: 'After-call work',
  BreakingAgents: 'On break',
  WaitingCalls: 'Waiting calls',
  LongestWaitingTime: 'Longest wait',
  // IVR中交互的电话个数: calls in the IVR, not every call in progress.
  InteractiveCalls: 'Calls in IVR',
  CallsOffered: 'Calls offered',
  CallsHandled: 'Calls handled',
  HandleRate: 'Handle rate',
  ServiceLevel20: 'Service level (20 s)',
  CallsAbandonedInQueue: 'Abandoned in queue',
  AverageWaitTime: 'Average wait',
  AverageTalkTime: 'Average talk time',
  CallsDialed: 'Calls dialed',
  CallsAnswered: 'Calls answered',
  AnswerRate: 'Answer rate',
  OccupancyRate: 'Occupancy',
  AbandonedRate: 'Abandon rate',
  AverageAbandonTime: 'Average time to abandon',
  AverageAbandonedInIVRTime: 'Average time to abandon in IVR',
  AverageAbandonedInQueueTime: 'Average time to abandon in queue',
  AverageAbandonedInRingTime: 'Average time to abandon while ringing',
  AverageBreakTime: 'Average break',
  AverageDialingTime: 'Average dialing time',
  AverageHoldTime: 'Average hold',
  AverageReadyTime: 'Average ready time',
  AverageRingTime: 'Average ring time',
  AverageWorkTime: 'Average after-call work',
  CallsAbandoned: 'Abandoned',
  CallsAbandonedInIVR: 'Abandoned in IVR',
  CallsAbandonedInRinging: 'Abandoned while ringing',
  CallsConsulted: 'Consulted',
  CallsDialedSuccess: 'Dialed successfully',
  CallsHold: 'Put on hold',
  CallsQueued: 'Queued',
  // Inbound: rang an agent; outbound: rang the customer.
  CallsRinged: 'Rang',
  CallsIncomingLine: 'Calls arrived',
  CallsIncomingIVR: 'Entered the IVR',
  CallsIncomingQueue: 'Entered the queue',
  CallsTransferred: 'Transferred',
  CallsBlindTransferred: 'Blind transfers',
  CallsAttendedTransferred: 'Attended transfers',
  CallsQueuingTimeout: 'Queue timeouts',
  CallsAttendedTransferIn: 'Attended transfers in',
  CallsAttendedTransferOut: 'Attended transfers out',
  CallsBlindTransferIn: 'Blind transfers in',
  CallsBlindTransferOut: 'Blind transfers out',
  CallsOverflow: 'Overflowed',
  CallsTimeout: 'Timed out in queue',
  CallsQueuingFailed: 'Failed to queue',
  ServiceLevel15: 'Service level (15 s)',
  ServiceLevel30: 'Service level (30 s)',
  AgentHandleRate: 'Agent handle rate',
  CallsAgentHandled: 'Handled by the agent',
  CallsCustomerAnswered: 'Answered by the customer',
  FirstCheckInTime: 'First check-in',
  LastCheckOutTime: 'Last check-out',
  TotalOnSiteOnlineTime: 'Online on site',
  TotalOffSiteOnlineTime: 'Online off site',
  TotalOfficePhoneOnlineTime: 'Online on an office phone',
  SatisfactionRate: 'Satisfaction rate',
  MaxAbandonTime: 'Longest time to abandon',
  MaxAbandonedInIVRTime: 'Longest time to abandon in IVR',
  MaxAbandonedInQueueTime: 'Longest time to abandon in queue',
  MaxAbandonedInRingTime: 'Longest time to abandon while ringing',
  MaxBreakTime: 'Longest break',
  MaxDialingTime: 'Longest dialing time',
  MaxHoldTime: 'Longest hold',
  MaxReadyTime: 'Longest ready time',
  MaxRingTime: 'Longest ring time',
  MaxTalkTime: 'Longest talk time',
  MaxWaitTime: 'Longest wait',
  MaxWorkTime: 'Longest after-call work',
  SatisfactionIndex: 'Satisfaction',
  SatisfactionSurveysOffered: 'Surveys offered',
  SatisfactionSurveysResponded: 'Surveys answered',
  TotalAbandonTime: 'Total time to abandon',
  TotalAbandonedInIVRTime: 'Total time to abandon in IVR',
  TotalAbandonedInQueueTime: 'Total time to abandon in queue',
  TotalAbandonedInRingTime: 'Total time to abandon while ringing',
  TotalBreakTime: 'Total break time',
  TotalCalls: 'Total calls',
  TotalDialingTime: 'Total dialing time',
  TotalHoldTime: 'Total hold time',
  TotalLoggedInTime: 'Total logged-in time',
  TotalReadyTime: 'Total ready time',
  TotalRingTime: 'Total ring time',
  TotalTalkTime: 'Total talk time',
  TotalWaitTime: 'Total wait time',
  TotalWorkTime: 'Total after-call work'
} as const

export type MetricField = keyof typeof EN_FIELDS

const ZH_FIELDS: Readonly<Record<MetricField, string>> = {
  TotalAgents: '坐席总数',
  LoggedInAgents: '已登录',
  ReadyAgents: '空闲',
  TalkingAgents: '通话中',
  WorkingAgents: '话后处理',
  BreakingAgents: '小休',
  WaitingCalls: '排队来电',
  LongestWaitingTime: '最长等待',
  InteractiveCalls: '正在IVR中',
  CallsOffered: '呼入总量',
  CallsHandled: '已接听',
  HandleRate: '接听率',
  ServiceLevel20: '服务水平（20 秒）',
  CallsAbandonedInQueue: '排队放弃',
  AverageWaitTime: '平均等待',
  AverageTalkTime: '平均通话时长',
  CallsDialed: '外呼总量',
  CallsAnswered: '已接通',
  AnswerRate: '接通率',
  OccupancyRate: '占用率',
  AbandonedRate: '放弃率',
  AverageAbandonTime: '平均放弃前时长',
  AverageAbandonedInIVRTime: 'IVR 平均放弃前时长',
  AverageAbandonedInQueueTime: '排队平均放弃前时长',
  AverageAbandonedInRingTime: '振铃平均放弃前时长',
  AverageBreakTime: '平均小休时长',
  AverageDialingTime: '平均拨号时长',
  AverageHoldTime: '平均保持时长',
  AverageReadyTime: '平均空闲时长',
  AverageRingTime: '平均振铃时长',
  AverageWorkTime: '平均话后处理时长',
  CallsAbandoned: '放弃量',
  CallsAbandonedInIVR: 'IVR 放弃',
  CallsAbandonedInRinging: '振铃放弃',
  CallsConsulted: '咨询量',
  CallsDialedSuccess: '拨号成功',
  CallsHold: '保持量',
  CallsQueued: '排队量',
  CallsRinged: '振铃量',
  CallsIncomingLine: '呼入量',
  CallsIncomingIVR: '进入IVR量',
  CallsIncomingQueue: '进入排队量',
  CallsTransferred: '转接量',
  CallsBlindTransferred: '盲转量',
  CallsAttendedTransferred: '咨询转接量',
  CallsQueuingTimeout: '排队超时量',
  CallsAttendedTransferIn: '咨询转接转入',
  CallsAttendedTransferOut: '咨询转接转出',
  CallsBlindTransferIn: '盲转转入',
  CallsBlindTransferOut: '盲转转出',
  CallsOverflow: '溢出量',
  CallsTimeout: '排队超时',
  CallsQueuingFailed: '排队失败量',
  ServiceLevel15: '服务水平（15 秒）',
  ServiceLevel30: '服务水平（30 秒）',
  AgentHandleRate: '座席接听率',
  CallsAgentHandled: '座席处理量',
  CallsCustomerAnswered: '客户接听量',
  FirstCheckInTime: '首次签入',
  LastCheckOutTime: '最后签出',
  TotalOnSiteOnlineTime: '现场在线时长',
  TotalOffSiteOnlineTime: '远程在线时长',
  TotalOfficePhoneOnlineTime: '办公电话在线时长',
  SatisfactionRate: '满意率',
  MaxAbandonTime: '最长放弃前时长',
  MaxAbandonedInIVRTime: 'IVR 最长放弃前时长',
  MaxAbandonedInQueueTime: '排队最长放弃前时长',
  MaxAbandonedInRingTime: '振铃最长放弃前时长',
  MaxBreakTime: '最长小休时长',
  MaxDialingTime: '最长拨号时长',
  MaxHoldTime: '最长保持时长',
  MaxReadyTime: '最长空闲时长',
  MaxRingTime: '最长振铃时长',
  MaxTalkTime: '最长通话时长',
  MaxWaitTime: '最长等待',
  MaxWorkTime: '最长话后处理时长',
  SatisfactionIndex: '满意度',
  SatisfactionSurveysOffered: '满意度调查发起',
  SatisfactionSurveysResponded: '满意度调查回复',
  TotalAbandonTime: '放弃前总时长',
  TotalAbandonedInIVRTime: 'IVR 放弃前总时长',
  TotalAbandonedInQueueTime: '排队放弃前总时长',
  TotalAbandonedInRingTime: '振铃放弃前总时长',
  TotalBreakTime: '小休总时长',
  TotalCalls: '通话总量',
  TotalDialingTime: '拨号总时长',
  TotalHoldTime: '保持总时长',
  TotalLoggedInTime: '登录总时长',
  TotalReadyTime: '空闲总时长',
  TotalRingTime: '振铃总时长',
  TotalTalkTime: '通话总时长',
  TotalWaitTime: '等待总时长',
  TotalWorkTime: '话后处理总时长'
}

type GroupLabels = Partial<Readonly<Record<MetricGroupName, Readonly<Partial<Record<MetricField, string>>>>>>

/** Where one API's field counts something else than the same name elsewhere. */
const EN_BY_GROUP: GroupLabels = {
  'ListIntervalSkillGroupReport.Inbound': { HandleRate: 'Handled of offered' },
  'ListIntervalSkillGroupReport.Overall': { TotalCalls: 'Calls handled, in and out' },
  'ListHistoricalSkillGroupReport.Inbound': { HandleRate: 'Handled of offered' },
  'ListHistoricalSkillGroupReport.Overall': { TotalCalls: 'Calls handled, in and out' },
  'ListIntervalAgentReport.Inbound': { HandleRate: 'Handled of rung' },
  'ListIntervalAgentReport.Overall': { TotalCalls: 'Calls handled, in and out' },
  'ListHistoricalAgentReport.Inbound': { HandleRate: 'Handled of rung' },
  'ListHistoricalAgentReport.Overall': { TotalCalls: 'Calls handled, in and out' },
  'GetInstanceSummaryReportSinceMidnight.Inbound': { HandleRate: 'Handled of offered' },
  'GetInstanceSummaryReportSinceMidnight.Overall': { TotalCalls: 'Calls handled, in and out' },
  'ListIntervalInstanceReport.Inbound': { HandleRate: 'Handled of queued' },
  'ListIntervalInstanceReport.Overall': { TotalCalls: 'Calls handled, in and out' },
  'GetInstanceTrendingReport.Inbound': { TotalCalls: 'Incoming calls' },
  'GetInstanceTrendingReport.Outbound': { TotalCalls: 'Outbound calls' }
}

const ZH_BY_GROUP: GroupLabels = {
  'ListIntervalSkillGroupReport.Inbound': { HandleRate: '应答率（占呼入）' },
  'ListIntervalSkillGroupReport.Overall': { TotalCalls: '总接待量（呼入与呼出）' },
  'ListHistoricalSkillGroupReport.Inbound': { HandleRate: '应答率（占呼入）' },
  'ListHistoricalSkillGroupReport.Overall': { TotalCalls: '总接待量（呼入与呼出）' },
  'ListIntervalAgentReport.Inbound': { HandleRate: '接听率（占振铃）' },
  'ListIntervalAgentReport.Overall': { TotalCalls: '总接待量（呼入与呼出）' },
  'ListHistoricalAgentReport.Inbound': { HandleRate: '接听率（占振铃）' },
  'ListHistoricalAgentReport.Overall': { TotalCalls: '总接待量（呼入与呼出）' },
  'GetInstanceSummaryReportSinceMidnight.Inbound': { HandleRate: '应答率（占呼入）' },
  'GetInstanceSummaryReportSinceMidnight.Overall': { TotalCalls: '总接待量（呼入与呼出）' },
  'ListIntervalInstanceReport.Inbound': { HandleRate: '应答率（占进入队列）' },
  'ListIntervalInstanceReport.Overall': { TotalCalls: '总接待量（呼入与呼出）' },
  'GetInstanceTrendingReport.Inbound': { TotalCalls: '总进线量' },
  'GetInstanceTrendingReport.Outbound': { TotalCalls: '总外呼量' }
}

/** The report groups' names (a column "Inbound · Calls offered" in a file). */
const EN_GROUPS = {
  Inbound: 'Inbound',
  Outbound: 'Outbound',
  Overall: 'Overall',
  Back2Back: 'Agent-first outbound',
  Internal: 'Internal',
  Data: 'Live'
} as const

export type MetricPath = keyof typeof EN_GROUPS

const ZH_GROUPS: Readonly<Record<MetricPath, string>> = {
  Inbound: '呼入',
  Outbound: '外呼',
  Overall: '总体',
  Back2Back: '坐席优先外呼',
  Internal: '内部通话',
  Data: '实时'
}

export interface MetricLabels {
  readonly fields: Readonly<Record<MetricField, string>>
  readonly byGroup: GroupLabels
  readonly groups: Readonly<Record<MetricPath, string>>
}

export const METRIC_LABELS: Readonly<Record<ErrorLocale, MetricLabels>> = {
  'en-US': { fields: EN_FIELDS, byGroup: EN_BY_GROUP, groups: EN_GROUPS },
  'zh-CN': { fields: ZH_FIELDS, byGroup: ZH_BY_GROUP, groups: ZH_GROUPS }
}

const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  table && Object.hasOwn(table, key) ? table[key] : undefined

/** A group's own label for the field, else the field's shared one; a field the catalogue does not know keeps its name. */
export function metricLabel(language: ErrorLocale, group: MetricGroupName | null, field: string): string {
  const labels = METRIC_LABELS[language]
  return (group && own(own(labels.byGroup, group), field)) ?? own(labels.fields, field) ?? field
}

/** A report group's name ("Inbound", "呼入"); a path we do not know keeps its name. */
export function metricGroupLabel(language: ErrorLocale, path: string): string {
  return own(METRIC_LABELS[language].groups, path) ?? path
}
