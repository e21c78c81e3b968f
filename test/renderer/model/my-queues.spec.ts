import { describe, expect, it } from 'vitest'
import { applyMyQueues, emptyMyQueues, movePicked, pruneMyQueues, sanitizeMyQueues, toggleHidden, togglePicked } from '@renderer/model/my-queues'

const rows = ['a', 'b', 'c', 'd'].map((id) => ({ id }))
const ids = (list: { id: string }[]) => list.map((r) => r.id)

describe('my queues', () => {
  it('shows every queue but the hidden ones while none is picked', () => {
    expect(ids(applyMyQueues(rows, emptyMyQueues()))).toEqual(['a', 'b', 'c', 'd'])
    expect(ids(applyMyQueues(rows, toggleHidden(emptyMyQueues(), 'b')))).toEqual(['a', 'c', 'd'])
  })

  it('shows only the picked queues, in the order the supervisor put them', () => {
    let mine = togglePicked(togglePicked(emptyMyQueues(), 'c'), 'a')
    expect(ids(applyMyQueues(rows, mine))).toEqual(['c', 'a'])
    mine = movePicked(mine, 'a', -1)
    expect(ids(applyMyQueues(rows, mine))).toEqual(['a', 'c'])
    // At the top already: stays.
    expect(movePicked(mine, 'a', -1)).toBe(mine)
    expect(ids(applyMyQueues(rows, togglePicked(mine, 'a')))).toEqual(['c'])
  })

  it('never holds a queue both picked and hidden', () => {
    const hidden = toggleHidden(emptyMyQueues(), 'a')
    expect(togglePicked(hidden, 'a')).toEqual({ picked: ['a'], hidden: [] })
    expect(toggleHidden({ picked: ['a'], hidden: [] }, 'a')).toEqual({ picked: [], hidden: ['a'] })
  })

  it('drops remembered queues the instance no longer has, quietly', () => {
    const mine = { picked: ['a', 'gone'], hidden: ['old', 'b'] }
    expect(pruneMyQueues(mine, new Set(['a', 'b', 'c']))).toEqual({ picked: ['a'], hidden: ['b'] })
    const kept = { picked: ['a'], hidden: [] }
    expect(pruneMyQueues(kept, new Set(['a']))).toBe(kept)
    // A picked queue missing from this refresh's rows is simply not shown.
    expect(ids(applyMyQueues(rows, { picked: ['zz', 'b'], hidden: [] }))).toEqual(['b'])
  })

  it('reads a stored choice defensively', () => {
    expect(sanitizeMyQueues(null)).toEqual(emptyMyQueues())
    expect(sanitizeMyQueues({ picked: ['a', 'a', 3, ''], hidden: ['a', 'b'] })).toEqual({ picked: ['a'], hidden: ['b'] })
    expect(sanitizeMyQueues({ picked: 'a' })).toEqual(emptyMyQueues())
  })
})
