// @vitest-environment happy-dom
/**
 * CCC does not know the instance (a mistyped ID in the profile): every page that asks CCC about it
 * offers, beside Retry, the same page for the profile's other instances and the profile form.
 */
import { describe, expect, it, vi } from 'vitest'
import { channelNames, type SupervisorApi } from '@shared/ipc/contract'
import { useSessionStore } from '@renderer/stores/session'
import { failed, installFakeBridge, ok, session } from '../fake-bridge'
import { settle } from '../mount'
import { appPages } from './mount-app'

const pages = appPages()

/** Every call about an instance answers as CCC does for an instance it does not know. */
function unknownInstance(code = 'NotExists.InstanceId'): void {
  const refused = Object.fromEntries(channelNames.map((name) => [name, vi.fn(async () => failed({ code, message: 'The specified instance ccc-nope does not exist.', requestId: 'R-9' }))]))
  installFakeBridge({ ...(refused as Partial<SupervisorApi>), getSession: vi.fn(async () => ok(session({ instanceIds: ['ccc-nope', 'ccc-b', 'ccc-c'] }))) })
}

async function open(path: string) {
  const app = await pages.open(path)
  // The app's frame loads the session; here the spec does.
  await useSessionStore().ensureLoaded()
  await settle()
  return app
}

describe('a page about an instance CCC does not know', () => {
  it.each([
    ['the wallboard', 'realtime'],
    ['the skill-group board', 'realtime/queues'],
    ['the agent board', 'realtime/agents'],
    ['the interval report', 'reports/interval'],
    ['the trend report', 'reports/trend'],
    ['the skill-group report', 'reports/queues'],
    ['the agent report', 'reports/agents']
  ])('%s offers the same page for the profile’s other instances, and its form, beside Retry', async (_, page) => {
    unknownInstance()
    const { wrapper, router } = await open(`/instances/ccc-nope/${page}`)
    const notice = wrapper.get('[data-testid="error-notice"]')
    expect(notice.text()).toContain('NotExists.InstanceId')
    expect(notice.find('button').exists()).toBe(true)
    const links = notice.findAll('[data-testid="unknown-instance-other"]')
    expect(links.map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['ccc-b', `/instances/ccc-b/${page}`],
      ['ccc-c', `/instances/ccc-c/${page}`]
    ])
    expect(notice.get('[data-testid="unknown-instance-profiles"]').attributes('href')).toBe('/profiles')
    await links[0]!.trigger('click')
    await settle()
    expect(router.currentRoute.value.fullPath).toBe(`/instances/ccc-b/${page}`)
  })

  it('offers no other instances for another error', async () => {
    unknownInstance('Forbidden.RAM')
    const { wrapper } = await open('/instances/ccc-nope/realtime/queues')
    expect(wrapper.find('[data-testid="error-notice"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="unknown-instance"]').exists()).toBe(false)
  })
})
