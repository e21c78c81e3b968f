/**
 * A real Secret Service for tests: a private D-Bus session bus with gnome-keyring on it, in a temp
 * folder, so tests never touch the developer's own keyring. Variants reproduce what users meet:
 * an unlocked keyring, a locked one, and a bus with no Secret Service at all.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'

const run = promisify(execFile)

export type KeyringKind = 'unlocked' | 'locked' | 'no-service'

export interface PrivateKeyring {
  /** Value for DBUS_SESSION_BUS_ADDRESS. */
  address: string
  /** The environment a child process needs to reach this keyring. */
  env: Record<string, string>
  lock(): Promise<void>
  stop(): Promise<void>
}

/** A session bus configuration with no service directories: nothing can be activated on it. */
const BARE_BUS_CONFIG = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

async function firstLine(child: ChildProcess): Promise<string> {
  if (!child.stdout) throw new Error('no stdout')
  const lines = createInterface({ input: child.stdout })
  for await (const line of lines) return line.trim()
  throw new Error('dbus-daemon exited before printing its address')
}

async function nameHasOwner(env: NodeJS.ProcessEnv, name: string): Promise<boolean> {
  const { stdout } = await run(
    'dbus-send',
    ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', `string:${name}`],
    { env }
  )
  return /boolean true/.test(stdout)
}

export async function startPrivateKeyring(kind: KeyringKind): Promise<PrivateKeyring> {
  const dir = await mkdtemp(join(tmpdir(), 'ccc-keyring-'))
  const xdg = {
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_RUNTIME_DIR: join(dir, 'run')
  }
  for (const path of Object.values(xdg)) await mkdir(path, { recursive: true, mode: 0o700 })

  const args = ['--nofork', '--print-address=1']
  if (kind === 'no-service') {
    const config = join(dir, 'bus.conf')
    await writeFile(config, BARE_BUS_CONFIG)
    args.push(`--config-file=${config}`)
  } else {
    args.push('--session', `--address=unix:path=${join(xdg.XDG_RUNTIME_DIR, 'bus')}`)
  }
  const bus = spawn('dbus-daemon', args, { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, ...xdg } })
  const address = await firstLine(bus)
  const env = { ...xdg, DBUS_SESSION_BUS_ADDRESS: address }
  const childEnv = { ...process.env, ...env }

  let keyring: ChildProcess | undefined
  if (kind !== 'no-service') {
    keyring = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], {
      stdio: ['pipe', 'ignore', 'ignore'],
      env: childEnv
    })
    keyring.stdin?.end('test-keyring-password')
    // Ready when it owns the Secret Service name; bounded so a broken install fails the test.
    for (let i = 0; i < 200 && !(await nameHasOwner(childEnv, 'org.freedesktop.secrets')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    if (!(await nameHasOwner(childEnv, 'org.freedesktop.secrets'))) throw new Error('gnome-keyring-daemon did not start')
  }

  const keyringHandle: PrivateKeyring = {
    address,
    env,
    lock: async () => {
      await run(
        'dbus-send',
        [
          '--session',
          '--print-reply',
          '--dest=org.freedesktop.secrets',
          '/org/freedesktop/secrets',
          'org.freedesktop.Secret.Service.Lock',
          'array:objpath:/org/freedesktop/secrets/collection/login'
        ],
        { env: childEnv }
      )
    },
    stop: async () => {
      keyring?.kill()
      bus.kill()
      await rm(dir, { recursive: true, force: true })
    }
  }
  // --unlock created the login keyring; locking it gives the keyring users find after a screen lock.
  if (kind === 'locked') await keyringHandle.lock()
  return keyringHandle
}

/** Points this test process's libsecret at a keyring; call before keytar is first used. */
export function useKeyring(keyring: PrivateKeyring): void {
  Object.assign(process.env, keyring.env)
}
