/**
 * The tests' PDF printer: the same self-contained HTML the app prints with Electron's printToPDF,
 * printed by Debian's Chromium (scripts off, as in the app's print window).
 */
import type { Browser } from 'playwright-core'
import type { PdfPrinter } from '../../src/core/export/export-snapshot'

export function chromiumPdfPrinter(browser: () => Browser): PdfPrinter {
  return async (html) => {
    const context = await browser().newContext({ javaScriptEnabled: false, offline: true })
    try {
      const page = await context.newPage()
      await page.setContent(html, { waitUntil: 'load' })
      return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }))
    } finally {
      await context.close()
    }
  }
}
