// @vitest-environment happy-dom
import { NSelect } from 'naive-ui'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import AgentBoard from '@renderer/components/boards/AgentBoard.vue'
import { agentRowOf, defaultStateThresholds, emptyAgentFilter, type AgentFilter } from '@renderer/model/agent-board'
import { agentState } from '../board-fixture'
import { mountWithI18n, settle } from '../mount'

const T0 = Date.UTC(2026, 5, 17, 6, 37, 0)
const EVIL = '<img src=x onerror=alert(1)>'

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
})
const mounted: { unmount(): void }[] = []
afterEach(() => {
  // Unmounted, so the shared ticker stops with its last reader.
  mounted.splice(0).forEach((w) => w.unmount())
  vi.useRealTimers()
  document.body.innerHTML = ''
})

const rows = [
  agentRowOf(agentState({ AgentId: 'amy@x', AgentName: 'Amy', State: 'Ready', CallType: 'Robocall', StateTime: T0 - 5_000, SkillGroupIdList: ['sales@x'], SkillGroupNameList: ['Sales'] })),
  agentRowOf(agentState({ AgentId: 'li@x', AgentName: '李雷', State: 'ACW', CallType: 'Back2Back', StateTime: T0 - 118_000, SkillGroupIdList: ['tech@x'], SkillGroupNameList: ['Tech'] })),
  agentRowOf(agentState({ AgentId: 'evil@x', AgentName: EVIL, State: 'Break', BreakCode: 'Lunch', StateTime: T0 - 60_000, SkillGroupIdList: ['sales@x'], SkillGroupNameList: ['Sales'] }))
]

function mountBoard(over: { filter?: AgentFilter; offsetMs?: number | null } = {}, locale: 'en-US' | 'zh-CN' = 'en-US') {
  const wrapper = mountWithI18n(
    AgentBoard,
    {
      props: {
        rows,
        filter: over.filter ?? emptyAgentFilter(),
        sort: 'longestInState' as const,
        offsetMs: over.offsetMs ?? 0,
        thresholds: defaultStateThresholds()
      }
    },
    locale
  )
  mounted.push(wrapper)
  return wrapper
}
const agentIds = () => [...document.querySelectorAll('[data-testid="agent-row"]')].map((r) => r.getAttribute('data-agent'))
const timeOf = (id: string) => document.querySelector(`[data-agent="${id}"] [data-testid="time-in-state"]`)!

