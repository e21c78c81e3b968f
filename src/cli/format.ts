/** Plain-text views of normalised data for a terminal. */
import { totalsRow } from '../shared/ccc/aggregate'
import {
  AGENT_INBOUND,
  AGENT_OUTBOUND,
  AGENT_OVERALL,
  SKILL_GROUP_INBOUND,
  SKILL_GROUP_OUTBOUND,
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  REALTIME_STATES,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  type MetricDef,
  type MetricGroupName
} from '../shared/ccc/catalogue'
import { localTime } from '../core/export/tables'
import { nothingToDivide } from '../shared/ccc/report-metrics'
import { formatDuration, formatMetric } from '../shared/ccc/format'
import { AGENT_STATE_NAMES, secondsInState } from '../shared/ccc/agent-states'
import type { LiveList } from '../shared/ccc/list-filters'
import { agentSkillGroupLabels, skillGroupLabel, type SkillGroupDisplayNames } from '../shared/ccc/skill-group-names'
import { terminalSafeCell } from '../core/ccc/endpoint-text'
import type { ErrorLocale } from '../shared/messages/errors'
import { enumWord, type EnumWordKind } from '../shared/messages/enum-texts'
import { metricLabel } from '../shared/messages/metric-labels'
import { cliTexts, type CliTextKey } from './cli-texts'
import type {
  AgentHistoricalRow,
  AgentIntervalItem,
  AgentState,
  MetricRow,
  SkillGroupHistoricalRow,
  SkillGroupIntervalItem,
  Instance,
  InstanceSummaryReport,
  InstanceTrendingReport,
  IntervalReportItem,
  Long,
  RealtimeInstanceStates,
  SkillGroupState
} from '../shared/ccc/types'

/**
 * Columns padded to their widest cell; CJK characters count double, as terminals draw them. Cells
 * hold what other users typed: controls go before widths are measured, so no name breaks a column.
 */
export function table(header: string[], cells: string[][]): string {
  const rows = cells.map((row) => row.map(terminalSafeCell))
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0)
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))))
  const line = (cells: string[]): string =>
    cells.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ').trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/**
 * A code CCC sends (agent state, call type, work mode…) as a table shows it: in en-US as sent, since
 * it reads as English and is what options such as --state take; in zh-CN as its word.
 */
function enumCell(kind: EnumWordKind, value: string, locale: ErrorLocale): string {
  return locale === 'en-US' ? value : enumWord(kind, value, locale)
}

/**
 * Figures by their label in the locale, as the app names them, beside their API field name (what
 * `--json` and the docs call them), under headers in the locale.
 */
function metricLines(title: string, row: object, source: MetricGroupName, group: Record<string, MetricDef>, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  const values = row as Record<string, Long | number | null | undefined>
  const rows = Object.entries(group).map(([name, def]) => [metricLabel(locale, source, name), name, formatMetric(values[name] ?? null, def)])
  return `${title}\n${table([t('table.metric'), t('table.field'), t('table.value')], rows)}`
}


export function formatInstance(instance: Instance, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  const active = instance.NumberList.filter((n) => n.Active === true).length
  const head = [
    `${instance.Name} (${instance.Id})`,
    t('instance.status', { status: enumCell('instanceStatus', instance.Status, locale) }),
    t('instance.domain', { domain: instance.DomainName }),
    t('instance.description', { description: instance.Description }),
    t('instance.console', { url: instance.ConsoleUrl }),
    t('instance.counts', { admins: instance.AdminList.length, numbers: instance.NumberList.length, active })
  ].join('\n')
  const admins = table(
    [t('instance.admin'), t('instance.login'), t('instance.extension'), t('instance.role'), t('instance.workMode')],
    instance.AdminList.map((u) => [u.DisplayName, u.LoginName, u.Extension, enumCell('role', u.RoleName, locale), enumCell('workMode', u.WorkMode, locale)])
  )
  const numbers = table(
    [t('instance.number'), t('instance.usage'), t('instance.active'), t('instance.location'), t('instance.skillGroups')],
    instance.NumberList.map((n) => [
      n.Number,
      enumCell('numberUsage', n.Usage, locale),
      n.Active === null ? '—' : n.Active ? t('instance.yes') : t('instance.no'),
      `${n.Province} ${n.City}`.trim(),
      n.SkillGroups.map((g) => g.DisplayName || g.Name).join(', ')
    ])
  )
  return `${head}\n\n${admins}\n\n${numbers}`
}

export function formatRealtime(states: RealtimeInstanceStates, locale: ErrorLocale): string {
  return metricLines(cliTexts(locale)('realtime.title', { instanceId: states.InstanceId }), states, 'GetRealtimeInstanceStates.Data', REALTIME_STATES, locale)
}

