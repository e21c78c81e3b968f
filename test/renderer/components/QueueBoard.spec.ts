// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import QueueBoard from '@renderer/components/boards/QueueBoard.vue'
import { emptyMyQueues, type MyQueues } from '@renderer/model/my-queues'
import { DEFAULT_QUEUE_SORT, queueRowOf, queueThresholds } from '@renderer/model/queue-board'
import { defaultThresholds } from '@renderer/model/thresholds'
import type { TrailLine } from '@renderer/model/day-trail'
import { skillGroupState } from '../board-fixture'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const EVIL = '<img src=x onerror=alert(1)>'
const rows = [
  queueRowOf(skillGroupState({ SkillGroupId: 'sales@x', SkillGroupName: 'Sales', WaitingCalls: 2, LongestWaitingTime: 30, LoggedInAgents: 4, TalkingAgents: 2, WorkingAgents: 1 })),
  queueRowOf(skillGroupState({ SkillGroupId: 'tech@x', SkillGroupName: 'Tech', WaitingCalls: 12, LongestWaitingTime: 150, LoggedInAgents: 0, BreakingAgents: 0 })),
  queueRowOf(
    skillGroupState({
      SkillGroupId: 'evil@x',
      SkillGroupName: EVIL,
      WaitingCalls: 6,
      LoggedInAgents: 3,
      BreakingAgents: 2,
      BreakCodeDetailList: [{ BreakCode: 'Lunch', Count: 2 }]
    })
  )
]
const instance = defaultThresholds()

function mountBoard(props: { mine?: MyQueues; sort?: typeof DEFAULT_QUEUE_SORT; trails?: ReadonlyMap<string, TrailLine> } = {}, locale: 'en-US' | 'zh-CN' = 'en-US') {
  return mountWithI18n(
    QueueBoard,
    {
      props: {
        rows,
        sort: props.sort ?? DEFAULT_QUEUE_SORT,
        mine: props.mine ?? emptyMyQueues(),
        thresholdsFor: (id: string) => queueThresholds(instance, id === 'sales@x' ? { WaitingCalls: { warn: 1, alert: 2 } } : undefined),
        ...(props.trails ? { trails: props.trails } : {})
      }
    },
    locale
  )
}
const shownIds = () => [...document.querySelectorAll('[data-testid="queue-row"]')].map((r) => r.getAttribute('data-skill-group'))

