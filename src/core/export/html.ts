/**
 * The report as one self-contained HTML file: inline CSS and inline SVG charts, no script and no
 * external URL, every value escaped, so it opens safely anywhere, offline.
 */
import { shownFields, type MetricGroup, type MetricGroupName } from '../../shared/ccc/catalogue'
import { formatMetric } from '../../shared/ccc/format'
import { AGENT_REPORT, groupSource, QUEUE_REPORT, subjectName, TOP_N, topRows, type GroupReportDef, type GroupReportKind } from '../../shared/ccc/group-reports'
import { DAY_MS, HOUR_MS } from '../../shared/ccc/range-split'
import { bucketWidth } from '../../shared/ccc/report-buckets'
import {
  INTERVAL_DEFAULT_METRICS,
  INTERVAL_GROUPS,
  intervalRowOf,
  TREND_DEFAULT_METRICS,
  TREND_GROUPS,
  toNumber,
  trendRowOf,
  type ReportRow,
  type TrendGroupName,
  type TrendPoint
} from '../../shared/ccc/report-metrics'
import { reportChartFigures, type ReportChartInput } from '../../shared/charts/report-chart'
import { escapeHtml } from '../../shared/escape-html'
import { xmlSafe } from '../../shared/xml-safe'
import type { ErrorLocale } from '../../shared/messages/error-texts'
import { exportTexts, type ExportWords } from '../../shared/messages/export-texts'
import { metricGroupLabel, metricLabel } from '../../shared/messages/metric-labels'
import type { Snapshot } from '../../shared/snapshot'
import { CHART_FONT, renderDayChartSvg, renderReportChartSvg } from './charts'
import type { DayChartInput, DayChartSeries } from '../../shared/charts/day-chart'
import { dayFromWire } from '../../shared/history/day'
import { AGENT_STATE_FIELDS, busiestQueues, fieldCurve, gapsOf, recordedSpan, rowCurves, runningTimes } from '../../shared/history/day-curves'
import { localTime, snapshotTables, timeText, type Cell, type Column, type Table, type TableName } from './tables'

export { escapeHtml }


function shown(cell: Cell, column: Column, timeZone: string, w: ExportWords): string {
  if (cell === null) return column.kind === 'text' ? '' : '—'
  if (typeof cell === 'string') return cell
  if (typeof cell === 'boolean') return w(cell ? 'yes' : 'no')
  if (column.kind === 'epochMs') return timeText(Number(cell), column, timeZone)
  return column.kind === 'text' ? String(cell) : formatMetric(cell, { unit: column.kind })
}

/** Columns per printed table: more than this cannot be read on an A4 page, so print splits them. */
export const PRINT_COLUMNS = 12

/** A table of the given columns (indexes into the table's cells). */
function tableHtml(table: Table, indexes: number[], w: ExportWords): string {
  const columns = indexes.map((i) => table.columns[i]!)
  // The documented field name on hover, for a ticket or a script.
  const head = columns.map((c) => `<th${c.label === c.key ? '' : ` title="${escapeHtml(c.key)}"`}>${escapeHtml(c.label)}</th>`).join('')
  const row = (cells: Cell[], cls = ''): string =>
    `<tr${cls ? ` class="${cls}"` : ''}>${indexes
      .map((i) => {
        const c = table.columns[i]!
        return `<td${c.kind === 'text' || c.kind === 'epochMs' ? '' : ' class="num"'}>${escapeHtml(shown(cells[i] ?? null, c, table.timeZone, w))}</td>`
      })
      .join('')}</tr>`
  const body = [...table.rows.map((cells) => row(cells)), ...(table.totals ? [row(table.totals, 'totals')] : [])].join('\n')
  return `<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`
}

function renderTable(table: Table, w: ExportWords): string {
  const all = table.columns.map((_, i) => i)
  let content = `<div class="scroll">${tableHtml(table, all, w)}</div>`
  if (all.length > PRINT_COLUMNS + 1) {
    // On screen one wide table scrolls; on paper it is cut into parts, each repeating the first
    // (key) column, so no figure falls off the page edge.
    const [key, ...rest] = all
    const parts: string[] = []
    for (let start = 0; start < rest.length; start += PRINT_COLUMNS) {
      const slice = rest.slice(start, start + PRINT_COLUMNS)
      const label = w('tablePart', { title: table.title, n: parts.length + 1, of: Math.ceil(rest.length / PRINT_COLUMNS) })
      parts.push(`<h3>${escapeHtml(label)}</h3>\n${tableHtml(table, [key!, ...slice], w)}`)
    }
    content = `<div class="screen-only">${content}</div>\n<div class="print-only">\n${parts.join('\n')}\n</div>`
  }
  return `<section id="${escapeHtml(table.name)}">
<h2>${escapeHtml(table.title)}</h2>
${content}
</section>`
}

