/**
 * A snapshot as the tables every writer shows (CSV, XLSX, HTML): one model, so the formats cannot
 * disagree on which columns exist or how totals are made.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { secondsInState } from '../../shared/ccc/agent-states'
import { totalsRow } from '../../shared/ccc/aggregate'
import { formatMetric } from '../../shared/ccc/format'
import { AGENT_REPORT, groupSource, QUEUE_REPORT, type GroupReportDef } from '../../shared/ccc/group-reports'
import { isPlausibleEpochMs } from '../../shared/ccc/shapes'
import { skillGroupLabel, type SkillGroupDisplayNames } from '../../shared/ccc/skill-group-names'
import {
  INTERVAL_INBOUND,
  INTERVAL_OUTBOUND,
  INTERVAL_OVERALL,
  REALTIME_STATES,
  SUMMARY_INBOUND,
  SUMMARY_OUTBOUND,
  SUMMARY_OVERALL,
  TREND_INBOUND,
  TREND_OUTBOUND,
  shownFields,
  type MetricGroup,
  type MetricGroupName,
  type Unit
} from '../../shared/ccc/catalogue'
import { withGaps } from '../../shared/ccc/report-metrics'
import type { ExportHeaders } from '../../shared/export-formats'
import { enumWord, type EnumWordKind } from '../../shared/messages/enum-texts'
import type { ErrorLocale } from '../../shared/messages/error-texts'
import { exportTexts, type ExportTextKey, type ExportWords } from '../../shared/messages/export-texts'
import { metricGroupLabel, metricLabel } from '../../shared/messages/metric-labels'
import type { Long, MetricRow } from '../../shared/ccc/types'
import type { Snapshot } from '../../shared/snapshot'

/** Every table a snapshot can hold, in the order they are written. */
export const TABLE_NAMES = ['instance', 'admins', 'numbers', 'realtime', 'summary', 'skill-groups', 'agents', 'interval', 'trend', 'queue-report', 'agent-report'] as const

export type TableName = (typeof TABLE_NAMES)[number]

/** `text` columns hold strings; the rest hold numbers in the catalogue's unit. */
export type ColumnKind = 'text' | Unit

export interface Column {
  /** The documented field name (`Inbound.CallsOffered`), the header of a `fields` file. */
  key: string
  /** The header people read, in the file's language (`Inbound · Calls offered`); the key in a `fields` file. */
  label: string
  kind: ColumnKind
  /** An `epochMs` column's times carry seconds (check-ins, state changes), not only minutes (buckets). */
  seconds?: boolean
}

export type Cell = string | number | bigint | boolean | null

export interface Table {
  name: TableName
  /** The workbook sheet's name: short, in the file's language (its `name` in a `fields` file). */
  sheet: string
  title: string
  /** What the headers and cells are written for (see ExportHeaders). */
  headers: ExportHeaders
  /**
   * The zone an `epochMs` cell (epoch ms) is written in: CSV as ISO 8601 with its offset, XLSX as a
   * date cell of its wall-clock time there, HTML as that local time.
   */
  timeZone: string
  columns: Column[]
  rows: Cell[][]
  /** The totals row, when the table has one (written after the rows). */
  totals?: Cell[]
}

/** A table as each part of the snapshot builds it; snapshotTables gives every one the zone, sheet and headers. */
type TableBody = Omit<Table, 'timeZone' | 'sheet' | 'headers'>

export interface TableOptions {
  /** The language of headings, headers, enums and the totals row; en-US when absent. */
  language?: ErrorLocale
  /** `words` when absent. */
  headers?: ExportHeaders
}

/** A column heading's text key beside the figures': `column.AgentId` → `AgentId`. */
type ColumnTextName = ExportTextKey extends infer K ? (K extends `column.${infer N}` ? N : never) : never

/** How one file's tables name their columns and write their enums and yes/no. */
interface Words {
  w: ExportWords
  language: ErrorLocale
  /** Columns by their labels, enums as words (else field names and values as sent). */
  readable: boolean
  /** The totals row's first cell: in the file's language, or `Total` in every language for a script. */
  total: string
}

function wordsOf({ language = 'en-US', headers = 'words' }: TableOptions): Words {
  const w = exportTexts(language)
  const readable = headers === 'words'
  return { w, language, readable, total: readable ? w('total') : 'Total' }
}

