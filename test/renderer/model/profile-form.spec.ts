import { describe, expect, it } from 'vitest'
import {
  initialValues,
  splitInstanceIds,
  toSaveInput,
  validateProfileForm,
  type ProfileFormContext,
  type ProfileFormValues
} from '@renderer/model/profile-form'
import { profile } from '../fake-bridge'

const create: ProfileFormContext = { editing: null, keychainAvailable: true }
const filled = (extra: Partial<ProfileFormValues> = {}): ProfileFormValues => ({
  ...initialValues(null, 'keychain'),
  name: 'Prod',
  accessKeyId: 'LTAI5tExampleKey',
  accessKeySecret: 'aSecretValue123',
  instanceIds: ['ccc-prod'],
  ...extra
})
const codes = (values: ProfileFormValues, context = create) =>
  Object.fromEntries(Object.entries(validateProfileForm(values, context)).map(([field, error]) => [field, error?.code]))

describe('profile form rules', () => {
  it('asks for the name, the AccessKey and an instance on a new profile', () => {
    expect(codes(initialValues(null, 'keychain'))).toEqual({
      name: 'nameRequired',
      accessKeyId: 'accessKeyIdRequired',
      accessKeySecret: 'secretRequired',
      instanceIds: 'instanceIdsRequired'
    })
    expect(codes(filled())).toEqual({})
  })

  it('checks formats: AccessKey ID, secret, region, endpoint and each instance ID', () => {
    expect(
      codes(
        filled({
          accessKeyId: 'short',
          accessKeySecret: 'has space',
          region: 'Shanghai',
          endpoint: 'https://ccc.example.com/path',
          instanceIds: ['ccc-ok', 'bad id!', '-lead']
        })
      )
    ).toEqual({
      accessKeyId: 'accessKeyIdFormat',
      accessKeySecret: 'secretFormat',
      region: 'regionFormat',
      endpoint: 'endpointFormat',
      instanceIds: 'instanceIdFormat'
    })
    expect(validateProfileForm(filled({ instanceIds: ['bad id!', '-lead'] }), create).instanceIds?.detail).toBe('bad id!, -lead')
  })

  it('on edit, an empty AccessKey keeps the stored one, but a new AccessKey ID needs its secret', () => {
    const editing = { editing: profile(), keychainAvailable: true }
    const values = filled({ accessKeyId: '', accessKeySecret: '' })
    expect(codes(values, editing)).toEqual({})
    expect(codes({ ...values, accessKeyId: 'LTAI5tAnotherKey' }, editing)).toEqual({ accessKeySecret: 'secretForNewKey' })
  })

  it('on edit of a session-only profile whose secret was forgotten, asks for the whole AccessKey again', () => {
    const editing = { editing: profile({ storage: 'session', secretAvailable: false }), keychainAvailable: true }
    expect(codes(filled({ accessKeyId: '', accessKeySecret: '', storage: 'session' }), editing)).toEqual({
      accessKeyId: 'accessKeyIdRequired',
      accessKeySecret: 'secretForgotten'
    })
  })

  it('refuses the keychain while it cannot be used', () => {
    expect(codes(filled(), { editing: null, keychainAvailable: false })).toEqual({ storage: 'keychainUnavailable' })
    expect(codes(filled({ storage: 'session' }), { editing: null, keychainAvailable: false })).toEqual({})
  })
})

describe('profile form payload', () => {
  it('sends what was typed, trimmed, with the endpoint null when empty', () => {
    expect(toSaveInput(filled({ name: ' Prod ', accessKeySecret: 'aSecretValue123\n', instanceIds: ['ccc-a', 'ccc-a', 'ccc-b'] }), create)).toEqual({
      name: 'Prod',
      accessKeyId: 'LTAI5tExampleKey',
      accessKeySecret: 'aSecretValue123',
      region: 'cn-shanghai',
      endpoint: null,
      instanceIds: ['ccc-a', 'ccc-b'],
      storage: 'keychain'
    })
  })

  it('on edit, leaves the secret out when it was left empty, and can drop a stored STS token', () => {
    const p = profile({ hasSecurityToken: true })
    const editing = { editing: p, keychainAvailable: true }
    const values = { ...initialValues(p, 'keychain'), removeSecurityToken: true }
    const input = toSaveInput(values, editing)
    expect(input).toEqual({
      id: p.id,
      name: p.name,
      region: 'cn-shanghai',
      endpoint: null,
      instanceIds: ['ccc-prod'],
      storage: 'keychain',
      securityToken: null
    })
    expect('accessKeySecret' in input).toBe(false)
  })

  it('splits pasted instance IDs on commas (also Chinese ones), spaces and lines', () => {
    expect(splitInstanceIds('ccc-a, ccc-b，ccc-c\nccc-d  ccc-e、ccc-f')).toEqual(['ccc-a', 'ccc-b', 'ccc-c', 'ccc-d', 'ccc-e', 'ccc-f'])
  })
})
