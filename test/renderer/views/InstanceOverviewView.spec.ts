// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { admin, deferred, failed, installFakeBridge, instance, ok, phoneNumber, removeFakeBridge, session } from '../fake-bridge'
import { useSessionStore } from '@renderer/stores/session'
import { settle } from '../mount'
import { mountApp } from './mount-app'

let unmount: (() => void) | null = null
afterEach(() => {
  unmount?.()
  unmount = null
  removeFakeBridge()
  document.body.innerHTML = ''
})

async function open(path: string) {
  const app = await mountApp(path)
  unmount = () => app.wrapper.unmount()
  return app
}

const full = instance('ccc-a', {
  Name: '云呼演示实例',
  Description: '客户服务中心',
  AdminList: [admin(), admin({ DisplayName: 'Alice', LoginName: 'alice', UserId: 'u-2' })],
  NumberList: [phoneNumber(), phoneNumber({ Number: '02100000002', Active: false })]
})

describe('the overview page', () => {
  it('shows a skeleton while loading, then the instance, its admins and its numbers', async () => {
    const answer = deferred<ReturnType<typeof ok>>()
    installFakeBridge({ getSession: vi.fn(async () => ok(session())), getInstance: vi.fn(() => answer.promise as never) })
    const { wrapper } = await open('/instances/ccc-a/overview')
    expect(wrapper.find('[data-testid="overview-loading"]').exists()).toBe(true)

    answer.resolve(ok(full))
    await settle()
    expect(wrapper.get('[data-testid="instance-name"]').text()).toBe('云呼演示实例')
    expect(wrapper.get('[data-testid="instance-status"]').text()).toBe('Running')
    expect(wrapper.get('[data-testid="instance-status"] [data-code]').attributes('title')).toBe('RUNNING')
    expect(wrapper.get('[data-testid="admin-count"]').text()).toBe('2 of 2')
    expect(wrapper.get('[data-testid="number-count"]').text()).toBe('2 of 2')
    expect(wrapper.findAll('[data-testid="number-row"]')).toHaveLength(2)
  })

  it('shows the error with its RequestId and retries on request', async () => {
    const getInstance = vi.fn(async () => failed({ code: 'Forbidden.RAM', message: 'Grant the RAM user AliyunCCCReadOnlyAccess.', requestId: 'R-8' }))
    installFakeBridge({ getSession: vi.fn(async () => ok(session())), getInstance })
    const { wrapper } = await open('/instances/ccc-a/overview')
    const notice = wrapper.get('[data-testid="error-notice"]')
    expect(notice.text()).toContain('Forbidden.RAM')
    expect(notice.text()).toContain('Grant the RAM user AliyunCCCReadOnlyAccess.')
    expect(notice.text()).toContain('R-8')

    getInstance.mockResolvedValueOnce(ok(full) as never)
    await wrapper.get('[data-testid="overview-retry"]').trigger('click')
    await settle()
    expect(wrapper.get('[data-testid="instance-name"]').text()).toBe('云呼演示实例')
  })

  it('offers the profile\'s other instances and its form beside Retry when CCC does not know the instance', async () => {
    const getInstance = vi.fn(async () => failed({ code: 'NotExists.InstanceId', message: 'The specified instance ccc-nope does not exist.', requestId: 'R-9' }))
    installFakeBridge({ getSession: vi.fn(async () => ok(session({ instanceIds: ['ccc-nope', 'ccc-b', 'ccc-c'] }))), getInstance })
    const { wrapper, router } = await open('/instances/ccc-nope/overview')
    // The app's frame loads the session; here the spec does.
    await useSessionStore().ensureLoaded()
    await settle()
    const links = wrapper.findAll('[data-testid="unknown-instance-other"]')
    expect(links.map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['ccc-b', '/instances/ccc-b/overview'],
      ['ccc-c', '/instances/ccc-c/overview']
    ])
    expect(wrapper.get('[data-testid="unknown-instance-profiles"]').attributes('href')).toBe('/profiles')
    expect(wrapper.find('[data-testid="overview-retry"]').exists()).toBe(true)

    getInstance.mockResolvedValueOnce(ok(instance('ccc-b')) as never)
    await links[0]!.trigger('click')
    await settle()
    expect(router.currentRoute.value.params.instanceId).toBe('ccc-b')
  })

  it('offers no other instances for another error', async () => {
    installFakeBridge({ getSession: vi.fn(async () => ok(session())), getInstance: vi.fn(async () => failed({ code: 'Forbidden.RAM', message: 'No.' })) })
    const { wrapper } = await open('/instances/ccc-a/overview')
    expect(wrapper.find('[data-testid="error-notice"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="unknown-instance"]').exists()).toBe(false)
  })

  it('copies the rows shown to the clipboard as tab-separated text', async () => {
    installFakeBridge({ getSession: vi.fn(async () => ok(session())), getInstance: vi.fn(async () => ok(full)) })
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const { wrapper } = await open('/instances/ccc-a/overview')
    await wrapper.get('[data-testid="copy-admins"]').trigger('click')
    await settle()
    expect(writeText).toHaveBeenCalledTimes(1)
    const text = (writeText.mock.calls[0] as unknown as [string])[0]
    expect(text.split('\n')).toHaveLength(3)
    expect(text.split('\n')[0]).toMatch(/^Name\tLogin name/)
  })

  it('opens the console link through main, never in a window of its own', async () => {
    const fake = installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      getInstance: vi.fn(async () => ok(full)),
      openExternal: vi.fn(async () => ok(undefined))
    })
    const open_ = vi.spyOn(window, 'open')
    const { wrapper } = await open('/instances/ccc-a/overview')
    await wrapper.get('[data-testid="open-console"]').trigger('click')
    await settle()
    expect(fake.openExternal).toHaveBeenCalledWith({ url: full.ConsoleUrl })
    expect(open_).not.toHaveBeenCalled()
  })

  it('sends an instance ID that cannot exist to the not-found page', async () => {
    installFakeBridge({ getSession: vi.fn(async () => ok(session())) })
    const { wrapper } = await open('/instances/bad!id/overview')
    expect(wrapper.find('[data-testid="not-found-view"]').exists()).toBe(true)
    expect(wrapper.text()).toContain('“bad!id” is not an instance ID.')
  })
})
