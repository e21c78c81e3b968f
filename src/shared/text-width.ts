/**
 * How wide text is drawn, in units of a Latin letter: CJK and other wide characters count double.
 * One rule for the workbook's column widths and the exported charts' names.
 */
const WIDE = /[\u1100-\uffff]/

/** One character's width: 2 for a wide one, else 1. */
export const charWidth = (char: string): number => (WIDE.test(char) ? 2 : 1)

/** The text's width, character by character. */
export function textWidth(text: string): number {
  let width = 0
  for (const char of text) width += charWidth(char)
  return width
}
