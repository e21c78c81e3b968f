/**
 * A locked keyring, as after a screen lock: keytar reads quietly answer null, writes fail. The app
 * must say "locked", refuse changes, and lose nothing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeytarSecretStore } from '../../../src/core/credentials/keytar-secret-store'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { ProfileService } from '../../../src/core/credentials/profile-service'
import { toAppError } from '../../../src/core/errors'
import { startPrivateKeyring, useKeyring, type PrivateKeyring } from '../../helpers/private-keyring'

let keyring: PrivateKeyring
let dataDir: string
let profiles: ProfileService
let storedId: string

beforeAll(async () => {
  keyring = await startPrivateKeyring('unlocked')
  useKeyring(keyring)
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-locked-'))
  profiles = new ProfileService(dataDir, new KeytarSecretStore('CCC Supervisor (locked test)'), new MemorySecretStore())
  // Stored while unlocked, then the keyring is locked under it.
  storedId = (await profiles.save({ name: 'Before lock', accessKeyId: 'LTAI5tBeforeLock001', accessKeySecret: 'kept-secret', instanceIds: ['ccc-demo'], storage: 'keychain' })).id
  await keyring.lock()
})
afterAll(async () => {
  await keyring.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('a locked keyring', () => {
  it('is reported as locked, with how to unlock it', async () => {
    const status = await profiles.keychainStatus()
    expect(status.state).toBe('locked')
    expect(status.fix).toMatch(/Unlock the "login" keyring|Keychain Access|Credential Manager/)
    expect(status.fix).toMatch(/session-only/)
  })

  it('makes reading a stored secret fail as Keychain.Locked, not as "missing"', async () => {
    const error = await profiles.resolve(storedId).catch((e: unknown) => e)
    expect(toAppError(error)).toMatchObject({ code: 'Keychain.Locked' })
    expect(toAppError(error).message).toMatch(/locked/)
  })

  it('refuses a new profile and an update without touching the profile file', async () => {
    const before = await readFile(profiles.profileFilePath, 'utf8')
    await expect(profiles.save({ name: 'New', accessKeyId: 'LTAI5tNewProfile001', accessKeySecret: 'x', instanceIds: [], storage: 'keychain' })).rejects.toMatchObject({ code: 'Keychain.Locked' })
    await expect(profiles.save({ name: 'Renamed', accessKeySecret: 'y', instanceIds: [], storage: 'keychain' }, storedId)).rejects.toMatchObject({ code: 'Keychain.Locked' })
    await expect(profiles.remove(storedId)).rejects.toMatchObject({ code: 'Keychain.Locked' })
    expect(await readFile(profiles.profileFilePath, 'utf8')).toBe(before)
    expect((await profiles.list()).map((p) => p.name)).toEqual(['Before lock'])
  })

  it('still allows a session-only profile, kept in memory', async () => {
    const saved = await profiles.save({ name: 'Meanwhile', accessKeyId: 'LTAI5tMeanwhile001', accessKeySecret: 'mem', instanceIds: [], storage: 'session' })
    expect((await profiles.resolve(saved.id)).credentials.accessKeySecret).toBe('mem')
  })
})
