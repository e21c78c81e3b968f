/**
 * The app's own dark theme lists each naive-ui component it styles (naive-ui's full darkTheme
 * would pull every component into the first download). A component imported anywhere in the
 * renderer but missing from it would show light on a dark page: this finds it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = join(__dirname, '../../src/renderer/src')
// Read as text: this is a Node-side check, and the theme module belongs to the renderer's build.
const themeSource = readFileSync(join(RENDERER, 'styles/dark-theme.ts'), 'utf8')
const themed = new Set([...themeSource.matchAll(/^ {2}([A-Z]\w+): \w+Dark,?$/gm)].map((m) => m[1]!))

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sources(path) : /\.(vue|ts)$/.test(name) ? [path] : []
  })
}

/** The theme key a component reads: NRadioButton uses Radio's, NLayoutSider Layout's, and so on. */
const THEME_KEY: Record<string, string | null> = {
  RadioButton: 'Radio',
  RadioGroup: 'Radio',
  CheckboxGroup: 'Checkbox',
  DescriptionsItem: 'Descriptions',
  FormItem: 'Form',
  LayoutSider: 'Layout',
  DialogProvider: 'Dialog',
  MessageProvider: 'Message',
  VirtualList: 'Scrollbar',
  // Themes nothing itself.
  ConfigProvider: null
}

describe('the dark theme', () => {
  it('styles every naive-ui component the renderer imports', () => {
    const used = new Set<string>()
    for (const file of sources(RENDERER)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'naive-ui'/g)) {
        for (const name of match[1]!.matchAll(/\bN([A-Z]\w+)\b/g)) used.add(name[1]!)
      }
    }
    expect(used.size).toBeGreaterThan(20)
    expect(themeSource).toMatch(/^ {2}common: commonDark,$/m)
    const missing = [...used]
      .map((component) => (component in THEME_KEY ? (THEME_KEY[component] ?? null) : component))
      .filter((key): key is string => key !== null && !themed.has(key))
    expect(missing).toEqual([])
  })
})
