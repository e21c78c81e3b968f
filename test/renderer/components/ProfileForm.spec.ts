// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { NSelect } from 'naive-ui'
import ProfileForm from '@renderer/components/profiles/ProfileForm.vue'
import type { SaveProfileInput } from '@renderer/model/profile-form'
import { profile } from '../fake-bridge'
import { mountWithI18n, settle } from '../mount'

afterEach(() => {
  document.body.innerHTML = ''
})

type Wrapper = ReturnType<typeof mountWithI18n>
const field = (wrapper: Wrapper, testid: string) => wrapper.get(`[data-testid="${testid}"]`)
const errors = (wrapper: Wrapper) => wrapper.findAll('[data-testid="form-error"]').map((e) => e.text())
async function submit(wrapper: Wrapper): Promise<void> {
  await field(wrapper, 'profile-form').trigger('submit')
  await settle()
}

describe('ProfileForm', () => {
  it('says what is missing beside each field and sends nothing', async () => {
    const wrapper = mountWithI18n(ProfileForm)
    await submit(wrapper)
    expect(errors(wrapper)).toEqual([
      'Enter a name for the profile.',
      'Enter the AccessKey ID.',
      'Enter the AccessKey secret.',
      'Add at least one instance ID to watch.'
    ])
    expect(wrapper.emitted('save')).toBeUndefined()
    // The keyboard goes to the first field to fix.
    expect(document.activeElement).toBe(field(wrapper, 'profile-name').element)
  })

  it('explains a malformed AccessKey ID, region, endpoint or instance ID', async () => {
    const wrapper = mountWithI18n(ProfileForm)
    await field(wrapper, 'profile-name').setValue('Prod')
    await field(wrapper, 'profile-access-key-id').setValue('LTAI')
    await field(wrapper, 'profile-secret').setValue('s3cret-value')
    await field(wrapper, 'profile-region').setValue('Shanghai')
    await field(wrapper, 'profile-endpoint').setValue('ftp://ccc.example.com')
    await field(wrapper, 'profile-instances').setValue('ccc-ok, bad!id, -x')
    await submit(wrapper)
    expect(errors(wrapper)).toEqual([
      'A region ID looks like cn-shanghai.',
      'An AccessKey ID is 8–128 letters, digits, “.”, “_” or “-”.',
      'The endpoint must be an http(s) address without a path, such as https://ccc.cn-shanghai.aliyuncs.com.',
      'Not an instance ID: bad!id, -x. An ID is 1–64 letters, digits, “-” or “_”.'
    ])
    expect(wrapper.emitted('save')).toBeUndefined()
  })

  it('sends the new profile, instance IDs typed or pasted as a list', async () => {
    const wrapper = mountWithI18n(ProfileForm)
    await field(wrapper, 'profile-name').setValue('  Shanghai production ')
    await field(wrapper, 'profile-access-key-id').setValue('LTAI5tExampleKey')
    await field(wrapper, 'profile-secret').setValue('s3cretValue')
    await field(wrapper, 'profile-instances').setValue('ccc-a, ccc-b，')
    await field(wrapper, 'profile-instances').setValue('ccc-c')
    await field(wrapper, 'profile-instances').trigger('keydown', { key: 'Enter' })
    expect(wrapper.findAll('[data-testid="profile-instance-tag"]').map((t) => t.text())).toEqual(['ccc-a', 'ccc-b', 'ccc-c'])
    await submit(wrapper)
    expect(errors(wrapper)).toEqual([])
    expect(wrapper.emitted('save')?.[0]).toEqual([
      {
        name: 'Shanghai production',
        accessKeyId: 'LTAI5tExampleKey',
        accessKeySecret: 's3cretValue',
        region: 'cn-shanghai',
        endpoint: null,
        instanceIds: ['ccc-a', 'ccc-b', 'ccc-c'],
        storage: 'keychain'
      } satisfies SaveProfileInput
    ])
  })

  it('on edit never shows the secret, and an empty secret keeps the stored one', async () => {
    const existing = profile({ instanceIds: ['ccc-prod', 'ccc-test'], hasSecurityToken: true })
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: existing } })
    const secret = field(wrapper, 'profile-secret').element as HTMLInputElement
    expect(secret.value).toBe('')
    expect(secret.type).toBe('password')
    expect(secret.placeholder).toBe('Leave empty to keep the stored secret')
    expect((field(wrapper, 'profile-access-key-id').element as HTMLInputElement).value).toBe('')
    expect((field(wrapper, 'profile-access-key-id').element as HTMLInputElement).placeholder).toBe('Leave empty to keep LTAI****abcd')
    expect((field(wrapper, 'profile-name').element as HTMLInputElement).value).toBe('Shanghai production')

    await field(wrapper, 'profile-name').setValue('Prod (renamed)')
    await submit(wrapper)
    const [input] = wrapper.emitted('save')![0] as [SaveProfileInput]
    expect(input).toEqual({
      id: existing.id,
      name: 'Prod (renamed)',
      region: 'cn-shanghai',
      endpoint: null,
      instanceIds: ['ccc-prod', 'ccc-test'],
      storage: 'keychain'
    })
    expect(JSON.stringify(input)).not.toMatch(/accessKeySecret|securityToken/)
  })

  it('asks for the secret when a new AccessKey ID is entered on edit', async () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: profile() } })
    await field(wrapper, 'profile-access-key-id').setValue('LTAI5tAnotherKey')
    await submit(wrapper)
    expect(errors(wrapper)).toEqual(['A new AccessKey ID needs its secret too.'])
  })

  it('asks for the secret again when an edit moves the profile to another endpoint or region', async () => {
    const existing = profile({ endpoint: 'https://ccc.cn-shanghai.aliyuncs.com' })
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: existing } })
    // Written differently but the same origin: not a move, nothing asked.
    await field(wrapper, 'profile-endpoint').setValue('HTTPS://ccc.cn-shanghai.aliyuncs.com/')
    expect(wrapper.find('[data-testid="profile-secret-again"]').exists()).toBe(false)
    await field(wrapper, 'profile-endpoint').setValue('https://proxy.example.com')
    expect(wrapper.get('[data-testid="profile-secret-again"]').text()).toBe(
      'Another region or endpoint: enter this profile’s secret again to move it.'
    )
    expect((field(wrapper, 'profile-secret').element as HTMLInputElement).placeholder).toBe('Paste the secret')
    await submit(wrapper)
    expect(errors(wrapper)).toEqual(['Moving the profile to another region or endpoint needs its AccessKey secret again.'])
    expect(wrapper.emitted('save')).toBeUndefined()

    await field(wrapper, 'profile-endpoint').setValue('https://ccc.cn-shanghai.aliyuncs.com')
    await field(wrapper, 'profile-region').setValue('cn-beijing')
    await submit(wrapper)
    expect(errors(wrapper)).toEqual(['Moving the profile to another region or endpoint needs its AccessKey secret again.'])

    await field(wrapper, 'profile-secret').setValue('s3cretValue')
    await submit(wrapper)
    expect(wrapper.emitted('save')?.[0]).toEqual([
      expect.objectContaining({ id: existing.id, region: 'cn-beijing', accessKeySecret: 's3cretValue' })
    ])
  })

  it('asks for the secret again in Chinese too', async () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: profile() } }, 'zh-CN')
    await field(wrapper, 'profile-region').setValue('cn-hangzhou')
    expect(wrapper.get('[data-testid="profile-secret-again"]').text()).toBe('更换了地域或接入点：请重新输入此配置档案的密钥以确认更改。')
    await submit(wrapper)
    expect(errors(wrapper)).toEqual(['将配置档案改到其他地域或接入点，需要重新输入其 AccessKey 密钥。'])
  })

  it('will not save to a keychain that cannot be used, and says to pick session-only', async () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { keychainAvailable: false, defaultStorage: 'keychain' } })
    await field(wrapper, 'profile-name').setValue('Prod')
    await field(wrapper, 'profile-access-key-id').setValue('LTAI5tExampleKey')
    await field(wrapper, 'profile-secret').setValue('s3cretValue')
    await field(wrapper, 'profile-instances').setValue('ccc-a')
    await submit(wrapper)
    expect(errors(wrapper)).toEqual(['The OS keychain cannot be used right now: choose “This session only”.'])
    await wrapper.get('[data-testid="profile-storage"] input[value="session"]').setValue(true)
    await submit(wrapper)
    expect((wrapper.emitted('save')![0] as [SaveProfileInput])[0].storage).toBe('session')
  })

  it("shows main's refusal with its code, message and RequestId", async () => {
    const wrapper = mountWithI18n(ProfileForm, {
      props: { serverError: { code: 'Profiles.NameTaken', message: 'A profile named "Prod" already exists.', requestId: 'R-1' } }
    })
    const notice = wrapper.get('[data-testid="profile-save-error"]')
    expect(notice.text()).toContain('The profile was not saved')
    expect(notice.get('[data-testid="error-code"]').text()).toBe('Profiles.NameTaken')
    expect(notice.get('[data-testid="error-message"]').text()).toBe('A profile named "Prod" already exists.')
    expect(notice.get('[data-testid="error-request-id"]').text()).toBe('R-1')
  })

  it('speaks Chinese', async () => {
    const wrapper = mountWithI18n(ProfileForm, {}, 'zh-CN')
    await submit(wrapper)
    expect(errors(wrapper)[0]).toBe('请输入配置档案名称。')
  })

  it('shows each instance on its region\'s zone until one is chosen, and sends the zone chosen', async () => {
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: profile({ region: 'ap-southeast-1', instanceIds: ['ccc-sg', 'ccc-night'] }) } })
    await settle()
    const zones = field(wrapper, 'profile-time-zones')
    expect(zones.text()).toContain('ccc-night')
    expect(zones.findAll('[data-testid="profile-time-zone"]')).toHaveLength(2)
    expect(zones.text()).toContain('From region (Asia/Singapore)')
    const night = wrapper.findAllComponents(NSelect).find((select) => select.attributes('data-instance') === 'ccc-night')
    expect(night?.props('options')).toContainEqual({ label: 'Europe/London', value: 'Europe/London' })
    night?.vm.$emit('update:value', 'Europe/London')
    await submit(wrapper)
    expect((wrapper.emitted('save')?.[0]?.[0] as SaveProfileInput).timeZones).toEqual({ 'ccc-night': 'Europe/London' })
  })

  it('puts an instance back on its region\'s zone when its zone is cleared, and forgets the zone of an instance removed', async () => {
    const stored = profile({ instanceIds: ['ccc-prod', 'ccc-night'], timeZones: { 'ccc-prod': 'Asia/Tokyo', 'ccc-night': 'Europe/London' } })
    const wrapper = mountWithI18n(ProfileForm, { props: { profile: stored } })
    await settle()
    wrapper.findAllComponents(NSelect).find((select) => select.attributes('data-instance') === 'ccc-prod')?.vm.$emit('update:value', null)
    await submit(wrapper)
    expect((wrapper.emitted('save')?.[0]?.[0] as SaveProfileInput).timeZones).toEqual({ 'ccc-night': 'Europe/London' })
  })
})
