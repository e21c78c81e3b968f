/**
 * The app's PDF printer: the self-contained HTML report loaded in a hidden window with scripts off,
 * printed by Chromium's printToPDF. Only the composition root wires it; tests print the same HTML
 * with Debian's Chromium instead.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from '../../core/export/export-snapshot'

export function createPdfPrinter(): PdfPrinter {
  return async (html) => {
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
        // In-memory session of its own: nothing of the main window's is shared.
        partition: 'ccc-supervisor-print'
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
