import { describe, expect, it } from 'vitest'
import {
  DEFAULT_QUEUE_SORT,
  queueLevels,
  queueRowOf,
  queueThresholds,
  sanitizeQueueOverrides,
  sortQueues,
  worstLevel
} from '@renderer/model/queue-board'
import { defaultThresholds } from '@renderer/model/thresholds'
import { skillGroupState } from '../board-fixture'

const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' })

describe('queue board rows', () => {
  it('reads every figure of a skill group, with its break codes', () => {
    const row = queueRowOf(
      skillGroupState({
        SkillGroupId: 'sales@ccc-demo',
        SkillGroupName: 'Sales',
        WaitingCalls: 4,
        LongestWaitingTime: 95,
        LoggedInAgents: 10,
        ReadyAgents: 2,
        TalkingAgents: 5,
        WorkingAgents: 1,
        BreakingAgents: 2,
        TotalAgents: 14,
        BreakCodeDetailList: [
          { BreakCode: 'Lunch', Count: 1 },
          { BreakCode: 'Training', Count: 1 },
          { BreakCode: 'Meeting', Count: 0 }
        ]
      })
    )
    expect(row).toMatchObject({ id: 'sales@ccc-demo', name: 'Sales', waitingCalls: 4, longestWait: 95, loggedIn: 10, ready: 2, talking: 5, acw: 1, onBreak: 2, total: 14 })
    expect(row.breakCodes).toEqual([
      { code: 'Lunch', count: 1 },
      { code: 'Training', count: 1 }
    ])
    expect(row.occupancy).toBeCloseTo(0.6)
  })

  it('has no occupancy, rather than 0 %, when nobody is logged in or a count is missing', () => {
    expect(queueRowOf(skillGroupState({ SkillGroupId: 'night@ccc-demo', LoggedInAgents: 0 })).occupancy).toBeNull()
    expect(queueRowOf(skillGroupState({ SkillGroupId: 'x@ccc-demo', LoggedInAgents: 3, TalkingAgents: null })).occupancy).toBeNull()
    expect(queueRowOf(skillGroupState({ SkillGroupId: 'y@ccc-demo', LoggedInAgents: 4 })).occupancy).toBe(0)
  })

  it('names a group by its DisplayName where ListSkillGroups gave one, keeping the SkillGroupName as its code', () => {
    const names = { 'sales@ccc-demo': '销售热线', 'blank@ccc-demo': '' }
    expect(queueRowOf(skillGroupState({ SkillGroupId: 'sales@ccc-demo', SkillGroupName: 'sales' }), names)).toMatchObject({ name: '销售热线', code: 'sales' })
    expect(queueRowOf(skillGroupState({ SkillGroupId: 'blank@ccc-demo', SkillGroupName: 'blank' }), names).name).toBe('blank')
    expect(queueRowOf(skillGroupState({ SkillGroupId: 'toString', SkillGroupName: '' }), names).name).toBe('toString')
  })

  it('names a group the API left unnamed by its ID', () => {
    expect(queueRowOf(skillGroupState({ SkillGroupId: 'g@ccc-demo', SkillGroupName: '' })).name).toBe('g@ccc-demo')
  })
})

describe('queue board sort', () => {
  const rows = [
    queueRowOf(skillGroupState({ SkillGroupId: 'b@x', SkillGroupName: 'Billing', WaitingCalls: 0, LongestWaitingTime: 0 })),
    queueRowOf(skillGroupState({ SkillGroupId: 'a@x', SkillGroupName: 'Accounts', WaitingCalls: 0, LongestWaitingTime: 0 })),
    queueRowOf(skillGroupState({ SkillGroupId: 's@x', SkillGroupName: 'Sales', WaitingCalls: 3, LongestWaitingTime: 20 })),
    queueRowOf(skillGroupState({ SkillGroupId: 't@x', SkillGroupName: 'Tech', WaitingCalls: 3, LongestWaitingTime: 200 })),
    queueRowOf(skillGroupState({ SkillGroupId: 'n@x', SkillGroupName: 'New', WaitingCalls: null }))
  ]
  const names = (sorted: { name: string }[]) => sorted.map((r) => r.name)

  it('puts the most waiting calls first, ties by the longest wait then the name, missing last', () => {
    expect(names(sortQueues(rows, DEFAULT_QUEUE_SORT, collator))).toEqual(['Tech', 'Sales', 'Accounts', 'Billing', 'New'])
  })

  it('sorts by another column either way and keeps the given order when unsorted', () => {
    expect(names(sortQueues(rows, { columnKey: 'name', order: 'ascend' }, collator))).toEqual(['Accounts', 'Billing', 'New', 'Sales', 'Tech'])
    expect(names(sortQueues(rows, { columnKey: 'longestWait', order: 'ascend' }, collator))).toEqual(['Accounts', 'Billing', 'New', 'Sales', 'Tech'])
    expect(names(sortQueues(rows, { columnKey: null, order: false }, collator))).toEqual(names(rows))
  })
})

describe('queue thresholds', () => {
  const instance = defaultThresholds()
  const row = queueRowOf(skillGroupState({ SkillGroupId: 's@x', WaitingCalls: 6, LongestWaitingTime: 30 }))

  it('follows the instance limits unless the queue has its own, field by field', () => {
    expect(queueLevels(row, queueThresholds(instance, undefined))).toEqual({ WaitingCalls: 'warn', LongestWaitingTime: 'ok' })
    const own = queueThresholds(instance, { LongestWaitingTime: { warn: 20, alert: 30 } })
    expect(own.WaitingCalls).toEqual(instance.WaitingCalls)
    expect(queueLevels(row, own)).toEqual({ WaitingCalls: 'warn', LongestWaitingTime: 'alert' })
    expect(worstLevel(queueLevels(row, own))).toBe('alert')
    expect(queueLevels(row, queueThresholds(instance, { WaitingCalls: { warn: null, alert: null } })).WaitingCalls).toBe('ok')
  })

  it('reads stored overrides defensively', () => {
    expect(sanitizeQueueOverrides('junk')).toEqual({})
    expect(
      sanitizeQueueOverrides({
        's@x': { WaitingCalls: { warn: 2, alert: 'lots' }, Other: 1 },
        'bad@x': 7,
        'empty@x': {}
      })
    ).toEqual({ 's@x': { WaitingCalls: { warn: 2, alert: null } } })
  })
})
