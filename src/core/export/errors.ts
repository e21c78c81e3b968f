/** Export and snapshot-file errors: written for a person, never carrying file content. */
import { CodedError } from '../errors'

export type ExportErrorCode =
  | 'Export.Unwritable'
  | 'Export.NotAFolder'
  | 'Export.PermissionDenied'
  | 'Export.ReadOnly'
  | 'Export.WriteFailed'
  | 'Export.Cancelled'
  | 'Export.Busy'
  | 'Export.PdfUnavailable'
  | 'Export.RenderFailed'
  | 'Snapshot.NotRecent'
  | 'Snapshot.TooLarge'
  | 'Snapshot.NotFound'
  | 'Snapshot.Unreadable'
  | 'Snapshot.Corrupt'
  | 'Snapshot.Invalid'
  | 'Snapshot.NewerVersion'

export class ExportError extends CodedError<ExportErrorCode> {
  override readonly name = 'ExportError'
}
