// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import ThresholdEditor from '@renderer/components/realtime/ThresholdEditor.vue'
import { defaultThresholds, type Thresholds } from '@renderer/model/thresholds'
import { mountWithI18n } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('ThresholdEditor', () => {
  it('emits the new thresholds as the supervisor types, and warns about a warn limit above the alert one', async () => {
    const wrapper = mountWithI18n(ThresholdEditor, { props: { modelValue: defaultThresholds() } })
    await wrapper.get('[data-testid="threshold-WaitingCalls-warn"]').setValue('12')
    const [next] = wrapper.emitted('update:modelValue')!.at(-1) as [Thresholds]
    expect(next.WaitingCalls).toEqual({ warn: 12, alert: 10 })
    await wrapper.setProps({ modelValue: next })
    expect(wrapper.find('[data-testid="form-error"]').text()).toBe('The warning limit should be reached before the alert limit.')
  })

  it('takes digits only: a letter typed or pasted into a limit is refused', () => {
    const wrapper = mountWithI18n(ThresholdEditor, { props: { modelValue: defaultThresholds() } })
    const input = wrapper.get('[data-testid="threshold-WaitingCalls-warn"]').element as HTMLInputElement
    const typed = (data: string): boolean => input.dispatchEvent(new InputEvent('beforeinput', { data, inputType: 'insertText', cancelable: true }))
    expect(typed('f')).toBe(false)
    expect(typed('1e3')).toBe(false)
    expect(typed('7')).toBe(true)
    expect(input.getAttribute('inputmode')).toBe('numeric')
  })

  it('labels each limit with its unit and direction', () => {
    const wrapper = mountWithI18n(ThresholdEditor, { props: { modelValue: defaultThresholds() } })
    const text = wrapper.text()
    expect(text).toContain('Waiting calls · at or above (calls)')
    expect(text).toContain('Longest wait · at or above (seconds)')
    expect(text).toContain('Service level (20 s) · below (%)')
    expect((wrapper.get('[data-testid="threshold-ServiceLevel20-alert"]').element as HTMLInputElement).value).toBe('60')
  })

  it('says an empty limit is off, in the page’s language', () => {
    const look = () => ({ label: 'Ready', unit: 'minutes', direction: 'above' as const, max: 1440, scale: 60 })
    const props = { modelValue: { Ready: { warn: null, alert: null } }, fields: ['Ready'] as const, look }
    const placeholder = (locale: 'en-US' | 'zh-CN') =>
      mountWithI18n(ThresholdEditor, { props }, locale).get('[data-testid="threshold-Ready-warn"]').attributes('placeholder')
    expect(placeholder('en-US')).toBe('Off')
    expect(placeholder('zh-CN')).toBe('关闭')
  })

  it('edits time-in-state limits in minutes and emits them in seconds', async () => {
    const look = () => ({ label: 'After-call work', unit: 'minutes', direction: 'above' as const, max: 1440, scale: 60 })
    const wrapper = mountWithI18n(ThresholdEditor, {
      props: { modelValue: { ACW: { warn: 120, alert: 300 } }, fields: ['ACW'] as const, look }
    })
    expect(wrapper.text()).toContain('After-call work · at or above (minutes)')
    expect((wrapper.get('[data-testid="threshold-ACW-warn"]').element as HTMLInputElement).value).toBe('2')
    await wrapper.get('[data-testid="threshold-ACW-alert"]').setValue('1')
    const [next] = wrapper.emitted('update:modelValue')!.at(-1) as [{ ACW: { warn: number; alert: number } }]
    expect(next.ACW).toEqual({ warn: 120, alert: 60 })
    await wrapper.setProps({ modelValue: next })
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(true)
  })
})
