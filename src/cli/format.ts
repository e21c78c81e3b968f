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
  type MetricDef
} from '../shared/ccc/catalogue'
import { localTime } from '../core/export/tables'
import { formatDuration, formatMetric } from '../shared/ccc/format'
import { AGENT_STATE_NAMES, secondsInState } from '../shared/ccc/agent-states'
import type { LiveList } from '../shared/ccc/list-filters'
import { agentSkillGroupLabels, skillGroupLabel, type SkillGroupDisplayNames } from '../shared/ccc/skill-group-names'
import { terminalSafeCell } from '../core/ccc/endpoint-text'
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

function metricLines(title: string, row: object, group: Record<string, MetricDef>): string {
  const values = row as Record<string, Long | number | null | undefined>
  const rows = Object.entries(group).map(([name, def]) => [name, formatMetric(values[name] ?? null, def)])
  return `${title}\n${table(['Metric', 'Value'], rows)}`
}


export function formatInstance(instance: Instance): string {
  const active = instance.NumberList.filter((n) => n.Active === true).length
  const head = [
    `${instance.Name} (${instance.Id})`,
    `Status:      ${instance.Status}`,
    `Domain:      ${instance.DomainName}`,
    `Description: ${instance.Description}`,
    `Console:     ${instance.ConsoleUrl}`,
    `Admins: ${instance.AdminList.length}   Numbers: ${instance.NumberList.length} (${active} active)`
  ].join('\n')
  const admins = table(
    ['Admin', 'Login', 'Extension', 'Role', 'Work mode'],
    instance.AdminList.map((u) => [u.DisplayName, u.LoginName, u.Extension, u.RoleName, u.WorkMode])
  )
  const numbers = table(
    ['Number', 'Usage', 'Active', 'Location', 'Skill groups'],
    instance.NumberList.map((n) => [
      n.Number,
      n.Usage,
      n.Active === null ? '—' : n.Active ? 'yes' : 'no',
      `${n.Province} ${n.City}`.trim(),
      n.SkillGroups.map((g) => g.DisplayName || g.Name).join(', ')
    ])
  )
  return `${head}\n\n${admins}\n\n${numbers}`
}

export function formatRealtime(states: RealtimeInstanceStates): string {
  return metricLines(`Real-time state of ${states.InstanceId}`, states, REALTIME_STATES)
}

export function formatSummary(report: InstanceSummaryReport): string {
  return [
    `Since midnight, ${report.InstanceId} (as of ${report.Timestamp}, instance time)`,
    metricLines('\nInbound', report.Inbound, SUMMARY_INBOUND),
    metricLines('\nOutbound', report.Outbound, SUMMARY_OUTBOUND),
    metricLines('\nOverall', report.Overall, SUMMARY_OVERALL)
  ].join('\n')
}

/** A table column of report figures: its header, the row's group, the field and its catalogue entry. */
type FigureColumn = readonly [label: string, group: string, field: string, def: MetricDef]

const INTERVAL_COLUMNS: FigureColumn[] = [
  ['Offered', 'Inbound', 'CallsOffered', INTERVAL_INBOUND.CallsOffered],
  ['Handled', 'Inbound', 'CallsHandled', INTERVAL_INBOUND.CallsHandled],
  ['Abandoned', 'Inbound', 'CallsAbandoned', INTERVAL_INBOUND.CallsAbandoned],
  ['Handle rate', 'Inbound', 'HandleRate', INTERVAL_INBOUND.HandleRate],
  ['SL 20s', 'Inbound', 'ServiceLevel20', INTERVAL_INBOUND.ServiceLevel20],
  ['Avg wait', 'Inbound', 'AverageWaitTime', INTERVAL_INBOUND.AverageWaitTime],
  ['Avg talk', 'Inbound', 'AverageTalkTime', INTERVAL_INBOUND.AverageTalkTime],
  ['Dialed', 'Outbound', 'CallsDialed', INTERVAL_OUTBOUND.CallsDialed],
  ['Answered', 'Outbound', 'CallsAnswered', INTERVAL_OUTBOUND.CallsAnswered],
  ['Occupancy', 'Overall', 'OccupancyRate', INTERVAL_OVERALL.OccupancyRate]
]

