/**
 * The one way core reads a file the user chose or the data folder holds (snapshots, the profile
 * list, the recent-snapshots list, the aliyun CLI's configuration): a path is hostile until bounded.
 * The open cannot block (O_NONBLOCK: a FIFO would hold a libuv worker until a writer came, and four
 * such opens starve every file operation of the process); only a regular file is read, as the
 * opened handle says, not the path; and the size cap holds while reading, since a symlink to
 * /dev/zero or a /proc file reports a size of 0.
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { CodedError } from './errors'
import type { ErrorParams } from '../shared/result'

export type FileReadErrorCode = 'File.NotFound' | 'File.NotRegular' | 'File.TooLarge' | 'File.Unreadable'

export class FileReadError extends CodedError<FileReadErrorCode> {
  override readonly name = 'FileReadError'

  constructor(
    code: FileReadErrorCode,
    message: string,
    params: ErrorParams,
    /** The system's code (ENOENT, EACCES…) when the open or a read failed. */
    readonly errno?: string
  ) {
    super(code, message, params)
  }
}

export interface BoundedReadOptions {
  maxBytes: number
  /** Names the file in messages: "The snapshot file x.json", "The profile list at /…/profiles.json". */
  label: string
  /** What the user can do about a refusal, appended to its message. */
  advice?: string
}

// O_NONBLOCK and O_NOCTTY do not exist on Windows, where no FIFO or terminal can sit at a file path.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)
const CHUNK = 1024 * 1024
const MB = 1024 * 1024

function kindOf(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isDirectory()) return 'a folder'
  return 'something other than a file'
}

function withAdvice(message: string, advice: string | undefined): string {
  return advice ? `${message} ${advice}` : message
}

/** The file's bytes, or a FileReadError saying what it is and what to do. */
export async function readBoundedFile(path: string, { maxBytes, label, advice }: BoundedReadOptions): Promise<Buffer> {
  const notRegular = (kind: string) =>
    new FileReadError('File.NotRegular', withAdvice(`${label} is ${kind}, not an ordinary file, so it was not read.`, advice), { file: label })
  const tooLarge = () =>
    new FileReadError(
      'File.TooLarge',
      withAdvice(`${label} is larger than ${Math.max(1, Math.round(maxBytes / MB))} MB, more than CCC Supervisor ever writes there, so it was not read.`, advice),
      { file: label, mb: Math.max(1, Math.round(maxBytes / MB)) }
    )
  const failed = (error: unknown) => {
    const errno = (error as NodeJS.ErrnoException).code
    if (errno === 'ENOENT') return new FileReadError('File.NotFound', `${label} does not exist.`, { file: label }, errno)
    // A socket at the path (or a device without its driver) cannot be opened at all.
    if (errno === 'ENXIO') return notRegular('a socket or a device')
    return new FileReadError('File.Unreadable', `${label} could not be read${errno ? ` (${errno})` : ''}.`, { file: label, errno: errno ?? 'error' }, errno)
  }

  let handle: FileHandle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    throw failed(error)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw notRegular(kindOf(stats))
    // A quick refusal; the cap below holds whatever the size says.
    if (stats.size > maxBytes) throw tooLarge()
    const chunks: Buffer[] = []
    let total = 0
    let next = Math.min(Math.max(stats.size + 1, 16 * 1024), CHUNK, maxBytes + 1)
    for (;;) {
      const buffer = Buffer.allocUnsafe(next)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) throw tooLarge()
      chunks.push(buffer.subarray(0, bytesRead))
      next = Math.min(CHUNK, maxBytes + 1 - total)
    }
    return Buffer.concat(chunks, total)
  } catch (error) {
    throw error instanceof FileReadError ? error : failed(error)
  } finally {
    await handle.close().catch(() => {})
  }
}

/** The file as UTF-8 text, read as readBoundedFile reads it. */
export async function readBoundedText(path: string, options: BoundedReadOptions): Promise<string> {
  return (await readBoundedFile(path, options)).toString('utf8')
}
