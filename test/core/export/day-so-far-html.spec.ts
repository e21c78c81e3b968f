/**
 * The HTML report draws the day so far a snapshot carries as the Today page does: a chart each of
 * waiting calls, longest wait, agents by state and the busiest skill groups, grey where the
 * console was not running, every chart valid XML whatever a supervisor named a group. Explicit
 * instants (2026-06-17 in Shanghai), never the machine's clock or zone.
 */
import { describe, expect, it } from 'vitest'
import { snapshotToHtml } from '../../../src/core/export/html'
import { dayBounds, type HistoryDayWire } from '../../../src/shared/history/day'
import type { Snapshot } from '../../../src/shared/snapshot'
import { demoSnapshot } from '../../helpers/demo-snapshot'
import { xmlErrors } from '../../helpers/xlsx-xml'

const ZONE = 'Asia/Shanghai'
const T0 = Date.UTC(2026, 5, 17, 0, 0) // 08:00 in Shanghai
const M = 60_000
const EVIL = '<img src=x onerror=alert(1)>\u001b[2J'

/** 08:00–08:30 and 09:00–09:10 every 10 s: the console stopped in between. Groups q1 (EVIL's) and q2. */
function kept(): HistoryDayWire {
  const at: number[] = []
  for (let t = 0; t <= 30 * M; t += 10_000) at.push(T0 + t)
  for (let t = 60 * M; t <= 70 * M; t += 10_000) at.push(T0 + t)
  const fields = ['WaitingCalls', 'LongestWaitingTime', 'LoggedInAgents', 'ReadyAgents', 'TalkingAgents', 'WorkingAgents', 'BreakingAgents']
  const states = { fields, at, offsets: at.map((_, i) => i * fields.length).concat(at.length * fields.length), values: at.flatMap((t) => [t === T0 + 20 * M ? 9 : 2, 40, 20, 5, 12, 2, 1]) }
  const queues = { fields: ['WaitingCalls'], at: [at[0]!], offsets: [0, 6], values: [0, 1, 4, 1, 1, 1], dayStart: dayBounds('2026-06-17', ZONE).dayStart, ids: ['q1', 'q2'], states: [] }
  const empty = { fields: [], at: [], offsets: [0], values: [] }
  return { instanceId: 'ccc-demo', day: '2026-06-17', states, summary: empty, queues, agents: { ...queues, fields: [], at: [], offsets: [0], values: [], ids: [] } }
}

async function withDay(): Promise<Snapshot> {
  const snapshot = await demoSnapshot(1)
  return { ...snapshot, skillGroupNames: { q1: EVIL }, daySoFar: { day: '2026-06-17', timeZone: ZONE, ...dayBounds('2026-06-17', ZONE), cutAt: null, data: kept() } }
}
const sectionOf = (html: string): string => {
  const start = html.indexOf('<section id="day-so-far">')
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start))
}

describe('the day so far in the HTML report', () => {
  it('draws its four charts, the stop shaded grey, in the report’s language', async () => {
    const section = sectionOf(snapshotToHtml(await withDay(), 'en-US'))
    expect(section).toContain('Today so far (2026-06-17, Asia/Shanghai)')
    expect(section).toContain('08:00 – 09:10')
    const svgs = section.match(/<svg[\s\S]*?<\/svg>/g) ?? []
    expect(svgs).toHaveLength(4)
    for (const svg of svgs) expect(xmlErrors(svg)).toEqual([])
    // The stop, 08:30–09:00, as a shaded area on each chart.
    for (const svg of svgs) expect(svg).toMatch(/fill="rgb\(120,130,145\)"/)
    const zh = sectionOf(snapshotToHtml(await withDay(), 'zh-CN'))
    expect(zh).toContain('今日至今（2026-06-17，Asia/Shanghai）')
    expect(zh).toContain('<h3>各状态坐席数</h3>')
  })

  it('names a skill group as it was typed, as text, what XML cannot hold marked', async () => {
    const section = sectionOf(snapshotToHtml(await withDay()))
    expect(section).not.toContain('<img')
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;\uFFFD[2J')
    expect(section.includes('\u001b')).toBe(false)
  })

  it('says from when a day cut for size starts, and draws nothing where the file has no day', async () => {
    const snapshot = await withDay()
    const cut = sectionOf(snapshotToHtml({ ...snapshot, daySoFar: { ...snapshot.daySoFar!, cutAt: T0 + 5 * M } }))
    expect(cut).toContain('The day before 08:05 was too large to keep in the file: it starts then.')
    expect(sectionOf(snapshotToHtml({ ...snapshot, daySoFar: null }))).toBe('')
  })
})