/** The main figures of a queue: offered, handled, service level, abandoned, waits and talk. */
const QUEUE_COLUMNS: FigureColumn[] = [
  ['Offered', 'Inbound', 'CallsOffered', SKILL_GROUP_INBOUND.CallsOffered],
  ['Handled', 'Inbound', 'CallsHandled', SKILL_GROUP_INBOUND.CallsHandled],
  ['Handle rate', 'Inbound', 'HandleRate', SKILL_GROUP_INBOUND.HandleRate],
  ['SL 20s', 'Inbound', 'ServiceLevel20', SKILL_GROUP_INBOUND.ServiceLevel20],
  ['Abandoned', 'Inbound', 'CallsAbandoned', SKILL_GROUP_INBOUND.CallsAbandoned],
  ['Avg wait', 'Inbound', 'AverageWaitTime', SKILL_GROUP_INBOUND.AverageWaitTime],
  ['Avg talk', 'Inbound', 'AverageTalkTime', SKILL_GROUP_INBOUND.AverageTalkTime],
  ['Dialed', 'Outbound', 'CallsDialed', SKILL_GROUP_OUTBOUND.CallsDialed],
  ['Answered', 'Outbound', 'CallsAnswered', SKILL_GROUP_OUTBOUND.CallsAnswered]
]

/** An agent's day: calls handled, handle time, occupancy, and where the time went. */
const AGENT_COLUMNS: FigureColumn[] = [
  ['Handled in', 'Inbound', 'CallsHandled', AGENT_INBOUND.CallsHandled],
  ['Avg talk', 'Inbound', 'AverageTalkTime', AGENT_INBOUND.AverageTalkTime],
  ['Answered out', 'Outbound', 'CallsAnswered', AGENT_OUTBOUND.CallsAnswered],
  ['Occupancy', 'Overall', 'OccupancyRate', AGENT_OVERALL.OccupancyRate],
  ['First check-in', 'Overall', 'FirstCheckInTime', AGENT_OVERALL.FirstCheckInTime],
  ['Last check-out', 'Overall', 'LastCheckOutTime', AGENT_OVERALL.LastCheckOutTime],
  ['Logged in', 'Overall', 'TotalLoggedInTime', AGENT_OVERALL.TotalLoggedInTime],
  ['Ready', 'Overall', 'TotalReadyTime', AGENT_OVERALL.TotalReadyTime],
  ['Talking', 'Overall', 'TotalTalkTime', AGENT_OVERALL.TotalTalkTime],
  ['ACW', 'Overall', 'TotalWorkTime', AGENT_OVERALL.TotalWorkTime],
  ['Break', 'Overall', 'TotalBreakTime', AGENT_OVERALL.TotalBreakTime]
]

type FigureRow = Readonly<Record<string, unknown>>

function figureCells(row: FigureRow, columns: readonly FigureColumn[], timeZone: string): string[] {
  return columns.map(([, group, field, def]) => {
    const value = ((row[group] ?? {}) as Record<string, Long | number | null>)[field] ?? null
    return def.unit === 'epochMs' ? (value === null ? '—' : localTime(Number(value), timeZone)) : formatMetric(value, def)
  })
}

