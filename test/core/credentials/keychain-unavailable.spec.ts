/** No Secret Service on the bus: a specific error and a fix, never a plaintext fallback. */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeytarSecretStore } from '../../../src/core/credentials/keytar-secret-store'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { ProfileService } from '../../../src/core/credentials/profile-service'
import { startPrivateKeyring, useKeyring, type PrivateKeyring } from '../../helpers/private-keyring'

let bus: PrivateKeyring
let dataDir: string

beforeAll(async () => {
  bus = await startPrivateKeyring('no-service')
  useKeyring(bus)
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-noservice-'))
})
afterAll(async () => {
  await bus.stop()
  await rm(dataDir, { recursive: true, force: true })
})

describe('no Secret Service', () => {
  it('is reported as such, with what to install', async () => {
    const status = await new KeytarSecretStore('CCC Supervisor (test)', undefined, 'linux').status()
    expect(status.state).toBe('no-service')
    expect(status.fix).toMatch(/gnome-keyring|KeePassXC/)
  })

  it('refuses to save a keychain profile and writes no file at all', async () => {
    const profiles = new ProfileService(dataDir, new KeytarSecretStore('CCC Supervisor (test)'), new MemorySecretStore())
    await expect(
      profiles.save({ name: 'x', accessKeyId: 'LTAI5tNoService0001', accessKeySecret: 'never-on-disk', instanceIds: [], storage: 'keychain' })
    ).rejects.toMatchObject({ code: 'Keychain.NoService' })
    expect(await readdir(dataDir)).toEqual([])
  })
})

describe('keytar that cannot load', () => {
  it('is reported as a missing library, not a crash', async () => {
    const store = new KeytarSecretStore(
      'CCC Supervisor (test)',
      async () => {
        throw new Error('libsecret-1.so.0: cannot open shared object file: No such file or directory')
      },
      'linux'
    )
    const status = await store.status()
    expect(status.state).toBe('library-missing')
    expect(status.fix).toMatch(/libsecret/)
    await expect(store.get('any')).rejects.toMatchObject({ code: 'Keychain.LibraryMissing' })
  })
})
