/**
 * The app's PDF printer: the self-contained HTML report loaded in a hidden window with scripts off,
 * printed by Chromium's printToPDF. Only the composition root wires it; tests print the same HTML
 * with Debian's Chromium instead.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow, session, type Session } from 'electron'
import type { PdfPrinter } from '../../core/export/export-snapshot'
import { isPrintRequestAllowed, PRINT_CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../../core/security-policy'
import { refuseDownloads } from './main-window'

/** In-memory session of its own: nothing of the main window's is shared. */
export const PRINT_PARTITION = 'ccc-supervisor-print'

/**
 * Locks the print session down: every response it sees carries the print policy, it requests
 * nothing but its own file, and it downloads nothing. A second layer under the report's own
 * meta policy, for anything a future report (or a bug in one) would try to load.
 */
export function guardPrintSession(print: Pick<Session, 'webRequest' | 'on'>): void {
  print.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url) }))
  print.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, PRINT_CONTENT_SECURITY_POLICY) })
  })
  refuseDownloads(print)
}

export function createPdfPrinter(): PdfPrinter {
  // Sessions exist only once the app is ready: guarded at the first print.
  let guarded = false
  return async (html) => {
    if (!guarded) {
      guardPrintSession(session.fromPartition(PRINT_PARTITION))
      guarded = true
    }
    // A file, not a data: URL: Chromium refuses URLs over 2 MB, and a big report passes that.
    const dir = await mkdtemp(join(tmpdir(), 'ccc-supervisor-print-'))
    const file = join(dir, 'report.html')
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        // The report needs no script; values from CCC inside it can never run as one.
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        devTools: false,
        partition: PRINT_PARTITION
      }
    })
    try {
      await writeFile(file, html, { mode: 0o600 })
      await window.loadFile(file)
      const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true })
      return new Uint8Array(pdf)
    } finally {
      window.destroy()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
