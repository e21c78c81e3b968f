/**
 * `snapshot --out` on folders that refuse, with the built binary as cron runs it: no permission
 * (as another user, since root writes anywhere) and a read-only file system (a private mount
 * namespace). Each gets its own code and message, exit status 3, no CCC call and no file.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS, startSimulator, type Simulator } from '../../src/simulator'
import { pinnedClockEnv, testClock } from '../helpers/test-clock'
import { childOutput, type ChildOutput } from '../helpers/child-output'

let sim: Simulator
const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId, ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret }

beforeAll(async () => {
  // The CLI runs under libfaketime on the pinned clock: the gateway checks its timestamps on that clock too.
  sim = await startSimulator({ seed: 8, now: testClock, gatewayNow: testClock })
})
afterAll(() => sim.close())

const built = join(__dirname, '../../out/main/cli.js')
const asRoot = process.getuid?.() === 0

/**
 * The built CLI in a child process, on the pinned day; `wrap` runs it as another user or in a
 * namespace. libfaketime is preloaded into the CLI alone, not into the wrapper, whose shared
 * clock state another user could not open.
 */
async function builtCli(args: string[], wrap: string[] = []): Promise<ChildOutput> {
  const clock = pinnedClockEnv({})
  const argv = [...wrap, 'env', ...Object.entries(clock).map(([k, v]) => `${k}=${v}`), process.execPath, built, ...args, '--endpoint', sim.url]
  const child = spawn(argv[0]!, argv.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  return childOutput(child)
}

/** Whether this machine lets an unprivileged user namespace mount a file system (a read-only tmpfs here). */
const canMountReadOnly = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o ro tmpfs /mnt']).status === 0

describe.runIf(existsSync(built))('snapshot --out on folders that refuse, with the built binary', () => {
  it('a folder without write permission is Export.PermissionDenied, exit 3, and nothing is written', async () => {
    const locked = await mkdtemp(join(tmpdir(), 'ccc-cli-locked-'))
    try {
      // Root writes anywhere: the CLI runs as nobody then, in a folder only root may write.
      await chmod(locked, 0o755)
      if (!asRoot) await chmod(locked, 0o555)
      sim.clearRequests()
      for (const out of [locked, join(locked, 'reports', 'daily')]) {
        const result = await builtCli(['snapshot', '--instance', 'ccc-demo', '--out', out], asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [])
        expect(result.code, result.stderr).toBe(3)
        expect(result.stderr).toContain('Export.PermissionDenied')
        expect(result.stderr).toContain(`no permission to write in ${locked}`)
      }
      expect(sim.requests).toHaveLength(0)
      expect(await readdir(locked)).toEqual([])
    } finally {
      await chmod(locked, 0o755)
      await rm(locked, { recursive: true, force: true })
    }
  })

  it.runIf(canMountReadOnly || process.env.CI === 'true')('a read-only file system is Export.ReadOnly, exit 3, and nothing is written', async () => {
    const mountPoint = await mkdtemp(join(tmpdir(), 'ccc-cli-readonly-'))
    try {
      // A private mount namespace: the read-only tmpfs exists only for the CLI's process.
      const wrap = ['unshare', '-rm', 'sh', '-c', `mount -t tmpfs -o ro tmpfs '${mountPoint}' && exec "$@"`, 'sh']
      for (const out of [mountPoint, join(mountPoint, 'reports')]) {
        const result = await builtCli(['snapshot', '--instance', 'ccc-demo', '--out', out], wrap)
        expect(result.code, result.stderr).toBe(3)
        expect(result.stderr).toContain('Export.ReadOnly')
        expect(result.stderr).toContain(`${mountPoint} is on a read-only file system`)
      }
      expect(await readdir(mountPoint)).toEqual([])
    } finally {
      await rm(mountPoint, { recursive: true, force: true })
    }
  })
})
