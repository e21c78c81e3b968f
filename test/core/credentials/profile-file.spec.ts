/** A damaged profile list is reported and left alone; saves are atomic and serialised. */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { ProfileService } from '../../../src/core/credentials/profile-service'
import { PROFILE_FILE_NAME } from '../../../src/core/credentials/profile-file'
import { toAppError } from '../../../src/core/errors'

let dataDir: string
let keychain: MemorySecretStore
let profiles: ProfileService

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-file-'))
  // The file's behaviour is under test here; a memory store stands in for the keychain.
  keychain = new MemorySecretStore()
  profiles = new ProfileService(dataDir, keychain, new MemorySecretStore())
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const input = (name: string) => ({ name, accessKeyId: 'LTAI5tFileTest0001', accessKeySecret: 'sec', instanceIds: ['ccc-demo'], storage: 'keychain' as const })

describe('the profile file', () => {
  it.each([
    ['corrupt', '{"version":1,"profiles":[{"id":'],
    ['truncated to nothing', ''],
    ['not a profile list', '{"version":1,"profiles":"everything"}']
  ])('a %s file gives Profiles.Corrupt and is left byte for byte as it was', async (_label, content) => {
    const first = await profiles.save(input('Kept'))
    const path = join(dataDir, PROFILE_FILE_NAME)
    await writeFile(path, content)
    const error = toAppError(await profiles.list().catch((e: unknown) => e))
    expect(error.code).toBe('Profiles.Corrupt')
    expect(error.message).toContain(path)
    expect(error.message).toMatch(/left as it is/)
    await expect(profiles.save(input('Another'))).rejects.toMatchObject({ code: 'Profiles.Corrupt' })
    expect(await readFile(path, 'utf8')).toBe(content)
    // The secret stored before the damage is still there for when the file is restored.
    expect(await keychain.get(first.id)).toContain('sec')
  })

  it('refuses a file from a newer version without rewriting it', async () => {
    const path = join(dataDir, PROFILE_FILE_NAME)
    const newer = JSON.stringify({ version: 2, profiles: [], workspaces: [] })
    await writeFile(path, newer)
    await expect(profiles.list()).rejects.toMatchObject({ code: 'Profiles.NewerVersion' })
    expect(await readFile(path, 'utf8')).toBe(newer)
  })

  it('serialises concurrent saves: none is lost, no temp file is left', async () => {
    await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => profiles.save(input(n))))
    expect((await profiles.list()).map((p) => p.name).sort()).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect((await readdir(dataDir)).filter((f) => f !== PROFILE_FILE_NAME)).toEqual([])
  })

  it('a data folder that cannot be used: a clear error, and no secret left behind', async () => {
    // A path under a regular file fails for root too (ENOTDIR), unlike a permission bit.
    const blocker = join(dataDir, 'not-a-folder')
    await writeFile(blocker, 'x')
    const blocked = new ProfileService(join(blocker, 'data'), keychain, new MemorySecretStore())
    const error = toAppError(await blocked.save(input('Nope')).catch((e: unknown) => e))
    expect(error.code).toBe('Profiles.Unreadable')
    expect(error.message).toContain(join(blocker, 'data'))
    expect(JSON.stringify(error)).not.toContain('sec')
  })

  it('rolls the secret back when the metadata cannot be saved', async () => {
    const first = await profiles.save(input('Taken'))
    await expect(profiles.save({ ...input('taken'), accessKeySecret: 'other' })).rejects.toMatchObject({ code: 'Profiles.NameTaken' })
    // only the first profile's secret remains in the store
    expect(await keychain.get(first.id)).toContain('"sec"')
    expect((await profiles.list()).length).toBe(1)
  })

  it.each([
    ['a blank name', { name: '  ' }, 'Input.ProfileName'],
    ['a bad region', { region: 'shanghai' }, 'Input.Region'],
    ['an endpoint with a path', { endpoint: 'https://ccc.cn-shanghai.aliyuncs.com/api?x=1' }, 'Input.Endpoint'],
    ['a bad instance ID', { instanceIds: ['ccc demo'] }, 'Input.InstanceId'],
    ['no secret on a new profile', { accessKeySecret: undefined }, 'Input.Credentials']
  ])('refuses %s with a clear error and writes nothing', async (_label, patch, code) => {
    await expect(profiles.save({ ...input('Bad'), ...patch })).rejects.toMatchObject({ code })
    expect(await readdir(dataDir)).toEqual([])
  })
})
