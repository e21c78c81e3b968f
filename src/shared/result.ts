/** What crosses a process boundary: a result object, never a thrown error (ipcMain loses `code`). */
export interface AppError {
  /** The API's code (`Throttling.User`, `NotExists.InstanceId`, …) or one of the app's own (`Input.Invalid`, …). */
  code: string
  /**
   * The English text, for logs and as the fallback; a person reads the code's text from the error
   * catalogue (src/shared/messages) in their language. Never carries a secret, a signature or a signed URL.
   */
  message: string
  /** The values the code's text names (instance IDs, file names, sizes, limits; times as epoch ms). */
  params?: ErrorParams
  /** CCC's own Message, bounded and cleaned, shown as the API's text after ours. */
  apiMessage?: string
  /** The API's RequestId, when the failure came from a CCC response. */
  requestId?: string
}

export type ErrorParams = Record<string, string | number>

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppError }

export const ok = <T>(data: T): Result<T> => ({ ok: true, data })
export const fail = (error: AppError): Result<never> => ({ ok: false, error })
