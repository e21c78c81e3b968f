// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEMO, failed, installFakeBridge, instance, ok, profile, removeFakeBridge, session } from '../fake-bridge'
import { settle } from '../mount'
import { mountApp } from './mount-app'

const keychainOk = { state: 'available' as const, message: '', fix: '' }
const noBus = {
  state: 'no-session-bus' as const,
  message: 'No D-Bus session bus: the Secret Service cannot be reached.',
  fix: 'Start the app from a desktop session, or run it under dbus-run-session.'
}

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

describe('the profiles page', () => {
  it('on a first launch lands here and starts the demo in one click, opening its first instance', async () => {
    const demoSession = session({ instanceIds: ['ccc-demo', 'ccc-demo-2'] })
    const fake = installFakeBridge({
      getSession: vi.fn(async () => ok(demoSession)),
      listProfiles: vi.fn(async () => ok([DEMO])),
      getKeychainStatus: vi.fn(async () => ok(keychainOk)),
      activateProfile: vi.fn(async () => ok(demoSession)),
      getInstance: vi.fn(async ({ instanceId }) => ok(instance(instanceId)))
    })
    const { wrapper, router } = await open('/')
    expect(router.currentRoute.value.name).toBe('profiles')
    expect(wrapper.get('[data-testid="demo-card"]').text()).toContain('Welcome to CCC Supervisor')
    expect(wrapper.find('[data-testid="profiles-empty"]').exists()).toBe(true)

    await wrapper.get('[data-testid="demo-start"]').trigger('click')
    await settle()
    expect(fake.activateProfile).toHaveBeenCalledWith({ id: 'demo' })
    // The overview page loads on first visit, so the navigation settles once its module has.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/instances/ccc-demo/overview'))
  })

  it('adds a profile: the form checks first, then saves, and the profile is listed', async () => {
    const created = profile({ name: 'Shanghai production', instanceIds: ['ccc-prod'] })
    const fake = installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([DEMO])),
      getKeychainStatus: vi.fn(async () => ok(keychainOk)),
      saveProfile: vi.fn(async () => ok(created))
    })
    const { wrapper } = await open('/profiles')
    await wrapper.get('[data-testid="profile-add"]').trigger('click')
    await settle()
    await wrapper.get('[data-testid="profile-save"]').trigger('click')
    await settle()
    expect(wrapper.findAll('[data-testid="form-error"]').length).toBeGreaterThan(0)
    expect(fake.saveProfile).not.toHaveBeenCalled()

    await wrapper.get('[data-testid="profile-name"]').setValue('Shanghai production')
    await wrapper.get('[data-testid="profile-access-key-id"]').setValue('LTAI5tExampleKey')
    await wrapper.get('[data-testid="profile-secret"]').setValue('s3cretValue')
    await wrapper.get('[data-testid="profile-instances"]').setValue('ccc-prod')
    await wrapper.get('[data-testid="profile-save"]').trigger('click')
    await settle()
    expect(fake.saveProfile).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[data-testid="profile-form"]').exists()).toBe(false)
    const row = wrapper.get('[data-testid="profile-row"]')
    expect(row.attributes('data-profile-name')).toBe('Shanghai production')
  })

  it("keeps the form open with main's error when saving fails", async () => {
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([DEMO])),
      getKeychainStatus: vi.fn(async () => ok(keychainOk)),
      saveProfile: vi.fn(async () => failed({ code: 'Keychain.Locked', message: 'Unlock the keychain, or save for this session only.', requestId: 'R-5' }))
    })
    const { wrapper } = await open('/profiles')
    await wrapper.get('[data-testid="profile-add"]').trigger('click')
    await settle()
    await wrapper.get('[data-testid="profile-name"]').setValue('Prod')
    await wrapper.get('[data-testid="profile-access-key-id"]').setValue('LTAI5tExampleKey')
    await wrapper.get('[data-testid="profile-secret"]').setValue('s3cretValue')
    await wrapper.get('[data-testid="profile-instances"]').setValue('ccc-prod')
    await wrapper.get('[data-testid="profile-save"]').trigger('click')
    await settle()
    const error = wrapper.get('[data-testid="profile-save-error"]')
    expect(error.text()).toContain('Keychain.Locked')
    expect(error.text()).toContain('R-5')
    expect(wrapper.find('[data-testid="profile-form"]').exists()).toBe(true)
  })

  it('shows a keychain that cannot be used, and offers session-only secrets', async () => {
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([DEMO])),
      getKeychainStatus: vi.fn(async () => ok(noBus))
    })
    const { wrapper } = await open('/profiles')
    const notice = wrapper.get('[data-testid="keychain-status"]')
    expect(notice.attributes('data-state')).toBe('no-session-bus')
    expect(notice.text()).toContain(noBus.message)
    expect(notice.text()).toContain(noBus.fix)
    await wrapper.get('[data-testid="keychain-use-session"]').trigger('click')
    await settle()
    const storage = wrapper.get('[data-testid="profile-storage"] input[value="session"]').element as HTMLInputElement
    expect(storage.checked).toBe(true)
  })

  it('tests a profile and shows the result per instance', async () => {
    const p = profile({ instanceIds: ['ccc-prod', 'ccc-old'] })
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([DEMO, p])),
      getKeychainStatus: vi.fn(async () => ok(keychainOk)),
      testProfile: vi.fn(async () =>
        ok({
          profileId: p.id,
          instances: [
            { instanceId: 'ccc-prod', ok: true as const, name: '生产实例', status: 'RUNNING', latencyMs: 120 },
            { instanceId: 'ccc-old', ok: false as const, code: 'NotExists.InstanceId', message: 'The instance does not exist.', requestId: 'R-3' }
          ]
        })
      )
    })
    const { wrapper } = await open('/profiles')
    await wrapper.get('[data-testid="profile-test"]').trigger('click')
    await settle()
    const result = wrapper.get('[data-testid="connection-test-result"]')
    expect(result.text()).toContain('1 of 2 instances answered')
    const lines = result.findAll('[data-testid="connection-test-instance"]')
    expect(lines.map((l) => l.attributes('data-ok'))).toEqual(['true', 'false'])
    expect(lines[0]!.text()).toContain('生产实例')
    expect(lines[1]!.text()).toContain('NotExists.InstanceId')
    expect(lines[1]!.text()).toContain('R-3')
  })

  it('switches to a profile and opens its first instance', async () => {
    const p = profile({ instanceIds: ['ccc-prod'] })
    const fake = installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([DEMO, p])),
      getKeychainStatus: vi.fn(async () => ok(keychainOk)),
      activateProfile: vi.fn(async () => ok(session({ source: 'profile', profileId: p.id, profileName: p.name, instanceIds: ['ccc-prod'] }))),
      getInstance: vi.fn(async ({ instanceId }) => ok(instance(instanceId)))
    })
    const { wrapper, router } = await open('/profiles')
    await wrapper.get('[data-testid="profile-activate"]').trigger('click')
    await settle()
    expect(fake.activateProfile).toHaveBeenCalledWith({ id: p.id })
    // The overview page loads on first visit, so the navigation settles once its module has.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/instances/ccc-prod/overview'))
  })

  it('deletes a profile after confirmation', async () => {
    const p = profile()
    const fake = installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles: vi.fn(async () => ok([DEMO, p])),
      getKeychainStatus: vi.fn(async () => ok(keychainOk)),
      deleteProfile: vi.fn(async () => ok(undefined))
    })
    const { wrapper } = await open('/profiles')
    await wrapper.get('[data-testid="profile-delete"]').trigger('click')
    await settle()
    expect(fake.deleteProfile).not.toHaveBeenCalled()
    const confirm = document.querySelector<HTMLButtonElement>('[data-testid="profile-delete-confirm"]')
    expect(confirm?.textContent?.trim()).toBe('Delete')
    confirm!.click()
    await settle()
    expect(fake.deleteProfile).toHaveBeenCalledWith({ id: p.id })
    expect(wrapper.find('[data-testid="profile-row"]').exists()).toBe(false)
  })

  it('imports from the aliyun CLI and reports what was skipped and why', async () => {
    const imported = profile({ name: 'default', instanceIds: [] })
    const listProfiles = vi.fn(async () => ok([DEMO]))
    installFakeBridge({
      getSession: vi.fn(async () => ok(session())),
      listProfiles,
      getKeychainStatus: vi.fn(async () => ok(keychainOk)),
      importProfiles: vi.fn(async () => {
        listProfiles.mockResolvedValue(ok([DEMO, imported]))
        return ok({ imported: [imported], skipped: [{ name: 'role', mode: 'RamRoleArn', reason: 'Role assumption is not supported.' }] })
      })
    })
    const { wrapper } = await open('/profiles')
    await wrapper.get('[data-testid="import-aliyun-cli"]').trigger('click')
    await settle()
    const report = wrapper.get('[data-testid="import-report"]')
    expect(report.get('[data-testid="import-imported"]').text()).toContain('default')
    expect(report.get('[data-testid="import-skipped"]').text()).toContain('role')
    expect(report.get('[data-testid="import-skipped"]').text()).toContain('Role assumption is not supported.')
    expect(wrapper.get('[data-testid="profile-row"]').attributes('data-profile-name')).toBe('default')
  })
})
