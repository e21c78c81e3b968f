/** `{name}` placeholders of a catalogue text filled from its parameters, for the texts that are not errors. */
export type TextParams = Readonly<Record<string, string | number>>

/** `text` with each `{name}` replaced by its parameter; a name without one stays as written, so a gap is visible. */
export function fillText(text: string, params: TextParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole))
}
