/** Reads an .xlsx back as Excel does: every XML part of the zip through a strict XML 1.0 parser. */
import JSZip from 'jszip'
import { SaxesParser } from 'saxes'

/** The well-formedness errors of each XML part, `part: message`; empty when Excel can open it. */
export async function xlsxXmlErrors(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes)
  const errors: string[] = []
  const parts = Object.values(zip.files).filter((entry) => !entry.dir && /\.(?:xml|rels)$/.test(entry.name))
  if (parts.length === 0) errors.push('no XML part at all')
  for (const part of parts) {
    const parser = new SaxesParser({ xmlns: true })
    parser.on('error', (error) => errors.push(`${part.name}: ${error.message}`))
    parser.write(await part.async('string')).close()
  }
  return errors
}

/** The well-formedness errors of one XML text (an exported SVG chart, say); empty when it is XML. */
export function xmlErrors(text: string): string[] {
  const errors: string[] = []
  const parser = new SaxesParser({ xmlns: true })
  parser.on('error', (error) => errors.push(error.message))
  parser.write(text).close()
  return errors
}
