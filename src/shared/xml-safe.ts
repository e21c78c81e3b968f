/**
 * Characters XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF):
 * exceljs and ECharts' SVG writer both write them raw, and one of them makes the whole file
 * unreadable as XML. One rule for the workbook and the exported charts.
 */
const XML_FORBIDDEN = /(?![\t\n\r\u007F-\u009F])\p{Cc}|[\p{Cs}\uFFFE\uFFFF]/gu

/** Text an XML file can hold: each forbidden character becomes U+FFFD, so the cut shows. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD')
}