export function formatSummary(report: InstanceSummaryReport, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  return [
    t('summary.title', { instanceId: report.InstanceId, timestamp: report.Timestamp }),
    metricLines(`\n${t('summary.inbound')}`, report.Inbound, 'GetInstanceSummaryReportSinceMidnight.Inbound', SUMMARY_INBOUND, locale),
    metricLines(`\n${t('summary.outbound')}`, report.Outbound, 'GetInstanceSummaryReportSinceMidnight.Outbound', SUMMARY_OUTBOUND, locale),
    metricLines(`\n${t('summary.overall')}`, report.Overall, 'GetInstanceSummaryReportSinceMidnight.Overall', SUMMARY_OVERALL, locale)
  ].join('\n')
}

/** A table column of report figures: its header, the row's group, the field and its catalogue entry. */
type FigureColumn = readonly [label: CliTextKey, group: string, field: string, def: MetricDef]

const INTERVAL_COLUMNS: FigureColumn[] = [
  ['column.offered', 'Inbound', 'CallsOffered', INTERVAL_INBOUND.CallsOffered],
  ['column.handled', 'Inbound', 'CallsHandled', INTERVAL_INBOUND.CallsHandled],
  ['column.abandoned', 'Inbound', 'CallsAbandoned', INTERVAL_INBOUND.CallsAbandoned],
  ['column.handleRate', 'Inbound', 'HandleRate', INTERVAL_INBOUND.HandleRate],
  ['column.serviceLevel20', 'Inbound', 'ServiceLevel20', INTERVAL_INBOUND.ServiceLevel20],
  ['column.averageWait', 'Inbound', 'AverageWaitTime', INTERVAL_INBOUND.AverageWaitTime],
  ['column.averageTalk', 'Inbound', 'AverageTalkTime', INTERVAL_INBOUND.AverageTalkTime],
  ['column.dialed', 'Outbound', 'CallsDialed', INTERVAL_OUTBOUND.CallsDialed],
  ['column.answered', 'Outbound', 'CallsAnswered', INTERVAL_OUTBOUND.CallsAnswered],
  ['column.occupancy', 'Overall', 'OccupancyRate', INTERVAL_OVERALL.OccupancyRate]
]

/** The main figures of a queue: offered, handled, service level, abandoned, waits and talk. */
const QUEUE_COLUMNS: FigureColumn[] = [
  ['column.offered', 'Inbound', 'CallsOffered', SKILL_GROUP_INBOUND.CallsOffered],
  ['column.handled', 'Inbound', 'CallsHandled', SKILL_GROUP_INBOUND.CallsHandled],
  ['column.handleRate', 'Inbound', 'HandleRate', SKILL_GROUP_INBOUND.HandleRate],
  ['column.serviceLevel20', 'Inbound', 'ServiceLevel20', SKILL_GROUP_INBOUND.ServiceLevel20],
  ['column.abandoned', 'Inbound', 'CallsAbandoned', SKILL_GROUP_INBOUND.CallsAbandoned],
  ['column.averageWait', 'Inbound', 'AverageWaitTime', SKILL_GROUP_INBOUND.AverageWaitTime],
  ['column.averageTalk', 'Inbound', 'AverageTalkTime', SKILL_GROUP_INBOUND.AverageTalkTime],
  ['column.dialed', 'Outbound', 'CallsDialed', SKILL_GROUP_OUTBOUND.CallsDialed],
  ['column.answered', 'Outbound', 'CallsAnswered', SKILL_GROUP_OUTBOUND.CallsAnswered]
]

/** An agent's day: calls handled, handle time, occupancy, and where the time went. */
const AGENT_COLUMNS: FigureColumn[] = [
  ['column.handledIn', 'Inbound', 'CallsHandled', AGENT_INBOUND.CallsHandled],
  ['column.averageTalk', 'Inbound', 'AverageTalkTime', AGENT_INBOUND.AverageTalkTime],
  ['column.answeredOut', 'Outbound', 'CallsAnswered', AGENT_OUTBOUND.CallsAnswered],
  ['column.occupancy', 'Overall', 'OccupancyRate', AGENT_OVERALL.OccupancyRate],
  ['column.firstCheckIn', 'Overall', 'FirstCheckInTime', AGENT_OVERALL.FirstCheckInTime],
  ['column.lastCheckOut', 'Overall', 'LastCheckOutTime', AGENT_OVERALL.LastCheckOutTime],
  ['column.loggedIn', 'Overall', 'TotalLoggedInTime', AGENT_OVERALL.TotalLoggedInTime],
  ['column.ready', 'Overall', 'TotalReadyTime', AGENT_OVERALL.TotalReadyTime],
  ['column.talking', 'Overall', 'TotalTalkTime', AGENT_OVERALL.TotalTalkTime],
  ['column.acw', 'Overall', 'TotalWorkTime', AGENT_OVERALL.TotalWorkTime],
  ['column.break', 'Overall', 'TotalBreakTime', AGENT_OVERALL.TotalBreakTime]
]

