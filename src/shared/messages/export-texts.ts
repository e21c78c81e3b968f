/**
 * The words of an exported file besides its data, in en-US and zh-CN: the report's title, each
 * table's heading, the totals row, yes and no, and the charts' titles. The export dialog and the
 * CLI's `--lang` choose the language; `{name}` is a parameter. zh-CN is typed by en-US's keys, so
 * a missing text fails the build; both hold the same parameters (test/shared/export-texts.spec.ts).
 */
import type { ErrorLocale } from './error-texts'
import { fillText, type TextParams } from './fill'

export const EN_EXPORT_TEXTS = {
  reportTitle: 'CCC report — {name}',
  'table.instance': 'Instance',
  'table.admins': 'Administrators',
  'table.numbers': 'Phone numbers',
  'table.realtime': 'Live state',
  'table.summary': 'Since midnight',
  'table.skillGroups': 'Skill groups (at {time})',
  'table.agents': 'Agents (at {time})',
  'table.interval.Hourly': 'Interval report (Hourly)',
  'table.interval.Daily': 'Interval report (Daily)',
  'table.trend': 'Trend',
  'table.queueReport': 'Skill group report ({from} – {to})',
  'table.agentReport': 'Agent report ({from} – {to})',
  /** A wide table printed in parts: `{title} (1/3)`. */
  tablePart: '{title} ({n}/{of})',
  total: 'Total',
  yes: 'Yes',
  no: 'No',
  /** A chart's title: its table's, then the metric group it draws. */
  chartTitle: '{title} · {group}',
  /** A queue or agent report's top-N chart. */
  topChartTitle: '{title} · {group} · top {n}: {metric}'
} as const

export type ExportTextKey = keyof typeof EN_EXPORT_TEXTS

export const ZH_EXPORT_TEXTS: Record<ExportTextKey, string> = {
  reportTitle: 'CCC 报表 — {name}',
  'table.instance': '实例',
  'table.admins': '管理员',
  'table.numbers': '电话号码',
  'table.realtime': '实时状态',
  'table.summary': '今日（零点起）汇总',
  'table.skillGroups': '技能组（截至 {time}）',
  'table.agents': '坐席（截至 {time}）',
  'table.interval.Hourly': '区间报表（按小时）',
  'table.interval.Daily': '区间报表（按天）',
  'table.trend': '趋势报表',
  'table.queueReport': '技能组报表（{from} – {to}）',
  'table.agentReport': '坐席报表（{from} – {to}）',
  tablePart: '{title}（{n}/{of}）',
  total: '合计',
  yes: '是',
  no: '否',
  chartTitle: '{title} · {group}',
  topChartTitle: '{title} · {group} · {metric}前 {n} 名'
}

const TABLES: Readonly<Record<ErrorLocale, Readonly<Record<ExportTextKey, string>>>> = { 'en-US': EN_EXPORT_TEXTS, 'zh-CN': ZH_EXPORT_TEXTS }

/** The exported file's words in `language`. */
export function exportTexts(language: ErrorLocale): (key: ExportTextKey, params?: TextParams) => string {
  const table = TABLES[language]
  return (key, params) => fillText(table[key], params)
}

/** The file's words in one language, as exportTexts gives them. */
export type ExportWords = ReturnType<typeof exportTexts>
