// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { NSelect, NSpin, NTag } from 'naive-ui'
import AdminTable from '@renderer/components/tables/AdminTable.vue'
import NumberTable from '@renderer/components/tables/NumberTable.vue'
import { useNaiveAriaLabels } from '@renderer/composables/naive-aria-labels'
import zhCN from '@renderer/i18n/zh-CN'
import { CCC_ENUMS, type CccEnumKind } from '@shared/ccc/enums'
import { enumWord } from '@shared/messages/enum-texts'
import { admin, phoneNumber } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const cellOf = (row: Element, code: string): Element => {
  const cell = row.querySelector(`[data-code="${code}"]`)
  if (!cell) throw new Error(`no cell with code ${code} in ${row.textContent}`)
  return cell
}

describe('CCC codes as words', () => {
  it('has a word for every documented value in both languages, in Chinese never the code itself', () => {
    for (const [kind, values] of Object.entries(CCC_ENUMS) as Array<[CccEnumKind, readonly string[]]>) {
      for (const value of values) {
        expect(enumWord(kind, value, 'en-US'), `en-US ${kind}.${value}`).toMatch(/\S/)
        const zh = enumWord(kind, value, 'zh-CN')
        expect(zh, `zh-CN ${kind}.${value}`).toMatch(/\S/)
        expect(zh, `zh-CN ${kind}.${value}`).not.toBe(value)
      }
    }
  })

  it('shows admins’ roles and work modes as words in Chinese, the code on hover, and finds them by either', async () => {
    const admins = [
      admin({ DisplayName: '张三', UserId: 'u-1', RoleName: 'Admin', WorkMode: 'ON_SITE' }),
      admin({ DisplayName: '李四', UserId: 'u-2', RoleName: 'Agent', WorkMode: 'OFFICE_PHONE' }),
      admin({ DisplayName: '王五', UserId: 'u-3', RoleName: 'Supervisor', WorkMode: 'OFF_SITE' })
    ]
    const wrapper = mountWithI18n(AdminTable, { props: { admins } }, 'zh-CN')
    await settle()
    const rows = wrapper.findAll('[data-testid="admin-row"]').map((r) => r.element)
    expect(cellOf(rows[0]!, 'Admin').textContent).toBe('管理员')
    expect(cellOf(rows[0]!, 'Admin').getAttribute('title')).toBe('Admin')
    expect(cellOf(rows[1]!, 'OFFICE_PHONE').textContent).toBe('办公电话模式')
    // A role the docs do not name is shown as CCC sent it, and says so on hover.
    expect(cellOf(rows[2]!, 'Supervisor').textContent).toBe('Supervisor')
    expect(cellOf(rows[2]!, 'Supervisor').getAttribute('title')).toBe(zhCN.enums.unknownHint)

    await wrapper.get('[data-testid="admin-search"]').setValue('OFFICE_PHONE')
    expect(wrapper.get('[data-testid="admin-count"]').text()).toContain('1')
    await wrapper.get('[data-testid="admin-search"]').setValue('场外')
    await settle()
    expect(wrapper.findAll('[data-testid="admin-row"]').map((r) => r.text())).toEqual([expect.stringContaining('王五')])

    // A copy for a ticket carries the word and the code.
    await wrapper.get('[data-testid="admin-search"]').setValue('')
    await wrapper.get('[data-testid="copy-admins"]').trigger('click')
    const [text] = wrapper.emitted('copy')![0]!
    expect(text).toContain('管理员（Admin）\t场内模式（ON_SITE）')
  })

  it('names numbers’ usage in words, in the cells and in the usage filter', async () => {
    const numbers = [
      phoneNumber({ Number: '02100000001', Usage: 'Inbound' }),
      phoneNumber({ Number: '02100000002', Usage: 'Bidirection' }),
      phoneNumber({ Number: '02100000003', Usage: 'Outbound' })
    ]
    const wrapper = mountWithI18n(NumberTable, { props: { numbers } }, 'zh-CN')
    await settle()
    const rows = wrapper.findAll('[data-testid="number-row"]').map((r) => r.element)
    expect(rows.map((row) => row.querySelector('[data-code]')?.textContent)).toEqual(['呼入', '呼入和呼出', '呼出'])

    const usage = [...wrapper.element.querySelectorAll('.n-select')].find((s) => s.textContent?.includes(zhCN.overview.numbers.filterUsage))!
    ;(usage.querySelector('.n-base-selection') as HTMLElement).click()
    await settle()
    const options = [...document.querySelectorAll('.n-base-select-option')].map((o) => o.textContent?.trim())
    expect([...options].sort()).toEqual(['呼入', '呼入和呼出', '呼出'].sort())
    ;([...document.querySelectorAll<HTMLElement>('.n-base-select-option')].find((o) => o.textContent?.trim() === '呼出'))!.click()
    await settle()
    expect(wrapper.findAll('[data-testid="number-row"]').map((r) => r.text())).toEqual([expect.stringContaining('02100000003')])
  })
})

describe('naive-ui’s own screen-reader labels', () => {
  it('reads the page’s language on close buttons and spinners, also on those that appear later', async () => {
    const more = ref(false)
    const Host = defineComponent({
      setup() {
        useNaiveAriaLabels()
        return () =>
          h('div', [
            h(NSpin, { show: true }),
            h(NTag, { closable: true }, { default: () => 'a' }),
            h(NSelect, { filterable: true, options: [], 'aria-label': '实例' }),
            more.value ? h(NTag, { closable: true }, { default: () => 'b' }) : null
          ])
      }
    })
    mountWithI18n(Host, {}, 'zh-CN')
    await settle()
    const labels = (): string[] => [...document.querySelectorAll('.n-base-close, .n-base-loading')].map((e) => e.getAttribute('aria-label') ?? '')
    // The spin's and the select's (naive-ui draws a hidden one in its arrow).
    expect(labels().sort()).toEqual(['关闭', '加载中…', '加载中…'].sort())
    more.value = true
    await settle()
    expect(labels().sort()).toEqual(['关闭', '关闭', '加载中…', '加载中…'].sort())
    // A filterable select's search box, focused while it is open, is named after its select.
    expect(document.querySelector('.n-base-selection-input')?.getAttribute('aria-label')).toBe('实例')
  })
})
