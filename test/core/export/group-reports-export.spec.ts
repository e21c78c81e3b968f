/**
 * The queue and agent reports in a snapshot, over loopback from the simulator: every format carries
 * one row per skill group or agent with the groups' DisplayNames, and a totals row the catalogue
 * recomputed from the rows' counts; hostile names stay inert; older files open without them.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { TZDate } from '@date-fns/tz'
import { startOfDay } from 'date-fns'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../../src/core/ccc/client'
import { exportBaseName, exportSnapshot } from '../../../src/core/export/export-snapshot'
import { escapeHtml, snapshotToHtml } from '../../../src/core/export/html'
import { parseSnapshotText } from '../../../src/core/export/read-snapshot'
import { buildSnapshot, type SnapshotStep } from '../../../src/core/export/snapshot-builder'
import { neutraliseFormula, snapshotTables } from '../../../src/core/export/tables'
import { RATE_FORMAT, TIME_SECONDS_FORMAT } from '../../../src/core/export/xlsx'
import { totalsRow } from '../../../src/shared/ccc/aggregate'
import { AGENT_OVERALL, SKILL_GROUP_HISTORICAL_INBOUND } from '../../../src/shared/ccc/catalogue'
import { DAY_MS } from '../../../src/shared/ccc/range-split'
import type { AgentHistoricalRow, SkillGroupListItem } from '../../../src/shared/ccc/types'
import { stringifyJson } from '../../../src/shared/json'
import { SNAPSHOT_VERSION, snapshotSchema, type Snapshot } from '../../../src/shared/snapshot'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { HOSTILE_AGENT_NAME, HOSTILE_GROUP_NAME } from '../../../src/simulator/roster'
import { xlsxXmlErrors, xmlErrors } from '../../helpers/xlsx-xml'
import { showsName, svgLabels } from '../../helpers/svg-labels'
import { onPinnedDay, testClock } from '../../helpers/test-clock'
import { parseCsv } from './csv-parse'

const ZONE = 'Asia/Shanghai'
let sim: Simulator
let snapshot: Snapshot
let skillGroups: SkillGroupListItem[]
let root: string
let dir: string
let base: string
const steps = new Set<SnapshotStep>()

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, ...onPinnedDay })
  const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
  const now = testClock()
  // Yesterday in the instance's zone, as the report pages open on; the agents over the last two days.
  const today = startOfDay(new TZDate(now, ZONE)).getTime()
  snapshot = await buildSnapshot(client, {
    instanceId: 'ccc-demo',
    profileName: 'demo',
    timeZone: ZONE,
    queueReport: { startTime: today - DAY_MS, endTime: today },
    agentReport: { startTime: today - 2 * DAY_MS, endTime: today },
    now: () => now,
    onProgress: (step) => steps.add(step)
  })
  skillGroups = await client.listSkillGroups('ccc-demo')
  root = await mkdtemp(join(tmpdir(), 'ccc-group-export-'))
  dir = await mkdtemp(join(root, 'run-'))
  await exportSnapshot(snapshot, dir, ['json', 'csv', 'xlsx', 'html'], { headers: 'fields' })
  base = exportBaseName(snapshot)
})
afterAll(async () => {
  await sim.close()
  await rm(root, { recursive: true, force: true })
})

const csv = async (table: string): Promise<string[][]> => parseCsv((await readFile(join(dir, `${base}-${table}.csv`), 'utf8')).slice(1))
const column = (rows: string[][], name: string): string[] => {
  const index = rows[0]?.indexOf(name) ?? -1
  expect(index, name).toBeGreaterThanOrEqual(0)
  return rows.slice(1).map((r) => r[index] ?? '')
}
const sum = (values: readonly (number | bigint | null)[]): number => values.reduce<number>((a, v) => a + Number(v ?? 0), 0)

describe('a snapshot with the queue and agent reports', () => {
  it('holds one row per skill group and per agent over the ranges asked for, and the groups\' DisplayNames', () => {
    const queues = snapshot.queueReport
    const agents = snapshot.agentReport
    expect(queues?.items.length).toBe(skillGroups.length)
    expect(queues?.query.endTime).toBeGreaterThan(queues?.query.startTime ?? Infinity)
    expect(agents?.items.length).toBeGreaterThan(10)
    expect((agents?.query.endTime ?? 0) - (agents?.query.startTime ?? 0)).toBe(2 * DAY_MS)
    expect(snapshot.skillGroupNames?.[skillGroups[0]!.SkillGroupId]).toBe(skillGroups[0]!.DisplayName)
    expect([...steps]).toEqual(expect.arrayContaining(['queueReport', 'agentReport', 'skillGroupNames']))
    expect(stringifyJson(snapshot)).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
  })

  it('JSON validates as the current version and reopens as it was written', async () => {
    const text = await readFile(join(dir, `${base}.json`), 'utf8')
    const data = JSON.parse(text) as { version: number }
    expect(data.version).toBe(SNAPSHOT_VERSION)
    expect(snapshotSchema.safeParse(data).success).toBe(true)
    expect(parseSnapshotText('x.json', text).snapshot).toEqual(JSON.parse(stringifyJson(snapshot)))
  })

  it('the queue report CSV: a row per group by its DisplayName, and totals recomputed from counts', async () => {
    const rows = await csv('queue-report')
    const items = snapshot.queueReport?.items ?? []
    expect(rows.length).toBe(items.length + 2) // header, groups, totals
    expect(rows.at(-1)?.[0]).toBe('Total')
    const names = new Map(skillGroups.map((g) => [g.SkillGroupId, g.DisplayName]))
    const shown = column(rows, 'SkillGroup').slice(0, -1)
    expect(shown).toEqual(items.map((row) => neutraliseFormula(names.get(row.SkillGroupId) ?? '')))
    // A name that is not a DisplayName is CCC's code-like one: the files show what supervisors typed.
    expect(items.some((row) => row.SkillGroupName !== names.get(row.SkillGroupId))).toBe(true)

    const offered = column(rows, 'Inbound.CallsOffered').map(Number)
    const handled = column(rows, 'Inbound.CallsHandled').map(Number)
    expect(offered.at(-1)).toBe(sum(items.map((row) => row.Inbound.CallsOffered)))
    expect(offered.at(-1)).toBeGreaterThan(0)
    // Not an average of the groups' rates: the summed handled over the summed offered.
    const rate = Number(column(rows, 'Inbound.HandleRate').at(-1))
    expect(rate).toBeCloseTo(handled.at(-1)! / offered.at(-1)!, 10)
    expect(rate).toBe(totalsRow(items.map((row) => row.Inbound), SKILL_GROUP_HISTORICAL_INBOUND).HandleRate)
  })

  it('the agent report CSV: check-in times in the zone, break codes, groups by name, totals from counts', async () => {
    const rows = await csv('agent-report')
    const items = snapshot.agentReport?.items ?? []
    expect(rows.length).toBe(items.length + 2)
    expect(column(rows, 'AgentId').slice(0, -1)).toEqual(items.map((a) => a.AgentId))
    const totals = totalsRow(items.map((a) => a.Overall), AGENT_OVERALL)
    expect(Number(column(rows, 'Overall.TotalCalls').at(-1))).toBe(sum(items.map((a) => a.Overall.TotalCalls)))
    expect(Number(column(rows, 'Overall.OccupancyRate').at(-1))).toBe(totals.OccupancyRate)
    const checkIn = column(rows, 'Overall.FirstCheckInTime').find((t) => t !== '')
    // ISO 8601 with Shanghai's offset: a script reads the exact instant, a person the local time.
    expect(checkIn).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    // The totals row holds the earliest check-in of them all, to the second.
    const first = Math.min(...items.map((a) => a.Overall.FirstCheckInTime).filter((t): t is number => typeof t === 'number'))
    expect(Date.parse(column(rows, 'Overall.FirstCheckInTime').at(-1)!)).toBe(first - (first % 1000))
    const groupNames = new Set(skillGroups.map((g) => g.DisplayName))
    const someGroups = column(rows, 'SkillGroups').find((g) => g !== '')
    expect(someGroups?.split('; ').every((name) => groupNames.has(name.replace(/^'/, '')))).toBe(true)
    expect(column(rows, 'BreakCodes').some((text) => /: \d/.test(text))).toBe(true)
  })

  it('XLSX has a sheet for each report, rates typed and formatted, the totals row bold and last', async () => {
    expect(await xlsxXmlErrors(await readFile(join(dir, `${base}.xlsx`)))).toEqual([])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, `${base}.xlsx`))
    expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['queue-report', 'agent-report']))
    const sheet = workbook.getWorksheet('queue-report') as ExcelJS.Worksheet
    const items = snapshot.queueReport?.items ?? []
    expect(sheet.rowCount).toBe(items.length + 2)
    const header = sheet.getRow(1).values as unknown[]
    const offered = header.indexOf('Inbound.CallsOffered')
    const rate = header.indexOf('Inbound.HandleRate')
    const last = sheet.getRow(sheet.rowCount)
    expect(last.getCell(1).value).toBe('Total')
    expect(last.font?.bold).toBe(true)
    expect(last.getCell(offered).value).toBe(sum(items.map((row) => row.Inbound.CallsOffered)))
    expect(last.getCell(rate).numFmt).toBe(RATE_FORMAT)
    expect(last.getCell(rate).value).toBe(totalsRow(items.map((row) => row.Inbound), SKILL_GROUP_HISTORICAL_INBOUND).HandleRate)
  })

  it('XLSX check-in times are date cells of Shanghai\'s wall clock, to the second', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, `${base}.xlsx`))
    const sheet = workbook.getWorksheet('agent-report') as ExcelJS.Worksheet
    const at = (sheet.getRow(1).values as unknown[]).indexOf('Overall.FirstCheckInTime')
    const items = snapshot.agentReport?.items ?? []
    const r = items.findIndex((a) => typeof a.Overall.FirstCheckInTime === 'number')
    const cell = sheet.getRow(r + 2).getCell(at)
    expect(cell.numFmt).toBe(TIME_SECONDS_FORMAT)
    expect(cell.value).toBeInstanceOf(Date)
    // Excel's dates have no zone: the cell holds the local time a supervisor in Shanghai reads.
    const local = new TZDate(Number(items[r]!.Overall.FirstCheckInTime), ZONE)
    const wall = cell.value as Date
    expect([wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()])
      .toEqual([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes(), local.getSeconds()])
  })

  it('a rate with nothing to divide is an empty cell, as the page shows a gap, not CCC\'s 0', async () => {
    const copy = structuredClone(snapshot)
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock })
    const query = { startTime: snapshot.queueReport!.query.startTime, endTime: snapshot.queueReport!.query.endTime, interval: 'Hourly' as const }
    copy.interval = { query, items: await client.listIntervalInstanceReport('ccc-demo', query, 'Hourly') }
    // As CCC answers for a group and an hour with no calls: every count 0, and 0 for the rates too.
    const idle = copy.queueReport!.items[0]!.Inbound as unknown as Record<string, number | null>
    for (const key of Object.keys(idle)) idle[key] = 0
    const bucket = copy.interval!.items[0]!.Inbound as unknown as Record<string, number | null>
    for (const key of Object.keys(bucket)) bucket[key] = 0
    const tables = snapshotTables(copy, { headers: 'fields' })
    const cell = (name: string, row: number, key: string) => {
      const table = tables.find((t) => t.name === name)!
      return table.rows[row]![table.columns.findIndex((c) => c.key === key)]
    }
    expect(cell('queue-report', 0, 'Inbound.HandleRate')).toBeNull()
    expect(cell('queue-report', 0, 'Inbound.CallsOffered')).toBe(0)
    expect(cell('interval', 0, 'Inbound.HandleRate')).toBeNull()
    expect(cell('interval', 0, 'Inbound.CallsQueued')).toBe(0)
    // A group that was offered calls keeps its rate, 0 % included.
    const busy = snapshot.queueReport!.items.findIndex((row, i) => i > 0 && (row.Inbound.CallsOffered ?? 0) > 0)
    expect(cell('queue-report', busy, 'Inbound.HandleRate')).toBe(snapshot.queueReport!.items[busy]!.Inbound.HandleRate)
  })

  it('HTML draws each report\'s top-N chart as its page opens on: the first group, most first, named as in the table', async () => {
    const html = await readFile(join(dir, `${base}.html`), 'utf8')
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? []
    const names = new Map(skillGroups.map((g) => [g.SkillGroupId, g.DisplayName]))
    const cases = [
      { title: 'Skill group report', rows: (snapshot.queueReport?.items ?? []).map((r) => ({ name: names.get(r.SkillGroupId) || r.SkillGroupName, handled: r.Inbound.CallsHandled })) },
      { title: 'Agent report', rows: (snapshot.agentReport?.items ?? []).map((r) => ({ name: r.AgentName || r.AgentId, handled: r.Inbound.CallsHandled })) }
    ]
    for (const { title, rows } of cases) {
      const svg = svgs.find((text) => text.includes(title) && text.includes('top '))
      expect(svg, title).toBeDefined()
      expect(svg).toContain('· Inbound · top ')
      expect(svg).toContain(': Calls handled')
      const ranked = rows.filter((r) => r.handled !== null).sort((a, b) => Number(b.handled) - Number(a.handled))
      // Every bar is named, most first: a name too long for its slot ends in "..." (the table has it whole).
      const labels = svgLabels(svg!)
      const at = ranked.slice(0, 10).map(({ name }) => labels.findIndex((label) => showsName(label, name)))
      expect(at.every((i) => i >= 0), `${title}: ${JSON.stringify(labels)}`).toBe(true)
      expect(at).toEqual([...at].sort((a, b) => a - b))
      expect(svg!.match(/<path d="M[^"]*" fill="#1f5fd6"/g)?.length ?? 0, `${title}: one bar per ranked row`).toBe(Math.min(10, ranked.length))
    }
  })

  it('a name with markup that tops the chart is text in the SVG, never markup', () => {
    // Short enough to be drawn whole (on two lines), so every character of it is on the chart, as text.
    const hostile = '<img src=x>"\'&'
    const copy = structuredClone(snapshot)
    const items = copy.agentReport!.items as AgentHistoricalRow[]
    items[0] = { ...items[0]!, AgentName: hostile, Inbound: { ...items[0]!.Inbound, CallsHandled: 1_000_000 } }
    const svg = (snapshotToHtml(copy).match(/<svg[\s\S]*?<\/svg>/g) ?? []).find((text) => text.includes('Agent report'))
    expect(svg).toBeDefined()
    expect(svgLabels(svg!)).toContain(hostile)
    expect(svg).not.toContain('<img')
  })

  it('a name with characters XML forbids still makes a chart that is XML, each one shown as "\ufffd"', () => {
    const copy = structuredClone(snapshot)
    const items = copy.agentReport!.items as AgentHistoricalRow[]
    items[0] = { ...items[0]!, AgentName: 'A\u001b]0;B\u0007\uFFFE\uD800', Inbound: { ...items[0]!.Inbound, CallsHandled: 1_000_000 } }
    const svg = (snapshotToHtml(copy).match(/<svg[\s\S]*?<\/svg>/g) ?? []).find((text) => text.includes('Agent report'))!
    expect(xmlErrors(svg)).toEqual([])
    expect(svgLabels(svg)).toContain('A\ufffd]0;B\ufffd\ufffd\ufffd')
  })

  it('hostile names stay inert: neutralised in CSV and XLSX, escaped in HTML', async () => {
    const queues = await csv('queue-report')
    expect(column(queues, 'SkillGroup')).toContain(`'${HOSTILE_GROUP_NAME}`)
    const agents = await csv('agent-report')
    expect(column(agents, 'AgentName')).toContain(`'${HOSTILE_AGENT_NAME}`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(join(dir, `${base}.xlsx`))
    const names: unknown[] = []
    ;(workbook.getWorksheet('queue-report') as ExcelJS.Worksheet).eachRow((row) => names.push(row.getCell(2).value))
    const hostile = names.find((name) => typeof name === 'string' && name.includes('HYPERLINK'))
    expect(typeof hostile).toBe('string')
    expect((hostile as string).startsWith("'=")).toBe(true)
    const html = await readFile(join(dir, `${base}.html`), 'utf8')
    expect(html).toContain('<section id="queue-report">')
    expect(html).toContain('<section id="agent-report">')
    expect(html).toContain(escapeHtml(HOSTILE_GROUP_NAME))
    expect(html).not.toMatch(/<img|<script/i)
  })
})

describe('when the skill groups\' names cannot be read', () => {
  it('the reports are still exported, each group by CCC\'s SkillGroupName, and the file says no names were read', async () => {
    const client = new CccClient({ credentials: DEMO_CREDENTIALS, endpoint: sim.url, now: testClock, retry: { maxAttempts: 1 } })
    const query = snapshot.queueReport!.query
    sim.faults.inject({ kind: 'internalError', times: 5, action: 'ListSkillGroups' })
    try {
      const without = await buildSnapshot(client, { instanceId: 'ccc-demo', profileName: null, timeZone: ZONE, queueReport: query, now: testClock })
      expect(without.skillGroupNames).toBeNull()
      expect(without.queueReport?.items.length).toBe(snapshot.queueReport?.items.length)
      const out = await mkdtemp(join(root, 'no-names-'))
      const paths = await exportSnapshot(without, out, ['csv'], { headers: 'fields' })
      const rows = parseCsv((await readFile(paths.find((p) => p.endsWith('-queue-report.csv')) ?? '', 'utf8')).slice(1))
      expect(column(rows, 'SkillGroup').slice(0, -1)).toEqual(without.queueReport!.items.map((row) => neutraliseFormula(row.SkillGroupName)))
    } finally {
      sim.faults.clear()
    }
  })
})

describe('older snapshot files', () => {
  const v1 = readFileSync(resolve(import.meta.dirname, '../../fixtures/snapshots/ccc-demo-v1.json'), 'utf8')

  it('a version-2 file opens as the current version, its reports marked as not in the file', () => {
    const v2 = { ...(JSON.parse(v1) as Record<string, unknown>), version: 2, skillGroups: null, agents: null }
    const opened = parseSnapshotText('v2.json', JSON.stringify(v2)).snapshot
    expect(opened.version).toBe(SNAPSHOT_VERSION)
    // Which the viewer tells apart from a current file exported without the reports.
    expect(parseSnapshotText('v2.json', JSON.stringify(v2)).writtenVersion).toBe(2)
    expect(parseSnapshotText('v1.json', v1).writtenVersion).toBe(1)
    expect(parseSnapshotText('v3.json', stringifyJson(snapshot)).writtenVersion).toBe(SNAPSHOT_VERSION)
    expect(opened.queueReport).toBeNull()
    expect(opened.agentReport).toBeNull()
    expect(opened.skillGroupNames).toBeNull()
  })

  it('a version-1 file still opens, without the lists and without the reports', () => {
    const opened = parseSnapshotText('v1.json', v1).snapshot
    expect(opened.skillGroups).toBeNull()
    expect(opened.queueReport).toBeNull()
  })

  it('a current file without the reports\' fields is refused: only older versions may lack them', () => {
    const v3 = { ...(JSON.parse(v1) as Record<string, unknown>), version: SNAPSHOT_VERSION, skillGroups: null, agents: null }
    expect(() => parseSnapshotText('v3.json', JSON.stringify(v3))).toThrow(/queueReport/)
  })
})
