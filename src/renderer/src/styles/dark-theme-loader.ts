/**
 * The dark theme loads when it is first shown, not with the first page: its components' dark
 * styles were some 5 KB gzip of every first download, light or dark (test/build/first-page-size).
 * main.ts loads it before the first paint when the page starts dark, so a dark start never flashes light.
 */
import type { GlobalTheme } from 'naive-ui'

let loaded: GlobalTheme | null = null

export const loadedDarkTheme = (): GlobalTheme | null => loaded

export async function loadDarkTheme(): Promise<GlobalTheme> {
  loaded ??= (await import('./dark-theme')).appDarkTheme
  return loaded
}
