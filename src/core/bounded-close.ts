/**
 * Main's services closed on quit for at most a bounded time: the history's last write and its
 * LevelDB lock are let go cleanly, while a store that never answers cannot keep the app from quitting.
 */
export type CloseOutcome = 'closed' | 'failed' | 'timed-out'

export function boundedClose(close: () => Promise<void>, limitMs: number, log?: (line: string) => void): Promise<CloseOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      log?.(`quit: the services did not close within ${limitMs} ms; quitting anyway`)
      resolve('timed-out')
    }, limitMs)
    close().then(
      () => {
        clearTimeout(timer)
        resolve('closed')
      },
      (error: unknown) => {
        clearTimeout(timer)
        log?.(`quit: the services failed to close: ${error instanceof Error ? error.message : String(error)}`)
        resolve('failed')
      }
    )
  })
}
