// @vitest-environment happy-dom
/**
 * An agent's time in state counts up every second between refreshes, turns to a warning and an
 * alert at its state's limits (word and icon, not colour alone), and a tick changes the time's
 * text in place: on a board of 1,200 agents, nothing else on the row is rebuilt each second.
 */
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import TimeInState from '@renderer/components/boards/TimeInState.vue'
import { defaultStateThresholds } from '@renderer/model/agent-board'
import { mountWithI18n } from '../mount'

enableAutoUnmount(afterEach)
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

const NOW = Date.UTC(2026, 11, 2, 3, 0, 0)
const cellOf = (wrapper: ReturnType<typeof mountWithI18n>) => wrapper.get('[data-testid="time-in-state"]')
const textOf = (wrapper: ReturnType<typeof mountWithI18n>) => cellOf(wrapper).text().replace(/\s+/g, ' ')

describe('TimeInState', () => {
  it('counts up each second and crosses into warning then alert at the ACW limits (2 and 5 min)', async () => {
    vi.useFakeTimers({ now: NOW })
    const wrapper = mountWithI18n(TimeInState, {
      props: { state: 'ACW', stateTime: NOW - 118_000, offsetMs: null, thresholds: defaultStateThresholds() }
    })
    expect(textOf(wrapper)).toBe('1:58')
    expect(cellOf(wrapper).attributes('data-seconds')).toBe('118')
    expect(wrapper.find('[data-testid="level-word"]').exists()).toBe(false)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(textOf(wrapper)).toBe('2:00 Warning')
    expect(cellOf(wrapper).attributes('data-level')).toBe('warn')
    await vi.advanceTimersByTimeAsync(180_000)
    expect(textOf(wrapper)).toBe('5:00 Alert')
    expect(cellOf(wrapper).attributes('data-seconds')).toBe('300')
  })

  it('changes only the time\'s text and its seconds on a tick that keeps the level', async () => {
    vi.useFakeTimers({ now: NOW })
    const wrapper = mountWithI18n(TimeInState, {
      props: { state: 'ACW', stateTime: NOW - 150_000, offsetMs: null, thresholds: defaultStateThresholds() }
    })
    // The rendered tree is kept: a render per cell per second was most of a tick's work.
    const rendered = wrapper.vm.$.subTree
    const records: MutationRecord[] = []
    const observer = new MutationObserver((found) => records.push(...found))
    observer.observe(cellOf(wrapper).element, { subtree: true, childList: true, characterData: true, attributes: true })
    await vi.advanceTimersByTimeAsync(1_000)
    await nextTick()
    observer.disconnect()
    expect(textOf(wrapper)).toBe('2:31 Warning')
    expect(records.map((r) => (r.type === 'attributes' ? `attributes ${r.attributeName}` : r.type)).sort()).toEqual(['attributes data-seconds', 'characterData'])
    expect(wrapper.vm.$.subTree).toBe(rendered)
  })

  it('follows a new state time when the row is given another agent, and the page\'s language', async () => {
    vi.useFakeTimers({ now: NOW })
    const wrapper = mountWithI18n(
      TimeInState,
      { props: { state: 'Ready', stateTime: NOW - 5_000, offsetMs: 2_000, thresholds: defaultStateThresholds() } },
      'zh-CN'
    )
    // The CCC's clock is 2 s ahead of the desktop's: 7 s in state.
    expect(textOf(wrapper)).toBe('0:07')
    await wrapper.setProps({ stateTime: NOW - 3_600_000 })
    expect(textOf(wrapper)).toBe('1:00:02')
    await wrapper.setProps({ stateTime: null })
    expect(textOf(wrapper)).toBe('—')
    expect(cellOf(wrapper).attributes('data-seconds')).toBe('')
  })

  it('stands still at a snapshot\'s instant', async () => {
    vi.useFakeTimers({ now: NOW })
    const wrapper = mountWithI18n(TimeInState, {
      props: { state: 'Break', stateTime: NOW - 60_000, offsetMs: null, thresholds: defaultStateThresholds(), at: NOW }
    })
    await vi.advanceTimersByTimeAsync(5_000)
    expect(textOf(wrapper)).toBe('1:00')
  })
})