/** A chart of one report group: the metrics its page charts when it opens, in the page's chart, named as the tables name them. */
function reportChart(
  title: string,
  rows: readonly ReportRow[],
  source: MetricGroupName,
  group: MetricGroup,
  metrics: readonly string[],
  timeZone: string,
  bucketMs: number | null,
  language: ErrorLocale
): string {
  const figures = reportChartFigures({
    rows,
    group: shownFields(group, rows.map((r) => r.values)),
    metrics,
    label: (name) => metricLabel(language, source, name),
    timeZone,
    bucketMs
  })
  return renderReportChartSvg(figures, title)
}

/** The charts the snapshot viewer opens on: each report's first group with its default metrics. */
function charts(snapshot: Snapshot, titleOf: (table: TableName) => string, w: ExportWords, language: ErrorLocale): string[] {
  const out: string[] = []
  const { timeZone } = snapshot
  if (snapshot.interval && snapshot.interval.items.length > 0) {
    const { query, items } = snapshot.interval
    const rows = items.map((item) => intervalRowOf(item, 'Inbound'))
    const bucketMs = query.interval === 'Hourly' ? HOUR_MS : DAY_MS
    const title = w('chartTitle', { title: titleOf('interval'), group: metricGroupLabel(language, 'Inbound') })
    out.push(reportChart(title, rows, 'ListIntervalInstanceReport.Inbound', INTERVAL_GROUPS.Inbound, INTERVAL_DEFAULT_METRICS.Inbound, timeZone, bucketMs, language))
  }
  if (snapshot.trend) {
    // A report with no inbound points is charted by its outbound ones, as the page shows it when switched.
    const group: TrendGroupName = snapshot.trend.report.Inbound.length > 0 ? 'Inbound' : 'Outbound'
    const points = snapshot.trend.report[group] as TrendPoint[]
    if (points.length > 0) {
      const bucketMs = bucketWidth(points.map((p) => p.StatsTime))
      const title = w('chartTitle', { title: titleOf('trend'), group: metricGroupLabel(language, group) })
      out.push(reportChart(title, points.map(trendRowOf), `GetInstanceTrendingReport.${group}`, TREND_GROUPS[group], TREND_DEFAULT_METRICS[group], timeZone, bucketMs, language))
    }
  }
  return out
}

/**
 * A queue or agent report's top-N chart as its page opens on: the first group's rows with the most
 * of the count that group ranks by, most first, each bar named as the table names its row.
 */
function topChart<R, G extends string>(
  kind: GroupReportKind,
  def: GroupReportDef<R, G>,
  items: readonly R[],
  title: string,
  displayNames: Readonly<Record<string, string>>,
  w: ExportWords,
  language: ErrorLocale
): string | null {
  const group = Object.keys(def.groups)[0] as G
  const metric = def.topMetric[group]
  const label = metricLabel(language, groupSource(def, group), metric)
  const top = topRows(items.map((item) => def.rowOf(item, group)), metric)
  if (top.length === 0) return null
  const input: ReportChartInput = {
    categories: top.map((row) => subjectName(kind, row, displayNames)),
    named: true,
    series: [{ key: metric, label, unit: def.groups[group][metric]?.unit ?? 'count', values: top.map((row) => toNumber(row.values[metric])) }]
  }
  return renderReportChartSvg(input, w('topChartTitle', { title, group: metricGroupLabel(language, group), n: Math.min(TOP_N, top.length), metric: label }))
}

/** Skill groups drawn in the report's day chart: more lines than this cannot be told apart. */
const DAY_QUEUES = 5

/**
 * The day so far the snapshot carries, drawn as the Today page draws it (waiting calls, longest
 * wait, agents by state, the busiest skill groups' waiting calls) with grey gaps where the console
 * was not running; nothing when the file has none. No alert shading: a file has no limits.
 */
