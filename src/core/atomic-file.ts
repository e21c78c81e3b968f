/** Whole-file replacement that a crash or a full disk cannot tear: temp file, fsync, rename. */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import { dirname, basename, join } from 'node:path'

export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  let handle
  try {
    handle = await open(temp, 'wx', mode)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    await rename(temp, path)
  } catch (error) {
    await handle?.close().catch(() => {})
    await rm(temp, { force: true }).catch(() => {})
    throw error
  }
  // Persist the rename itself; not every platform lets a directory be fsynced.
  try {
    const dir = await open(dirname(path), 'r')
    await dir.sync().finally(() => dir.close())
  } catch {
    /* best effort */
  }
}