describe('the agent board', () => {
  it('lists the agent longest in a state first, with state as icon and word, the hostile name as text', async () => {
    const wrapper = mountBoard()
    await settle()
    expect(agentIds()).toEqual(['li@x', 'evil@x', 'amy@x'])
    const li = document.querySelector('[data-agent="li@x"]')!
    expect(li.querySelector('.agent-state svg')).not.toBeNull()
    expect(li.textContent).toContain('After-call work')
    expect(wrapper.text()).toContain(EVIL)
    expect(document.querySelector('img[src="x"]')).toBeNull()
  })

  it('re-numbers and re-stripes the rows when a new answer moves agents in the sort, and shows what changed', async () => {
    const wrapper = mountBoard()
    await settle()
    const places = () =>
      [...document.querySelectorAll('[data-testid="agent-row"]')].map((r) => [r.getAttribute('data-agent'), r.getAttribute('aria-rowindex'), r.classList.contains('agent-table__row--striped')])
    expect(places()).toEqual([['li@x', '2', false], ['evil@x', '3', true], ['amy@x', '4', false]])
    // Amy went on a break before anyone else's state began; the other two rows are the same objects.
    const amy = agentRowOf(agentState({ AgentId: 'amy@x', AgentName: 'Amy', State: 'Break', BreakCode: 'Training', StateTime: T0 - 600_000, SkillGroupIdList: ['sales@x'], SkillGroupNameList: ['Sales'] }))
    await wrapper.setProps({ rows: [amy, rows[1]!, rows[2]!] })
    await settle()
    expect(places()).toEqual([['amy@x', '2', false], ['li@x', '3', true], ['evil@x', '4', false]])
    const amyRow = document.querySelector('[data-agent="amy@x"]')!
    expect(amyRow.getAttribute('data-state')).toBe('Break')
    expect(amyRow.textContent).toContain('Training')
    expect(timeOf('amy@x').textContent).toContain('10:00')
    expect(document.querySelector('[data-agent="li@x"]')!.textContent).toContain('After-call work')
  })

  it("offers each agent's skill groups in the group filter, and a group an agent joins at the next answer", async () => {
    const wrapper = mountBoard()
    await settle()
    const groupSelect = () => wrapper.findAllComponents(NSelect).find((s) => s.attributes('data-testid') === 'agent-filter-group')!
    const offered = () => (groupSelect().props('options') as { value: string; label: string }[]).map((o) => o.label)
    expect(offered()).toEqual(['Sales', 'Tech'])
    // The same rows again (a refresh where nobody changed groups): the same options, not rebuilt.
    const before = groupSelect().props('options')
    await wrapper.setProps({ rows: [...rows] })
    expect(groupSelect().props('options')).toBe(before)
    const li = agentRowOf(agentState({ AgentId: 'li@x', AgentName: '李雷', State: 'ACW', StateTime: T0 - 118_000, SkillGroupIdList: ['tech@x', 'billing@x'], SkillGroupNameList: ['Tech', 'Billing'] }))
    await wrapper.setProps({ rows: [rows[0]!, li, rows[2]!] })
    expect(offered()).toEqual(['Billing', 'Sales', 'Tech'])
  })

  it("names the call type in the page's language with CCC's code on hover, and an undocumented one as sent", async () => {
    mountBoard({}, 'zh-CN')
    await settle()
    const li = document.querySelector('[data-agent="li@x"] [data-code="Back2Back"]')!
    expect(li.textContent).toBe('坐席优先外呼')
    expect(li.getAttribute('title')).toBe('Back2Back')
    expect(document.querySelector('[data-agent="amy@x"] [data-code="Robocall"]')!.textContent).toBe('Robocall')
  })

  it('counts the time in state up every second from one ticker, and flags after-call work past 2 min', async () => {
    mountBoard()
    await settle()
    expect(timeOf('li@x').textContent).toContain('1:58')
    expect(timeOf('li@x').getAttribute('data-level')).toBe('ok')
    vi.advanceTimersByTime(2_000)
    await settle()
    expect(timeOf('li@x').textContent).toContain('2:00')
    expect(timeOf('li@x').getAttribute('data-level')).toBe('warn')
    expect(timeOf('li@x').textContent).toContain('Warning')
    expect(timeOf('amy@x').textContent).toContain('0:07')
  })

  it('reads the time on the contact center’s clock and flags a desktop clock far off', async () => {
    const wrapper = mountBoard({ offsetMs: 180_000 })
    await settle()
    expect(timeOf('amy@x').textContent).toContain('3:05')
    expect(wrapper.find('[data-testid="clock-far-off"]').text()).toContain('3:00 behind')
    const near = mountBoard({ offsetMs: 30_000 })
    await settle()
    expect(near.find('[data-testid="clock-far-off"]').exists()).toBe(false)
  })

  it('filters by the given state, and toggling a state count asks for a new filter', async () => {
    const wrapper = mountBoard({ filter: { states: ['Break'], skillGroup: null, search: '' } })
    await settle()
    expect(agentIds()).toEqual(['evil@x'])
    expect(wrapper.find('[data-testid="agent-count-shown"]').text()).toBe('1 of 3')
    const acw = document.querySelector<HTMLButtonElement>('[data-testid="agent-count"][data-state="ACW"]')!
    expect(acw.getAttribute('aria-pressed')).toBe('false')
    expect(acw.textContent).toContain('1')
    acw.click()
    expect(wrapper.emitted('update:filter')?.[0]).toEqual([{ states: ['Break', 'ACW'], skillGroup: null, search: '' }])
  })

  it('filters by skill group, counting only that group’s agents', async () => {
    const wrapper = mountBoard({ filter: { states: [], skillGroup: 'sales@x', search: '' } })
    await settle()
    expect(agentIds()).toEqual(['evil@x', 'amy@x'])
    expect(wrapper.find('[data-testid="agent-count"][data-state="ACW"]').text()).toContain('0')
  })


  it('speaks Chinese', async () => {
    const wrapper = mountBoard({}, 'zh-CN')
    await settle()
    expect(wrapper.text()).toContain('话后处理')
    expect(wrapper.text()).toContain('状态时长')
  })
})
