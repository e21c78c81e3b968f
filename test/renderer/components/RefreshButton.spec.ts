// @vitest-environment happy-dom
/** Refresh now: says it is busy while a refresh runs (for a screen reader as well as by its turning icon), and asks for one when pressed. */
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import RefreshButton from '@renderer/components/common/RefreshButton.vue'
import { mountWithI18n } from '../mount'

enableAutoUnmount(afterEach)

describe('RefreshButton', () => {
  it('is busy while loading and not after, and emits refresh on a click', async () => {
    const wrapper = mountWithI18n(RefreshButton, { props: { loading: false, label: 'Refresh the agents' } }, 'zh-CN')
    const button = wrapper.get('[data-testid="refresh-now"]')
    expect(button.element.tagName).toBe('BUTTON')
    expect(button.attributes('aria-label')).toBe('Refresh the agents')
    expect(button.text()).toBe('刷新')
    expect(button.attributes('aria-busy')).toBe('false')
    expect(wrapper.find('.refresh-button--busy').exists()).toBe(false)

    await wrapper.setProps({ loading: true })
    expect(button.attributes('aria-busy')).toBe('true')
    expect(wrapper.find('.refresh-button--busy .refresh-button__icon').exists()).toBe(true)

    await wrapper.setProps({ loading: false })
    expect(button.attributes('aria-busy')).toBe('false')
    await button.trigger('click')
    expect(wrapper.emitted('refresh')).toHaveLength(1)
  })
})
