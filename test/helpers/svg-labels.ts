/**
 * The texts of an SVG chart as a reader sees them: a label ECharts wrapped onto several lines (one
 * `<text>` per line at the same place) read as one, lines in order, entities decoded.
 */
const unescapeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)

export function svgLabels(svg: string): string[] {
  const byPlace = new Map<string, string[]>()
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const place = /transform="([^"]*)"/.exec(m[1]!)?.[1] ?? `#${byPlace.size}`
    byPlace.set(place, [...(byPlace.get(place) ?? []), unescapeXml(m[2]!)])
  }
  return [...byPlace.values()].map((lines) => lines.join('').trim())
}

/** Whether a label shows `name`: whole, or its beginning cut with "..." (spaces as wrapped aside). */
export function showsName(label: string, name: string): boolean {
  const squash = (text: string): string => text.replace(/\s+/g, '')
  if (squash(label) === squash(name)) return true
  return label.endsWith('...') && label.length > 3 && squash(name).startsWith(squash(label.slice(0, -3)))
}