type FigureRow = Readonly<Record<string, unknown>>

function figureCells(row: FigureRow, columns: readonly FigureColumn[], timeZone: string): string[] {
  return columns.map(([, group, field, def]) => {
    const values = (row[group] ?? {}) as Record<string, Long | null>
    // As the page and the exports: a rate with nothing to divide is a gap, not CCC's 0.
    const value = nothingToDivide(values, def) ? null : (values[field] ?? null)
    return def.unit === 'epochMs' ? (value === null ? '—' : localTime(Number(value), timeZone)) : formatMetric(value, def)
  })
}

function formatBuckets(items: ReadonlyArray<FigureRow & { StatsTime: number }>, columns: readonly FigureColumn[], timeZone: string, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  if (items.length === 0) return t('table.noData')
  return table(
    [t('table.start', { zone: timeZone }), ...columns.map(([label]) => t(label))],
    items.map((item) => [localTime(item.StatsTime, timeZone), ...figureCells(item, columns, timeZone)])
  )
}

/** The totals row by the catalogue's rules: counts summed, rates and averages recomputed from them. */
function totalsOf(rows: readonly FigureRow[], columns: readonly FigureColumn[]): FigureRow {
  const groups = [...new Set(columns.map(([, group]) => group))]
  return Object.fromEntries(
    groups.map((group) => {
      const defs = Object.fromEntries(columns.filter(([, g]) => g === group).map(([, , field, def]) => [field, def]))
      const wanted = (def: MetricDef): string[] => (def.aggregate.kind === 'quotient' ? [...def.aggregate.numerator, def.aggregate.denominator] : def.aggregate.kind === 'weighted' ? [def.aggregate.weight] : [])
      const catalogue = { ...Object.fromEntries(Object.values(defs).flatMap(wanted).map((field) => [field, { type: 'Long', unit: 'count', aggregate: { kind: 'sum' } } as MetricDef])), ...defs }
      return [group, totalsRow(rows.map((row) => (row[group] ?? {}) as MetricRow<typeof catalogue>), catalogue)]
    })
  )
}

function formatRows(rows: readonly FigureRow[], names: ReadonlyArray<readonly [label: CliTextKey, field: string]>, columns: readonly FigureColumn[], timeZone: string, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  if (rows.length === 0) return t('table.noRows')
  const totals = totalsOf(rows, columns)
  return table(
    [...names.map(([label]) => t(label)), ...columns.map(([label]) => t(label))],
    [
      ...rows.map((row) => [...names.map(([, field]) => String(row[field] ?? '')), ...figureCells(row, columns, timeZone)]),
      [...names.map((_, i) => (i === 0 ? t('table.total') : '')), ...figureCells(totals, columns, timeZone)]
    ]
  )
}

export function formatInterval(items: IntervalReportItem[], timeZone: string, locale: ErrorLocale): string {
  return formatBuckets(items, INTERVAL_COLUMNS, timeZone, locale)
}

/** `queue-report`: one row per skill group and a totals row; with --interval, one group's buckets. */
export function formatQueueReport(rows: readonly SkillGroupHistoricalRow[], timeZone: string, locale: ErrorLocale): string {
  return formatRows(rows, [['column.skillGroup', 'SkillGroupName'], ['table.id', 'SkillGroupId']], QUEUE_COLUMNS, timeZone, locale)
}

export function formatQueueBuckets(items: readonly SkillGroupIntervalItem[], timeZone: string, locale: ErrorLocale): string {
  return formatBuckets(items, QUEUE_COLUMNS, timeZone, locale)
}

/** `agent-report`: one row per agent and a totals row; with --interval, one agent's buckets. */
export function formatAgentReport(rows: readonly AgentHistoricalRow[], timeZone: string, locale: ErrorLocale): string {
  return formatRows(rows, [['column.agent', 'AgentName'], ['table.id', 'AgentId']], AGENT_COLUMNS, timeZone, locale)
}

export function formatAgentBuckets(items: readonly AgentIntervalItem[], timeZone: string, locale: ErrorLocale): string {
  return formatBuckets(items, AGENT_COLUMNS, timeZone, locale)
}