function daySoFarSection(snapshot: Snapshot, w: ExportWords, language: ErrorLocale): string {
  const kept = snapshot.daySoFar
  if (!kept) return ''
  const day = dayFromWire(kept.data)
  const times = runningTimes(day)
  if (times.length === 0) return ''
  const { timeZone } = kept
  const gaps = gapsOf(times)
  const [from, to] = recordedSpan([times[0]!, times[times.length - 1]!], kept.dayStart, kept.dayEnd, timeZone)
  const input = (series: DayChartSeries[], unit: DayChartInput['unit']): DayChartInput => ({ series, unit, from, to, timeZone, gaps, alerts: [], gapLabel: w('day.gap'), alertLabel: '' })
  const label = (field: string): string => metricLabel(language, 'GetRealtimeInstanceStates.Data', field)
  const field = (name: string): DayChartSeries => ({ name: label(name), points: fieldCurve(day.states, name, gaps) })
  // A group by the name supervisors typed, else CCC's, else its ID.
  const names = new Map((snapshot.skillGroups?.items ?? []).map((g) => [g.SkillGroupId, g.SkillGroupName]))
  const nameOf = (id: string): string => snapshot.skillGroupNames?.[id] ?? names.get(id) ?? id
  const queueIds = busiestQueues(day, DAY_QUEUES)
  const queueCurves = rowCurves(day.queues, 'WaitingCalls', queueIds, gaps)
  const panels: Array<[string, DayChartInput]> = [
    [label('WaitingCalls'), input([field('WaitingCalls')], 'count')],
    [label('LongestWaitingTime'), input([field('LongestWaitingTime')], 'seconds')],
    [w('day.agents'), input(AGENT_STATE_FIELDS.map(field), 'count')],
    // A name is drawn into the SVG as it was typed: what XML cannot hold is marked, or the file would not open.
    ...(queueIds.length > 0 ? [[w('day.queues'), input(queueIds.map((id) => ({ name: xmlSafe(nameOf(id)), points: queueCurves.get(id) ?? [] })), 'count')] as [string, DayChartInput]] : [])
  ]
  const clock = (ms: number): string => localTime(ms, timeZone, 'HH:mm')
  const notes = [w('day.about', { from: clock(times[0]!), to: clock(times[times.length - 1]!) }), ...(kept.cutAt !== null ? [w('day.cut', { time: clock(kept.cutAt) })] : [])]
  return `<section id="day-so-far">
<h2>${escapeHtml(w('day.title', { day: kept.day, zone: timeZone }))}</h2>
${notes.map((note) => `<p class="meta">${escapeHtml(note)}</p>`).join('\n')}
${panels.map(([title, chart]) => `<figure><h3>${escapeHtml(title)}</h3>${renderDayChartSvg(chart)}</figure>`).join('\n')}
</section>`
}

const CSS = `
body { font-family: ${CHART_FONT}; margin: 24px; color: #1f2328; background: #fff; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 8px; }
.meta { color: #59636e; font-size: 13px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #d1d9e0; padding: 3px 8px; text-align: left; white-space: nowrap; }
th { background: #f6f8fa; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.totals td { font-weight: bold; background: #f6f8fa; }
figure { margin: 16px 0; }
h3 { font-size: 13px; margin: 16px 0 6px; color: #59636e; }
.print-only { display: none; }
/* On paper nothing scrolls: landscape, wide tables in parts (see renderTable), headers that wrap. */
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; }
  .screen-only { display: none; }
  .print-only { display: block; }
  .scroll { overflow: visible; }
  table { font-size: 9px; }
  th, td { padding: 2px 4px; }
  th { position: static; white-space: normal; max-width: 90px; overflow-wrap: anywhere; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  figure svg { max-width: 100%; height: auto; }
}
`

/** The snapshot as the text of an .html report, its headings in `language` (the data as CCC sent it). */
export function snapshotToHtml(snapshot: Snapshot, language: ErrorLocale = 'en-US'): string {
  const w = exportTexts(language)
  const title = w('reportTitle', { name: snapshot.instance.Name || snapshot.instance.Id })
  const created = localTime(Date.parse(snapshot.createdAt), snapshot.timeZone, 'yyyy-MM-dd HH:mm:ss')
  // A report is for people: headers and enums as words, whatever a CSV of the same export uses.
  const tables = snapshotTables(snapshot, { language, headers: 'words' })
  const titleOf = (name: TableName): string => tables.find((table) => table.name === name)?.title ?? name
  const displayNames = snapshot.skillGroupNames ?? {}
  const tops = [
    snapshot.queueReport && topChart('queue', QUEUE_REPORT, snapshot.queueReport.items, titleOf('queue-report'), displayNames, w, language),
    snapshot.agentReport && topChart('agent', AGENT_REPORT, snapshot.agentReport.items, titleOf('agent-report'), displayNames, w, language)
  ].filter((svg): svg is string => typeof svg === 'string')
  const figures = [...charts(snapshot, titleOf, w, language), ...tops].map((svg) => `<figure>${svg}</figure>`)
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(`${snapshot.instance.Id} · ${created} (${snapshot.timeZone})${snapshot.profileName ? ` · ${snapshot.profileName}` : ''}`)}</p>
${figures.join('\n')}
${daySoFarSection(snapshot, w, language)}
${tables.map((table) => renderTable(table, w)).join('\n')}
</body>
</html>
`
}
