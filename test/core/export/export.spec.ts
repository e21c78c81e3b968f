/**
 * Snapshots of simulator data over loopback, exported in every format and read back: the numbers
 * agree across formats, hostile text stays inert, and failed or cancelled exports leave nothing.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExportError } from '../../../src/core/export/errors'
import { exportBaseName, exportSnapshot } from '../../../src/core/export/export-snapshot'
import { escapeHtml } from '../../../src/core/export/html'
import { readSnapshot } from '../../../src/core/export/read-snapshot'
import type { SnapshotStep } from '../../../src/core/export/snapshot-builder'
import { localTime } from '../../../src/core/export/tables'
import { DURATION_FORMAT, RATE_FORMAT, TIME_FORMAT } from '../../../src/core/export/xlsx'
import { stringifyJson } from '../../../src/shared/json'
import { SNAPSHOT_VERSION, snapshotSchema, type Snapshot } from '../../../src/shared/snapshot'
import { DEMO_CREDENTIALS } from '../../../src/simulator'
import { parseCsv } from './csv-parse'
import { demoSnapshot } from '../../helpers/demo-snapshot'
import { xlsxXmlErrors } from '../../helpers/xlsx-xml'
import { exportFailure } from '../../helpers/export-failure'

const TABLES = ['instance', 'admins', 'numbers', 'realtime', 'summary', 'skill-groups', 'agents', 'interval', 'trend']

let snapshot: Snapshot
let root: string
const steps = new Set<SnapshotStep>()

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ccc-export-'))
  snapshot = await demoSnapshot(5, { onProgress: (step) => steps.add(step) })
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function freshDir(): Promise<string> {
  return mkdtemp(join(root, 'run-'))
}

const csvText = async (path: string): Promise<string> => {
  const text = await readFile(path, 'utf8')
  expect(text.startsWith('\uFEFF'), basename(path)).toBe(true)
  return text.slice(1)
}

/** Seconds as h:mm:ss, hours always written. */
const clock = (seconds: number): string => {
  const total = Math.round(seconds)
  return `${Math.floor(total / 3600)}:${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

function column(rows: string[][], name: string): string[] {
  const index = rows[0]?.indexOf(name) ?? -1
  expect(index, name).toBeGreaterThanOrEqual(0)
  return rows.slice(1).map((r) => r[index] ?? '')
}

function sheetColumn(sheet: ExcelJS.Worksheet, name: string): ExcelJS.Cell[] {
  const header = sheet.getRow(1).values as unknown[]
  const index = header.indexOf(name)
  expect(index, name).toBeGreaterThan(0)
  const cells: ExcelJS.Cell[] = []
  for (let r = 2; r <= sheet.rowCount; r++) cells.push(sheet.getRow(r).getCell(index))
  return cells
}

/** A duration cell's seconds: exceljs turns day fractions under a time format into Dates from 1899-12-30. */
function seconds(value: ExcelJS.CellValue): number {
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 1000
  if (typeof value === 'number') return value * 86_400
  throw new Error(`not a duration: ${String(value)}`)
}

const sum = (values: (number | bigint | null)[]): number => values.reduce<number>((a, v) => a + Number(v ?? 0), 0)

describe('buildSnapshot', () => {
  it('fetches the instance, live state, summary and both reports, without credentials', () => {
    expect(snapshot.instance.Id).toBe('ccc-demo')
    expect(snapshot.realtime?.InstanceId).toBe('ccc-demo')
    expect(snapshot.summary).not.toBeNull()
    expect(snapshot.interval?.items.length).toBeGreaterThanOrEqual(47)
    expect(snapshot.trend?.report.Inbound.length).toBeGreaterThan(0)
    // The live lists, every page, with when CCC answered (the simulator sends a Date header).
    expect(snapshot.skillGroups?.items.length).toBeGreaterThan(0)
    expect(snapshot.agents?.items.length).toBeGreaterThan(0)
    expect(snapshot.agents?.items.every((a) => a.InstanceId === 'ccc-demo')).toBe(true)
    expect(snapshot.agents?.answeredAtSource).toBe('date-header')
    expect(Math.abs((snapshot.agents?.answeredAt ?? 0) - Date.parse(snapshot.createdAt))).toBeLessThan(60_000)
    expect([...steps].sort()).toEqual(['agents', 'instance', 'interval', 'realtime', 'skillGroups', 'summary', 'trend'])
    const text = stringifyJson(snapshot)
    expect(text).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
    expect(text).not.toContain(DEMO_CREDENTIALS.accessKeyId)
  })
})

describe('exportSnapshot in every format', () => {
  let dir: string
  let paths: string[]
  let base: string
  const progress: number[] = []

  beforeAll(async () => {
    dir = await freshDir()
    // Field names and values as CCC sent them: what a script reads; the words files are checked below.
    paths = await exportSnapshot(snapshot, dir, ['json', 'csv', 'xlsx', 'html'], { headers: 'fields', onProgress: (done) => progress.push(done) })
    base = exportBaseName(snapshot)
  })

  it('writes the named files and nothing else', async () => {
    expect(base).toMatch(/^ccc-ccc-demo-\d{8}-\d{4}$/)
    const expected = [`${base}.json`, ...TABLES.map((t) => `${base}-${t}.csv`), `${base}.xlsx`, `${base}.html`]
    expect(paths.map((p) => basename(p)).sort()).toEqual([...expected].sort())
    expect((await readdir(dir)).sort()).toEqual([...expected].sort())
    expect(progress).toEqual(expected.map((_, i) => i + 1))
  })

  it('JSON validates against the schema and round-trips through readSnapshot', async () => {
    const text = await readFile(join(dir, `${base}.json`), 'utf8')
    const data: unknown = JSON.parse(text)
    expect(snapshotSchema.safeParse(data).success).toBe(true)
    expect((await readSnapshot(join(dir, `${base}.json`))).snapshot).toEqual(data)
    expect(data).toEqual(JSON.parse(stringifyJson(snapshot)))
  })

  it('XLSX holds the same numbers, typed and formatted', async () => {
    expect(await xlsxXmlErrors(await readFile(join(dir, `${base}.xlsx`)))).toEqual([])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, `${base}.xlsx`))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(TABLES)
    const sheet = workbook.getWorksheet('interval') as ExcelJS.Worksheet
    const items = snapshot.interval?.items ?? []
    expect(sheet.rowCount).toBe(items.length + 2)
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(8)

    const offered = sheetColumn(sheet, 'Inbound.CallsOffered')
    const values = offered.slice(0, -1).map((c) => c.value)
    expect(values.every((v) => typeof v === 'number')).toBe(true)
    const expectedSum = sum(items.map((i) => i.Inbound.CallsOffered))
    expect(expectedSum).toBeGreaterThan(0)
    expect(sum(values as number[])).toBe(expectedSum)
    expect(offered.at(-1)?.value).toBe(expectedSum) // the totals row

    // Bucket times are dates a spreadsheet can sort and filter, in the snapshot's zone, to the minute.
    const times = sheetColumn(sheet, 'StatsTime')
    expect(times[0]?.numFmt).toBe(TIME_FORMAT)
    // Excel's dates have no zone: a cell's wall clock (read in UTC) is the zone's local time.
    expect(times.slice(0, -1).map((c) => localTime((c.value as Date).getTime(), 'UTC'))).toEqual(
      items.map((i) => localTime(i.StatsTime, snapshot.timeZone))
    )
    expect(times.at(-1)?.value).toBe('Total')

    const talk = sheetColumn(sheet, 'Inbound.TotalTalkTime')
    expect(talk[0]?.numFmt).toBe(DURATION_FORMAT)
    // The file stores a day fraction; exceljs reads any time-formatted number back as a Date.
    expect(talk.slice(0, -1).map((c) => Math.round(seconds(c.value)))).toEqual(items.map((i) => Number(i.Inbound.TotalTalkTime)))
    const rate = sheetColumn(sheet, 'Inbound.HandleRate').find((c) => c.value !== null)
    expect(rate?.numFmt).toBe(RATE_FORMAT)
    expect(typeof rate?.value).toBe('number')

    const live = workbook.getWorksheet('realtime') as ExcelJS.Worksheet
    expect(sheetColumn(live, 'LoggedInAgents')[0]?.value).toBe(Number(snapshot.realtime?.LoggedInAgents))
  })

  it('each CSV has a BOM and parses back to the same rows', async () => {
    const interval = parseCsv(await csvText(join(dir, `${base}-interval.csv`)))
    const items = snapshot.interval?.items ?? []
    expect(interval.length).toBe(items.length + 2) // header, buckets, totals
    expect(interval[0]?.[0]).toBe('StatsTime')
    expect(interval.at(-1)?.[0]).toBe('Total')
    // Each bucket's time as ISO 8601 with the zone's offset, the exact instant CCC sent.
    expect(interval.slice(1, -1).map((row) => Date.parse(row[0]!))).toEqual(items.map((i) => i.StatsTime))
    expect(interval[1]?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/)
    const offered = column(interval, 'Inbound.CallsOffered').map(Number)
    const expectedSum = sum(items.map((i) => i.Inbound.CallsOffered))
    expect(offered.slice(0, -1).reduce((a, v) => a + v, 0)).toBe(expectedSum)
    expect(offered.at(-1)).toBe(expectedSum)

    const admins = parseCsv(await csvText(join(dir, `${base}-admins.csv`)))
    expect(admins.length).toBe(snapshot.instance.AdminList.length + 1)
    expect(column(admins, 'DisplayName')).toEqual(snapshot.instance.AdminList.map((a) => a.DisplayName))
    const numbers = parseCsv(await csvText(join(dir, `${base}-numbers.csv`)))
    expect(column(numbers, 'Number')).toEqual(snapshot.instance.NumberList.map((n) => n.Number))
    const trend = parseCsv(await csvText(join(dir, `${base}-trend.csv`)))
    expect(column(trend, 'Inbound.TotalCalls').map(Number)).toEqual(snapshot.trend?.report.Inbound.map((p) => Number(p.TotalCalls)))
    for (const table of ['instance', 'realtime', 'summary']) {
      const rows = parseCsv(await csvText(join(dir, `${base}-${table}.csv`)))
      expect(rows.length, table).toBeGreaterThan(1)
      expect(new Set(rows.map((r) => r.length)).size, table).toBe(1)
    }
  })

  it('the skill-group and agent states are a sheet and a CSV each, time in state as of when CCC answered', async () => {
    const groups = snapshot.skillGroups?.items ?? []
    const agents = snapshot.agents?.items ?? []
    const answeredAt = snapshot.agents?.answeredAt ?? 0
    const csvGroups = parseCsv(await csvText(join(dir, `${base}-skill-groups.csv`)))
    expect(column(csvGroups, 'SkillGroupId')).toEqual(groups.map((g) => g.SkillGroupId))
    expect(column(csvGroups, 'WaitingCalls').map(Number)).toEqual(groups.map((g) => Number(g.WaitingCalls)))
    const csvAgents = parseCsv(await csvText(join(dir, `${base}-agents.csv`)))
    expect(column(csvAgents, 'AgentId')).toEqual(agents.map((a) => a.AgentId))
    expect(column(csvAgents, 'State')).toEqual(agents.map((a) => a.State))
    const expectedSeconds = agents.map((a) => (a.StateTime === null ? '' : String(Math.max(0, Math.floor((answeredAt - a.StateTime) / 1000)))))
    expect(expectedSeconds.some((t) => Number(t) > 0)).toBe(true)
    expect(column(csvAgents, 'TimeInState')).toEqual(expectedSeconds)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, `${base}.xlsx`))
    const sheet = workbook.getWorksheet('agents') as ExcelJS.Worksheet
    expect(sheet.rowCount).toBe(agents.length + 1)
    const time = sheetColumn(sheet, 'TimeInState')
    expect(time.find((c) => c.value !== null)?.numFmt).toBe(DURATION_FORMAT)
    expect(time.map((c) => (c.value === null ? '' : String(Math.round(seconds(c.value)))))).toEqual(expectedSeconds)
    const logged = sheetColumn(workbook.getWorksheet('skill-groups') as ExcelJS.Worksheet, 'LoggedInAgents')
    expect(logged.map((c) => c.value)).toEqual(groups.map((g) => g.LoggedInAgents))
  })

  it('HTML is self-contained: inline SVG charts, no script, no external URL, Chinese intact', async () => {
    const html = await readFile(join(dir, `${base}.html`), 'utf8')
    expect(html).toContain('<meta charset="utf-8">')
    expect(html.match(/<svg/g)?.length).toBe(2)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i)
    expect(html).not.toMatch(/url\(\s*["']?https?:/i)
    const admin = snapshot.instance.AdminList[0]
    expect(admin).toBeDefined()
    expect(html).toContain(escapeHtml(admin?.DisplayName ?? ''))
    expect(html).toContain('<section id="skill-groups">')
    expect(html).toContain('<section id="agents">')
    const agent = snapshot.agents?.items.find((a) => /^[\p{L}\d ]+$/u.test(a.AgentName))
    expect(agent).toBeDefined()
    expect(html).toContain(`<td>${agent?.AgentName ?? ''}</td>`)
  })
})

describe('files in a language', () => {
  let zh: string
  let zhBase: string

  beforeAll(async () => {
    zh = await freshDir()
    await exportSnapshot(snapshot, zh, ['csv', 'xlsx', 'html'], { language: 'zh-CN' })
    zhBase = exportBaseName(snapshot)
  })

  it('in zh-CN, the HTML says so and its title, headings and totals row are Chinese; the data is as CCC sent it', async () => {
    const html = await readFile(join(zh, `${zhBase}.html`), 'utf8')
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain(`<title>${escapeHtml(`CCC 报表 — ${snapshot.instance.Name}`)}</title>`)
    const headings = [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]!)
    expect(headings.slice(0, 5)).toEqual(['实例', '管理员', '电话号码', '实时状态', '今日（零点起）汇总'])
    expect(headings).toContain(`区间报表（${snapshot.interval!.query.interval === 'Hourly' ? '按小时' : '按天'}）`)
    expect(headings).toContain('趋势报表')
    // No heading keeps an English word.
    for (const heading of headings) expect(heading, heading).not.toMatch(/[A-Za-z]{3,}/)
    expect(html).toContain('<td>合计</td>')
    expect(html).toContain(escapeHtml(snapshot.instance.AdminList[0]!.DisplayName))
  })

  it('in zh-CN, CSV headers, enums, totals and yes/no are Chinese; figures read as the app shows them', async () => {
    const interval = parseCsv(await csvText(join(zh, `${zhBase}-interval.csv`)))
    const items = snapshot.interval!.items
    expect(interval[0]?.slice(0, 2)).toEqual(['统计时段开始', expect.stringMatching(/^呼入 · /)])
    // The interval report's handle rate is of queued calls: its own label, not the summary's.
    const rates = column(interval, '呼入 · 应答率（占进入队列）')
    const offered = column(interval, '呼入 · 呼入总量')
    expect(offered.slice(0, -1).map(Number)).toEqual(items.map((i) => Number(i.Inbound.CallsOffered)))
    expect(interval.at(-1)?.[0]).toBe('合计')
    // A rate as the app rounds it, a gap where there was nothing to divide; a spreadsheet reads "83.0%" as 0.83.
    const handleRate = (i: (typeof items)[number]): string => (Number(i.Inbound.CallsQueued) > 0 ? `${(Number(i.Inbound.HandleRate) * 100).toFixed(1)}%` : '')
    expect(rates.slice(0, -1)).toEqual(items.map(handleRate))
    expect(rates.some((rate) => /^\d+\.\d%$/.test(rate))).toBe(true)
    // A duration with its hours always written: 0:05:44, never 5:44 (which Excel reads as hours).
    const talk = column(interval, '呼入 · 通话总时长')
    expect(talk.slice(0, -1)).toEqual(items.map((i) => clock(Number(i.Inbound.TotalTalkTime))))
    expect(talk.every((cell) => /^\d+:\d{2}:\d{2}$/.test(cell))).toBe(true)

    const numbers = parseCsv(await csvText(join(zh, `${zhBase}-numbers.csv`)))
    expect(numbers[0]).toEqual(['号码', '省份', '城市', '用途', '已启用', '联系流程', '用户 ID', '技能组'])
    expect(new Set(column(numbers, '已启用'))).toEqual(new Set(snapshot.instance.NumberList.map((n) => (n.Active === null ? '' : n.Active ? '是' : '否'))))
    expect(new Set(column(numbers, '用途'))).toEqual(new Set(snapshot.instance.NumberList.map((n) => ({ Inbound: '呼入', Outbound: '呼出', Bidirection: '呼入和呼出' })[n.Usage])))
    const admins = parseCsv(await csvText(join(zh, `${zhBase}-admins.csv`)))
    expect(new Set(column(admins, '角色'))).toEqual(new Set(['管理员']))
    expect(column(admins, '工作模式').every((mode) => ['场内模式', '场外模式', '办公电话模式'].includes(mode))).toBe(true)
    const agents = parseCsv(await csvText(join(zh, `${zhBase}-agents.csv`)))
    expect(new Set(column(agents, '状态'))).toEqual(new Set(snapshot.agents!.items.map((a) => ({ Ready: '就绪', Talking: '通话中', ACW: '话后处理', Break: '小休', Offline: '离线', Dialing: '外呼中', Ringing: '振铃' })[a.State])))
    const instance = parseCsv(await csvText(join(zh, `${zhBase}-instance.csv`)))
    expect(instance).toContainEqual(['状态', '运行中'])
    // No header of any table keeps an English word (IDs, IVR and the like are product words).
    for (const table of TABLES) {
      const [header] = parseCsv(await csvText(join(zh, `${zhBase}-${table}.csv`)))
      for (const cell of header!) expect(cell.replace(/\b(?:ID|IVR)\b/g, ''), `${table}: ${cell}`).not.toMatch(/[A-Za-z]{2,}/)
    }
  })

  it('in zh-CN, the workbook\'s sheets and headers are Chinese, its figures typed as in every workbook', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(zh, `${zhBase}.xlsx`))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['实例', '管理员', '号码', '实时状态', '今日汇总', '技能组', '坐席', '区间报表', '趋势报表'])
    const sheet = workbook.getWorksheet('区间报表') as ExcelJS.Worksheet
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe('合计')
    const talk = sheetColumn(sheet, '呼入 · 通话总时长')
    expect(talk[0]?.numFmt).toBe(DURATION_FORMAT)
    expect(sheetColumn(sheet, '统计时段开始')[0]?.numFmt).toBe(TIME_FORMAT)
    expect(sheetColumn(sheet, '呼入 · 应答率（占进入队列）').find((cell) => cell.value !== null)?.numFmt).toBe(RATE_FORMAT)
    expect(sheetColumn(workbook.getWorksheet('管理员') as ExcelJS.Worksheet, '角色').map((cell) => cell.value)).toContain('管理员')
    // Long labels wrap in their header instead of widening a sheet of narrow figures.
    expect(sheet.getRow(1).getCell(2).alignment?.wrapText).toBe(true)
    const widths = sheet.columns.map((column) => column.width ?? 0)
    expect(Math.max(...widths)).toBeLessThanOrEqual(26)
  })

  it('in zh-CN, the HTML\'s headers and chart legends are Chinese, each header naming its field on hover', async () => {
    const html = await readFile(join(zh, `${zhBase}.html`), 'utf8')
    expect(html).toContain('<th title="Inbound.CallsOffered">呼入 · 呼入总量</th>')
    expect(html).toContain('<th title="StatsTime">统计时段开始</th>')
    const legend = html.match(/<svg[\s\S]*?<\/svg>/)![0]
    expect(legend).toContain('应答率（占进入队列）')
    expect(legend).not.toContain('CallsOffered')
    expect(html).toContain('<td>运行中</td>')
  })

  it('for scripts, --headers fields: documented field names and the values as CCC sent them, in either language', async () => {
    const fields = await freshDir()
    await exportSnapshot(snapshot, fields, ['csv', 'xlsx'], { language: 'zh-CN', headers: 'fields' })
    const interval = parseCsv(await csvText(join(fields, `${zhBase}-interval.csv`)))
    expect(interval[0]?.[0]).toBe('StatsTime')
    // A script finds the totals row by one word, whatever the language.
    expect(interval.at(-1)?.[0]).toBe('Total')
    expect(column(interval, 'Inbound.TotalTalkTime').slice(0, -1)).toEqual(snapshot.interval!.items.map((i) => String(i.Inbound.TotalTalkTime)))
    const agents = parseCsv(await csvText(join(fields, `${zhBase}-agents.csv`)))
    expect(column(agents, 'State')).toEqual(snapshot.agents!.items.map((a) => a.State))
    const numbers = parseCsv(await csvText(join(fields, `${zhBase}-numbers.csv`)))
    expect(new Set(column(numbers, 'Active'))).toEqual(new Set(snapshot.instance.NumberList.map((n) => (n.Active === null ? '' : String(n.Active)))))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(fields, `${zhBase}.xlsx`))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(TABLES)
  })

  it('without a language, en-US: the HTML no longer claims to be Chinese', async () => {
    const en = await freshDir()
    const [path] = await exportSnapshot(snapshot, en, ['html'])
    const html = await readFile(path!, 'utf8')
    expect(html).toContain('<html lang="en-US">')
    expect(html).toContain('<h2>Administrators</h2>')
    expect(html).toContain('<th title="Inbound.CallsOffered">Inbound · Calls offered</th>')
    expect(html).toContain('<td>Administrator</td>')
  })

  it('in en-US, CSV headers are the labels the page shows, the summary\'s handle rate told from the interval report\'s', async () => {
    const en = await freshDir()
    await exportSnapshot(snapshot, en, ['csv'], { language: 'en-US' })
    const [summary] = parseCsv(await csvText(join(en, `${zhBase}-summary.csv`)))
    expect(summary).toContain('Inbound · Handled of offered')
    expect(summary![0]).toBe('Report date')
    const [interval] = parseCsv(await csvText(join(en, `${zhBase}-interval.csv`)))
    expect(interval).toContain('Inbound · Handled of queued')
    expect(interval![0]).toBe('Period start')
  })
})

describe('hostile values', () => {
  let dir: string
  let base: string
  const IMG = '<img src=x onerror=alert(1)>'
  const FORMULA = '=HYPERLINK("http://evil","x")'

  beforeAll(async () => {
    const hostile = structuredClone(snapshot)
    const admin = hostile.instance.AdminList[0]
    const [first, second] = hostile.instance.NumberList
    if (!admin || !first || !second) throw new Error('the demo instance needs an admin and two numbers')
    admin.DisplayName = IMG
    first.City = FORMULA
    second.City = '+1-2'
    dir = await freshDir()
    await exportSnapshot(hostile, dir, ['csv', 'xlsx', 'html'], { headers: 'fields' })
    base = exportBaseName(hostile)
  })

  it('HTML escapes markup', async () => {
    const html = await readFile(join(dir, `${base}.html`), 'utf8')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
    expect(html).not.toMatch(/<script/i)
  })

  it('CSV neutralises formula-like text', async () => {
    const numbers = parseCsv(await csvText(join(dir, `${base}-numbers.csv`)))
    expect(column(numbers, 'City').slice(0, 2)).toEqual([`'${FORMULA}`, "'+1-2"])
    const admins = parseCsv(await csvText(join(dir, `${base}-admins.csv`)))
    expect(column(admins, 'DisplayName')[0]).toBe(IMG)
  })

  it('XLSX stores formula-like text as neutralised strings, never formulas', async () => {
    expect(await xlsxXmlErrors(await readFile(join(dir, `${base}.xlsx`)))).toEqual([])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, `${base}.xlsx`))
    const cities = sheetColumn(workbook.getWorksheet('numbers') as ExcelJS.Worksheet, 'City')
    expect(cities.slice(0, 2).map((c) => c.value)).toEqual([`'${FORMULA}`, "'+1-2"])
    expect(cities.slice(0, 2).map((c) => c.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String])
  })
})