const textColumn = (words: Words, key: ColumnTextName, kind: ColumnKind = 'text'): Column => ({
  key,
  label: words.readable ? words.w(`column.${key}`) : key,
  kind
})

/** A value of one of CCC's enums: its word in a readable file, else as CCC sent it. */
const enumCell = (words: Words, kind: EnumWordKind, value: string): string => (words.readable ? enumWord(kind, value, words.language) : value)


type Row = Readonly<Record<string, Long | number | string | null>>

/** Local wall-clock time in the snapshot's zone. */
export function localTime(epochMs: number, timeZone: string, pattern = 'yyyy-MM-dd HH:mm'): string {
  return format(new TZDate(epochMs, timeZone), pattern)
}

/** A time column's cell as people read it: the local time in the table's zone, to the minute or the second. */
export const timeText = (epochMs: number, column: Column, timeZone: string): string =>
  localTime(epochMs, timeZone, column.seconds ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm')

/** A time a file can write: a number any clock can show (CCC's, or a damaged file's, may not be). */
const timeCell = (value: unknown): Cell => (typeof value === 'number' && isPlausibleEpochMs(value) ? value : null)

/**
 * A group's figures as columns, labelled as the catalogue names them for `source` (the API and
 * group they come from); `prefix` is the group's path, named in the label of a table of several.
 */
function metricColumns(words: Words, source: MetricGroupName | null, prefix: string, group: MetricGroup): Column[] {
  return Object.entries(group).map(([name, def]) => {
    const key = prefix ? `${prefix}.${name}` : name
    const label = metricLabel(words.language, source, name)
    const grouped = prefix ? words.w('groupColumn', { group: metricGroupLabel(words.language, prefix), label }) : label
    return { key, label: words.readable ? grouped : key, kind: def.unit }
  })
}

function metricCells(group: MetricGroup, row: Row | undefined): Cell[] {
  return Object.keys(group).map((name) => {
    const value = row?.[name]
    return typeof value === 'number' || typeof value === 'bigint' ? value : null
  })
}

/**
 * A report row's figures as the page shows them: a rate or average with nothing to divide is a gap
 * (an empty cell), not the 0 CCC sends for it. Decided by the whole group's counts, shown or not.
 */
const gapped = (group: MetricGroup, row: Row | undefined): Row | undefined =>
  row === undefined ? undefined : withGaps(row as Readonly<Record<string, Long | null>>, group)

const texts = (words: Words, ...keys: ColumnTextName[]): Column[] => keys.map((key) => textColumn(words, key))

const SKILL_GROUP_COUNTS = ['WaitingCalls', 'LoggedInAgents', 'ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents', 'OutboundScenarioReadyAgents', 'TotalAgents'] as const

/** The skill-group and agent states, as CCC answered them when the snapshot was taken. */
function liveListTables(snapshot: Snapshot, words: Words): TableBody[] {
  const { w } = words
  const { skillGroups, agents, timeZone } = snapshot
  // ListRealtimeSkillGroupStates' figures: the catalogue's labels, or the file's own where it has none.
  const liveFigure = (key: string, kind: ColumnKind = 'count'): Column =>
    key === 'OutboundScenarioReadyAgents' ? textColumn(words, key, kind) : { key, label: words.readable ? metricLabel(words.language, null, key) : key, kind }
  const tables: TableBody[] = []
  const answered = (at: number): string => localTime(at, timeZone, 'yyyy-MM-dd HH:mm:ss')
  if (skillGroups) {
    tables.push({
      name: 'skill-groups',
      title: w('table.skillGroups', { time: answered(skillGroups.answeredAt) }),
      columns: [
        ...texts(words, 'SkillGroupId', 'SkillGroupName'),
        liveFigure(SKILL_GROUP_COUNTS[0]),
        liveFigure('LongestWaitingTime', 'seconds'),
        ...SKILL_GROUP_COUNTS.slice(1).map((key) => liveFigure(key)),
        ...texts(words, 'BreakCodes')
      ],
      rows: skillGroups.items.map((g) => [
        g.SkillGroupId,
        g.SkillGroupName,
        g.WaitingCalls,
        g.LongestWaitingTime,
        ...SKILL_GROUP_COUNTS.slice(1).map((key) => g[key]),
        g.BreakCodeDetailList.map((b) => `${b.BreakCode}: ${b.Count ?? ''}`).join('; ')
      ])
    })
  }
  if (agents) {
    tables.push({
      name: 'agents',
      title: w('table.agents', { time: answered(agents.answeredAt) }),
      columns: [
        ...texts(words, 'AgentId', 'AgentName', 'State'),
        { ...textColumn(words, 'StateTime', 'epochMs'), seconds: true },
        // Measured against when CCC answered, so the file says what it said then, whenever it is read.
        textColumn(words, 'TimeInState', 'seconds'),
        ...texts(words, 'BreakCode', 'CallType', 'Extension', 'WorkMode', 'SkillGroups')
      ],
      rows: agents.items.map((a) => [
        a.AgentId,
        a.AgentName,
        enumCell(words, 'agentState', a.State),
        // A StateTime no clock could show (CCC's, or a damaged file's) is a gap (—), not a RangeError.
        timeCell(a.StateTime),
        secondsInState(a.StateTime, agents.answeredAt),
        a.BreakCode,
        enumCell(words, 'callType', a.CallType),
        a.Extension,
        enumCell(words, 'workMode', a.WorkMode),
        (a.SkillGroupNameList.length > 0 ? a.SkillGroupNameList : a.SkillGroupIdList).join('; ')
      ])
    })
  }
  return tables
}

type FigureRow = Readonly<Record<string, unknown>>

/**
 * A report of one row per skill group or agent: its key columns, then every group's figures (the
 * SDK-only ones where a row has them), and a totals row the catalogue recomputes from the rows'
 * counts. Times of day (first check-in, last check-out) are written in the snapshot's zone.
 */
function subjectReportTable<R extends FigureRow>(
  name: TableName,
  title: string,
  report: Pick<GroupReportDef<unknown, string>, 'source' | 'groups'>,
  keys: { columns: Column[]; cells: (row: R) => Cell[] },
  items: readonly R[],
  words: Words
): TableBody {
  const { groups } = report
  const shown = Object.entries(groups).map(([group, metrics]) => {
    const served = items.map((item) => (item[group] ?? {}) as Row)
    // Which columns exist follows what CCC sent; what a cell holds follows the page (gaps).
    return { group, metrics: shownFields(metrics, served), figures: served.map((row) => gapped(metrics, row)!) }
  })
  // A time of day (first check-in, last check-out) is a time cell like any other, to the second.
  const cellsOf = (metrics: MetricGroup, row: Row | undefined): Cell[] => {
    const kinds = Object.values(metrics).map((def) => def.unit)
    return metricCells(metrics, row).map((cell, i) => (kinds[i] === 'epochMs' ? timeCell(cell) : cell))
  }
  const columns = shown.flatMap(({ group, metrics }) =>
    metricColumns(words, groupSource(report, group), group, metrics).map((column) => (column.kind === 'epochMs' ? { ...column, seconds: true } : column))
  )
  return {
    name,
    title,
    columns: [...keys.columns, ...columns],
    rows: items.map((item, r) => [...keys.cells(item), ...shown.flatMap(({ metrics, figures }) => cellsOf(metrics, figures[r]))]),
    totals: [
      words.total,
      ...keys.columns.slice(1).map(() => ''),
      ...shown.flatMap(({ group, metrics, figures }) => cellsOf(metrics, totalsRow(figures as readonly MetricRow<MetricGroup>[], groups[group]!) as Row))
    ]
  }
}

/** `a; b` of the agent's groups: the report sends their IDs and names comma-separated, in the same order. */
function agentGroupsText(ids: string, names: string, displayNames: SkillGroupDisplayNames): string {
  const split = (text: string): string[] => (text.trim() === '' ? [] : text.split(',').map((part) => part.trim()))
  const idList = split(ids)
  const nameList = split(names)
  if (idList.length === 0) return nameList.join('; ')
  return idList.map((id, i) => skillGroupLabel(id, nameList[i] ?? '', displayNames)).join('; ')
}

/** The queue and agent reports, each over its range in the snapshot's zone. */
function groupReportTables(snapshot: Snapshot, words: Words): TableBody[] {
  const { w } = words
  const { queueReport, agentReport, timeZone } = snapshot
  const displayNames = snapshot.skillGroupNames ?? {}
  const rangeOf = (query: { startTime: number; endTime: number }) => ({ from: localTime(query.startTime, timeZone), to: localTime(query.endTime, timeZone) })
  const tables: TableBody[] = []
  if (queueReport) {
    tables.push(
      subjectReportTable(
        'queue-report',
        w('table.queueReport', rangeOf(queueReport.query)),
        QUEUE_REPORT,
        {
          columns: texts(words, 'SkillGroupId', 'SkillGroup', 'SkillGroupName'),
          cells: (row) => [row.SkillGroupId, skillGroupLabel(row.SkillGroupId, row.SkillGroupName, displayNames), row.SkillGroupName]
        },
        queueReport.items,
        words
      )
    )
  }
  if (agentReport) {
    tables.push(
      subjectReportTable(
        'agent-report',
        w('table.agentReport', rangeOf(agentReport.query)),
        AGENT_REPORT,
        {
          columns: texts(words, 'AgentId', 'AgentName', 'DisplayId', 'SkillGroups', 'BreakCodes'),
          cells: (row) => [
            row.AgentId,
            row.AgentName,
            row.DisplayId,
            agentGroupsText(row.SkillGroupIds, row.SkillGroupNames, displayNames),
            row.Overall.BreakCodeDetailList.map((b) => `${b.BreakCode}: ${b.Duration === null ? '' : formatMetric(b.Duration, { unit: 'seconds' })}`).join('; ')
          ]
        },
        agentReport.items,
        words
      )
    )
  }
  return tables
}

/**
 * The snapshot's tables: headings, totals row and yes/no in the options' language, headers and
 * enums as words or as the documented fields (the figures as CCC sent them either way).
 */
export function snapshotTables(snapshot: Snapshot, options: TableOptions = {}): Table[] {
  const { instance, timeZone } = snapshot
  const words = wordsOf(options)
  const { w, readable } = words
  // The instance table is one field per row: its names are the column headings' texts.
  const field = (name: ColumnTextName): string => (readable ? w(`column.${name}`) : name)
  const tables: TableBody[] = [
    {
      name: 'instance',
      title: w('table.instance'),
      columns: texts(words, 'Field', 'Value'),
      rows: [
        [field('Id'), instance.Id],
        [field('Name'), instance.Name],
        [field('Description'), instance.Description],
        [field('DomainName'), instance.DomainName],
        [field('Status'), enumCell(words, 'instanceStatus', instance.Status)],
        [field('AliyunUid'), instance.AliyunUid],
        [field('ConsoleUrl'), instance.ConsoleUrl],
        [field('Profile'), snapshot.profileName ?? ''],
        [field('TimeZone'), timeZone],
        [field('CreatedAt'), localTime(Date.parse(snapshot.createdAt), timeZone, 'yyyy-MM-dd HH:mm:ss')]
      ]
    },
    {
      name: 'admins',
      title: w('table.admins'),
      columns: texts(words, 'UserId', 'LoginName', 'DisplayName', 'Email', 'Mobile', 'Extension', 'RoleName', 'RoleId', 'WorkMode'),
      rows: instance.AdminList.map((u) => [
        u.UserId,
        u.LoginName,
        u.DisplayName,
        u.Email,
        u.Mobile,
        u.Extension,
        enumCell(words, 'role', u.RoleName),
        u.RoleId,
        enumCell(words, 'workMode', u.WorkMode)
      ])
    },
    {
      name: 'numbers',
      title: w('table.numbers'),
      columns: texts(words, 'Number', 'Province', 'City', 'Usage', 'Active', 'ContactFlowId', 'UserId', 'SkillGroups'),
      rows: instance.NumberList.map((n) => [
        n.Number,
        n.Province,
        n.City,
        enumCell(words, 'numberUsage', n.Usage),
        // A script reads true/false; a person yes/no in the file's language.
        n.Active === null ? '' : readable ? w(n.Active ? 'yes' : 'no') : n.Active,
        n.ContactFlowId,
        n.UserId,
        n.SkillGroups.map((g) => g.DisplayName || g.Name).join('; ')
      ])
    }
  ]

  if (snapshot.realtime) {
    tables.push({
      name: 'realtime',
      title: w('table.realtime'),
      columns: metricColumns(words, 'GetRealtimeInstanceStates.Data', '', REALTIME_STATES),
      rows: [metricCells(REALTIME_STATES, snapshot.realtime)]
    })
  }

  if (snapshot.summary) {
    const s = snapshot.summary
    tables.push({
      name: 'summary',
      title: w('table.summary'),
      columns: [
        ...texts(words, 'Timestamp'),
        ...metricColumns(words, 'GetInstanceSummaryReportSinceMidnight.Inbound', 'Inbound', SUMMARY_INBOUND),
        ...metricColumns(words, 'GetInstanceSummaryReportSinceMidnight.Outbound', 'Outbound', SUMMARY_OUTBOUND),
        ...metricColumns(words, 'GetInstanceSummaryReportSinceMidnight.Overall', 'Overall', SUMMARY_OVERALL)
      ],
      rows: [
        [
          s.Timestamp,
          ...metricCells(SUMMARY_INBOUND, s.Inbound),
          ...metricCells(SUMMARY_OUTBOUND, s.Outbound),
          ...metricCells(SUMMARY_OVERALL, s.Overall)
        ]
      ]
    })
  }

  tables.push(...liveListTables(snapshot, words))

  if (snapshot.interval) {
    const items = snapshot.interval.items
    const inbound = shownFields(INTERVAL_INBOUND, items.map((i) => i.Inbound))
    const outbound = shownFields(INTERVAL_OUTBOUND, items.map((i) => i.Outbound))
    const overall = shownFields(INTERVAL_OVERALL, items.map((i) => i.Overall))
    tables.push({
      name: 'interval',
      title: w(`table.interval.${snapshot.interval.query.interval}`),
      columns: [
        textColumn(words, 'StatsTime', 'epochMs'),
        ...metricColumns(words, 'ListIntervalInstanceReport.Inbound', 'Inbound', inbound),
        ...metricColumns(words, 'ListIntervalInstanceReport.Outbound', 'Outbound', outbound),
        ...metricColumns(words, 'ListIntervalInstanceReport.Overall', 'Overall', overall)
      ],
      rows: items.map((item) => [
        timeCell(item.StatsTime),
        ...metricCells(inbound, gapped(INTERVAL_INBOUND, item.Inbound)),
        ...metricCells(outbound, gapped(INTERVAL_OUTBOUND, item.Outbound)),
        ...metricCells(overall, gapped(INTERVAL_OVERALL, item.Overall))
      ]),
      totals: [
        words.total,
        ...metricCells(inbound, totalsRow(items.map((i) => i.Inbound), INTERVAL_INBOUND)),
        ...metricCells(outbound, totalsRow(items.map((i) => i.Outbound), INTERVAL_OUTBOUND)),
        ...metricCells(overall, totalsRow(items.map((i) => i.Overall), INTERVAL_OVERALL))
      ]
    })
  }

  if (snapshot.trend) {
    const { Inbound, Outbound } = snapshot.trend.report
    const times = [...new Set([...Inbound.map((p) => p.StatsTime), ...Outbound.map((p) => p.StatsTime)])].sort((a, b) => a - b)
    const inbound = new Map(Inbound.map((p) => [p.StatsTime, p]))
    const outbound = new Map(Outbound.map((p) => [p.StatsTime, p]))
    tables.push({
      name: 'trend',
      title: w('table.trend'),
      columns: [
        textColumn(words, 'StatsTime', 'epochMs'),
        ...metricColumns(words, 'GetInstanceTrendingReport.Inbound', 'Inbound', TREND_INBOUND),
        ...metricColumns(words, 'GetInstanceTrendingReport.Outbound', 'Outbound', TREND_OUTBOUND)
      ],
      rows: times.map((t) => [
        timeCell(t),
        ...metricCells(TREND_INBOUND, inbound.get(t)),
        ...metricCells(TREND_OUTBOUND, outbound.get(t))
      ])
    })
  }

  tables.push(...groupReportTables(snapshot, words))
  const headers: ExportHeaders = readable ? 'words' : 'fields'
  return tables.map((table) => ({ ...table, sheet: readable ? w(`sheet.${table.name}`) : table.name, headers, timeZone }))
}

/**
 * Text a spreadsheet could take for a formula or a command: `=`, `+`, `-`, `@`, tab or CR first,
 * or `=`, `+`, `-`, `@` after leading spaces (spreadsheets trim them before they look).
 */
export function isFormulaLike(value: string): boolean {
  return /^(?:[=+\-@\t\r]|\s+[=+\-@])/.test(value)
}

/** Prefix formula-like text with `'` so spreadsheets show it as text. */
export function neutraliseFormula(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value
}
