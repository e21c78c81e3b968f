/** `profiles` and `--profile` with a real keychain (gnome-keyring on a private bus) and the simulator. */
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSnapshot } from '../../src/core/export/read-snapshot'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { answerPrompts, BUILT_CLI, useProfileCli } from '../helpers/profile-cli'

const context = useProfileCli({ keychainService: 'CCC Supervisor (cli test)', simulator: { seed: 9 }, client: { retry: { maxAttempts: 1 } } })
const { cli } = context

describe('ccc-supervisor profiles', () => {
  it('adds a profile with the secret from stdin, lists it masked, uses it, and removes it', async () => {
    const added = await cli(
      ['profiles', 'add', '--name', 'ops', '--access-key-id', DEMO_CREDENTIALS.accessKeyId, '--endpoint', context.sim.url, '--instances', 'ccc-demo,ccc-large'],
      `${DEMO_CREDENTIALS.accessKeySecret}\n`
    )
    expect(added).toMatchObject({ code: 0, stderr: '' })
    expect(added.stdout).toContain('Saved profile "ops" (LTAI****')
    expect(added.stdout).not.toContain(DEMO_CREDENTIALS.accessKeyId)

    const listed = await cli(['profiles', 'list'])
    expect(listed.stdout).toMatch(/ops\s+LTAI\*{4}\w{4}\s+http:\/\/127\.0\.0\.1:\d+\s+ccc-demo, ccc-large\s+keychain/)

    const used = await cli(['realtime', '--instance', 'ccc-demo', '--profile', 'ops', '--json'])
    expect(used.code).toBe(0)
    expect(JSON.parse(used.stdout)).toHaveProperty('InstanceId', 'ccc-demo')

    // Nothing secret under the data folder.
    for (const file of await readdir(context.dataDir)) {
      const text = await readFile(join(context.dataDir, file), 'utf8')
      expect(text).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
      expect(text).not.toContain(DEMO_CREDENTIALS.accessKeyId)
    }

    expect((await cli(['profiles', 'remove', 'ops'])).code).toBe(0)
    expect((await cli(['profiles', 'list'])).stdout).toMatch(/No profiles yet/)
    const gone = await cli(['realtime', '--instance', 'ccc-demo', '--profile', 'ops'])
    expect(gone.code).toBe(2)
    expect(gone.stderr).toMatch(/no profile named "ops"/)
  })

  it('keeps a zone for the profile\'s instances, which its snapshots take unless --time-zone says otherwise', async () => {
    const added = await cli(
      ['profiles', 'add', '--name', 'london', '--access-key-id', DEMO_CREDENTIALS.accessKeyId, '--endpoint', context.sim.url, '--instances', 'ccc-night', '--time-zone', 'Europe/London'],
      `${DEMO_CREDENTIALS.accessKeySecret}\n`
    )
    expect(added).toMatchObject({ code: 0, stderr: '' })
    expect((await cli(['profiles', 'list'])).stdout).toContain('ccc-night (Europe/London)')
    const out = await mkdtemp(join(tmpdir(), 'ccc-cli-profile-zone-'))
    try {
      const own = await cli(['snapshot', '--profile', 'london', '--instance', 'ccc-night', '--out', out, '--format', 'json'])
      expect(own.code).toBe(0)
      expect((await readSnapshot(own.stdout.trim())).snapshot.timeZone).toBe('Europe/London')
      const asked = await cli(['snapshot', '--profile', 'london', '--instance', 'ccc-night', '--out', out, '--format', 'json', '--time-zone', 'America/New_York'])
      expect(asked.code).toBe(0)
      expect((await readSnapshot(asked.stdout.trim())).snapshot.timeZone).toBe('America/New_York')
      // The interval report as well: its table in the profile's zone, labelled, without --time-zone.
      const report = await cli(['interval', '--profile', 'london', '--instance', 'ccc-night', '--interval', 'Hourly'])
      expect(report.code).toBe(0)
      expect(report.stdout).toMatch(/Start \(Europe\/London\)/)
    } finally {
      await rm(out, { recursive: true, force: true })
      await cli(['profiles', 'remove', 'london'])
    }
  })

  it('refuses a profile whose --time-zone is not an IANA zone, naming it, and saves nothing', async () => {
    const refused = await cli(
      ['profiles', 'add', '--name', 'mars', '--access-key-id', DEMO_CREDENTIALS.accessKeyId, '--endpoint', context.sim.url, '--instances', 'ccc-night', '--time-zone', 'Mars/Base'],
      `${DEMO_CREDENTIALS.accessKeySecret}\n`
    )
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('--time-zone "Mars/Base" is not an IANA time zone')
    expect((await cli(['profiles', 'list'])).stdout).not.toContain('mars')
  })

  it('never takes a secret as an argument', async () => {
    const result = await cli(['profiles', 'add', '--name', 'x', '--access-key-id', 'LTAI5tArgSecret0001', '--secret', 'oops'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Unknown option '--secret'/)
  })

  it('refuses to add a profile without a secret on stdin', async () => {
    const result = await cli(['profiles', 'add', '--name', 'x', '--access-key-id', 'LTAI5tNoSecret00001'], '\n')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/no secret/)
  })

  it('imports from an aliyun CLI config and says what it skipped', async () => {
    const result = await cli(['profiles', 'import-aliyun-cli', join(__dirname, '../fixtures/aliyun-cli/config.json')])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/imported\s+default \(LTAI\*{4}/)
    expect(result.stdout).toMatch(/skipped\s+role \[RamRoleArn\]: it assumes a RAM role/)
    expect(result.stdout).not.toMatch(/secret-\d|CAIS8/)
    const listed = await cli(['profiles', 'list', '--json'])
    expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((p) => p.name)).toEqual(['default', 'prod', 'temp'])
  })
})

describe.runIf(existsSync(BUILT_CLI) && existsSync('/usr/bin/script'))('the hidden prompt of the built binary', () => {
  it('asks for the secret on a terminal without echoing it, and saves it to the keychain', async () => {
    const { code, screen } = await answerPrompts(
      'profiles add --name typed --access-key-id LTAI5tTypedAtPrompt1',
      [['AccessKey secret:', 'typed-secret-9876']],
      { ...context.keyring.env, ...context.env }
    )
    expect(code).toBe(0)
    expect(screen).toContain('Saved profile "typed"')
    expect(screen).not.toContain('typed-secret-9876')
    const listed = await cli(['profiles', 'list', '--json'])
    expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((p) => p.name)).toContain('typed')
  })
})
