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
import { formatAppError } from '../shared/messages/errors'
import type { FileAdvice, FileKind, FileType } from '../shared/messages/file-texts'

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
  /** Names the file in messages: which of the app's files it is, and its path or name. */
  file: { kind: FileKind; path?: string }
  /** What the user can do about a refusal, said after its message. */
  advice?: FileAdvice
}

// O_NONBLOCK and O_NOCTTY do not exist on Windows, where no FIFO or terminal can sit at a file path.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)
const CHUNK = 1024 * 1024
const MB = 1024 * 1024

function typeOf(stats: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): FileType {
  if (stats.isFIFO()) return 'fifo'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device'
  if (stats.isSocket()) return 'socket'
  if (stats.isDirectory()) return 'folder'
  return 'other'
}

/** A refusal with its codes as parameters and, for logs, its English text from the catalogue. */
function fileError(code: FileReadErrorCode, params: ErrorParams, errno?: string): FileReadError {
  return new FileReadError(code, formatAppError({ code, message: '', params }, 'en-US'), params, errno)
}

/** The file's bytes, or a FileReadError saying what it is and what to do. */
export async function readBoundedFile(path: string, { maxBytes, file, advice }: BoundedReadOptions): Promise<Buffer> {
  const named: ErrorParams = { fileKind: file.kind, ...(file.path === undefined ? {} : { path: file.path }) }
  const refused = (code: FileReadErrorCode, extra: ErrorParams) => fileError(code, { ...named, ...extra, ...(advice ? { advice } : {}) })
  const notRegular = (fileType: FileType) => refused('File.NotRegular', { fileType })
  const tooLarge = () => refused('File.TooLarge', { mb: Math.max(1, Math.round(maxBytes / MB)) })
  const failed = (error: unknown) => {
    const errno = (error as NodeJS.ErrnoException).code
    if (errno === 'ENOENT') return fileError('File.NotFound', named, errno)
    // A socket at the path (or a device without its driver) cannot be opened at all.
    if (errno === 'ENXIO') return notRegular('socketOrDevice')
    return fileError('File.Unreadable', { ...named, errno: errno ?? 'error' }, errno)
  }

  let handle: FileHandle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    throw failed(error)
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw notRegular(typeOf(stats))
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
