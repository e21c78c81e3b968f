/** The CLI in-process, with its output captured, against a simulator a spec starts. */
import { runCli, type CliIo } from '../../src/cli/run'
import { DEMO_CREDENTIALS } from '../../src/simulator'
import { testClock } from '../helpers/test-clock'

export const demoEnv = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_CREDENTIALS.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_CREDENTIALS.accessKeySecret
}

export async function cli(args: string[], env: Record<string, string | undefined> = demoEnv) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    clientOptions: { retry: { baseDelayMs: 1, maxDelayMs: 2 }, now: testClock }
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}
