// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import StateTile from '@renderer/components/realtime/StateTile.vue'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('StateTile', () => {
  it('shows the label and value, and no level word while ok', () => {
    const wrapper = mountWithI18n(StateTile, { props: { field: 'WaitingCalls', label: 'Waiting calls', value: '3' } })
    const tile = wrapper.get('[data-testid="tile-WaitingCalls"]')
    expect(tile.attributes('data-level')).toBe('ok')
    expect(tile.get('[data-testid="tile-value"]').text()).toBe('3')
    expect(tile.text()).toContain('Waiting calls')
    expect(tile.find('[data-testid="tile-level"]').exists()).toBe(false)
  })

  it('says Warning or Alert in words with an icon and the limit crossed, not only by colour', () => {
    const warn = mountWithI18n(StateTile, { props: { field: 'WaitingCalls', label: 'Waiting calls', value: '6', level: 'warn', limit: '≥ 5' } })
    expect(warn.get('[data-testid="tile-WaitingCalls"]').attributes('data-level')).toBe('warn')
    expect(warn.get('[data-testid="tile-level"]').text()).toBe('Warning≥ 5')
    expect(warn.find('[data-testid="tile-level"] svg').exists()).toBe(true)

    const alert = mountWithI18n(StateTile, { props: { field: 'WaitingCalls', label: 'Waiting calls', value: '12', level: 'alert' } })
    expect(alert.get('[data-testid="tile-level"]').text()).toBe('Alert')
    expect(alert.classes()).toContain('tile--alert')
  })

  it('speaks Chinese', () => {
    const wrapper = mountWithI18n(StateTile, { props: { field: 'WaitingCalls', label: '排队来电', value: '12', level: 'alert' } }, 'zh-CN')
    expect(wrapper.get('[data-testid="tile-level"]').text()).toBe('告警')
  })

  it('greys a stale figure', () => {
    const wrapper = mountWithI18n(StateTile, { props: { field: 'ReadyAgents', label: 'Ready', value: '4', stale: true } })
    expect(wrapper.attributes('data-stale')).toBe('true')
    expect(wrapper.classes()).toContain('tile--stale')
  })

  it('shows what the figure counts on keyboard focus and on hover, and describes itself to screen readers', async () => {
    const hint = { label: 'Calls in IVR', definition: 'Calls interacting with the IVR.', detail: 'Live · count · from GetRealtimeInstanceStates', window: 'live' as const }
    const wrapper = mountWithI18n(StateTile, { props: { field: 'InteractiveCalls', label: 'Calls in IVR', value: '2', hint } })
    const tile = wrapper.get('[data-testid="tile-InteractiveCalls"]')
    const shown = () => [...document.querySelectorAll('[data-testid="metric-hint"]')].map((el) => el.textContent ?? '')
    expect(shown()).toEqual([])

    expect(tile.attributes('tabindex')).toBe('0')
    ;(tile.element as HTMLElement).focus()
    await settle()
    expect(shown()).toHaveLength(1)
    expect(shown()[0]).toContain('Calls interacting with the IVR.')
    expect(shown()[0]).toContain('from GetRealtimeInstanceStates')
    const description = document.getElementById(tile.attributes('aria-describedby') ?? '')
    expect(description?.textContent).toContain('Calls interacting with the IVR.')

    ;(tile.element as HTMLElement).blur()
    await settle()
    await tile.trigger('mouseenter')
    await settle()
    expect(shown().join('')).toContain('Calls interacting with the IVR.')
    // A live figure carries no since-midnight mark.
    expect(tile.find('[data-testid="since-midnight"]').exists()).toBe(false)
  })
})
