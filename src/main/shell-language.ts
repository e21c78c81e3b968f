/**
 * The language of what main shows itself, the application menu and the native dialogs: the one
 * the page shows (it says so with `setUiLanguage` on start and on every switch), and until the
 * page has said, the OS's. Plain state without Electron, so it is tested in Node.
 */
import type { UiLocale } from '../shared/ipc/contract'
import { menuLocale } from './menu/menu-messages'

/** The page's language once it has told main, else the OS's (`app.getLocale()`) as the menu reads it. */
export function shellLocale(osLocale: string, chosen: UiLocale | null): UiLocale {
  return chosen ?? menuLocale(osLocale)
}

export interface ShellLanguage {
  /** The language to build the menu and open a dialog in, now. */
  current(): UiLocale
  /** Takes the page's language; true when that changes `current()`, so the menu is to be rebuilt. */
  choose(locale: UiLocale): boolean
}

/** `osLocale` is read when asked: Electron knows the OS's language only once the app is ready. */
export function createShellLanguage(osLocale: () => string): ShellLanguage {
  let chosen: UiLocale | null = null
  const current = (): UiLocale => shellLocale(osLocale(), chosen)
  return {
    current,
    choose: (locale) => {
      const before = current()
      chosen = locale
      return current() !== before
    }
  }
}
