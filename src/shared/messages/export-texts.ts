/**
 * The words of an exported file besides its data, in en-US and zh-CN: the report's title, each
 * table's heading, sheet name and column headings (the figures' are metric-labels.ts'), the totals
 * row, yes and no, and the charts' titles. The export dialog and the
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
  topChartTitle: '{title} · {group} · top {n}: {metric}',
  /** The columns' headings besides the figures' (those are the metric labels'). */
  'column.Field': 'Field',
  'column.Value': 'Value',
  'column.Id': 'Instance ID',
  'column.Name': 'Name',
  'column.Description': 'Description',
  'column.DomainName': 'Domain',
  'column.Status': 'Status',
  'column.AliyunUid': 'Alibaba Cloud account ID',
  'column.ConsoleUrl': 'Console URL',
  'column.Profile': 'Profile',
  'column.TimeZone': 'Time zone',
  'column.CreatedAt': 'Taken at',
  'column.UserId': 'User ID',
  'column.LoginName': 'Login name',
  'column.DisplayName': 'Display name',
  'column.Email': 'Email',
  'column.Mobile': 'Mobile',
  'column.Extension': 'Extension',
  'column.RoleName': 'Role',
  'column.RoleId': 'Role ID',
  'column.WorkMode': 'Work mode',
  'column.Number': 'Number',
  'column.Province': 'Province',
  'column.City': 'City',
  'column.Usage': 'Usage',
  'column.Active': 'Active',
  'column.ContactFlowId': 'Contact flow',
  'column.SkillGroups': 'Skill groups',
  'column.Timestamp': 'Report date',
  'column.StatsTime': 'Period start',
  'column.SkillGroupId': 'Skill group ID',
  'column.SkillGroupName': 'Skill group code',
  'column.SkillGroup': 'Skill group',
  'column.OutboundScenarioReadyAgents': 'Ready for outbound scenarios',
  'column.BreakCodes': 'Break codes',
  'column.AgentId': 'Agent ID',
  'column.AgentName': 'Agent',
  'column.DisplayId': 'Display ID',
  'column.State': 'State',
  'column.StateTime': 'In state since',
  'column.TimeInState': 'Time in state',
  'column.BreakCode': 'Break code',
  'column.CallType': 'Call type',
  /** A workbook sheet's name: short (Excel allows 31 characters), no time in it. */
  'sheet.instance': 'Instance',
  'sheet.admins': 'Administrators',
  'sheet.numbers': 'Numbers',
  'sheet.realtime': 'Live state',
  'sheet.summary': 'Since midnight',
  'sheet.skill-groups': 'Skill groups',
  'sheet.agents': 'Agents',
  'sheet.interval': 'Interval report',
  'sheet.trend': 'Trend',
  'sheet.queue-report': 'Skill group report',
  'sheet.agent-report': 'Agent report',
  /** A figure's column in a table of several groups: `Inbound · Calls offered`. */
  groupColumn: '{group} · {label}'
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
  topChartTitle: '{title} · {group} · 按{metric}排名前 {n}',
  'column.Field': '字段',
  'column.Value': '值',
  'column.Id': '实例 ID',
  'column.Name': '名称',
  'column.Description': '描述',
  'column.DomainName': '域名',
  'column.Status': '状态',
  'column.AliyunUid': '阿里云账号 ID',
  'column.ConsoleUrl': '控制台地址',
  'column.Profile': '配置',
  'column.TimeZone': '时区',
  'column.CreatedAt': '导出时间',
  'column.UserId': '用户 ID',
  'column.LoginName': '登录名',
  'column.DisplayName': '姓名',
  'column.Email': '邮箱',
  'column.Mobile': '手机',
  'column.Extension': '分机',
  'column.RoleName': '角色',
  'column.RoleId': '角色 ID',
  'column.WorkMode': '工作模式',
  'column.Number': '号码',
  'column.Province': '省份',
  'column.City': '城市',
  'column.Usage': '用途',
  'column.Active': '已启用',
  'column.ContactFlowId': '联系流程',
  'column.SkillGroups': '技能组',
  'column.Timestamp': '报表日期',
  'column.StatsTime': '统计时段开始',
  'column.SkillGroupId': '技能组 ID',
  'column.SkillGroupName': '技能组编码',
  'column.SkillGroup': '技能组名称',
  'column.OutboundScenarioReadyAgents': '外呼场景中就绪',
  'column.BreakCodes': '小休原因',
  'column.AgentId': '坐席 ID',
  'column.AgentName': '坐席',
  'column.DisplayId': '工号',
  'column.State': '状态',
  'column.StateTime': '进入状态时间',
  'column.TimeInState': '状态时长',
  'column.BreakCode': '小休原因',
  'column.CallType': '呼叫类型',
  'sheet.instance': '实例',
  'sheet.admins': '管理员',
  'sheet.numbers': '号码',
  'sheet.realtime': '实时状态',
  'sheet.summary': '今日汇总',
  'sheet.skill-groups': '技能组',
  'sheet.agents': '坐席',
  'sheet.interval': '区间报表',
  'sheet.trend': '趋势报表',
  'sheet.queue-report': '技能组报表',
  'sheet.agent-report': '坐席报表',
  groupColumn: '{group} · {label}'
}

const TABLES: Readonly<Record<ErrorLocale, Readonly<Record<ExportTextKey, string>>>> = { 'en-US': EN_EXPORT_TEXTS, 'zh-CN': ZH_EXPORT_TEXTS }

/** The exported file's words in `language`. */
export function exportTexts(language: ErrorLocale): (key: ExportTextKey, params?: TextParams) => string {
  const table = TABLES[language]
  return (key, params) => fillText(table[key], params)
}

/** The file's words in one language, as exportTexts gives them. */
export type ExportWords = ReturnType<typeof exportTexts>
