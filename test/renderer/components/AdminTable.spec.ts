// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import AdminTable from '@renderer/components/tables/AdminTable.vue'
import { admin } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const admins = [
  admin({ DisplayName: '张三', LoginName: 'zhangsan', Email: 'zhang@example.com', Extension: '8003', UserId: 'u-1' }),
  admin({ DisplayName: 'Alice Wang', LoginName: 'alice', Email: 'alice@example.com', Extension: '8001', RoleName: 'Supervisor', UserId: 'u-2' }),
  admin({ DisplayName: 'Bob Li', LoginName: 'bob', Email: 'bob@example.com', Extension: '8010', UserId: 'u-3' })
]

describe('AdminTable', () => {
  it('counts the rows shown out of all, and narrows them with the search box', async () => {
    const wrapper = mountWithI18n(AdminTable, { props: { admins } })
    await settle()
    expect(wrapper.get('[data-testid="admin-count"]').text()).toBe('3 of 3')
    await wrapper.get('[data-testid="admin-search"]').setValue('supervisor')
    expect(wrapper.get('[data-testid="admin-count"]').text()).toBe('1 of 3')
    await settle()
    const rows = wrapper.findAll('[data-testid="admin-row"]')
    expect(rows.map((r) => r.text())).toEqual([expect.stringContaining('Alice Wang')])
    await wrapper.get('[data-testid="admin-search"]').setValue('')
    expect(wrapper.get('[data-testid="admin-count"]').text()).toBe('3 of 3')
  })

  it('sorts by a column from its header, by mouse or keyboard, and copies rows in the order shown', async () => {
    const wrapper = mountWithI18n(AdminTable, { props: { admins } })
    await settle()
    const header = wrapper.findAll('button.th-sort').find((b) => b.text() === 'Extension')!
    // A button in the header cell: Tab reaches it, Enter or Space clicks it.
    expect(header.attributes('type')).toBe('button')
    await header.trigger('click')
    await settle()
    await wrapper.get('[data-testid="copy-admins"]').trigger('click')
    const [text, count] = wrapper.emitted('copy')![0]!
    expect(count).toBe(3)
    const lines = text.split('\n')
    expect(lines[0]).toBe('Name\tLogin name\tEmail\tMobile\tExtension\tRole\tWork mode')
    expect(lines.slice(1).map((l) => l.split('\t')[4])).toEqual(['8001', '8003', '8010'])

    // Again: descending.
    await header.trigger('click')
    await settle()
    await wrapper.get('[data-testid="copy-admins"]').trigger('click')
    const [descending] = wrapper.emitted('copy')![1]!
    expect(descending.split('\n').slice(1).map((l) => l.split('\t')[4])).toEqual(['8010', '8003', '8001'])

    // A third time: back to the order the API gave.
    await header.trigger('click')
    await settle()
    await wrapper.get('[data-testid="copy-admins"]').trigger('click')
    const [unsorted] = wrapper.emitted('copy')![2]!
    expect(unsorted.split('\n').slice(1).map((l) => l.split('\t')[4])).toEqual(['8003', '8001', '8010'])
  })

  it('copies only the rows the search leaves', async () => {
    const wrapper = mountWithI18n(AdminTable, { props: { admins } })
    await wrapper.get('[data-testid="admin-search"]').setValue('bob')
    await wrapper.get('[data-testid="copy-admins"]').trigger('click')
    const [text, count] = wrapper.emitted('copy')![0]!
    expect(count).toBe(1)
    expect(text.split('\n')).toHaveLength(2)
    expect(text).toContain('bob@example.com')
  })

  it('says when an instance has no administrators, or when nothing matches', async () => {
    const empty = mountWithI18n(AdminTable, { props: { admins: [] } })
    await settle()
    expect(empty.text()).toContain('This instance lists no administrators.')
    expect(empty.get('[data-testid="admin-count"]').text()).toBe('0 of 0')

    const none = mountWithI18n(AdminTable, { props: { admins } })
    await none.get('[data-testid="admin-search"]').setValue('nobody-like-this')
    await settle()
    expect(none.text()).toContain('No row matches the search and filters.')
  })
})
