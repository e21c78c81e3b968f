/** Export and snapshot-file errors: written for a person, never carrying file content. */
import { PresentableError } from '../errors'

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

export class ExportError extends PresentableError {
  readonly code: ExportErrorCode

  constructor(code: ExportErrorCode, message: string) {
    super(message)
    this.name = 'ExportError'
    this.code = code
  }
}
