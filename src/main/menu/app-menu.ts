/**
 * The application menu as plain data: Electron's default menu (Reload, Toggle Developer Tools on
 * every build) is replaced by this one. Nothing here imports Electron at run time, so the whole
 * menu is tested in Node; the composition root builds it with `Menu.buildFromTemplate`.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc/events'
import { HELP_LINKS, MENU_MESSAGES, type MenuLocale } from './menu-messages'

export interface MenuActions {
  /** Hands a command to the page in the focused window (it knows which instance and page it shows). */
  command(command: MenuCommand): void
  /** Opens a link in the user's browser, through the external-link allow-list. */
  openExternal(url: string): void
}

export interface MenuOptions {
  /** A packaged build: no reload, whatever else is asked. */
  packaged: boolean
  locale: MenuLocale
  platform: NodeJS.Platform
  actions: MenuActions
}

type Item = MenuItemConstructorOptions

export function menuTemplate({ packaged, locale, platform, actions }: MenuOptions): Item[] {
  const t = MENU_MESSAGES[locale]
  const links = HELP_LINKS[locale]
  const mac = platform === 'darwin'
  const separator: Item = { type: 'separator' }
  const link = (label: string, url: string): Item => ({ label, click: () => actions.openExternal(url) })

  const appMenu: Item[] = mac
    ? [
        {
          label: 'CCC Supervisor',
          submenu: [
            { role: 'about', label: t.about },
            separator,
            { role: 'hide', label: t.hide },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.showAll },
            separator,
            { role: 'quit', label: t.quit }
          ]
        }
      ]
    : []

  const file: Item = {
    label: t.file,
    submenu: [
      { label: t.export, accelerator: 'CmdOrCtrl+E', click: () => actions.command('export') },
      { label: t.openSnapshot, accelerator: 'CmdOrCtrl+O', click: () => actions.command('openSnapshot') },
      separator,
      mac ? { role: 'close', label: t.close } : { role: 'quit', label: t.quit }
    ]
  }

  // Without an Edit menu, copy and paste shortcuts do nothing in text fields on macOS.
  const edit: Item = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll }
    ]
  }

  // Reload throws away the page's state and re-runs it: a developer's tool, and no DevTools at all.
  const view: Item = {
    label: t.view,
    submenu: [
      ...(packaged ? [] : [{ role: 'reload', label: t.reload } satisfies Item, separator]),
      { role: 'togglefullscreen', label: t.fullScreen },
      separator,
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', label: t.resetZoom }
    ]
  }

  const windowMenu: Item[] = mac ? [{ label: t.window, submenu: [{ role: 'minimize', label: t.minimize }, { role: 'close', label: t.close }] }] : []

  const help: Item = {
    label: t.help,
    role: 'help',
    submenu: [
      link(t.documentation, links.documentation),
      link(t.apiReference, links.apiReference),
      link(t.console, links.console),
      ...(mac ? [] : [separator, { role: 'about', label: t.about } satisfies Item])
    ]
  }

  return [...appMenu, file, edit, view, ...windowMenu, help]
}
