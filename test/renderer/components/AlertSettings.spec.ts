// @vitest-environment happy-dom
/** The wallboard's alert notification settings: what they show and what they emit, in both languages. */
import { afterEach, describe, expect, it } from 'vitest'
import AlertSettings from '@renderer/components/realtime/AlertSettings.vue'
import { DEFAULT_ALERT_SETTINGS } from '@renderer/model/alert-settings'
import { mountWithI18n } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const props = { settings: { ...DEFAULT_ALERT_SETTINGS, mutedFigures: [] }, channel: 'desktop' as const, permission: 'default' as const, snoozedUntil: null }

describe('AlertSettings', () => {
  it('shows notifications on, the sound off and a reminder after 10 min by default, and emits each change', async () => {
    const wrapper = mountWithI18n(AlertSettings, { props })
    expect(wrapper.get('legend').text()).toBe('Alert notifications')
    const checked = (id: string) => wrapper.get(`[data-testid="${id}"]`).attributes('aria-checked')
    expect([checked('alert-notify'), checked('alert-sound'), checked('alert-mute-instance')]).toEqual(['true', 'false', 'false'])
    expect(wrapper.get('[data-testid="alert-reminder"]').text()).toContain('10 min')
    await wrapper.get('[data-testid="alert-sound"]').trigger('click')
    await wrapper.get('[data-testid="alert-mute-instance"]').trigger('click')
    expect(wrapper.emitted('update')).toEqual([[{ sound: true }], [{ muted: true }]])
    // The app shows its own notifications: nothing to allow, nothing blocked.
    expect(wrapper.find('[data-testid="alert-allow"]').exists()).toBe(false)
    expect(wrapper.find('[data-testid="alert-permission-note"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Figures keep refreshing while the window is hidden.')
  })

  it('snoozes and resumes the instance with one button, saying until when', async () => {
    const wrapper = mountWithI18n(AlertSettings, { props })
    await wrapper.get('[data-testid="alert-snooze-all"]').trigger('click')
    expect(wrapper.emitted('snoozeAll')).toHaveLength(1)
    await wrapper.setProps({ snoozedUntil: '15:37' })
    expect(wrapper.get('[data-testid="alert-snoozed-all"]').text()).toBe('All snoozed until 15:37')
    await wrapper.get('[data-testid="alert-resume-all"]').trigger('click')
    expect(wrapper.emitted('resumeAll')).toHaveLength(1)
    expect(wrapper.findAll('button').filter((b) => /Snooze|Resume/.test(b.text()))).toHaveLength(1)
  })

  it('in a browser, asks for the permission, or says it is blocked or missing (zh-CN)', async () => {
    const wrapper = mountWithI18n(AlertSettings, { props: { ...props, channel: 'browser' } }, 'zh-CN')
    expect(wrapper.get('[data-testid="alert-allow"]').text()).toBe('允许通知')
    await wrapper.get('[data-testid="alert-allow"]').trigger('click')
    expect(wrapper.emitted('allow')).toHaveLength(1)
    await wrapper.setProps({ permission: 'denied' })
    expect(wrapper.get('[data-testid="alert-permission-note"]').text()).toBe('浏览器已阻止本页的通知：请在浏览器的网站设置中允许。')
    await wrapper.setProps({ permission: 'unsupported' })
    expect(wrapper.get('[data-testid="alert-permission-note"]').text()).toBe('此浏览器不显示通知；窗口标题仍显示告警数。')
    // Notifications off: nothing to allow or warn about.
    await wrapper.setProps({ settings: { ...props.settings, notify: false } })
    expect(wrapper.find('[data-testid="alert-permission-note"]').exists()).toBe(false)
  })
})
