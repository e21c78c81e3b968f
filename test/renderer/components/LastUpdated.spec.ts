// @vitest-environment happy-dom
/**
 * The refresh time is the instance's, its zone named; the desktop's time follows, named too, only
 * when its zone differs. Zones are passed in, so the machine's own zone plays no part.
 */
import { enableAutoUnmount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import LastUpdated from '@renderer/components/common/LastUpdated.vue'
import { mountWithI18n } from '../mount'

// Unmounted after each, so the page's one second ticker stops and the next test starts it afresh.
enableAutoUnmount(afterEach)
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

// 2026-12-02 19:40:26 in Shanghai (UTC+8), 11:40:26 in London (GMT in December).
const AT = Date.UTC(2026, 11, 2, 11, 40, 26)

describe('LastUpdated', () => {
  it('shows the refresh time in the instance\'s zone, named, and no second time when the desktop shares it', () => {
    const wrapper = mountWithI18n(LastUpdated, { props: { updatedAt: AT, timeZone: 'Asia/Shanghai', machineZone: 'Asia/Shanghai' } })
    const text = wrapper.get('[data-testid="last-updated"]').text()
    expect(text).toMatch(/^Updated 19:40:26 \(Asia\/Shanghai\) · \d+ s ago$/)
    expect(text).not.toContain('this computer')
  })

  it('adds the desktop\'s own time and zone when they differ', () => {
    const wrapper = mountWithI18n(LastUpdated, { props: { updatedAt: AT, timeZone: 'Asia/Shanghai', machineZone: 'Europe/London' } })
    expect(wrapper.get('[data-testid="last-updated"]').text()).toMatch(
      /^Updated 19:40:26 \(Asia\/Shanghai\) · 11:40:26 on this computer \(Europe\/London\) · \d+ s ago$/
    )
  })

  it('reads in Chinese', () => {
    const wrapper = mountWithI18n(LastUpdated, { props: { updatedAt: AT, timeZone: 'Asia/Shanghai', machineZone: 'America/Los_Angeles' } }, 'zh-CN')
    // Los Angeles is UTC-8 in December: 03:40:26.
    expect(wrapper.get('[data-testid="last-updated"]').text()).toMatch(/^更新于 19:40:26（Asia\/Shanghai） · 本机 03:40:26（America\/Los_Angeles） · \d+ 秒前$/)
  })

  it('says so before the first refresh', () => {
    const wrapper = mountWithI18n(LastUpdated, { props: { updatedAt: null, timeZone: 'Asia/Shanghai', machineZone: 'Europe/London' } })
    expect(wrapper.get('[data-testid="last-updated"]').text()).toBe('Not updated yet')
  })

  it('counts the age up each second, in the page\'s language', async () => {
    vi.useFakeTimers({ now: AT + 5_000 })
    const en = mountWithI18n(LastUpdated, { props: { updatedAt: AT, timeZone: 'Asia/Shanghai', machineZone: 'Asia/Shanghai' } })
    const zh = mountWithI18n(LastUpdated, { props: { updatedAt: AT, timeZone: 'Asia/Shanghai', machineZone: 'Asia/Shanghai' } }, 'zh-CN')
    expect(en.text()).toMatch(/ · 5 s ago$/)
    expect(zh.text()).toMatch(/ · 5 秒前$/)
    await vi.advanceTimersByTimeAsync(3_000)
    expect(en.text()).toMatch(/\(Asia\/Shanghai\) · 8 s ago$/)
    expect(zh.text()).toMatch(/（Asia\/Shanghai） · 8 秒前$/)
  })

  it('shows the new time when a refresh lands, and stale as it is marked', async () => {
    vi.useFakeTimers({ now: AT + 2_000 })
    const wrapper = mountWithI18n(LastUpdated, { props: { updatedAt: null, timeZone: 'Asia/Shanghai', machineZone: 'Asia/Shanghai' } })
    await wrapper.setProps({ updatedAt: AT })
    expect(wrapper.text()).toBe('Updated 19:40:26 (Asia/Shanghai) · 2 s ago')
    await wrapper.setProps({ stale: true, autoOff: true })
    expect(wrapper.get('[data-testid="last-updated"]').classes()).toContain('last-updated--stale')
    expect(wrapper.text()).toMatch(/ · 2 s ago\s*· /)
  })
})
