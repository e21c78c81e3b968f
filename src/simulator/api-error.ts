/** A refusal as the gateway or CCC sends it: HTTP status, Code and Message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const THROTTLING_MESSAGE = 'Request was denied due to user flow control.'
