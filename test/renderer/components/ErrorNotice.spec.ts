/** An error on the page in the supervisor's language: our text, CCC's own text labelled, the code and the RequestId. */
// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import ErrorNotice from '@renderer/components/common/ErrorNotice.vue'
import KeychainNotice from '@renderer/components/profiles/KeychainNotice.vue'
import { loadErrorTexts } from '@renderer/composables/error-text'
import type { AppError } from '@shared/result'
import { mountWithI18n } from '../mount'

// The catalogue loads on first use (it stays out of the first page); these notices are after that.
beforeAll(() => loadErrorTexts())
afterEach(() => {
  document.body.innerHTML = ''
})

const notice = (error: AppError, locale: 'zh-CN' | 'en-US', timeZone?: string) =>
  mountWithI18n(ErrorNotice, { props: { title: '失败', error, ...(timeZone ? { timeZone } : {}) } }, locale)
const text = (wrapper: ReturnType<typeof notice>, id: string) => wrapper.get(`[data-testid="${id}"]`).text()

describe('ErrorNotice in zh-CN', () => {
  it('a throttled call', () => {
    const wrapper = notice({ code: 'Throttling.User', message: 'Request was denied due to user flow control. CCC is limiting…', apiMessage: 'Request was denied due to user flow control.', params: {}, requestId: 'R-42' }, 'zh-CN')
    expect(text(wrapper, 'error-message')).toBe('CCC 正在限制此阿里云账号的请求；请稍候重试。')
    expect(text(wrapper, 'error-api-message')).toBe('Request was denied due to user flow control.')
    expect(text(wrapper, 'error-code')).toBe('Throttling.User')
    expect(text(wrapper, 'error-request-id')).toBe('R-42')
    expect(wrapper.text()).toContain('CCC 返回的信息')
  })

  it('an unknown instance', () => {
    const wrapper = notice({ code: 'NotExists.InstanceId', message: 'The specified instance ccc-nope does not exist.', apiMessage: 'The specified instance ccc-nope does not exist.', params: {}, requestId: 'R-9' }, 'zh-CN')
    expect(text(wrapper, 'error-message')).toBe('CCC 中没有此实例：请在 CCC 控制台核对实例 ID。')
    expect(text(wrapper, 'error-api-message')).toContain('ccc-nope')
  })

  it('a damaged snapshot file', () => {
    const wrapper = notice({ code: 'Snapshot.Corrupt', message: 'The snapshot file half.json is damaged or cut off and cannot be opened.', params: { file: 'half.json' } }, 'zh-CN')
    expect(text(wrapper, 'error-message')).toBe('快照文件 half.json 已损坏或不完整，无法打开。')
    expect(wrapper.find('[data-testid="error-api-message"]').exists()).toBe(false)
  })

  it('a future range start, in the instance\'s zone', () => {
    const wrapper = notice({ code: 'Range.InFuture', message: 'The start (2026-12-01T13:11:00Z) is in the future', params: { start: Date.UTC(2026, 11, 1, 13, 11) } }, 'zh-CN', 'Asia/Shanghai')
    expect(text(wrapper, 'error-message')).toBe('开始时间（2026-12-01 21:11（Asia/Shanghai））在未来：还没有数据。')
  })

  it('in en-US, the same errors in English', () => {
    const wrapper = notice({ code: 'Throttling.User', message: 'x', apiMessage: 'Request was denied due to user flow control.', params: {}, requestId: 'R-42' }, 'en-US')
    expect(text(wrapper, 'error-message')).toBe('CCC is limiting requests for this Alibaba Cloud account; wait a moment and retry.')
    expect(wrapper.text()).toContain('CCC said')
  })
})

describe('KeychainNotice in zh-CN', () => {
  it('says what is wrong and how to fix it on this platform in Chinese', () => {
    const status = { state: 'no-session-bus' as const, message: 'There is no desktop session bus (D-Bus), so the keychain cannot be reached.', fix: 'Start CCC Supervisor from a desktop session…', platform: 'linux' }
    const wrapper = mountWithI18n(KeychainNotice, { props: { status } }, 'zh-CN')
    expect(wrapper.text()).toContain('没有桌面会话总线（D-Bus），无法访问钥匙串。')
    expect(wrapper.text()).toContain('请在桌面会话中启动 CCC Supervisor')
    expect(wrapper.text()).not.toContain('There is no desktop session bus')
  })
})
