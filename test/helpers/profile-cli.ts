/**
 * The `profiles` specs' setting: a private unlocked keyring, a data folder of their own and a
 * simulator, with the CLI run in-process against them, or built and on a pseudo-terminal.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { runCli } from '../../src/cli/run'
import type { CccClientOptions } from '../../src/core/ccc/client'
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator'
import { startPrivateKeyring, useKeyring, type PrivateKeyring } from './private-keyring'

export interface ProfileCli {
  readonly keyring: PrivateKeyring
  readonly sim: Simulator
  readonly dataDir: string
  /** The CLI's environment: the data folder and a keychain service of the spec's own. */
  readonly env: Record<string, string>
  /** The CLI in-process, with `stdin` as all of standard input and `env` added to the spec's environment. */
  cli(args: string[], stdin?: string, env?: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }>
}

/** Starts the keyring, the simulator and the data folder before the spec's tests, and removes them after. */
export function useProfileCli(options: { keychainService: string; simulator: SimulatorOptions; client: Partial<CccClientOptions> }): ProfileCli {
  const state = {} as { keyring: PrivateKeyring; sim: Simulator; dataDir: string; env: Record<string, string> }
  beforeAll(async () => {
    state.keyring = await startPrivateKeyring('unlocked')
    useKeyring(state.keyring)
    state.sim = await startSimulator(options.simulator)
    state.dataDir = await mkdtemp(join(tmpdir(), 'ccc-cli-profiles-'))
    state.env = { CCC_SUPERVISOR_DATA_DIR: state.dataDir, CCC_SUPERVISOR_KEYCHAIN_SERVICE: options.keychainService }
  })
  afterAll(async () => {
    await state.sim.close()
    await state.keyring.stop()
    await rm(state.dataDir, { recursive: true, force: true })
  })
  return {
    get keyring() {
      return state.keyring
    },
    get sim() {
      return state.sim
    },
    get dataDir() {
      return state.dataDir
    },
    get env() {
      return state.env
    },
    async cli(args, stdin = '', env = {}) {
      let stdout = ''
      let stderr = ''
      const code = await runCli(args, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        env: { ...state.env, ...env },
        readStdin: async () => stdin,
        clientOptions: options.client
      })
      return { code, stdout, stderr }
    }
  }
}

export const BUILT_CLI = join(__dirname, '../../out/main/cli.js')

/**
 * The built CLI on a real pseudo-terminal (`script`), as a user's shell runs it: each question
 * is answered once it shows on the screen. Returns the exit status and everything the screen showed.
 */
export async function answerPrompts(
  args: string,
  answers: ReadonlyArray<readonly [question: string, answer: string]>,
  env: Record<string, string>
): Promise<{ code: number | null; screen: string }> {
  const child = spawn('script', ['-qfec', `${process.execPath} ${BUILT_CLI} ${args}`, '/dev/null'], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let screen = ''
  const answered = new Set<string>()
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString()
    for (const [question, answer] of answers) {
      if (!answered.has(question) && screen.includes(question)) {
        answered.add(question)
        child.stdin.write(`${answer}\r`)
      }
    }
  })
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, screen }
}
