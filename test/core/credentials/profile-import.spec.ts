/** Import from the aliyun CLI's config.json and from the environment. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readAliyunCliConfig } from '../../../src/core/credentials/aliyun-cli-config'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { importAliyunCliProfiles, importEnvironmentProfile } from '../../../src/core/credentials/profile-import'
import { ProfileService } from '../../../src/core/credentials/profile-service'

const fixture = join(__dirname, '../../fixtures/aliyun-cli/config.json')
let dataDir: string
let profiles: ProfileService

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-import-'))
  profiles = new ProfileService(dataDir, new MemorySecretStore(), new MemorySecretStore())
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

describe('aliyun CLI import', () => {
  it('imports the AK and StsToken profiles and says why each other one was skipped', async () => {
    const report = await importAliyunCliProfiles(profiles, { path: fixture, storage: 'keychain' })
    expect(report.imported.map((p) => [p.name, p.region, p.hasSecurityToken])).toEqual([
      ['default', 'cn-shanghai', false],
      ['prod', 'cn-hangzhou', false],
      ['temp', 'ap-southeast-1', true]
    ])
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.name, s.reason]))
    expect(Object.keys(reasons).sort()).toEqual(['ecs', 'ext', 'half', 'role', 'sso', 'sts-no-token'])
    expect(reasons.role).toMatch(/assumes a RAM role/)
    expect(reasons.ecs).toMatch(/ECS instance/)
    expect(reasons.sso).toMatch(/sign-in/)
    expect(reasons.ext).toMatch(/external program/)
    expect(reasons.half).toMatch(/no AccessKey ID or secret/)
    expect(reasons['sts-no-token']).toMatch(/without its token/)
    // Nothing secret in the report.
    expect(JSON.stringify(report)).not.toMatch(/secret-|LTAI5tProd|CAIS8/)
    const temp = report.imported.find((p) => p.name === 'temp')
    expect((await profiles.resolve(temp?.id ?? '')).credentials.securityToken).toMatch(/^CAIS8/)
  })

  it('is idempotent: a second import skips the names it already has', async () => {
    await importAliyunCliProfiles(profiles, { path: fixture, storage: 'keychain' })
    const again = await importAliyunCliProfiles(profiles, { path: fixture, storage: 'keychain' })
    expect(again.imported).toEqual([])
    expect(again.skipped.filter((s) => /already exists/.test(s.reason)).map((s) => s.name)).toEqual(['default', 'prod', 'temp'])
    expect((await profiles.list()).length).toBe(3)
  })

  it('reports a missing or malformed file without quoting it', async () => {
    await expect(readAliyunCliConfig(join(dataDir, 'nope.json'))).rejects.toMatchObject({ code: 'Import.NotFound' })
    const broken = join(dataDir, 'broken.json')
    await writeFile(broken, '{"profiles":[{"access_key_secret":"leak-me"')
    const error = await readAliyunCliConfig(broken).catch((e: Error) => e)
    expect(error).toMatchObject({ code: 'Import.Malformed' })
    expect((error as Error).message).not.toContain('leak-me')
  })
})

describe('environment import', () => {
  it('imports ALIBABA_CLOUD_* as a profile named "environment"', async () => {
    const report = await importEnvironmentProfile(
      profiles,
      {
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tFromEnvironment1',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'env-secret',
        ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou',
        CCC_SUPERVISOR_INSTANCE_IDS: 'ccc-a, ccc-b'
      },
      'session'
    )
    expect(report.imported[0]).toMatchObject({ name: 'environment', region: 'cn-hangzhou', instanceIds: ['ccc-a', 'ccc-b'], storage: 'session' })
  })

  it('says plainly when the variables are not set', async () => {
    await expect(importEnvironmentProfile(profiles, {}, 'keychain')).rejects.toMatchObject({ code: 'Import.NothingFound' })
  })
})
