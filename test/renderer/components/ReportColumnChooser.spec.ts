// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import ReportColumnChooser from '@renderer/components/reports/ReportColumnChooser.vue'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const OPTIONS = [
  { name: 'CallsOffered', label: 'Calls offered', main: true },
  { name: 'CallsHandled', label: 'Calls handled', main: true },
  { name: 'TotalHoldTime', label: 'Total hold time', main: false },
  { name: 'CallsHold', label: 'Calls held', main: false }
]

function mountChooser(chosen: string[], locale: 'en-US' | 'zh-CN' = 'en-US') {
  return mountWithI18n(ReportColumnChooser, { props: { options: OPTIONS, chosen } }, locale)
}

describe('ReportColumnChooser', () => {
  it('says how many columns are shown, and opens from the keyboard with the main metrics listed first', async () => {
    const wrapper = mountChooser(['CallsOffered', 'CallsHandled'])
    const button = wrapper.get('[data-testid="report-columns"]')
    expect(button.text()).toBe('Columns (2 of 4)')
    expect(button.attributes('aria-expanded')).toBe('false')
    // A button: Enter or Space clicks it.
    await button.trigger('click')
    await settle()
    expect(button.attributes('aria-expanded')).toBe('true')
    const list = wrapper.get('[data-testid="report-columns-list"]')
    expect(list.findAll('[role="checkbox"]').map((box) => box.text())).toEqual(['Calls offered', 'Calls handled', 'Total hold time', 'Calls held'])
    expect(list.findAll('[role="checkbox"]').map((box) => box.attributes('aria-checked'))).toEqual(['true', 'true', 'false', 'false'])
    // Focus moves into the list (not onto a box the opening Enter would tick), so Tab and Space carry on from there.
    expect(document.activeElement).toBe(list.element)
    expect(list.findAll('[role="checkbox"]').every((box) => box.attributes('tabindex') === '0')).toBe(true)
    expect(list.text()).toContain('Main metrics')
    expect(list.text()).toContain('More metrics')
  })

  it('emits the columns in the list\'s order whatever the order they are ticked in; Escape closes and gives focus back', async () => {
    const wrapper = mountChooser(['CallsOffered'])
    await wrapper.get('[data-testid="report-columns"]').trigger('click')
    await settle()
    await wrapper.get('[data-testid="column-CallsHold"]').trigger('click')
    await wrapper.setProps({ chosen: ['CallsOffered', 'CallsHold'] })
    await wrapper.get('[data-testid="column-TotalHoldTime"]').trigger('click')
    expect(wrapper.emitted('change')).toEqual([[['CallsOffered', 'CallsHold']], [['CallsOffered', 'TotalHoldTime', 'CallsHold']]])

    await wrapper.get('[data-testid="report-columns-main"]').trigger('click')
    expect(wrapper.emitted('change')!.at(-1)).toEqual([null])
    await wrapper.get('[data-testid="report-columns-all"]').trigger('click')
    expect(wrapper.emitted('change')!.at(-1)).toEqual([['CallsOffered', 'CallsHandled', 'TotalHoldTime', 'CallsHold']])

    await wrapper.get('[data-testid="report-columns-list"]').trigger('keydown', { key: 'Escape' })
    await settle()
    expect(wrapper.get('[data-testid="report-columns"]').attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(wrapper.get('[data-testid="report-columns"]').element)
  })

  it('speaks Chinese too', async () => {
    const wrapper = mountChooser(['CallsOffered'], 'zh-CN')
    expect(wrapper.get('[data-testid="report-columns"]').text()).toBe('列（1 / 4）')
    await wrapper.get('[data-testid="report-columns"]').trigger('click')
    await settle()
    expect(wrapper.get('[data-testid="report-columns-list"]').text()).toContain('主要指标')
  })
})
