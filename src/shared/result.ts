/** What crosses a process boundary: a result object, never a thrown error (ipcMain loses `code`). */
export interface AppError {
  /** The API's code (`Throttling.User`, `NotExists.InstanceId`, …) or one of the app's own (`Input.Invalid`, …). */
  code: string
  /** A message for a person; never carries a secret, a signature or a signed URL. */
  message: string
  /** The API's RequestId, when the failure came from a CCC response. */
  requestId?: string
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = (error: AppError): Result<never> => ({ ok: false, error })
