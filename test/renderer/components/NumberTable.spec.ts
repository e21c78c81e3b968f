// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import NumberTable from '@renderer/components/tables/NumberTable.vue'
import type { PhoneNumber, SkillGroup } from '@shared/ccc/types'
import { phoneNumber } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const group = (name: string, displayName: string): SkillGroup => ({
  Description: '',
  DisplayName: displayName,
  InstanceId: 'ccc-a',
  Name: name,
  PhoneNumberCount: 1,
  SkillGroupId: `sg-${name}`,
  UserCount: 3
})

/** 600 numbers across places and usages, as on a large instance. */
function manyNumbers(): PhoneNumber[] {
  const places = [
    ['上海', '上海'],
    ['广东', '广州'],
    ['广东', '深圳'],
    ['北京', '北京']
  ] as const
  return Array.from({ length: 600 }, (_, i) => {
    const [province, city] = places[i % places.length]!
    return phoneNumber({
      Number: `0${String(2100000000 + i)}`,
      Active: i % 10 !== 0,
      Usage: i % 3 === 0 ? 'Inbound' : 'Bidirection',
      Province: province,
      City: city,
      SkillGroups: i === 7 ? [group('vip', 'VIP专线'), group('tech', '技术支持')] : []
    })
  })
}

/** Opens a naive-ui select and clicks the option with this label. */
async function pick(select: Element, label: string): Promise<void> {
  ;(select.querySelector('.n-base-selection') as HTMLElement).click()
  await settle()
  const option = [...document.querySelectorAll<HTMLElement>('.n-base-select-option')].find((o) => o.textContent?.trim() === label)
  if (!option) throw new Error(`no option ${label}: ${[...document.querySelectorAll('.n-base-select-option')].map((o) => o.textContent).join('|')}`)
  option.click()
  await settle()
}

describe('NumberTable', () => {
  it('shows how many of the 600 numbers a search leaves, finding skill groups by name', async () => {
    const wrapper = mountWithI18n(NumberTable, { props: { numbers: manyNumbers() } })
    await settle()
    expect(wrapper.get('[data-testid="number-count"]').text()).toBe('600 of 600')
    await wrapper.get('[data-testid="number-search"]').setValue('VIP专线')
    expect(wrapper.get('[data-testid="number-count"]').text()).toBe('1 of 600')
    await wrapper.get('[data-testid="number-search"]').setValue('深圳')
    expect(wrapper.get('[data-testid="number-count"]').text()).toBe('150 of 600')
  })

  it('copies the numbers shown with a header row, skill groups joined', async () => {
    const wrapper = mountWithI18n(NumberTable, { props: { numbers: manyNumbers() } })
    await wrapper.get('[data-testid="number-search"]').setValue('VIP')
    await wrapper.get('[data-testid="copy-numbers"]').trigger('click')
    const [text, count] = wrapper.emitted('copy')![0]!
    expect(count).toBe(1)
    expect(text.split('\n')).toEqual([
      'Number\tStatus\tUsage\tProvince\tCity\tContact flow\tUser ID\tSkill groups',
      '02100000007\tActive\tInbound and outbound (Bidirection)\t北京\t北京\tflow-1\t\tVIP专线, 技术支持'
    ])
  })

  it('sorts by number from the header', async () => {
    const numbers = [phoneNumber({ Number: '0300' }), phoneNumber({ Number: '0100' }), phoneNumber({ Number: '0200' })]
    const wrapper = mountWithI18n(NumberTable, { props: { numbers } })
    await settle()
    await wrapper.findAll('button.th-sort').find((b) => b.text() === 'Number')!.trigger('click')
    await settle()
    await wrapper.get('[data-testid="copy-numbers"]').trigger('click')
    const [text] = wrapper.emitted('copy')![0]!
    expect(text.split('\n').slice(1).map((l) => l.split('\t')[0])).toEqual(['0100', '0200', '0300'])
  })

  it('says when an instance has no numbers, and disables copying nothing', async () => {
    const wrapper = mountWithI18n(NumberTable, { props: { numbers: [] } })
    await settle()
    expect(wrapper.text()).toContain('This instance lists no phone numbers.')
    expect(wrapper.get('[data-testid="copy-numbers"]').attributes('disabled')).toBeDefined()
  })

  it('filters by status and by place, with the count following', async () => {
    const wrapper = mountWithI18n(NumberTable, { props: { numbers: manyNumbers() } })
    await settle()
    await pick(wrapper.get('[data-testid="number-filter-active"]').element, 'Inactive')
    expect(wrapper.get('[data-testid="number-count"]').text()).toBe('60 of 600')
    await pick(wrapper.get('[data-testid="number-filter-province"]').element, '广东')
    expect(wrapper.get('[data-testid="number-count"]').text()).toBe('30 of 600')
    await wrapper.get('[data-testid="number-filters-clear"]').trigger('click')
    expect(wrapper.get('[data-testid="number-count"]').text()).toBe('600 of 600')
  })
})
