import { describe, expect, it } from 'vitest'
import { METRIC_GROUPS } from '@shared/ccc/catalogue'
import { AGENT_REPORT, groupSource, QUEUE_REPORT, topRows, type SubjectRow } from '@shared/ccc/group-reports'

const row = (id: string, handled: number | null): SubjectRow => ({ id, name: id, values: { CallsHandled: handled } })

describe('the top-N of a group report', () => {
  it('keeps the rows with the most, most first, ties in the table\'s order, and leaves out rows without the figure', () => {
    const rows = [row('a', 3), row('b', null), row('c', 9), row('d', 3), row('e', 0)]
    expect(topRows(rows, 'CallsHandled', 3).map((r) => r.id)).toEqual(['c', 'a', 'd'])
    expect(topRows(rows, 'CallsHandled').map((r) => r.id)).toEqual(['c', 'a', 'd', 'e'])
  })

  it('names each group by the historical API it comes from, whose catalogue group it is', () => {
    for (const def of [QUEUE_REPORT, AGENT_REPORT]) {
      for (const [group, metrics] of Object.entries(def.groups)) expect(METRIC_GROUPS[groupSource(def, group)]).toBe(metrics)
    }
    expect(groupSource(AGENT_REPORT, 'Inbound')).toBe('ListHistoricalAgentReport.Inbound')
  })

  it('ranks each group by a count it has', () => {
    for (const def of [QUEUE_REPORT, AGENT_REPORT]) {
      for (const [group, metric] of Object.entries(def.topMetric)) {
        expect((def.groups as Record<string, Record<string, { unit: string }>>)[group]![metric]?.unit, `${def.kind}.${group}`).toBe('count')
      }
    }
  })
})
