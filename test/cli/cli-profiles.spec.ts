/** `profiles` and `--profile` with a real keychain (gnome-keyring on a private bus) and the simulator. */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { startPrivateKeyring, useKeyring, type PrivateKeyring } from '../helpers/private-keyring'

let keyring: PrivateKeyring
let sim: Simulator
let dataDir: string
let env: Record<string, string>

beforeAll(async () => {
  keyring = await startPrivateKeyring('unlocked')
  useKeyring(keyring)
  sim = await startSimulator({ seed: 9 })
  dataDir = await mkdtemp(join(tmpdir(), 'ccc-cli-profiles-'))
  env = { CCC_SUPERVISOR_DATA_DIR: dataDir, CCC_SUPERVISOR_KEYCHAIN_SERVICE: 'CCC Supervisor (cli test)' }
})
afterAll(async () => {
  await sim.close()
  await keyring.stop()
  await rm(dataDir, { recursive: true, force: true })
})

async function cli(args: string[], stdin = '') {
  let stdout = ''
  let stderr = ''
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    readStdin: async () => stdin,
    clientOptions: { retry: { maxAttempts: 1 } }
  })
  return { code, stdout, stderr }
}

describe('ccc-supervisor profiles', () => {
  it('adds a profile with the secret from stdin, lists it masked, uses it, and removes it', async () => {
    const added = await cli(
      ['profiles', 'add', '--name', 'ops', '--access-key-id', DEMO_CREDENTIALS.accessKeyId, '--endpoint', sim.url, '--instances', 'ccc-demo,ccc-large'],
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
    for (const file of await readdir(dataDir)) {
      const text = await readFile(join(dataDir, file), 'utf8')
      expect(text).not.toContain(DEMO_CREDENTIALS.accessKeySecret)
      expect(text).not.toContain(DEMO_CREDENTIALS.accessKeyId)
    }

    expect((await cli(['profiles', 'remove', 'ops'])).code).toBe(0)
    expect((await cli(['profiles', 'list'])).stdout).toMatch(/No profiles yet/)
    const gone = await cli(['realtime', '--instance', 'ccc-demo', '--profile', 'ops'])
    expect(gone.code).toBe(2)
    expect(gone.stderr).toMatch(/no profile named "ops"/)
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

const built = join(__dirname, '../../out/main/cli.js')

describe.runIf(existsSync(built) && existsSync('/usr/bin/script'))('the hidden prompt of the built binary', () => {
  it('asks for the secret on a terminal without echoing it, and saves it to the keychain', async () => {
    // `script` gives the CLI a real pseudo-terminal, as a user's shell would.
    const child = spawn('script', ['-qfec', `${process.execPath} ${built} profiles add --name typed --access-key-id LTAI5tTypedAtPrompt1`, '/dev/null'], {
      env: { ...process.env, ...keyring.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let screen = ''
    let answered = false
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString()
      if (!answered && screen.includes('AccessKey secret:')) {
        answered = true
        child.stdin.write('typed-secret-9876\r')
      }
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(screen).toContain('Saved profile "typed"')
    expect(screen).not.toContain('typed-secret-9876')
    const listed = await cli(['profiles', 'list', '--json'])
    expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((p) => p.name)).toContain('typed')
  })
})
