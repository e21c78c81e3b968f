/** Each watched instance's time zone: kept with its profile, refused unless an IANA name, handed to the session. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MemorySecretStore } from '../../../src/core/credentials/memory-secret-store'
import { PROFILE_FILE_NAME } from '../../../src/core/credentials/profile-file'
import { ProfileService } from '../../../src/core/credentials/profile-service'
import { openDemoSession } from '../../../src/core/demo'
import { toAppError } from '../../../src/core/errors'
import { SessionManager } from '../../../src/core/session'
import { instanceTimeZone } from '../../../src/shared/ccc/instance-zone'
import { contract } from '../../../src/shared/ipc/contract'

let dataDir: string
let profiles: ProfileService

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-zones-'))
  profiles = new ProfileService(dataDir, new MemorySecretStore(), new MemorySecretStore())
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const input = (timeZones?: Record<string, string>) => ({
  name: 'Overseas',
  accessKeyId: 'LTAI5tZoneTest0001',
  accessKeySecret: 'sec',
  region: 'cn-shanghai',
  instanceIds: ['ccc-demo', 'ccc-night'],
  ...(timeZones ? { timeZones } : {}),
  storage: 'keychain' as const
})

describe('a profile\'s time zones', () => {
  it('keeps the zone set for an instance, on disk and after a restart, and leaves the others to the region', async () => {
    const saved = await profiles.save(input({ 'ccc-night': 'Europe/London' }))
    expect(saved.timeZones).toEqual({ 'ccc-night': 'Europe/London' })
    const again = new ProfileService(dataDir, new MemorySecretStore(), new MemorySecretStore())
    const [listed] = await again.list()
    expect(listed?.timeZones).toEqual({ 'ccc-night': 'Europe/London' })
    expect(instanceTimeZone(listed!, 'ccc-night')).toBe('Europe/London')
    expect(instanceTimeZone(listed!, 'ccc-demo')).toBe('Asia/Shanghai')
  })

  it('keeps the zones stored when a save does not name them, and drops the zone of an instance no longer watched', async () => {
    const saved = await profiles.save(input({ 'ccc-night': 'Europe/London', 'ccc-demo': 'Asia/Tokyo' }))
    const renamed = await profiles.save({ ...input(), name: 'Renamed' }, saved.id)
    expect(renamed.timeZones).toEqual({ 'ccc-night': 'Europe/London', 'ccc-demo': 'Asia/Tokyo' })
    const fewer = await profiles.save({ ...input(), instanceIds: ['ccc-night'] }, saved.id)
    expect(fewer.timeZones).toEqual({ 'ccc-night': 'Europe/London' })
    const back = await profiles.save({ ...input({}) }, saved.id)
    expect(back.timeZones).toEqual({})
  })

  it.each([
    ['an unknown zone', { 'ccc-night': 'Mars/Base' }],
    ['an offset', { 'ccc-night': '+01:00' }],
    ['markup', { 'ccc-night': '<script>alert(1)</script>' }],
    ['a zone for an instance not watched', { 'ccc-other': 'Europe/London' }]
  ])('refuses %s on save and writes nothing', async (_what, timeZones) => {
    const error = toAppError(await profiles.save(input(timeZones)).catch((e: unknown) => e))
    expect(error.code).toBe('Input.TimeZone')
    expect(error.message).not.toMatch(/Mars|script|\+01/)
    expect(await profiles.list()).toEqual([])
  })

  it('refuses a zone that is not an IANA name at the IPC boundary, naming the rule only', () => {
    const parsed = contract.saveProfile.input.safeParse({ ...input(), timeZones: { 'ccc-night': 'Mars/Base' } })
    expect(parsed.success).toBe(false)
    expect(JSON.stringify(parsed.error?.issues)).toContain('An IANA time zone')
    expect(contract.saveProfile.input.safeParse({ ...input(), timeZones: { 'ccc-night': 'Europe/London' } }).success).toBe(true)
  })

  it.each([
    ['an unknown zone', 'Mars/Base'],
    ['a path', '../../../etc/localtime'],
    ['a non-string', 8]
  ])('treats a profile file holding %s as damaged and leaves it as it is', async (_what, zone) => {
    await profiles.save(input({ 'ccc-night': 'Europe/London' }))
    const path = join(dataDir, PROFILE_FILE_NAME)
    const text = (await readFile(path, 'utf8')).replace('"Europe/London"', JSON.stringify(zone))
    await writeFile(path, text)
    const error = toAppError(await profiles.list().catch((e: unknown) => e))
    expect(error.code).toBe('Profiles.Corrupt')
    expect(await readFile(path, 'utf8')).toBe(text)
  })

  it('treats a zone for an instance the profile does not watch as damage too', async () => {
    await profiles.save(input({ 'ccc-night': 'Europe/London' }))
    const path = join(dataDir, PROFILE_FILE_NAME)
    await writeFile(path, (await readFile(path, 'utf8')).replace('"ccc-night": "Europe', '"ccc-elsewhere": "Europe'))
    expect(toAppError(await profiles.list().catch((e: unknown) => e)).code).toBe('Profiles.Corrupt')
  })

  it('reads a profile file from before zones, its instances on their region\'s days', async () => {
    const saved = await profiles.save({ ...input(), region: 'ap-southeast-1' })
    const path = join(dataDir, PROFILE_FILE_NAME)
    const file = JSON.parse(await readFile(path, 'utf8')) as { profiles: Array<Record<string, unknown>> }
    delete file.profiles[0]!.timeZones
    await writeFile(path, JSON.stringify(file))
    const [listed] = await profiles.list()
    expect(listed?.id).toBe(saved.id)
    expect(listed?.timeZones).toEqual({})
    expect(instanceTimeZone(listed!, 'ccc-night')).toBe('Asia/Singapore')
  })
})

describe('the session\'s time zones', () => {
  it('are the active profile\'s', async () => {
    const saved = await profiles.save(input({ 'ccc-night': 'Europe/London' }))
    const sessions = new SessionManager({ profiles, env: {} })
    const info = await sessions.activate(saved.id)
    expect(info.timeZones).toEqual({ 'ccc-night': 'Europe/London' })
    expect(instanceTimeZone(info, 'ccc-demo')).toBe('Asia/Shanghai')
  })

  it('are the demo instances\' own, from the simulator\'s data', async () => {
    const demo = await openDemoSession()
    try {
      expect(instanceTimeZone(demo.info, 'ccc-night')).toBe('Europe/London')
      expect(instanceTimeZone(demo.info, 'ccc-demo')).toBe('Asia/Shanghai')
    } finally {
      await demo.close()
    }
  })
})