export function formatTrend(report: InstanceTrendingReport, timeZone: string, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  if (report.Inbound.length === 0 && report.Outbound.length === 0) return t('table.noData')
  const outbound = new Map(report.Outbound.map((p) => [p.StatsTime, p]))
  const times = [...new Set([...report.Inbound.map((p) => p.StatsTime), ...outbound.keys()])].sort((a, b) => a - b)
  const inbound = new Map(report.Inbound.map((p) => [p.StatsTime, p]))
  const cell = (v: Long | number | null | undefined): string => (v === null || v === undefined ? '—' : String(v))
  return table(
    [
      t('table.start', { zone: timeZone }),
      ...(['trend.inTotal', 'trend.queued', 'column.handled', 'trend.abandonedIvr', 'trend.abandonedQueue', 'trend.abandonedRinging', 'trend.outTotal', 'column.answered'] as const).map((key) => t(key))
    ],
    times.map((t) => {
      const i = inbound.get(t)
      const o = outbound.get(t)
      return [
        localTime(t, timeZone),
        cell(i?.TotalCalls),
        cell(i?.CallsQueued),
        cell(i?.CallsHandled),
        cell(i?.CallsAbandonedInIVR),
        cell(i?.CallsAbandonedInQueue),
        cell(i?.CallsAbandonedInRinging),
        cell(o?.TotalCalls),
        cell(o?.CallsAnswered)
      ]
    })
  )
}

const count = (value: Long | null): string => (value === null ? '—' : String(value))

/** One row per skill group, most waiting calls first, as the queue board sorts them; named by DisplayName where known. */
export function formatSkillGroupStates(groups: SkillGroupState[], displayNames: SkillGroupDisplayNames, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  if (groups.length === 0) return t('queues.none')
  const sorted = [...groups].sort((a, b) => Number(b.WaitingCalls ?? -1) - Number(a.WaitingCalls ?? -1))
  return table(
    (
      ['column.skillGroup', 'table.id', 'queues.waiting', 'queues.longestWait', 'column.loggedIn', 'column.ready', 'column.talking', 'column.acw', 'column.break', 'queues.total', 'queues.breakCodes'] as const
    ).map((key) => t(key)),
    sorted.map((g) => [
      skillGroupLabel(g.SkillGroupId, g.SkillGroupName, displayNames),
      g.SkillGroupId,
      count(g.WaitingCalls),
      g.LongestWaitingTime === null ? '—' : formatDuration(g.LongestWaitingTime),
      count(g.LoggedInAgents),
      count(g.ReadyAgents),
      count(g.TalkingAgents),
      count(g.WorkingAgents),
      count(g.BreakingAgents),
      count(g.TotalAgents),
      g.BreakCodeDetailList.map((b) => `${b.BreakCode} ${count(b.Count)}`).join(', ')
    ])
  )
}

/**
 * One row per agent, longest in state first (so one stuck in after-call work comes up), time in
 * state on CCC's clock where its answer said when it was; then the count in each state.
 */
export function formatAgentStates(list: LiveList<AgentState>, displayNames: SkillGroupDisplayNames, locale: ErrorLocale): string {
  const t = cliTexts(locale)
  if (list.items.length === 0) return t('agents.none')
  const rows = list.items
    .map((agent) => ({ agent, seconds: secondsInState(agent.StateTime, list.answeredAt) }))
    .sort((a, b) => (b.seconds ?? -1) - (a.seconds ?? -1))
  const body = table(
    (['column.agent', 'table.id', 'agents.state', 'agents.inState', 'agents.breakCode', 'agents.callType', 'agents.extension', 'agents.skillGroups'] as const).map((key) => t(key)),
    rows.map(({ agent, seconds }) => {
      const state = enumCell('agentState', agent.State, locale)
      return [
        agent.AgentName,
        agent.AgentId,
        agent.StateCode ? `${state} (${agent.StateCode})` : state,
        seconds === null ? '—' : formatDuration(seconds),
        agent.BreakCode,
        enumCell('callType', agent.CallType, locale),
        agent.Extension,
        agentSkillGroupLabels(agent.SkillGroupIdList, agent.SkillGroupNameList, displayNames).join(', ')
      ]
    })
  )
  const states = new Map<string, number>()
  for (const { State } of list.items) states.set(State, (states.get(State) ?? 0) + 1)
  const order = [...AGENT_STATE_NAMES, ...[...states.keys()].filter((s) => !(AGENT_STATE_NAMES as string[]).includes(s))]
  const counts = order.filter((s) => states.has(s)).map((s) => t('agents.stateCount', { state: enumCell('agentState', s, locale), count: states.get(s)! }))
  const clock = t(list.answeredAtSource === 'date-header' ? 'agents.cccClock' : 'agents.localClock')
  return `${body}

${t('agents.counts', { count: list.items.length, counts: counts.join(t('list.separator')), clock })}`
}
