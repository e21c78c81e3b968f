/**
 * Reopening a snapshot file. Every failure is a specific, presentable error that names the file
 * (and for schema violations the first bad path) but never repeats what the file holds.
 */
import { basename } from 'node:path'
import { FileReadError, readBoundedText } from '../bounded-file'
import { MAX_SNAPSHOT_TEXT } from '../../shared/ipc/contract'
import { parseSnapshotFile, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotFile, type SnapshotFileVersion } from '../../shared/snapshot'
import { ExportError } from './errors'

/** `instance.AdminList[0].DisplayName` from a zod issue path. */
function pathText(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`
  return out || '(top level)'
}

function tooLarge(name: string): ExportError {
  return new ExportError('Snapshot.TooLarge', `The file ${name} is larger than any snapshot CCC Supervisor writes; it was not opened.`, { file: name })
}

/** A file read as the current version, and the version it was written in. */
export interface ReadSnapshot {
  snapshot: SnapshotFile
  writtenVersion: SnapshotFileVersion
}

export async function readSnapshot(path: string): Promise<ReadSnapshot> {
  const name = basename(path)
  let text: string
  try {
    text = await readBoundedText(path, {
      maxBytes: MAX_SNAPSHOT_TEXT,
      file: { kind: 'snapshot', path: name },
      advice: 'snapshot'
    })
  } catch (error) {
    // The snapshot codes the app already shows; a pipe or a device is File.NotRegular as it is.
    if (!(error instanceof FileReadError) || error.code === 'File.NotRegular') throw error
    if (error.code === 'File.TooLarge') throw tooLarge(name)
    if (error.code === 'File.NotFound') throw new ExportError('Snapshot.NotFound', `There is no snapshot file at ${path}.`, { path })
    throw new ExportError('Snapshot.Unreadable', `The snapshot file ${name} could not be read${error.errno ? ` (${error.errno})` : ''}.`, { file: name, errno: error.errno ?? 'error' })
  }
  return parseSnapshotText(name, text)
}

/** Validates a snapshot's text (read from disk or dropped on the window); `name` is for messages. */
export function parseSnapshotText(name: string, text: string): ReadSnapshot {
  if (text.length > MAX_SNAPSHOT_TEXT) throw tooLarge(name)
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new ExportError('Snapshot.Corrupt', `The snapshot file ${name} is damaged or cut off and cannot be opened.`, { file: name })
  }

  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const { format, version } = data as { format?: unknown; version?: unknown }
    if (format === SNAPSHOT_FORMAT && typeof version === 'number' && version > SNAPSHOT_VERSION) {
      throw new ExportError(
        'Snapshot.NewerVersion',
        `The snapshot file ${name} was made by a newer CCC Supervisor (format version ${version}); update CCC Supervisor to open it.`,
        { file: name, version: String(version).slice(0, 16) }
      )
    }
    if (format !== SNAPSHOT_FORMAT) {
      throw new ExportError('Snapshot.Invalid', `The file ${name} is not a CCC Supervisor snapshot (at format).`, { file: name })
    }
  }

  const parsed = parseSnapshotFile(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new ExportError(
      'Snapshot.Invalid',
      `The snapshot file ${name} does not match the snapshot format (first problem at ${pathText(first?.path ?? [])}).`,
      { file: name }
    )
  }
  return { snapshot: parsed.data, writtenVersion: parsed.writtenVersion }
}