describe('readSnapshot', () => {
  let dir: string
  let valid: string
  beforeAll(async () => {
    dir = await freshDir()
    valid = stringifyJson({ ...snapshot, profileName: 'MARKER-PROFILE' }, 2)
  })

  async function rejects(name: string, content: string, code: string): Promise<ExportError> {
    const path = join(dir, name)
    await writeFile(path, content)
    const error = await exportFailure(readSnapshot(path))
    expect(error.code).toBe(code)
    expect(error.message).not.toContain('MARKER-PROFILE')
    expect(error.message).not.toContain(snapshot.instance.Name)
    expect(await readFile(path, 'utf8')).toBe(content)
    return error
  }

  it('reads a valid file', async () => {
    const path = join(dir, 'ok.json')
    await writeFile(path, valid)
    expect((await readSnapshot(path)).snapshot.profileName).toBe('MARKER-PROFILE')
  })

  it('a missing file is Snapshot.NotFound', async () => {
    expect((await exportFailure(readSnapshot(join(dir, 'missing.json')))).code).toBe('Snapshot.NotFound')
  })

  it('a file that is not JSON is Snapshot.Corrupt', async () => {
    const error = await rejects('corrupt.json', 'MARKER-PROFILE this is not json {', 'Snapshot.Corrupt')
    expect(error.message).toContain('damaged or cut off')
  })

  it('a truncated file is Snapshot.Corrupt', async () => {
    const error = await rejects('truncated.json', valid.slice(0, Math.floor(valid.length / 2)), 'Snapshot.Corrupt')
    expect(error.message).toContain('damaged or cut off')
  })

  it('a newer version is Snapshot.NewerVersion', async () => {
    const newer = JSON.stringify({ ...JSON.parse(valid), version: SNAPSHOT_VERSION + 1, somethingNew: {} })
    const error = await rejects('newer.json', newer, 'Snapshot.NewerVersion')
    expect(error.message).toContain('made by a newer CCC Supervisor')
  })

  it('a schema violation is Snapshot.Invalid, naming the first bad path', async () => {
    const data = JSON.parse(valid) as { instance: { AdminList: { DisplayName: unknown }[] } }
    const admin = data.instance.AdminList[0]
    if (!admin) throw new Error('no admin')
    admin.DisplayName = 42
    const error = await rejects('invalid.json', JSON.stringify(data), 'Snapshot.Invalid')
    expect(error.message).toContain('instance.AdminList[0].DisplayName')
  })

  it('another JSON file is Snapshot.Invalid', async () => {
    await rejects('other.json', '{"hello":"MARKER-PROFILE"}', 'Snapshot.Invalid')
    await rejects('array.json', '[1,2,3]', 'Snapshot.Invalid')
  })
})