function formatBuckets(items: ReadonlyArray<FigureRow & { StatsTime: number }>, columns: readonly FigureColumn[], timeZone: string): string {
  if (items.length === 0) return 'No data in this range.'
  return table(
    [`Start (${timeZone})`, ...columns.map(([label]) => label)],
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

function formatRows(rows: readonly FigureRow[], names: ReadonlyArray<readonly [label: string, field: string]>, columns: readonly FigureColumn[], timeZone: string): string {
  if (rows.length === 0) return 'No rows.'
  const totals = totalsOf(rows, columns)
  return table(
    [...names.map(([label]) => label), ...columns.map(([label]) => label)],
    [
      ...rows.map((row) => [...names.map(([, field]) => String(row[field] ?? '')), ...figureCells(row, columns, timeZone)]),
      [...names.map((_, i) => (i === 0 ? 'Total' : '')), ...figureCells(totals, columns, timeZone)]
    ]
  )
}

export function formatInterval(items: IntervalReportItem[], timeZone: string): string {
  return formatBuckets(items, INTERVAL_COLUMNS, timeZone)
}

/** `queue-report`: one row per skill group and a totals row; with --interval, one group's buckets. */
export function formatQueueReport(rows: readonly SkillGroupHistoricalRow[], timeZone: string): string {
  return formatRows(rows, [['Skill group', 'SkillGroupName'], ['ID', 'SkillGroupId']], QUEUE_COLUMNS, timeZone)
}

export function formatQueueBuckets(items: readonly SkillGroupIntervalItem[], timeZone: string): string {
  return formatBuckets(items, QUEUE_COLUMNS, timeZone)
}

/** `agent-report`: one row per agent and a totals row; with --interval, one agent's buckets. */
export function formatAgentReport(rows: readonly AgentHistoricalRow[], timeZone: string): string {
  return formatRows(rows, [['Agent', 'AgentName'], ['ID', 'AgentId']], AGENT_COLUMNS, timeZone)
}

export function formatAgentBuckets(items: readonly AgentIntervalItem[], timeZone: string): string {
  return formatBuckets(items, AGENT_COLUMNS, timeZone)
}

export function formatTrend(report: InstanceTrendingReport, timeZone: string): string {
  if (report.Inbound.length === 0 && report.Outbound.length === 0) return 'No data in this range.'
  const outbound = new Map(report.Outbound.map((p) => [p.StatsTime, p]))
  const times = [...new Set([...report.Inbound.map((p) => p.StatsTime), ...outbound.keys()])].sort((a, b) => a - b)
  const inbound = new Map(report.Inbound.map((p) => [p.StatsTime, p]))
  const cell = (v: Long | number | null | undefined): string => (v === null || v === undefined ? '—' : String(v))
  return table(
    [`Start (${timeZone})`, 'In total', 'Queued', 'Handled', 'Aband. IVR', 'Aband. queue', 'Aband. ringing', 'Out total', 'Answered'],
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
export function formatSkillGroupStates(groups: SkillGroupState[], displayNames: SkillGroupDisplayNames = {}): string {
  if (groups.length === 0) return 'No skill groups.'
  const sorted = [...groups].sort((a, b) => Number(b.WaitingCalls ?? -1) - Number(a.WaitingCalls ?? -1))
  return table(
    ['Skill group', 'ID', 'Waiting', 'Longest wait', 'Logged in', 'Ready', 'Talking', 'ACW', 'Break', 'Total', 'Break codes'],
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
export function formatAgentStates(list: LiveList<AgentState>, displayNames: SkillGroupDisplayNames = {}): string {
  if (list.items.length === 0) return 'No agents match.'
  const rows = list.items
    .map((agent) => ({ agent, seconds: secondsInState(agent.StateTime, list.answeredAt) }))
    .sort((a, b) => (b.seconds ?? -1) - (a.seconds ?? -1))
  const body = table(
    ['Agent', 'ID', 'State', 'In state', 'Break code', 'Call type', 'Extension', 'Skill groups'],
    rows.map(({ agent, seconds }) => [
      agent.AgentName,
      agent.AgentId,
      agent.StateCode ? `${agent.State} (${agent.StateCode})` : agent.State,
      seconds === null ? '—' : formatDuration(seconds),
      agent.BreakCode,
      agent.CallType,
      agent.Extension,
      agentSkillGroupLabels(agent.SkillGroupIdList, agent.SkillGroupNameList, displayNames).join(', ')
    ])
  )
  const states = new Map<string, number>()
  for (const { State } of list.items) states.set(State, (states.get(State) ?? 0) + 1)
  const order = [...AGENT_STATE_NAMES, ...[...states.keys()].filter((s) => !(AGENT_STATE_NAMES as string[]).includes(s))]
  const counts = order.filter((s) => states.has(s)).map((s) => `${s} ${states.get(s)}`)
  const clock = list.answeredAtSource === 'date-header' ? "on CCC's clock" : "on this computer's clock (CCC sent no usable Date)"
  return `${body}

${list.items.length} agents: ${counts.join(', ')}. Time in state ${clock}.`
}