describe('the queue board', () => {
  it('draws each group’s waiting calls of the day so far beside them, its peak in words, the hostile name as text', async () => {
    // 09:00–09:10 in Shanghai: Tech peaked at 14 at 09:05; Sales has no line kept.
    const T = Date.UTC(2026, 5, 17, 1, 0)
    const line = (points: TrailLine['points']): TrailLine => ({ points, from: T, to: T + 10 * 60_000, timeZone: 'Asia/Shanghai' })
    const trails = new Map([
      ['tech@x', line([[T, 3], [T + 5 * 60_000, 14], [T + 10 * 60_000, 12]])],
      ['evil@x', line([[T, 6]])]
    ])
    mountBoard({ trails })
    await settle()
    const cell = (id: string) => document.querySelector(`[data-skill-group="${id}"] [data-testid="sparkline"]`)
    expect(cell('tech@x')?.getAttribute('aria-label')).toBe('Tech, today so far: highest 14 waiting at 09:05')
    expect(cell('tech@x')?.getAttribute('data-points')).toBe('3')
    expect(cell('evil@x')?.getAttribute('aria-label')).toBe(`${EVIL}, today so far: highest 6 waiting at 09:00`)
    expect(document.querySelector('[data-skill-group="evil@x"] img')).toBeNull()
    expect(cell('sales@x')).toBeNull()
    expect([...document.querySelectorAll('th')].map((th) => th.textContent?.trim())).toContain('Today so far')
  })

  it('has no day-so-far column where the page has no history', async () => {
    mountBoard()
    await settle()
    expect([...document.querySelectorAll('th')].map((th) => th.textContent?.trim())).not.toContain('Today so far')
  })

  it('lists the queues with the most waiting calls first, and the hostile name as text', async () => {
    const wrapper = mountBoard()
    await settle()
    expect(shownIds()).toEqual(['tech@x', 'evil@x', 'sales@x'])
    expect(wrapper.text()).toContain(EVIL)
    expect(document.querySelector('img[src="x"]')).toBeNull()
    expect(wrapper.find('[data-testid="queue-break-codes"]').text()).toBe('Lunch 2')
  })

  it('shows each level as a word beside its colour, by the queue’s own thresholds or the wallboard’s', async () => {
    mountBoard()
    await settle()
    const row = (id: string) => document.querySelector(`[data-skill-group="${id}"]`)!
    expect(row('tech@x').getAttribute('data-level')).toBe('alert')
    expect(row('tech@x').textContent).toContain('Alert')
    expect(row('evil@x').getAttribute('data-level')).toBe('warn')
    expect(row('evil@x').textContent).toContain('Warning')
    // Two waiting is only "ok" by the wallboard's limits; Sales has its own.
    expect(row('sales@x').getAttribute('data-level')).toBe('alert')
  })

  it('shows a gap, not 0 %, for the occupancy of a queue nobody is logged in to', async () => {
    mountBoard()
    await settle()
    const tech = document.querySelector('[data-skill-group="tech@x"]')!
    expect(tech.querySelector('[aria-label="Nobody is logged in"]')?.textContent).toBe('—')
    expect(document.querySelector('[data-skill-group="sales@x"]')!.textContent).toContain('75.0%')
  })

  it('asks for another sort when a header is activated, and for a queue’s agents when its name is', async () => {
    const wrapper = mountBoard()
    await settle()
    const header = [...document.querySelectorAll<HTMLButtonElement>('.th-sort')].find((b) => b.textContent === 'Skill group')!
    header.click()
    await settle()
    expect(wrapper.emitted('update:sort')?.[0]).toEqual([{ columnKey: 'name', order: 'ascend' }])
    ;(document.querySelector('[data-skill-group="sales@x"] [data-testid="queue-open-agents"]') as HTMLButtonElement).click()
    expect(wrapper.emitted('open-agents')?.[0]).toEqual(['sales@x'])
  })

  it('shows only my queues in my order, and lets me pick, hide and move them', async () => {
    const wrapper = mountBoard({ mine: { picked: ['sales@x', 'tech@x'], hidden: [] }, sort: { columnKey: null, order: false } })
    await settle()
    expect(shownIds()).toEqual(['sales@x', 'tech@x'])
    ;(document.querySelector('[data-skill-group="tech@x"] [data-testid="queue-up"]') as HTMLButtonElement).click()
    expect(wrapper.emitted('update:mine')?.at(-1)).toEqual([{ picked: ['tech@x', 'sales@x'], hidden: [] }])
    ;(document.querySelector('[data-testid="queue-show-all"]') as HTMLButtonElement).click()
    expect(wrapper.emitted('update:mine')?.at(-1)).toEqual([{ picked: [], hidden: [] }])
  })

  it('hides a queue and offers to show the hidden ones again', async () => {
    const wrapper = mountBoard({ mine: { picked: [], hidden: ['tech@x'] } })
    await settle()
    expect(shownIds()).toEqual(['evil@x', 'sales@x'])
    expect(wrapper.find('[data-testid="queue-mine-bar"]').text()).toContain('1 hidden')
    ;(document.querySelector('[data-skill-group="sales@x"] [data-testid="queue-hide"]') as HTMLButtonElement).click()
    expect(wrapper.emitted('update:mine')?.at(-1)).toEqual([{ picked: [], hidden: ['tech@x', 'sales@x'] }])
  })

  it('speaks Chinese', async () => {
    const wrapper = mountBoard({}, 'zh-CN')
    await settle()
    expect(wrapper.text()).toContain('排队数')
    expect(wrapper.text()).toContain('告警')
  })

  it('names a queue as supervisors typed it, and CCC’s code on hover', async () => {
    const named = queueRowOf(skillGroupState({ SkillGroupId: 'sales@x', SkillGroupName: 'sales_hotline' }), { 'sales@x': `销售 ${EVIL}` })
    const wrapper = mountWithI18n(QueueBoard, { props: { rows: [named], sort: DEFAULT_QUEUE_SORT, mine: emptyMyQueues(), thresholdsFor: () => queueThresholds(instance, undefined) } })
    await settle()
    const name = wrapper.get('[data-testid="queue-open-agents"]')
    expect(name.text()).toBe(`销售 ${EVIL}`)
    expect(name.attributes('title')).toBe(`Show the agents of 销售 ${EVIL} (sales_hotline)`)
    expect(document.querySelector('img')).toBeNull()
  })
})