describe('failed and cancelled exports', () => {
  it('a file where the folder should be is Export.NotAFolder, and nothing is written', async () => {
    const dir = await freshDir()
    const file = join(dir, 'a-file')
    await writeFile(file, 'x')
    const target = join(file, 'reports')
    const error = await exportFailure(exportSnapshot(snapshot, target, ['json', 'csv', 'xlsx', 'html']))
    expect(error.code).toBe('Export.NotAFolder')
    expect(error.message).toContain(target)
    expect(await readdir(dir)).toEqual(['a-file'])
  })

  it('creates a missing folder when asked, and removes what it created when the export then fails', async () => {
    const dir = await freshDir()
    const target = join(dir, 'nightly', 'ccc-demo')
    const written = await exportSnapshot(snapshot, target, ['json'], { createFolder: true })
    expect(written).toHaveLength(1)
    expect(written[0]?.startsWith(target)).toBe(true)

    const doomed = join(dir, 'doomed', 'deeper')
    const printPdf = async (): Promise<Uint8Array> => {
      throw new Error('the printer caught fire')
    }
    const error = await exportFailure(exportSnapshot(snapshot, doomed, ['json', 'pdf'], { createFolder: true, printPdf }))
    expect(error.code).toBe('Export.RenderFailed')
    expect((await readdir(dir)).sort()).toEqual(['nightly'])
  })

  it('removes only what it created, however the path is spelled (relative, trailing slash, ..)', async () => {
    const home = await freshDir()
    const reports = join(home, 'reports')
    await mkdir(reports)
    const printPdf = async (): Promise<Uint8Array> => {
      throw new Error('no printer today')
    }
    const cwd = process.cwd()
    process.chdir(reports)
    try {
      // The user's own empty folders (reports, and home above it) must survive a failed export.
      for (const out of ['2026/june', './2026/june/', '../reports/2026/june']) {
        const error = await exportFailure(exportSnapshot(snapshot, out, ['json', 'pdf'], { createFolder: true, printPdf }))
        expect(error.code, out).toBe('Export.RenderFailed')
        expect(await readdir(reports), out).toEqual([])
      }
    } finally {
      process.chdir(cwd)
    }
    expect(await readdir(home)).toEqual(['reports'])
  })

  it('without being asked to, refuses a missing folder and creates nothing', async () => {
    const dir = await freshDir()
    const error = await exportFailure(exportSnapshot(snapshot, join(dir, 'gone'), ['json']))
    expect(error.code).toBe('Export.Unwritable')
    expect(await readdir(dir)).toEqual([])
  })

  it('a cancelled export keeps no file of its run and leaves older files untouched', async () => {
    const dir = await freshDir()
    const older = join(dir, `${exportBaseName(snapshot)}.json`)
    await writeFile(older, 'an older export')
    const controller = new AbortController()
    const written: string[] = []
    const error = await exportFailure(
      exportSnapshot(snapshot, dir, ['json', 'csv', 'xlsx', 'html'], {
        signal: controller.signal,
        onProgress: (_done, _total, path) => {
          written.push(path)
          controller.abort()
        }
      })
    )
    expect(error.code).toBe('Export.Cancelled')
    expect(written).toHaveLength(1)
    expect(written[0]).not.toBe(older)
    expect(await readdir(dir)).toEqual([basename(older)])
    expect(await readFile(older, 'utf8')).toBe('an older export')
  })

  it('an export in the same minute as an older one gets its own names', async () => {
    const dir = await freshDir()
    const older = join(dir, `${exportBaseName(snapshot)}.html`)
    await writeFile(older, 'older')
    const paths = await exportSnapshot(snapshot, dir, ['json', 'html'])
    expect(paths.map((p) => basename(p))).toEqual([`${exportBaseName(snapshot)}-2.json`, `${exportBaseName(snapshot)}-2.html`])
    expect(await readFile(older, 'utf8')).toBe('older')
  })
})
