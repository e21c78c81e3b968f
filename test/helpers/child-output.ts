/** What a spawned CLI wrote and how it ended: its whole stdout and stderr, and its exit status. */
import type { ChildProcess } from 'node:child_process'
import type { Readable } from 'node:stream'

export interface ChildOutput {
  code: number | null
  stdout: string
  stderr: string
}

export async function childOutput(child: ChildProcess & { stdout: Readable; stderr: Readable }): Promise<ChildOutput> {
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr }
}
