// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setBoardSources } from '@renderer/api/board-sources'
import { fail } from '@shared/result'
import { agentState, skillGroupState } from '../board-fixture'
import { ok } from '../fake-bridge'
import { settle } from '../mount'
import { usePreferencesStore } from '@renderer/stores/preferences'
import { mountApp } from './mount-app'

const mounted: { unmount(): void }[] = []
afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount())
  document.body.innerHTML = ''
})

function lists() {
  setBoardSources({
    skillGroupStates: async () =>
      ok({
        list: [
          skillGroupState({ SkillGroupId: 'sales@ccc-demo', SkillGroupName: 'Sales', WaitingCalls: 1 }),
          skillGroupState({ SkillGroupId: 'tech@ccc-demo', SkillGroupName: 'Tech', WaitingCalls: 3 })
        ],
        serverTime: null
      }),
    agentStates: async () =>
      ok({
        list: [
          agentState({ AgentId: 'amy@ccc-demo', State: 'ACW', StateTime: 1, SkillGroupIdList: ['sales@ccc-demo'] }),
          agentState({ AgentId: 'bo@ccc-demo', State: 'Ready', StateTime: 1, SkillGroupIdList: ['tech@ccc-demo'] }),
          agentState({ AgentId: 'cy@ccc-demo', State: 'ACW', StateTime: 1, SkillGroupIdList: ['tech@ccc-demo'] })
        ],
        serverTime: null
      })
  })
}
const agentIds = () => [...document.querySelectorAll('[data-testid="agent-row"]')].map((r) => r.getAttribute('data-agent'))

describe('the board pages', () => {
  it('opens a skill group’s agents from its row on the queue board', async () => {
    lists()
    const { wrapper, router } = await mountApp('/instances/ccc-demo/realtime/queues')
    mounted.push(wrapper)
    await settle()
    ;(document.querySelector('[data-skill-group="tech@ccc-demo"] [data-testid="queue-open-agents"]') as HTMLButtonElement).click()
    // The agent page loads on first visit.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('realtime-agents'))
    expect(router.currentRoute.value.query).toEqual({ group: 'tech@ccc-demo' })
    await vi.waitFor(() => expect(agentIds().sort()).toEqual(['bo@ccc-demo', 'cy@ccc-demo']))
  })

  it('reads the agent filters from the URL and writes a change back to it', async () => {
    lists()
    const { wrapper, router } = await mountApp('/instances/ccc-demo/realtime/agents?state=ACW')
    mounted.push(wrapper)
    await settle()
    expect(agentIds().sort()).toEqual(['amy@ccc-demo', 'cy@ccc-demo'])
    ;(document.querySelector('[data-testid="agent-count"][data-state="Ready"]') as HTMLButtonElement).click()
    await settle()
    expect(router.currentRoute.value.query).toEqual({ state: 'ACW,Ready' })
    expect(agentIds()).toHaveLength(3)
  })

  it('says when the agents could not be loaded', async () => {
    setBoardSources({
      skillGroupStates: async () => fail({ code: 'Throttling.User', message: 'slow down' }),
      agentStates: async () => fail({ code: 'Throttling.User', message: 'slow down' })
    })
    const { wrapper } = await mountApp('/instances/ccc-demo/realtime/agents')
    mounted.push(wrapper)
    await settle()
    expect(wrapper.find('[data-testid="error-notice"]').text()).toContain('Could not load the agents')
    expect(wrapper.find('[data-testid="error-code"]').text()).toBe('Throttling.User')
  })

  it('says the agents refresh less often when a 10-second wallboard would pass the budget', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => agentState({ AgentId: `a${i}@ccc-large`, State: 'Ready', StateTime: 1 }))
    setBoardSources({ skillGroupStates: async () => ok({ list: [], serverTime: null }), agentStates: async () => ok({ list: many, serverTime: null }) })
    const { wrapper, pinia } = await mountApp('/instances/ccc-large/realtime/agents')
    mounted.push(wrapper)
    usePreferencesStore(pinia).setRefreshPeriod(10)
    await settle()
    expect(wrapper.find('[data-testid="refresh-plan-note"]').text()).toBe(
      'Agents refresh every 20 s to stay within 60 calls a minute (12 calls per refresh).'
    )
  })

  it('has no refresh note when the list follows the wallboard', async () => {
    lists()
    const { wrapper, pinia } = await mountApp('/instances/ccc-demo/realtime/agents')
    mounted.push(wrapper)
    usePreferencesStore(pinia).setRefreshPeriod(10)
    await settle()
    expect(agentIds()).toHaveLength(3)
    expect(wrapper.find('[data-testid="refresh-plan-note"]').exists()).toBe(false)
  })

  it('flags an agent by the time-in-state limit the supervisor sets, in minutes, remembered on this computer', async () => {
    const T = Date.UTC(2026, 5, 17, 6, 0, 0)
    vi.useFakeTimers({ now: T, toFake: ['Date'] })
    try {
      setBoardSources({
        skillGroupStates: async () => ok({ list: [], serverTime: null }),
        // Three minutes in Talking: no limit on Talking by default.
        agentStates: async () => ok({ list: [agentState({ AgentId: 'amy@ccc-demo', State: 'Talking', StateTime: T - 180_000 })], serverTime: null })
      })
      const { wrapper } = await mountApp('/instances/ccc-demo/realtime/agents')
      mounted.push(wrapper)
      await settle()
      const level = () => document.querySelector('[data-agent="amy@ccc-demo"] [data-testid="time-in-state"]')?.getAttribute('data-level')
      expect(level()).toBe('ok')
      const warn = wrapper.get('[data-testid="threshold-Talking-warn"]')
      expect(warn.attributes('aria-label')).toBe('Talking · Warning')
      await warn.setValue('3')
      await settle()
      expect(level()).toBe('warn')
      expect(wrapper.get('[data-agent="amy@ccc-demo"]').text()).toContain('Warning')
      expect(JSON.parse(localStorage.getItem('ccc-supervisor.stateThresholds')!).Talking).toEqual({ warn: 180, alert: null })
    } finally {
      vi.useRealTimers()
      localStorage.clear()
    }
  })
})
