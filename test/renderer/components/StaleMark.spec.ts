// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import StaleMark from '@renderer/components/common/StaleMark.vue'
import { mountWithI18n } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('StaleMark', () => {
  it('says since when the figures are old and why: code, message, RequestId', () => {
    const since = new Date(2024, 4, 6, 9, 30, 15).getTime()
    const wrapper = mountWithI18n(StaleMark, {
      props: { since, error: { code: 'Throttling.User', message: 'Request was denied due to user flow control.', requestId: 'R-9' } }
    })
    const mark = wrapper.get('[data-testid="stale-mark"]')
    expect(mark.text()).toContain('Stale')
    expect(mark.text()).toContain('Last good figures from 9:30:15')
    expect(mark.get('[data-testid="stale-code"]').text()).toBe('Throttling.User')
    expect(mark.get('[data-testid="stale-message"]').text()).toBe('Request was denied due to user flow control.')
    expect(mark.get('[data-testid="stale-request-id"]').text()).toBe('R-9')
  })

  it('explains figures held over a sleep', () => {
    const wrapper = mountWithI18n(StaleMark, { props: { since: Date.now(), error: null, outdated: true } })
    expect(wrapper.text()).toContain('The computer slept or the window was hidden: refreshing…')
  })
})
