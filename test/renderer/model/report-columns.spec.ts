import { describe, expect, it } from 'vitest'
import { INTERVAL_INBOUND, INTERVAL_OUTBOUND, TREND_INBOUND } from '@shared/ccc/catalogue'
import { INTERVAL_MAIN_COLUMNS, TREND_MAIN_COLUMNS } from '@shared/ccc/report-metrics'
import { columnOrder, shownColumns } from '@renderer/model/report-columns'

describe('report table columns', () => {
  it('puts the main metrics first — offered, handled, handled %, service level, abandoned, waits, talk — then the rest in the catalogue\'s order', () => {
    const order = columnOrder(INTERVAL_INBOUND, INTERVAL_MAIN_COLUMNS.Inbound)
    expect(order.slice(0, 10)).toEqual([
      'CallsOffered', 'CallsHandled', 'HandleRate', 'ServiceLevel20', 'CallsAbandoned', 'AbandonedRate', 'AverageWaitTime', 'MaxWaitTime', 'AverageTalkTime', 'MaxTalkTime'
    ])
    // Every metric is offered once: none lost, none twice.
    expect([...order].sort()).toEqual(Object.keys(INTERVAL_INBOUND).sort())
    const rest = order.slice(10)
    expect(rest).toEqual(Object.keys(INTERVAL_INBOUND).filter((name) => rest.includes(name)))
  })

  it('shows the main metrics until the user chooses, then what was chosen in the chooser\'s order', () => {
    expect(shownColumns(INTERVAL_OUTBOUND, INTERVAL_MAIN_COLUMNS.Outbound, null)).toEqual(INTERVAL_MAIN_COLUMNS.Outbound)
    expect(shownColumns(INTERVAL_INBOUND, INTERVAL_MAIN_COLUMNS.Inbound, ['TotalHoldTime', 'CallsHandled', 'AbandonedRate'])).toEqual([
      'CallsHandled',
      'AbandonedRate',
      'TotalHoldTime'
    ])
    // A name the group does not show (an SDK-only field an instance does not send) is left out.
    expect(shownColumns(TREND_INBOUND, TREND_MAIN_COLUMNS.Inbound, ['CallsOffered', 'TotalCalls'])).toEqual(['TotalCalls'])
  })

  it('drops a remembered column that no longer exists, quietly', () => {
    expect(shownColumns(INTERVAL_INBOUND, INTERVAL_MAIN_COLUMNS.Inbound, ['CallsRetired', 'CallsOffered', 'toString'])).toEqual(['CallsOffered'])
    // Nothing left of the choice: the main metrics, not a table of times alone.
    expect(shownColumns(INTERVAL_INBOUND, INTERVAL_MAIN_COLUMNS.Inbound, ['CallsRetired'])).toEqual(INTERVAL_MAIN_COLUMNS.Inbound)
  })
})
