/**
 * Profiles against a real Secret Service (gnome-keyring on a private D-Bus): store, list, update,
 * use for a signed call, delete — and the secret is in the keychain and in no file.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CccClient } from '../../../src/core/ccc/client'
import { KeytarSecretStore } from '../../../src/core/credentials/keytar-secret-store'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { ProfileService } from '../../../src/core/credentials/profile-service'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../../src/simulator'
import { startPrivateKeyring, useKeyring, type PrivateKeyring } from '../../helpers/private-keyring'

const SERVICE = 'CCC Supervisor (test)'
let keyring: PrivateKeyring
let sim: Simulator
let dataDir: string
let keychain: KeytarSecretStore
let profiles: ProfileService

beforeAll(async () => {
  keyring = await startPrivateKeyring('unlocked')
  useKeyring(keyring)
  sim = await startSimulator({ seed: 11 })
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-profiles-'))
  keychain = new KeytarSecretStore(SERVICE)
  profiles = new ProfileService(dataDir, keychain, new MemorySecretStore())
})
afterAll(async () => {
  await sim.close()
  await keyring.stop()
  await rm(dataDir, { recursive: true, force: true })
})

/** Every byte of every file under the data folder, to search for leaks. */
async function allFiles(dir: string): Promise<string> {
  let text = ''
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    text += entry.isDirectory() ? await allFiles(path) : await readFile(path, 'utf8')
  }
  return text
}

describe('profiles in the OS keychain', () => {
  it('reports the keychain as available', async () => {
    expect((await profiles.keychainStatus()).state).toBe('available')
  })

  it('stores, lists masked, uses, updates and deletes a profile; the secret is only in the keychain', async () => {
    const saved = await profiles.save({
      name: 'Shanghai ops',
      accessKeyId: DEMO_CREDENTIALS.accessKeyId,
      accessKeySecret: DEMO_CREDENTIALS.accessKeySecret,
      endpoint: sim.url,
      instanceIds: ['ccc-demo'],
      storage: 'keychain'
    })
    expect(saved.accessKeyIdMasked).toBe(`${DEMO_CREDENTIALS.accessKeyId.slice(0, 4)}****${DEMO_CREDENTIALS.accessKeyId.slice(-4)}`)
    expect(JSON.stringify(saved)).not.toContain(DEMO_CREDENTIALS.accessKeySecret)

    // In the keychain, under the app's service…
    const raw = await keychain.get(saved.id)
    expect(raw).toContain(DEMO_CREDENTIALS.accessKeySecret)
    // …and in no file of the data folder, not even the AccessKey id in clear.
    const files = await allFiles(dataDir)
    expect(files).toContain('Shanghai ops')
    expect(files).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
    expect(files).not.toContain(DEMO_CREDENTIALS.accessKeyId)
    expect((await stat(profiles.profileFilePath)).mode & 0o077).toBe(0)

    const listed = await profiles.list()
    expect(listed.map((p) => p.name)).toEqual(['Shanghai ops'])
    expect(JSON.stringify(listed)).not.toContain(DEMO_CREDENTIALS.accessKeyId)

    // Used for a real signed call to the simulator.
    const resolved = await profiles.resolve(saved.id)
    const instance = await new CccClient({ credentials: resolved.credentials, endpoint: resolved.endpoint }).getInstance('ccc-demo')
    expect(instance.Id).toBe('ccc-demo')

    // Updated without re-entering the secret: the secret stays, the instances change.
    const updated = await profiles.save({ name: 'Shanghai ops', endpoint: sim.url, instanceIds: ['ccc-demo', 'ccc-large'], storage: 'keychain' }, saved.id)
    expect(updated.instanceIds).toEqual(['ccc-demo', 'ccc-large'])
    expect((await profiles.resolve(saved.id)).credentials.accessKeySecret).toBe(DEMO_CREDENTIALS.accessKeySecret)

    // A new secret replaces the old one in the keychain.
    await profiles.save({ name: 'Shanghai ops', accessKeySecret: 'rotated-secret-value', endpoint: sim.url, instanceIds: ['ccc-demo'], storage: 'keychain' }, saved.id)
    expect((await profiles.resolve(saved.id)).credentials.accessKeySecret).toBe('rotated-secret-value')

    await profiles.remove(saved.id)
    expect(await profiles.list()).toEqual([])
    expect(await keychain.get(saved.id)).toBeNull()
  })

  it('keeps an STS token in the keychain with its key', async () => {
    const saved = await profiles.save({
      name: 'sts',
      accessKeyId: 'STS.NTmQzExampleKey01',
      accessKeySecret: 'sts-secret',
      securityToken: 'CAIS-a-long-sts-token',
      instanceIds: [],
      storage: 'keychain'
    })
    expect(saved.hasSecurityToken).toBe(true)
    expect((await profiles.resolve(saved.id)).credentials.securityToken).toBe('CAIS-a-long-sts-token')
    expect(await allFiles(dataDir)).not.toContain('CAIS-a-long-sts-token')
    await profiles.remove(saved.id)
  })

  it('refuses a second profile of the same name and leaves the keychain as it was', async () => {
    const first = await profiles.save({ name: 'Dup', accessKeyId: 'LTAI5tDupFirst0001', accessKeySecret: 'one', instanceIds: [], storage: 'keychain' })
    await expect(
      profiles.save({ name: 'dup', accessKeyId: 'LTAI5tDupSecond002', accessKeySecret: 'two', instanceIds: [], storage: 'keychain' })
    ).rejects.toMatchObject({ code: 'Profiles.NameTaken' })
    expect((await profiles.list()).map((p) => p.id)).toEqual([first.id])
    expect((await profiles.resolve(first.id)).credentials.accessKeySecret).toBe('one')
    await profiles.remove(first.id)
  })

  it('says a keychain secret removed outside the app is missing (the keychain itself is fine)', async () => {
    const saved = await profiles.save({ name: 'Gone', accessKeyId: 'LTAI5tGoneGone0001', accessKeySecret: 's', instanceIds: [], storage: 'keychain' })
    await keychain.delete(saved.id)
    await expect(profiles.resolve(saved.id)).rejects.toMatchObject({ code: 'Keychain.SecretMissing' })
    await profiles.remove(saved.id)
  })

  it('keeps a session-only secret in memory, never in the keychain or a file', async () => {
    const saved = await profiles.save({ name: 'Temp', accessKeyId: 'LTAI5tSessionOnly01', accessKeySecret: 'session-secret-xyz', instanceIds: [], storage: 'session' })
    expect(saved.storage).toBe('session')
    expect(await keychain.get(saved.id)).toBeNull()
    expect(await allFiles(dataDir)).not.toContain('session-secret-xyz')
    // A new process (a restart) has the metadata but not the secret.
    const restarted = new ProfileService(dataDir, keychain, new MemorySecretStore())
    expect((await restarted.list()).find((p) => p.id === saved.id)?.secretAvailable).toBe(false)
    await expect(restarted.resolve(saved.id)).rejects.toMatchObject({ code: 'Profiles.SecretNeeded' })
    await profiles.remove(saved.id)
  })
})
